//! Two clocks (`merge=time`): a force log and a table of the specimen's
//! heights measured on video frames, opened together, merged on time
//! (`ecm_core::measurement::two_clocks`) into the curve every specimen's
//! analysis takes. This module finds the video file among those opened,
//! holds the merge's inputs and draws both series on one time axis.

use super::batch_section::BatchFile;
use crate::charts::two_clocks_chart::TwoClocksChart;
use crate::components::number_field::{FieldState, NumberField};
use crate::components::plot::Plot;
use ecm_core::import::column_header::{unit_from_symbol, Role};
use ecm_core::import::Import;
use ecm_core::measurement::proposal::{choices_from_proposal, mapping_from_choices, propose};
use ecm_core::measurement::two_clocks::{TwoClocks, TwoSeries, VideoColumns};
use leptos::prelude::*;

/// Whether a file is a table of heights measured on video: a height or
/// length column (role `h`), and no force or deflection.
pub fn is_video(import: &Import) -> bool {
    let p = propose(import);
    let has_height = choices_from_proposal(import, &p)
        .iter()
        .any(|c| c.role == Some(Role::Height));
    has_height && p.mapping.force.is_none() && p.mapping.deflection.is_none()
}

/// The video file's columns as its headers propose them; a height without
/// a unit (ImageJ's `Length`) is read in `unit` (`nm` or `um`).
pub fn video_columns(import: &Import, unit: &str) -> Result<VideoColumns, String> {
    let mut choices = choices_from_proposal(import, &propose(import));
    for c in choices.iter_mut() {
        if c.role == Some(Role::Height) && c.unit.is_none() {
            c.unit = unit_from_symbol(unit);
        }
    }
    let mapping = mapping_from_choices(&choices)?;
    VideoColumns::from_mapping(&mapping)
}

/// The inputs of a merge.
#[derive(Clone, Copy)]
pub struct MergeFields {
    /// `time` while merging (link key `merge`).
    pub merge: RwSignal<String>,
    /// The shift added to the video's clock.
    pub shift: FieldState,
    /// The frame rate, for heights against frame numbers.
    pub fps: FieldState,
    /// The unit of a height column whose header names none (`hunit`).
    pub unit: RwSignal<String>,
    /// Which opened file holds the heights.
    pub video: RwSignal<Option<usize>>,
}

impl MergeFields {
    /// Whether the page is merging a force log with video heights.
    pub fn on(&self) -> bool {
        self.merge.get() == "time" && self.video.get().is_some()
    }
}

/// The merge's inputs and the time plot of both series.
#[component]
pub fn TwoClocksSection(
    /// The merge's inputs.
    m: MergeFields,
    /// Every file opened.
    files: RwSignal<Vec<BatchFile>>,
    /// The merge, or why there is none.
    merged: Signal<Option<Result<std::sync::Arc<TwoClocks>, String>>>,
    /// The two series on one clock, also when they do not overlap (a wrong
    /// shift is what the plot shows best).
    series: Signal<Option<TwoSeries>>,
) -> impl IntoView {
    let chart = Signal::derive(move || {
        let ((lt, lf), (vt, vh)) = series.get()?;
        Some(TwoClocksChart {
            force: lt.iter().zip(&lf).map(|(t, f)| (*t, f * 1e6)).collect(),
            height: vt.iter().zip(&vh).map(|(t, h)| (*t, h * 1e9)).collect(),
            shift: m.shift.value().unwrap_or(0.0),
        })
    });
    let video_name = move || {
        m.video
            .get()
            .and_then(|i| files.with(|f| f.get(i).map(|f| f.0.clone())))
            .unwrap_or_default()
    };
    let message = move || match merged.get() {
        Some(Err(e)) => e,
        _ => String::new(),
    };
    view! {
        <h2>"Two clocks"</h2>
        <p class="hint" data-testid="merge-note">
            "The force comes from the file above, the specimen's height from "
            <strong>{video_name}</strong>
            ", merged on time: displacement = first height − height."
        </p>
        <div class="inputs">
            <div class="field">
                <label for="merge">"Merge"</label>
                <select id="merge" data-testid="merge" prop:value=move || m.merge.get() on:change=move |ev| m.merge.set(event_target_value(&ev))>
                    <option value="time">"force log + video heights, on time"</option>
                    <option value="off">"off: the file above alone"</option>
                </select>
            </div>
            <NumberField field=m.shift id="tshift" hint="Seconds added to the video's clock." />
            <NumberField field=m.fps id="fps" hint="For heights against frame numbers (ImageJ's Slice)." />
            <div class="field">
                <label for="hunit">"Height unit, if the header has none"</label>
                <select id="hunit" data-testid="hunit" prop:value=move || m.unit.get() on:change=move |ev| m.unit.set(event_target_value(&ev))>
                    <option value="nm">"nm"</option>
                    <option value="um">"µm"</option>
                </select>
            </div>
        </div>
        <p class="message" role="alert" data-testid="merge-msg">{message}</p>
        <Plot id="two-clocks-plot" title="Force log and video heights on one clock" chart=chart />
    }
}
