//! An instrumented indent: the indenter, ε, β, the unloading window and the
//! indenter's elastic constants, then hardness and modulus by Oliver–Pharr
//! for every load–unload cycle (`ecm_core::measurement::oliver_pharr`).

use super::specimen_fields::{SpecimenFields, INDENT_TIPS};
use super::specimen_results::{modulus_unit, ModelLine};
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldState, NumberField};
use crate::components::result_value::ResultValue;
use crate::compute::{point, Missing, Outcome};
use crate::settings::settings;
use ecm_core::measurement::oliver_pharr::IndentCycle;
use ecm_core::measurement::specimen::Specimen;
use ecm_core::numbers::number_format::{format_clean, format_sig};
use leptos::prelude::*;

/// Every cycle's analysis, or why there is none.
pub type IndentOutcome = Option<Result<Vec<IndentCycle>, String>>;

/// The nanoindent inputs (`ulo`/`uhi` are the page's unloading window).
#[component]
pub fn IndentInputs(
    /// The specimen inputs.
    f: SpecimenFields,
    /// Unloading window, from (% of the maximum force).
    ulo: FieldState,
    /// Unloading window, to.
    uhi: FieldState,
    /// Whether the Feng–Ngan creep correction is on (`creep=1`).
    creep: RwSignal<bool>,
) -> impl IntoView {
    let tips: Vec<(String, String)> = INDENT_TIPS
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect();
    view! {
        <ChoiceField id="tip" label="Indenter" value=f.tip options=tips />
        <Show when=move || f.uses_radius()>
            <NumberField field=f.tip_r id="tip_r" />
        </Show>
        <Show when=move || f.uses_angle()>
            <NumberField field=f.tip_angle id="tip_angle" hint="The cone's half-angle (70.3° has a Berkovich's area)." />
        </Show>
        <Show when=move || f.tip.get() == "area">
            <div class="field">
                <label for="area">"Area function C0, C1, …"</label>
                <input id="area" data-testid="area" type="text" inputmode="decimal" prop:value=move || f.area.get()
                    on:input=move |ev| f.area.set(event_target_value(&ev)) />
                <p class="hint">"A = C0·hc² + C1·hc + C2·hc^½ + C3·hc^¼ + … with A in nm² and hc in nm (ISO 14577-1)."</p>
            </div>
        </Show>
        <NumberField field=f.eps id="eps" />
        <NumberField field=f.beta id="beta" />
        <NumberField field=ulo id="ulo" />
        <NumberField field=uhi id="uhi" />
        <NumberField field=f.nu id="nu" />
        <NumberField field=f.ei id="ei" />
        <NumberField field=f.nui id="nui" />
        <div class="field checkbox">
            <label>
                <input type="checkbox" data-testid="creep" prop:checked=move || creep.get()
                    on:change=move |ev| creep.set(event_target_checked(&ev)) />
                " Correct the stiffness for creep during unloading (Feng & Ngan 2002; needs a time column)"
            </label>
        </div>
    }
}

/// The Oliver–Pharr results: the first cycle's numbers with their test ids,
/// then a row per cycle.
#[component]
pub fn IndentResults(
    /// The analysis.
    cycles: Signal<IndentOutcome>,
) -> impl IntoView {
    let s = settings();
    let pick = move |g: fn(&IndentCycle) -> f64| -> Signal<Outcome> {
        Signal::derive(move || match cycles.get() {
            Some(Ok(c)) => match c.first() {
                Some(c) => point(Ok(g(c))),
                None => Err(Missing::Model("no load–unload cycle found".into())),
            },
            Some(Err(e)) => Err(Missing::Model(e)),
            None => Err(Missing::BadField),
        })
    };
    let first = move || {
        cycles
            .get()
            .and_then(|c| c.ok())
            .and_then(|c| c.first().cloned())
    };
    let unit =
        Memo::new(move |_| first().map_or(("GPa", 1e9), |c| modulus_unit(c.reduced_modulus)));
    let rule = move || {
        first().map(|c| {
            format!(
                "Unloading fit P = B·(h − hf)^m from {} to {} µN, {} points: m = {}, hf = {} nm, R² = {}.",
                format_sig(c.window_loads.0 * 1e6, 3),
                format_sig(c.window_loads.1 * 1e6, 3),
                c.window_points,
                format_sig(c.exponent, 3),
                format_sig(c.final_depth * 1e9, s.sig.get()),
                format_clean(c.r_squared, 5)
            )
        })
    };
    let rows = move || {
        let sig = s.sig.get();
        let (u, to) = unit.get();
        cycles.get().and_then(|c| c.ok()).filter(|c| c.len() > 1).map(|list| {
            view! {
                <table class="cycles" data-testid="indent-cycles">
                    <caption>"Every load–unload cycle"</caption>
                    <thead><tr>
                        <th scope="col">"cycle"</th><th scope="col">"Pmax (µN)"</th><th scope="col">"hmax (nm)"</th>
                        <th scope="col">"hc (nm)"</th><th scope="col">"S (µN/nm)"</th><th scope="col">"H (GPa)"</th>
                        <th scope="col">{format!("Er ({u})")}</th><th scope="col">"m"</th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().enumerate().map(|(i, c)| view! {
                            <tr>
                                <td>{i + 1}</td>
                                <td>{format_sig(c.max_load * 1e6, sig)}</td>
                                <td>{format_sig(c.max_depth * 1e9, sig)}</td>
                                <td>{format_sig(c.contact_depth * 1e9, sig)}</td>
                                <td>{format_sig(c.stiffness * 1e-3, sig)}</td>
                                <td>{format_sig(c.hardness * 1e-9, sig)}</td>
                                <td>{format_sig(c.reduced_modulus / to, sig)}</td>
                                <td>{format_sig(c.exponent, 3)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <ModelLine specimen=Specimen::Nanoindent />
        <div class="results">
            <ResultValue label="Hardness H" unit="GPa" to_si=1e9 value=pick(|c| c.hardness) testid="hardness" />
            {move || {
                let (u, to) = unit.get();
                view! {
                    <ResultValue label="Reduced modulus Er" unit=u to_si=to value=pick(|c| c.reduced_modulus) testid="reduced-modulus" />
                    <ResultValue label="Sample's Young's modulus E" unit=u to_si=to value=pick(|c| c.sample_modulus) testid="indent-modulus" />
                }
            }}
            <ResultValue label="Contact depth hc" unit="nm" to_si=1e-9 value=pick(|c| c.contact_depth) testid="contact-depth" />
            <ResultValue label="Contact stiffness S" unit="µN/nm" to_si=1e3 value=pick(|c| c.stiffness) testid="contact-stiffness" />
            <ResultValue label="Maximum depth hmax" unit="nm" to_si=1e-9 value=pick(|c| c.max_depth) testid="max-depth" />
            <ResultValue label="Contact area A(hc)" unit="µm²" to_si=1e-12 value=pick(|c| c.contact_area) testid="contact-area" />
        </div>
        <ul class="rules"><li data-testid="unloading-fit-rule">{rule}</li></ul>
        {rows}
    }
}
