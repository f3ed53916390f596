//! The measured test data page (`?page=data`) as its own module.
use ecm_web::pages::data::DataPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Data],
        render: |_| leptos::view! { <DataPage /> }.into_any(),
    });
}
