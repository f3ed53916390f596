//! The paper page (`?page=paper`) as its own module.
use ecm_web::pages::paper::PaperPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Paper],
        render: |_| leptos::view! { <PaperPage /> }.into_any(),
    });
}
