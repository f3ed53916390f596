//! What only a sphere, an AFM curve, a nanoindent or a two-clock merge
//! needs: their inputs, analyses, results, rules, batch table and the merge
//! with its time plot. The page reaches them through a [`ModelKit`] of
//! function pointers, so the module of a first visit (`bin/data.rs`), which
//! is given no kit, carries none of their code; when a test needs them it
//! hands the page over to the module that has them (`handover.rs`,
//! `bin/data_models.rs`).

use super::batch_section::BatchFile;
use super::model_batch::ModelBatch;
use super::specimen_analysis::{model_settings, SpecimenAnalyses};
use super::specimen_fields::SpecimenFields;
use super::specimen_results::Entry;
use super::two_clocks::{video_columns, MergeFields, TwoClocksSection};
use super::{afm_panel, indent_panel, sphere_panel};
use crate::components::number_field::FieldState;
use ecm_core::import::Import;
use ecm_core::measurement::batch::BatchSettings;
use ecm_core::measurement::pipeline::{CorrectedCurve, Corrections};
use ecm_core::measurement::proposal::{force_log_mapping, ColumnChoice};
use ecm_core::measurement::specimen::{ModelSettings, Specimen};
use ecm_core::measurement::two_clocks::{
    merge_files, series_on_one_clock, TwoClocks, TwoFiles, TwoSeries,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The batch table of every file's modulus under the chosen model.
pub type BatchTable =
    fn(RwSignal<Vec<BatchFile>>, Signal<BatchSettings>, ModelOutputs, Signal<Specimen>) -> AnyView;

/// The models' parts of the page.
pub struct ModelKit {
    /// The chosen model run on the curve.
    pub analyse: fn(ModelWiring) -> ModelOutputs,
    /// The chosen model's inputs.
    pub inputs: fn(Specimen, ModelWiring) -> AnyView,
    /// The rule behind the chosen model's results.
    pub rules: fn(Specimen, ModelOutputs) -> AnyView,
    /// The batch table of the model's moduli.
    pub batch: BatchTable,
    /// The force log and the video's heights merged on time.
    pub merge: fn(MergeWiring) -> MergeOutputs,
    /// The merge's inputs and its time plot.
    pub merge_section: fn(MergeFields, RwSignal<Vec<BatchFile>>, MergeOutputs) -> AnyView,
}

/// The kit of the module with the models.
pub static MODELS: ModelKit = ModelKit {
    analyse,
    inputs,
    rules,
    batch,
    merge,
    merge_section,
};

/// What the models read from the page.
#[derive(Clone, Copy)]
pub struct ModelWiring {
    /// The models' inputs.
    pub fields: SpecimenFields,
    /// The unloading window's lower and upper force fractions.
    pub ulo: FieldState,
    /// See `ulo`.
    pub uhi: FieldState,
    /// The Feng–Ngan creep correction (`creep`).
    pub creep: RwSignal<bool>,
    /// The corrected curve on screen.
    pub curve: Signal<Option<Arc<CorrectedCurve>>>,
}

/// What the models give the page.
#[derive(Clone, Copy)]
pub struct ModelOutputs {
    /// The chosen model's settings (`None` for a pillar), or the input that is wrong.
    pub settings: Signal<Result<Option<ModelSettings>, String>>,
    /// Every model's analysis of the curve.
    pub analyses: SpecimenAnalyses,
    /// The chosen model's results.
    pub entries: Signal<Vec<Entry>>,
    /// The chosen model's warnings.
    pub warnings: Signal<Vec<String>>,
    /// The fitted AFM model to draw over the data, (nm, µN).
    pub drawn: Signal<Option<Vec<(f64, f64)>>>,
}

/// What the merge reads from the page.
#[derive(Clone, Copy)]
pub struct MergeWiring {
    /// The merge's inputs.
    pub fields: MergeFields,
    /// The file on screen (the force log).
    pub import: Memo<Option<Arc<Import>>>,
    /// Every file opened.
    pub files: RwSignal<Vec<BatchFile>>,
    /// Which file is on screen.
    pub current: RwSignal<Option<usize>>,
    /// The force log's columns.
    pub choices: RwSignal<Vec<ColumnChoice>>,
    /// The corrections chosen.
    pub corrections: Signal<Result<Corrections, String>>,
}

/// The merge, or why there is none, and both series on one clock.
#[derive(Clone, Copy)]
pub struct MergeOutputs {
    /// The merged curve.
    pub merged: Memo<Option<Result<Arc<TwoClocks>, String>>>,
    /// The two series for the time plot, drawn even when they do not overlap.
    pub series: Memo<Option<TwoSeries>>,
}

fn analyse(w: ModelWiring) -> ModelOutputs {
    let settings = Signal::derive(move || model_settings(w.fields, w.ulo, w.uhi, w.creep));
    let analyses = SpecimenAnalyses::new(w.curve, settings);
    let f = w.fields;
    ModelOutputs {
        settings,
        analyses,
        entries: Signal::derive(move || match f.chosen() {
            Specimen::Pillar => Vec::new(),
            Specimen::Sphere => sphere_panel::sphere_entries(&analyses.sphere.get()),
            Specimen::Afm => afm_panel::afm_entries(&analyses.afm.get()),
            Specimen::Nanoindent => indent_panel::indent_entries(&analyses.indent.get()),
        }),
        warnings: Signal::derive(move || analyses.warnings(f.chosen())),
        drawn: Signal::derive(move || {
            analyses
                .afm_drawn
                .get()
                .filter(|_| f.chosen() == Specimen::Afm)
        }),
    }
}

fn inputs(specimen: Specimen, w: ModelWiring) -> AnyView {
    let f = w.fields;
    match specimen {
        Specimen::Pillar => ().into_any(),
        Specimen::Sphere => view! { <sphere_panel::SphereInputs f=f /> }.into_any(),
        Specimen::Afm => view! { <afm_panel::AfmInputs f=f /> }.into_any(),
        Specimen::Nanoindent => {
            view! { <indent_panel::IndentInputs f=f ulo=w.ulo uhi=w.uhi creep=w.creep /> }
                .into_any()
        }
    }
}

fn rules(specimen: Specimen, o: ModelOutputs) -> AnyView {
    let a = o.analyses;
    match specimen {
        Specimen::Pillar => ().into_any(),
        Specimen::Sphere => {
            view! { <sphere_panel::SphereRules analysis=a.sphere.into() /> }.into_any()
        }
        Specimen::Afm => view! { <afm_panel::AfmRules fit=a.afm.into() /> }.into_any(),
        Specimen::Nanoindent => {
            view! { <indent_panel::IndentRules cycles=a.indent.into() /> }.into_any()
        }
    }
}

fn batch(
    files: RwSignal<Vec<BatchFile>>,
    settings: Signal<BatchSettings>,
    o: ModelOutputs,
    specimen: Signal<Specimen>,
) -> AnyView {
    view! { <ModelBatch files=files batch=settings model=o.settings specimen=specimen /> }
        .into_any()
}

fn merge(w: MergeWiring) -> MergeOutputs {
    let mf = w.fields;
    let video = move || {
        let v = mf.video.get()?;
        w.files
            .with(|f| f.get(v).and_then(|(_, r)| r.as_ref().ok().cloned()))
    };
    let merged = Memo::new(move |_| {
        if !mf.on() {
            return None;
        }
        let im = w.import.get()?;
        if mf.video.get() == w.current.get() {
            return Some(Err("The file shown is the video's heights: show the force log, and its heights are merged in.".to_string()));
        }
        let video = video()?;
        Some((|| -> Result<Arc<TwoClocks>, String> {
            let mapping = w.choices.with(|c| force_log_mapping(c))?;
            let cols = video_columns(&video, &mf.unit.get())?;
            let corrections = w.corrections.get()?;
            let files = TwoFiles {
                log: &im,
                mapping: &mapping,
                corrections: &corrections,
                video: &video,
                columns: &cols,
                fps: mf.fps.value().ok(),
            };
            merge_files(&files, mf.shift.value()?)
                .map(Arc::new)
                .map_err(|e| format!("The two files cannot be merged: {e}."))
        })())
    });
    let series = Memo::new(move |_| {
        if !mf.on() {
            return None;
        }
        let im = w.import.get()?;
        let video = video()?;
        let mapping = w.choices.with(|c| force_log_mapping(c)).ok()?;
        let cols = video_columns(&video, &mf.unit.get()).ok()?;
        let corrections = w.corrections.get().ok()?;
        let files = TwoFiles {
            log: &im,
            mapping: &mapping,
            corrections: &corrections,
            video: &video,
            columns: &cols,
            fps: mf.fps.value().ok(),
        };
        series_on_one_clock(&files, mf.shift.value().ok()?).ok()
    });
    MergeOutputs { merged, series }
}

fn merge_section(fields: MergeFields, files: RwSignal<Vec<BatchFile>>, o: MergeOutputs) -> AnyView {
    view! { <TwoClocksSection m=fields files=files merged=o.merged.into() series=o.series.into() /> }
        .into_any()
}
