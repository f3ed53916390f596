//! Strength against diameter for the paper's Table 1, by category, with bulk
//! Na's flow stress for scale (log–log).

use super::axes;
use super::chart_style;
use super::legend::{self, LegendEntry, Symbol};
use super::{axis_labels, err, Chart, ChartTheme};
use ecm_core::number_format::{format_clean, format_data};
use ecm_core::paper_data::{Category, Table1Row};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Table 1 on a log–log plot.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperChart {
    /// The rows.
    pub rows: Vec<Table1Row>,
    /// Bulk Na flow stress range in MPa (Fincher et al.: 0.1–0.25).
    pub bulk_mpa: (f64, f64),
}

impl Chart for PaperChart {
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        t: &ChartTheme,
    ) -> Result<(), String> {
        root.fill(&t.background).map_err(err)?;
        let area = legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d(axes::log(20.0..2000.0), axes::log(0.05..1000.0))
            .map_err(err)?;
        chart_style::themed(
            &mut chart.configure_mesh(),
            t,
            root.dim_in_pixel(),
            "Diameter (nm, log scale)",
            "Strength σ (MPa, log scale)",
        )
        .x_label_formatter(&axis_labels::log_tick)
        .y_label_formatter(&axis_labels::log_tick)
        .draw()
        .map_err(err)?;
        let (b0, b1) = self.bulk_mpa;
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(20.0, b0), (2000.0, b1)],
                t.foreground.mix(0.25).filled(),
            )))
            .map_err(err)?;
        let r = t.px(5.0);
        for (i, cat) in Category::ALL.into_iter().enumerate() {
            let color = t.series[i % t.series.len()];
            let pts: Vec<(f64, f64)> = self
                .rows
                .iter()
                .filter(|row| row.category == cat)
                .map(|row| (row.diameter * 1e9, row.strength / 1e6))
                .collect();
            // A different marker per category (shape, and filled or hollow), so
            // colour is not the only cue.
            let style: ShapeStyle = if i >= 3 {
                color.stroke_width(t.px(2.0))
            } else {
                color.filled()
            };
            match i % 3 {
                0 => chart
                    .draw_series(pts.iter().map(|&p| Circle::new(p, r, style)))
                    .map(|_| ()),
                1 => chart
                    .draw_series(pts.iter().map(|&p| TriangleMarker::new(p, r, style)))
                    .map(|_| ()),
                _ => chart
                    .draw_series(
                        pts.iter()
                            .map(|&p| Cross::new(p, r, color.stroke_width(t.px(2.0)))),
                    )
                    .map(|_| ()),
            }
            .map_err(err)?;
        }
        Ok(())
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let bulk = LegendEntry {
            label: "bulk Na flow stress".to_string(),
            color: t.foreground,
            symbol: Symbol::Band,
        };
        Category::ALL
            .into_iter()
            .enumerate()
            .map(|(i, cat)| LegendEntry {
                label: cat.label().to_string(),
                color: t.series[i % t.series.len()],
                symbol: match (i % 3, i >= 3) {
                    (0, false) => Symbol::Dot,
                    (0, true) => Symbol::Ring,
                    (1, false) => Symbol::Triangle,
                    (1, true) => Symbol::HollowTriangle,
                    _ => Symbol::Cross,
                },
            })
            .chain(std::iter::once(bulk))
            .collect()
    }

    fn csv(&self) -> String {
        let mut out =
            String::from("category,index,diameter (nm),growth direction,strength (MPa)\n");
        for r in &self.rows {
            out.push_str(&format!(
                "\"{}\",{},{},{},{}\n",
                r.category.label(),
                r.index,
                format_data(r.diameter * 1e9),
                r.growth_direction.as_deref().unwrap_or(""),
                format_data(r.strength / 1e6)
            ));
        }
        out
    }

    fn alt_text(&self, sig: usize) -> String {
        let mut s = String::from(
            "Strength against diameter, both on log scales, for the paper's 25 specimens.",
        );
        for cat in Category::ALL {
            if let Some((lo, hi)) = ecm_core::paper_data::strength_range(&self.rows, cat) {
                s.push_str(&format!(
                    " {}: {}–{} MPa.",
                    cat.label(),
                    format_clean(lo / 1e6, sig),
                    format_clean(hi / 1e6, sig)
                ));
            }
        }
        s.push_str(&format!(
            " Bulk Na flows at only {}–{} MPa, hundreds of times lower.",
            format_clean(self.bulk_mpa.0, sig),
            format_clean(self.bulk_mpa.1, sig)
        ));
        s
    }

    fn file_stem(&self) -> &'static str {
        "table1-strength"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn draws_every_category_and_bulk_na() {
        let c = PaperChart {
            rows: ecm_core::paper_data::table1(),
            bulk_mpa: (0.1, 0.25),
        };
        let svg = svg(&c);
        let texts = texts(&svg);
        for cat in Category::ALL {
            assert!(texts.iter().any(|t| t == cat.label()), "{}", cat.label());
        }
        assert!(texts.iter().any(|t| t == "bulk Na flow stress"));
        assert_clean_labels(&svg);
        assert!(c
            .alt_text(4)
            .contains("Na nanoparticle, compression: 92–174 MPa"));
        // Two significant figures: 174 → 170.
        assert!(c
            .alt_text(2)
            .contains("Na nanoparticle, compression: 92–170 MPa"));
        assert_eq!(c.csv().lines().count(), 26);
    }

    #[test]
    fn legend_and_ticks_fit_from_phone_to_desktop() {
        let c = PaperChart {
            rows: ecm_core::paper_data::table1(),
            bulk_mpa: (0.1, 0.25),
        };
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
