//! The sphere compression page (`?page=sphere`) as its own module.
use ecm_web::pages::sphere::SpherePage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Sphere],
        render: |_| leptos::view! { <SpherePage /> }.into_any(),
    });
}
