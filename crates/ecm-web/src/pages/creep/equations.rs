//! The creep page's equations, with every symbol and the sources.

use leptos::prelude::*;

/// The power law, diffusional creep and relaxation, with their symbols.
#[component]
pub fn CreepEquations() -> impl IntoView {
    view! {
        <div class="equation" id="creep-equations" data-testid="equations">
            <div class="formulas">
                <math display="block">
                    <mrow><msub><mi>"ε̇"</mi><mi>"PL"</mi></msub><mo>"="</mo><mi>"A"</mi><mo>"·"</mo><msup><mi>"σ"</mi><mi>"n"</mi></msup><mo>"·"</mo><mi>"exp"</mi><mo>"["</mo><mo>"−"</mo><mfrac><mi>"Q"</mi><mi>"R"</mi></mfrac><mo>"("</mo><mfrac><mn>"1"</mn><mi>"T"</mi></mfrac><mo>"−"</mo><mfrac><mn>"1"</mn><msub><mi>"T"</mi><mi>"ref"</mi></msub></mfrac><mo>")"</mo><mo>"]"</mo></mrow>
                </math>
                <math display="block">
                    <mrow><msub><mi>"ε̇"</mi><mi>"diff"</mi></msub><mo>"="</mo><mfrac><mrow><mn>"42"</mn><mo>"·"</mo><mi>"Ω"</mi><mo>"·"</mo><mi>"σ"</mi></mrow><mrow><mi>"k"</mi><mi>"T"</mi><msup><mi>"d"</mi><mn>"2"</mn></msup></mrow></mfrac><mo>"·"</mo><mo>"("</mo><msub><mi>"D"</mi><mi>"v"</mi></msub><mo>"+"</mo><mfrac><mrow><mi>"π"</mi><mo>"·"</mo><mi>"δ"</mi><msub><mi>"D"</mi><mi>"b"</mi></msub></mrow><mi>"d"</mi></mfrac><mo>")"</mo></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"t"</mi><mo>"="</mo><msubsup><mo>"∫"</mo><msub><mi>"σ"</mi><mn>"1"</mn></msub><msub><mi>"σ"</mi><mn>"0"</mn></msub></msubsup><mfrac><mrow><mi>"d"</mi><mi>"σ"</mi></mrow><mrow><mi>"E"</mi><mo>"·"</mo><mi>"ε̇"</mi><mo>"("</mo><mi>"σ"</mi><mo>")"</mo></mrow></mfrac></mrow>
                </math>
            </div>
            <dl class="symbols print-skip" data-testid="symbols">
                <dt>"ε̇"</dt><dd>"strain rate (s⁻¹); the mechanisms act in parallel, so their rates add"</dd>
                <dt>"A, n, Q, T_ref"</dt><dd>"power-law fit to bulk tests: σ in MPa, A in MPa⁻ⁿ s⁻¹ at T_ref"</dd>
                <dt>"Ω, k, T, d"</dt><dd>"atomic volume Vm/N_A, Boltzmann constant, temperature, grain size (or diameter)"</dd>
                <dt>"D_v, δD_b"</dt><dd>"lattice diffusivity D₀v·exp(−Q_v/RT) (Nabarro–Herring, ∝ 1/d²) and boundary width × boundary diffusivity δD₀b·exp(−Q_b/RT) (Coble, ∝ 1/d³)"</dd>
                <dt>"t, E"</dt><dd>"time to relax from σ₀ to σ₁, Young's modulus; for the power law alone t = (σ₁^(1−n) − σ₀^(1−n)) / (E·A·(n − 1))"</dd>
            </dl>
            <p class="source">"Power law: Li, Masias et al., J. Mater. Sci. 54, 2585 (2019) and LePage et al., J. Electrochem. Soc. 166, A89 (2019); Na, Wang et al., Materialia 12, 100792 (2020). Diffusional creep: Frost & Ashby, Deformation-Mechanism Maps (1982), ch. 2. R = 8.314 J/(mol·K), k = 1.381 × 10⁻²³ J/K."</p>
        </div>
    }
}
