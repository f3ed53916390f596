//! An instrumented indent: the indenter, ε, β, the unloading window and the
//! indenter's elastic constants, then hardness and modulus by Oliver–Pharr
//! for every load–unload cycle (`ecm_core::measurement::oliver_pharr`).

use super::specimen_fields::{SpecimenFields, INDENT_TIPS};
use super::specimen_results::{entries, modulus_unit, Analysed, Entry};
use crate::components::number_field::{FieldState, NumberField};
use crate::settings::settings;
use ecm_core::measurement::oliver_pharr::IndentCycle;
use ecm_core::measurement::specimen::area_coefficients;
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
    view! {
        <super::afm_panel::TipInputs f=f tips=&INDENT_TIPS label="Indenter" />
        {move || (f.tip.get() == "area").then(|| {
            // What is wrong with the coefficients, under the field itself.
            let error = move || area_coefficients(&f.area.get()).err();
            view! {
                <div class="field" class:invalid=move || error().is_some()>
                    <label for="area">"Area function C0, C1, …"</label>
                    <input id="area" data-testid="area" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                        aria-describedby="area-msg" aria-invalid=move || error().is_some().to_string()
                        prop:value=move || f.area.get() on:input=move |ev| f.area.set(event_target_value(&ev)) />
                    <p class="hint">"A = C0·hc² + C1·hc + C2·hc^½ + C3·hc^¼ + … with A in nm² and hc in nm (ISO 14577-1)."</p>
                    <p class="message" id="area-msg" data-testid="area-msg" aria-live="polite">{move || error().unwrap_or_default()}</p>
                </div>
            }
        })}
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

/// The Oliver–Pharr results as entries: the first cycle's.
pub fn indent_entries(cycles: &IndentOutcome) -> Vec<Entry> {
    let first: Analysed<IndentCycle> = cycles.as_ref().map(|r| {
        r.as_ref().map_err(Clone::clone).and_then(|c| {
            c.first()
                .cloned()
                .ok_or_else(|| "no load–unload cycle found".to_string())
        })
    });
    let (u, to) = match &first {
        Some(Ok(c)) => modulus_unit(c.reduced_modulus),
        _ => ("GPa", 1e9),
    };
    entries(&first, |c| {
        let v = |g: fn(&IndentCycle) -> f64| c.map_or(f64::NAN, g);
        vec![
            ("Hardness H", "GPa", 1e9, "hardness", v(|c| c.hardness)),
            (
                "Reduced modulus Er",
                u,
                to,
                "reduced-modulus",
                v(|c| c.reduced_modulus),
            ),
            (
                "Sample's Young's modulus E",
                u,
                to,
                "indent-modulus",
                v(|c| c.sample_modulus),
            ),
            (
                "Contact depth hc",
                "nm",
                1e-9,
                "contact-depth",
                v(|c| c.contact_depth),
            ),
            (
                "Contact stiffness S",
                "µN/nm",
                1e3,
                "contact-stiffness",
                v(|c| c.stiffness),
            ),
            (
                "Maximum depth hmax",
                "nm",
                1e-9,
                "max-depth",
                v(|c| c.max_depth),
            ),
            (
                "Contact area A(hc)",
                "µm²",
                1e-12,
                "contact-area",
                v(|c| c.contact_area),
            ),
        ]
    })
}

/// The rule behind the first cycle's numbers, in words.
pub fn indent_rule(cycles: &IndentOutcome, sig: usize) -> String {
    let Some(Ok(list)) = cycles else {
        return String::new();
    };
    let Some(c) = list.first() else {
        return String::new();
    };
    format!(
        "Unloading fit P = B·(h − hf)^m from {} to {} µN, {} points: m = {}, hf = {} nm, R² = {}.",
        format_sig(c.window_loads.0 * 1e6, 3),
        format_sig(c.window_loads.1 * 1e6, 3),
        c.window_points,
        format_sig(c.exponent, 3),
        format_sig(c.final_depth * 1e9, sig),
        format_clean(c.r_squared, 5)
    )
}

/// One row of the cycles table, as text: cycle, Pmax (µN), hmax, hc (nm),
/// S (µN/nm), H (GPa), Er (GPa), m.
pub fn cycle_row(i: usize, c: &IndentCycle, sig: usize) -> [String; 8] {
    [
        (i + 1).to_string(),
        format_sig(c.max_load * 1e6, sig),
        format_sig(c.max_depth * 1e9, sig),
        format_sig(c.contact_depth * 1e9, sig),
        format_sig(c.stiffness * 1e-3, sig),
        format_sig(c.hardness * 1e-9, sig),
        format_sig(c.reduced_modulus * 1e-9, sig),
        format_sig(c.exponent, 3),
    ]
}

/// The rule behind the Oliver–Pharr results, and a row per cycle when there
/// are several.
#[component]
pub fn IndentRules(
    /// The analysis.
    cycles: Signal<IndentOutcome>,
) -> impl IntoView {
    let s = settings();
    let rows = move || {
        let sig = s.sig.get();
        cycles.get().and_then(|c| c.ok()).filter(|c| c.len() > 1).map(|list| {
            view! {
                <table class="cycles" data-testid="indent-cycles">
                    <caption>"Every load–unload cycle"</caption>
                    <thead><tr>
                        {["cycle", "Pmax (µN)", "hmax (nm)", "hc (nm)", "S (µN/nm)", "H (GPa)", "Er (GPa)", "m"]
                            .into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {list.iter().enumerate().map(|(i, c)| view! {
                            <tr>{cycle_row(i, c, sig).into_iter().map(|t| view! { <td>{t}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <ul class="rules"><li data-testid="unloading-fit-rule">{move || indent_rule(&cycles.get(), s.sig.get())}</li></ul>
        {rows}
    }
}
