//! What the copy buttons say: plain Rust, tested natively. A copy the
//! browser refuses (an iframe without `allow="clipboard-write"`, an old
//! browser) says so and the page shows the text to copy by hand; a link
//! copied from a page opened as a file (`file:`) says that it opens only on
//! this computer.

use crate::settings::ThemeChoice;

/// What was copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The page's link.
    Link,
    /// The test data page's link: its settings, not the file.
    DataLink,
    /// The rod page's link: its fields and the series' settings, not the
    /// pasted series.
    RodLink,
    /// The embed code, with the theme it fixes.
    EmbedCode(ThemeChoice),
}

/// The status line after a copy: `ok` is what the clipboard answered,
/// `from_file` whether the page is a `file:` address.
pub fn status(what: Copied, ok: bool, from_file: bool) -> String {
    let mut text = if !ok {
        "Not copied: the browser did not allow it here. Select the text shown below and copy it by hand."
            .to_string()
    } else {
        match what {
            Copied::Link => "Link copied.".to_string(),
            Copied::DataLink => "Link copied: it keeps the columns, corrections and geometry, not the data; whoever follows it opens the file again.".to_string(),
            Copied::RodLink => "Link copied: it keeps every field and the series' columns, units and fit settings, not the pasted series; whoever follows it pastes or opens it again.".to_string(),
            Copied::EmbedCode(ThemeChoice::Light) => {
                "Embed code copied: always light (the theme button chooses).".to_string()
            }
            Copied::EmbedCode(ThemeChoice::Dark) => {
                "Embed code copied: always dark (the theme button chooses).".to_string()
            }
            Copied::EmbedCode(ThemeChoice::System) => {
                "Embed code copied: follows each visitor's theme (the theme button can fix one)."
                    .to_string()
            }
        }
    };
    if from_file {
        text.push_str(match what {
            Copied::Link | Copied::DataLink | Copied::RodLink => " This page is a file on this computer, so the link opens only here; to share a state, copy the link from the published page.",
            Copied::EmbedCode(_) => " This page is a file on this computer, so the embed code works only here; copy it from the published page for a course site.",
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_copy_says_so_and_points_to_the_text() {
        let s = status(Copied::Link, false, false);
        assert!(s.starts_with("Not copied"), "{s}");
        assert!(!s.contains("Link copied"));
        assert!(s.contains("copy it by hand"));
    }

    #[test]
    fn a_link_from_a_file_says_it_opens_only_here() {
        assert_eq!(status(Copied::Link, true, false), "Link copied.");
        let s = status(Copied::Link, true, true);
        assert!(
            s.starts_with("Link copied.") && s.contains("opens only here"),
            "{s}"
        );
        let e = status(Copied::EmbedCode(ThemeChoice::Dark), true, true);
        assert!(
            e.starts_with("Embed code copied: always dark") && e.contains("works only here"),
            "{e}"
        );
        let r = status(Copied::RodLink, true, false);
        assert!(r.contains("not the pasted series"), "{r}");
        let d = status(Copied::DataLink, true, false);
        assert!(
            d.starts_with("Link copied") && d.contains("not the data"),
            "{d}"
        );
        let f = status(Copied::EmbedCode(ThemeChoice::System), false, true);
        assert!(
            f.starts_with("Not copied") && f.contains("works only here"),
            "{f}"
        );
    }
}
