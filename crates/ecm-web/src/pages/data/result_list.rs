//! The results of one test, each with the window or rule it came from and a
//! stable test id (docs/test-data.md lists them).

use crate::components::result_value::ResultValue;
use crate::compute::{point, Missing, Outcome};
use crate::settings::settings;
use ecm_core::measurement::pipeline::{CurveKind, CurveResults};
use ecm_core::numbers::number_format::{format_clean, format_sig};
use leptos::prelude::*;

/// The analysis, or why there is none.
pub type Analysed = Option<Result<CurveResults, String>>;

/// The results list.
#[component]
pub fn ResultList(
    /// The analysis with the geometry.
    results: Signal<Analysed>,
    /// The unloading window, as fractions of the unloading force.
    unloading_window: Signal<Option<(f64, f64)>>,
    /// Force and displacement, or a stress–strain table (which has no
    /// force, displacement, work or section).
    kind: Signal<CurveKind>,
) -> impl IntoView {
    let s = settings();
    let table = move || kind.get().is_stress_strain();
    let not_in_table =
        || Missing::Model("the columns are stress and strain, not force and displacement".into());
    let pick = move |f: fn(&CurveResults) -> Option<f64>, why: &'static str| -> Signal<Outcome> {
        Signal::derive(move || match results.get() {
            // Quantities of a specimen (N, J, m²) a stress–strain table lacks.
            Some(Ok(_)) if table() && why == SPECIMEN => Err(not_in_table()),
            Some(Ok(r)) => match f(&r) {
                Some(v) => point(Ok(v)),
                None => Err(Missing::Model(why.into())),
            },
            Some(Err(e)) => Err(Missing::Model(e)),
            None => Err(Missing::BadField),
        })
    };
    let none = "";
    const SPECIMEN: &str = "specimen";
    let rule = move |f: fn(&CurveResults, usize) -> String| {
        move || match results.get() {
            Some(Ok(r)) => f(&r, s.sig.get()),
            _ => String::new(),
        }
    };
    view! {
        <div class="results">
            <ResultValue label="Young's modulus, loading" unit="GPa" to_si=1e9 value=pick(|r| Some(r.loading.fit.slope), none) testid="loading-modulus" />
            <ResultValue label="Young's modulus, unloading" unit="GPa" to_si=1e9 value=pick(|r| r.unloading.map(|u| u.1), "the curve has no unloading segment to fit") testid="unloading-modulus" />
            <ResultValue label="Offset yield stress" unit="MPa" to_si=1e6 value=pick(|r| r.loading.offset_yield.map(|y| y.1), "the curve does not cross the offset line") testid="yield-stress" />
            <ResultValue label="Maximum stress" unit="MPa" to_si=1e6 value=pick(|r| Some(r.loading.max_stress), none) testid="max-stress" />
            <ResultValue label="Strain at maximum stress" unit="%" to_si=1e-2 value=pick(|r| Some(r.loading.strain_at_max), none) testid="strain-at-max" />
            <ResultValue label="Strain rate, loading" unit="1/s" to_si=1.0 value=pick(|r| r.strain_rate, "map a time column for the strain rate") testid="strain-rate" />
            <ResultValue label="Work on the specimen, loading" unit="pJ" to_si=1e-12 value=pick(|r| Some(r.work), SPECIMEN) testid="work" />
            <ResultValue label="Hardening exponent n (σ = K·εⁿ)" unit="" to_si=1.0 value=pick(|r| r.hollomon.map(|h| h.n), "no plastic part beyond yield to fit") testid="hardening-exponent" />
            <ResultValue label="Strength coefficient K" unit="MPa" to_si=1e6 value=pick(|r| r.hollomon.map(|h| h.k), "no plastic part beyond yield to fit") testid="hardening-k" />
            <ResultValue label="Cross-section used" unit="µm²" to_si=1e-12 value=pick(|r| Some(r.area), SPECIMEN) testid="cross-section" />
        </div>
        <ul class="rules" data-testid="result-rules">
            <li data-testid="loading-window">{rule(|r, sig| format!(
                "Loading modulus: {} window from {} % to {} % strain, {} points, R² = {}.",
                if r.loading.automatic_window { "automatic (steepest straight part)" } else { "chosen" },
                format_sig(r.loading.fit.strain_min * 100.0, sig), format_sig(r.loading.fit.strain_max * 100.0, sig),
                r.loading.fit.points, format_sig(r.loading.fit.r_squared, 5)))}</li>
            <li data-testid="unloading-window">{move || match (results.get(), unloading_window.get()) {
                (Some(Ok(CurveResults { unloading: Some((fit, _)), .. })), Some((lo, hi))) => format!(
                    "Unloading modulus: E = S·L0/A with the stiffness S = {} N/m fitted from {} % to {} % of the unloading force, {} points, R² = {}.",
                    format_sig(fit.stiffness, s.sig.get()), format_clean(lo * 100.0, 3), format_clean(hi * 100.0, 3), fit.points, format_sig(fit.r_squared, 5)),
                (Some(Ok(_)), _) => "Unloading modulus: no unloading segment.".into(),
                _ => String::new(),
            }}</li>
            <li data-testid="yield-rule">{rule(|r, sig| format!("Yield: where the curve crosses the modulus line shifted by {} % strain.", format_sig(r.loading.offset * 100.0, sig)))}</li>
            <li data-testid="hardening-rule">{rule(|r, sig| match r.hollomon {
                Some(h) => format!("Hardening: Hollomon fit on true stress–strain beyond yield, {} points, R² = {}.", h.points, format_sig(h.r_squared, sig.max(3))),
                None => "Hardening: no fit (no plastic part).".into(),
            })}</li>
        </ul>
    }
}

/// The recorded maximum force and the displacement (or depth) at it: shown
/// for every test, before any geometry is given.
#[component]
pub fn RecordedMaximum(
    /// Maximum force (N) and displacement at it (m).
    max_force: Signal<Option<(f64, f64)>>,
    /// A stress–strain table, which has neither.
    kind: Signal<CurveKind>,
) -> impl IntoView {
    let from_max = move |i: usize| -> Signal<Outcome> {
        Signal::derive(move || match max_force.get() {
            _ if kind.get().is_stress_strain() => Err(Missing::Model(
                "the columns are stress and strain, not force and displacement".into(),
            )),
            Some(m) => point(Ok(if i == 0 { m.0 } else { m.1 })),
            None => Err(Missing::BadField),
        })
    };
    view! {
        <div class="results">
            <ResultValue label="Maximum force" unit="µN" to_si=1e-6 value=from_max(0) testid="max-force" />
            <ResultValue label="Displacement at maximum force" unit="nm" to_si=1e-9 value=from_max(1) testid="max-force-displacement" />
        </div>
    }
}

/// The corrections applied, in order, and what the user should check.
#[component]
pub fn StepsAndWarnings(
    /// The corrections applied, in order.
    steps: Signal<Vec<String>>,
    /// What the user should check.
    warnings: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="steps">
            <h3>"Corrections applied"</h3>
            <ol data-testid="corrections-used">
                {move || {
                    let list = steps.get();
                    if list.is_empty() {
                        view! { <li>"none: the columns as read"</li> }.into_any()
                    } else {
                        list.into_iter().map(|s| view! { <li>{s}</li> }).collect_view().into_any()
                    }
                }}
            </ol>
        </div>
        <div role="status">
            <ul class="warnings" data-testid="analysis-warnings">
                {move || warnings.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        </div>
    }
}
