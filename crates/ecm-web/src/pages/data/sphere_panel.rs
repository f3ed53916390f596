//! A sphere compressed between two plates, from its measured curve: the
//! diameter, the contact-area model and ν, then the stress point by point,
//! its maximum with the model used there, and E from a Hertz fit of the
//! early loading (`ecm_core::measurement::specimen::analyse_sphere`).

use super::specimen_fields::{SpecimenFields, SPHERE_MODELS};
use super::specimen_results::{modulus_unit, ModelLine};
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::NumberField;
use crate::components::result_value::ResultValue;
use crate::compute::{point, Missing, Outcome};
use crate::settings::settings;
use ecm_core::measurement::specimen::{Specimen, SphereAnalysis};
use ecm_core::models::sphere_contact::PlasticModel;
use ecm_core::numbers::number_format::{format_clean, format_sig};
use leptos::prelude::*;

/// The sphere's analysis, or why there is none.
pub type SphereOutcome = Option<Result<SphereAnalysis, String>>;

/// The sphere inputs.
#[component]
pub fn SphereInputs(
    /// The specimen inputs.
    f: SpecimenFields,
) -> impl IntoView {
    let models: Vec<(String, String)> = SPHERE_MODELS
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect();
    view! {
        <NumberField field=f.ds id="ds" optional=true />
        <ChoiceField id="smodel" label="Contact area" value=f.smodel options=models />
        <NumberField field=f.nu id="nu" />
        <NumberField field=f.fit_lo id="flo" optional=true hint="Hertz fit window; empty: automatic (the early loading)." />
        <NumberField field=f.fit_hi id="fhi" optional=true />
    }
}

/// A contact-area model in words.
fn model_name(m: PlasticModel) -> &'static str {
    match m {
        PlasticModel::FirstOrder => "first order, A = πrδ",
        PlasticModel::ExactCap => "exact cap",
        PlasticModel::Barrel => "barrel",
    }
}

/// The sphere results.
#[component]
pub fn SphereResults(
    /// The analysis.
    analysis: Signal<SphereOutcome>,
) -> impl IntoView {
    let s = settings();
    let curve = move |g: fn(&SphereAnalysis) -> f64| -> Signal<Outcome> {
        Signal::derive(move || match analysis.get() {
            Some(Ok(a)) => point(Ok(g(&a))),
            Some(Err(e)) => Err(Missing::Model(e)),
            None => Err(Missing::BadField),
        })
    };
    let hertz = move || analysis.get().and_then(|a| a.ok()).map(|a| a.hertz);
    let modulus = Signal::derive(move || match (analysis.get(), hertz()) {
        (_, Some(Ok(h))) => point(Ok(h.modulus)),
        (_, Some(Err(e))) => Err(Missing::Model(e)),
        (Some(Err(e)), _) => Err(Missing::Model(e)),
        _ => Err(Missing::BadField),
    });
    let unit = Memo::new(move |_| match hertz() {
        Some(Ok(h)) => modulus_unit(h.modulus),
        _ => ("GPa", 1e9),
    });
    let max_rule = move || {
        analysis.get().and_then(|a| a.ok()).map(|a| {
            format!(
                "Maximum stress σ = F/A at δ/2r = {} %, with the {} contact area.",
                format_sig(
                    a.curve
                        .strain
                        .get(a.curve.max_stress_index)
                        .copied()
                        .unwrap_or(0.0)
                        * 100.0,
                    3
                ),
                model_name(a.curve.max_stress_model)
            )
        })
    };
    let hertz_rule = move || match hertz() {
        Some(Ok(h)) => {
            let (u, to) = unit.get();
            format!(
                "Hertz fit F = (√2/3)·E*·√R·δ^(3/2) from {} to {} nm, {} points: E* = {} {u}, E = {} ± {} {u} (standard error), R² = {}.",
                format_sig(h.window.0 * 1e9, 3),
                format_sig(h.window.1 * 1e9, 3),
                h.points,
                format_sig(h.effective_modulus / to, s.sig.get()),
                format_sig(h.modulus / to, s.sig.get()),
                format_sig(h.modulus_se / to, 2),
                format_clean(h.r_squared, 5)
            )
        }
        _ => String::new(),
    };
    view! {
        <ModelLine specimen=Specimen::Sphere />
        <div class="results">
            <ResultValue label="Maximum stress" unit="MPa" to_si=1e6 value=curve(|a| a.curve.max_stress) testid="max-stress" />
            <ResultValue label="Strain δ/2r at maximum force" unit="%" to_si=1e-2 value=curve(|a| a.curve.strain_at_max_force) testid="strain-at-max" />
            {move || {
                let (u, to) = unit.get();
                view! { <ResultValue label="Young's modulus E (Hertz)" unit=u to_si=to value=modulus testid="sphere-modulus" /> }
            }}
        </div>
        <ul class="rules">
            <li data-testid="sphere-max-rule">{max_rule}</li>
            <li data-testid="hertz-rule">{hertz_rule}</li>
        </ul>
    }
}
