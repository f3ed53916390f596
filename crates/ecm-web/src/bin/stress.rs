//! The overpotential ↔ stress page (`?page=stress`) as its own module.
use ecm_web::pages::stress::StressPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Stress],
        render: |_| leptos::view! { <StressPage /> }.into_any(),
    });
}
