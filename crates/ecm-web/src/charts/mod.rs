//! Charts, generic over plotters' `DrawingBackend`. They are drawn with one
//! backend, [`drawing::Drawing`], which records the shapes; the page paints
//! them on its canvas, export writes them as SVG, and native tests read the
//! SVG.

pub mod axes;
pub mod axis_labels;
pub mod canvas_painter;
pub mod chart_style;
pub mod creep_map_chart;
pub mod drawing;
pub mod failure_map_chart;
pub mod force_curve_chart;
pub mod legend;
pub mod paper_chart;
pub mod sphere_chart;
pub mod strength_size_chart;
pub mod stress_chart;
pub mod stress_strain_chart;
pub mod svg_writer;
pub mod triangle_marker;
pub mod two_clocks_chart;

use ecm_core::numbers::number_format::format_data;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours and scale of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartTheme {
    /// Background.
    pub background: RGBColor,
    /// Text and axes.
    pub foreground: RGBColor,
    /// Light grid lines.
    pub grid: RGBColor,
    /// Series colours, distinguishable in both themes and by colour-blind readers (Okabe–Ito).
    pub series: [RGBColor; 5],
    /// Device pixels per CSS pixel: fonts and lines are scaled by it.
    pub scale: f64,
}

impl ChartTheme {
    /// The light theme at `scale` device pixels per CSS pixel.
    pub fn light(scale: f64) -> Self {
        ChartTheme {
            background: RGBColor(255, 255, 255),
            foreground: RGBColor(27, 31, 36),
            grid: RGBColor(225, 229, 233),
            series: [
                RGBColor(0, 114, 178),
                RGBColor(213, 94, 0),
                RGBColor(0, 158, 115),
                RGBColor(204, 121, 167),
                RGBColor(86, 180, 233),
            ],
            scale,
        }
    }

    /// The dark theme at `scale` device pixels per CSS pixel.
    pub fn dark(scale: f64) -> Self {
        ChartTheme {
            background: RGBColor(15, 19, 24),
            foreground: RGBColor(230, 233, 237),
            grid: RGBColor(48, 55, 63),
            series: [
                RGBColor(86, 180, 233),
                RGBColor(230, 159, 0),
                RGBColor(0, 200, 150),
                RGBColor(204, 121, 167),
                RGBColor(240, 228, 66),
            ],
            scale,
        }
    }

    /// A length in CSS pixels, in device pixels.
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A font of `css` pixels.
    pub fn font(&self, css: f64) -> TextStyle<'static> {
        FontDesc::new(FontFamily::SansSerif, css * self.scale, FontStyle::Normal)
            .color(&self.foreground)
    }
}

/// The area a chart is drawn on.
pub type Area<DB> = DrawingArea<DB, Shift>;

/// A drawing done, or why it could not be.
pub type Drawn = Result<(), String>;

/// A chart: how to draw it, its data as CSV, and a text alternative.
pub trait Chart {
    /// Draws on `root`, already filled with the theme's background.
    fn draw<DB: DrawingBackend>(&self, root: &Area<DB>, theme: &ChartTheme) -> Drawn;
    /// The plotted data as CSV with a header naming quantities and units.
    fn csv(&self) -> String;
    /// What the chart shows, in words with numbers to `sig` significant
    /// figures, for screen readers and the caption.
    fn alt_text(&self, sig: usize) -> String;
    /// The legend drawn below the plot (none by default).
    fn legend(&self, _t: &ChartTheme) -> Vec<legend::LegendEntry> {
        Vec::new()
    }
    /// File name without extension for exports.
    fn file_stem(&self) -> &'static str;
}

/// CSV of named lines, `header` first, then `name,x,y` per point; names
/// quoted as RFC 4180 says (`ecm_core::csv_cell`).
pub(crate) fn lines_csv(header: &str, lines: &[(String, Vec<(f64, f64)>)]) -> String {
    let mut out = format!("{header}\n");
    for (name, pts) in lines {
        let name = ecm_core::csv_cell::csv_cell(name);
        for (x, y) in pts {
            out.push_str(&format!("{name},{},{}\n", format_data(*x), format_data(*y)));
        }
    }
    out
}

/// CSS size (width, height) of a chart `width` CSS pixels wide: the plot,
/// and its legend below it.
pub fn chart_size<C: Chart>(chart: &C, width: f64) -> (f64, f64) {
    let w = width.max(260.0);
    let plot = (w * 0.62).clamp(250.0, 460.0);
    (
        w,
        plot + legend::height(&chart.legend(&ChartTheme::light(1.0)), w),
    )
}

/// Recorded units per pixel of an SVG export: plotters places everything
/// at whole units, so positions keep a tenth of a pixel.
pub const SVG_FINE: u32 = 10;

/// Draws `chart` into a recording of `width` × `height` output pixels with
/// `fine` units per pixel (the theme's scale is multiplied by `fine`).
pub fn record<C: Chart>(
    chart: &C,
    width: u32,
    height: u32,
    fine: u32,
    theme: &ChartTheme,
) -> Result<drawing::Drawing, String> {
    let mut d = drawing::Drawing::new(width, height, fine);
    let t = ChartTheme {
        scale: theme.scale * f64::from(fine),
        ..*theme
    };
    {
        let root = d.recorder().into_drawing_area();
        root.fill(&t.background).map_err(err)?;
        chart.draw(&root, &t)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(d)
}

/// Draws `chart` to an SVG document of `width` × `height` pixels.
pub fn to_svg<C: Chart>(
    chart: &C,
    width: u32,
    height: u32,
    theme: &ChartTheme,
) -> Result<String, String> {
    Ok(svg_writer::svg(&record(
        chart, width, height, SVG_FINE, theme,
    )?))
}

/// Maps a plotters error to text.
pub(crate) fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// Renders to SVG and returns the text, panicking on a drawing error.
    pub fn svg<C: Chart>(chart: &C) -> String {
        to_svg(chart, 800, 480, &ChartTheme::light(1.0)).expect("chart draws")
    }

    /// The text of every `<text>` element of an SVG.
    pub fn texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter_map(|t| {
                t.split_once('>').map(|(_, rest)| {
                    rest.split("</text>")
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string()
                })
            })
            .collect()
    }

    /// A text of an SVG with its estimated box, in the document's pixels.
    #[derive(Debug)]
    pub struct TextBox {
        #[allow(dead_code)] // named in failure messages
        pub text: String,
        pub x0: f64,
        pub x1: f64,
        pub y0: f64,
        pub y1: f64,
    }

    fn attr(tag: &str, name: &str) -> Option<String> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = tag[start..].find('"')?;
        Some(tag[start..start + end].to_string())
    }

    /// The size of the document in pixels and its viewBox scale.
    pub fn svg_size(svg: &str) -> (f64, f64, f64) {
        let head = &svg[svg.find("<svg").unwrap_or(0)..];
        let head = &head[..head.find('>').unwrap_or(head.len())];
        let w: f64 = attr(head, "width")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        let h: f64 = attr(head, "height")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        let vb_w: f64 = attr(head, "viewBox")
            .and_then(|v| v.split(' ').nth(2).and_then(|x| x.parse().ok()))
            .unwrap_or(w);
        (w, h, if w > 0.0 { vb_w / w } else { 1.0 })
    }

    /// Every horizontal `<text>` with a generous box (0.62 em a character,
    /// 1 em high), in the document's pixels.
    pub fn text_boxes(svg: &str) -> Vec<TextBox> {
        let (_, _, k) = svg_size(svg);
        svg.split("<text")
            .skip(1)
            .filter_map(|t| {
                let (tag, rest) = t.split_once('>')?;
                if tag.contains("rotate") {
                    return None;
                }
                let text = rest.split("</text>").next()?.trim().to_string();
                let x: f64 = attr(tag, "x")?.parse().ok()?;
                let y: f64 = attr(tag, "y")?.parse().ok()?;
                let size: f64 = attr(tag, "font-size")?.parse().ok()?;
                let w = text.chars().count() as f64 * size * 0.62;
                let x0 = match attr(tag, "text-anchor").as_deref() {
                    Some("middle") => x - w / 2.0,
                    Some("end") => x - w,
                    _ => x,
                };
                let dy = attr(tag, "dy").unwrap_or_default();
                let y0 = if dy.ends_with("em") {
                    y
                } else if dy == "0.5ex" {
                    y - size / 2.0
                } else {
                    y - size
                };
                Some(TextBox {
                    text,
                    x0: x0 / k,
                    x1: (x0 + w) / k,
                    y0: y0 / k,
                    y1: (y0 + size) / k,
                })
            })
            .collect()
    }

    /// Every text of `chart` drawn `width` px wide lies inside the document,
    /// and no two texts overlap.
    pub fn assert_layout_fits<C: Chart>(chart: &C, width: f64) {
        let (w, h) = chart_size(chart, width);
        let svg = to_svg(chart, w as u32, h as u32, &ChartTheme::light(1.0)).expect("chart draws");
        let boxes = text_boxes(&svg);
        assert!(!boxes.is_empty());
        for b in &boxes {
            assert!(
                b.x0 >= -0.5 && b.x1 <= w + 0.5 && b.y0 >= -0.5 && b.y1 <= h + 0.5,
                "at {width} px, {:?} leaves the {w}×{h} chart",
                b
            );
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
                assert!(apart, "at {width} px, {a:?} overlaps {b:?}");
            }
        }
    }

    /// No tick label looks like "9.99999e-6" or "1.0000000000000002".
    pub fn assert_clean_labels(svg: &str) {
        for t in texts(svg) {
            assert!(
                !t.contains("e-") && !t.contains("e+"),
                "raw exponent in label {t:?}"
            );
            assert!(!t.contains("00000"), "long label {t:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_commas_or_quotes_are_quoted_in_csv() {
        let lines = vec![
            ("Na".to_string(), vec![(1.0, 2.5)]),
            ("plastic, \"cap\"".to_string(), vec![(0.5, 3.0), (1.0, 4.0)]),
        ];
        assert_eq!(
            lines_csv("name,x,y", &lines),
            "name,x,y\nNa,1,2.5\n\"plastic, \"\"cap\"\"\",0.5,3\n\"plastic, \"\"cap\"\"\",1,4\n"
        );
    }
}
