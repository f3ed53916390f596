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
pub mod exercise_builder;
mod exercise_link;
mod field_value;
pub mod import_transfer;
mod link_state;
pub mod module_handover;
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

/// Starts the exercise builder with `mount` when "Make an exercise" opens
/// (`www/exercise-disclosure.js` calls `window.ecmBuilder`) instead of
/// downloading its module: the single-file build has every module's code.
pub fn builder_in_this_module(mount: fn()) {
    use wasm_bindgen::prelude::*;
    if let Some(w) = web_sys::window() {
        let start = Closure::<dyn Fn()>::new(mount).into_js_value();
        let _ = js_sys::Reflect::set(&w, &"ecmBuilder".into(), &start);
    }
}

/// Starts the page: installs the panic notice, removes the plain-HTML home
/// page of `index.html`, mounts the shell with the pages of `site`, and
/// reports "ready" once the first page is drawn.
pub fn start(site: Site) {
    before_mount();
    leptos::mount::mount_to_body(move || app::App(app::AppProps { site }));
    after_mount();
}

/// Starts the page as [`start`] does, and leaves a way to unmount it for a
/// module that takes the page over (the test data page's first-visit
/// module, which hands over to the module with the models).
pub fn start_handing_over(site: Site) {
    before_mount();
    let mounted = leptos::mount::mount_to(leptos::tachys::dom::body(), move || {
        app::App(app::AppProps { site })
    });
    module_handover::leave_unmount(move || drop(mounted));
    after_mount();
}

fn before_mount() {
    panic_notice::install();
    browser::remove_home_shell();
}

fn after_mount() {
    browser::report_ready();
    // `?debug=panic` panics on purpose, so tests can see the panic notice.
    if url_state::parse_query(&browser::query())
        .iter()
        .any(|(k, v)| k == "debug" && v == "panic")
    {
        panic!("a deliberate panic requested by the link (debug=panic)");
    }
}
