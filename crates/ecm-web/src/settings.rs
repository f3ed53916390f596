//! Settings shared by every page: significant figures, whether charts draw
//! dark, and notices about the link that opened it.

use leptos::prelude::*;

/// Default number of significant figures.
pub const DEFAULT_SIG: usize = 4;

/// The theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the system.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Its name in links and preferences.
    pub fn key(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// The choice named `key`, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "system" => Some(ThemeChoice::System),
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }
}

/// The theme a link asks for with `theme=light` or `theme=dark` (an embed
/// in a course page, set by the teacher): it wins over the visitor's
/// system setting and saved choice. Anything else is no request (the page
/// reader notes a bad value).
pub fn theme_from_link(query: &str) -> Option<ThemeChoice> {
    // The first value, as for every repeated key (the link reader's notice
    // says "the first value is used").
    crate::url_state::parse_query(query)
        .into_iter()
        .find(|(k, _)| k == "theme")
        .and_then(|(_, v)| match v.as_str() {
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        })
}

/// App-wide state, set once by the shell ([`provide`]).
#[derive(Clone, Copy)]
pub struct Settings {
    /// Significant figures of results (2 to 8).
    pub sig: RwSignal<usize>,
    /// Whether charts draw dark.
    pub dark: Signal<bool>,
    /// Notices about the link that opened the page.
    pub notices: RwSignal<Vec<String>>,
    /// Whether the page is being printed (charts draw at a print width).
    pub printing: Signal<bool>,
    /// Bumped when the window is resized, so charts redraw.
    pub resized: RwSignal<u32>,
    /// The page's current address (kept up to date with its state), for the
    /// printout.
    pub link: RwSignal<String>,
}

thread_local! {
    static CURRENT: std::cell::Cell<Option<Settings>> = const { std::cell::Cell::new(None) };
}

/// Makes `s` the page's settings. (A plain thread-local rather than Leptos's
/// context: `expect_context` formats a type name into its panic message,
/// which brings std's Unicode tables, about 10 KB, into every page module.)
pub fn provide(s: Settings) {
    CURRENT.with(|c| c.set(Some(s)));
}

/// The page's settings; defaults if the shell has not set them (tests).
pub fn settings() -> Settings {
    CURRENT.with(|c| c.get()).unwrap_or_else(|| {
        let s = Settings {
            sig: RwSignal::new(DEFAULT_SIG),
            dark: Signal::stored(false),
            printing: Signal::stored(false),
            notices: RwSignal::new(Vec::new()),
            resized: RwSignal::new(0),
            link: RwSignal::new(String::new()),
        };
        provide(s);
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_may_choose_light_or_dark() {
        assert_eq!(
            theme_from_link("page=stress&theme=light&embed=1"),
            Some(ThemeChoice::Light)
        );
        assert_eq!(theme_from_link("?theme=dark"), Some(ThemeChoice::Dark));
        assert_eq!(theme_from_link("page=stress"), None);
        assert_eq!(theme_from_link("theme=blue"), None);
        // Repeated: the first value, as the notice says.
        assert_eq!(
            theme_from_link("theme=light&theme=dark"),
            Some(ThemeChoice::Light)
        );
        assert_eq!(theme_from_link("theme=blue&theme=dark"), None);
        for t in [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark] {
            assert_eq!(ThemeChoice::from_key(t.key()), Some(t));
        }
    }
}
