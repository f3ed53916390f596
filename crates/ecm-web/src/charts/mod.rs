//! Charts, generic over plotters' `DrawingBackend`: the same code draws on the
//! page's canvas, to SVG for export, and in native tests.

pub mod axis_labels;
pub mod chart_style;
pub mod failure_map_chart;
pub mod paper_chart;
pub mod sphere_chart;
pub mod stress_chart;
pub mod stress_strain_chart;

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
        ("sans-serif", css * self.scale)
            .into_font()
            .color(&self.foreground)
    }
}

/// A chart: how to draw it, its data as CSV, and a text alternative.
pub trait Chart {
    /// Draws on `root`, which it fills.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &ChartTheme,
    ) -> Result<(), String>;
    /// The plotted data as CSV with a header naming quantities and units.
    fn csv(&self) -> String;
    /// What the chart shows, in words, for screen readers and the caption.
    fn alt_text(&self) -> String;
    /// File name without extension for exports.
    fn file_stem(&self) -> &'static str;
}

/// CSV of named lines, `header` first, then `name,x,y` per point; a name is
/// quoted when it holds a comma or a quote.
pub(crate) fn lines_csv(header: &str, lines: &[(String, Vec<(f64, f64)>)]) -> String {
    let mut out = format!("{header}\n");
    for (name, pts) in lines {
        let name = if name.contains([',', '"']) {
            format!("\"{}\"", name.replace('"', "\"\""))
        } else {
            name.clone()
        };
        for (x, y) in pts {
            out.push_str(&format!("{name},{x},{y}\n"));
        }
    }
    out
}

/// Draws `chart` to an SVG document of `width` × `height` pixels.
pub fn to_svg<C: Chart>(
    chart: &C,
    width: u32,
    height: u32,
    theme: &ChartTheme,
) -> Result<String, String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        chart.draw(&root, theme)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(out)
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
