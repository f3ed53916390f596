//! Overpotential ↔ stress under confinement (the paper's eq. 3), any metal.

use crate::charts::stress_chart::StressChart;
use crate::components::choice_field::ChoiceField;
use crate::components::exercise::{ExerciseBox, GivenNote};
use crate::components::number_field::{FieldSpec, FieldState, NumberField};
use crate::components::plot::Plot;
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, Outcome};
use crate::exercise_link::{keep_exercise_keys, read_exercise, Askable};
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use crate::settings::settings;
use ecm_core::input_limits::{DENSITY, MOLAR_MASS, MOLAR_VOLUME, OVERPOTENTIAL, STRESS};
use ecm_core::models::electrochemical_stress::{
    molar_volume, overpotential_from_stress, overpotential_worked, stress_from_overpotential,
    stress_worked,
};
use ecm_core::numbers::number_format::format_sig;
use ecm_core::ranges::Interval;
use ecm_core::reference::materials::metals;
use ecm_core::units;
use leptos::prelude::*;

mod equations;

// The page's number fields: link key, label, default, units and valid range.
static FIELD_DPHI: FieldSpec = FieldSpec {
    key: "dphi",
    label: "Overpotential Δφ",
    default: "100",
    units: units::VOLTAGE,
    unit: 0,
    limit: &OVERPOTENTIAL,
};

static FIELD_SIGMA: FieldSpec = FieldSpec {
    key: "sigma",
    label: "Stress σ",
    default: "400",
    units: units::STRESS,
    unit: 1,
    limit: &STRESS,
};

static FIELD_VM: FieldSpec = FieldSpec {
    key: "vm",
    label: "Molar volume Vm",
    default: "23.7",
    units: units::MOLAR_VOLUME,
    unit: 0,
    limit: &MOLAR_VOLUME,
};

static FIELD_M: FieldSpec = FieldSpec {
    key: "m",
    label: "Molar mass M",
    default: "22.99",
    units: units::MOLAR_MASS,
    unit: 0,
    limit: &MOLAR_MASS,
};

static FIELD_RHO: FieldSpec = FieldSpec {
    key: "rho",
    label: "Density ρ",
    default: "0.968",
    units: units::DENSITY,
    unit: 0,
    limit: &DENSITY,
};

/// The page's number fields, for the exercise builder's defaults.
pub static FIELDS: &[&FieldSpec] = &[&FIELD_DPHI, &FIELD_SIGMA, &FIELD_VM, &FIELD_M, &FIELD_RHO];

/// The stress, as an exercise asks for it (`ask=stress`).
const ASK_STRESS: Askable = Askable {
    id: "stress",
    label: "Stress σ",
    units: units::STRESS,
    shown: 1,
};

/// The overpotential, as an exercise asks for it (`ask=overpotential`).
const ASK_OVERPOTENTIAL: Askable = Askable {
    id: "overpotential",
    label: "Overpotential Δφ",
    units: units::VOLTAGE,
    shown: 0,
};

/// The overpotential ↔ stress calculator.
#[component]
pub fn StressPage() -> impl IntoView {
    let link = read_link();
    let metals = metals();
    let mut metal_keys: Vec<&str> = metals.iter().map(|m| m.symbol.as_str()).collect();
    metal_keys.extend(["custom-vm", "custom-mrho"]);
    let ranges = link.kept_flag("ranges", false);
    let r = Signal::from(ranges);
    let direction = link.kept_choice("dir", &["to-stress", "to-overpotential"], "to-stress");
    let metal = link.kept_choice("metal", &metal_keys, "Na");
    let dphi = FieldState::new(&link, r, &FIELD_DPHI);
    let sigma = FieldState::new(&link, r, &FIELD_SIGMA);
    let vm = FieldState::new(&link, r, &FIELD_VM);
    let mm = FieldState::new(&link, r, &FIELD_M);
    let rho = FieldState::new(&link, r, &FIELD_RHO);
    // Each field is in the link while it is on the page.
    link.only_when(FIELD_DPHI.key, move || direction.get() == "to-stress");
    link.only_when(FIELD_SIGMA.key, move || direction.get() != "to-stress");
    link.only_when(FIELD_VM.key, move || metal.get() == "custom-vm");
    link.only_when(FIELD_M.key, move || metal.get() == "custom-mrho");
    link.only_when(FIELD_RHO.key, move || metal.get() == "custom-mrho");
    // An exercise (`ask`): the result the link's direction gives.
    let askable = if direction.get_untracked() == "to-stress" {
        ASK_STRESS
    } else {
        ASK_OVERPOTENTIAL
    };
    let exercise = read_exercise(&link, &[askable], ranges.get_untracked());
    if exercise.is_some() {
        keep_exercise_keys(&link);
    }
    keep_in_link(Route::Stress, link);

    let library = StoredValue::new(metals.clone());
    // The molar volume in use, as an interval (ranges apply to custom values).
    let vm_used = Memo::new(move |_| -> Result<Interval, String> {
        match metal.get().as_str() {
            "custom-vm" => vm.interval(),
            "custom-mrho" => {
                let (m, d) = (mm.interval()?, rho.interval()?);
                // Vm = M/ρ grows with M and falls with ρ.
                let lo = molar_volume(m.min, d.max).map_err(|e| e.to_string())?;
                let hi = molar_volume(m.max, d.min).map_err(|e| e.to_string())?;
                Interval::new(lo, hi).map_err(|e| e.to_string())
            }
            sym => library
                .with_value(|ms| {
                    ms.iter()
                        .find(|m| m.symbol == sym)
                        .map(|m| m.molar_volume.nominal)
                })
                .ok_or_else(|| "choose a metal".to_string())
                .and_then(|v| Interval::point(v).map_err(|e| e.to_string())),
        }
    });
    let stress: Signal<Outcome> = Signal::derive(move || {
        compute(&[dphi.interval(), vm_used.get()], |x| {
            stress_from_overpotential(x[0], x[1])
        })
    });
    let overpotential: Signal<Outcome> = Signal::derive(move || {
        compute(&[sigma.interval(), vm_used.get()], |x| {
            overpotential_from_stress(x[0], x[1])
        })
    });
    let vm_shown: Signal<Outcome> =
        Signal::derive(move || vm_used.get().map_err(|_| crate::compute::Missing::BadField));

    let chart = Signal::derive(move || {
        let mut lines: Vec<(String, f64)> = library.with_value(|ms| {
            ms.iter()
                .map(|m| (m.symbol.clone(), m.molar_volume.nominal))
                .collect()
        });
        let custom = metal.get().starts_with("custom");
        if custom {
            if let Ok(v) = vm_used.get() {
                lines.push(("your metal".into(), v.max));
            }
        }
        let point = if direction.get() == "to-stress" {
            match (dphi.interval(), stress.get()) {
                (Ok(d), Ok(s)) => Some((d.max * 1e3, s.max / 1e6)),
                _ => None,
            }
        } else {
            match (overpotential.get(), sigma.interval()) {
                (Ok(d), Ok(s)) => Some((d.max * 1e3, s.max / 1e6)),
                _ => None,
            }
        };
        let max_mv = point
            .map_or(200.0, |p: (f64, f64)| (p.0 * 1.25).max(200.0))
            .min(5000.0);
        Some(StressChart {
            metals: lines,
            max_mv,
            point,
        })
    });

    let metal_options: Vec<(String, String)> = metals
        .iter()
        .map(|m| {
            (
                m.symbol.clone(),
                format!(
                    "{} ({}), Vm = {} cm³/mol",
                    m.symbol,
                    m.name,
                    format_sig(m.molar_volume.nominal * 1e6, 3)
                ),
            )
        })
        .chain([
            ("custom-vm".to_string(), "Other metal: enter Vm".to_string()),
            (
                "custom-mrho".to_string(),
                "Other metal: enter M and ρ".to_string(),
            ),
        ])
        .collect();
    let is_to_stress = move || direction.get() == "to-stress";
    // The exercise's worked solution; its result is the answer.
    let sig = settings().sig;
    let solve = move || {
        let v = vm_used.get().ok().filter(|i| i.is_point())?.min;
        if is_to_stress() {
            stress_worked(dphi.value().ok()?, v, sig.get()).ok()
        } else {
            overpotential_worked(sigma.value().ok()?, v, sig.get()).ok()
        }
    };
    let asked = exercise;
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Overpotential ↔ stress under confinement"</h1>
            <p class="lead">"The largest stress that plating at an overpotential Δφ can build in a metal held by a rigid confinement, and the overpotential a stress needs."</p>
            {exercise.is_none().then(|| view! {
                <div class="toolbar">
                    <ChoiceField id="dir" label="Calculate" value=direction
                        options=vec![("to-stress".into(), "stress from overpotential".into()), ("to-overpotential".into(), "overpotential from stress".into())] />
                    <RangesToggle ranges=ranges />
                </div>
            })}
            <fieldset class="inputs given">
                {exercise.map(|e| view! { <GivenNote exercise=e /> })}
                <ChoiceField id="metal" label="Metal" value=metal options=metal_options />
                <Show when=move || metal.get() == "custom-vm">
                    <NumberField field=vm id="vm" />
                </Show>
                <Show when=move || metal.get() == "custom-mrho">
                    <NumberField field=mm id="m" />
                    <NumberField field=rho id="rho" />
                </Show>
                <Show when=is_to_stress fallback=move || view! { <NumberField field=sigma id="sigma" slider=(0.0, 2e9) /> }>
                    <NumberField field=dphi id="dphi" slider=(0.0, 0.5) />
                </Show>
            </fieldset>
            <div class="results">
                {asked.map(|e| view! { <ExerciseBox exercise=e solve=solve /> })}
                {asked.is_none().then(|| view! {
                    <Show when=is_to_stress fallback=move || view! {
                        <ResultValue label="Overpotential Δφ" unit="mV" to_si=1e-3 value=overpotential testid="overpotential" />
                    }>
                        <ResultValue label="Stress σ" unit="MPa" to_si=1e6 value=stress testid="stress" />
                    </Show>
                })}
                <ResultValue label="Molar volume used" unit="cm³/mol" to_si=1e-6 value=vm_shown testid="vm-used" />
            </div>
            <equations::StressEquations />
            // The plot would give the answer away.
            {exercise.is_none().then(|| view! { <Plot id="stress-plot" title="Stress against overpotential" chart=chart /> })}
        </section>
    }
}
