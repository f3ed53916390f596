//! The corrections, each optional with its values: cantilever set-up,
//! baseline and contact point, frame compliance, the pillar's base
//! compliance (Sneddon) and thermal drift. What is applied is listed with
//! the results.

use crate::components::number_field::{FieldState, NumberField};
use leptos::prelude::*;

/// The correction fields and whether each is on.
#[derive(Clone, Copy)]
pub struct CorrectionFields {
    /// Use the cantilever's spring constant and sensitivity.
    pub cantilever: RwSignal<bool>,
    /// Spring constant.
    pub k: FieldState,
    /// Sensitivity (for a deflection recorded as a signal in V or nA).
    pub sensitivity: FieldState,
    /// Remove the baseline and start at contact.
    pub baseline: RwSignal<bool>,
    /// Points the baseline is fitted over.
    pub baseline_points: FieldState,
    /// Remove the frame compliance.
    pub frame: RwSignal<bool>,
    /// Frame compliance.
    pub compliance: FieldState,
    /// Remove the base compliance.
    pub base: RwSignal<bool>,
    /// Substrate modulus.
    pub substrate_e: FieldState,
    /// Substrate Poisson ratio.
    pub substrate_nu: FieldState,
    /// Remove thermal drift.
    pub drift: RwSignal<bool>,
    /// Drift rate.
    pub drift_rate: FieldState,
}

#[component]
fn Toggle(
    id: &'static str,
    label: &'static str,
    on: RwSignal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <fieldset class="correction">
            <legend>
                <label><input type="checkbox" id=id data-testid=id prop:checked=move || on.get()
                    on:change=move |ev| on.set(event_target_checked(&ev)) />" " {label}</label>
            </legend>
            <Show when=move || on.get()>{children()}</Show>
        </fieldset>
    }
}

/// The corrections form.
#[component]
pub fn CorrectionsForm(fields: CorrectionFields) -> impl IntoView {
    let f = fields;
    view! {
        <div class="corrections">
            <Toggle id="use-cantilever" label="Cantilever set-up: F = k·deflection, displacement = travel − deflection" on=f.cantilever>
                <div class="inputs">
                    <NumberField field=f.k id="k" hint="From the file's header where it gives one (JPK springConstant)." />
                    <NumberField field=f.sensitivity id="sens" hint="Only for a deflection recorded as a detector signal: nm per volt, or nm per nA for a photodiode current." />
                </div>
            </Toggle>
            <Toggle id="use-baseline" label="Baseline and contact point: fit the force before contact, remove it, start at contact" on=f.baseline>
                <div class="inputs"><NumberField field=f.baseline_points id="bl" hint="Points at the start of the rows that are surely before contact." /></div>
            </Toggle>
            <Toggle id="use-frame" label="Frame compliance: δ − F·C" on=f.frame>
                <div class="inputs"><NumberField field=f.compliance id="cf" hint="TriboScan's header gives it as “Machine Comp” in nm/µN." /></div>
            </Toggle>
            <Toggle id="use-base" label="Pillar base compliance (Sneddon): δ − F·(1 − νs²)/(Es·d_bottom)" on=f.base>
                <div class="inputs">
                    <NumberField field=f.substrate_e id="es" hint="Si about 130–170 GPa, sapphire about 400 GPa (estimates; use your substrate's)." />
                    <NumberField field=f.substrate_nu id="nus" />
                </div>
            </Toggle>
            <Toggle id="use-drift" label="Thermal drift: δ − rate·t (needs a time column)" on=f.drift>
                <div class="inputs"><NumberField field=f.drift_rate id="drift" hint="Measured in a hold before or after the test." /></div>
            </Toggle>
        </div>
    }
}
