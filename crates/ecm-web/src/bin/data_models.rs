//! The test data page with its models (sphere, AFM, nanoindent, two
//! clocks): loaded when a link names one, or when the first visit's module
//! (`data.rs`) meets a test that needs them and hands the page over.
use ecm_web::module_handover::unmount_previous;
use ecm_web::pages::data::{models_kit::MODELS, DataPage};
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    // The first-visit module it takes the page over from, if any.
    unmount_previous();
    start(Site {
        routes: &[Route::Data],
        render: |_| leptos::view! { <DataPage models=&MODELS /> }.into_any(),
    });
}
