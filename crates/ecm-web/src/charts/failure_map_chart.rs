//! The failure map: flaw size (log axis) × overpotential, split by the fracture
//! boundary Δφc(a) into "safe" and "fractures", with the user's point. With
//! ranges, the boundary is a band (between the boundaries at the inputs'
//! extremes) and the user's point a box; the caption states the same verdict
//! as the page.

use super::axes;
use super::chart_style;
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::models::fracture::FractureVerdict;
use ecm_core::numbers::number_format::{format_data, format_sig};
use plotters::prelude::*;

/// The user's flaw size and overpotential, each a range (equal ends for a
/// single value).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapPoint {
    /// Flaw size from–to, in µm.
    pub size_um: (f64, f64),
    /// Overpotential from–to, in mV.
    pub dphi_mv: (f64, f64),
    /// The page's verdict for these inputs.
    pub verdict: FractureVerdict,
}

impl MapPoint {
    /// Whether either input is a range, so the point is drawn as a box.
    pub fn is_box(&self) -> bool {
        let apart = |(a, b): (f64, f64)| (b - a).abs() > 1e-12 * b.abs().max(1e-300);
        apart(self.size_um) || apart(self.dphi_mv)
    }
}

/// The data of a failure map.
#[derive(Debug, Clone, PartialEq)]
pub struct FailureMapChart {
    /// What is mapped, e.g. "LLZO with Li".
    pub label: String,
    /// Flaw sizes in µm (ascending, log-spaced).
    pub sizes_um: Vec<f64>,
    /// Critical overpotential at each size in mV, for the inputs' lower
    /// boundary (smallest KIC and Vm, largest Y).
    pub low_mv: Vec<f64>,
    /// The same for the upper boundary; equal to `low_mv` without ranges.
    pub high_mv: Vec<f64>,
    /// Top of the overpotential axis, in mV.
    pub max_mv: f64,
    /// The user's point or box.
    pub point: Option<MapPoint>,
}

impl FailureMapChart {
    /// Whether the boundary is a band (inputs given as ranges).
    pub fn is_band(&self) -> bool {
        self.low_mv
            .iter()
            .zip(&self.high_mv)
            .any(|(a, b)| (b - a).abs() > 1e-9 * b.abs().max(1.0))
    }
}

fn verdict_words(v: FractureVerdict) -> &'static str {
    match v {
        FractureVerdict::Fractures => "in the fracture region",
        FractureVerdict::Safe => "in the safe region",
        FractureVerdict::Uncertain => "across the fracture boundary (uncertain)",
    }
}

impl Chart for FailureMapChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let (Some(&lo), Some(&hi)) = (self.sizes_um.first(), self.sizes_um.last()) else {
            return Ok(());
        };
        let top = self.max_mv;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d(axes::log(lo..hi), axes::linear(0.0..top))
            .map_err(err)?;
        let curve = |mv: &[f64]| -> Vec<(f64, f64)> {
            self.sizes_um
                .iter()
                .zip(mv)
                .map(|(&a, &v)| (a, v.min(top)))
                .collect()
        };
        let low = curve(&self.low_mv);
        let high = curve(&self.high_mv);
        let safe = t.series[2];
        let fracture = t.series[1];
        let mut below = vec![(lo, 0.0)];
        below.extend(low.iter().copied());
        below.push((hi, 0.0));
        let mut above = vec![(lo, top)];
        above.extend(high.iter().copied());
        above.push((hi, top));
        chart
            .draw_series([
                Polygon::new(below, safe.mix(0.22).filled()),
                Polygon::new(above, fracture.mix(0.22).filled()),
            ])
            .map_err(err)?;
        let band = self.is_band();
        if band {
            let mut between = low.clone();
            between.extend(high.iter().rev().copied());
            chart
                .draw_series(std::iter::once(Polygon::new(
                    between,
                    t.foreground.mix(0.14).filled(),
                )))
                .map_err(err)?;
        }
        chart_style::themed(
            &mut chart.configure_mesh(),
            t,
            root.dim_in_pixel(),
            "Flaw size (µm, log scale)",
            "Overpotential Δφ (mV)",
        )
        .x_label_formatter(&axis_labels::log_tick)
        .y_label_formatter(&axis_labels::tick)
        .bold_line_style(t.grid.mix(0.6))
        .light_line_style(t.background.mix(0.0))
        .draw()
        .map_err(err)?;
        let line = t.foreground.stroke_width(t.px(2.0));
        chart.draw_series(LineSeries::new(low, line)).map_err(err)?;
        if band {
            chart
                .draw_series(LineSeries::new(high, line))
                .map_err(err)?;
        }
        // Region names, placed where each region is widest.
        let label_style = t.font(14.0);
        chart
            .draw_series([
                Text::new(
                    "fractures",
                    (lo * (hi / lo).powf(0.62), top * 0.93),
                    label_style.clone(),
                ),
                Text::new("safe", (lo * (hi / lo).powf(0.04), top * 0.06), label_style),
            ])
            .map_err(err)?;
        if let Some(p) = self.point {
            let fill = match p.verdict {
                FractureVerdict::Fractures => fracture,
                FractureVerdict::Safe => safe,
                FractureVerdict::Uncertain => RGBColor(128, 128, 128),
            };
            let (a0, a1) = (p.size_um.0.max(lo), p.size_um.1.min(hi));
            let (v0, v1) = (p.dphi_mv.0.min(top), p.dphi_mv.1.min(top));
            let edge = t.foreground.stroke_width(t.px(2.0));
            if p.is_box() {
                chart
                    .draw_series([
                        Rectangle::new([(a0, v0), (a1, v1)], fill.mix(0.55).filled()),
                        Rectangle::new([(a0, v0), (a1, v1)], edge),
                    ])
                    .map_err(err)?;
            } else if a0 >= lo && a0 <= hi && v0 <= top {
                chart
                    .draw_series([
                        Circle::new((a0, v0), t.px(7.0), fill.filled()),
                        Circle::new((a0, v0), t.px(7.0), edge),
                    ])
                    .map_err(err)?;
            }
        }
        Ok(())
    }

    fn csv(&self) -> String {
        let mut out = if self.is_band() {
            String::from("flaw size (µm),lowest critical overpotential (mV),highest critical overpotential (mV)\n")
        } else {
            String::from("flaw size (µm),critical overpotential (mV)\n")
        };
        let band = self.is_band();
        for ((a, lo), hi) in self.sizes_um.iter().zip(&self.low_mv).zip(&self.high_mv) {
            let (a, lo, hi) = (format_data(*a), format_data(*lo), format_data(*hi));
            if band {
                out.push_str(&format!("{a},{lo},{hi}\n"));
            } else {
                out.push_str(&format!("{a},{lo}\n"));
            }
        }
        out
    }

    fn alt_text(&self, sig: usize) -> String {
        let f = |x: f64| format_sig(x, sig);
        let (Some(&a0), Some(&a1), Some(&l0), Some(&l1), Some(&h0), Some(&h1)) = (
            self.sizes_um.first(),
            self.sizes_um.last(),
            self.low_mv.first(),
            self.low_mv.last(),
            self.high_mv.first(),
            self.high_mv.last(),
        ) else {
            return "Failure map: no data.".into();
        };
        let mut s = format!(
            "Failure map for {}: flaw size from {} to {} µm on a log axis against overpotential from 0 to {} mV. ",
            self.label,
            f(a0),
            f(a1),
            f(self.max_mv),
        );
        if self.is_band() {
            s.push_str(&format!(
                "With the inputs' ranges the fracture boundary is a band, from {}–{} mV at the smallest flaw to {}–{} mV at the largest; above it the electrolyte fractures, below it is safe, inside it the outcome depends on where in the ranges the inputs lie.",
                f(l0),
                f(h0),
                f(l1),
                f(h1),
            ));
        } else {
            s.push_str(&format!(
                "The fracture boundary falls from {} mV at the smallest flaw to {} mV at the largest; above it the electrolyte fractures, below it is safe.",
                f(l0),
                f(l1)
            ));
        }
        if let Some(p) = self.point {
            let span = |(x, y): (f64, f64), unit: &str| {
                if (y - x).abs() > 1e-12 * y.abs() {
                    format!("{}–{} {unit}", f(x), f(y))
                } else {
                    format!("{} {unit}", f(x))
                }
            };
            s.push_str(&format!(
                " Your {}, {} at {}, is {}.",
                if p.is_box() { "box" } else { "point" },
                span(p.size_um, "µm"),
                span(p.dphi_mv, "mV"),
                verdict_words(p.verdict)
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
    use ecm_core::models::fracture::{failure_map, FlawGeometry, SizeConvention};

    fn boundary_mv(kic: f64, vm: f64) -> (Vec<f64>, Vec<f64>) {
        let m = failure_map(
            kic,
            FlawGeometry::ThroughCrack,
            SizeConvention::SizeIsA,
            vm,
            (0.1e-6, 1000e-6),
            0.2,
            (120, 2),
        )
        .unwrap();
        (
            m.sizes.iter().map(|a| a * 1e6).collect(),
            m.boundary.iter().map(|v| v * 1e3).collect(),
        )
    }

    #[test]
    fn draws_regions_boundary_and_point() {
        let (sizes_um, b) = boundary_mv(1e6, 13e-6);
        let c = FailureMapChart {
            label: "LLZO with Li".into(),
            sizes_um,
            low_mv: b.clone(),
            high_mv: b,
            max_mv: 200.0,
            point: Some(MapPoint {
                size_um: (5.0, 5.0),
                dphi_mv: (100.0, 100.0),
                verdict: FractureVerdict::Fractures,
            }),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        assert!(texts.iter().any(|t| t == "fractures") && texts.iter().any(|t| t == "safe"));
        assert!(texts.iter().any(|t| t == "Flaw size (µm, log scale)"));
        assert!(texts.iter().any(|t| t == "10") && texts.iter().any(|t| t == "100"));
        assert_clean_labels(&svg);
        assert_eq!(svg.matches("<polygon").count(), 2);
        assert!(!c.is_band());
        assert!(c
            .alt_text(4)
            .contains("Your point, 5.000 µm at 100.0 mV, is in the fracture region."));
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }

    #[test]
    fn ranges_draw_a_band_and_a_box_and_the_caption_keeps_the_verdict() {
        // KIC 0.4–1.5 MPa·√m on Li (Vm 13 cm³/mol): the band's edges are the
        // boundaries at the two ends; at a = 5 µm, Δφc = KIC·Vm/(F·√(πa)):
        // 13.6 mV and 51.0 mV.
        let (sizes_um, low) = boundary_mv(0.4e6, 13e-6);
        let (_, high) = boundary_mv(1.5e6, 13e-6);
        let at5 = |v: &[f64]| {
            let i = sizes_um.iter().position(|a| *a >= 5.0).unwrap();
            v[i]
        };
        let f = 96485.33212;
        let expect = |k: f64| k * 13e-6 / (f * (std::f64::consts::PI * 5e-6f64).sqrt()) * 1e3;
        assert!((at5(&low) / expect(0.4e6) - 1.0).abs() < 0.05);
        assert!((at5(&high) / expect(1.5e6) - 1.0).abs() < 0.05);
        let c = FailureMapChart {
            label: "LLZO with Li".into(),
            sizes_um,
            low_mv: low,
            high_mv: high,
            max_mv: 150.0,
            point: Some(MapPoint {
                size_um: (5.0, 13.0),
                dphi_mv: (50.0, 100.0),
                verdict: FractureVerdict::Uncertain,
            }),
        };
        assert!(c.is_band());
        let svg = svg(&c);
        // Safe, fracture and the band between them; two boundary lines; a box.
        assert_eq!(svg.matches("<polygon").count(), 3);
        assert!(svg.matches("<rect").count() >= 2, "the user's box");
        let alt = c.alt_text(3);
        assert!(alt.contains("boundary is a band"), "{alt}");
        assert!(
            alt.contains("Your box, 5.00–13.0 µm at 50.0–100 mV, is across the fracture boundary (uncertain)."),
            "{alt}"
        );
        assert!(!alt.contains("in the fracture region"));
        assert!(c.csv().starts_with(
            "flaw size (µm),lowest critical overpotential (mV),highest critical overpotential (mV)\n"
        ));
    }
}
