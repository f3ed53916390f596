//! ecm-calc's web page: a thin Leptos front end over `ecm-core`.
//!
//! Each page is its own WebAssembly module (`src/bin/<page>.rs`): a visitor
//! who opens one calculator downloads only that calculator. `src/bin/all.rs`
//! holds every page in one module, for the single-file build.

mod app;
mod browser;
mod charts;
mod components;
mod compute;
mod copy_feedback;
mod embed;
mod field_value;
pub mod import_transfer;
mod link_state;
pub mod pages;
mod panic_notice;
mod print_note;
pub mod route;
mod series_text;
mod settings;
mod url_state;

pub use app::Site;
pub use leptos::prelude::{AnyView, IntoAny};
pub use route::Route;

/// Starts the page: installs the panic notice, removes the plain-HTML home
/// page of `index.html`, mounts the shell with the pages of `site`, and reports "ready" once the first page is drawn.
pub fn start(site: Site) {
    panic_notice::install();
    browser::remove_home_shell();
    leptos::mount::mount_to_body(move || app::App(app::AppProps { site }));
    browser::report_ready();
    // `?debug=panic` panics on purpose, so tests can see the panic notice.
    if url_state::parse_query(&browser::query())
        .iter()
        .any(|(k, v)| k == "debug" && v == "panic")
    {
        panic!("a deliberate panic requested by the link (debug=panic)");
    }
}
