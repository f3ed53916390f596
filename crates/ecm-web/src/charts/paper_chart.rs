//! Strength against diameter for the paper's Table 1, by category, with each
//! category's power-law fit, bulk Na's flow stress for scale, and the lithium
//! references: Xu et al.'s micropillar line (approximate) and Zhang et al.'s
//! whiskers (log–log).

use super::axes;
use super::chart_style;
use super::legend::{self, LegendEntry, Symbol};
use super::triangle_marker::Triangle;
use super::{axis_labels, err, Area, Chart, ChartTheme, Drawn};
use ecm_core::numbers::number_format::{format_clean, format_data};
use ecm_core::reference::paper_table::{Category, Table1Row};
use plotters::prelude::*;

/// The horizontal axis: its description and tick labels.
const X_AXIS: chart_style::Axis = ("Diameter (nm, log scale)", axis_labels::log_tick);
/// The vertical axis.
const Y_AXIS: chart_style::Axis = ("Strength σ (MPa, log scale)", axis_labels::log_tick);

/// Table 1 on a log–log plot.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperChart {
    /// The rows.
    pub rows: Vec<Table1Row>,
    /// Bulk Na flow stress range in MPa (Fincher et al.: 0.1–0.25).
    pub bulk_mpa: (f64, f64),
    /// Each category's fit σ = A·d^−m over its diameters.
    pub fits: Vec<CategoryLine>,
    /// Li micropillars (Xu et al. 2017): (A, m) over the diameters tested (nm).
    pub li_pillars: Option<((f64, f64), (f64, f64))>,
    /// Li whiskers' highest yield strength (Zhang et al. 2020), MPa.
    pub li_whiskers_mpa: Option<f64>,
}

/// A category's fit: (A in MPa·nm^m, m) and the diameters it spans (nm).
pub type CategoryLine = (Category, (f64, f64), (f64, f64));

const X_RANGE: (f64, f64) = (20.0, 20000.0);

fn power_line(a: f64, m: f64, (lo, hi): (f64, f64)) -> Vec<(f64, f64)> {
    (0..=24)
        .map(|i| lo * (hi / lo).powf(i as f64 / 24.0))
        .map(|d| (d, a * d.powf(-m)))
        .collect()
}

impl Chart for PaperChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let area = legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d(axes::log(X_RANGE.0..X_RANGE.1), axes::log(0.05..1000.0))
            .map_err(err)?;
        chart_style::draw_mesh(&mut chart, t, root.dim_in_pixel(), X_AXIS, Y_AXIS)?;
        let (b0, b1) = self.bulk_mpa;
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(X_RANGE.0, b0), (X_RANGE.1, b1)],
                t.foreground.mix(0.25).filled(),
            )))
            .map_err(err)?;
        let reference = t.foreground.stroke_width(t.px(2.0));
        if let Some(((a, m), range)) = self.li_pillars {
            chart
                .draw_series(DashedLineSeries::new(
                    power_line(a, m, range),
                    t.px(6.0),
                    t.px(4.0),
                    reference,
                ))
                .map_err(err)?;
        }
        if let Some(w) = self.li_whiskers_mpa {
            // "Submicrometre": drawn over 100–1000 nm.
            chart
                .draw_series(DashedLineSeries::new(
                    [(100.0, w), (1000.0, w)],
                    t.px(2.0),
                    t.px(3.0),
                    reference,
                ))
                .map_err(err)?;
        }
        for (cat, (a, m), range) in &self.fits {
            let i = Category::ALL.iter().position(|c| c == cat).unwrap_or(0);
            chart
                .draw_series(LineSeries::new(
                    power_line(*a, *m, *range),
                    t.series[i % t.series.len()].stroke_width(t.px(1.5)),
                ))
                .map_err(err)?;
        }
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
            match (i % 3, i >= 3) {
                // Na₂CO₃ nanopillars: hollow squares, unlike the Na
                // nanoparticles' filled triangles in either theme.
                (1, true) => chart
                    .draw_series(pts.iter().map(|&p| {
                        EmptyElement::at(p)
                            + Rectangle::new(
                                [(-(r as i32), -(r as i32)), (r as i32, r as i32)],
                                style,
                            )
                    }))
                    .map(|_| ()),
                (0, _) => chart
                    .draw_series(pts.iter().map(|&p| Circle::new(p, r, style)))
                    .map(|_| ()),
                (1, false) => chart
                    .draw_series(pts.iter().map(|&p| Triangle::new(p, r, style)))
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
                    (1, true) => Symbol::Square,
                    _ => Symbol::Cross,
                },
            })
            .chain(std::iter::once(bulk))
            .chain((!self.fits.is_empty()).then(|| LegendEntry {
                label: "fit σ = A·d⁻ᵐ (category colour)".to_string(),
                color: t.foreground,
                symbol: Symbol::Line,
            }))
            .chain(self.li_pillars.map(|_| LegendEntry {
                label: ecm_core::reference::size_effect::XU_2017.label.to_string(),
                color: t.foreground,
                symbol: Symbol::Dashed,
            }))
            .chain(self.li_whiskers_mpa.map(|_| {
                LegendEntry {
                    label: ecm_core::reference::size_effect::ZHANG_2020
                        .label
                        .to_string(),
                    color: t.foreground,
                    symbol: Symbol::Dotted,
                }
            }))
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
        for (cat, (a, m), range) in &self.fits {
            for (d, v) in power_line(*a, *m, *range) {
                out.push_str(&format!(
                    "\"fit: {}\",,{},,{}\n",
                    cat.label(),
                    format_data(d),
                    format_data(v)
                ));
            }
        }
        if let Some(((a, m), range)) = self.li_pillars {
            for (d, v) in power_line(a, m, range) {
                out.push_str(&format!(
                    "\"Li micropillars, Xu et al. 2017 (approximate)\",,{},,{}\n",
                    format_data(d),
                    format_data(v)
                ));
            }
        }
        out
    }

    fn alt_text(&self, sig: usize) -> String {
        let mut s = String::from(
            "Strength against diameter, both on log scales, for the paper's 25 specimens.",
        );
        for cat in Category::ALL {
            if let Some((lo, hi)) =
                ecm_core::reference::paper_table::strength_range(&self.rows, cat)
            {
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
        for (cat, (_, m), _) in &self.fits {
            s.push_str(&format!(
                " Fit for {}: m = {}.",
                cat.label(),
                format_clean(*m, sig)
            ));
        }
        if let Some(((_, m), _)) = self.li_pillars {
            s.push_str(&format!(
                " Dashed: Li micropillars, slope −{} (Xu et al. 2017, approximate).",
                format_clean(m, sig)
            ));
        }
        if let Some(w) = self.li_whiskers_mpa {
            s.push_str(&format!(
                " Li whiskers reach {} MPa (Zhang et al. 2020).",
                format_clean(w, sig)
            ));
        }
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

    fn chart() -> PaperChart {
        PaperChart {
            rows: ecm_core::reference::paper_table::table1(),
            bulk_mpa: (0.1, 0.25),
            fits: vec![(Category::NaNanorodCompression, (200.0, 0.1), (235.0, 361.0))],
            li_pillars: Some((
                ecm_core::reference::size_effect::xu_2017_line(),
                (1170.0, 9450.0),
            )),
            li_whiskers_mpa: Some(244.0),
        }
    }

    #[test]
    fn draws_every_category_and_bulk_na() {
        let c = chart();
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
        // 25 rows, then 25 points per line: one fit and the Li micropillars.
        assert_eq!(c.csv().lines().count(), 1 + 25 + 25 + 25);
        assert!(texts.iter().any(|t| t == "Li pillars, m = 0.68 (approx.)"));
        assert!(c.alt_text(3).contains("Li whiskers reach 244 MPa"));
    }

    #[test]
    fn legend_entries_show_the_line_style_and_every_category_a_shape_of_its_own() {
        let c = chart();
        for t in [ChartTheme::light(1.0), ChartTheme::dark(1.0)] {
            let legend = c.legend(&t);
            let symbol = |label: &str| legend.iter().find(|e| e.label == label).map(|e| e.symbol);
            assert_eq!(
                symbol(ecm_core::reference::size_effect::XU_2017.label),
                Some(Symbol::Dashed)
            );
            assert_eq!(
                symbol(ecm_core::reference::size_effect::ZHANG_2020.label),
                Some(Symbol::Dotted)
            );
            let shapes: Vec<Symbol> = Category::ALL
                .iter()
                .filter_map(|cat| symbol(cat.label()))
                .collect();
            assert_eq!(shapes.len(), 5);
            for (i, a) in shapes.iter().enumerate() {
                assert!(!shapes[i + 1..].contains(a), "{shapes:?}");
            }
        }
    }

    #[test]
    fn legend_and_ticks_fit_from_phone_to_desktop() {
        let c = chart();
        for width in [320.0, 360.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }
}
