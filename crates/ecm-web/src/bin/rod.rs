//! The rod / pillar test page (`?page=rod`) as its own module.
use ecm_web::pages::rod_test::RodTestPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::RodTest],
        render: |_| leptos::view! { <RodTestPage /> }.into_any(),
    });
}
