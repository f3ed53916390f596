//! The fracture page's equations, one formula per line so that each fits a
//! phone's width, with every symbol defined beside them.

use leptos::prelude::*;

/// σf, Δφc and ac with their symbols and source.
#[component]
pub fn FractureEquations() -> impl IntoView {
    view! {
        <div class="equation" data-testid="equations">
            <div class="formulas">
                <math display="block">
                    <mrow>
                        <msub><mi>"σ"</mi><mi>"f"</mi></msub><mo>"="</mo>
                        <mfrac><msub><mi>"K"</mi><mi>"IC"</mi></msub><mrow><mi>"Y"</mi><msqrt><mi>"π"</mi><mi>"a"</mi></msqrt></mrow></mfrac>
                    </mrow>
                </math>
                <math display="block">
                    <mrow>
                        <msub><mi>"Δφ"</mi><mi>"c"</mi></msub><mo>"="</mo>
                        <mfrac><mrow><msub><mi>"K"</mi><mi>"IC"</mi></msub><msub><mi>"V"</mi><mi>"m"</mi></msub></mrow><mrow><mi>"Y"</mi><mi>"F"</mi><msqrt><mi>"π"</mi><mi>"a"</mi></msqrt></mrow></mfrac>
                    </mrow>
                </math>
                <math display="block">
                    <mrow>
                        <msub><mi>"a"</mi><mi>"c"</mi></msub><mo>"="</mo>
                        <mfrac><mn>"1"</mn><mi>"π"</mi></mfrac>
                        <msup><mrow><mo>"("</mo><mfrac><mrow><msub><mi>"K"</mi><mi>"IC"</mi></msub><msub><mi>"V"</mi><mi>"m"</mi></msub></mrow><mrow><mi>"Y"</mi><mi>"F"</mi><mi>"Δφ"</mi></mrow></mfrac><mo>")"</mo></mrow><mn>"2"</mn></msup>
                    </mrow>
                </math>
            </div>
            <dl class="symbols" data-testid="symbols">
                <dt>"σf"</dt><dd>"fracture stress of the electrolyte"</dd>
                <dt>"KIC"</dt><dd>"its fracture toughness"</dd>
                <dt>"a"</dt><dd>"flaw size: crack half-length, depth or pore radius"</dd>
                <dt>"Y"</dt><dd>"geometry factor of the flaw's shape"</dd>
                <dt>"Δφ, Δφc"</dt><dd>"overpotential, and the one that reaches σf"</dd>
                <dt>"ac"</dt><dd>"the flaw size that fractures at Δφ"</dd>
                <dt>"Vm"</dt><dd>"molar volume of the metal"</dd>
                <dt>"F"</dt><dd>"Faraday constant, 96 485 C/mol"</dd>
            </dl>
            <p class="source">"Eq. 4 of the paper (Y = 1 there) chained with eq. 3, σ = Δφ·F/Vm. Y is 1 for an internal through crack of length 2a, 1.12 for an edge crack of depth a, 2/π for a penny crack of radius a. Taking a stated pore size as 2a instead of a raises σf by √2."</p>
        </div>
    }
}
