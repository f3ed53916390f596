//! σ = Δφ·F/Vm against Δφ for each metal, with the user's point.

use super::axes;
use super::chart_style;
use super::legend::{self, LegendEntry};
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::models::electrochemical_stress::stress_from_overpotential;
use ecm_core::numbers::number_format::format_sig;
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Overpotential Δφ (mV)", axis_labels::tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Stress σ (MPa)", axis_labels::tick);

/// Lines of σ against Δφ.
#[derive(Debug, Clone, PartialEq)]
pub struct StressChart {
    /// (label, molar volume in m³/mol) of each line.
    pub metals: Vec<(String, f64)>,
    /// Largest Δφ on the axis, in mV.
    pub max_mv: f64,
    /// The user's (Δφ in mV, σ in MPa).
    pub point: Option<(f64, f64)>,
}

impl StressChart {
    fn lines(&self) -> Vec<(String, Vec<(f64, f64)>)> {
        self.metals
            .iter()
            .map(|(name, vm)| {
                let pts = (0..=40)
                    .filter_map(|i| {
                        let mv = self.max_mv * i as f64 / 40.0;
                        stress_from_overpotential(mv * 1e-3, *vm)
                            .ok()
                            .map(|s| (mv, s / 1e6))
                    })
                    .collect();
                (name.clone(), pts)
            })
            .collect()
    }
}

impl Chart for StressChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let area = legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let lines = self.lines();
        let ymax = lines
            .iter()
            .flat_map(|(_, p)| p.iter().map(|q| q.1))
            .chain(self.point.map(|p| p.1))
            .fold(1.0, f64::max)
            * 1.08;
        let xmax = self.max_mv.max(self.point.map_or(0.0, |p| p.0)).max(1e-3);
        let mut chart = chart_style::builder(root, t)
            .build_cartesian_2d(axes::linear(0.0..xmax), axes::linear(0.0..ymax))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        chart_style::draw_lines(&mut chart, lines, t)?;
        chart_style::draw_point(&mut chart, self.point, t)
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let names: Vec<&str> = self.metals.iter().map(|(n, _)| n.as_str()).collect();
        chart_style::line_entries(&names, t)
    }

    fn csv(&self) -> String {
        super::lines_csv("metal,overpotential (mV),stress (MPa)", &self.lines())
    }

    fn alt_text(&self, sig: usize) -> String {
        let mut s = format!("Stress against overpotential from 0 to {} mV: straight lines, steeper for smaller molar volume.", format_sig(self.max_mv, sig));
        for (name, vm) in &self.metals {
            if let Ok(v) = stress_from_overpotential(self.max_mv * 1e-3, *vm) {
                s.push_str(&format!(
                    " {name} reaches {} MPa.",
                    format_sig(v / 1e6, sig)
                ));
            }
        }
        if let Some((x, y)) = self.point {
            s.push_str(&format!(
                " Your point: {} mV, {} MPa.",
                format_sig(x, sig),
                format_sig(y, sig)
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "overpotential-stress"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_lines_axes_with_units_and_clean_ticks() {
        let c = StressChart {
            metals: vec![("Na".into(), 23.7e-6), ("Li".into(), 13e-6)],
            max_mv: 200.0,
            point: Some((100.0, 407.1)),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        assert!(texts.iter().any(|t| t == "Overpotential Δφ (mV)"));
        assert!(texts.iter().any(|t| t == "Stress σ (MPa)"));
        assert!(texts.iter().any(|t| t == "Na") && texts.iter().any(|t| t == "Li"));
        assert_clean_labels(&svg);
        assert!(svg.contains("<polyline"));
        // 200 mV on Li: 200e-3 · 96485.332 / 13e-6 = 1484.4 MPa.
        assert!(c.alt_text(4).contains("Li reaches 1484 MPa"));
        assert!(c.csv().lines().count() == 1 + 2 * 41);
        // The caption follows the significant-figures setting: 1484.39 MPa.
        assert!(c.alt_text(6).contains("Li reaches 1484.39 MPa"));
        assert!(c.alt_text(2).contains("Li reaches 1500 MPa"));
    }

    #[test]
    fn legend_and_tick_labels_fit_from_phone_to_desktop() {
        let c = StressChart {
            metals: vec![
                ("Li".into(), 13e-6),
                ("Na".into(), 23.7e-6),
                ("K".into(), 45.9e-6),
            ],
            max_mv: 200.0,
            point: Some((100.0, 407.1)),
        };
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
