//! Every page in one module: the single-file build (`ecm-calc.html`), which
//! works opened from disk and changes pages in place.
use ecm_web::pages::{
    creep::CreepPage, data::models_kit::MODELS, data::DataPage, fracture::FracturePage,
    home::HomePage, materials::MaterialsPage, paper::PaperPage, rod::RodPage, sphere::SpherePage,
    stress::StressPage,
};
use ecm_web::{start, IntoAny, Route, Site};
use leptos::view;

fn main() {
    ecm_web::builder_in_this_module(ecm_web::exercise_builder::mount);
    start(Site {
        routes: &Route::ALL,
        render: |route| match route {
            Route::Home => view! { <HomePage /> }.into_any(),
            Route::Stress => view! { <StressPage /> }.into_any(),
            Route::Fracture => view! { <FracturePage /> }.into_any(),
            Route::Sphere => view! { <SpherePage /> }.into_any(),
            Route::Rod => view! { <RodPage /> }.into_any(),
            Route::Data => view! { <DataPage models=&MODELS /> }.into_any(),
            Route::Creep => view! { <CreepPage /> }.into_any(),
            Route::Materials => view! { <MaterialsPage /> }.into_any(),
            Route::Paper => view! { <PaperPage /> }.into_any(),
        },
    });
}
