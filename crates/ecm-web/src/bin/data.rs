//! The measured test data page (`?page=data`) as its own module.
use ecm_web::pages::test_data::TestDataPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::TestData],
        render: |_| leptos::view! { <TestDataPage /> }.into_any(),
    });
}
