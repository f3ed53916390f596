//! Electrolyte fracture at a flaw (the paper's eq. 4 with Y explicit), chained
//! with the confinement stress: critical overpotential and flaw size, and the
//! failure map.

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
use ecm_core::input_limits::{
    FLAW_SIZE, FRACTURE_TOUGHNESS, GEOMETRY_FACTOR, MOLAR_VOLUME, POSITIVE_OVERPOTENTIAL,
};
use ecm_core::models::electrochemical_stress::stress_from_overpotential;
use ecm_core::models::fracture::{
    critical_flaw_size, critical_overpotential, critical_overpotential_worked, fracture_stress,
    fracture_stress_worked, fracture_verdict, Flaw, FlawGeometry, FractureVerdict, SizeConvention,
};
use ecm_core::numbers::number_format::{format_clean, format_sig};
use ecm_core::ranges::Interval;
use ecm_core::reference::materials::{electrolytes, metals};
use ecm_core::units;
use leptos::prelude::*;

mod equations;
mod failure_map;

fn geometry(key: &str, y: f64) -> FlawGeometry {
    match key {
        "edge" => FlawGeometry::EdgeCrack,
        "penny" => FlawGeometry::PennyCrack,
        "custom" => FlawGeometry::Custom(y),
        _ => FlawGeometry::ThroughCrack,
    }
}

fn convention(key: &str) -> SizeConvention {
    if key == "2a" {
        SizeConvention::SizeIs2A
    } else {
        SizeConvention::SizeIsA
    }
}

// The page's number fields: link key, label, default, units and valid range.
static FIELD_KIC: FieldSpec = FieldSpec {
    key: "kic",
    label: "Fracture toughness KIC",
    default: "1",
    units: units::TOUGHNESS,
    unit: 0,
    limit: &FRACTURE_TOUGHNESS,
};

static FIELD_FLAW: FieldSpec = FieldSpec {
    key: "flaw",
    label: "Flaw size",
    default: "5",
    units: units::LENGTH,
    unit: 1,
    limit: &FLAW_SIZE,
};

static FIELD_Y: FieldSpec = FieldSpec {
    key: "y",
    label: "Geometry factor Y",
    default: "1",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &GEOMETRY_FACTOR,
};

static FIELD_VM: FieldSpec = FieldSpec {
    key: "vm",
    label: "Molar volume Vm",
    default: "13",
    units: units::MOLAR_VOLUME,
    unit: 0,
    limit: &MOLAR_VOLUME,
};

static FIELD_DPHI: FieldSpec = FieldSpec {
    key: "dphi",
    label: "Overpotential Δφ",
    default: "100",
    units: units::VOLTAGE,
    unit: 0,
    limit: &POSITIVE_OVERPOTENTIAL,
};

/// The page's number fields, for the exercise builder's defaults and valid ranges.
pub static FIELDS: &[&FieldSpec] = &[&FIELD_KIC, &FIELD_FLAW, &FIELD_Y, &FIELD_VM, &FIELD_DPHI];

/// The fracture stress, as an exercise asks for it (`ask=fracture-stress`).
const ASK_FRACTURE_STRESS: Askable = Askable {
    id: "fracture-stress",
    label: "Fracture stress σf",
    units: units::STRESS,
    shown: 1,
};

/// The critical overpotential, as an exercise asks for it
/// (`ask=critical-overpotential`).
const ASK_CRITICAL_OVERPOTENTIAL: Askable = Askable {
    id: "critical-overpotential",
    label: "Critical overpotential Δφc",
    units: units::VOLTAGE,
    shown: 0,
};

/// The electrolyte fracture calculator.
#[component]
pub fn FracturePage() -> impl IntoView {
    let link = read_link();
    let lib = electrolytes();
    let metal_list = metals();
    let mut e_keys: Vec<&str> = lib.iter().map(|e| e.key.as_str()).collect();
    e_keys.push("custom");
    let mut m_keys: Vec<&str> = metal_list.iter().map(|m| m.symbol.as_str()).collect();
    m_keys.push("custom");
    let ranges = link.kept_flag("ranges", false);
    let r = Signal::from(ranges);
    let electrolyte = link.kept_choice("electrolyte", &e_keys, "LLZO");
    // A link that names an electrolyte but not its values gets the preset's.
    let preset = lib.iter().find(|e| e.key == electrolyte.get_untracked());
    // No made-up toughness: an electrolyte without a measured KIC leaves the
    // field empty, and the results that need it show "—" until one is typed.
    let kic_default = match preset {
        Some(e) => e
            .fracture_toughness
            .as_ref()
            .map_or_else(String::new, |k| format_clean(k.nominal / 1e6, 6)),
        None => FIELD_KIC.default.to_string(),
    };
    let flaw_default = preset.and_then(|e| e.typical_flaw.as_ref()).map_or_else(
        || FIELD_FLAW.default.to_string(),
        |f| format_clean(f.nominal / 1e-6, 6),
    );
    let ion_default = preset.map_or_else(|| "Li".to_string(), |e| e.ion.clone());
    let metal = link.kept_choice("metal", &m_keys, &ion_default);
    let geom = link.kept_choice(
        "geometry",
        &["through", "edge", "penny", "custom"],
        "through",
    );
    let conv = link.kept_choice("size_is", &["a", "2a"], "a");
    let kic = FieldState::with_default(&link, r, &FIELD_KIC, &kic_default);
    let flaw = FieldState::with_default(&link, r, &FIELD_FLAW, &flaw_default);
    let y = FieldState::new(&link, r, &FIELD_Y);
    let vm = FieldState::new(&link, r, &FIELD_VM);
    let dphi = FieldState::new(&link, r, &FIELD_DPHI);
    link.only_when(FIELD_Y.key, move || geom.get() == "custom");
    link.only_when(FIELD_VM.key, move || metal.get() == "custom");
    // An exercise (`ask`): σf or Δφc, neither of which needs Δφ, and σf
    // not the metal either: those are not among the given values.
    let exercise = read_exercise(
        &link,
        &[ASK_FRACTURE_STRESS, ASK_CRITICAL_OVERPOTENTIAL],
        ranges.get_untracked(),
    );
    let needs_metal = exercise.is_none_or(|e| e.ask.id == ASK_CRITICAL_OVERPOTENTIAL.id);
    if exercise.is_some() {
        link.only_when(FIELD_DPHI.key, || false);
        if !needs_metal {
            link.only_when("metal", || false);
            link.only_when(FIELD_VM.key, || false);
        }
        keep_exercise_keys(&link);
    }
    keep_in_link(Route::Fracture, link);

    let library = StoredValue::new(lib.clone());
    let metal_lib = StoredValue::new(metal_list.clone());
    // Picking an electrolyte loads its toughness, typical flaw and ion.
    let pick_electrolyte = Callback::new(move |key: String| {
        if let Some(e) = library.with_value(|l| l.iter().find(|e| e.key == key).cloned()) {
            match e.fracture_toughness {
                Some(k) => kic.set_si(k.nominal),
                None => {
                    kic.text.set(String::new());
                    kic.text_max.set(String::new());
                }
            }
            if let Some(f) = e.typical_flaw {
                flaw.set_si(f.nominal);
            }
            metal.set(e.ion.clone());
        }
    });
    let vm_used = Memo::new(move |_| -> Result<Interval, String> {
        match metal.get().as_str() {
            "custom" => vm.interval(),
            sym => metal_lib
                .with_value(|ms| {
                    ms.iter()
                        .find(|m| m.symbol == sym)
                        .map(|m| m.molar_volume.nominal)
                })
                .ok_or_else(|| "choose a metal".to_string())
                .and_then(|v| Interval::point(v).map_err(|e| e.to_string())),
        }
    });
    let y_in = move || {
        if geom.get() == "custom" {
            y.interval()
        } else {
            Interval::point(1.0).map_err(|e| e.to_string())
        }
    };
    let sf: Signal<Outcome> = Signal::derive(move || {
        let (g, c) = (geom.get(), convention(&conv.get()));
        compute(&[kic.interval(), flaw.interval(), y_in()], |x| {
            fracture_stress(
                x[0],
                Flaw {
                    size: x[1],
                    geometry: geometry(&g, x[2]),
                    convention: c,
                },
            )
        })
    });
    let dphi_c: Signal<Outcome> = Signal::derive(move || {
        let (g, c) = (geom.get(), convention(&conv.get()));
        compute(
            &[kic.interval(), flaw.interval(), y_in(), vm_used.get()],
            |x| {
                critical_overpotential(
                    x[0],
                    Flaw {
                        size: x[1],
                        geometry: geometry(&g, x[2]),
                        convention: c,
                    },
                    x[3],
                )
            },
        )
    });
    let a_c: Signal<Outcome> = Signal::derive(move || {
        let (g, c) = (geom.get(), convention(&conv.get()));
        compute(
            &[kic.interval(), dphi.interval(), y_in(), vm_used.get()],
            |x| critical_flaw_size(x[0], x[1], x[3], geometry(&g, x[2]), c),
        )
    });
    let sigma_applied: Signal<Outcome> = Signal::derive(move || {
        compute(&[dphi.interval(), vm_used.get()], |x| {
            stress_from_overpotential(x[0], x[1])
        })
    });
    let verdict_state = move || match (dphi_c.get(), dphi.interval()) {
        (Ok(c), Ok(d)) => Some((fracture_verdict(d, c), c)),
        _ => None,
    };
    let verdict = move || match verdict_state() {
        None => ("—".to_string(), "unknown"),
        Some((FractureVerdict::Fractures, c)) => (
            format!(
                "Fractures: Δφ exceeds the critical {} mV, so the confined stress exceeds σf.",
                format_sig(c.max * 1e3, 3)
            ),
            "fractures",
        ),
        Some((FractureVerdict::Safe, c)) => (
            format!(
                "Safe: Δφ stays below the critical {} mV.",
                format_sig(c.min * 1e3, 3)
            ),
            "safe",
        ),
        Some((FractureVerdict::Uncertain, _)) => (
            "Uncertain: the ranges straddle the fracture boundary.".to_string(),
            "uncertain",
        ),
    };
    let chart = Signal::derive(move || {
        let (Ok(k), Ok(v), Ok(yv), Ok(size), Ok(d), Some((verdict, _))) = (
            kic.interval(),
            vm_used.get(),
            y_in(),
            flaw.interval(),
            dphi.interval(),
            verdict_state(),
        ) else {
            return None;
        };
        let label = format!(
            "{} with {}",
            library
                .with_value(|l| l
                    .iter()
                    .find(|e| e.key == electrolyte.get())
                    .map(|e| e.key.clone()))
                .unwrap_or_else(|| "your electrolyte".into()),
            if metal.get() == "custom" {
                "your metal".to_string()
            } else {
                metal.get()
            }
        );
        failure_map::map_chart(
            label,
            failure_map::MapInputs {
                kic: k,
                molar_volume: v,
                y: yv,
                geometry: &geom.get(),
                convention: convention(&conv.get()),
                flaw: size,
                dphi: d,
            },
            verdict,
        )
    });

    let e_options: Vec<(String, String)> = lib
        .iter()
        .map(|e| {
            let k = e
                .fracture_toughness
                .as_ref()
                .map(|k| format!("KIC ≈ {} MPa·√m", format_sig(k.nominal / 1e6, 2)))
                .unwrap_or_else(|| "KIC not established".into());
            (e.key.clone(), format!("{} ({}; {})", e.name, e.ion, k))
        })
        .chain([("custom".to_string(), "Other: enter KIC".to_string())])
        .collect();
    let m_options: Vec<(String, String)> = metal_list
        .iter()
        .map(|m| {
            (
                m.symbol.clone(),
                format!(
                    "{} (Vm = {} cm³/mol)",
                    m.symbol,
                    format_sig(m.molar_volume.nominal * 1e6, 3)
                ),
            )
        })
        .chain([("custom".to_string(), "Other: enter Vm".to_string())])
        .collect();
    let source = move || {
        library
            .with_value(|l| {
                l.iter().find(|e| e.key == electrolyte.get()).map(|e| {
                    let k = e.fracture_toughness.as_ref().map(|k| {
                        format!(
                            "KIC {}–{} MPa·√m ({})",
                            format_sig(k.min / 1e6, 2),
                            format_sig(k.max / 1e6, 2),
                            k.source
                        )
                    });
                    let details: Vec<&str> = [k.as_deref(), Some(e.note.as_str())]
                        .into_iter()
                        .flatten()
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                        .collect();
                    if details.is_empty() {
                        format!("{}.", e.name)
                    } else {
                        format!("{}: {}.", e.name, details.join("; "))
                    }
                })
            })
            .unwrap_or_else(|| {
                "Your own electrolyte: enter its fracture toughness KIC and the metal.".to_string()
            })
    };
    let kic_hint = move || {
        library.with_value(|l| match l.iter().find(|e| e.key == electrolyte.get()) {
            Some(e) if e.fracture_toughness.is_none() => format!(
                "The fracture toughness of {} has not been measured: enter a value to compute.",
                e.name
            ),
            // A given value of an exercise is not to be edited, and need
            // not be the preset (a teacher's variant may set another).
            Some(_) if exercise.is_some_and(|x| !x.edit) => "Given for this exercise.".to_string(),
            Some(e) => {
                let preset = e.fracture_toughness.as_ref().map(|p| p.nominal);
                let same = |v: f64| preset.is_some_and(|p| (v - p).abs() <= 1e-9 * p.abs());
                if kic.value().is_ok_and(same) {
                    "Preset from the electrolyte; edit freely.".to_string()
                } else {
                    "Not the electrolyte's preset: choose the electrolyte again to restore it."
                        .to_string()
                }
            }
            None => "Your electrolyte's fracture toughness.".to_string(),
        })
    };
    // The exercise's worked solution; its result is the answer.
    let sig = settings().sig;
    let solve = move || {
        let at = Flaw {
            size: flaw.value().ok()?,
            geometry: geometry(&geom.get(), y_in().ok().filter(|i| i.is_point())?.min),
            convention: convention(&conv.get()),
        };
        let k = kic.value().ok()?;
        match exercise?.ask.id {
            "fracture-stress" => fracture_stress_worked(k, at, sig.get()).ok(),
            _ => {
                let v = vm_used.get().ok().filter(|i| i.is_point())?.min;
                critical_overpotential_worked(k, at, v, sig.get()).ok()
            }
        }
    };
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Electrolyte fracture at a flaw"</h1>
            <p class="lead">"When does the stress of a confined metal deposit crack a solid electrolyte at a pore or crack? Fracture stress, the overpotential that reaches it, and the flaw size that fails at a given overpotential."</p>
            {exercise.is_none().then(|| view! { <div class="toolbar"><RangesToggle ranges=ranges /></div> })}
            <fieldset class="inputs given">
                {exercise.map(|e| view! { <GivenNote exercise=e /> })}
                <ChoiceField id="electrolyte" label="Electrolyte" value=electrolyte options=e_options on_pick=pick_electrolyte />
                <NumberField field=kic id="kic" hint=kic_hint />
                <NumberField field=flaw id="flaw" />
                <ChoiceField id="size_is" label="The flaw size is" value=conv
                    options=vec![("a".into(), "a: crack half-length, depth or radius (paper)".into()), ("2a".into(), "2a: full length or pore diameter".into())] />
                <ChoiceField id="geometry" label="Flaw shape (geometry factor Y)" value=geom
                    options=vec![
                        ("through".into(), "internal through crack, Y = 1 (paper)".into()),
                        ("edge".into(), "edge crack, Y = 1.12".into()),
                        ("penny".into(), "embedded penny crack, Y = 2/π".into()),
                        ("custom".into(), "other: enter Y".into()),
                    ] />
                <Show when=move || geom.get() == "custom"><NumberField field=y id="y" /></Show>
                {needs_metal.then(|| view! {
                    <ChoiceField id="metal" label="Metal" value=metal options=m_options />
                    <Show when=move || metal.get() == "custom"><NumberField field=vm id="vm" /></Show>
                })}
                {exercise.is_none().then(|| view! { <NumberField field=dphi id="dphi" slider=(0.001, 0.5) /> })}
            </fieldset>
            <p class="hint" data-testid="electrolyte-source">{source}</p>
            <div class="results">
                {exercise.map(|e| view! { <ExerciseBox exercise=e solve=solve /> })}
                // σf and Δφc give each other (Δφc = σf·Vm/F), and the
                // critical flaw with the confined stress give σf: an exercise
                // shows none of them, nor the verdict and the map.
                {exercise.is_none().then(|| view! {
                    <ResultValue label="Fracture stress σf" unit="MPa" to_si=1e6 value=sf testid="fracture-stress" />
                    <ResultValue label="Critical overpotential Δφc for this flaw" unit="mV" to_si=1e-3 value=dphi_c testid="critical-overpotential" />
                    <ResultValue label="Critical flaw size at this Δφ" unit="µm" to_si=1e-6 value=a_c testid="critical-flaw" />
                    <ResultValue label="Confined stress at this Δφ" unit="MPa" to_si=1e6 value=sigma_applied testid="applied-stress" />
                })}
            </div>
            {exercise.is_none().then(|| view! {
                <p class="verdict" data-testid="verdict" data-state=move || verdict().1 role="status">{move || verdict().0}</p>
            })}
            <equations::FractureEquations />
            {exercise.is_none().then(|| view! { <Plot id="failure-map" title="Failure map: flaw size against overpotential" chart=chart /> })}
        </section>
    }
}
