//! A batch of curves under the chosen specimen's model (sphere, AFM or
//! nanoindent): a row per file with its Young's modulus or the reason it has
//! none, their mean ± SD, and the table as CSV; the files are analysed a few
//! milliseconds' worth per task, with a progress bar and a cancel button.
//! The table's rows are made once per list of files and each fills in its
//! own cells, so a task redraws the rows it analysed, not the whole table.
//! The rows are the core's (`ecm_core::measurement::batch::model_row`).

use super::batch_section::BatchFile;
use super::specimen_results::modulus_unit;
use crate::browser;
use crate::settings::settings;
use ecm_core::csv_cell::csv_cell;
use ecm_core::measurement::batch::{model_row, BatchSettings};
use ecm_core::measurement::specimen::{mean_sd, ModelSettings, Specimen};
use ecm_core::numbers::number_format::{format_data, format_sig};
use leptos::leptos_dom::helpers::{set_interval_with_handle, IntervalHandle};
use leptos::prelude::*;
use std::time::Duration;

/// The work of one task (ms): files are analysed until it is spent (at least
/// one per task), so the page stays responsive and the progress bar moves,
/// in few enough tasks that a thousand small curves do not wait on the
/// browser's minimum delay between timer tasks.
const TASK_BUDGET_MS: f64 = 20.0;

/// The model's table of moduli.
#[component]
pub fn ModelBatch(
    /// Every file opened.
    files: RwSignal<Vec<BatchFile>>,
    /// The columns and corrections every file is read with.
    batch: Signal<BatchSettings>,
    /// The model and its settings (`None` for a pillar).
    model: Signal<Result<Option<ModelSettings>, String>>,
    /// The test chosen.
    specimen: Signal<Specimen>,
) -> impl IntoView {
    let s = settings();
    // The rows, computed a few files per task so that a folder of a thousand
    // curves never freezes the page: `None` until a file's turn comes.
    let rows = RwSignal::new(Vec::<(String, Option<Result<f64, String>>)>::new());
    let running = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = running.get_value() {
            h.clear();
        }
        running.set_value(None);
    };
    Effect::new(move |_| {
        let settings = batch.get();
        let model = model.get();
        let list = files.get();
        stop();
        rows.set(list.iter().map(|(n, _)| (n.clone(), None)).collect());
        let next = StoredValue::new(0usize);
        let step = move || {
            let start = next.get_value();
            let began = js_sys::Date::now();
            let mut values = Vec::new();
            while start + values.len() < list.len()
                && (values.is_empty() || js_sys::Date::now() - began < TASK_BUDGET_MS)
            {
                let i = start + values.len();
                let file = list[i].1.as_deref().map_err(String::as_str);
                values.push(match &model {
                    Ok(Some(m)) => model_row(i, file, &settings, m),
                    Ok(None) => Err(String::new()),
                    Err(e) => Err(e.clone()),
                });
            }
            let end = start + values.len();
            // One update per task: the rows' cells redraw once.
            rows.update(|r| {
                for (row, value) in r.iter_mut().skip(start).zip(values) {
                    row.1 = Some(value);
                }
            });
            next.set_value(end);
            if end >= list.len() {
                stop();
            }
        };
        running.set_value(set_interval_with_handle(step, Duration::ZERO).ok());
    });
    // A batch still running when its table goes (another test chosen) stops.
    on_cleanup(stop);
    let done = move || rows.with(|r| r.iter().filter(|x| x.1.is_some()).count());
    let total = move || rows.with(|r| r.len());
    let cancel = move |_| {
        stop();
        rows.update(|r| {
            for row in r.iter_mut().filter(|x| x.1.is_none()) {
                row.1 = Some(Err("cancelled".to_string()));
            }
        });
    };
    let summary = Memo::new(move |_| {
        rows.with(|r| {
            let values: Vec<f64> = r
                .iter()
                .filter_map(|(_, v)| v.as_ref().and_then(|v| v.as_ref().ok().copied()))
                .collect();
            mean_sd(&values)
        })
    });
    let unit = move || {
        summary
            .get()
            .map_or(("GPa", 1e9), |(m, _, _)| modulus_unit(m))
    };
    let summary_text = move || {
        let sig = s.sig.get();
        let (u, to) = unit();
        match summary.get() {
            Some((m, sd, n)) => format!(
                "E = {} ± {} {u} (mean ± SD of {n} files, {}).",
                format_sig(m / to, sig),
                format_sig(sd / to, 2),
                specimen.get().label()
            ),
            None => "No file analysed yet: each row says why.".to_string(),
        }
    };
    let export = move |_| {
        let mut csv = String::from("file,E (Pa),problem\n");
        rows.with_untracked(|r| {
            for (name, v) in r {
                let (e, why) = match v {
                    Some(Ok(e)) => (format_data(*e), String::new()),
                    Some(Err(w)) => (String::new(), w.clone()),
                    None => (String::new(), "not analysed yet".to_string()),
                };
                csv.push_str(&format!("{},{e},{}\n", csv_cell(name), csv_cell(&why)));
            }
        });
        browser::download_text("ecm-batch-moduli.csv", "text/csv", &csv);
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Batch of tests">
            <table class="batch-table" data-testid="model-batch-table">
                <caption>{move || format!("One row per file: the Young's modulus by the model chosen above ({}).", specimen.get().label())}</caption>
                <thead><tr>
                    <th scope="col">"File"</th>
                    <th scope="col">{move || format!("E ({})", unit().0)}</th>
                    <th scope="col">"Problem"</th>
                </tr></thead>
                <tbody>
                    // A row per file, made when the files change; its cells
                    // follow the row's outcome.
                    {move || files.with(|f| f.iter().enumerate().map(|(i, (name, _))| {
                        let cells = move || {
                            let (e, why) = match rows.with(|r| r.get(i).and_then(|x| x.1.clone())) {
                                Some(Ok(e)) => (format_sig(e / unit().1, s.sig.get()), String::new()),
                                Some(Err(w)) => ("—".to_string(), w),
                                None => ("…".to_string(), String::new()),
                            };
                            view! { <td>{e}</td><td class="problem">{why}</td> }
                        };
                        view! {
                            <tr data-testid=format!("model-batch-row-{}", i + 1)>
                                <th scope="row">{name.clone()}</th>{cells}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
        {move || (done() < total()).then(|| view! {
            <p class="row-actions" role="status">
                <progress data-testid="model-batch-progress" max=total() value=done()></progress>
                " " {format!("{} of {} files analysed", done(), total())} " "
                <button type="button" data-testid="model-batch-cancel" on:click=cancel>"Cancel"</button>
            </p>
        })}
        <p data-testid="model-batch-summary">{summary_text}</p>
        <p class="row-actions"><button type="button" data-testid="model-batch-csv" on:click=export>"Table as CSV"</button></p>
    }
}
