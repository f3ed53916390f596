//! A sphere compressed between two plates, from its measured curve: the
//! diameter, the contact-area model and ν, then the stress point by point,
//! its maximum with the model used there, and E from a Hertz fit of the
//! early loading (`ecm_core::measurement::specimen::analyse_sphere`).

use super::specimen_fields::{SpecimenFields, SPHERE_MODELS};
use super::specimen_results::{entries, modulus_unit, Entry};
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::NumberField;
use crate::settings::settings;
use ecm_core::measurement::specimen::SphereAnalysis;
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

/// The sphere results as entries.
pub fn sphere_entries(analysis: &SphereOutcome) -> Vec<Entry> {
    let hertz = match analysis {
        Some(Ok(a)) => Some(a.hertz.clone()),
        Some(Err(e)) => Some(Err(e.clone())),
        None => None,
    };
    let (u, to) = match &hertz {
        Some(Ok(h)) => modulus_unit(h.modulus),
        _ => ("GPa", 1e9),
    };
    let mut list = entries(analysis, |a| {
        vec![
            (
                "Maximum stress",
                "MPa",
                1e6,
                "max-stress",
                a.map_or(f64::NAN, |a| a.curve.max_stress),
            ),
            (
                "Strain δ/2r at maximum force",
                "%",
                1e-2,
                "strain-at-max",
                a.map_or(f64::NAN, |a| a.curve.strain_at_max_force),
            ),
        ]
    });
    list.extend(entries(&hertz, |h| {
        vec![(
            "Young's modulus E (Hertz)",
            u,
            to,
            "sphere-modulus",
            h.map_or(f64::NAN, |h| h.modulus),
        )]
    }));
    list
}

/// The rules behind the sphere results, in words: where the maximum stress
/// is and with which area, and the Hertz fit's window.
pub fn sphere_rules(analysis: &SphereOutcome, sig: usize) -> (String, String) {
    let Some(Ok(a)) = analysis else {
        return (String::new(), String::new());
    };
    let c = &a.curve;
    let at = c.strain.get(c.max_stress_index).copied().unwrap_or(0.0);
    let max = format!(
        "Maximum stress σ = F/A at δ/2r = {} %, with the {} contact area.",
        format_sig(at * 100.0, 3),
        model_name(c.max_stress_model)
    );
    let hertz = match &a.hertz {
        Ok(h) => {
            let (u, to) = modulus_unit(h.modulus);
            format!(
                "Hertz fit F = (√2/3)·E*·√R·δ^(3/2) from {} to {} nm, {} points: E* = {} {u}, E = {} ± {} {u} (standard error), R² = {}.",
                format_sig(h.window.0 * 1e9, 3),
                format_sig(h.window.1 * 1e9, 3),
                h.points,
                format_sig(h.effective_modulus / to, sig),
                format_sig(h.modulus / to, sig),
                format_sig(h.modulus_se / to, 2),
                format_clean(h.r_squared, 5)
            )
        }
        Err(e) => format!("Hertz fit: none ({e})."),
    };
    (max, hertz)
}

/// The rules behind the sphere results.
#[component]
pub fn SphereRules(
    /// The analysis.
    analysis: Signal<SphereOutcome>,
) -> impl IntoView {
    let s = settings();
    let rules = Memo::new(move |_| sphere_rules(&analysis.get(), s.sig.get()));
    view! {
        <ul class="rules">
            <li data-testid="sphere-max-rule">{move || rules.get().0}</li>
            <li data-testid="hertz-rule">{move || rules.get().1}</li>
        </ul>
    }
}
