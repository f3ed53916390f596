//! A plotters backend for a `<canvas>` that draws with sub-pixel precision.
//!
//! plotters hands a backend whole-number coordinates; drawn directly on the
//! canvas, a straight line through points rounded to whole pixels kinks. This
//! backend tells plotters the canvas is `FINE` times larger than it is and
//! divides every coordinate, width and font size by `FINE` before drawing, so
//! positions keep 1/`FINE` of a device pixel.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Coordinate units per device pixel.
pub const FINE: u32 = 8;
const K: f64 = FINE as f64;

/// The canvas and its 2D context.
pub struct FineCanvas {
    width: u32,
    height: u32,
    context: CanvasRenderingContext2d,
}

/// A drawing error from the canvas.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "canvas: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

fn js_err(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(
        e.as_string().unwrap_or_else(|| "drawing failed".into()),
    ))
}

fn color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", c.alpha)
}

fn fine(v: i32) -> f64 {
    f64::from(v) / K
}

impl FineCanvas {
    /// The backend for `canvas`, or none when it has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(FineCanvas {
            width: canvas.width(),
            height: canvas.height(),
            context,
        })
    }

    fn stroke_style(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&color(style.color()));
        self.context
            .set_line_width((f64::from(style.stroke_width()) / K).max(0.5));
    }

    /// Starts a new path through `points`.
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        let mut points = points.into_iter();
        if let Some(start) = points.next() {
            self.context.move_to(fine(start.0), fine(start.1));
            for p in points {
                self.context.line_to(fine(p.0), fine(p.1));
            }
        }
    }

    /// Horizontal and vertical lines land on the device-pixel grid so that
    /// axes and grid lines stay crisp.
    fn snap(&self, from: (f64, f64), to: (f64, f64), width: f64) -> ((f64, f64), (f64, f64)) {
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
}

impl DrawingBackend for FineCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.width * FINE, self.height * FINE)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        style: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.alpha == 0.0 {
            return Ok(());
        }
        self.context.set_fill_style_str(&color(style));
        self.context
            .fill_rect(fine(point.0), fine(point.1), 1.0 / K, 1.0 / K);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke_style(style);
        let width = f64::from(style.stroke_width()) / K;
        let (a, b) = self.snap(
            (fine(from.0), fine(from.1)),
            (fine(to.0), fine(to.1)),
            width.max(1.0),
        );
        self.context.begin_path();
        self.context.move_to(a.0, a.1);
        self.context.line_to(b.0, b.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (fine(upper_left.0), fine(upper_left.1));
        let (w, h) = (fine(bottom_right.0) - x, fine(bottom_right.1) - y);
        if fill {
            self.context.set_fill_style_str(&color(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_style(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke_style(style);
        self.context.set_line_join("round");
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.context.set_fill_style_str(&color(style.color()));
        self.trace(path);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.context.set_fill_style_str(&color(style.color()));
        } else {
            self.stroke_style(style);
        }
        self.context.begin_path();
        self.context
            .arc(
                fine(center.0),
                fine(center.1),
                f64::from(radius) / K,
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(js_err)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let (mut x, mut y) = (fine(pos.0), fine(pos.1));
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
        } * std::f64::consts::PI;
        if turn != 0.0 {
            self.context.save();
            self.context.translate(x, y).map_err(js_err)?;
            self.context.rotate(turn).map_err(js_err)?;
            x = 0.0;
            y = 0.0;
        }
        self.context.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_fill_style_str(&color(c));
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size() / K,
            style.family().as_str(),
        ));
        self.context.fill_text(text, x, y).map_err(js_err)?;
        if turn != 0.0 {
            self.context.restore();
        }
        Ok(())
    }
}
