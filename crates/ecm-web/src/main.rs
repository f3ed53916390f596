//! ecm-calc's web page: a thin Leptos front end over `ecm-core`.

mod app;
mod components;
mod field_value;
mod pages;
mod panic_notice;

fn main() {
    panic_notice::install();
    leptos::mount::mount_to_body(app::App);
}
