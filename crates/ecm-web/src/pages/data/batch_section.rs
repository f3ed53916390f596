//! Many tests at once: a row per file (a file that fails keeps its row and
//! reason), each diameter editable, the table as CSV, and strength against
//! diameter on log axes with the power-law fit, over the paper's Table 1.

use crate::browser;
use crate::charts::strength_size_chart::StrengthSizeChart;
use crate::components::plot::Plot;
use crate::field_value::read_field;
use crate::settings::settings;
use ecm_core::import::Import;
use ecm_core::input_limits::DIAMETER;
use ecm_core::measurement::batch::{batch_csv, strength_size_fit, BatchRow, BatchSettings};
use ecm_core::numbers::number_format::format_sig;
use ecm_core::units;
use leptos::prelude::*;
use std::sync::Arc;

/// A file of the batch: its name and its import, or why it was not read.
pub type BatchFile = (String, Result<Arc<Import>, String>);

/// One file's row (the core's `batch_row`, which also holds the rule that a
/// file's own header values win over the page's corrections).
pub fn batch_row(
    index: usize,
    file: &BatchFile,
    diameter: Option<f64>,
    s: &BatchSettings,
) -> BatchRow {
    let import = file.1.as_deref().map_err(String::as_str);
    ecm_core::measurement::batch::batch_row(index, &file.0, import, diameter, s)
}

/// The batch table, its CSV and the strength–diameter plot.
#[component]
pub fn BatchSection(
    /// Every file opened.
    files: RwSignal<Vec<BatchFile>>,
    /// Typed diameters per file (nm; empty: the page's top diameter).
    diameters: RwSignal<Vec<String>>,
    /// What the files are analysed with.
    batch: Signal<BatchSettings>,
) -> impl IntoView {
    let s = settings();
    let nm = &units::LENGTH[0];
    let parsed = move |i: usize| -> Option<Result<f64, String>> {
        diameters.with(|d| {
            let t = d.get(i).map(|t| t.trim().to_string()).unwrap_or_default();
            (!t.is_empty())
                .then(|| read_field(&format!("Diameter of row {}", i + 1), &t, nm, &DIAMETER))
        })
    };
    let rows = Memo::new(move |_| {
        let settings = batch.get();
        files.with(|f| {
            f.iter()
                .enumerate()
                .map(|(i, file)| match parsed(i) {
                    Some(Err(e)) => BatchRow {
                        file: file.0.clone(),
                        diameter: 0.0,
                        outcome: Err(e),
                    },
                    other => batch_row(i, file, other.and_then(|r| r.ok()), &settings),
                })
                .collect::<Vec<_>>()
        })
    });
    let fit = Memo::new(move |_| rows.with(|r| strength_size_fit(r).ok()));
    let fit_text = move || {
        let sig = s.sig.get();
        let ok = rows.with(|r| r.iter().filter(|r| r.outcome.is_ok()).count());
        match fit.get() {
            Some(f) => {
                let se = |v: Option<f64>| v.map(|v| format!(" ± {}", format_sig(v, 2))).unwrap_or_default();
                format!(
                    "σmax = A·d⁻ᵐ over {} tests: m = {}{}, A = {}{} MPa·nmᵐ, R² = {}.",
                    f.points, format_sig(f.m, sig), se(f.m_standard_error), format_sig(f.a, sig), se(f.a_standard_error), format_sig(f.r_squared, sig.max(3))
                )
            }
            None => format!("The power law needs at least two tests of different diameters; {ok} analysed so far."),
        }
    };
    let chart: Memo<Option<StrengthSizeChart>> = Memo::new(move |_| {
        let tests: Vec<(String, f64, f64)> = rows.with(|r| {
            r.iter()
                .filter_map(|r| {
                    r.outcome
                        .as_ref()
                        .ok()
                        .map(|v| (r.file.clone(), r.diameter * 1e9, v.max_stress / 1e6))
                })
                .filter(|t| t.1 > 0.0 && t.2 > 0.0)
                .collect()
        });
        (!tests.is_empty()).then(|| StrengthSizeChart {
            table1: ecm_core::reference::paper_table::table1()
                .iter()
                .map(|r| (r.diameter * 1e9, r.strength / 1e6))
                .collect(),
            tests,
            fit: fit.get().map(|f| (f.a, f.m)),
        })
    });
    let chart_signal: Signal<Option<StrengthSizeChart>> = chart.into();
    let cell = move |v: Option<f64>, scale: f64| {
        v.map(|v| format_sig(v / scale, s.sig.get()))
            .unwrap_or_else(|| "—".into())
    };
    let body = move || {
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let typed = move || diameters.with(|d| d.get(i).cloned().unwrap_or_default());
                let (e, eu, y, m, corr, problem) = match &r.outcome {
                    Ok(v) => (cell(Some(v.modulus), 1e9), cell(v.unloading_modulus, 1e9), cell(v.yield_stress, 1e6), cell(Some(v.max_stress), 1e6), v.corrections.join("; "), String::new()),
                    Err(why) => ("—".into(), "—".into(), "—".into(), "—".into(), String::new(), why.clone()),
                };
                let placeholder = if r.diameter > 0.0 { format_sig(r.diameter * 1e9, 4) } else { String::new() };
                view! {
                    <tr data-testid=format!("batch-row-{}", i + 1) class:failed=r.outcome.is_err()>
                        <th scope="row">{r.file.clone()}</th>
                        <td><input type="text" inputmode="decimal" size="6" data-testid=format!("batch-d-{}", i + 1)
                            aria-label=format!("Diameter of {} in nm", r.file) placeholder=placeholder
                            prop:value=typed on:change=move |ev| {
                                let v = event_target_value(&ev);
                                diameters.update(|d| { if d.len() <= i { d.resize(i + 1, String::new()); } d[i] = v; });
                            } /></td>
                        <td>{e}</td><td>{eu}</td><td>{y}</td><td>{m}</td>
                        <td class="small">{corr}</td>
                        <td class="problem">{problem}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let export = move |_| {
        browser::download_text(
            "ecm-batch.csv",
            "text/csv",
            &rows.with_untracked(|r| batch_csv(r)),
        );
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Batch of tests"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
            <table class="batch-table" data-testid="batch-table">
                <caption>"One row per file, like the paper's Table 1. Type a diameter (nm) for each specimen; empty uses the top diameter above."</caption>
                <thead><tr>
                    <th scope="col">"File"</th><th scope="col">"Diameter (nm)"</th><th scope="col">"E loading (GPa)"</th>
                    <th scope="col">"E unloading (GPa)"</th><th scope="col">"0.2 % yield (MPa)"</th><th scope="col">"Max. stress (MPa)"</th>
                    <th scope="col">"Corrections"</th><th scope="col">"Problem"</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="row-actions"><button type="button" data-testid="batch-csv" on:click=export>"Table as CSV"</button></p>
        <p data-testid="batch-fit">{fit_text}</p>
        <Plot id="strength-plot" title="Maximum stress against diameter with the power-law fit, over the paper's Table 1" chart=chart_signal />
    }
}
