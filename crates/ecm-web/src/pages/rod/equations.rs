//! The rod page's equations, one formula per line so that each fits a
//! phone's width, with every symbol defined beside them.

use leptos::prelude::*;

/// Force, stress, strain and true stress, with their symbols and source;
/// with `example` the paper's worked numbers too.
#[component]
pub fn RodEquations(example: bool) -> impl IntoView {
    view! {
        <div class="equation" data-testid="equations">
            <div class="formulas">
                <math display="block"><mrow><mi>"F"</mi><mo>"="</mo><mi>"k"</mi><mi>"Δ"</mi><mi>"X"</mi></mrow></math>
                <math display="block"><mrow><mi>"σ"</mi><mo>"="</mo><mfrac><mi>"F"</mi><mrow><mi>"π"</mi><msup><mi>"d"</mi><mn>"2"</mn></msup><mo>"/"</mo><mn>"4"</mn></mrow></mfrac></mrow></math>
                <math display="block"><mrow><mi>"ε"</mi><mo>"="</mo><mfrac><mrow><mo>"|"</mo><mi>"L"</mi><mo>"−"</mo><msub><mi>"L"</mi><mn>"0"</mn></msub><mo>"|"</mo></mrow><msub><mi>"L"</mi><mn>"0"</mn></msub></mfrac></mrow></math>
                <math display="block"><mrow><msub><mi>"σ"</mi><mtext>"true"</mtext></msub><mo>"="</mo><mfrac><mrow><mi>"F"</mi><mi>"L"</mi></mrow><mrow><msub><mi>"A"</mi><mn>"0"</mn></msub><msub><mi>"L"</mi><mn>"0"</mn></msub></mrow></mfrac></mrow></math>
            </div>
            <dl class="symbols" data-testid="symbols">
                <dt>"F"</dt><dd>"force on the rod"</dd>
                <dt>"k, ΔX"</dt><dd>"cantilever spring constant and tip deflection"</dd>
                <dt>"σ, d"</dt><dd>"engineering stress on the chosen cross-section of diameter d"</dd>
                <dt>"ε"</dt><dd>"engineering strain"</dd>
                <dt>"L, L₀"</dt><dd>"current and initial length"</dd>
                <dt>"σtrue, A₀"</dt><dd>"true stress at constant volume; initial cross-section πd₀²/4"</dd>
            </dl>
            // An exercise leaves out the paper's numbers: with the page's
            // default inputs they are its answers.
            <p class="source">{if example {
                "The paper's Figure 4: 3.6 µN on a 355 nm rod gives 36 MPa on the initial diameter and 120 MPa on the contact area; 776 → 678 nm is 12.6 % engineering, 13.5 % true strain. True stress assumes constant volume."
            } else {
                "The paper's Figure 4 (ACS Energy Lett. 2020, 5, 2546). True stress assumes constant volume."
            }}</p>
        </div>
    }
}
