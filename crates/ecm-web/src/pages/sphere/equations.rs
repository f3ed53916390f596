//! The sphere page's equations, one formula per line so that each fits a
//! phone's width, with every symbol defined beside them.

use leptos::prelude::*;

/// The plastic contact-area models and Hertz, with their symbols and source.
#[component]
pub fn SphereEquations() -> impl IntoView {
    view! {
        <div class="equation" data-testid="equations">
            <div class="formulas">
                <math display="block">
                    <mrow><mi>"σ"</mi><mo>"="</mo><mfrac><mi>"F"</mi><mi>"A"</mi></mfrac></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"A"</mi><mo>"≈"</mo><mi>"π"</mi><mi>"r"</mi><msub><mi>"δ"</mi><mi>"t"</mi></msub></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"A"</mi><mo>"="</mo><mi>"π"</mi><mo>"("</mo><mi>"r"</mi><msub><mi>"δ"</mi><mi>"t"</mi></msub><mo>"−"</mo><mfrac><msubsup><mi>"δ"</mi><mi>"t"</mi><mn>"2"</mn></msubsup><mn>"4"</mn></mfrac><mo>")"</mo></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"A"</mi><mo>"="</mo><mi>"π"</mi><mo>"("</mo><mfrac><mrow><mn>"4"</mn><msup><mi>"r"</mi><mn>"3"</mn></msup></mrow><mrow><mn>"3"</mn><mi>"h"</mi></mrow></mfrac><mo>"−"</mo><mfrac><msup><mi>"h"</mi><mn>"2"</mn></msup><mn>"6"</mn></mfrac><mo>")"</mo></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"h"</mi><mo>"="</mo><mn>"2"</mn><mi>"r"</mi><mo>"−"</mo><msub><mi>"δ"</mi><mi>"t"</mi></msub></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"F"</mi><mo>"="</mo><mfrac><msqrt><mn>"2"</mn></msqrt><mn>"3"</mn></mfrac><msup><mi>"E"</mi><mo>"*"</mo></msup><msqrt><mi>"R"</mi></msqrt><msup><mi>"δ"</mi><mrow><mn>"3"</mn><mo>"/"</mo><mn>"2"</mn></mrow></msup></mrow>
                </math>
                <math display="block">
                    <mrow><mi>"a"</mi><mo>"="</mo><msqrt><mrow><mi>"R"</mi><mi>"δ"</mi><mo>"/"</mo><mn>"2"</mn></mrow></msqrt></mrow>
                </math>
                <math display="block">
                    <mrow><mfrac><mn>"1"</mn><msup><mi>"E"</mi><mo>"*"</mo></msup></mfrac><mo>"="</mo><mfrac><mrow><mn>"1"</mn><mo>"−"</mo><msubsup><mi>"ν"</mi><mn>"1"</mn><mn>"2"</mn></msubsup></mrow><msub><mi>"E"</mi><mn>"1"</mn></msub></mfrac><mo>"+"</mo><mfrac><mrow><mn>"1"</mn><mo>"−"</mo><msubsup><mi>"ν"</mi><mn>"2"</mn><mn>"2"</mn></msubsup></mrow><msub><mi>"E"</mi><mn>"2"</mn></msub></mfrac></mrow>
                </math>
            </div>
            <dl class="symbols" data-testid="symbols">
                <dt>"σ, F"</dt><dd>"mean stress on the contact, and the force"</dd>
                <dt>"A"</dt><dd>"contact area with one plate: first order π r δt or the exact cap below δt/2r = 10 %, the barrel (volume kept) above"</dd>
                <dt>"r, R"</dt><dd>"sphere radius (R in Hertz's formulas)"</dd>
                <dt>"δt"</dt><dd>"total compression of the sphere between the plates"</dd>
                <dt>"h"</dt><dd>"height of the compressed sphere (barrel model)"</dd>
                <dt>"δ"</dt><dd>"Hertz: compression at one contact, δt/2"</dd>
                <dt>"a"</dt><dd>"Hertz: radius of the contact circle"</dd>
                <dt>"E*"</dt><dd>"effective modulus of sphere and plate"</dd>
                <dt>"E₁, ν₁"</dt><dd>"Young's modulus and Poisson's ratio of the sphere"</dd>
                <dt>"E₂, ν₂"</dt><dd>"the same for the plate (or the AFM tip)"</dd>
            </dl>
            <p class="source">"Plastic models: reconstructions (see above) of the paper's eqs. 1 and 2, used by the paper for its Figure 5 particle (97 MPa) and Table 1 (92–174 MPa). Hertz: two plates, each contact taking δ/2; peak pressure 1.5 × mean; first yield when the peak reaches 1.6 × the yield strength. Defaults: Na, E = 3.9 GPa (Fincher et al., ACS Appl. Energy Mater. 3, 1759 (2020), the paper's ref. 21), ν = 0.41 (Wang et al., Materialia 12, 100792 (2020), doi 10.1016/j.mtla.2020.100792; their acoustic E is 4.6 GPa, the value the creep page starts from: the bulk polycrystal, where this page takes the paper's own)."</p>
        </div>
    }
}
