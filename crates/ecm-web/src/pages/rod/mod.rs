//! Rod / pillar compression and tension from AFM data: one point, and a
//! pasted or opened curve analysed for modulus, yield and maximum by the
//! same pipeline as the test data page (`measured_curve`); an instrument's
//! export is sent to the test data page.

use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldState, NumberField};
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, Outcome};
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use ecm_core::models::cantilever::force_from_deflection;
use ecm_core::models::uniaxial::{
    circle_area, engineering_strain, engineering_stress, true_strain, true_stress_constant_volume,
    CrossSection,
};
use fields::*;
use leptos::prelude::*;
use measured_curve::{measured_curve, CurveInputs};

mod equations;
pub mod fields;
pub mod measured_curve;

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

    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Rod and pillar tests"</h1>
            <p class="lead">"Compression or tension of a nanorod or nanopillar pushed by an AFM cantilever: force from its deflection, stress on the cross-section you choose, strains, and from a whole curve the modulus, yield and maximum."</p>
            <div class="toolbar"><RangesToggle ranges=ranges /></div>
            <h2>"One point"</h2>
            <div class="inputs">
                <NumberField field=k id="k" hint="The paper: 6 N/m in compression, 3 N/m in tension." />
                <NumberField field=dx id="dx" />
                <ChoiceField id="section" label="Stress on" value=section
                    options=vec![
                        ("initial".into(), "initial diameter d0 (engineering)".into()),
                        ("current".into(), "current diameter d".into()),
                        ("contact".into(), "contact area (as a diameter)".into()),
                    ] />
                <NumberField field=d0 id="d0" />
                <Show when=move || section.get() == "current"><NumberField field=d id="d" /></Show>
                <Show when=move || section.get() == "contact"><NumberField field=dc id="dc" hint="The paper's 120 MPa contact stress implies about 195 nm." /></Show>
                <NumberField field=l0 id="l0" />
                <NumberField field=l id="l" />
            </div>
            <div class="results">
                <ResultValue label="Force F = k·ΔX" unit="µN" to_si=1e-6 value=force testid="rod-force" />
                <ResultValue label="Stress σ = F/A" unit="MPa" to_si=1e6 value=stress testid="rod-stress" />
                <ResultValue label="Engineering strain |L − L0|/L0" unit="%" to_si=1e-2 value=eng testid="rod-eng-strain" />
                <ResultValue label="True strain |ln(L/L0)|" unit="%" to_si=1e-2 value=tru testid="rod-true-strain" />
                <ResultValue label="True stress F·L/(A0·L0)" unit="MPa" to_si=1e6 value=true_stress testid="rod-true-stress" />
            </div>
            <equations::RodEquations />
            {measured_curve(curve, k, l0, d0)}
        </section>
    }
}
