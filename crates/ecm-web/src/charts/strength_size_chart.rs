//! The batch's maximum stress against diameter on log axes, with the
//! power-law fit σ = A·d^−m over them, drawn over the paper's Table 1.

use super::axes;
use super::chart_style;
use super::legend::{LegendEntry, Symbol};
use super::triangle_marker::Triangle;
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::numbers::number_format::{format_data, format_sig};
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Diameter d (nm, log scale)", axis_labels::log_tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Maximum stress σ (MPa, log scale)", axis_labels::log_tick);

/// Strength (MPa) against diameter (nm).
#[derive(Debug, Clone, PartialEq)]
pub struct StrengthSizeChart {
    /// The paper's Table 1 points (nm, MPa).
    pub table1: Vec<(f64, f64)>,
    /// The batch's tests that succeeded (nm, MPa), with their file names.
    pub tests: Vec<(String, f64, f64)>,
    /// The fit σ = A·d^−m (A in MPa·nm^m, m), when there is one.
    pub fit: Option<(f64, f64)>,
}

fn bounds(points: impl Iterator<Item = (f64, f64)>) -> ((f64, f64), (f64, f64)) {
    let (mut x, mut y) = ((f64::MAX, f64::MIN), (f64::MAX, f64::MIN));
    for (a, b) in points.filter(|p| p.0 > 0.0 && p.1 > 0.0) {
        x = (x.0.min(a), x.1.max(a));
        y = (y.0.min(b), y.1.max(b));
    }
    // Whole decades and a little more (an axis ending on a decade labels
    // it twice).
    let room = |(lo, hi): (f64, f64)| {
        let lo = 10f64.powf((lo * 0.8).log10().floor());
        let hi = 10f64.powf((hi * 1.25).log10().ceil());
        (lo / 1.25, hi * 1.25)
    };
    (room(x), room(y))
}

impl Chart for StrengthSizeChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let ((x0, x1), (y0, y1)) = bounds(
            self.table1
                .iter()
                .copied()
                .chain(self.tests.iter().map(|&(_, d, s)| (d, s))),
        );
        if !(x0 < x1 && y0 < y1) {
            return Ok(());
        }
        let area = super::legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d(axes::log(x0..x1), axes::log(y0..y1))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        let r = t.px(5.0);
        let grey = t.foreground.mix(0.45);
        chart
            .draw_series(
                self.table1
                    .iter()
                    .map(|&p| Circle::new(p, r, grey.stroke_width(t.px(1.5)))),
            )
            .map_err(err)?;
        if let Some((a, m)) = self.fit {
            let line: Vec<(f64, f64)> = (0..=40)
                .map(|i| x0 * (x1 / x0).powf(i as f64 / 40.0))
                .map(|d| (d, a * d.powf(-m)))
                .filter(|&(_, s)| s >= y0 && s <= y1)
                .collect();
            chart
                .draw_series(LineSeries::new(line, t.series[1].stroke_width(t.px(2.0))))
                .map_err(err)?;
        }
        chart
            .draw_series(
                self.tests
                    .iter()
                    .map(|&(_, d, s)| Triangle::new((d, s), r + 1, t.series[0].filled())),
            )
            .map_err(err)?;
        Ok(())
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let mut out = vec![
            LegendEntry {
                label: "these tests".into(),
                color: t.series[0],
                symbol: Symbol::Triangle,
            },
            LegendEntry {
                label: "paper's Table 1".into(),
                color: t.foreground,
                symbol: Symbol::Ring,
            },
        ];
        if self.fit.is_some() {
            out.push(LegendEntry {
                label: "power-law fit".into(),
                color: t.series[1],
                symbol: Symbol::Line,
            });
        }
        out
    }

    fn csv(&self) -> String {
        let mut out = String::from("source,diameter (nm),maximum stress (MPa)\n");
        for (name, d, s) in &self.tests {
            let name = ecm_core::csv_cell::csv_cell(name);
            out.push_str(&format!("{name},{},{}\n", format_data(*d), format_data(*s)));
        }
        for (d, s) in &self.table1 {
            out.push_str(&format!(
                "paper Table 1,{},{}\n",
                format_data(*d),
                format_data(*s)
            ));
        }
        out
    }

    fn alt_text(&self, sig: usize) -> String {
        let mut s = format!(
            "Maximum stress against diameter on log scales: {} tests from the files, over the paper's {} Table 1 specimens.",
            self.tests.len(),
            self.table1.len()
        );
        if let Some((a, m)) = self.fit {
            s.push_str(&format!(
                " Fit σ = {} · d raised to −{} (σ in MPa, d in nm).",
                format_sig(a, sig),
                format_sig(m, sig)
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "strength-diameter"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_tests_fit_and_table1() {
        let c = StrengthSizeChart {
            table1: vec![(150.0, 120.0), (400.0, 40.0)],
            tests: vec![
                ("a.txt".into(), 200.0, 100.0),
                ("b.txt".into(), 800.0, 25.0),
            ],
            // σ = 2·10⁴ · d^−1: 100 MPa at 200 nm, 25 at 800.
            fit: Some((2e4, 1.0)),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        for label in ["these tests", "paper's Table 1", "power-law fit"] {
            assert!(texts.iter().any(|t| t == label), "{label}");
        }
        assert_clean_labels(&svg);
        assert!(
            c.alt_text(3).contains("σ = 20000 · d raised to −1.00"),
            "{}",
            c.alt_text(3)
        );
        assert_eq!(c.csv().lines().count(), 5);
        assert!(c.csv().contains("\na.txt,200,100"));
        for width in [320.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
