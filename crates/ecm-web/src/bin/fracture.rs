//! The electrolyte fracture page (`?page=fracture`) as its own module.
use ecm_web::pages::fracture::FracturePage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Fracture],
        render: |_| leptos::view! { <FracturePage /> }.into_any(),
    });
}
