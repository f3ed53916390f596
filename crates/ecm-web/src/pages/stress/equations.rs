//! The overpotential page's equations, with every symbol defined beside them.

use leptos::prelude::*;

/// σ = Δφ·F/Vm and Vm = M/ρ, with their symbols and source.
#[component]
pub fn StressEquations() -> impl IntoView {
    view! {
        <div class="equation" data-testid="equations">
            <div class="formulas">
                <math display="block">
                    <mrow><mi>"σ"</mi><mo>"="</mo><mfrac><mrow><mi>"Δφ"</mi><mo>"·"</mo><mi>"F"</mi></mrow><msub><mi>"V"</mi><mi>"m"</mi></msub></mfrac></mrow>
                </math>
                <math display="block">
                    <mrow><msub><mi>"V"</mi><mi>"m"</mi></msub><mo>"="</mo><mfrac><mi>"M"</mi><mi>"ρ"</mi></mfrac></mrow>
                </math>
            </div>
            <dl class="symbols" data-testid="symbols">
                <dt>"σ"</dt><dd>"stress in the confined metal deposit"</dd>
                <dt>"Δφ"</dt><dd>"overpotential"</dd>
                <dt>"F"</dt><dd>"Faraday constant"</dd>
                <dt>"Vm, M, ρ"</dt><dd>"molar volume, molar mass and density of the metal"</dd>
            </dl>
            <p class="source">"Eq. 3 of the paper (ACS Energy Lett. 2020, 5, 2546), F = 96 485.332 C/mol. An upper bound: all electrochemical work is taken to become mechanical work against a rigid confinement. Molar volumes of Li, Na and K as the paper uses them (13.0, 23.7, 45.4 cm³/mol)."</p>
        </div>
    }
}
