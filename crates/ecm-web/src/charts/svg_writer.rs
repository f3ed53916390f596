//! A recorded drawing (`drawing.rs`) written as an SVG document: what the
//! plots' SVG export saves. Positions stay whole numbers in the drawing's
//! fine units, scaled to pixels by the `viewBox`.

use super::drawing::{decimal, Drawing, Label, Paint, Shape};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::BackendCoord;
use std::fmt::Write;

/// The drawing as an SVG document of `width` × `height` pixels (its
/// `viewBox` is in the fine units, so positions keep their precision
/// with whole numbers).
pub fn svg(drawing: &Drawing) -> String {
    let (w, h, k) = (drawing.width, drawing.height, drawing.fine);
    let mut out = format!(
        "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {} {}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
        w * k,
        h * k
    );
    let stroke = |p: &Paint, width: u32| {
        format!(
            "fill=\"none\" stroke=\"{}\" stroke-opacity=\"{}\" stroke-width=\"{width}\"",
            p.hex(),
            decimal(p.alpha, 3)
        )
    };
    let fill = |p: &Paint| {
        format!(
            "fill=\"{}\" fill-opacity=\"{}\"",
            p.hex(),
            decimal(p.alpha, 3)
        )
    };
    let points = |pts: &[BackendCoord]| {
        pts.iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for s in &drawing.shapes {
        let _ = match s {
            Shape::Line {
                from,
                to,
                paint,
                width,
            } => writeln!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>",
                from.0,
                from.1,
                to.0,
                to.1,
                stroke(paint, *width)
            ),
            Shape::Rect {
                from,
                to,
                paint,
                width,
                fill: f,
            } => writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>",
                from.0,
                from.1,
                to.0 - from.0,
                to.1 - from.1,
                if *f {
                    fill(paint)
                } else {
                    stroke(paint, *width)
                }
            ),
            Shape::Path {
                points: p,
                paint,
                width,
            } => writeln!(
                out,
                "<polyline points=\"{}\" stroke-linejoin=\"round\" {}/>",
                points(p),
                stroke(paint, *width)
            ),
            Shape::Polygon { points: p, paint } => {
                writeln!(out, "<polygon points=\"{}\" {}/>", points(p), fill(paint))
            }
            Shape::Circle {
                center,
                radius,
                paint,
                width,
                fill: f,
            } => writeln!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\" {}/>",
                center.0,
                center.1,
                if *f {
                    fill(paint)
                } else {
                    stroke(paint, *width)
                }
            ),
            Shape::Text(Label {
                text,
                at,
                paint,
                size,
                family,
                style,
                h,
                v,
                quarter_turns,
            }) => {
                let anchor = match h {
                    HPos::Left => "start",
                    HPos::Center => "middle",
                    HPos::Right => "end",
                };
                // The same vertical placement the canvas uses.
                let dy = match v {
                    VPos::Top => " dy=\"0.76em\"",
                    VPos::Center => " dy=\"0.5ex\"",
                    VPos::Bottom => "",
                };
                let turn = if *quarter_turns == 0 {
                    String::new()
                } else {
                    format!(
                        " transform=\"rotate({}, {}, {})\"",
                        u32::from(*quarter_turns) * 90,
                        at.0,
                        at.1
                    )
                };
                // plotters names its styles "normal", "bold", "italic",
                // "oblique"; an equality, not a search, keeps string
                // searching's panic paths out of every page.
                let weight = if style == "bold" {
                    " font-weight=\"bold\""
                } else {
                    ""
                };
                writeln!(
                    out,
                    "<text x=\"{}\" y=\"{}\"{dy} text-anchor=\"{anchor}\" font-family=\"{}\" font-size=\"{}\"{weight}{turn} {}>{}</text>",
                    at.0,
                    at.1,
                    escape(family),
                    decimal(*size, 1),
                    fill(paint),
                    escape(text)
                )
            }
        };
    }
    out.push_str("</svg>\n");
    out
}

/// Text made safe inside SVG markup.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_keeps_fine_positions_as_whole_numbers_in_a_scaled_view_box() {
        use plotters::prelude::*;
        let mut d = Drawing::new(100, 50, 10);
        {
            let root = d.recorder().into_drawing_area();
            root.fill(&WHITE).unwrap();
            root.draw(&PathElement::new(
                vec![(0, 0), (995, 495)],
                ShapeStyle::from(&BLACK).stroke_width(10),
            ))
            .unwrap();
            root.draw(&Text::new(
                "a<b",
                (50, 60),
                ("sans-serif", 120.0).into_font(),
            ))
            .unwrap();
        }
        let svg = svg(&d);
        assert!(svg.starts_with("<svg width=\"100\" height=\"50\" viewBox=\"0 0 1000 500\""));
        assert!(svg.contains("<polyline points=\"0,0 995,495\""), "{svg}");
        assert!(svg.contains("font-size=\"120\""), "{svg}");
        assert!(svg.contains(">a&lt;b</text>"), "{svg}");
    }
}
