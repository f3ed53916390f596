//! An AFM force curve on a flat sample: the tip, the sample's Poisson
//! ratio and the fit window, then the modulus and contact point fitted with
//! the contact point free (`ecm_core::measurement::specimen::analyse_afm`).

use super::specimen_fields::{SpecimenFields, AFM_TIPS};
use super::specimen_results::{entries, modulus_unit, Entry};
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::NumberField;
use crate::settings::settings;
use ecm_core::measurement::afm_indentation::AfmFit;
use ecm_core::numbers::number_format::{format_clean, format_sig};
use leptos::prelude::*;

/// The AFM fit, or why there is none.
pub type AfmOutcome = Option<Result<AfmFit, String>>;

/// A tip's choice and its radius or angle, whichever it has (the AFM tips
/// or the nanoindenters, one component for both).
#[component]
pub fn TipInputs(
    /// The specimen inputs.
    f: SpecimenFields,
    /// The tips offered: link value and label.
    tips: &'static [(&'static str, &'static str)],
    /// The label of the choice.
    label: &'static str,
) -> impl IntoView {
    let options: Vec<(String, String)> = tips
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect();
    view! {
        <ChoiceField id="tip" label=label value=f.tip options=options />
        {move || f.uses_radius().then(|| view! { <NumberField field=f.tip_r id="tip_r" /> })}
        {move || f.uses_angle().then(|| view! {
            <NumberField field=f.tip_angle id="tip_angle" hint="A cone's half-opening; a pyramid's angle between a face and the axis." />
        })}
    }
}

/// The AFM inputs.
#[component]
pub fn AfmInputs(
    /// The specimen inputs.
    f: SpecimenFields,
) -> impl IntoView {
    view! {
        <TipInputs f=f tips=&AFM_TIPS label="Tip" />
        <NumberField field=f.nu id="nu" />
        <NumberField field=f.fit_lo id="flo" optional=true hint="Empty: the whole approach." />
        <NumberField field=f.fit_hi id="fhi" optional=true />
    }
}

/// The AFM results as entries (modulus in the unit that suits it).
pub fn afm_entries(fit: &AfmOutcome) -> Vec<Entry> {
    let (u, to) = match fit {
        Some(Ok(r)) => modulus_unit(r.modulus),
        _ => ("kPa", 1e3),
    };
    entries(fit, |r| {
        let v = |g: fn(&AfmFit) -> f64| r.map_or(f64::NAN, g);
        vec![
            (
                "Sample's Young's modulus E",
                u,
                to,
                "indent-modulus",
                v(|r| r.modulus),
            ),
            (
                "Contact point",
                "nm",
                1e-9,
                "contact-point",
                v(|r| r.contact_point),
            ),
            (
                "Residual RMS of the fit",
                "nN",
                1e-9,
                "fit-rms",
                v(|r| r.residual_rms),
            ),
        ]
    })
}

/// The rule behind the AFM results, in words.
pub fn afm_rule(fit: &AfmOutcome, sig: usize) -> String {
    let Some(Ok(r)) = fit else {
        return String::new();
    };
    let (u, to) = modulus_unit(r.modulus);
    format!(
        "Tip: {}; sample ν = {}. E = {} ± {} {u} (standard error), contact point {} ± {} nm, fitted over {} points ({} in contact); maximum indentation {} nm.",
        r.tip.describe(),
        format_clean(r.poisson, 3),
        format_sig(r.modulus / to, sig),
        format_sig(r.modulus_se / to, 2),
        format_sig(r.contact_point * 1e9, sig),
        format_sig(r.contact_point_se * 1e9, 2),
        r.points,
        r.contact_points,
        format_sig(r.max_indentation * 1e9, sig)
    )
}

/// The rule behind the AFM results.
#[component]
pub fn AfmRules(
    /// The fit.
    fit: Signal<AfmOutcome>,
) -> impl IntoView {
    let s = settings();
    view! {
        <ul class="rules"><li data-testid="afm-fit-rule">{move || afm_rule(&fit.get(), s.sig.get())}</li></ul>
    }
}
