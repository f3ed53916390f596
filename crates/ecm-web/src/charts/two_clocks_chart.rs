//! A force log and video-frame heights on one time axis (the force log's
//! clock, the video's shifted), each scaled to its own range so both show
//! whole: a wrong shift shows as the force rising before the height falls.

use super::axes;
use super::axis_labels;
use super::chart_style;
use super::force_curve_chart::{thin, MAX_DRAWN};
use super::legend::LegendEntry;
use super::{err, lines_csv, Area, Chart, ChartTheme, Drawn};
use ecm_core::numbers::number_format::format_sig;

/// The horizontal axis.
const X_AXIS: chart_style::Axis = ("Time t (s), force log's clock", axis_labels::tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Fraction of its range", axis_labels::tick);

/// Two series against time, each scaled 0–1 over its range.
#[derive(Debug, Clone, PartialEq)]
pub struct TwoClocksChart {
    /// Force (µN) against time (s).
    pub force: Vec<(f64, f64)>,
    /// Height (nm) against the video's time plus the shift (s).
    pub height: Vec<(f64, f64)>,
    /// The shift added to the video's clock (s).
    pub shift: f64,
}

/// A series' lowest and highest value.
fn range(p: &[(f64, f64)]) -> (f64, f64) {
    p.iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &(_, y)| (a.min(y), b.max(y)))
}

/// The series scaled 0–1 over its range, thinned for drawing.
fn scaled(p: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let (lo, hi) = range(p);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let xs: Vec<f64> = p.iter().map(|q| q.0).collect();
    let ys: Vec<f64> = p.iter().map(|q| (q.1 - lo) / span).collect();
    thin(&xs, &ys, MAX_DRAWN)
}

impl TwoClocksChart {
    /// The two series' names with their ranges, as the legend shows them.
    fn names(&self) -> [String; 2] {
        let (f0, f1) = range(&self.force);
        let (h0, h1) = range(&self.height);
        [
            format!("force, {}–{} µN", format_sig(f0, 3), format_sig(f1, 3)),
            format!("height, {}–{} nm", format_sig(h0, 3), format_sig(h1, 3)),
        ]
    }

    fn lines(&self) -> Vec<(String, Vec<(f64, f64)>)> {
        let [f, h] = self.names();
        vec![(f, scaled(&self.force)), (h, scaled(&self.height))]
    }
}

impl Chart for TwoClocksChart {
    fn draw<DB: plotters::prelude::DrawingBackend>(
        &self,
        root: &Area<DB>,
        t: &ChartTheme,
    ) -> Drawn {
        let all = self.force.iter().chain(&self.height);
        let (x0, x1) = all.fold((f64::MAX, f64::MIN), |(a, b), &(x, _)| (a.min(x), b.max(x)));
        if !(x0.is_finite() && x1.is_finite()) || x1 <= x0 {
            return Ok(());
        }
        let area = super::legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let pad = (x1 - x0) * 0.02;
        let mut chart = chart_style::builder(root, t)
            .build_cartesian_2d(axes::linear(x0 - pad..x1 + pad), axes::linear(-0.05..1.05))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        chart_style::draw_lines(&mut chart, self.lines(), t)
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let [f, h] = self.names();
        chart_style::line_entries(&[f.as_str(), h.as_str()], t)
    }

    fn csv(&self) -> String {
        let raw = vec![
            ("force (µN)".to_string(), self.force.clone()),
            ("height (nm)".to_string(), self.height.clone()),
        ];
        lines_csv("series,time (s),value", &raw)
    }

    fn alt_text(&self, sig: usize) -> String {
        let [f, h] = self.names();
        format!(
            "The force log and the video's heights against time, each scaled to its range: {f} ({} points); {h} ({} points), the video's clock shifted by {} s.",
            self.force.len(),
            self.height.len(),
            format_sig(self.shift, sig)
        )
    }

    fn file_stem(&self) -> &'static str {
        "two-clocks"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_both_series_with_their_ranges() {
        let force: Vec<(f64, f64)> = (0..=100)
            .map(|i| (i as f64 * 0.1, i as f64 * 0.2))
            .collect();
        let height: Vec<(f64, f64)> = (0..=25)
            .map(|i| (1.3 + i as f64 * 0.04, 300.0 - i as f64))
            .collect();
        let c = TwoClocksChart {
            force,
            height,
            shift: 1.3,
        };
        let texts = texts(&svg(&c));
        for label in ["force, 0–20.0 µN", "height, 275–300 nm"] {
            assert!(texts.iter().any(|t| t == label), "{label}: {texts:?}");
        }
        assert!(
            c.alt_text(3).contains("shifted by 1.30 s"),
            "{}",
            c.alt_text(3)
        );
        assert_eq!(c.csv().lines().count(), 1 + 101 + 26);
        for width in [320.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
