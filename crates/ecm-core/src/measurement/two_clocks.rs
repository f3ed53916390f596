//! The paper's way of measuring: the force logged against time from the
//! cantilever, and the specimen's height (or length) measured on TEM video
//! frames on another clock. Two files opened together — the force log and a
//! table of heights against time or frame number (ImageJ/Fiji `Results.csv`
//! with its `Slice` and `Length` columns) — become one force–displacement
//! curve (displacement = first height − height), merged on time with the
//! video's clock shifted by `shift` seconds (`clock_merge::merge_on_time`),
//! which then goes through every specimen's analysis.

use crate::error::{Error, Result};
use crate::import::Import;
use crate::measurement::clock_merge::{frames_to_times, merge_on_time, MergeOnto, MergedCurve};
use crate::measurement::pipeline::{
    read_force_log, CorrectedCurve, Corrections, CurveKind, Mapping, Source,
};
use crate::measurement::segments::find_segments;
use crate::numbers::number_format::format_clean;

/// The heights of a video file: their column and unit, and their clock (a
/// time column, or frame numbers with the frame rate).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VideoColumns {
    /// The height or length column, and its unit's size in m.
    pub height: Source,
    /// The time column (s), when the file has one.
    pub time: Option<Source>,
    /// The frame-number column, when the heights are against frames.
    pub frame: Option<Source>,
}

impl VideoColumns {
    /// The video columns of a mapping made from a file's choices (roles
    /// `h`, and `t` or `n`), or what is missing.
    pub fn from_mapping(m: &Mapping) -> std::result::Result<VideoColumns, String> {
        let height = m.height.ok_or(
            "say which column of the video file is the specimen's height or length (role h)",
        )?;
        if m.time.is_none() && m.frame.is_none() {
            return Err(
                "say which column of the video file is the time or the frame number".to_string(),
            );
        }
        Ok(VideoColumns {
            height,
            time: m.time,
            frame: m.frame,
        })
    }
}

/// A merged test: the curve every analysis takes, and the two series on
/// the force log's clock for the time plot.
#[derive(Debug, Clone, PartialEq)]
pub struct TwoClocks {
    /// Force against displacement (first height − height), with time.
    pub curve: CorrectedCurve,
    /// The merge itself: common times, force, height, dropped points.
    pub merged: MergedCurve,
    /// The force log as read: time (s) and force (N).
    pub log: (Vec<f64>, Vec<f64>),
    /// The video's heights on the force log's clock: time + shift (s), m.
    pub video: (Vec<f64>, Vec<f64>),
}

/// The two files of a merge and how each is read: the force log (`log`,
/// read with `mapping` and `corrections`) and the video's heights (`video`,
/// its columns `columns`; frame numbers need `fps`).
#[derive(Clone, Copy)]
pub struct TwoFiles<'a> {
    /// The force log.
    pub log: &'a Import,
    /// Its columns.
    pub mapping: &'a Mapping,
    /// Its corrections.
    pub corrections: &'a Corrections,
    /// The video's heights.
    pub video: &'a Import,
    /// Its columns.
    pub columns: &'a VideoColumns,
    /// The video's frame rate, for frame numbers.
    pub fps: Option<f64>,
}

/// Merges the force log of `files` with its video's heights, the video's
/// clock shifted by `shift` seconds.
pub fn merge_files(files: &TwoFiles, shift: f64) -> Result<TwoClocks> {
    let Series {
        log_time,
        force,
        mut steps,
        video_time,
        height,
        clock,
    } = series(files)?;
    let merged = merge_on_time(&log_time, &force, &video_time, &height, shift)?;
    steps.push(format!(
        "force log and video heights merged on time: the video's clock from {clock}, shifted by {} s; {} points on the {}'s times, the other interpolated (never extrapolated; {} before and {} after the overlap dropped)",
        format_clean(shift, 4),
        merged.time.len(),
        match merged.onto {
            MergeOnto::Video => "video",
            MergeOnto::ForceLog => "force log",
        },
        merged.dropped_before,
        merged.dropped_after,
    ));
    steps.push("displacement = first height − height".to_string());
    let mut warnings = merged.warnings.clone();
    let tallest = height.iter().fold(0.0f64, |m, h| m.max(*h));
    if tallest < 1e-9 {
        warnings.push(format!(
            "The heights are below 1 nm (at most {} nm): check the unit of the video's height column.",
            format_clean(tallest * 1e9, 3)
        ));
    }
    let curve = CorrectedCurve {
        kind: CurveKind::ForceDisplacement,
        segments: find_segments(&merged.force, 0.01)?,
        displacement: merged.displacement.clone(),
        force: merged.force.clone(),
        time: Some(merged.time.clone()),
        steps,
        warnings,
    };
    let video_on_log: Vec<f64> = video_time.iter().map(|t| t + shift).collect();
    Ok(TwoClocks {
        curve,
        merged,
        log: (log_time, force),
        video: (video_on_log, height),
    })
}

/// The two series as read, before the merge: the force log's time (s),
/// force (N) and the steps that made it, and the video's time on its own
/// clock (s), heights (m) and where its clock came from.
struct Series {
    log_time: Vec<f64>,
    force: Vec<f64>,
    steps: Vec<String>,
    video_time: Vec<f64>,
    height: Vec<f64>,
    clock: String,
}

/// A force log (time s, force N) and video heights (time s on the log's
/// clock, height m).
pub type TwoSeries = ((Vec<f64>, Vec<f64>), (Vec<f64>, Vec<f64>));

/// The two series on the force log's clock (the video's shifted by
/// `shift`), for drawing even when they do not overlap: force log time (s)
/// and force (N), video time (s) and height (m).
pub fn series_on_one_clock(files: &TwoFiles, shift: f64) -> Result<TwoSeries> {
    let s = series(files)?;
    let shifted = s.video_time.iter().map(|t| t + shift).collect();
    Ok(((s.log_time, s.force), (shifted, s.height)))
}

fn series(files: &TwoFiles) -> Result<Series> {
    let TwoFiles {
        log,
        mapping,
        corrections,
        video,
        columns,
        fps,
    } = *files;
    let (log_time, force, steps) = read_force_log(log, 0..log.rows(), mapping, corrections)?;
    let column = |s: Source| -> Result<Vec<f64>> {
        let c = video
            .columns
            .get(s.column)
            .ok_or_else(|| Error::Inconsistent {
                message: "a mapped column is not in the video file".to_string(),
            })?;
        Ok(c.values.iter().map(|v| v * s.to_si).collect())
    };
    let height = column(columns.height)?;
    let (video_time, clock) = match (columns.time, columns.frame, fps) {
        (Some(t), _, _) => (column(t)?, "its time column".to_string()),
        (None, Some(f), Some(fps)) => (
            frames_to_times(&column(f)?, fps)?,
            format!("frame numbers at {} frames/s", format_clean(fps, 4)),
        ),
        (None, Some(_), None) => {
            return Err(Error::Inconsistent {
                message: "the heights are against frame numbers: give the video's frame rate (fps)"
                    .to_string(),
            })
        }
        (None, None, _) => {
            return Err(Error::Inconsistent {
                message: "the video file needs a time or a frame-number column".to_string(),
            })
        }
    };
    Ok(Series {
        log_time,
        force,
        steps,
        video_time,
        height,
        clock,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;
    use crate::measurement::proposal::{choices_from_proposal, mapping_from_choices, propose};

    /// A force log at 100 Hz, F = 2 µN·t/s for 10 s; an ImageJ table of
    /// lengths at 25 fps whose frame 1 is at t = 1.3 s of the force log,
    /// h = 300 nm − 5 nm·t_video/s.
    fn files() -> (Import, Import) {
        let mut log = String::from("Time (s),Force (uN)\n");
        for i in 0..=1000 {
            let t = i as f64 * 0.01;
            log.push_str(&format!("{t},{}\n", 2.0 * t));
        }
        let mut video = String::from(" ,Slice,Length\n");
        for i in 1..=150 {
            let t = (i - 1) as f64 / 25.0;
            video.push_str(&format!("{i},{i},{}\n", 300.0 - 5.0 * t));
        }
        (
            load_data("force.csv", log.as_bytes()).unwrap(),
            load_data("Results.csv", video.as_bytes()).unwrap(),
        )
    }

    #[test]
    fn an_imagej_table_and_a_force_log_merge_to_the_curve_that_made_them() {
        let (log, video) = files();
        let p = propose(&log);
        // ImageJ's columns: the row number, `Slice` (frames), `Length`
        // (no unit: the user gives it, nm here).
        let mut choices = choices_from_proposal(&video, &propose(&video));
        assert_eq!(
            choices
                .iter()
                .map(|c| c.role.map(|r| r.key()))
                .collect::<Vec<_>>(),
            [None, Some("n"), Some("h")]
        );
        choices[2].unit = crate::import::column_header::unit_from_symbol("nm");
        let columns = VideoColumns::from_mapping(&mapping_from_choices(&choices).unwrap()).unwrap();
        let two = merge_files(
            &TwoFiles {
                log: &log,
                mapping: &p.mapping,
                corrections: &p.corrections,
                video: &video,
                columns: &columns,
                fps: Some(25.0),
            },
            1.3,
        )
        .unwrap();
        let c = &two.curve;
        // Frames from 1.3 s to 7.26 s of the force log: all 150 kept, on
        // the video's (sparser) times.
        assert_eq!(c.force.len(), 150);
        for (i, (&f, &d)) in c.force.iter().zip(&c.displacement).enumerate() {
            let t_video = i as f64 / 25.0;
            let t = t_video + 1.3;
            assert!((f - 2e-6 * t).abs() < 1e-12, "row {i}: F = {f}");
            assert!((d - 5e-9 * t_video).abs() < 1e-15, "row {i}: δ = {d}");
        }
        assert!(
            c.steps.iter().any(|s| s.contains("shifted by 1.3 s")),
            "{:?}",
            c.steps
        );
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        // Lengths read in pm (a wrong unit): below 1 nm, and said so.
        let mut pm = choices.clone();
        pm[2].unit = crate::import::column_header::unit_from_symbol("pm");
        let small = VideoColumns::from_mapping(&mapping_from_choices(&pm).unwrap()).unwrap();
        let two = merge_files(
            &TwoFiles {
                log: &log,
                mapping: &p.mapping,
                corrections: &p.corrections,
                video: &video,
                columns: &small,
                fps: Some(25.0),
            },
            1.3,
        )
        .unwrap();
        assert!(
            two.curve.warnings.iter().any(|w| w.contains("below 1 nm")),
            "{:?}",
            two.curve.warnings
        );
        // Without the frame rate, the page is told what to give.
        let e = merge_files(
            &TwoFiles {
                log: &log,
                mapping: &p.mapping,
                corrections: &p.corrections,
                video: &video,
                columns: &columns,
                fps: None,
            },
            1.3,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("fps"), "{e}");
        // A shift that leaves no overlap says both spans.
        let e = merge_files(
            &TwoFiles {
                log: &log,
                mapping: &p.mapping,
                corrections: &p.corrections,
                video: &video,
                columns: &columns,
                fps: Some(25.0),
            },
            30.0,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("adjust the shift"), "{e}");
    }
}
