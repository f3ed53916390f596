//! A measured stress–strain curve with the fitted modulus line, the offset
//! yield point and the maximum marked.

use super::axes;
use super::chart_style;
use super::legend::{self, LegendEntry, Symbol};
use super::triangle_marker::Triangle;
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::measurement::loading_analysis::Analysis;
use ecm_core::numbers::number_format::{format_data, format_sig};
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Engineering strain ε (%)", axis_labels::tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Engineering stress σ (MPa)", axis_labels::tick);

/// Most points drawn; longer series are thinned evenly for drawing (the CSV keeps all).
pub const MAX_DRAWN: usize = 2000;

/// A stress–strain chart (strain in %, stress in MPa).
#[derive(Debug, Clone, PartialEq)]
pub struct StressStrainChart {
    /// The measured points.
    pub points: Vec<(f64, f64)>,
    /// Fitted line: (slope in MPa per %, intercept in MPa, window start %, window end %).
    pub fit: Option<(f64, f64, f64, f64)>,
    /// Offset yield point.
    pub yield_point: Option<(f64, f64)>,
    /// Maximum stress point.
    pub max_point: Option<(f64, f64)>,
}

impl StressStrainChart {
    /// The chart of a loading curve (strain, stress in Pa) and its
    /// analysis, in % and MPa.
    pub fn of_loading(strain: &[f64], stress: &[f64], a: &Analysis) -> Self {
        StressStrainChart {
            points: strain
                .iter()
                .zip(stress)
                .map(|(e, s)| (e * 100.0, s / 1e6))
                .collect(),
            fit: Some((
                a.fit.slope / 1e6 / 100.0,
                a.fit.intercept / 1e6,
                a.fit.strain_min * 100.0,
                a.fit.strain_max * 100.0,
            )),
            yield_point: a.offset_yield.map(|(x, y)| (x * 100.0, y / 1e6)),
            max_point: Some((a.strain_at_max * 100.0, a.max_stress / 1e6)),
        }
    }
}

impl Chart for StressStrainChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        if self.points.is_empty() {
            return Ok(());
        }
        let area = legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let (mut x0, mut x1, mut y0, mut y1) = (
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
        );
        for &(x, y) in &self.points {
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        x0 = x0.min(0.0);
        y0 = y0.min(0.0);
        let pad = |a: f64, b: f64| if b > a { (b - a) * 0.05 } else { 1.0 };
        let (px, py) = (pad(x0, x1), pad(y0, y1));
        let mut chart = chart_style::builder(root, t)
            .build_cartesian_2d(axes::linear(x0..x1 + px), axes::linear(y0..y1 + py))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        let step = self.points.len().div_ceil(MAX_DRAWN).max(1);
        let drawn: Vec<(f64, f64)> = self.points.iter().step_by(step).copied().collect();
        let w = t.px(2.0);
        let c0 = t.series[0];
        chart
            .draw_series(LineSeries::new(drawn, c0.stroke_width(w)))
            .map_err(err)?;
        if let Some((slope, b, lo, hi)) = self.fit {
            let c1 = t.series[1];
            // The fit's window, extended by half its width, and cut where it
            // leaves the plot at the top (never dropped).
            let top = y1 + py;
            let mut end = hi + (hi - lo) * 0.5;
            if slope > 0.0 && slope * end + b > top {
                end = ((top - b) / slope).max(lo);
            }
            let line: Vec<(f64, f64)> = [lo, end].iter().map(|&x| (x, slope * x + b)).collect();
            chart
                .draw_series(LineSeries::new(line, c1.stroke_width(w)))
                .map_err(err)?;
        }
        if let Some(p) = self.yield_point {
            let c2 = t.series[2];
            let r = t.px(6.0);
            chart
                .draw_series(std::iter::once(Triangle::new(p, r, c2.filled())))
                .map_err(err)?;
        }
        if let Some(p) = self.max_point {
            let c3 = t.series[3];
            let r = t.px(6.0);
            chart
                .draw_series(std::iter::once(Circle::new(p, r, c3.filled())))
                .map_err(err)?;
        }
        Ok(())
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let entry = |label: &str, i: usize, symbol| LegendEntry {
            label: label.to_string(),
            color: t.series[i],
            symbol,
        };
        let mut out = vec![entry("measured", 0, Symbol::Line)];
        if self.fit.is_some() {
            out.push(entry("modulus fit", 1, Symbol::Line));
        }
        if self.yield_point.is_some() {
            out.push(entry("offset yield", 2, Symbol::Triangle));
        }
        if self.max_point.is_some() {
            out.push(entry("maximum", 3, Symbol::Dot));
        }
        out
    }

    fn csv(&self) -> String {
        let mut out = String::with_capacity(self.points.len() * 24);
        out.push_str("engineering strain (%),engineering stress (MPa)\n");
        for (x, y) in &self.points {
            out.push_str(&format!("{},{}\n", format_data(*x), format_data(*y)));
        }
        out
    }

    fn alt_text(&self, sig: usize) -> String {
        let mut s = format!(
            "Stress–strain curve of {} measured points.",
            self.points.len()
        );
        if let Some((slope, _, lo, hi)) = self.fit {
            s.push_str(&format!(
                " A straight line fitted from {} % to {} % strain gives a modulus of {} GPa.",
                format_sig(lo, sig),
                format_sig(hi, sig),
                format_sig(slope * 100.0 / 1e3, sig)
            ));
        }
        if let Some((x, y)) = self.yield_point {
            s.push_str(&format!(
                " Offset yield at {} % and {} MPa.",
                format_sig(x, sig),
                format_sig(y, sig)
            ));
        }
        if let Some((x, y)) = self.max_point {
            s.push_str(&format!(
                " Maximum stress {} MPa at {} %.",
                format_sig(y, sig),
                format_sig(x, sig)
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "stress-strain"
    }
}

#[cfg(test)]
mod tests {
    use super::super::drawing::Paint;
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_curve_fit_and_markers() {
        let points: Vec<(f64, f64)> = (0..=100)
            .map(|i| i as f64 * 0.1)
            .map(|x| {
                (
                    x,
                    if x <= 1.0 {
                        20.0 * x
                    } else {
                        20.0 + 1.0 * (x - 1.0)
                    },
                )
            })
            .collect();
        let c = StressStrainChart {
            points,
            fit: Some((20.0, 0.0, 0.0, 0.8)),
            yield_point: Some((1.2, 20.2)),
            max_point: Some((10.0, 29.0)),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        for label in [
            "measured",
            "modulus fit",
            "offset yield",
            "maximum",
            "Engineering strain ε (%)",
        ] {
            assert!(texts.iter().any(|t| t == label), "{label}");
        }
        assert_clean_labels(&svg);
        // 20 MPa per % is 2 GPa.
        assert!(c.alt_text(3).contains("modulus of 2.00 GPa"));
        assert!(c.alt_text(5).contains("modulus of 2.0000 GPa"));
    }

    #[test]
    fn a_steep_fit_is_cut_at_the_top_of_the_plot_not_dropped() {
        // Elastic at 50 MPa per % to 1 % (50 MPa), then flat: the fit over
        // 0–1 %, extended to 1.5 %, would reach 75 MPa, above the plot.
        let points: Vec<(f64, f64)> = (0..=40)
            .map(|i| i as f64 * 0.1)
            .map(|x| (x, 50.0 * x.min(1.0)))
            .collect();
        let c = StressStrainChart {
            points,
            fit: Some((50.0, 0.0, 0.0, 1.0)),
            yield_point: None,
            max_point: None,
        };
        let svg = svg(&c);
        // The fit is drawn in the second series colour: the line itself and
        // the legend's sample.
        let colour = format!(
            "stroke=\"{}\"",
            Paint::from(ChartTheme::light(1.0).series[1].to_backend_color()).hex()
        );
        let fits: Vec<usize> = svg
            .split("<polyline")
            .skip(1)
            .map(|p| p.split("/>").next().unwrap_or(""))
            .filter(|p| p.contains(&colour))
            .map(|p| {
                p.split("points=\"")
                    .nth(1)
                    .unwrap_or("")
                    .split('"')
                    .next()
                    .unwrap_or("")
                    .split(' ')
                    .count()
            })
            .collect();
        // Each a line from one end to the other, never a single point.
        assert_eq!(fits, [2, 2], "{svg}");
    }

    #[test]
    fn legend_and_ticks_fit_from_phone_to_desktop() {
        let points: Vec<(f64, f64)> = (0..=120)
            .map(|i| (i as f64 * 0.1, 50.0 * i as f64 * 0.1))
            .collect();
        let c = StressStrainChart {
            points,
            fit: Some((50.0, 0.0, 0.0, 1.0)),
            yield_point: Some((1.2, 60.0)),
            max_point: Some((12.0, 600.0)),
        };
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }

    #[test]
    fn long_series_are_thinned_for_drawing_only() {
        let points: Vec<(f64, f64)> = (0..100_000)
            .map(|i| (i as f64 * 1e-4, i as f64 * 1e-3))
            .collect();
        let c = StressStrainChart {
            points,
            fit: None,
            yield_point: None,
            max_point: None,
        };
        assert_eq!(c.csv().lines().count(), 100_001);
        let svg = svg(&c);
        let drawn = svg
            .split("<polyline")
            .nth(1)
            .unwrap()
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .split(' ')
            .count();
        assert!(drawn <= MAX_DRAWN + 1, "{drawn}");
    }
}
