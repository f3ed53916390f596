//! Keeps a page's state in the address bar: every change replaces the current
//! history entry (no new entry, no scroll), so the address is always a link
//! that restores the page exactly. A field or choice registers with the
//! page's [`PageLink`] when it is made; nothing else lists them.

use crate::browser;
use crate::exercise_link::BUILDER_KEYS;
use crate::route::Route;
use crate::settings::{settings, theme_from_link, DEFAULT_SIG};
use crate::url_state::{build_query, parse_query, LinkReader};
use leptos::prelude::*;

/// Settings every page's link may carry besides its own.
pub const SHARED_KEYS: [&str; 5] = ["page", "sig", "embed", "debug", "theme"];

/// A link's entries, in order.
type Pairs = Vec<(String, String)>;

/// What a registered piece of a page's state writes into the link.
type Write = Box<dyn Fn(&mut Pairs)>;

/// A page's link: the one it was opened with (read through `Deref` as a
/// [`LinkReader`]), and every field and choice registered with it when it
/// was made, under its first key. [`keep_in_link`] writes what is
/// registered, in that order, so a page never lists its fields a second
/// time and none can be left out of its links.
pub struct PageLink {
    reader: LinkReader,
    entries: std::cell::RefCell<Vec<(&'static str, Write)>>,
}

impl std::ops::Deref for PageLink {
    type Target = LinkReader;
    fn deref(&self) -> &LinkReader {
        &self.reader
    }
}

impl PageLink {
    /// Registers state under `key` (the first link key it writes; fields
    /// also write `key_unit` and `key_max`).
    pub fn keep(&self, key: &'static str, write: impl Fn(&mut Pairs) + 'static) {
        self.entries.borrow_mut().push((key, Box::new(write)));
    }

    /// Writes the state registered under `key` only while `when` holds (a
    /// field shown for one choice only).
    pub fn only_when(&self, key: &str, when: impl Fn() -> bool + Copy + 'static) {
        for (k, write) in self.entries.borrow_mut().iter_mut() {
            if *k == key {
                let always = std::mem::replace(write, Box::new(|_| {}));
                *write = Box::new(move |p| {
                    if when() {
                        always(p)
                    }
                });
            }
        }
    }

    /// A choice read from the link (one of `options`, else `default` with a
    /// notice) and kept in it.
    pub fn kept_choice(
        &self,
        key: &'static str,
        options: &[&str],
        default: &str,
    ) -> RwSignal<String> {
        let value = RwSignal::new(self.reader.choice(key, options, default));
        self.keep(key, move |p| p.push((key.to_string(), value.get())));
        value
    }

    /// An on/off setting read from the link and kept in it as `key=1` while
    /// it is on.
    pub fn kept_flag(&self, key: &'static str, default: bool) -> RwSignal<bool> {
        let on = RwSignal::new(self.reader.flag(key, default));
        self.keep(key, move |p| {
            if on.get() {
                p.push((key.to_string(), "1".to_string()));
            }
        });
        on
    }
}

/// Reads the current link for a page; the shared keys are accepted, and
/// those with values (significant figures, theme) are checked so that a bad
/// one gets its notice (the shell reads them too, before any page).
pub fn read_link() -> PageLink {
    let link = LinkReader::new(&browser::query());
    link.allow(&SHARED_KEYS);
    // A teacher's link with the exercise builder open (`variants`).
    if !link.text("variants").is_empty() {
        link.allow(&BUILDER_KEYS);
    }
    let _ = link.integer("sig", 2, 8, DEFAULT_SIG);
    if !link.text("theme").is_empty() {
        let _ = link.choice("theme", &["light", "dark"], "the visitor's own theme");
    }
    PageLink {
        reader: link,
        entries: Default::default(),
    }
}

/// Publishes the notices of `link` and keeps what is registered with it in
/// the address bar from now on.
pub fn keep_in_link(route: Route, link: PageLink) {
    let s = settings();
    s.notices.set(link.reader.finish());
    let entries = link.entries.into_inner();
    let embed = crate::embed::requested(&browser::query());
    let theme = theme_from_link(&browser::query());
    Effect::new(move |_| {
        let mut pairs = vec![("page".to_string(), route.key().to_string())];
        for (_, write) in &entries {
            write(&mut pairs);
        }
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
        // The exercise builder's keys stay while it is open (it writes them).
        let now = parse_query(&browser::query());
        if now.iter().any(|(k, _)| k == "variants") {
            for (k, v) in now {
                if BUILDER_KEYS.contains(&k.as_str()) && !pairs.iter().any(|(p, _)| *p == k) {
                    pairs.push((k, v));
                }
            }
        }
        browser::replace_query(&build_query(&pairs));
        browser::announce_link();
        s.link.set(browser::href());
    });
}
