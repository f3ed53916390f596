//! The rod page's measured curve: two pasted or opened columns (strain and
//! stress, δL and force, or δL and deflection), read as the test data page
//! reads a table (`ecm_core::import::load_table`: any separator, decimal
//! commas, UTF-8 or Latin-1) and analysed by the same pipeline
//! (`ecm_core::measurement::pipeline`), so the same paste gives the same
//! numbers on both pages. An instrument's export is sent to the test data
//! page instead.

use super::fields::{FIELD_OFFSET, FIELD_WHI, FIELD_WLO};
use crate::charts::stress_strain_chart::StressStrainChart;
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldState, NumberField};
use crate::components::plot::Plot;
use crate::components::result_value::ResultValue;
use crate::compute::{point, Missing, Outcome};
use crate::link_state::PageLink;
use crate::series_text;
use ecm_core::import::column_header::{check_unit, Dimension};
use ecm_core::import::text_decoding::decode_text;
use ecm_core::import::{load_table, PlainTable};
use ecm_core::measurement::loading_analysis::Analysis;
use ecm_core::measurement::pipeline::{
    analyse_loading, read_curve, Corrections, Geometry, Loading, LoadingMode, Mapping, Source,
    Windows,
};
use ecm_core::measurement::taper::TaperArea;
use ecm_core::numbers::decimal_writer::fixed;
use ecm_core::numbers::number_format::format_sig;
use ecm_core::units::{self, Unit};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A synthetic compression curve for trying the analysis: elastic at 2 GPa to
/// 30 MPa, then hardening at 200 MPa per unit strain, with small deterministic
/// noise. Columns: strain (%), stress (MPa).
pub fn example_series() -> String {
    let mut out = String::from("strain_%\tstress_MPa\n");
    for i in 0..=120 {
        let e = i as f64 * 0.1 / 100.0;
        let s = if e <= 0.015 {
            2e9 * e
        } else {
            30e6 + 2e8 * (e - 0.015)
        };
        // Pseudo-random noise of ±0.15 MPa (not linear in i).
        let noise = ((i * i * 7919 + 17) % 97) as f64 / 97.0 - 0.5;
        out.push_str(&format!(
            "{}\t{}\n",
            fixed(e * 100.0, 2),
            fixed(s / 1e6 + noise * 0.3, 3)
        ));
    }
    out
}

/// One of the two columns: its units, its caption, and what it measures
/// (for checking a header's unit).
struct ColumnKind {
    units: &'static [Unit],
    label: &'static str,
    dimension: Dimension,
}

/// What the two columns are in each mode.
fn columns(mode: &str) -> [ColumnKind; 2] {
    let column = |units, label, dimension| ColumnKind {
        units,
        label,
        dimension,
    };
    let length_change = column(
        units::LENGTH,
        "Column 1: length change δL",
        Dimension::Length,
    );
    match mode {
        "disp-force" => [
            length_change,
            column(units::FORCE, "Column 2: force F", Dimension::Force),
        ],
        "disp-deflection" => [
            length_change,
            column(
                units::LENGTH,
                "Column 2: cantilever deflection ΔX",
                Dimension::Length,
            ),
        ],
        _ => [
            column(units::RATIO, "Column 1: strain ε", Dimension::Strain),
            column(units::STRESS, "Column 2: stress σ", Dimension::Stress),
        ],
    }
}

/// The measured curve's settings, each registered with the page's link.
#[derive(Clone, Copy)]
pub struct CurveInputs {
    mode: RwSignal<String>,
    x_unit: RwSignal<String>,
    y_unit: RwSignal<String>,
    window: RwSignal<String>,
    w_lo: FieldState,
    w_hi: FieldState,
    offset: FieldState,
}

impl CurveInputs {
    /// Reads them from the page's link and keeps them in it (the data
    /// itself is too large for a link).
    pub fn new(link: &PageLink) -> Self {
        let never = Signal::from(RwSignal::new(false));
        let mode = link.kept_choice(
            "columns",
            &["strain-stress", "disp-force", "disp-deflection"],
            "strain-stress",
        );
        let x_unit = link.kept_choice("xu", &["%", "1", "nm", "µm", "mm", "m", "um"], "%");
        let y_unit = link.kept_choice(
            "yu",
            &[
                "kPa", "MPa", "GPa", "Pa", "nN", "µN", "mN", "N", "uN", "nm", "µm", "mm", "m", "um",
            ],
            "MPa",
        );
        let window = link.kept_choice("window", &["auto", "manual"], "auto");
        let w_lo = FieldState::new(link, never, &FIELD_WLO);
        let w_hi = FieldState::new(link, never, &FIELD_WHI);
        for key in [FIELD_WLO.key, FIELD_WHI.key] {
            link.only_when(key, move || window.get() == "manual");
        }
        let offset = FieldState::new(link, never, &FIELD_OFFSET);
        CurveInputs {
            mode,
            x_unit,
            y_unit,
            window,
            w_lo,
            w_hi,
            offset,
        }
    }
}

/// The measured-curve section of the rod page: `inputs` are its settings;
/// `k`, `l0` and `d0` are the one-point part's spring constant, initial
/// length and diameter, which turn δL and deflection or force into strain
/// and stress.
pub fn measured_curve(
    inputs: CurveInputs,
    k: FieldState,
    l0: FieldState,
    d0: FieldState,
) -> impl IntoView {
    let CurveInputs {
        mode,
        x_unit,
        y_unit,
        window,
        w_lo,
        w_hi,
        offset,
    } = inputs;
    let data = RwSignal::new(String::new());
    // Where the text came from, for messages ("pasted series" or the file).
    let source_name = RwSignal::new("pasted series".to_string());
    // Why an opened file could not be decoded.
    let file_error = RwSignal::new(None::<String>);
    let factors = move || {
        let [x, y] = columns(&mode.get());
        let xu = units::find(x.units, &x_unit.get())
            .unwrap_or(&x.units[0])
            .to_si;
        let yu = units::find(y.units, &y_unit.get())
            .unwrap_or(&y.units[0])
            .to_si;
        (xu, yu)
    };
    let analysis = Memo::new(move |_| -> Option<Result<Loading, String>> {
        if data.with(|t| t.trim().is_empty()) {
            return None;
        }
        let run = || -> Result<Loading, String> {
            let name = source_name.get();
            // An instrument's export has headers, units and segments this
            // box would misread: it goes to the test data page.
            let table = match data.with(|t| load_table(&name, t.as_bytes())) {
                Ok(PlainTable::Table(table)) => table,
                Ok(PlainTable::Export(format)) => {
                    return Err(format!("{name}: an instrument's export ({format}): open it on the Test data page, which reads its header, units, segments and cantilever values. This box takes two plain columns."));
                }
                Err(e) => return Err(e.to_string()),
            };
            if table.columns.len() < 2 {
                return Err(format!(
                    "{name}: two columns are needed (found {}).",
                    table.columns.len()
                ));
            }
            let (xu, yu) = factors();
            // A header that names its unit must agree with what the page
            // was told: never a length read as a strain.
            let [x, y] = columns(&mode.get());
            for (i, (dim, to_si)) in [(x.dimension, xu), (y.dimension, yu)]
                .into_iter()
                .enumerate()
            {
                check_unit(&table.columns[i].header, dim, to_si).map_err(|e| {
                    format!(
                        "{name}, column {}: {e}. Choose above what the two columns are and their units.",
                        i + 1
                    )
                })?;
            }
            let column = |column, to_si| Some(Source { column, to_si });
            let mut corrections = Corrections::default();
            let (mapping, geometry) = match mode.get().as_str() {
                "strain-stress" => (
                    Mapping {
                        strain: column(0, xu),
                        stress: column(1, yu),
                        ..Mapping::default()
                    },
                    Geometry::per_unit(LoadingMode::Compression),
                ),
                m => {
                    let mapping = if m == "disp-deflection" {
                        corrections.spring_constant = Some(k.value()?);
                        Mapping {
                            displacement: column(0, xu),
                            deflection: column(1, yu),
                            ..Mapping::default()
                        }
                    } else {
                        Mapping {
                            displacement: column(0, xu),
                            force: column(1, yu),
                            ..Mapping::default()
                        }
                    };
                    let d = d0.value()?;
                    let geometry = Geometry {
                        top_diameter: d,
                        bottom_diameter: d,
                        area: TaperArea::Top,
                        length: l0.value()?,
                        mode: LoadingMode::Compression,
                    };
                    (mapping, geometry)
                }
            };
            let windows = Windows {
                loading: if window.get() == "manual" {
                    Some((w_lo.value()?, w_hi.value()?))
                } else {
                    None
                },
                offset: offset.value()?,
                ..Windows::default()
            };
            let fail = |e: ecm_core::Error| format!("{name}: {e}.");
            // Two plain columns need no baseline, compliance or drift
            // correction: the pipeline's reading stage, then its loading
            // analysis, as on the Test data page.
            let curve =
                read_curve(&table, 0..table.rows(), &mapping, &corrections).map_err(fail)?;
            let mut loading = analyse_loading(&curve, &geometry, &windows).map_err(fail)?;
            if table.columns.len() > 2 {
                loading.warnings.push(format!(
                    "Only the first two of the {} columns are used.",
                    table.columns.len()
                ));
            }
            Ok(loading)
        };
        Some(run())
    });
    let series_error = move || analysis.get().and_then(|r| r.err());
    let notes = move || match analysis.get() {
        Some(Ok(a)) => a.warnings.join(" "),
        _ => String::new(),
    };
    let pick = move |f: fn(&Analysis) -> Option<f64>| -> Signal<Outcome> {
        Signal::derive(move || match analysis.get() {
            Some(Ok(a)) => match f(&a.analysis) {
                Some(v) => point(Ok(v)),
                None => Err(Missing::Model(
                    "the curve does not cross the offset line".into(),
                )),
            },
            _ => Err(Missing::BadField),
        })
    };
    let fit_text = move || match analysis.get() {
        Some(Ok(a)) => {
            let l = &a.analysis;
            format!(
                "{} window from {} % to {} % strain, {} points, R² = {}. Analysed to the maximum stress (the loading part), as on the Test data page.",
                if l.automatic_window { "Automatic" } else { "Chosen" },
                format_sig(l.fit.strain_min * 100.0, 3),
                format_sig(l.fit.strain_max * 100.0, 3),
                l.fit.points,
                format_sig(l.fit.r_squared, 5)
            )
        }
        _ => String::new(),
    };
    let chart = Signal::derive(move || match analysis.get() {
        Some(Ok(a)) => Some(StressStrainChart::of_loading(
            &a.curve.strain,
            &a.curve.stress,
            &a.analysis,
        )),
        _ => None,
    });
    // A file is read as bytes and decoded as the test data page decodes it
    // (UTF-8, else Latin-1; binary files refused with a reason).
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        let promise = file.array_buffer();
        leptos::task::spawn_local(async move {
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            source_name.set(name.clone());
            match decode_text(&name, &bytes).map(|d| d.with_newlines()) {
                Ok(text) if text.trim().is_empty() => {
                    data.set(String::new());
                    file_error.set(Some(format!("{name}: the file is empty.")));
                }
                Ok(text) => {
                    file_error.set(None);
                    data.set(text);
                }
                Err(e) => {
                    data.set(String::new());
                    file_error.set(Some(e.to_string()));
                }
            }
        });
    };
    let message = move || file_error.get().or_else(series_error);
    // Nothing pasted is not a mistake: the chart says what will be drawn.
    let plot_empty = Signal::derive(move || {
        if data.with(|t| t.trim().is_empty()) {
            "No series yet: paste strain and stress (or displacement and force) above, or load the example curve, to draw its stress–strain curve with the modulus fit, the offset yield and the maximum.".to_string()
        } else {
            "No plot: the series above could not be used; its message says why.".to_string()
        }
    });
    // A large series is kept here and only previewed in the text box.
    let large = Memo::new(move |_| data.with(|t| series_text::is_large(t)));
    let shown_text = Memo::new(move |_| data.with(|t| series_text::shown(t)));
    let typed = move |text: String| {
        file_error.set(None);
        source_name.set("pasted series".into());
        data.set(text);
    };
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
            return;
        };
        if series_text::is_large(&text) {
            ev.prevent_default();
            typed(text);
        }
    };
    let unit_options = move |list: &'static [Unit]| {
        list.iter()
            .map(|u| (u.symbol.to_string(), u.symbol.to_string()))
            .collect::<Vec<_>>()
    };
    let on_mode = Callback::new(move |m: String| {
        let [x, y] = columns(&m);
        x_unit.set(x.units[0].symbol.to_string());
        y_unit.set(y.units.get(1).unwrap_or(&y.units[0]).symbol.to_string());
    });
    view! {
        <h2>"A measured curve"</h2>
        <div class="inputs">
            <ChoiceField id="columns" label="The two columns are" value=mode on_pick=on_mode
                options=vec![
                    ("strain-stress".into(), "strain, stress".into()),
                    ("disp-force".into(), "length change δL, force F (uses L0 and d0)".into()),
                    ("disp-deflection".into(), "length change δL, deflection ΔX (uses k, L0, d0)".into()),
                ] />
            {move || {
                let [x, y] = columns(&mode.get());
                let (xs, ys, xl, yl) = (x.units, y.units, x.label, y.label);
                view! {
                    <ChoiceField id="xu" label=xl value=x_unit options=unit_options(xs) />
                    <ChoiceField id="yu" label=yl value=y_unit options=unit_options(ys) />
                }
            }}
        </div>
        <div class="field wide">
            <label for="series">"Paste two columns (tabs, commas, semicolons or spaces; decimal points or commas; a header line is allowed)"</label>
            <textarea id="series" data-testid="series" rows="8" spellcheck="false" aria-describedby="series-msg"
                prop:value=move || shown_text.get() prop:readOnly=move || large.get()
                on:input=move |ev| if !large.get_untracked() { typed(event_target_value(&ev)) }
                on:paste=on_paste></textarea>
            <div class="row-actions">
                <label class="file-button">"Open a file… " <input type="file" accept=".csv,.tsv,.txt,text/plain,text/csv" data-testid="series-file" on:change=on_file /></label>
                <button type="button" data-testid="series-example" on:click=move |_| {
                    mode.set("strain-stress".into()); x_unit.set("%".into()); y_unit.set("MPa".into()); typed(example_series());
                }>"Load an example curve"</button>
                <button type="button" on:click=move |_| typed(String::new())>"Clear"</button>
            </div>
            <p class="message" id="series-msg" data-testid="series-msg" aria-live="polite">{message}</p>
            <p class="hint">"An instrument's export (TriboScan, JPK, FemtoTools, AFM Workshop, NT-MDT, Nanoscope) with its header, units and segments: open it on "<a href="?page=data" data-testid="rod-to-data">"the Test data page"</a>", which also corrects it and analyses batches."</p>
        </div>
        <div class="inputs">
            <ChoiceField id="window" label="Modulus fit window" value=window
                options=vec![("auto".into(), "automatic (steepest linear part)".into()), ("manual".into(), "chosen strains".into())] />
            <Show when=move || window.get() == "manual">
                <NumberField field=w_lo id="wlo" />
                <NumberField field=w_hi id="whi" />
            </Show>
            <NumberField field=offset id="offset" />
        </div>
        <div class="results">
            <ResultValue label="Young's modulus E" unit="GPa" to_si=1e9 value=pick(|a| Some(a.fit.slope)) testid="series-modulus" />
            <ResultValue label="R² of the fit" unit="" to_si=1.0 value=pick(|a| Some(a.fit.r_squared)) testid="series-r2" />
            <ResultValue label="Offset yield stress" unit="MPa" to_si=1e6 value=pick(|a| a.offset_yield.map(|p| p.1)) testid="series-yield" />
            <ResultValue label="Maximum stress" unit="MPa" to_si=1e6 value=pick(|a| Some(a.max_stress)) testid="series-max" />
            <ResultValue label="Strain at maximum" unit="%" to_si=1e-2 value=pick(|a| Some(a.strain_at_max)) testid="series-max-strain" />
            <ResultValue label="Work of deformation ∫σ dε" unit="MJ/m³" to_si=1e6 value=pick(|a| Some(a.work)) testid="series-work" />
        </div>
        <p class="hint" data-testid="series-fit">{fit_text}</p>
        <p class="hint" data-testid="series-notes" role="status">{notes}</p>
        <Plot id="series-plot" title="Stress–strain curve with the modulus fit" chart=chart empty=plot_empty />
    }
}
