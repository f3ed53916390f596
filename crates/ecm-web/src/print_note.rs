//! What a printout carries that the screen does not need: the source the
//! calculators are built on, and the link that reopens the page as printed.
//! Hidden on screen (`.print-only`).

use crate::embed;
use crate::route::Route;
use crate::settings::settings;
use ecm_core::reference::paper_table::{PAPER_AUTHORS, PAPER_DOI, PAPER_JOURNAL, PAPER_TITLE};
use leptos::prelude::*;

/// The source and link block at the end of every printed page.
#[component]
pub fn PrintNote(
    /// The page shown.
    route: RwSignal<Route>,
) -> impl IntoView {
    let s = settings();
    // An embedded page prints the full page's link.
    let link = move || embed::full_page_link(&s.link.get());
    let page = move || match route.get() {
        Route::Home => "ecm-calc".to_string(),
        r => format!("ecm-calc: {}", r.title()),
    };
    view! {
        <footer class="print-only print-note" data-testid="print-note">
            <p>{page}" · open this page again: "<span class="print-link" data-testid="print-link">{link}</span></p>
            <p data-testid="print-source">"Source: "{PAPER_AUTHORS}", “"{PAPER_TITLE}",” "<i>{PAPER_JOURNAL}</i>", doi "{PAPER_DOI}"."</p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain-HTML home page (www/index.html) prints the same source.
    #[test]
    fn the_plain_html_home_prints_the_same_source() {
        let html = include_str!("../../../www/index.html");
        let source = format!(
            "Source: {PAPER_AUTHORS}, “{PAPER_TITLE},” <i>{PAPER_JOURNAL}</i>, doi {PAPER_DOI}."
        );
        assert!(html.contains(&source), "www/index.html lacks\n{source}");
    }
}
