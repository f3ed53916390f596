//! A force log and video-frame heights, recorded on two clocks, merged on time.
//!
//! The paper's method (ACS Energy Lett. 2020, 5, 2546, doi
//! 10.1021/acsenergylett.0c01214): the force, from the AFM cantilever's
//! deflection, is logged against time; the specimen's height is measured on
//! the TEM video's frames. The two series share no clock, so the video's times
//! are moved by a shift `s` (s) onto the force log's clock: `t = t_video + s`.
//!
//! **Frames to times** ([`frames_to_times`]): ImageJ numbers slices from 1, so
//! `t = (frame − 1) / fps` (s): slice 1 is t = 0.
//!
//! **Merging** ([`merge_on_time`]): each series is put in time order (a
//! sort, with a warning) and repeated times are averaged into one point (with
//! a warning). The merged curve lives on the time points of the sparser
//! series within the overlap of the two spans (usually the video frames); the
//! other series is interpolated linearly onto them,
//! `v(t) = v₀ + (v₁ − v₀)(t − t₀)/(t₁ − t₀)` between its neighbouring points
//! t₀ ≤ t ≤ t₁. Points of the kept series outside the other's span are dropped,
//! never extrapolated. The displacement is `δ = h(first point) − h` (m,
//! positive in compression).

use crate::error::{finite, Error, Result};
use crate::numbers::number_format::format_clean;
use serde::Serialize;

/// Which series' time points the merged curve keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MergeOnto {
    /// The video frames' times (the force log interpolated onto them).
    Video,
    /// The force log's times (the heights interpolated onto them).
    ForceLog,
}

/// Force and height on common time points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergedCurve {
    /// Time on the force log's clock (video times plus the shift), s.
    pub time: Vec<f64>,
    /// Force, N.
    pub force: Vec<f64>,
    /// Height of the specimen, m.
    pub height: Vec<f64>,
    /// Displacement `height[0] − height`, m (positive in compression).
    pub displacement: Vec<f64>,
    /// Points of the kept (sparser) series before the other series' first
    /// time, dropped rather than extrapolated.
    pub dropped_before: usize,
    /// Points of the kept (sparser) series after the other series' last
    /// time, dropped rather than extrapolated.
    pub dropped_after: usize,
    /// Which series' times were kept: the sparser within the overlap.
    pub onto: MergeOnto,
    /// What the user should know (sorting, averaged repeats, dropped points).
    pub warnings: Vec<String>,
}

/// Times (s) of video frames numbered as ImageJ numbers slices, from 1:
/// `t = (frame − 1) / fps`, so slice 1 is t = 0. `fps` in frames per second.
///
/// ```
/// use ecm_core::measurement::clock_merge::frames_to_times;
/// assert_eq!(frames_to_times(&[1.0, 2.0, 26.0], 25.0).unwrap(), vec![0.0, 0.04, 1.0]);
/// ```
pub fn frames_to_times(frames: &[f64], fps: f64) -> Result<Vec<f64>> {
    if !(fps.is_finite() && fps > 0.0) {
        return Err(Error::Inconsistent {
            message: "the frame rate must be a number of frames per second above 0".into(),
        });
    }
    frames
        .iter()
        .enumerate()
        .map(|(i, &f)| {
            if !f.is_finite() {
                return Err(Error::Inconsistent {
                    message: format!("row {}: the frame number is not a finite number", i + 1),
                });
            }
            if f < 1.0 {
                return Err(Error::Inconsistent {
                    message: format!(
                        "row {}: frame {} is below 1; slices are numbered from 1 (add 1 to \
                         frame numbers that count from 0)",
                        i + 1,
                        format_clean(f, 6)
                    ),
                });
            }
            finite("frame time", (f - 1.0) / fps)
        })
        .collect()
}

/// One series, checked, in time order with repeated times averaged.
struct Series {
    time: Vec<f64>,
    value: Vec<f64>,
}

/// Checks a series (`name`: "the force log" or "the video"), applies the
/// shift, sorts it and averages repeats, with warnings.
fn prepare(
    name: &str,
    what: &str,
    time: &[f64],
    value: &[f64],
    shift: f64,
    positive: bool,
    warnings: &mut Vec<String>,
) -> Result<Series> {
    if time.len() != value.len() {
        return Err(Error::Inconsistent {
            message: format!(
                "{name} has {} times and {} {what} values; they must be as many",
                time.len(),
                value.len()
            ),
        });
    }
    let mut pairs = Vec::with_capacity(time.len());
    for (i, (&t, &v)) in time.iter().zip(value).enumerate() {
        let bad = |message: String| Error::Inconsistent {
            message: format!("row {} of {name}: {message}", i + 1),
        };
        if !t.is_finite() {
            return Err(bad("the time is not a finite number".into()));
        }
        if !v.is_finite() {
            return Err(bad(format!("the {what} is not a finite number")));
        }
        if positive && v <= 0.0 {
            return Err(bad(format!(
                "the {what} must be above 0 m; got {} m",
                format_clean(v, 4)
            )));
        }
        let t = t + shift;
        if !t.is_finite() {
            return Err(bad("the time plus the shift is too large".into()));
        }
        pairs.push((t, v));
    }
    if pairs.windows(2).any(|w| w[1].0 < w[0].0) {
        // Rows at one time are averaged next, so their order does not matter.
        crate::fitting::sort_points(&mut pairs);
        warnings.push(format!(
            "the times of {name} were not in order; its rows were sorted by time"
        ));
    }
    let mut series = Series {
        time: Vec::with_capacity(pairs.len()),
        value: Vec::with_capacity(pairs.len()),
    };
    let mut repeats = 0usize;
    let mut k = 0;
    while let Some(&(t, _)) = pairs.get(k) {
        let mut sum = 0.0;
        let mut count = 0usize;
        while let Some(&(t2, v)) = pairs.get(k) {
            if t2 != t {
                break;
            }
            sum += v;
            count += 1;
            k += 1;
        }
        repeats += count - 1;
        series.time.push(t);
        series
            .value
            .push(finite("averaged value", sum / count as f64)?);
    }
    if repeats > 0 {
        warnings.push(format!(
            "{repeats} row(s) of {name} repeat a time already present; the values at each \
             repeated time were averaged into one point"
        ));
    }
    if series.time.len() < 2 {
        return Err(Error::Inconsistent {
            message: format!("{name} needs at least 2 distinct times"),
        });
    }
    Ok(series)
}

/// First and last time of a sorted, non-empty series.
fn span(s: &Series) -> (f64, f64) {
    (
        s.time.first().copied().unwrap_or(0.0),
        s.time.last().copied().unwrap_or(0.0),
    )
}

/// Merges the force log (`force_time` s, `force` N) and the video's heights
/// (`video_time` s on the video's clock, `height` m, above 0) on time, with
/// `shift` (s) added to the video's times to put them on the force log's
/// clock. The merged curve keeps the sparser series' times inside the other's
/// span and interpolates the other linearly onto them (see the module docs);
/// nothing is extrapolated. Errors: a non-finite value (naming the row,
/// 1-based, and the series), a height ≤ 0, spans that do not overlap, fewer
/// than 2 merged points.
pub fn merge_on_time(
    force_time: &[f64],
    force: &[f64],
    video_time: &[f64],
    height: &[f64],
    shift: f64,
) -> Result<MergedCurve> {
    if !shift.is_finite() {
        return Err(Error::Inconsistent {
            message: "the clock shift must be a finite number of seconds".into(),
        });
    }
    let mut warnings = Vec::new();
    let f = prepare(
        "the force log",
        "force",
        force_time,
        force,
        0.0,
        false,
        &mut warnings,
    )?;
    let v = prepare(
        "the video",
        "height",
        video_time,
        height,
        shift,
        true,
        &mut warnings,
    )?;
    let (fa, fb) = span(&f);
    let (va, vb) = span(&v);
    let (lo, hi) = (fa.max(va), fb.min(vb));
    if lo >= hi {
        let s = |x: f64| format_clean(x, 4);
        return Err(Error::Inconsistent {
            message: format!(
                "the force log covers {}–{} s and the video {}–{} s after the shift of {} s; \
                 they do not overlap: adjust the shift",
                s(fa),
                s(fb),
                s(va),
                s(vb),
                s(shift)
            ),
        });
    }
    let inside = |s: &Series| s.time.iter().filter(|&&t| t >= lo && t <= hi).count();
    let onto = if inside(&v) <= inside(&f) {
        MergeOnto::Video
    } else {
        MergeOnto::ForceLog
    };
    let (kept, other) = match onto {
        MergeOnto::Video => (&v, &f),
        MergeOnto::ForceLog => (&f, &v),
    };
    let (oa, ob) = span(other);
    let dropped_before = kept.time.iter().filter(|&&t| t < oa).count();
    let dropped_after = kept.time.iter().filter(|&&t| t > ob).count();
    let n = kept.time.len() - dropped_before - dropped_after;
    let mut time = Vec::with_capacity(n);
    let mut interpolated = Vec::with_capacity(n);
    let mut own = Vec::with_capacity(n);
    let mut j = 0usize; // other.time[j] ≤ t < other.time[j + 1] (or t at the last point)
    for (&t, &value) in kept.time.iter().zip(&kept.value) {
        if t < oa || t > ob {
            continue;
        }
        while other.time.get(j + 1).is_some_and(|&next| next <= t) {
            j += 1;
        }
        let (Some(&t0), Some(&v0)) = (other.time.get(j), other.value.get(j)) else {
            continue;
        };
        let x = match (other.time.get(j + 1), other.value.get(j + 1)) {
            (Some(&t1), Some(&v1)) if t > t0 => v0 + (v1 - v0) * ((t - t0) / (t1 - t0)),
            _ => v0,
        };
        time.push(t);
        interpolated.push(finite("interpolated value", x)?);
        own.push(value);
    }
    if time.len() < 2 {
        return Err(Error::Inconsistent {
            message: format!(
                "only {} point(s) lie where both the force log and the video have data; at \
                 least 2 are needed: adjust the shift",
                time.len()
            ),
        });
    }
    let (force, height) = match onto {
        MergeOnto::Video => (interpolated, own),
        MergeOnto::ForceLog => (own, interpolated),
    };
    let h0 = height.first().copied().unwrap_or(0.0);
    let displacement = height
        .iter()
        .map(|&h| finite("displacement", h0 - h))
        .collect::<Result<Vec<f64>>>()?;
    let dropped = dropped_before + dropped_after;
    if dropped > 0 {
        let (kept_name, other_name) = match onto {
            MergeOnto::Video => ("video frame(s)", "the force log"),
            MergeOnto::ForceLog => ("force reading(s)", "the video"),
        };
        warnings.push(format!(
            "{dropped} {kept_name} ({dropped_before} before, {dropped_after} after) lie outside \
             the time span of {other_name} and were left out, not extrapolated"
        ));
    }
    Ok(MergedCurve {
        time,
        force,
        height,
        displacement,
        dropped_before,
        dropped_after,
        onto,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Force on the force log's clock: 0.2 µN/s plus 0.01 µN/s², so F'' = 0.02 µN/s².
    fn force_at(t: f64) -> f64 {
        0.2e-6 * t + 0.01e-6 * t * t
    }

    /// Height on the force log's clock: 300 nm, shrinking 5 nm/s.
    fn height_at(t: f64) -> f64 {
        300e-9 - 5e-9 * t
    }

    /// Force log at 100 Hz over 0–12 s; video of 400 frames at 25 fps whose
    /// clock runs 1.3 s behind the force log's (video t = 0 is force t = −1.3 s).
    fn series() -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
        let ft: Vec<f64> = (0..=1200).map(|i| i as f64 / 100.0).collect();
        let f = ft.iter().map(|&t| force_at(t)).collect();
        let frames: Vec<f64> = (1..=400).map(|i| i as f64).collect();
        let vt = frames_to_times(&frames, 25.0).unwrap();
        let h = vt.iter().map(|&t| height_at(t - 1.3)).collect();
        (ft, f, vt, h)
    }

    #[test]
    fn merges_onto_the_frames_within_interpolation_error() {
        let (ft, f, vt, h) = series();
        let m = merge_on_time(&ft, &f, &vt, &h, -1.3).unwrap();
        assert_eq!(m.onto, MergeOnto::Video);
        // Video times −1.3 … 14.66 s against the log's 0 … 12 s:
        // before: (frame − 1)/25 < 1.3 → frame − 1 ≤ 32 → 33 frames;
        // after: (frame − 1)/25 > 13.3 → frame − 1 ≥ 333 → 67 frames; 300 kept.
        assert_eq!((m.dropped_before, m.dropped_after), (33, 67));
        assert_eq!(m.time.len(), 300);
        assert!(m.time.iter().all(|&t| (0.0..=12.0).contains(&t)));
        // Linear interpolation over 10 ms steps errs by at most Δt²/8·|F''|
        // = (0.01 s)²/8 · 0.02 µN/s² = 2.5e-13 N.
        let bound = 0.01f64.powi(2) / 8.0 * 0.02e-6 + 1e-18;
        for (&t, &force) in m.time.iter().zip(&m.force) {
            assert!((force - force_at(t)).abs() <= bound, "{t}");
        }
        // The heights are the video's own, and δ = h0 − h exactly.
        let h_kept = &h[33..333];
        assert_eq!(m.height, h_kept);
        for (&d, &hh) in m.displacement.iter().zip(h_kept) {
            assert_eq!(d, h_kept[0] - hh);
        }
        // ... which is 5 nm/s times the time since the first kept frame.
        let last = m.displacement.last().unwrap();
        assert!((last - 5e-9 * (m.time[299] - m.time[0])).abs() < 1e-20);
        assert!(m
            .warnings
            .iter()
            .any(|w| w.contains("100 video frame(s) (33 before, 67 after)")));
    }

    #[test]
    fn a_shift_that_leaves_no_overlap_is_an_error() {
        let (ft, f, vt, h) = series();
        let e = merge_on_time(&ft, &f, &vt, &h, 20.0)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "the force log covers 0–12 s and the video 20–35.96 s after the shift of 20 s; they \
             do not overlap: adjust the shift"
        );
        // Touching at one instant: fewer than 2 merged points.
        let e = merge_on_time(&[0.0, 1.0], &[0.0, 1.0], &[0.0, 1.0], &[1.0, 1.0], 1.0);
        assert!(e.is_err());
    }

    #[test]
    fn never_extrapolates_and_keeps_the_sparser_series() {
        // Force at 4 times, heights at 10: the force log is sparser here, so the
        // heights are interpolated onto 0, 1, 2, 3 s; the log's point at 3 s lies
        // past the video's last time (2.7 s) and is dropped.
        let ft = [0.0, 1.0, 2.0, 3.0];
        let f = [0.0, 1e-6, 2e-6, 3e-6];
        let vt: Vec<f64> = (0..10).map(|i| i as f64 * 0.3).collect();
        let h: Vec<f64> = vt.iter().map(|&t| 100e-9 - 10e-9 * t).collect();
        let m = merge_on_time(&ft, &f, &vt, &h, 0.0).unwrap();
        assert_eq!(m.onto, MergeOnto::ForceLog);
        assert_eq!((m.dropped_before, m.dropped_after), (0, 1));
        assert_eq!(m.time, vec![0.0, 1.0, 2.0]);
        // h(1 s) between 0.9 s (91 nm) and 1.2 s (88 nm): 91 − 3·(0.1/0.3) = 90 nm.
        assert!((m.height[1] - 90e-9).abs() < 1e-21);
        assert!((m.displacement[2] - 20e-9).abs() < 1e-21);
    }

    #[test]
    fn sorting_repeats_and_bad_rows() {
        // Unsorted video with a repeated time: sorted, the repeat averaged
        // (4 distinct frame times against 6 force readings in 0.5–3 s: onto the video).
        let ft: Vec<f64> = (0..=8).map(|i| i as f64 * 0.5).collect();
        let f = ft.clone();
        let vt = [2.0, 0.5, 1.0, 1.0, 3.0];
        let h = [3.0, 1.0, 2.0, 4.0, 5.0];
        let m = merge_on_time(&ft, &f, &vt, &h, 0.0).unwrap();
        assert_eq!(m.time, vec![0.5, 1.0, 2.0, 3.0]);
        assert_eq!(m.height, vec![1.0, 3.0, 3.0, 5.0]);
        assert_eq!(m.force, vec![0.5, 1.0, 2.0, 3.0]);
        assert!(m.warnings.iter().any(|w| w.contains("not in order")));
        assert!(m
            .warnings
            .iter()
            .any(|w| w.starts_with("1 row(s) of the video")));
        // Non-finite values name the row and the series; heights must be above 0.
        let mut bad = f.clone();
        bad[4] = f64::NAN;
        let e = merge_on_time(&ft, &bad, &vt, &h, 0.0)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "row 5 of the force log: the force is not a finite number"
        );
        let e = merge_on_time(&ft, &f, &vt, &[3.0, 1.0, 0.0, 4.0, 5.0], 0.0)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("row 3 of the video: the height must be above 0 m"),
            "{e}"
        );
        assert!(merge_on_time(&ft, &f, &vt, &h[..4], 0.0).is_err());
        assert!(merge_on_time(&ft, &f, &vt, &h, f64::NAN).is_err());
    }

    #[test]
    fn frames_to_times_by_hand() {
        // Slice 1 → 0 s; slice 2 → 1/25 = 0.04 s; slice 26 → 25/25 = 1 s; slice 3.5 → 0.1 s.
        assert_eq!(
            frames_to_times(&[1.0, 2.0, 26.0, 3.5], 25.0).unwrap(),
            vec![0.0, 0.04, 1.0, 0.1]
        );
        assert!(frames_to_times(&[0.0], 25.0).is_err());
        assert!(frames_to_times(&[1.0], 0.0).is_err());
        assert!(frames_to_times(&[f64::INFINITY], 25.0).is_err());
        assert_eq!(frames_to_times(&[], 25.0).unwrap(), Vec::<f64>::new());
    }

    #[test]
    #[ignore]
    fn timing() {
        // 100 000 force readings (100 Hz, 1000 s) against 25 000 frames (25 fps).
        let ft: Vec<f64> = (0..100_000).map(|i| i as f64 / 100.0).collect();
        let f: Vec<f64> = ft.iter().map(|&t| force_at(t)).collect();
        let frames: Vec<f64> = (1..=25_000).map(|i| i as f64).collect();
        let t0 = std::time::Instant::now();
        let vt = frames_to_times(&frames, 25.0).unwrap();
        let h: Vec<f64> = vt.iter().map(|&t| 300e-9 - 1e-10 * t).collect();
        let m = merge_on_time(&ft, &f, &vt, &h, 0.5).unwrap();
        eprintln!(
            "merge 100k × 25k: {:?} ({} points)",
            t0.elapsed(),
            m.time.len()
        );
    }
}
