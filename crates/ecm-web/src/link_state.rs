//! Keeps a page's state in the address bar: every change replaces the current
//! history entry (no new entry, no scroll), so the address is always a link
//! that restores the page exactly.

use crate::browser;
use crate::route::Route;
use crate::settings::{settings, theme_from_link, DEFAULT_SIG};
use crate::url_state::{build_query, LinkReader};
use leptos::prelude::*;

/// Settings every page's link may carry besides its own.
pub const SHARED_KEYS: [&str; 5] = ["page", "sig", "embed", "debug", "theme"];

/// Reads the current link for a page; the shared keys are accepted, and
/// those with values (significant figures, theme) are checked so that a bad
/// one gets its notice (the shell reads them too, before any page).
pub fn read_link() -> LinkReader {
    let link = LinkReader::new(&browser::query());
    link.allow(&SHARED_KEYS);
    let _ = link.integer("sig", 2, 8, DEFAULT_SIG);
    if !link.text("theme").is_empty() {
        let _ = link.choice("theme", &["light", "dark"], "the visitor's own theme");
    }
    link
}

/// Publishes the notices of `link` and keeps `state` (the page's entries) in
/// the address bar from now on.
pub fn keep_in_link(
    route: Route,
    link: LinkReader,
    state: impl Fn() -> Vec<(String, String)> + 'static,
) {
    let s = settings();
    s.notices.set(link.finish());
    let embed = crate::embed::requested(&browser::query());
    let theme = theme_from_link(&browser::query());
    Effect::new(move |_| {
        let mut pairs = vec![("page".to_string(), route.key().to_string())];
        pairs.extend(state());
        let sig = s.sig.get();
        if sig != DEFAULT_SIG {
            pairs.push(("sig".to_string(), sig.to_string()));
        }
        if let Some(t) = theme {
            pairs.push(("theme".to_string(), t.key().to_string()));
        }
        if embed {
            pairs.push(("embed".to_string(), "1".to_string()));
        }
        browser::replace_query(&build_query(&pairs));
        s.link.set(browser::href());
    });
}
