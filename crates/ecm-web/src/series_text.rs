//! What the series text box shows. A browser text box with tens of thousands
//! of lines takes seconds to lay out, so a large pasted or opened series is
//! kept in memory and the box shows only its first lines.

/// Series with more lines than this are shown as a preview.
pub const LARGE_LINES: usize = 2_000;
/// Lines shown in a preview.
pub const PREVIEW_LINES: usize = 40;

/// Whether `text` is too long to show in the text box.
pub fn is_large(text: &str) -> bool {
    text.len() > 200_000 || text.lines().nth(LARGE_LINES).is_some()
}

/// The text box's content for `text`: the text itself, or for a large series
/// its first lines and a note of how many more there are.
pub fn shown(text: &str) -> String {
    if !is_large(text) {
        return text.to_string();
    }
    let total = text.lines().count();
    let mut out: String = text
        .lines()
        .take(PREVIEW_LINES)
        .map(|l| format!("{l}\n"))
        .collect();
    out.push_str(&format!(
        "… and {} more lines ({} in all), analysed but not shown. Clear to type your own.",
        total - PREVIEW_LINES.min(total),
        total
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_text_is_shown_as_is() {
        assert!(!is_large("1\t2\n3\t4"));
        assert_eq!(shown("1\t2\n3\t4"), "1\t2\n3\t4");
    }

    #[test]
    fn a_large_series_shows_its_first_lines_and_the_count() {
        let text: String = (0..100_000).map(|i| format!("{i}\t{}\n", 2 * i)).collect();
        assert!(is_large(&text));
        let s = shown(&text);
        assert_eq!(s.lines().count(), PREVIEW_LINES + 1);
        assert!(s.starts_with("0\t0\n1\t2\n"));
        assert!(s.ends_with("… and 99960 more lines (100000 in all), analysed but not shown. Clear to type your own."));
    }

    #[test]
    fn one_huge_line_counts_as_large() {
        assert!(is_large(&"9".repeat(300_000)));
    }
}
