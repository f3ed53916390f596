//! Rod / pillar compression and tension from AFM data: one point, and a
//! pasted or opened curve analysed for modulus, yield and maximum by the
//! same pipeline as the test data page (`measured_curve`); an instrument's
//! export is sent to the test data page.

use crate::components::choice_field::ChoiceField;
use crate::components::exercise::{ExerciseBox, GivenNote};
use crate::components::number_field::{FieldState, NumberField};
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, Outcome};
use crate::exercise_link::{keep_exercise_keys, read_exercise, Askable};
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use crate::settings::settings;
use ecm_core::models::cantilever::{force_from_deflection, force_worked};
use ecm_core::models::uniaxial::{
    circle_area, engineering_strain, engineering_stress, rod_stress_worked, true_strain,
    true_stress_constant_volume, CrossSection,
};
use ecm_core::units;
use fields::*;
use leptos::prelude::*;
use measured_curve::{measured_curve, CurveInputs};

mod equations;
pub mod fields;
pub mod measured_curve;

/// The stress of one point, as an exercise asks for it (`ask=rod-stress`).
const ASK_ROD_STRESS: Askable = Askable {
    id: "rod-stress",
    label: "Stress σ",
    units: units::STRESS,
    shown: 1,
};

/// The force of one point, as an exercise asks for it (`ask=rod-force`).
const ASK_ROD_FORCE: Askable = Askable {
    id: "rod-force",
    label: "Force F",
    units: units::FORCE,
    shown: 1,
};

/// The link keys of the measured curve, not part of an exercise.
const CURVE_KEYS: [&str; 7] = ["columns", "xu", "yu", "window", "wlo", "whi", "offset"];

/// The rod / pillar test page.
#[component]
pub fn RodPage() -> impl IntoView {
    let link = read_link();
    let ranges = link.kept_flag("ranges", false);
    let r = Signal::from(ranges);
    let section = link.kept_choice("section", &["initial", "current", "contact"], "initial");
    let k = FieldState::new(&link, r, &FIELD_K);
    let dx = FieldState::new(&link, r, &FIELD_DX);
    let d0 = FieldState::new(&link, r, &FIELD_D0);
    let d = FieldState::new(&link, r, &FIELD_D);
    let dc = FieldState::new(&link, r, &FIELD_DC);
    let l0 = FieldState::new(&link, r, &FIELD_L0);
    let l = FieldState::new(&link, r, &FIELD_L);
    let curve = CurveInputs::new(&link);
    // An exercise (`ask`): the force or the stress of one point; the
    // lengths and the measured curve are not among the given values, nor,
    // for the force, the section.
    let exercise = read_exercise(
        &link,
        &[ASK_ROD_STRESS, ASK_ROD_FORCE],
        ranges.get_untracked(),
    );
    let asks_stress = exercise.is_some_and(|e| e.ask.id == ASK_ROD_STRESS.id);
    if exercise.is_some() {
        let mut unused = vec![FIELD_L0.key, FIELD_L.key];
        unused.extend(CURVE_KEYS);
        if !asks_stress {
            unused.extend(["section", FIELD_D0.key, FIELD_D.key, FIELD_DC.key]);
        }
        for key in unused {
            link.only_when(key, || false);
        }
        keep_exercise_keys(&link);
    }
    keep_in_link(Route::Rod, link);

    // Single point.
    let force: Signal<Outcome> = Signal::derive(move || {
        compute(&[k.interval(), dx.interval()], |x| {
            force_from_deflection(x[0], x[1])
        })
    });
    let stress: Signal<Outcome> = Signal::derive(move || {
        let sec = section.get();
        let dia = match sec.as_str() {
            "current" => d.interval(),
            "contact" => dc.interval(),
            _ => d0.interval(),
        };
        compute(&[k.interval(), dx.interval(), dia], |x| {
            let f = force_from_deflection(x[0], x[1])?;
            let cs = match sec.as_str() {
                "current" => CrossSection::CurrentDiameter(x[2]),
                "contact" => CrossSection::ContactArea(circle_area(x[2])?),
                _ => CrossSection::InitialDiameter(x[2]),
            };
            engineering_stress(f, cs)
        })
    });
    let eng: Signal<Outcome> = Signal::derive(move || {
        compute(&[l0.interval(), l.interval()], |x| {
            engineering_strain(x[0], x[1])
        })
    });
    let tru: Signal<Outcome> = Signal::derive(move || {
        compute(&[l0.interval(), l.interval()], |x| true_strain(x[0], x[1]))
    });
    let true_stress: Signal<Outcome> = Signal::derive(move || {
        compute(
            &[
                k.interval(),
                dx.interval(),
                d0.interval(),
                l0.interval(),
                l.interval(),
            ],
            |x| true_stress_constant_volume(force_from_deflection(x[0], x[1])?, x[2], x[3], x[4]),
        )
    });

    // The exercise's worked solution; its result is the answer.
    let sig = settings().sig;
    let solve = move || {
        let (kv, x) = (k.value().ok()?, dx.value().ok()?);
        if !asks_stress {
            return force_worked(kv, x, sig.get()).ok();
        }
        let on = match section.get().as_str() {
            "current" => CrossSection::CurrentDiameter(d.value().ok()?),
            "contact" => CrossSection::ContactArea(circle_area(dc.value().ok()?).ok()?),
            _ => CrossSection::InitialDiameter(d0.value().ok()?),
        };
        rod_stress_worked(kv, x, on, sig.get()).ok()
    };
    // With the page's defaults, the paper's numbers are an exercise's answer.
    let dc_hint = if exercise.is_none() {
        "The paper's 120 MPa contact stress implies about 195 nm."
    } else {
        "The contact area, as the diameter of a circle of that area."
    };
    let section_fields = move || {
        view! {
            <ChoiceField id="section" label="Stress on" value=section
                options=vec![
                    ("initial".into(), "initial diameter d0 (engineering)".into()),
                    ("current".into(), "current diameter d".into()),
                    ("contact".into(), "contact area (as a diameter)".into()),
                ] />
            <NumberField field=d0 id="d0" />
            <Show when=move || section.get() == "current"><NumberField field=d id="d" /></Show>
            <Show when=move || section.get() == "contact"><NumberField field=dc id="dc" hint=dc_hint /></Show>
        }
    };
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Rod and pillar tests"</h1>
            <p class="lead">"Compression or tension of a nanorod or nanopillar pushed by an AFM cantilever: force from its deflection, stress on the cross-section you choose, strains, and from a whole curve the modulus, yield and maximum."</p>
            {exercise.is_none().then(|| view! { <div class="toolbar"><RangesToggle ranges=ranges /></div> })}
            <h2>"One point"</h2>
            <fieldset class="inputs given">
                {exercise.map(|e| view! { <GivenNote exercise=e /> })}
                <NumberField field=k id="k" hint="The paper: 6 N/m in compression, 3 N/m in tension." />
                <NumberField field=dx id="dx" />
                {(exercise.is_none() || asks_stress).then(section_fields)}
                {exercise.is_none().then(|| view! {
                    <NumberField field=l0 id="l0" />
                    <NumberField field=l id="l" />
                })}
            </fieldset>
            <div class="results">
                {exercise.map(|e| view! { <ExerciseBox exercise=e solve=solve /> })}
                // The force and the stress give each other with the section,
                // and the true stress gives the force: an exercise shows none.
                {exercise.is_none().then(|| view! {
                    <ResultValue label="Force F = k·ΔX" unit="µN" to_si=1e-6 value=force testid="rod-force" />
                    <ResultValue label="Stress σ = F/A" unit="MPa" to_si=1e6 value=stress testid="rod-stress" />
                    <ResultValue label="Engineering strain |L − L0|/L0" unit="%" to_si=1e-2 value=eng testid="rod-eng-strain" />
                    <ResultValue label="True strain |ln(L/L0)|" unit="%" to_si=1e-2 value=tru testid="rod-true-strain" />
                    <ResultValue label="True stress F·L/(A0·L0)" unit="MPa" to_si=1e6 value=true_stress testid="rod-true-stress" />
                })}
            </div>
            <equations::RodEquations example=exercise.is_none() />
            {exercise.is_none().then(|| measured_curve(curve, k, l0, d0))}
        </section>
    }
}
