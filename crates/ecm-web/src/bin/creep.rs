//! The creep page (`?page=creep`) as its own module.
use ecm_web::pages::creep::CreepPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Creep],
        render: |_| leptos::view! { <CreepPage /> }.into_any(),
    });
}
