//! A measured force–displacement curve after the corrections, drawn by
//! segment (loading, hold, unloading, or the file's own segments), with the
//! maximum force marked. Long records are thinned for drawing only, keeping
//! each stretch's lowest and highest point so no peak is lost.

use super::axes;
use super::chart_style;
use super::legend::{LegendEntry, Symbol};
use super::{axis_labels, err, lines_csv, Area, Chart, ChartTheme, Drawn};
use ecm_core::numbers::number_format::format_sig;
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Displacement δ (nm)", axis_labels::tick);
/// The vertical axis, in µN (a pillar's, a sphere's or an indent's force).
const Y_AXIS: chart_style::Axis = ("Force F (µN)", axis_labels::tick);
/// The vertical axis in nN (an AFM cantilever's force).
const Y_AXIS_NN: chart_style::Axis = ("Force F (nN)", axis_labels::tick);

/// Most points drawn per segment.
pub const MAX_DRAWN: usize = 2000;

/// Force (µN, or nN for an AFM's) against displacement (nm), by segment.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceCurveChart {
    /// Named segments, thinned for drawing (see [`thin`]): (nm, force in
    /// the chart's unit).
    pub segments: Vec<(String, Vec<(f64, f64)>)>,
    /// Points in the whole record (before thinning).
    pub points: usize,
    /// The maximum force and the displacement at it.
    pub max_point: Option<(f64, f64)>,
    /// Whether forces are in nN (an AFM's, as its results are) rather than µN.
    pub in_nn: bool,
}

impl ForceCurveChart {
    /// The force's unit: nN or µN.
    pub fn force_unit(&self) -> &'static str {
        if self.in_nn {
            "nN"
        } else {
            "µN"
        }
    }
}

/// At most about `max` points of `xs`/`ys` for drawing: the record is cut
/// into `max / 2` stretches and each keeps its lowest and highest `y`, in
/// their order; a short record is kept whole.
pub fn thin(xs: &[f64], ys: &[f64], max: usize) -> Vec<(f64, f64)> {
    let n = xs.len().min(ys.len());
    let buckets = (max / 2).max(1);
    if n <= max {
        return (0..n).map(|i| (xs[i], ys[i])).collect();
    }
    let mut out = Vec::with_capacity(buckets * 2);
    for b in 0..buckets {
        let (lo, hi) = (b * n / buckets, ((b + 1) * n / buckets).min(n));
        if lo >= hi {
            continue;
        }
        let (mut a, mut z) = (lo, lo);
        for i in lo..hi {
            if ys[i] < ys[a] {
                a = i;
            }
            if ys[i] > ys[z] {
                z = i;
            }
        }
        let (first, second) = if a <= z { (a, z) } else { (z, a) };
        out.push((xs[first], ys[first]));
        if second != first {
            out.push((xs[second], ys[second]));
        }
    }
    out
}

impl Chart for ForceCurveChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let all = self.segments.iter().flat_map(|(_, p)| p.iter());
        let (mut x0, mut x1, mut y0, mut y1) = (0.0f64, f64::MIN, 0.0f64, f64::MIN);
        for &(x, y) in all {
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        if x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        let area = super::legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let pad = |a: f64, b: f64| (b - a) * 0.05;
        let mut chart = chart_style::builder(root, t)
            .build_cartesian_2d(
                axes::linear(x0..x1 + pad(x0, x1)),
                axes::linear(y0..y1 + pad(y0, y1)),
            )
            .map_err(err)?;
        let y_axis = if self.in_nn { Y_AXIS_NN } else { Y_AXIS };
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, y_axis)?;
        chart_style::draw_lines(&mut chart, self.segments.clone(), t)?;
        if let Some(p) = self.max_point {
            chart
                .draw_series(std::iter::once(Circle::new(
                    p,
                    t.px(6.0),
                    t.foreground.filled(),
                )))
                .map_err(err)?;
        }
        Ok(())
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let names: Vec<&str> = self.segments.iter().map(|(n, _)| n.as_str()).collect();
        let mut out = chart_style::line_entries(&names, t);
        if self.max_point.is_some() {
            out.push(LegendEntry {
                label: "maximum force".into(),
                color: t.foreground,
                symbol: Symbol::Dot,
            });
        }
        out
    }

    fn csv(&self) -> String {
        lines_csv(
            &format!("segment,displacement (nm),force ({})", self.force_unit()),
            &self.segments,
        )
    }

    fn alt_text(&self, sig: usize) -> String {
        let names: Vec<&str> = self.segments.iter().map(|(n, _)| n.as_str()).collect();
        let mut s = format!(
            "Force against displacement, {} points, in {}: {}.",
            self.points,
            if names.len() == 1 {
                "one segment"
            } else {
                "segments"
            },
            names.join(", ")
        );
        if let Some((x, y)) = self.max_point {
            s.push_str(&format!(
                " Maximum force {} {} at {} nm.",
                format_sig(y, sig),
                self.force_unit(),
                format_sig(x, sig)
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "force-displacement"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn thinning_keeps_every_peak_and_the_order() {
        // A million points with one spike at 777 777 and one dip at 123 457.
        let n = 1_000_000;
        let xs: Vec<f64> = (0..n).map(|i| i as f64).collect();
        let mut ys: Vec<f64> = (0..n).map(|i| (i % 10) as f64).collect();
        ys[777_777] = 1e6;
        ys[123_457] = -1e6;
        let t = thin(&xs, &ys, MAX_DRAWN);
        assert!(t.len() <= MAX_DRAWN, "{}", t.len());
        assert!(t.contains(&(777_777.0, 1e6)));
        assert!(t.contains(&(123_457.0, -1e6)));
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0), "in order");
        // A short record is kept as it is.
        assert_eq!(
            thin(&[1.0, 2.0], &[3.0, 4.0], 10),
            vec![(1.0, 3.0), (2.0, 4.0)]
        );
    }

    #[test]
    fn draws_segments_and_the_maximum() {
        let load: Vec<(f64, f64)> = (0..=50).map(|i| (i as f64, i as f64 * 0.4)).collect();
        let unload: Vec<(f64, f64)> = (0..=20)
            .map(|i| (50.0 - i as f64 * 0.5, 20.0 - i as f64))
            .collect();
        let c = ForceCurveChart {
            segments: vec![("loading".into(), load), ("unloading".into(), unload)],
            points: 72,
            max_point: Some((50.0, 20.0)),
            in_nn: false,
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        for label in ["loading", "unloading", "maximum force", "Force F (µN)"] {
            assert!(texts.iter().any(|t| t == label), "{label}");
        }
        assert_clean_labels(&svg);
        assert!(c.alt_text(3).contains("Maximum force 20.0 µN at 50.0 nm"));
        assert_eq!(c.csv().lines().count(), 1 + 51 + 21);
        for width in [320.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }

    #[test]
    fn an_afm_curve_is_drawn_in_nanonewtons() {
        // 1.5 nN at 20 nm: the axis, the alt text and the CSV say nN.
        let approach: Vec<(f64, f64)> = (0..=20)
            .map(|i| (i as f64, 1.5 * (i as f64 / 20.0).powf(1.5)))
            .collect();
        let c = ForceCurveChart {
            segments: vec![("approach".into(), approach)],
            points: 21,
            max_point: Some((20.0, 1.5)),
            in_nn: true,
        };
        let texts = texts(&svg(&c));
        assert!(texts.iter().any(|t| t == "Force F (nN)"));
        assert!(!texts.iter().any(|t| t.contains("µN")));
        assert!(c.alt_text(3).contains("Maximum force 1.50 nN at 20.0 nm"));
        assert!(c.csv().starts_with("segment,displacement (nm),force (nN)"));
    }
}
