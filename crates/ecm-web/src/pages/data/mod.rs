//! Measured test data (`?page=data`): an instrument's export, as it is, to
//! the numbers of a paper's Table 1. Open, drop or paste files; check the
//! columns the page proposes; choose the rows, corrections and geometry; read
//! the results with the rule behind each; analyse a whole batch. Everything
//! is computed by `ecm_core::measurement::pipeline`; this module only wires it up.

mod afm_panel;
mod batch_section;
mod column_table;
pub mod columns_link;
mod corrections_form;
mod deferred;
mod fields;
mod file_loading;
mod handover;
mod import_summary;
mod indent_panel;
mod model_batch;
pub mod models_kit;
mod open_files;
mod result_list;
mod specimen_analysis;
mod specimen_fields;
mod specimen_results;
mod sphere_panel;
mod two_clocks;

use crate::browser;
use crate::charts::force_curve_chart::{thin, ForceCurveChart, MAX_DRAWN};
use crate::charts::stress_strain_chart::StressStrainChart;
use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldState, NumberField};
use crate::components::plot::Plot;
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use batch_section::{BatchFile, BatchSection};
use columns_link::{from_link, to_link};
use corrections_form::{CorrectionFields, CorrectionsForm};
use deferred::deferred;
use ecm_core::import::column_header::sensitivity_fits;
use ecm_core::measurement::batch::BatchSettings;
use ecm_core::measurement::curve_csv::corrected_curve_csv;
use ecm_core::measurement::pipeline::{
    add_hardening, analyse_without_hardening, correct, max_force, stress_strain, CorrectedCurve,
    Corrections, CurveKind, CurveResults, Geometry, LoadingMode, Windows,
};
use ecm_core::measurement::proposal::{
    choices_from_proposal, mapping_from_choices, propose, ColumnChoice,
};
use ecm_core::measurement::specimen::{propose_specimen, Specimen};
use ecm_core::measurement::taper::TaperArea;
use ecm_core::units;
use leptos::prelude::*;
use models_kit::{MergeWiring, ModelKit, ModelWiring};
use open_files::{Loaded, OpenFiles};
use result_list::{maximum_entries, pillar_entries, PillarRules, StepsAndWarnings};
use specimen_fields::{poisson_default, unloading_default, SpecimenFields};
use specimen_results::{entries_csv, ModelLine};
use std::sync::Arc;

/// Curves longer than this are analysed one task after they are corrected.
const LONG_CURVE: usize = 100_000;

/// The corrected curve of the file on screen, or why there is none.
type Curve = Option<Result<Arc<CorrectedCurve>, String>>;

/// The page; without `models` (the first visit's module) it hands over to
/// the module with them when a test needs them (`handover.rs`).
#[component]
pub fn DataPage(
    /// The models' parts of the page.
    #[prop(optional)]
    models: Option<&'static ModelKit>,
) -> impl IntoView {
    let link = read_link();
    let never = Signal::from(RwSignal::new(false));
    let field = |spec| FieldState::new(&link, never, spec);
    let c = CorrectionFields {
        cantilever: link.kept_flag("use_k", false),
        k: field(&fields::K),
        sensitivity: field(&fields::SENS),
        baseline: link.kept_flag("use_bl", false),
        baseline_points: field(&fields::BASELINE),
        frame: link.kept_flag("use_cf", false),
        compliance: field(&fields::FRAME),
        base: link.kept_flag("use_base", false),
        substrate_e: field(&fields::SUBSTRATE_E),
        substrate_nu: field(&fields::SUBSTRATE_NU),
        drift: link.kept_flag("use_drift", false),
        drift_rate: field(&fields::DRIFT),
    };
    let top = field(&fields::TOP);
    let bottom = field(&fields::BOTTOM);
    let l0 = field(&fields::L0);
    let win_lo = field(&fields::WIN_LO);
    let win_hi = field(&fields::WIN_HI);
    let sf = SpecimenFields::new(&link, never);
    let first_specimen = sf.chosen();
    let (lo_default, hi_default) = unloading_default(first_specimen);
    let unload_lo = FieldState::with_default(&link, never, &fields::UNLOAD_LO, lo_default);
    let unload_hi = FieldState::with_default(&link, never, &fields::UNLOAD_HI, hi_default);
    let mf = two_clocks::MergeFields {
        merge: link.kept_choice("merge", &["off", "time"], "off"),
        shift: field(&fields::TSHIFT),
        fps: field(&fields::FPS),
        unit: link.kept_choice("hunit", &["nm", "um"], "nm"),
        video: RwSignal::new(None),
    };
    for key in ["merge", "tshift", "fps", "hunit"] {
        link.only_when(key, move || mf.merge.get() == "time");
    }
    let merge_named = !link.text("merge").is_empty();
    let creep = link.kept_flag("creep", false);
    link.only_when("creep", move || sf.chosen() == Specimen::Nanoindent);
    let specimen_reason = RwSignal::new(String::new());
    // The test is proposed from each file until the link or the user names it.
    let handed_proposed = handover::take_test_proposed();
    let specimen_named = StoredValue::new(!link.text("specimen").is_empty() && !handed_proposed);
    // A new test starts from its own defaults where the user kept the old.
    let previous = StoredValue::new(first_specimen);
    Effect::new(move |_| {
        let now = sf.chosen();
        let before = previous.get_value();
        if now == before {
            return;
        }
        previous.set_value(now);
        let swap = |f: FieldState, old: &str, new: &str| {
            if f.text.get_untracked().trim() == old {
                f.text.set(new.to_string());
            }
        };
        swap(sf.nu, poisson_default(before), poisson_default(now));
        let (o, n) = (unloading_default(before), unloading_default(now));
        swap(unload_lo, o.0, n.0);
        swap(unload_hi, o.1, n.1);
        if now == Specimen::Nanoindent && sf.tip_for(now) != sf.tip.get_untracked() {
            sf.tip.set("berkovich".into());
        } else if now == Specimen::Afm && sf.tip_for(now) != sf.tip.get_untracked() {
            sf.tip.set("paraboloid".into());
        }
    });
    let offset = field(&fields::OFFSET);
    let mode = link.kept_choice("mode", &["compression", "tension"], "compression");
    // `area` is the pillar's section, or the nanoindenter's area function:
    // the link's value is read by the test it names.
    let area = if first_specimen == Specimen::Pillar {
        link.kept_choice("area", &["top", "mid", "mean"], "top")
    } else {
        let a = RwSignal::new("top".to_string());
        link.keep("area", move |p| p.push(("area".into(), a.get())));
        a
    };
    let window = link.kept_choice("window", &["auto", "manual"], "auto");
    let segment = RwSignal::new(link.text("seg"));
    let linked_columns = link.text("cols");
    let choices = RwSignal::new(Vec::<ColumnChoice>::new());
    link.keep("cols", move |p| {
        let cols = choices.with(|c| to_link(c));
        if !cols.is_empty() {
            p.push(("cols".to_string(), cols));
        }
    });
    // What the deflection column records (a length, a voltage or a
    // current), when one is chosen with its unit.
    let deflection_signal = move || {
        use ecm_core::import::column_header::Role;
        choices.with(|c| {
            c.iter()
                .filter(|c| c.role == Some(Role::Deflection))
                .find_map(|c| c.unit.map(|u| u.dimension))
        })
    };
    // A deflection recorded as a current takes its sensitivity in nm/nA, one
    // recorded as a voltage in nm/V: the unit follows the column's.
    Effect::new(move |_| {
        let signal = deflection_signal();
        // The unit the signal takes (the first per ampere or per volt),
        // when the one chosen does not fit it (`sensitivity_fits`).
        let unit = &units::SENSITIVITY[c.sensitivity.unit.get_untracked()];
        if let Some(d) = signal.filter(|&d| sensitivity_fits(d, unit).is_err()) {
            let fits = units::SENSITIVITY
                .iter()
                .position(|u| sensitivity_fits(d, u).is_ok());
            if let Some(i) = fits {
                c.sensitivity.unit.set(i);
            }
        }
        // A deflection column needs the cantilever's set-up: show its fields.
        if signal.is_some() && !c.cantilever.get_untracked() {
            c.cantilever.set(true);
        }
    });
    link.keep("seg", move |p| {
        if !segment.get().is_empty() {
            p.push(("seg".into(), segment.get()));
        }
    });

    // The files and the one on screen.
    let files = RwSignal::new(Vec::<BatchFile>::new());
    let diameters = RwSignal::new(Vec::<String>::new());
    let current = RwSignal::new(None::<usize>);
    let failures = RwSignal::new(Vec::<String>::new());
    let link_notice = RwSignal::new(None::<String>);
    let pending_link = StoredValue::new(!linked_columns.is_empty());
    let import = Memo::new(move |_| {
        let i = current.get()?;
        files.with(|f| f.get(i).and_then(|(_, r)| r.as_ref().ok().cloned()))
    });

    // A file shown for the first time: the link's columns if they fit it
    // (once, for the link the page was opened with), else the file's proposal.
    let show = move |index: usize, linked: Option<String>| {
        let Some(im) = files.with_untracked(|f| f.get(index).and_then(|(_, r)| r.clone().ok()))
        else {
            return;
        };
        let proposal = propose(&im);
        let from_file = choices_from_proposal(&im, &proposal);
        let test = propose_specimen(&im);
        if !specimen_named.get_value() {
            sf.specimen.set(test.specimen.key().to_string());
            specimen_reason.set(test.reason);
        }
        let chosen = match linked.map(|l| from_link(&l, im.columns.len())) {
            Some(Ok(c)) => {
                link_notice.set(None);
                c
            }
            Some(Err(e)) => {
                link_notice.set(Some(e));
                from_file
            }
            None => {
                link_notice.set(None);
                let p = proposal.corrections;
                if let Some(k) = p.spring_constant {
                    c.k.set_si(k);
                }
                if let Some(sens) = p.sensitivity {
                    c.sensitivity.set_si(sens);
                }
                if let Some(cf) = p.frame_compliance {
                    c.compliance.set_si(cf);
                    c.frame.set(true);
                }
                let m = proposal.mapping;
                let needs_k =
                    m.force.is_none() || (m.displacement.is_none() && m.deflection.is_none());
                c.cantilever.set(p.spring_constant.is_some() && needs_k);
                segment.set(String::new());
                from_file
            }
        };
        choices.set(chosen);
        current.set(Some(index));
    };
    let on_loaded = Callback::new(move |loaded: Vec<Loaded>| {
        let start = files.with_untracked(|f| f.len());
        let mut errors = Vec::new();
        let mut first_ok = None;
        let added: Vec<BatchFile> = loaded
            .into_iter()
            .enumerate()
            .map(|(i, (name, r))| match r {
                Ok(im) => {
                    first_ok.get_or_insert(start + i);
                    (name, Ok(Arc::new(im)))
                }
                Err(e) => {
                    errors.push(e.to_string());
                    (name, Err(e.to_string()))
                }
            })
            .collect();
        files.update(|f| f.extend(added));
        failures.set(errors);
        // A table of heights measured on video, opened with a force log: the
        // two are merged on time (proposed, unless the link says otherwise).
        let video = files.with_untracked(|f| {
            f.iter()
                .position(|(_, r)| r.as_ref().is_ok_and(|im| two_clocks::is_video(im)))
        });
        let first_ok = if let Some(v) = video {
            mf.video.set(Some(v));
            if !merge_named {
                mf.merge.set("time".into());
            }
            files
                .with_untracked(|f| (start..f.len()).find(|&i| i != v && f[i].1.is_ok()))
                .or(first_ok)
        } else {
            first_ok
        };
        // A file that cannot be read never replaces the analysis on screen.
        if let Some(i) = first_ok {
            let linked = pending_link.get_value().then(|| linked_columns.clone());
            pending_link.set_value(false);
            show(i, linked);
        }
    });
    let on_example = Callback::new(move |_| {
        top.text.set("500".into());
        top.unit.set(0);
        bottom.text.set(String::new());
        l0.text.set("1".into());
        l0.unit.set(1);
        c.baseline.set(true);
        c.baseline_points.text.set("15".into());
    });

    // The rows analysed: all, or one of the file's segments.
    let rows = move || {
        let im = import.get()?;
        let n = im.rows();
        let chosen = segment
            .get()
            .parse::<usize>()
            .ok()
            .filter(|&s| s >= 1 && s <= im.segments.len());
        Some(
            chosen
                .map(|s| im.segments[s - 1].rows.clone())
                .unwrap_or(0..n),
        )
    };
    let corrections = move || -> Result<Corrections, String> {
        let on = |flag: RwSignal<bool>, f: FieldState| -> Result<Option<f64>, String> {
            if flag.get() {
                f.value().map(Some)
            } else {
                Ok(None)
            }
        };
        let sensitivity = on(c.cantilever, c.sensitivity)?;
        if let (Some(_), Some(d)) = (sensitivity, deflection_signal()) {
            sensitivity_fits(d, &units::SENSITIVITY[c.sensitivity.unit.get()])?;
        }
        Ok(Corrections {
            spring_constant: on(c.cantilever, c.k)?,
            sensitivity,
            baseline_points: on(c.baseline, c.baseline_points)?.map(|p| p.round() as usize),
            frame_compliance: on(c.frame, c.compliance)?,
            base: if c.base.get() {
                let d = bottom
                    .value()
                    .or_else(|_| top.value())
                    .map_err(|_| "the base correction needs the pillar's diameter".to_string())?;
                Some((c.substrate_e.value()?, c.substrate_nu.value()?, d))
            } else {
                None
            },
            drift_rate: on(c.drift, c.drift_rate)?,
        })
    };
    // Two clocks: the force log on screen and the video's heights merged.
    let merge = models.map(|k| {
        (k.merge)(MergeWiring {
            fields: mf,
            import,
            files,
            current,
            choices,
            corrections: Signal::derive(corrections),
        })
    });
    let curve: Memo<Curve> = Memo::new(move |_| {
        if mf.on() {
            return merge
                .and_then(|m| m.merged.get())
                .map(|r| r.map(|t| Arc::new(t.curve.clone())));
        }
        let im = import.get()?;
        browser::mark("ecm-correct-start");
        let run = || -> Result<Arc<CorrectedCurve>, String> {
            let mapping = choices.with(|c| mapping_from_choices(c))?;
            let corr = corrections()?;
            let r = rows().unwrap_or(0..0);
            correct(&im, r, &mapping, &corr)
                .map(Arc::new)
                .map_err(|e| format!("The curve cannot be corrected: {e}."))
        };
        let out = Some(run());
        browser::mark("ecm-correct-end");
        out
    });
    // What the analysis, charts and results read: the corrected curve, one
    // task later when it is long, so that correcting and analysing a
    // million points never block the page in one piece.
    let long = |c: &Curve| matches!(c, Some(Ok(c)) if c.force.len() > LONG_CURVE);
    let settled: RwSignal<Curve> = deferred(move || curve.get(), long);
    let settled_ok = Signal::derive(move || settled.get().and_then(|c| c.ok()));
    let wiring = ModelWiring {
        fields: sf,
        ulo: unload_lo,
        uhi: unload_hi,
        creep,
        curve: settled_ok,
    };
    let outputs = models.map(|k| (k.analyse)(wiring));
    // Without the models, a test that needs them loads the module that has them.
    let models_note = RwSignal::new(None::<String>);
    if models.is_none() {
        let handed = StoredValue::new(false);
        Effect::new(move |_| {
            let needed = sf.chosen() != Specimen::Pillar || mf.video.get().is_some();
            if needed && !handed.get_value() {
                handed.set_value(true);
                handover::hand_over(!specimen_named.get_value(), models_note);
            }
        });
    }
    // The analysis one task later again: the force plot comes first.
    let to_analyse: RwSignal<Curve> = deferred(move || settled.get(), long);
    let loading_mode = move || {
        if mode.get() == "tension" {
            LoadingMode::Tension
        } else {
            LoadingMode::Compression
        }
    };
    // A stress–strain table needs no sizes, only the test mode.
    let table_kind = Memo::new(move |_| match curve.get() {
        Some(Ok(c)) => c.kind,
        _ => CurveKind::ForceDisplacement,
    });
    // The specimen the fields describe (every file of a batch is one).
    let specimen = move || -> Result<Geometry, String> {
        let t = top.value()?;
        let b = if bottom.text.with(|s| s.trim().is_empty()) {
            t
        } else {
            bottom.value()?
        };
        Ok(Geometry {
            top_diameter: t,
            bottom_diameter: b,
            area: match area.get().as_str() {
                "mid" => TaperArea::MidHeight,
                "mean" => TaperArea::Mean,
                _ => TaperArea::Top,
            },
            length: l0.value()?,
            mode: loading_mode(),
        })
    };
    // What the file on screen is analysed with: a stress–strain table needs
    // only the test mode.
    let geometry = move || -> Result<Geometry, String> {
        if table_kind.get().is_stress_strain() {
            Ok(Geometry::per_unit(loading_mode()))
        } else {
            specimen()
        }
    };
    let windows = move || -> Result<Windows, String> {
        Ok(Windows {
            loading: if window.get() == "manual" {
                Some((win_lo.value()?, win_hi.value()?))
            } else {
                None
            },
            unloading_force: (unload_lo.value()?, unload_hi.value()?),
            offset: offset.value()?,
        })
    };
    let results = Memo::new(move |_| {
        if sf.chosen() != Specimen::Pillar {
            return None;
        }
        let cv = to_analyse.get()?.ok()?;
        browser::mark("ecm-analyse-start");
        let out = (|| {
            let g = geometry().map_err(|_| {
                "enter the top diameter and the initial length for stresses and moduli".to_string()
            })?;
            analyse_without_hardening(&cv, &g, &windows()?).map_err(|e| e.to_string())
        })();
        browser::mark("ecm-analyse-end");
        Some(out)
    });
    // The Hollomon fit, one task later on a long curve.
    let before_hardening = deferred(
        move || results.get(),
        |r| matches!(r, Some(Ok(r)) if r.loading.points > LONG_CURVE),
    );
    let results: Memo<Option<Result<CurveResults, String>>> = Memo::new(move |_| {
        let out = before_hardening.get()?;
        browser::mark("ecm-hardening-start");
        let out = out.map(|mut r| {
            if let (Some(Ok(cv)), Ok(g)) = (to_analyse.get(), geometry()) {
                add_hardening(&mut r, &cv, &g);
            }
            r
        });
        browser::mark("ecm-hardening-end");
        Some(out)
    });
    let mapping_msg = Signal::derive(move || match curve.get() {
        Some(Err(e)) => Some(e),
        _ => link_notice.get(),
    });
    // The recorded maximum as soon as the curve is corrected: one pass over
    // it, on screen with the first frame after the correction.
    let max = Memo::new(move |_| curve.get().and_then(|c| c.ok()).and_then(|c| max_force(&c)));
    let steps = Memo::new(move |_| {
        curve
            .get()
            .and_then(|c| c.ok())
            .map(|c| c.steps.clone())
            .unwrap_or_default()
    });
    let warnings = Memo::new(move |_| {
        let specimen = sf.chosen();
        let mut list = match (results.get(), settled.get()) {
            (Some(Ok(r)), _) if specimen == Specimen::Pillar => r.warnings,
            (_, Some(Ok(c))) => c.warnings.clone(),
            _ => Vec::new(),
        };
        if let Some(o) = outputs {
            list.extend(o.warnings.get());
        }
        list
    });
    let curve_chart = Memo::new(move |_| {
        let cv = settled.get()?.ok()?;
        browser::mark("ecm-curve-chart");
        if cv.kind.is_stress_strain() {
            return None;
        }
        let seg = cv.segments.clone();
        let (d, f) = (&cv.displacement, &cv.force);
        let part = |name: &str, r: std::ops::Range<usize>| {
            let r = r.start.saturating_sub(1).min(r.end)..r.end.min(f.len());
            (!r.is_empty()).then(|| (name.to_string(), thin(&d[r.clone()], &f[r], MAX_DRAWN)))
        };
        // An AFM's force in nN, as its results give it; others in µN.
        let in_nn = sf.chosen() == Specimen::Afm;
        let per_newton = if in_nn { 1e9 } else { 1e6 };
        let to_units = |(n, p): (String, Vec<(f64, f64)>)| {
            (
                n,
                p.into_iter()
                    .map(|(x, y)| (x * 1e9, y * per_newton))
                    .collect(),
            )
        };
        let segments: Vec<_> = [
            part("loading", seg.loading),
            part("hold", seg.hold),
            part("unloading", seg.unloading),
        ]
        .into_iter()
        .flatten()
        .map(to_units)
        .chain(outputs.and_then(|o| o.drawn.get()).map(|p| {
            // The fit is drawn in (nm, µN).
            let scale = per_newton * 1e-6;
            let p = p.into_iter().map(|(x, y)| (x, y * scale)).collect();
            ("model fit".to_string(), p)
        }))
        .collect();
        Some(ForceCurveChart {
            segments,
            points: f.len(),
            max_point: max_force(&cv).map(|(f, d)| (d * 1e9, f * per_newton)),
            in_nn,
        })
    });
    // The stress–strain plot one task after the results it draws.
    let charted = deferred(
        move || results.get(),
        |r| matches!(r, Some(Ok(r)) if r.loading.points > LONG_CURVE),
    );
    let stress_chart = Memo::new(move |_| {
        let Some(Ok(r)) = charted.get() else {
            return None;
        };
        browser::mark("ecm-stress-chart");
        let cv = to_analyse.get()?.ok()?;
        let ss = stress_strain(&cv, &geometry().ok()?).ok()?;
        let n = r.loading.points.min(ss.stress.len());
        Some(StressStrainChart::of_loading(
            &ss.strain[..n],
            &ss.stress[..n],
            &r.loading,
        ))
    });
    let unloading_window = Signal::derive(move || windows().ok().map(|w| w.unloading_force));
    let curve_signal: Signal<Option<ForceCurveChart>> = curve_chart.into();
    let curve_empty = Signal::derive(move || {
        if table_kind.get().is_stress_strain() {
            "The columns are stress and strain: there is no force or displacement to draw; the stress–strain plot below shows the curve.".to_string()
        } else {
            "No curve: the message above says what the columns still need.".to_string()
        }
    });
    let stress_signal: Signal<Option<StressStrainChart>> = stress_chart.into();
    let export_curve = move |_| {
        if let Some(Ok(cv)) = settled.get_untracked() {
            let ss = geometry().ok().and_then(|g| stress_strain(&cv, &g).ok());
            browser::download_text(
                "ecm-corrected-curve.csv",
                "text/csv",
                &corrected_curve_csv(&cv, ss.as_ref()),
            );
        }
    };
    let batch = Signal::derive(move || BatchSettings {
        corrections: corrections().unwrap_or_default(),
        geometry: specimen().ok(),
        mode: loading_mode(),
        windows: windows().unwrap_or_default(),
        current: current.get().map(|i| (i, choices.get())),
    });

    let filled = |f: FieldState| move || !f.text.with(|t| t.trim().is_empty());
    for f in [top, bottom, l0] {
        link.only_when(f.key, filled(f));
    }
    for f in [win_lo, win_hi] {
        link.only_when(f.key, move || window.get() == "manual");
    }
    // The pillar's own inputs are kept in the link only for a pillar; the
    // module without the models keeps them all, for the module it hands
    // over to when another test is chosen.
    let pillar = move || sf.chosen() == Specimen::Pillar || models.is_none();
    for key in [
        top.key, bottom.key, l0.key, win_lo.key, win_hi.key, offset.key, "mode", "window",
    ] {
        link.only_when(key, pillar);
    }
    // `area` is the nanoindenter's area function for a nanoindent.
    link.only_when("area", move || sf.chosen() == Specimen::Pillar);
    keep_in_link(Route::Data, link);

    // Every number of the results: the recorded maximum, then the model's.
    let all_entries = Signal::derive(move || {
        let table = table_kind.get().is_stress_strain();
        let mut list = maximum_entries(max.get(), table, sf.chosen() == Specimen::Afm);
        list.extend(match (sf.chosen(), outputs) {
            (Specimen::Pillar, _) => pillar_entries(&results.get(), table),
            (_, Some(o)) => o.entries.get(),
            (_, None) => Vec::new(),
        });
        list
    });
    let export_summary = move |_| {
        // Under a model, the shown file's results as the page gives them.
        let specimen = Specimen::from_key(&sf.specimen.get_untracked()).unwrap_or_default();
        if specimen != Specimen::Pillar {
            let name = current
                .get_untracked()
                .and_then(|i| files.with_untracked(|f| f.get(i).map(|(n, _)| n.clone())))
                .unwrap_or_default();
            let csv = entries_csv(
                &name,
                specimen.model(),
                &all_entries.get_untracked(),
                &warnings.get_untracked(),
            );
            browser::download_text("ecm-summary.csv", "text/csv", &csv);
            return;
        }
        let s = batch.get_untracked();
        let rows: Vec<_> = files.with_untracked(|f| {
            f.iter()
                .enumerate()
                .map(|(i, file)| batch_section::batch_row(i, file, None, &s))
                .collect()
        });
        browser::download_text(
            "ecm-summary.csv",
            "text/csv",
            &ecm_core::measurement::batch::batch_csv(&rows),
        );
    };
    let has_data = move || import.with(|i| i.is_some());
    let specimen_options: Vec<(String, String)> = Specimen::ALL
        .iter()
        .map(|s| (s.key().to_string(), s.label().to_string()))
        .collect();
    let segment_options = move || {
        let mut o = vec![("".to_string(), "all rows".to_string())];
        if let Some(im) = import.get() {
            for (i, s) in im.segments.iter().enumerate() {
                o.push((
                    (i + 1).to_string(),
                    format!("{} (rows {}–{})", s.name, s.rows.start + 1, s.rows.end),
                ));
            }
        }
        o
    };
    let test_options = move || {
        files.with(|f| {
            f.iter()
                .enumerate()
                .filter(|(_, (_, r))| r.is_ok())
                .map(|(i, (n, _))| view! { <option value=i.to_string()>{n.clone()}</option> })
                .collect_view()
        })
    };
    view! {
        <section class="calculator test-data" aria-labelledby="page-title">
            <h1 id="page-title">"Measured test data"</h1>
            <p class="lead">"From an instrument's export, as it is, to numbers for a paper's Table 1: a nanopillar or nanorod compressed or pulled in a TEM or SEM (PicoIndenter, FemtoTools, an AFM cantilever), or an AFM force curve."</p>
            <OpenFiles on_loaded=on_loaded on_example=on_example />
            <div class="message" role="alert" data-testid="import-error">
                {move || failures.get().into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
            </div>
            <Show when=has_data fallback=|| view! { <import_summary::EmptyState /> }>
                <import_summary::ImportSummary import=import.into() />
                <Show when=move || files.with(|f| f.iter().filter(|(_, r)| r.is_ok()).count() > 1)>
                    <div class="field">
                        <label for="test-choice">"Test shown"</label>
                        <select id="test-choice" data-testid="test-choice" prop:value=move || current.get().unwrap_or(0).to_string()
                            on:change=move |ev| if let Ok(i) = event_target_value(&ev).parse() { show(i, None) }>
                            {test_options}
                        </select>
                    </div>
                </Show>
                // On paper the printed link restores the columns; the table is left off.
                <div class="print-skip">
                    <h2>"Columns"</h2>
                    <column_table::ColumnTable import=import.into() choices=choices message=mapping_msg />
                </div>
                <h2>"Rows, test and specimen"</h2>
                <div class="inputs">
                    <div class="field">
                        <label for="seg">"Rows analysed"</label>
                        <select id="seg" data-testid="seg" prop:value=move || segment.get() on:change=move |ev| segment.set(event_target_value(&ev))>
                            {move || segment_options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                        </select>
                    </div>
                    <ChoiceField id="specimen" label="Test and model" value=sf.specimen options=specimen_options.clone()
                        on_pick=Callback::new(move |_| { specimen_named.set_value(true); specimen_reason.set(String::new()); handover::test_named(); }) />
                    {move || match sf.chosen() {
                        Specimen::Pillar => view! {
                            <ChoiceField id="mode" label="Test" value=mode options=vec![("compression".into(), "compression".into()), ("tension".into(), "tension".into())] />
                            <NumberField field=top id="dt" optional=true />
                            <NumberField field=bottom id="db" optional=true hint="For a tapered pillar." />
                            <ChoiceField id="area" label="Stress on" value=area options=vec![
                                ("top".into(), "the top section".into()), ("mid".into(), "the mid-height section".into()), ("mean".into(), "the mean section (same volume)".into())] />
                            <NumberField field=l0 id="l0" optional=true />
                        }.into_any(),
                        s => models.map(|k| (k.inputs)(s, wiring)).into_any(),
                    }}
                </div>
                {move || models_note.get().map(|n| view! { <p class="hint" role="status" data-testid="models-loading">{n}</p> })}
                {move || {
                    let why = specimen_reason.get();
                    (!why.is_empty()).then(|| view! { <p class="hint" data-testid="specimen-reason">{why}</p> })
                }}
                {move || merge.filter(|_| mf.video.get().is_some()).map(|m| models.map(|k| (k.merge_section)(mf, files, m)))}
                <h2>"Corrections"</h2>
                <CorrectionsForm fields=c />
                <h2>"Results"</h2>
                <ModelLine specimen=Signal::derive(move || sf.chosen()) />
                {move || (sf.chosen() == Specimen::Pillar).then(|| view! {
                    <div class="inputs">
                        <ChoiceField id="window" label="Loading modulus window" value=window options=vec![
                            ("auto".into(), "automatic (steepest straight part)".into()), ("manual".into(), "chosen strains".into())] />
                        <Show when=move || window.get() == "manual">
                            <NumberField field=win_lo id="wlo" />
                            <NumberField field=win_hi id="whi" />
                        </Show>
                        <NumberField field=unload_lo id="ulo" />
                        <NumberField field=unload_hi id="uhi" />
                        <NumberField field=offset id="offset" />
                    </div>
                })}
                <specimen_results::EntryList entries=all_entries />
                {move || match sf.chosen() {
                    Specimen::Pillar => view! { <PillarRules results=results.into() unloading_window=unloading_window /> }.into_any(),
                    s => models.zip(outputs).map(|(k, o)| (k.rules)(s, o)).into_any(),
                }}
                <StepsAndWarnings steps=steps.into() warnings=warnings.into() />
                <Plot id="curve-plot" title="Corrected force against displacement, by segment" chart=curve_signal empty=curve_empty />
                {move || (sf.chosen() == Specimen::Pillar).then(|| view! {
                    <Plot id="test-stress-plot" title="Engineering stress–strain on loading, with the modulus fit" chart=stress_signal />
                })}
                <p class="row-actions">
                    <button type="button" data-testid="export-curve" on:click=export_curve>"Corrected curve (CSV)"</button>
                    <button type="button" data-testid="export-summary" on:click=export_summary>"Summary (CSV)"</button>
                </p>
                <Show when=move || files.with(|f| f.len() > 1)>
                    <h2>"Batch"</h2>
                    {move || if sf.chosen() == Specimen::Pillar {
                        view! { <BatchSection files=files diameters=diameters batch=batch /> }.into_any()
                    } else {
                        models.zip(outputs).map(|(k, o)| (k.batch)(files, batch, o, Signal::derive(move || sf.chosen()))).into_any()
                    }}
                </Show>
            </Show>
        </section>
    }
}
