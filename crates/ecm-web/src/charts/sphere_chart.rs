//! Stress against δt/2r for the plastic contact models (and the Hertz mean
//! pressure), with the 10 % switch marked and the user's point.

use super::axes;
use super::chart_style;
use super::legend::{self, LegendEntry};
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::models::sphere_contact::{
    hertz_two_plates, sphere_stress, ModelChoice, PlasticModel, PLASTIC_SWITCH,
};
use ecm_core::numbers::number_format::format_sig;
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Relative deformation δt/2r (%)", axis_labels::tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Stress (MPa, log scale)", axis_labels::log_tick);

/// Inputs of the sphere chart, in SI.
#[derive(Debug, Clone, PartialEq)]
pub struct SphereChart {
    /// Force in N.
    pub force: f64,
    /// Sphere radius in m.
    pub radius: f64,
    /// Effective modulus E* in Pa, for the Hertz curve (none when invalid).
    pub e_star: Option<f64>,
    /// The user's (δt/2r in %, stress in MPa).
    pub point: Option<(f64, f64)>,
    /// Whether the inputs are ranges (the point is then at their lower ends).
    pub ranged: bool,
}

const MODELS: [(PlasticModel, &str); 3] = [
    (PlasticModel::FirstOrder, "plastic, first order π r δt"),
    (PlasticModel::ExactCap, "plastic, exact cap"),
    (PlasticModel::Barrel, "plastic, barrel"),
];

const HERTZ: &str = "Hertz mean pressure (elastic, own E*)";

/// δt/2r from 0.5 % to 40 %, in per cent.
fn samples() -> impl Iterator<Item = f64> {
    (0..=79).map(|i| 0.5 + i as f64 * 0.5)
}

impl SphereChart {
    fn curves(&self) -> Vec<(String, Vec<(f64, f64)>)> {
        let mut out: Vec<(String, Vec<(f64, f64)>)> = MODELS
            .iter()
            .map(|(m, name)| {
                let pts = samples()
                    .filter_map(|pct| {
                        let dt = pct / 100.0 * 2.0 * self.radius;
                        sphere_stress(self.force, self.radius, dt, ModelChoice::Fixed(*m))
                            .ok()
                            .map(|s| (pct, s.stress / 1e6))
                    })
                    .collect();
                (name.to_string(), pts)
            })
            .collect();
        if let Some(e) = self.e_star {
            let pts = samples()
                .filter_map(|pct| {
                    hertz_two_plates(e, self.radius, pct / 100.0 * 2.0 * self.radius)
                        .ok()
                        .map(|h| (pct, h.mean_pressure / 1e6))
                })
                .collect();
            out.push((HERTZ.to_string(), pts));
        }
        out
    }
}

impl Chart for SphereChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let area = legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let curves = self.curves();
        let ys = curves
            .iter()
            .flat_map(|(_, p)| p.iter().map(|q| q.1))
            .chain(self.point.map(|p| p.1))
            .filter(|y| *y > 0.0);
        let (ymin, ymax) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), y| {
            (a.min(y), b.max(y))
        });
        if !ymin.is_finite() {
            return Ok(());
        }
        let (ymin, ymax) = (ymin / 1.5, ymax * 1.5);
        let mut chart = chart_style::builder(root, t)
            .build_cartesian_2d(axes::linear(0.0..40.0), axes::log(ymin..ymax))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        let switch = PLASTIC_SWITCH * 100.0;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(switch, ymin), (switch, ymax)],
                t.foreground.mix(0.6).stroke_width(t.px(1.5)),
            )))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(Text::new(
                "10 % switch",
                (switch + 0.6, ymax / 1.6),
                t.font(12.0),
            )))
            .map_err(err)?;
        chart_style::draw_lines(&mut chart, curves, t)?;
        chart_style::draw_point(&mut chart, self.point, t)
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let mut names: Vec<&str> = MODELS.iter().map(|(_, n)| *n).collect();
        if self.e_star.is_some() {
            names.push(HERTZ);
        }
        chart_style::line_entries(&names, t)
    }

    fn csv(&self) -> String {
        super::lines_csv(
            "model,relative deformation dt/2r (%),stress (MPa)",
            &self.curves(),
        )
    }

    fn alt_text(&self, sig: usize) -> String {
        let at = |m: PlasticModel, pct: f64| {
            sphere_stress(
                self.force,
                self.radius,
                pct / 100.0 * 2.0 * self.radius,
                ModelChoice::Fixed(m),
            )
            .map(|s| format_sig(s.stress / 1e6, sig))
            .unwrap_or_else(|_| "—".into())
        };
        let mut s = format!(
            "Stress against relative deformation δt/2r from 0.5 % to 40 % for the plastic contact models, with a vertical line at the 10 % switch. \
             At 10 %, first order gives {} MPa, exact cap {} MPa and barrel {} MPa; at 40 %, barrel gives {} MPa.",
            at(PlasticModel::FirstOrder, 10.0),
            at(PlasticModel::ExactCap, 10.0),
            at(PlasticModel::Barrel, 10.0),
            at(PlasticModel::Barrel, 40.0)
        );
        if let Some((x, y)) = self.point {
            s.push_str(&format!(
                " Your point: {} % at {} MPa{}.",
                format_sig(x, sig),
                format_sig(y, sig),
                if self.ranged {
                    " (the lower ends of the ranges; the results above give the whole range)"
                } else {
                    ""
                }
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "sphere-compression"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_models_and_the_switch() {
        let c = SphereChart {
            force: 10e-6,
            radius: 300e-9,
            e_star: Some(4e9),
            ranged: false,
            point: Some((5.0, 200.0)),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        assert!(texts.iter().any(|t| t == "10 % switch"));
        assert!(texts.iter().any(|t| t.starts_with("plastic, barrel")));
        assert!(texts.iter().any(|t| t.starts_with("Hertz")));
        assert_clean_labels(&svg);
        // By hand, first order at 10 %: 10 µN / (π · 300 nm · 60 nm) = 176.8 MPa.
        assert!(
            c.alt_text(3).contains("first order gives 177 MPa"),
            "{}",
            c.alt_text(3)
        );
        assert!(c.alt_text(5).contains("first order gives 176.84 MPa"));
    }

    #[test]
    fn legend_switch_label_and_ticks_fit_from_phone_to_desktop() {
        let c = SphereChart {
            force: 10e-6,
            radius: 300e-9,
            e_star: Some(4e9),
            ranged: false,
            point: Some((5.0, 200.0)),
        };
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
