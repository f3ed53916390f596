//! Sphere (nanoparticle) compression between two plates: the plastic
//! contact-area models side by side with Hertz.

use crate::charts::sphere_chart::SphereChart;
use crate::components::choice_field::ChoiceField;
use crate::components::exercise::{ExerciseBox, GivenNote};
use crate::components::number_field::{FieldSpec, FieldState, NumberField};
use crate::components::plot::Plot;
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, point, Outcome};
use crate::exercise_link::{keep_exercise_keys, read_exercise, Askable};
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use crate::settings::settings;
use ecm_core::input_limits::{
    DIAMETER, FORCE, HEIGHT_CHANGE, POISSON_RATIO, YIELD_STRENGTH, YOUNGS_MODULUS,
};
use ecm_core::models::sphere_contact::{
    effective_modulus, hertz_first_yield, hertz_two_plates, sphere_stress, sphere_stress_worked,
    ModelChoice, PlasticModel,
};
use ecm_core::numbers::number_format::format_sig;
use ecm_core::units;
use leptos::prelude::*;

mod equations;

fn choice(key: &str) -> ModelChoice {
    match key {
        "auto-cap" => ModelChoice::Auto {
            small: PlasticModel::ExactCap,
        },
        "first" => ModelChoice::Fixed(PlasticModel::FirstOrder),
        "cap" => ModelChoice::Fixed(PlasticModel::ExactCap),
        "barrel" => ModelChoice::Fixed(PlasticModel::Barrel),
        _ => ModelChoice::Auto {
            small: PlasticModel::FirstOrder,
        },
    }
}

/// The model at the inputs (force, radius, δt): one out-of-line call, so the
/// page's several uses of it (over corners, over the box) share its code.
#[inline(never)]
fn stress_at(
    x: &[f64],
    c: ModelChoice,
) -> ecm_core::Result<ecm_core::models::sphere_contact::SphereStress> {
    match x {
        [f, r, dt, ..] => sphere_stress(*f, *r, *dt, c),
        _ => Err(ecm_core::Error::Inconsistent {
            message: "three inputs expected".into(),
        }),
    }
}

fn model_name(m: PlasticModel) -> &'static str {
    match m {
        PlasticModel::FirstOrder => "small deformation, first order (A = π r δt)",
        PlasticModel::ExactCap => "small deformation, exact cap",
        PlasticModel::Barrel => "large deformation, barrel",
    }
}

// The page's number fields: link key, label, default, units and valid range.
static FIELD_FORCE: FieldSpec = FieldSpec {
    key: "force",
    label: "Force F",
    default: "10",
    units: units::FORCE,
    unit: 1,
    limit: &FORCE,
};

static FIELD_D: FieldSpec = FieldSpec {
    key: "d",
    label: "Sphere diameter 2r",
    default: "600",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

static FIELD_DT: FieldSpec = FieldSpec {
    key: "dt",
    label: "Height change δt",
    default: "30",
    units: units::LENGTH,
    unit: 0,
    limit: &HEIGHT_CHANGE,
};

static FIELD_E: FieldSpec = FieldSpec {
    key: "e",
    label: "Young's modulus E (sphere)",
    default: "3.9",
    units: units::STRESS,
    unit: 2,
    limit: &YOUNGS_MODULUS,
};

static FIELD_NU: FieldSpec = FieldSpec {
    key: "nu",
    label: "Poisson's ratio ν (sphere)",
    default: "0.41",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &POISSON_RATIO,
};

static FIELD_E2: FieldSpec = FieldSpec {
    key: "e2",
    label: "Young's modulus E (plate)",
    default: "169",
    units: units::STRESS,
    unit: 2,
    limit: &YOUNGS_MODULUS,
};

static FIELD_NU2: FieldSpec = FieldSpec {
    key: "nu2",
    label: "Poisson's ratio ν (plate)",
    default: "0.22",
    units: units::DIMENSIONLESS,
    unit: 0,
    limit: &POISSON_RATIO,
};

static FIELD_Y: FieldSpec = FieldSpec {
    key: "y",
    label: "Yield strength (for first yield)",
    default: "100",
    units: units::STRESS,
    unit: 1,
    limit: &YIELD_STRENGTH,
};

/// The page's number fields, for the exercise builder's defaults and valid ranges.
pub static FIELDS: &[&FieldSpec] = &[&FIELD_FORCE, &FIELD_D, &FIELD_DT];

/// The plastic stress, as an exercise asks for it (`ask=sphere-stress`).
const ASK_SPHERE_STRESS: Askable = Askable {
    id: "sphere-stress",
    label: "Stress σ",
    units: units::STRESS,
    shown: 1,
};

/// The sphere compression calculator.
#[component]
pub fn SpherePage() -> impl IntoView {
    let link = read_link();
    let ranges = link.kept_flag("ranges", false);
    let r = Signal::from(ranges);
    let model = link.kept_choice(
        "model",
        &["auto", "auto-cap", "first", "cap", "barrel"],
        "auto",
    );
    let plate = link.kept_choice("plate", &["rigid", "elastic"], "rigid");
    let force = FieldState::new(&link, r, &FIELD_FORCE);
    let diameter = FieldState::new(&link, r, &FIELD_D);
    let dt = FieldState::new(&link, r, &FIELD_DT);
    let e = FieldState::new(&link, r, &FIELD_E);
    let nu = FieldState::new(&link, r, &FIELD_NU);
    let e2 = FieldState::new(&link, r, &FIELD_E2);
    let nu2 = FieldState::new(&link, r, &FIELD_NU2);
    let yield_s = FieldState::new(&link, r, &FIELD_Y);
    link.only_when(FIELD_E2.key, move || plate.get() == "elastic");
    link.only_when(FIELD_NU2.key, move || plate.get() == "elastic");
    // An exercise (`ask`): the plastic stress, from the force, the sphere
    // and δt with the model chosen; the elastic inputs are not among the
    // given values.
    let exercise = read_exercise(&link, &[ASK_SPHERE_STRESS], ranges.get_untracked());
    if exercise.is_some() {
        for key in [
            FIELD_E.key,
            FIELD_NU.key,
            FIELD_E2.key,
            FIELD_NU2.key,
            FIELD_Y.key,
            "plate",
        ] {
            link.only_when(key, || false);
        }
        keep_exercise_keys(&link);
    }
    keep_in_link(Route::Sphere, link);

    let radius = move || {
        diameter.interval().map(|i| ecm_core::ranges::Interval {
            min: i.min / 2.0,
            max: i.max / 2.0,
        })
    };
    // The models the automatic choice uses over the inputs' box: one, or
    // both sides of the 10 % switch when a range straddles it.
    let models_used = Memo::new(move |_| {
        let c = choice(&model.get());
        crate::compute::categories(&[force.interval(), radius(), dt.interval()], |x| {
            stress_at(x, c).map(|s| s.model)
        })
        .map(|found| found.into_iter().map(|f| f.category).collect::<Vec<_>>())
        .unwrap_or_default()
    });
    let stress: Signal<Outcome> = Signal::derive(move || {
        let c = choice(&model.get());
        let inputs = [force.interval(), radius(), dt.interval()];
        let used = models_used.get();
        if used.len() < 2 {
            return compute(&inputs, |x| stress_at(x, c).map(|s| s.stress));
        }
        // The switch makes the stress jump inside the box, so its corners
        // alone can miss the extremes: the range is the hull of each model's
        // range over the whole box (each model is monotone), which holds
        // every value the automatic choice takes.
        let mut hull: Option<ecm_core::ranges::Interval> = None;
        for m in used {
            let r = compute(&inputs, |x| {
                stress_at(x, ModelChoice::Fixed(m)).map(|s| s.stress)
            })?;
            hull = Some(match hull {
                None => r,
                Some(h) => ecm_core::ranges::Interval {
                    min: h.min.min(r.min),
                    max: h.max.max(r.max),
                },
            });
        }
        hull.ok_or(crate::compute::Missing::BadField)
    });
    // The single-value details (model used, warning) at the lower ends.
    let detail = Memo::new(move |_| {
        let (f, rr, d) = (
            force.value().ok()?,
            diameter.value().ok()? / 2.0,
            dt.value().ok()?,
        );
        sphere_stress(f, rr, d, choice(&model.get())).ok()
    });
    let model_line = move || {
        let used = models_used.get();
        if used.len() > 1 {
            let names: Vec<&str> = used.iter().map(|m| model_name(*m)).collect();
            return Some(format!(
                "Models used across the ranges: {} (δt/2r crosses the 10 % switch, so the stress range spans both).",
                names.join(" and ")
            ));
        }
        detail.get().map(|s| {
            format!(
                "Model used: {} (reconstruction). Contact radius {} nm, area {} µm².",
                model_name(s.model),
                format_sig(s.contact_radius * 1e9, 3),
                format_sig(s.area * 1e12, 3)
            )
        })
    };
    let ratio: Signal<Outcome> =
        Signal::derive(move || compute(&[dt.interval(), diameter.interval()], |x| Ok(x[0] / x[1])));
    let per_model = move |m: PlasticModel| -> Signal<Outcome> {
        Signal::derive(move || {
            compute(&[force.interval(), radius(), dt.interval()], |x| {
                stress_at(x, ModelChoice::Fixed(m)).map(|s| s.stress)
            })
        })
    };
    let e_star: Signal<Outcome> = Signal::derive(move || {
        if plate.get() == "elastic" {
            compute(
                &[e.interval(), nu.interval(), e2.interval(), nu2.interval()],
                |x| effective_modulus(x[0], x[1], Some((x[2], x[3]))),
            )
        } else {
            compute(&[e.interval(), nu.interval()], |x| {
                effective_modulus(x[0], x[1], None)
            })
        }
    });
    let e_star_value = move || e_star.get().ok().map(|i| i.min);
    let hertz = Memo::new(move |_| {
        let es = e_star_value()?;
        hertz_two_plates(es, diameter.value().ok()? / 2.0, dt.value().ok()?).ok()
    });
    let h_field =
        move |pick: fn(&ecm_core::models::sphere_contact::HertzContact) -> f64| -> Signal<Outcome> {
            Signal::derive(move || match (e_star.get(), radius(), dt.interval()) {
                (Ok(es), Ok(rr), Ok(d)) => compute(&[Ok(es), Ok(rr), Ok(d)], |x| {
                    hertz_two_plates(x[0], x[1], x[2]).map(|h| pick(&h))
                }),
                _ => Err(crate::compute::Missing::BadField),
            })
        };
    let first_yield: Signal<Outcome> = Signal::derive(move || {
        let (Some(es), Ok(rr), Ok(y)) = (e_star_value(), diameter.value(), yield_s.value()) else {
            return Err(crate::compute::Missing::BadField);
        };
        point(hertz_first_yield(es, rr / 2.0, y).map(|(d, _)| d))
    });
    let first_yield_force: Signal<Outcome> = Signal::derive(move || {
        let (Some(es), Ok(rr), Ok(y)) = (e_star_value(), diameter.value(), yield_s.value()) else {
            return Err(crate::compute::Missing::BadField);
        };
        point(hertz_first_yield(es, rr / 2.0, y).map(|(_, f)| f))
    });
    let chart = Signal::derive(move || {
        let (f, d) = (force.value().ok()?, diameter.value().ok()?);
        let point = detail
            .get()
            .map(|s| (s.relative_deformation * 100.0, s.stress / 1e6));
        Some(SphereChart {
            force: f,
            radius: d / 2.0,
            e_star: e_star_value(),
            point,
            ranged: ranges.get(),
        })
    });
    let hertz_note = move || {
        hertz.get().map(|h| {
            if h.valid {
                format!("Hertz is valid here: δt/2r = {} % (small-contact assumption holds to about 5 %).", format_sig(h.relative_approach * 100.0, 2))
            } else {
                format!("Warning: δt/2r = {} % is beyond Hertz's small-contact range (about 5 %); treat the elastic values as rough.", format_sig(h.relative_approach * 100.0, 2))
            }
        })
    };
    // The exercise's worked solution; its result is the answer.
    let sig = settings().sig;
    let solve = move || {
        let (f, d, h) = (
            force.value().ok()?,
            diameter.value().ok()?,
            dt.value().ok()?,
        );
        sphere_stress_worked(f, d / 2.0, h, choice(&model.get()), sig.get()).ok()
    };
    let model_field = move || {
        view! {
            <ChoiceField id="model" label="Plastic model" value=model
                options=vec![
                    ("auto".into(), "automatic: first order below δt/2r = 10 %, barrel from 10 %".into()),
                    ("auto-cap".into(), "automatic: exact cap below 10 %, barrel from 10 %".into()),
                    ("first".into(), "small deformation, first order (A = π r δt)".into()),
                    ("cap".into(), "small deformation, exact cap".into()),
                    ("barrel".into(), "large deformation, barrel".into()),
                ] />
        }
    };
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Sphere compression between two plates"</h1>
            <p class="lead">"The stress in a nanoparticle flattened between the AFM tip and the substrate: plastic contact-area models side by side with the elastic Hertz solution."</p>
            <p class="notice-reconstruction" role="note">
                <strong>"Reconstructed models. "</strong>
                "The paper's two plastic contact-area equations (after Mook et al., Phys. Rev. B 75, 214112, 2007) are missing from our copy of its text. The formulas here are reconstructions: a spherical cap cut by each plate for small deformation, a volume-conserving barrel for large deformation."
            </p>
            {exercise.is_none().then(|| view! {
                <div class="toolbar">
                    {model_field()}
                    <RangesToggle ranges=ranges />
                </div>
            })}
            <fieldset class="inputs given">
                {exercise.map(|e| view! {
                    <GivenNote exercise=e />
                    {model_field()}
                })}
                <NumberField field=force id="force" />
                <NumberField field=diameter id="d" />
                <NumberField field=dt id="dt" />
            </fieldset>
            <div class="results">
                {exercise.map(|e| view! { <ExerciseBox exercise=e solve=solve /> })}
                {exercise.is_none().then(|| view! {
                    <ResultValue label="Stress σ = F/A (chosen model)" unit="MPa" to_si=1e6 value=stress testid="sphere-stress" />
                })}
                <ResultValue label="Relative deformation δt/2r" unit="%" to_si=1e-2 value=ratio testid="sphere-ratio" />
            </div>
            // The contact area with the force, and every model's stress,
            // would give the answer away; so would the plot.
            {exercise.is_none().then(|| view! { <p class="hint" data-testid="sphere-model">{model_line}</p> })}
            <p class="warning" data-testid="sphere-warning" role="status">{move || detail.get().and_then(|s| s.warning).map(|w| format!("Warning: {w}."))}</p>
            {exercise.is_none().then(|| view! {
            <h2>"All models side by side"</h2>
            <div class="results">
                <ResultValue label="First order π r δt (< 10 %)" unit="MPa" to_si=1e6 value=per_model(PlasticModel::FirstOrder) testid="stress-first" />
                <ResultValue label="Exact cap (< 10 %)" unit="MPa" to_si=1e6 value=per_model(PlasticModel::ExactCap) testid="stress-cap" />
                <ResultValue label="Barrel (≥ 10 %)" unit="MPa" to_si=1e6 value=per_model(PlasticModel::Barrel) testid="stress-barrel" />
            </div>
            <h2>"Elastic (Hertz) at the same δt"</h2>
            <div class="inputs">
                <NumberField field=e id="e" />
                <NumberField field=nu id="nu" />
                <ChoiceField id="plate" label="Plates" value=plate
                    options=vec![("rigid".into(), "rigid".into()), ("elastic".into(), "elastic: enter E and ν".into())] />
                <Show when=move || plate.get() == "elastic">
                    <NumberField field=e2 id="e2" hint="Default: silicon (AFM cantilever)." />
                    <NumberField field=nu2 id="nu2" />
                </Show>
                <NumberField field=yield_s id="y" />
            </div>
            <div class="results">
                <ResultValue label="Effective modulus E*" unit="GPa" to_si=1e9 value=e_star testid="estar" />
                <ResultValue label="Hertz force at this δt" unit="µN" to_si=1e-6 value=h_field(|h| h.force) testid="hertz-force" />
                <ResultValue label="Contact radius a" unit="nm" to_si=1e-9 value=h_field(|h| h.contact_radius) testid="hertz-radius" />
                <ResultValue label="Mean contact pressure" unit="MPa" to_si=1e6 value=h_field(|h| h.mean_pressure) testid="hertz-mean" />
                <ResultValue label="Peak contact pressure" unit="MPa" to_si=1e6 value=h_field(|h| h.peak_pressure) testid="hertz-peak" />
                <ResultValue label="Approach at first yield" unit="nm" to_si=1e-9 value=first_yield testid="yield-approach" />
                <ResultValue label="Force at first yield" unit="µN" to_si=1e-6 value=first_yield_force testid="yield-force" />
            </div>
            <p class="hint" data-testid="hertz-validity">{hertz_note}</p>
            })}
            <equations::SphereEquations />
            {exercise.is_none().then(|| view! { <Plot id="sphere-plot" title="Stress against relative deformation for each model" chart=chart /> })}
        </section>
    }
}
