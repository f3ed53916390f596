//! Overpotential → stress under confinement (the paper's eq. 3).

use crate::components::number_field::{FieldState, NumberField};
use crate::components::result_value::ResultValue;
use ecm_core::electrochemical_stress::stress_from_overpotential;
use ecm_core::input_limits::OVERPOTENTIAL;
use ecm_core::materials::metals;
use ecm_core::number_format::format_sig;
use ecm_core::units::VOLTAGE;
use leptos::prelude::*;

/// The overpotential → stress calculator.
#[component]
pub fn OverpotentialStressPage() -> impl IntoView {
    let metals = StoredValue::new(metals());
    let metal = RwSignal::new("Na".to_string());
    let dphi = FieldState::new("Overpotential Δφ", "100", VOLTAGE, 0, &OVERPOTENTIAL);
    let molar_volume = move || {
        metals.with_value(|ms| {
            ms.iter()
                .find(|m| m.symbol == metal.get())
                .map(|m| m.molar_volume.nominal)
        })
    };
    let stress = Signal::derive(move || {
        let vm = molar_volume().ok_or_else(|| "choose a metal".to_string())?;
        let dphi = dphi.value()?;
        stress_from_overpotential(dphi, vm).map_err(|e| e.to_string())
    });
    view! {
        <section class="calculator" aria-labelledby="stress-title">
            <h2 id="stress-title">"Overpotential → stress under confinement"</h2>
            <p class="lead">
                "The largest stress that plating at an overpotential Δφ can build in a metal held by a rigid confinement."
            </p>
            <div class="inputs">
                <div class="field">
                    <label for="metal">"Metal"</label>
                    <select id="metal" data-testid="metal" prop:value=move || metal.get()
                        on:change=move |ev| metal.set(event_target_value(&ev))>
                        {metals.with_value(|ms| ms.iter().map(|m| {
                            let label = format!("{} ({}), Vm = {} cm³/mol",
                                m.symbol, m.name, format_sig(m.molar_volume.nominal * 1e6, 3));
                            view! { <option value=m.symbol.clone()>{label}</option> }
                        }).collect_view())}
                    </select>
                    <p class="hint">"Molar volumes as used in the paper."</p>
                </div>
                <NumberField field=dphi id="dphi" />
            </div>
            <div class="results">
                <ResultValue label="Stress σ" unit="MPa" to_si=1e6 value=stress testid="stress" />
            </div>
            <div class="equation">
                <math display="block" aria-label="sigma equals delta phi times F over V m">
                    <mrow><mi>"σ"</mi><mo>"="</mo>
                    <mfrac><mrow><mi>"Δφ"</mi><mo>"·"</mo><mi>"F"</mi></mrow><msub><mi>"V"</mi><mi>"m"</mi></msub></mfrac></mrow>
                </math>
                <p class="source">
                    "Eq. 3 of the paper (ACS Energy Lett. 2020, 5, 2546), F = 96 485.332 C/mol. An upper bound: all electrochemical work is taken to become mechanical work against a rigid confinement."
                </p>
            </div>
        </section>
    }
}
