//! The measured test data page (`?page=data`) as its own module, with the
//! pillar's analysis only: a test that needs a model hands the page over to
//! `data_models.rs`.
use ecm_web::pages::data::DataPage;
use ecm_web::{start_handing_over, IntoAny, Route, Site};

fn main() {
    start_handing_over(Site {
        routes: &[Route::Data],
        render: |_| leptos::view! { <DataPage /> }.into_any(),
    });
}
