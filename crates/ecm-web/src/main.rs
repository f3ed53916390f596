//! ecm-calc's web page: a thin Leptos front end over `ecm-core`.

mod app;
mod browser;
mod charts;
mod components;
mod compute;
mod embed;
mod field_value;
mod link_state;
mod pages;
mod panic_notice;
mod print_note;
mod route;
mod series_text;
mod settings;
mod url_state;

fn main() {
    panic_notice::install();
    leptos::mount::mount_to_body(app::App);
    // `?debug=panic` panics on purpose, so tests can see the panic notice.
    if url_state::parse_query(&browser::query())
        .iter()
        .any(|(k, v)| k == "debug" && v == "panic")
    {
        panic!("a deliberate panic requested by the link (debug=panic)");
    }
}
