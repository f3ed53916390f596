//! The failure map: flaw size (log axis) × overpotential, split by the fracture
//! boundary Δφc(a) into "safe" and "fractures", with the user's point.

use super::chart_style;
use super::{axis_labels, err, Chart, ChartTheme};
use ecm_core::number_format::format_sig;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The data of a failure map.
#[derive(Debug, Clone, PartialEq)]
pub struct FailureMapChart {
    /// What is mapped, e.g. "LLZO with Li".
    pub label: String,
    /// Flaw sizes in µm (ascending, log-spaced).
    pub sizes_um: Vec<f64>,
    /// Critical overpotential at each size, in mV.
    pub boundary_mv: Vec<f64>,
    /// Top of the overpotential axis, in mV.
    pub max_mv: f64,
    /// The user's (flaw size in µm, overpotential in mV) and whether it fractures.
    pub point: Option<(f64, f64, bool)>,
}

impl Chart for FailureMapChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        t: &ChartTheme,
    ) -> Result<(), String> {
        root.fill(&t.background).map_err(err)?;
        let (Some(&lo), Some(&hi)) = (self.sizes_um.first(), self.sizes_um.last()) else {
            return Ok(());
        };
        let top = self.max_mv;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d((lo..hi).log_scale(), 0.0..top)
            .map_err(err)?;
        let curve: Vec<(f64, f64)> = self
            .sizes_um
            .iter()
            .zip(&self.boundary_mv)
            .map(|(&a, &v)| (a, v.min(top)))
            .collect();
        let safe = t.series[2];
        let fracture = t.series[1];
        let mut below = vec![(lo, 0.0)];
        below.extend(curve.iter().copied());
        below.push((hi, 0.0));
        let mut above = vec![(lo, top)];
        above.extend(curve.iter().copied());
        above.push((hi, top));
        chart
            .draw_series(std::iter::once(Polygon::new(
                below,
                safe.mix(0.22).filled(),
            )))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(Polygon::new(
                above,
                fracture.mix(0.22).filled(),
            )))
            .map_err(err)?;
        chart
            .configure_mesh()
            .x_desc("Flaw size (µm, log scale)")
            .y_desc("Overpotential Δφ (mV)")
            .x_label_formatter(&axis_labels::log_tick)
            .y_label_formatter(&axis_labels::tick)
            .label_style(t.font(12.0))
            .axis_desc_style(t.font(13.0))
            .axis_style(t.foreground)
            .bold_line_style(t.grid.mix(0.6))
            .light_line_style(t.background.mix(0.0))
            .draw()
            .map_err(err)?;
        chart
            .draw_series(LineSeries::new(curve, t.foreground.stroke_width(t.px(2.0))))
            .map_err(err)?;
        // Region names, placed where each region is widest.
        let label_style = t.font(14.0);
        chart
            .draw_series([
                Text::new(
                    "fractures",
                    (lo * (hi / lo).powf(0.7), top * 0.9),
                    label_style.clone(),
                ),
                Text::new("safe", (lo * (hi / lo).powf(0.06), top * 0.08), label_style),
            ])
            .map_err(err)?;
        if let Some((a, v, breaks)) = self.point {
            if a >= lo && a <= hi && v <= top {
                let fill = if breaks { fracture } else { safe };
                chart
                    .draw_series(std::iter::once(Circle::new(
                        (a, v),
                        t.px(7.0),
                        fill.filled(),
                    )))
                    .map_err(err)?;
                chart
                    .draw_series(std::iter::once(Circle::new(
                        (a, v),
                        t.px(7.0),
                        t.foreground.stroke_width(t.px(2.0)),
                    )))
                    .map_err(err)?;
            }
        }
        Ok(())
    }

    fn csv(&self) -> String {
        let mut out = String::from("flaw size (µm),critical overpotential (mV)\n");
        for (a, v) in self.sizes_um.iter().zip(&self.boundary_mv) {
            out.push_str(&format!("{a},{v}\n"));
        }
        out
    }

    fn alt_text(&self) -> String {
        let (Some(a0), Some(a1), Some(v0), Some(v1)) = (
            self.sizes_um.first(),
            self.sizes_um.last(),
            self.boundary_mv.first(),
            self.boundary_mv.last(),
        ) else {
            return "Failure map: no data.".into();
        };
        let mut s = format!(
            "Failure map for {}: flaw size from {} to {} µm on a log axis against overpotential from 0 to {} mV. \
             The fracture boundary falls from {} mV at the smallest flaw to {} mV at the largest; above it the electrolyte fractures, below it is safe.",
            self.label,
            format_sig(*a0, 3),
            format_sig(*a1, 3),
            format_sig(self.max_mv, 3),
            format_sig(*v0, 3),
            format_sig(*v1, 3)
        );
        if let Some((a, v, breaks)) = self.point {
            s.push_str(&format!(
                " Your point, {} µm at {} mV, is in the {} region.",
                format_sig(a, 3),
                format_sig(v, 3),
                if breaks { "fracture" } else { "safe" }
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "failure-map"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use ecm_core::fracture::{failure_map, FlawGeometry, SizeConvention};

    #[test]
    fn draws_regions_boundary_and_point() {
        let m = failure_map(
            1e6,
            FlawGeometry::ThroughCrack,
            SizeConvention::SizeIsA,
            13e-6,
            (0.1e-6, 1000e-6),
            0.2,
            (120, 2),
        )
        .unwrap();
        let c = FailureMapChart {
            label: "LLZO with Li".into(),
            sizes_um: m.sizes.iter().map(|a| a * 1e6).collect(),
            boundary_mv: m.boundary.iter().map(|v| v * 1e3).collect(),
            max_mv: 200.0,
            point: Some((5.0, 100.0, true)),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        assert!(texts.iter().any(|t| t == "fractures") && texts.iter().any(|t| t == "safe"));
        assert!(texts.iter().any(|t| t == "Flaw size (µm, log scale)"));
        assert!(texts.iter().any(|t| t == "10") && texts.iter().any(|t| t == "100"));
        assert_clean_labels(&svg);
        assert_eq!(svg.matches("<polygon").count(), 2);
        assert!(c.alt_text().contains("is in the fracture region"));
    }
}
