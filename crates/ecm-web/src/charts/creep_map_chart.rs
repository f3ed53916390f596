//! The deformation-mechanism map: stress against size on log axes at one
//! temperature, each field coloured by the fastest creep mechanism, with
//! contours of constant strain rate, the user's point and, for sodium, the
//! paper's Table 1 specimens. The boundaries and contours come from
//! `ecm_core::creep::mechanism_map`; this file only draws them.

use super::axes;
use super::chart_style;
use super::legend::{LegendEntry, Symbol};
use super::{axis_labels, err, lines_csv, Area, Chart, ChartTheme, Drawn};
use ecm_core::numbers::number_format::{format_clean, format_sig, superscript};
use plotters::prelude::*;

/// A mechanism map's data, sizes in nm and stresses in MPa.
#[derive(Debug, Clone, PartialEq)]
pub struct CreepMapChart {
    /// What is mapped, e.g. "Na at 298 K".
    pub label: String,
    /// Sizes (nm), ascending and log-spaced; the map's width.
    pub sizes_nm: Vec<f64>,
    /// At each size, the stress (MPa) above which power-law creep dominates
    /// (`None` without a power-law fit).
    pub power_law_mpa: Vec<Option<f64>>,
    /// The size (nm) below which Coble creep beats Nabarro–Herring.
    pub coble_nm: f64,
    /// Bottom and top of the stress axis (MPa).
    pub stress_mpa: (f64, f64),
    /// Contours: the rate (s⁻¹) and its (nm, MPa) points.
    pub contours: Vec<(f64, Vec<(f64, f64)>)>,
    /// The user's point (nm, MPa) and the name of its mechanism.
    pub point: Option<(f64, f64, &'static str)>,
    /// The paper's Table 1 specimens (nm, MPa), shown for sodium.
    pub table1: Vec<(f64, f64)>,
}

/// "10⁻⁶ s⁻¹" for a rate that is a power of ten, else "2.5 × 10⁻⁶ s⁻¹".
fn rate_label(rate: f64) -> String {
    let e = rate.log10().round();
    if (rate / 10f64.powf(e) - 1.0).abs() < 1e-9 && e == 0.0 {
        "1 s⁻¹".to_string()
    } else if (rate / 10f64.powf(e) - 1.0).abs() < 1e-9 {
        format!("10{} s⁻¹", superscript(e as i32))
    } else {
        format!("{} s⁻¹", format_clean(rate, 2))
    }
}

impl CreepMapChart {
    /// The boundary stress at `d` (nm) by log-log interpolation, clamped to
    /// the axis; the top of the axis where there is no power law.
    fn boundary_at(&self, d: f64) -> f64 {
        let top = self.stress_mpa.1;
        let clamp = |s: Option<f64>| s.map_or(top, |s| s.clamp(self.stress_mpa.0, top));
        let i = self.sizes_nm.partition_point(|&x| x < d);
        if i == 0 {
            return clamp(self.power_law_mpa.first().copied().flatten());
        }
        if i >= self.sizes_nm.len() {
            return clamp(self.power_law_mpa.last().copied().flatten());
        }
        let (d0, d1) = (self.sizes_nm[i - 1], self.sizes_nm[i]);
        match (self.power_law_mpa[i - 1], self.power_law_mpa[i]) {
            (Some(s0), Some(s1)) => {
                let f = (d / d0).ln() / (d1 / d0).ln();
                clamp(Some(s0 * (s1 / s0).powf(f)))
            }
            _ => top,
        }
    }

    /// The boundary over sizes `from`–`to` (nm), as (nm, MPa) points.
    fn boundary_between(&self, from: f64, to: f64) -> Vec<(f64, f64)> {
        let mut pts = vec![(from, self.boundary_at(from))];
        for &d in self.sizes_nm.iter().filter(|&&d| d > from && d < to) {
            pts.push((d, self.boundary_at(d)));
        }
        pts.push((to, self.boundary_at(to)));
        pts
    }

    fn has_power_law(&self) -> bool {
        self.power_law_mpa.iter().any(Option::is_some)
    }
}

/// A text's width as the layout tests estimate it, generously: 0.62 em a
/// character.
fn label_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.62
}

/// The boxes of the labels placed so far inside a plot, in backend pixels.
struct LabelPlacer {
    x: (f64, f64),
    y: (f64, f64),
    boxes: Vec<(f64, f64, f64, f64)>,
}

impl LabelPlacer {
    fn new(x: (f64, f64), y: (f64, f64)) -> Self {
        Self {
            x,
            y,
            boxes: Vec::new(),
        }
    }

    /// Takes the box at `(x, y)` (top left) of size `(w, h)` when it lies in
    /// the plot and clear of every box taken before (with a 2 px margin).
    fn take(&mut self, (x, y): (f64, f64), (w, h): (f64, f64)) -> bool {
        let (x0, x1, y0, y1) = (x - 2.0, x + w + 2.0, y - 1.0, y + h + 1.0);
        let inside = x >= self.x.0 && x + w <= self.x.1 && y >= self.y.0 && y + h <= self.y.1;
        let free = self
            .boxes
            .iter()
            .all(|b| x1 <= b.0 || b.1 <= x0 || y1 <= b.2 || b.3 <= y0);
        if inside && free {
            self.boxes.push((x0, x1, y0, y1));
        }
        inside && free
    }
}

impl Chart for CreepMapChart {
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, t: &ChartTheme) -> Drawn {
        let (Some(&x0), Some(&x1)) = (self.sizes_nm.first(), self.sizes_nm.last()) else {
            return Ok(());
        };
        let (y0, y1) = self.stress_mpa;
        if !(x0 < x1 && y0 < y1) {
            return Ok(());
        }
        let area = super::legend::split_off(root, &self.legend(t), t)?;
        let root = &area;
        let mut chart = chart_style::builder(root, t)
            .y_label_area_size(t.px(64.0))
            .build_cartesian_2d(axes::log(x0..x1), axes::log(y0..y1))
            .map_err(err)?;
        let (nh, coble, power) = (t.series[0], t.series[2], t.series[1]);
        let split = self.coble_nm.clamp(x0, x1);
        let field = |from: f64, to: f64| -> Vec<(f64, f64)> {
            let mut p = vec![(from, y0)];
            p.extend(self.boundary_between(from, to));
            p.push((to, y0));
            p
        };
        let mut fields = Vec::new();
        if split > x0 {
            fields.push(Polygon::new(field(x0, split), coble.mix(0.25).filled()));
        }
        if split < x1 {
            fields.push(Polygon::new(field(split, x1), nh.mix(0.25).filled()));
        }
        if self.has_power_law() {
            let mut p = vec![(x0, y1)];
            p.extend(self.boundary_between(x0, x1));
            p.push((x1, y1));
            fields.push(Polygon::new(p, power.mix(0.25).filled()));
        }
        chart.draw_series(fields).map_err(err)?;
        chart_style::themed(
            &mut chart.configure_mesh(),
            t,
            root.dim_in_pixel(),
            "Size d (nm, log scale)",
            "Stress σ (MPa, log scale)",
        )
        .x_label_formatter(&axis_labels::log_decade_tick)
        .y_label_formatter(&axis_labels::log_decade_tick)
        .bold_line_style(t.grid.mix(0.5))
        .light_line_style(t.background.mix(0.0))
        .draw()
        .map_err(err)?;
        let edge = t.foreground.stroke_width(t.px(1.5));
        if self.has_power_law() {
            chart
                .draw_series(LineSeries::new(self.boundary_between(x0, x1), edge))
                .map_err(err)?;
        }
        if self.coble_nm > x0 && self.coble_nm < x1 {
            let top = self.boundary_at(self.coble_nm);
            chart
                .draw_series(LineSeries::new(
                    [(self.coble_nm, y0), (self.coble_nm, top)],
                    edge,
                ))
                .map_err(err)?;
        }
        let contour = t.foreground.mix(0.55).stroke_width(t.px(1.0));
        for (_, pts) in self.contours.iter().filter(|(_, p)| p.len() >= 2) {
            chart
                .draw_series(LineSeries::new(pts.iter().copied(), contour))
                .map_err(err)?;
        }
        // Labels: each field named inside it (not by colour alone), then each
        // contour's rate beside it, every one placed where it overlaps no
        // label placed before it and stays inside the plot (phones included).
        use plotters::style::text_anchor::{HPos, Pos, VPos};
        let plot = chart.plotting_area().get_pixel_range();
        let mut placed = LabelPlacer::new(
            (plot.0.start as f64, plot.0.end as f64),
            (plot.1.start as f64, plot.1.end as f64),
        );
        let name_px = t.px(12.0) as f64;
        let span = (x1 / x0).ln();
        let mut names: Vec<(&str, (f64, f64), HPos)> = Vec::new();
        let fields = [
            ("Coble", x0, split, x0 * 1.15, HPos::Left),
            ("Nabarro–Herring", split, x1, x1 / 1.15, HPos::Right),
        ];
        for (name, from, to, x, h) in fields {
            if (to / from).ln() > 0.3 * span {
                let top = self.boundary_at((from * to).sqrt());
                if (top / y0).ln() > 0.25 * (y1 / y0).ln() {
                    // Below the boundary at the label's own end too.
                    let y = (y0 * (top / y0).powf(0.3))
                        .min(self.boundary_at(x) / 1.5)
                        .max(y0 * 1.5);
                    names.push((name, (x, y), h));
                }
            }
        }
        if self.has_power_law() {
            let (x, y) = (x1 / 1.15, y1 / (y1 / y0).powf(0.08));
            if self.boundary_at(x0 * (x1 / x0).powf(0.6)) < y / 3.0 {
                names.push(("power-law creep", (x, y), HPos::Right));
            }
        }
        for (name, at, h) in names {
            let (px, py) = chart.backend_coord(&at);
            let w = label_width(name, name_px);
            let x = match h {
                HPos::Left => px as f64,
                HPos::Right => px as f64 - w,
                HPos::Center => px as f64 - w / 2.0,
            };
            if placed.take((x, py as f64 - name_px / 2.0), (w, name_px)) {
                chart
                    .draw_series(std::iter::once(Text::new(
                        name,
                        at,
                        t.font(12.0).pos(Pos::new(h, VPos::Center)),
                    )))
                    .map_err(err)?;
            }
        }
        let small_px = t.px(11.0) as f64;
        let small = t.font(11.0).pos(Pos::new(HPos::Right, VPos::Bottom));
        for (rate, pts) in self.contours.iter().filter(|(_, p)| p.len() >= 2) {
            let text = rate_label(*rate);
            let w = label_width(&text, small_px);
            // From the contour's right end leftwards, the first free place.
            let candidates = (0..8).map(|k| {
                let i = (pts.len() - 1) * (8 - k) / 8;
                pts[i]
            });
            for (d, s) in candidates {
                let at = (d / 1.15, s * 1.1);
                let (px, py) = chart.backend_coord(&at);
                if placed.take((px as f64 - w, py as f64 - small_px), (w, small_px)) {
                    chart
                        .draw_series(std::iter::once(Text::new(text.clone(), at, small.clone())))
                        .map_err(err)?;
                    break;
                }
            }
        }
        let r = t.px(5.0);
        chart
            .draw_series(
                self.table1
                    .iter()
                    .filter(|&&(d, s)| d >= x0 && d <= x1 && s >= y0 && s <= y1)
                    .map(|&p| Circle::new(p, r, t.foreground.stroke_width(t.px(1.5)))),
            )
            .map_err(err)?;
        if let Some((d, s, _)) = self.point {
            if d >= x0 && d <= x1 && s >= y0 && s <= y1 {
                chart
                    .draw_series([
                        Circle::new((d, s), t.px(7.0), t.series[3].filled()),
                        Circle::new((d, s), t.px(7.0), t.foreground.stroke_width(t.px(2.0))),
                    ])
                    .map_err(err)?;
            }
        }
        Ok(())
    }

    fn legend(&self, t: &ChartTheme) -> Vec<LegendEntry> {
        let mut out = Vec::new();
        if self.has_power_law() {
            out.push(LegendEntry {
                label: "power-law creep".into(),
                color: t.series[1],
                symbol: Symbol::Band,
            });
        }
        out.push(LegendEntry {
            label: "Nabarro–Herring".into(),
            color: t.series[0],
            symbol: Symbol::Band,
        });
        out.push(LegendEntry {
            label: "Coble".into(),
            color: t.series[2],
            symbol: Symbol::Band,
        });
        out.push(LegendEntry {
            label: "strain-rate contours".into(),
            color: t.foreground,
            symbol: Symbol::Line,
        });
        if !self.table1.is_empty() {
            out.push(LegendEntry {
                label: "paper's Table 1 (Na)".into(),
                color: t.foreground,
                symbol: Symbol::Ring,
            });
        }
        if self.point.is_some() {
            out.push(LegendEntry {
                label: "your point".into(),
                color: t.series[3],
                symbol: Symbol::Dot,
            });
        }
        out
    }

    fn csv(&self) -> String {
        let mut lines: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
        let boundary: Vec<(f64, f64)> = self
            .sizes_nm
            .iter()
            .zip(&self.power_law_mpa)
            .filter_map(|(&d, s)| s.map(|s| (d, s)))
            .collect();
        if !boundary.is_empty() {
            lines.push(("power-law / diffusional boundary".into(), boundary));
        }
        lines.push((
            "Coble / Nabarro-Herring boundary".into(),
            vec![
                (self.coble_nm, self.stress_mpa.0),
                (self.coble_nm, self.stress_mpa.1),
            ],
        ));
        for (rate, pts) in &self.contours {
            lines.push((
                format!("contour {} 1/s", format_clean(*rate, 3)),
                pts.clone(),
            ));
        }
        if !self.table1.is_empty() {
            lines.push(("paper Table 1".into(), self.table1.clone()));
        }
        if let Some((d, s, _)) = self.point {
            lines.push(("your point".into(), vec![(d, s)]));
        }
        lines_csv("line,size (nm),stress (MPa)", &lines)
    }

    fn alt_text(&self, sig: usize) -> String {
        let f = |x: f64| format_sig(x, sig);
        let mut s = format!(
            "Deformation-mechanism map of {}: stress from {} to {} MPa against size from {} to {} nm, both on log scales. Coble creep is faster than Nabarro–Herring below {} nm.",
            self.label,
            format_clean(self.stress_mpa.0, 3),
            format_clean(self.stress_mpa.1, 3),
            format_clean(self.sizes_nm.first().copied().unwrap_or(0.0), 3),
            format_clean(self.sizes_nm.last().copied().unwrap_or(0.0), 3),
            f(self.coble_nm)
        );
        if self.has_power_law() {
            let mid = self.sizes_nm[self.sizes_nm.len() / 2];
            s.push_str(&format!(
                " Power-law creep dominates above about {} MPa at {} nm.",
                f(self.boundary_at(mid)),
                f(mid)
            ));
        } else {
            s.push_str(" No power-law creep fit: diffusional creep only.");
        }
        if !self.contours.is_empty() {
            let rates: Vec<String> = self.contours.iter().map(|c| rate_label(c.0)).collect();
            s.push_str(&format!(" Contours of {}.", rates.join(", ")));
        }
        if let Some((d, st, m)) = self.point {
            s.push_str(&format!(
                " Your point, {} nm and {} MPa, is in the {m} field.",
                f(d),
                f(st)
            ));
        }
        if !self.table1.is_empty() {
            s.push_str(&format!(
                " The paper's {} Table 1 specimens are marked.",
                self.table1.len()
            ));
        }
        s
    }

    fn file_stem(&self) -> &'static str {
        "mechanism-map"
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    fn map() -> CreepMapChart {
        // A boundary σ = 10⁴·d^−1 MPa (a straight line in log-log).
        let sizes: Vec<f64> = (0..=20)
            .map(|i| 10f64 * 10f64.powf(i as f64 * 0.25))
            .collect();
        CreepMapChart {
            label: "Na at 298 K".into(),
            power_law_mpa: sizes.iter().map(|d| Some(1e4 / d)).collect(),
            sizes_nm: sizes,
            coble_nm: 6700.0,
            stress_mpa: (1e-3, 1e4),
            contours: vec![(1e-6, vec![(10.0, 1e-2), (1e5, 1e-1)])],
            point: Some((300.0, 100.0, "power-law creep")),
            table1: vec![(235.0, 113.0)],
        }
    }

    #[test]
    fn draws_fields_contours_and_points() {
        let c = map();
        let svg = svg(&c);
        let texts = texts(&svg);
        for label in [
            "power-law creep",
            "Nabarro–Herring",
            "Coble",
            "your point",
            "10⁻⁶ s⁻¹",
        ] {
            assert!(texts.iter().any(|t| t == label), "{label}: {texts:?}");
        }
        assert_clean_labels(&svg);
        // The fields are named inside the map as well as in the legend.
        for name in ["Coble", "Nabarro–Herring", "power-law creep"] {
            assert_eq!(texts.iter().filter(|t| *t == name).count(), 2, "{name}");
        }
        // Between grid points the boundary follows the power law exactly.
        assert!((c.boundary_at(300.0) - 1e4 / 300.0).abs() < 1e-9);
        let alt = c.alt_text(3);
        assert!(alt.contains("below 6700 nm"), "{alt}");
        assert!(alt.contains("in the power-law creep field"), "{alt}");
        let csv = c.csv();
        assert!(csv.starts_with("line,size (nm),stress (MPa)\n"));
        assert!(
            csv.contains("contour 1 × 10⁻⁶ 1/s") || csv.contains("contour 0.000001 1/s"),
            "{csv}"
        );
        for width in [320.0, 1440.0] {
            assert_layout_fits(&c, width);
        }
    }

    #[test]
    fn without_a_power_law_the_map_is_diffusional() {
        let mut c = map();
        c.power_law_mpa = vec![None; c.sizes_nm.len()];
        assert_eq!(c.boundary_at(300.0), 1e4);
        assert!(c.alt_text(3).contains("diffusional creep only"));
        assert!(!texts(&svg(&c)).iter().any(|t| t == "power-law creep"));
    }
}
