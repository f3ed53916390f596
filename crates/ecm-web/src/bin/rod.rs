//! The rod / pillar test page (`?page=rod`) as its own module.
use ecm_web::pages::rod::RodPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Rod],
        render: |_| leptos::view! { <RodPage /> }.into_any(),
    });
}
