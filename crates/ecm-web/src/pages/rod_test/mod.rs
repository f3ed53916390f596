//! Rod / pillar compression and tension from AFM data: one point, or a pasted
//! or opened table of numbers analysed for modulus, yield and maximum (an
//! instrument's export is recognised and sent to the test data page).

use crate::charts::stress_strain_chart::StressStrainChart;
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldSpec, FieldState, NumberField};
use crate::components::plot::Plot;
use crate::components::ranges_toggle::RangesToggle;
use crate::components::result_value::ResultValue;
use crate::compute::{compute, point, Missing, Outcome};
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use crate::series_text;
use ecm_core::cantilever::force_from_deflection;
use ecm_core::decimal_writer::fixed;
use ecm_core::import::instrument_format;
use ecm_core::input_limits::{
    DEFLECTION, DIAMETER, LENGTH, OFFSET_STRAIN, SPRING_CONSTANT, STRAIN,
};
use ecm_core::number_format::format_sig;
use ecm_core::series_analysis::{
    analyse, stress_strain_from_deflection, stress_strain_from_force, Analysis,
};
use ecm_core::series_parser::parse_series;
use ecm_core::uniaxial_test::{
    engineering_strain, engineering_stress, true_strain, true_stress_constant_volume, CrossSection,
};
use ecm_core::units::{self, Unit};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod equations;

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

/// What the two pasted columns are.
fn column_units(mode: &str) -> (&'static [Unit], &'static [Unit], &'static str, &'static str) {
    match mode {
        "disp-force" => (
            units::LENGTH,
            units::FORCE,
            "Column 1: length change δL",
            "Column 2: force F",
        ),
        "disp-deflection" => (
            units::LENGTH,
            units::LENGTH,
            "Column 1: length change δL",
            "Column 2: cantilever deflection ΔX",
        ),
        _ => (
            units::RATIO,
            units::STRESS,
            "Column 1: strain ε",
            "Column 2: stress σ",
        ),
    }
}

/// The rod / pillar test page.
/// Strain, stress (SI) and their analysis, for a pasted series.
type AnalysedSeries = (Vec<f64>, Vec<f64>, Analysis);

// The page's number fields: link key, label, default, units and valid range.
static FIELD_K: FieldSpec = FieldSpec {
    key: "k",
    label: "Spring constant k",
    default: "6",
    units: units::STIFFNESS,
    unit: 0,
    limit: &SPRING_CONSTANT,
};

static FIELD_DX: FieldSpec = FieldSpec {
    key: "dx",
    label: "Tip deflection ΔX",
    default: "600",
    units: units::LENGTH,
    unit: 0,
    limit: &DEFLECTION,
};

static FIELD_D0: FieldSpec = FieldSpec {
    key: "d0",
    label: "Initial diameter d0",
    default: "355",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

static FIELD_D: FieldSpec = FieldSpec {
    key: "d",
    label: "Current diameter d",
    default: "385",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

static FIELD_DC: FieldSpec = FieldSpec {
    key: "dc",
    label: "Contact diameter",
    default: "195",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

static FIELD_L0: FieldSpec = FieldSpec {
    key: "l0",
    label: "Initial length L0",
    default: "776",
    units: units::LENGTH,
    unit: 0,
    limit: &LENGTH,
};

static FIELD_L: FieldSpec = FieldSpec {
    key: "l",
    label: "Current length L",
    default: "678",
    units: units::LENGTH,
    unit: 0,
    limit: &LENGTH,
};

static FIELD_WLO: FieldSpec = FieldSpec {
    key: "wlo",
    label: "Fit window from",
    default: "0",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

static FIELD_WHI: FieldSpec = FieldSpec {
    key: "whi",
    label: "Fit window to",
    default: "1",
    units: units::RATIO,
    unit: 0,
    limit: &STRAIN,
};

static FIELD_OFFSET: FieldSpec = FieldSpec {
    key: "offset",
    label: "Offset for yield",
    default: "0.2",
    units: units::RATIO,
    unit: 0,
    limit: &OFFSET_STRAIN,
};

#[component]
pub fn RodTestPage() -> impl IntoView {
    let link = read_link();
    let ranges = RwSignal::new(link.flag("ranges", false));
    let r = Signal::from(ranges);
    let section =
        RwSignal::new(link.choice("section", &["initial", "current", "contact"], "initial"));
    let k = FieldState::new(&link, r, &FIELD_K);
    let dx = FieldState::new(&link, r, &FIELD_DX);
    let d0 = FieldState::new(&link, r, &FIELD_D0);
    let d = FieldState::new(&link, r, &FIELD_D);
    let dc = FieldState::new(&link, r, &FIELD_DC);
    let l0 = FieldState::new(&link, r, &FIELD_L0);
    let l = FieldState::new(&link, r, &FIELD_L);
    // Series settings (the data itself is too large for a link).
    let mode = RwSignal::new(link.choice(
        "columns",
        &["strain-stress", "disp-force", "disp-deflection"],
        "strain-stress",
    ));
    let x_unit_key = link.choice("xu", &["%", "1", "nm", "µm", "mm", "m", "um"], "%");
    let y_unit_key = link.choice(
        "yu",
        &[
            "kPa", "MPa", "GPa", "Pa", "nN", "µN", "mN", "N", "uN", "nm", "µm", "mm", "m", "um",
        ],
        "MPa",
    );
    let window = RwSignal::new(link.choice("window", &["auto", "manual"], "auto"));
    let never = Signal::from(RwSignal::new(false));
    let w_lo = FieldState::new(&link, never, &FIELD_WLO);
    let w_hi = FieldState::new(&link, never, &FIELD_WHI);
    let offset = FieldState::new(&link, never, &FIELD_OFFSET);
    let x_unit = RwSignal::new(x_unit_key);
    let y_unit = RwSignal::new(y_unit_key);
    keep_in_link(Route::RodTest, link, move || {
        let mut p = vec![("section".to_string(), section.get())];
        for f in [k, dx, d0, d, dc, l0, l] {
            p.extend(f.link_pairs());
        }
        p.push(("columns".into(), mode.get()));
        p.push(("xu".into(), x_unit.get()));
        p.push(("yu".into(), y_unit.get()));
        p.push(("window".into(), window.get()));
        if window.get() == "manual" {
            p.extend(w_lo.link_pairs());
            p.extend(w_hi.link_pairs());
        }
        p.extend(offset.link_pairs());
        if ranges.get() {
            p.push(("ranges".into(), "1".into()));
        }
        p
    });

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
                "contact" => CrossSection::ContactArea(std::f64::consts::PI * x[2] * x[2] / 4.0),
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

    // Series.
    let data = RwSignal::new(String::new());
    let units_of = move || {
        let (xs, ys, _, _) = column_units(&mode.get());
        let xu = units::find(xs, &x_unit.get()).unwrap_or(&xs[0]).to_si;
        let yu = units::find(ys, &y_unit.get()).unwrap_or(&ys[0]).to_si;
        (xu, yu)
    };
    let analysis = Memo::new(move |_| -> Option<Result<AnalysedSeries, String>> {
        if data.with(|t| t.trim().is_empty()) {
            return None;
        }
        let (xu, yu) = units_of();
        let run = || -> Result<AnalysedSeries, String> {
            // An instrument's export has headers, units and segments this
            // two-column box would misread: it goes to the test data page.
            if let Some(format) = data.with(|t| instrument_format(t.as_bytes())) {
                return Err(format!("This is a {format}: open it on the Test data page, which reads its header, units, segments and cantilever values. This box takes two plain columns."));
            }
            let s = data
                .with(|t| parse_series(t, xu, yu))
                .map_err(|e| e.to_string())?;
            let (strain, stress) = match mode.get().as_str() {
                "disp-force" => stress_strain_from_force(&s.x, &s.y, l0.value()?, d0.value()?),
                "disp-deflection" => {
                    stress_strain_from_deflection(&s.x, &s.y, k.value()?, l0.value()?, d0.value()?)
                }
                _ => Ok((s.x, s.y)),
            }
            .map_err(|e| e.to_string())?;
            let win = if window.get() == "manual" {
                Some((w_lo.value()?, w_hi.value()?))
            } else {
                None
            };
            let a = analyse(&strain, &stress, win, offset.value()?).map_err(|e| e.to_string())?;
            Ok((strain, stress, a))
        };
        Some(run())
    });
    let series_error = move || analysis.get().and_then(|r| r.err());
    let pick = move |f: fn(&Analysis) -> Option<f64>| -> Signal<Outcome> {
        Signal::derive(move || match analysis.get() {
            Some(Ok((_, _, a))) => match f(&a) {
                Some(v) => point(Ok(v)),
                None => Err(Missing::Model(
                    "the curve does not cross the offset line".into(),
                )),
            },
            _ => Err(Missing::BadField),
        })
    };
    let fit_text = move || match analysis.get() {
        Some(Ok((_, _, a))) => format!(
            "{} window from {} % to {} % strain, {} points, R² = {}.",
            if a.automatic_window {
                "Automatic"
            } else {
                "Chosen"
            },
            format_sig(a.fit.strain_min * 100.0, 3),
            format_sig(a.fit.strain_max * 100.0, 3),
            a.fit.points,
            format_sig(a.fit.r_squared, 5)
        ),
        _ => String::new(),
    };
    let chart = Signal::derive(move || match analysis.get() {
        Some(Ok((e, s, a))) => Some(StressStrainChart {
            points: e
                .iter()
                .zip(&s)
                .map(|(x, y)| (x * 100.0, y / 1e6))
                .collect(),
            fit: Some((
                a.fit.slope / 1e6 / 100.0,
                a.fit.intercept / 1e6,
                a.fit.strain_min * 100.0,
                a.fit.strain_max * 100.0,
            )),
            yield_point: a.offset_yield.map(|(x, y)| (x * 100.0, y / 1e6)),
            max_point: Some((a.strain_at_max * 100.0, a.max_stress / 1e6)),
        }),
        _ => None,
    });
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
        let promise = file.text();
        leptos::task::spawn_local(async move {
            if let Ok(text) = wasm_bindgen_futures::JsFuture::from(promise).await {
                data.set(text.as_string().unwrap_or_default());
            }
        });
    };
    // A large series is kept here and only previewed in the text box.
    // Nothing pasted is not a mistake: the caption says what will be drawn.
    let plot_empty = Signal::derive(move || {
        if data.with(|t| t.trim().is_empty()) {
            "No series yet: paste strain and stress (or displacement and force) above, or load the example curve, to draw its stress–strain curve with the modulus fit.".to_string()
        } else {
            "No plot: the series above could not be used; its message says why.".to_string()
        }
    });
    let large = Memo::new(move |_| data.with(|t| series_text::is_large(t)));
    let shown_text = Memo::new(move |_| data.with(|t| series_text::shown(t)));
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
            return;
        };
        if series_text::is_large(&text) {
            ev.prevent_default();
            data.set(text);
        }
    };
    let unit_options = move |list: &'static [Unit]| {
        list.iter()
            .map(|u| (u.symbol.to_string(), u.symbol.to_string()))
            .collect::<Vec<_>>()
    };
    let on_mode = Callback::new(move |m: String| {
        let (xs, ys, _, _) = column_units(&m);
        x_unit.set(xs[0].symbol.to_string());
        y_unit.set(ys.get(1).unwrap_or(&ys[0]).symbol.to_string());
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
                        ("initial".into(), "the initial mid-length diameter d0 (engineering)".into()),
                        ("current".into(), "the current diameter d".into()),
                        ("contact".into(), "a measured contact area (as a diameter)".into()),
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
            <h2>"A measured curve"</h2>
            <div class="inputs">
                <ChoiceField id="columns" label="The two columns are" value=mode on_pick=on_mode
                    options=vec![
                        ("strain-stress".into(), "strain, stress".into()),
                        ("disp-force".into(), "length change δL, force F (uses L0 and d0)".into()),
                        ("disp-deflection".into(), "length change δL, deflection ΔX (uses k, L0, d0)".into()),
                    ] />
                {move || {
                    let (xs, ys, xl, yl) = column_units(&mode.get());
                    view! {
                        <ChoiceField id="xu" label=xl value=x_unit options=unit_options(xs) />
                        <ChoiceField id="yu" label=yl value=y_unit options=unit_options(ys) />
                    }
                }}
            </div>
            <div class="field wide">
                <label for="series">"Paste two columns (tabs, commas, semicolons or spaces; a header line is allowed)"</label>
                <textarea id="series" data-testid="series" rows="8" spellcheck="false" aria-describedby="series-msg"
                    prop:value=move || shown_text.get() prop:readOnly=move || large.get()
                    on:input=move |ev| if !large.get_untracked() { data.set(event_target_value(&ev)) }
                    on:paste=on_paste></textarea>
                <div class="row-actions">
                    <label class="file-button">"Open a file… " <input type="file" accept=".csv,.tsv,.txt,text/plain,text/csv" data-testid="series-file" on:change=on_file /></label>
                    <button type="button" data-testid="series-example" on:click=move |_| {
                        mode.set("strain-stress".into()); x_unit.set("%".into()); y_unit.set("MPa".into()); data.set(example_series());
                    }>"Load an example curve"</button>
                    <button type="button" on:click=move |_| data.set(String::new())>"Clear"</button>
                </div>
                <p class="message" id="series-msg" data-testid="series-msg" aria-live="polite">{series_error}</p>
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
            <Plot id="series-plot" title="Stress–strain curve with the modulus fit" chart=chart empty=plot_empty />
        </section>
    }
}
