//! The application shell: header, the current page, footer.

use crate::pages::overpotential_stress::OverpotentialStressPage;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="site-header">
            <h1>"ecm-calc"</h1>
            <p class="tagline">"Electro-chemo-mechanics calculators for metal-anode batteries"</p>
        </header>
        <main id="main">
            <OverpotentialStressPage />
        </main>
        <footer class="site-footer">
            <p>"Models from the in situ ETEM-AFM study of Na dendrites, ACS Energy Lett. 2020, 5, 2546 (doi 10.1021/acsenergylett.0c01214)."</p>
        </footer>
    }
}
