//! An AFM force curve on a flat sample: the tip, the sample's Poisson
//! ratio and the fit window, then the modulus and contact point fitted with
//! the contact point free (`ecm_core::measurement::specimen::analyse_afm`).

use super::specimen_fields::{SpecimenFields, AFM_TIPS};
use super::specimen_results::{modulus_unit, ModelLine};
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::NumberField;
use crate::components::result_value::ResultValue;
use crate::compute::{point, Missing, Outcome};
use crate::settings::settings;
use ecm_core::measurement::afm_indentation::AfmFit;
use ecm_core::measurement::specimen::Specimen;
use ecm_core::numbers::number_format::format_sig;
use leptos::prelude::*;

/// The AFM fit, or why there is none.
pub type AfmOutcome = Option<Result<AfmFit, String>>;

/// The AFM inputs.
#[component]
pub fn AfmInputs(
    /// The specimen inputs.
    f: SpecimenFields,
) -> impl IntoView {
    let tips: Vec<(String, String)> = AFM_TIPS
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect();
    view! {
        <ChoiceField id="tip" label="Tip" value=f.tip options=tips />
        <Show when=move || f.uses_radius()>
            <NumberField field=f.tip_r id="tip_r" />
        </Show>
        <Show when=move || f.uses_angle()>
            <NumberField field=f.tip_angle id="tip_angle" hint="A cone's half-opening; a pyramid's angle between a face and the axis." />
        </Show>
        <NumberField field=f.nu id="nu" />
        <NumberField field=f.fit_lo id="flo" optional=true hint="Empty: the whole approach." />
        <NumberField field=f.fit_hi id="fhi" optional=true />
    }
}

/// The AFM results.
#[component]
pub fn AfmResults(
    /// The fit.
    fit: Signal<AfmOutcome>,
) -> impl IntoView {
    let s = settings();
    let pick = move |g: fn(&AfmFit) -> f64| -> Signal<Outcome> {
        Signal::derive(move || match fit.get() {
            Some(Ok(r)) => point(Ok(g(&r))),
            Some(Err(e)) => Err(Missing::Model(e)),
            None => Err(Missing::BadField),
        })
    };
    let unit = Memo::new(move |_| match fit.get() {
        Some(Ok(r)) => modulus_unit(r.modulus),
        _ => ("kPa", 1e3),
    });
    let rule = move || match fit.get() {
        Some(Ok(r)) => {
            let (u, to) = unit.get();
            let sig = s.sig.get();
            format!(
                "E = {} ± {} {u} (standard error), contact point {} nm, fitted over {} points ({} in contact); residual RMS {} nN; maximum indentation {} nm.",
                format_sig(r.modulus / to, sig),
                format_sig(r.modulus_se / to, 2),
                format_sig(r.contact_point * 1e9, sig),
                r.points,
                r.contact_points,
                format_sig(r.residual_rms * 1e9, 3),
                format_sig(r.max_indentation * 1e9, sig)
            )
        }
        _ => String::new(),
    };
    view! {
        <ModelLine specimen=Specimen::Afm />
        <div class="results">
            {move || {
                let (u, to) = unit.get();
                view! { <ResultValue label="Sample's Young's modulus E" unit=u to_si=to value=pick(|r| r.modulus) testid="indent-modulus" /> }
            }}
            <ResultValue label="Contact point" unit="nm" to_si=1e-9 value=pick(|r| r.contact_point) testid="contact-point" />
            <ResultValue label="Residual RMS of the fit" unit="nN" to_si=1e-9 value=pick(|r| r.residual_rms) testid="fit-rms" />
        </div>
        <ul class="rules"><li data-testid="afm-fit-rule">{rule}</li></ul>
    }
}
