//! A batch of curves under the chosen specimen's model (sphere, AFM or
//! nanoindent): a row per file with its Young's modulus or the reason it has
//! none, their mean ± SD, and the table as CSV. The rows are the core's
//! (`ecm_core::measurement::batch::model_row`).

use super::batch_section::BatchFile;
use super::specimen_results::modulus_unit;
use crate::browser;
use crate::settings::settings;
use ecm_core::csv_cell::csv_cell;
use ecm_core::measurement::batch::{model_row, BatchSettings};
use ecm_core::measurement::specimen::{mean_sd, ModelSettings, Specimen};
use ecm_core::numbers::number_format::{format_data, format_sig};
use leptos::prelude::*;

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
    let rows = Memo::new(move |_| {
        let settings = batch.get();
        let model = model.get();
        files.with(|f| {
            f.iter()
                .enumerate()
                .map(|(i, (name, r))| {
                    let value = match &model {
                        Ok(Some(m)) => {
                            model_row(i, r.as_deref().map_err(String::as_str), &settings, m)
                        }
                        Ok(None) => Err(String::new()),
                        Err(e) => Err(e.clone()),
                    };
                    (name.clone(), value)
                })
                .collect::<Vec<_>>()
        })
    });
    let summary = Memo::new(move |_| {
        rows.with(|r| {
            let values: Vec<f64> = r
                .iter()
                .filter_map(|(_, v)| v.as_ref().ok().copied())
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
                    Ok(e) => (format_data(*e), String::new()),
                    Err(w) => (String::new(), w.clone()),
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
                    {move || {
                        let sig = s.sig.get();
                        let (_, to) = unit();
                        rows.get().into_iter().enumerate().map(|(i, (name, v))| {
                            let (e, why) = match v {
                                Ok(e) => (format_sig(e / to, sig), String::new()),
                                Err(w) => ("—".to_string(), w),
                            };
                            view! {
                                <tr data-testid=format!("model-batch-row-{}", i + 1)>
                                    <th scope="row">{name}</th><td>{e}</td><td class="problem">{why}</td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p data-testid="model-batch-summary">{summary_text}</p>
        <p class="row-actions"><button type="button" data-testid="model-batch-csv" on:click=export>"Table as CSV"</button></p>
    }
}
