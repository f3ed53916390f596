//! Paints a recorded chart ([`crate::charts::drawing::Drawing`]) on a
//! `<canvas>`, keeping its sub-pixel positions: the drawing is recorded
//! `FINE` times finer than device pixels and every coordinate, width and font
//! size is divided by `FINE` here.

use crate::charts::drawing::{Drawing, Shape};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::BackendCoord;
use web_sys::CanvasRenderingContext2d;

/// Recorded units per device pixel.
pub const FINE: u32 = 8;
const K: f64 = FINE as f64;

fn fine(v: i32) -> f64 {
    f64::from(v) / K
}

fn at(p: BackendCoord) -> (f64, f64) {
    (fine(p.0), fine(p.1))
}

/// Horizontal and vertical lines land on the device-pixel grid so that axes
/// and grid lines stay crisp.
fn snap(from: (f64, f64), to: (f64, f64), width: f64) -> ((f64, f64), (f64, f64)) {
    let odd = (width.round() as i64) % 2 == 1;
    let grid = |v: f64| if odd { v.floor() + 0.5 } else { v.round() };
    let (mut a, mut b) = (from, to);
    if a.0 == b.0 {
        a.0 = grid(a.0);
        b.0 = a.0;
    }
    if a.1 == b.1 {
        a.1 = grid(a.1);
        b.1 = a.1;
    }
    (a, b)
}

fn stroke_style(c: &CanvasRenderingContext2d, css: &str, width: u32) {
    c.set_stroke_style_str(css);
    c.set_line_width((f64::from(width) / K).max(0.5));
}

/// Starts a new path through `points`.
fn trace(c: &CanvasRenderingContext2d, points: &[BackendCoord]) {
    c.begin_path();
    if let Some((start, rest)) = points.split_first() {
        let (x, y) = at(*start);
        c.move_to(x, y);
        for p in rest {
            let (x, y) = at(*p);
            c.line_to(x, y);
        }
    }
}

/// Paints `drawing` (recorded with [`FINE`] units per device pixel) on `c`.
pub fn paint(drawing: &Drawing, c: &CanvasRenderingContext2d) {
    for shape in &drawing.shapes {
        match shape {
            Shape::Line {
                from,
                to,
                paint,
                width,
            } => {
                stroke_style(c, &paint.css(), *width);
                let (a, b) = snap(at(*from), at(*to), (f64::from(*width) / K).max(1.0));
                c.begin_path();
                c.move_to(a.0, a.1);
                c.line_to(b.0, b.1);
                c.stroke();
            }
            Shape::Rect {
                from,
                to,
                paint,
                width,
                fill,
            } => {
                let (x, y) = at(*from);
                let (x1, y1) = at(*to);
                if *fill {
                    c.set_fill_style_str(&paint.css());
                    c.fill_rect(x, y, x1 - x, y1 - y);
                } else {
                    stroke_style(c, &paint.css(), *width);
                    c.stroke_rect(x, y, x1 - x, y1 - y);
                }
            }
            Shape::Path {
                points,
                paint,
                width,
            } => {
                stroke_style(c, &paint.css(), *width);
                c.set_line_join("round");
                trace(c, points);
                c.stroke();
            }
            Shape::Polygon { points, paint } => {
                c.set_fill_style_str(&paint.css());
                trace(c, points);
                c.close_path();
                c.fill();
            }
            Shape::Circle {
                center,
                radius,
                paint,
                width,
                fill,
            } => {
                let (x, y) = at(*center);
                c.begin_path();
                let _ = c.arc(x, y, f64::from(*radius) / K, 0.0, std::f64::consts::TAU);
                if *fill {
                    c.set_fill_style_str(&paint.css());
                    c.fill();
                } else {
                    stroke_style(c, &paint.css(), *width);
                    c.stroke();
                }
            }
            Shape::Text(t) => {
                let (mut x, mut y) = at(t.at);
                let turn = f64::from(t.quarter_turns) * std::f64::consts::FRAC_PI_2;
                if t.quarter_turns != 0 {
                    c.save();
                    let _ = c.translate(x, y);
                    let _ = c.rotate(turn);
                    (x, y) = (0.0, 0.0);
                }
                c.set_text_baseline(match t.v {
                    VPos::Top => "top",
                    VPos::Center => "middle",
                    VPos::Bottom => "bottom",
                });
                c.set_text_align(match t.h {
                    HPos::Left => "start",
                    HPos::Right => "end",
                    HPos::Center => "center",
                });
                c.set_fill_style_str(&t.paint.css());
                c.set_font(&format!(
                    "{} {}px {}",
                    t.style,
                    crate::charts::drawing::decimal(t.size / K, 2),
                    t.family
                ));
                let _ = c.fill_text(&t.text, x, y);
                if t.quarter_turns != 0 {
                    c.restore();
                }
            }
        }
    }
}
