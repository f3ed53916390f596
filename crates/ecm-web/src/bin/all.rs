//! Every page in one module: the single-file build (`ecm-calc.html`), which
//! works opened from disk and changes pages in place.
use ecm_web::pages::{
    creep::CreepPage, fracture::FracturePage, home::HomePage, materials::MaterialsPage,
    overpotential_stress::OverpotentialStressPage, paper::PaperPage, rod_test::RodTestPage,
    sphere::SpherePage, test_data::TestDataPage,
};
use ecm_web::{start, IntoAny, Route, Site};
use leptos::view;

fn main() {
    start(Site {
        routes: &Route::ALL,
        render: |route| match route {
            Route::Home => view! { <HomePage /> }.into_any(),
            Route::Stress => view! { <OverpotentialStressPage /> }.into_any(),
            Route::Fracture => view! { <FracturePage /> }.into_any(),
            Route::Sphere => view! { <SpherePage /> }.into_any(),
            Route::RodTest => view! { <RodTestPage /> }.into_any(),
            Route::TestData => view! { <TestDataPage /> }.into_any(),
            Route::Creep => view! { <CreepPage /> }.into_any(),
            Route::Materials => view! { <MaterialsPage /> }.into_any(),
            Route::Paper => view! { <PaperPage /> }.into_any(),
        },
    });
}
