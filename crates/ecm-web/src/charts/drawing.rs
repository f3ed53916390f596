//! The one plotters backend the charts are drawn with: it records shapes in
//! fine units (`fine` per output pixel), which are then painted on the page's
//! canvas (`canvas_painter.rs`) or written as SVG (`svg_writer.rs`).
//!
//! plotters hands a backend whole-number coordinates; drawn directly, a line
//! through points rounded to whole pixels kinks. Recorded `fine` times finer,
//! positions keep a fraction of a pixel. One backend for screen and export
//! also means each chart's drawing code is compiled once, not once per
//! backend, which keeps every page's WebAssembly smaller.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};

/// A colour with its opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    /// Red, green, blue.
    pub rgb: (u8, u8, u8),
    /// Opacity, 0 to 1.
    pub alpha: f64,
}

impl From<BackendColor> for Paint {
    fn from(c: BackendColor) -> Self {
        Paint {
            rgb: c.rgb,
            alpha: c.alpha,
        }
    }
}

impl Paint {
    /// `rgba(r,g,b,a)` for CSS and canvas.
    pub fn css(&self) -> String {
        let (r, g, b) = self.rgb;
        format!("rgba({r},{g},{b},{})", decimal(self.alpha, 3))
    }

    /// `#rrggbb`, for SVG.
    pub(crate) fn hex(&self) -> String {
        let (r, g, b) = self.rgb;
        format!("#{r:02X}{g:02X}{b:02X}")
    }
}

/// One recorded shape; coordinates, widths and sizes in fine units.
#[derive(Clone)]
pub enum Shape {
    /// A straight line.
    Line {
        from: BackendCoord,
        to: BackendCoord,
        paint: Paint,
        width: u32,
    },
    /// A rectangle, filled or outlined.
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        paint: Paint,
        width: u32,
        fill: bool,
    },
    /// A polyline.
    Path {
        points: Vec<BackendCoord>,
        paint: Paint,
        width: u32,
    },
    /// A filled polygon.
    Polygon {
        points: Vec<BackendCoord>,
        paint: Paint,
    },
    /// A circle, filled or outlined.
    Circle {
        center: BackendCoord,
        radius: u32,
        paint: Paint,
        width: u32,
        fill: bool,
    },
    /// A text at its anchor.
    Text(Label),
}

/// A text at its anchor, turned by `quarter_turns` × 90° clockwise.
#[derive(Clone)]
pub struct Label {
    /// What it says.
    pub text: String,
    /// Its anchor point.
    pub at: BackendCoord,
    /// Its colour.
    pub paint: Paint,
    /// Font size, fine units.
    pub size: f64,
    /// Font family.
    pub family: String,
    /// Font style ("normal", "bold", …).
    pub style: String,
    /// Which side of the text the anchor is on.
    pub h: HPos,
    /// Which edge of the text the anchor is on.
    pub v: VPos,
    /// Quarter turns clockwise.
    pub quarter_turns: u8,
}

/// A drawing being recorded: `width` × `height` output pixels, `fine`
/// recorded units per pixel.
#[derive(Clone)]
pub struct Drawing {
    /// Width in output pixels.
    pub width: u32,
    /// Height in output pixels.
    pub height: u32,
    /// Recorded units per output pixel.
    pub fine: u32,
    /// What was drawn, in order.
    pub shapes: Vec<Shape>,
}

/// Never happens: recording cannot fail.
#[derive(Debug)]
pub struct NoError;

impl std::fmt::Display for NoError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("drawing failed")
    }
}

impl std::error::Error for NoError {}

type Done = Result<(), DrawingErrorKind<NoError>>;

impl Drawing {
    /// An empty drawing.
    pub fn new(width: u32, height: u32, fine: u32) -> Self {
        Drawing {
            width,
            height,
            fine: fine.max(1),
            shapes: Vec::new(),
        }
    }

    /// The plotters backend that records into this drawing.
    pub fn recorder(&mut self) -> Recorder<'_> {
        Recorder { drawing: self }
    }
}

/// `v` with at most `places` decimals, trailing zeros dropped ("0.5",
/// "12"): the core's decimal writer, so the page carries no float
/// formatting of its own.
pub fn decimal(v: f64, places: u32) -> String {
    ecm_core::numbers::decimal_writer::trimmed(v, places as usize)
}

/// The width of `text` in em for a typical sans-serif font (Arial, DejaVu
/// Sans, Roboto): digits and most capitals are wider than lower case, and
/// points, spaces and parentheses narrow.
pub fn text_width_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            '0'..='9' => 0.56,
            '.' | ',' | ':' | ';' | ' ' | '\'' | '|' | '!' | 'i' | 'j' | 'l' | 'I' => 0.28,
            '(' | ')' | '[' | ']' | '-' | 't' | 'f' | 'r' => 0.34,
            'm' | 'w' | 'M' | 'W' | '%' => 0.85,
            'A'..='Z' => 0.68,
            'a'..='z' => 0.53,
            _ => 0.62,
        })
        .sum()
}

/// The plotters backend of a [`Drawing`].
pub struct Recorder<'a> {
    drawing: &'a mut Drawing,
}

impl Recorder<'_> {
    fn push(&mut self, color: BackendColor, shape: Shape) -> Done {
        if color.alpha > 0.0 {
            self.drawing.shapes.push(shape);
        }
        Ok(())
    }
}

impl DrawingBackend for Recorder<'_> {
    type ErrorType = NoError;

    fn get_size(&self) -> (u32, u32) {
        let d = &self.drawing;
        (d.width * d.fine, d.height * d.fine)
    }

    fn ensure_prepared(&mut self) -> Done {
        Ok(())
    }

    fn present(&mut self) -> Done {
        Ok(())
    }

    /// The text's size from typical sans-serif advance widths
    /// ([`text_width_em`]): the same estimate natively and in the browser,
    /// and no measuring of text in the page's DOM (plotters' own estimate
    /// on the web inserts an element per label).
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<NoError>> {
        let size = style.size();
        Ok((
            (text_width_em(text) * size).ceil() as u32,
            size.ceil() as u32,
        ))
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Done {
        let to = (point.0 + 1, point.1 + 1);
        let paint = color.into();
        self.push(
            color,
            Shape::Rect {
                from: point,
                to,
                paint,
                width: 1,
                fill: true,
            },
        )
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Done {
        let (paint, width) = (style.color().into(), style.stroke_width());
        self.push(
            style.color(),
            Shape::Line {
                from,
                to,
                paint,
                width,
            },
        )
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Done {
        let (paint, width) = (style.color().into(), style.stroke_width());
        self.push(
            style.color(),
            Shape::Rect {
                from,
                to,
                paint,
                width,
                fill,
            },
        )
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Done {
        let points = path.into_iter().collect();
        let (paint, width) = (style.color().into(), style.stroke_width());
        self.push(
            style.color(),
            Shape::Path {
                points,
                paint,
                width,
            },
        )
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Done {
        let points = path.into_iter().collect();
        self.push(
            style.color(),
            Shape::Polygon {
                points,
                paint: style.color().into(),
            },
        )
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Done {
        let (paint, width) = (style.color().into(), style.stroke_width());
        self.push(
            style.color(),
            Shape::Circle {
                center,
                radius,
                paint,
                width,
                fill,
            },
        )
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, at: BackendCoord) -> Done {
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let shape = Shape::Text(Label {
            text: text.to_string(),
            at,
            paint: style.color().into(),
            size: style.size(),
            family: style.family().as_str().to_string(),
            style: style.style().as_str().to_string(),
            h: style.anchor().h_pos,
            v: style.anchor().v_pos,
            quarter_turns,
        });
        self.push(style.color(), shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_without_float_formatting_slips() {
        assert_eq!(decimal(0.5, 3), "0.5");
        assert_eq!(decimal(1.0, 3), "1");
        assert_eq!(decimal(0.1 + 0.2, 3), "0.3");
        // 12.25 and 0.0625 are exact ties in binary: to even, as format! does.
        assert_eq!(decimal(12.25, 1), "12.2");
        assert_eq!(decimal(12.35, 1), "12.3"); // 12.3499999… in binary
        assert_eq!(decimal(0.0004, 3), "0");
        assert_eq!(decimal(0.0625, 3), "0.062");
        assert_eq!(decimal(-2.5, 1), "-2.5");
        assert_eq!(decimal(-0.0001, 2), "0");
        assert_eq!(decimal(1e6, 2), "1000000");
    }
}
