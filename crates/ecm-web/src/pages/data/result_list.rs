//! The results of one test, each with the window or rule it came from and a
//! stable test id (docs/test-data.md lists them).

use super::specimen_results::Entry;
use crate::settings::settings;
use ecm_core::measurement::pipeline::CurveResults;
use ecm_core::numbers::number_format::{format_clean, format_sig};
use leptos::prelude::*;

/// The analysis, or why there is none.
pub type Analysed = Option<Result<CurveResults, String>>;

/// A result of the pillar analysis: label, unit, its size in SI, test id,
/// the value (`None`: the reason that follows), and the reason.
type Row = (
    &'static str,
    &'static str,
    f64,
    &'static str,
    fn(&CurveResults) -> Option<f64>,
    &'static str,
);

/// What a specimen has and a stress–strain table does not (N, J, m²).
const SPECIMEN: &str = "specimen";

/// The pillar's results, in order.
const ROWS: [Row; 10] = [
    (
        "Young's modulus, loading",
        "GPa",
        1e9,
        "loading-modulus",
        |r| Some(r.loading.fit.slope),
        "",
    ),
    (
        "Young's modulus, unloading",
        "GPa",
        1e9,
        "unloading-modulus",
        |r| r.unloading.map(|u| u.1),
        "the curve has no unloading segment to fit",
    ),
    (
        "Offset yield stress",
        "MPa",
        1e6,
        "yield-stress",
        |r| r.loading.offset_yield.map(|y| y.1),
        "the curve does not cross the offset line",
    ),
    (
        "Maximum stress",
        "MPa",
        1e6,
        "max-stress",
        |r| Some(r.loading.max_stress),
        "",
    ),
    (
        "Strain at maximum stress",
        "%",
        1e-2,
        "strain-at-max",
        |r| Some(r.loading.strain_at_max),
        "",
    ),
    (
        "Strain rate, loading",
        "1/s",
        1.0,
        "strain-rate",
        |r| r.strain_rate,
        "map a time column for the strain rate",
    ),
    (
        "Work on the specimen, loading",
        "pJ",
        1e-12,
        "work",
        |r| Some(r.work),
        SPECIMEN,
    ),
    (
        "Hardening exponent n (σ = K·εⁿ)",
        "",
        1.0,
        "hardening-exponent",
        |r| r.hollomon.map(|h| h.n),
        "no plastic part beyond yield to fit",
    ),
    (
        "Strength coefficient K",
        "MPa",
        1e6,
        "hardening-k",
        |r| r.hollomon.map(|h| h.k),
        "no plastic part beyond yield to fit",
    ),
    (
        "Cross-section used",
        "µm²",
        1e-12,
        "cross-section",
        |r| Some(r.area),
        SPECIMEN,
    ),
];

/// The words for a quantity a stress–strain table does not have.
const NOT_IN_TABLE: &str = "the columns are stress and strain, not force and displacement";

/// The pillar's results as entries; `table` for a stress–strain table,
/// which has no force, displacement, work or section.
pub fn pillar_entries(results: &Analysed, table: bool) -> Vec<Entry> {
    ROWS.iter()
        .map(|&(label, unit, to_si, testid, value, why)| Entry {
            label,
            unit,
            to_si,
            testid,
            value: match results {
                Some(Ok(_)) if table && why == SPECIMEN => Err(NOT_IN_TABLE.into()),
                Some(Ok(r)) => value(r)
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| why.to_string()),
                Some(Err(e)) => Err(e.clone()),
                None => Err(String::new()),
            },
        })
        .collect()
}

/// The rules behind the pillar's results (the numbers are entries, see
/// [`pillar_entries`]).
#[component]
pub fn PillarRules(
    /// The analysis with the geometry.
    results: Signal<Analysed>,
    /// The unloading window, as fractions of the unloading force.
    unloading_window: Signal<Option<(f64, f64)>>,
) -> impl IntoView {
    let s = settings();
    let rule = move |f: fn(&CurveResults, usize) -> String| {
        move || match results.get() {
            Some(Ok(r)) => f(&r, s.sig.get()),
            _ => String::new(),
        }
    };
    view! {
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

/// The recorded maximum force and the displacement (or depth) at it as
/// entries: known for every test before any geometry is given; a
/// stress–strain table has neither. `small`: the force in nN (an AFM's).
pub fn maximum_entries(max_force: Option<(f64, f64)>, table: bool, small: bool) -> Vec<Entry> {
    let value = |v: Option<f64>| match (table, v) {
        (true, _) => Err(NOT_IN_TABLE.to_string()),
        (false, Some(v)) if v.is_finite() => Ok(v),
        _ => Err(String::new()),
    };
    vec![
        Entry {
            label: "Maximum force",
            unit: if small { "nN" } else { "µN" },
            to_si: if small { 1e-9 } else { 1e-6 },
            testid: "max-force",
            value: value(max_force.map(|m| m.0)),
        },
        Entry {
            label: "Displacement at maximum force",
            unit: "nm",
            to_si: 1e-9,
            testid: "max-force-displacement",
            value: value(max_force.map(|m| m.1)),
        },
    ]
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
