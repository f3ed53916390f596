//! The materials page (`?page=materials`) as its own module.
use ecm_web::pages::materials::MaterialsPage;
use ecm_web::{start, IntoAny, Route, Site};

fn main() {
    start(Site {
        routes: &[Route::Materials],
        render: |_| leptos::view! { <MaterialsPage /> }.into_any(),
    });
}
