//! The triangle marker the charts and their legends draw.

use plotters::prelude::*;

/// A triangle marker pointing up, its corners `r` pixels from its centre, as
/// plotters' `TriangleMarker` draws it, with the corners' offsets written
/// out (cos 30° = 0.866, sin 30° = 0.5) so that no page carries the sine
/// and cosine code for three fixed angles.
pub struct Triangle<C> {
    at: C,
    r: i32,
    style: ShapeStyle,
}

impl<C> Triangle<C> {
    /// A triangle at `at` (chart coordinates), `r` pixels to each corner.
    pub fn new<S: Into<ShapeStyle>>(at: C, r: u32, style: S) -> Self {
        Triangle {
            at,
            r: r as i32,
            style: style.into(),
        }
    }
}

impl<'a, C: 'a> plotters::element::PointCollection<'a, C> for &'a Triangle<C> {
    type Point = &'a C;
    type IntoIter = std::iter::Once<&'a C>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
}

impl<C, DB: DrawingBackend> plotters::element::Drawable<DB> for Triangle<C> {
    fn draw<I: Iterator<Item = plotters_backend::BackendCoord>>(
        &self,
        mut points: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), plotters_backend::DrawingErrorKind<DB::ErrorType>> {
        let Some((x, y)) = points.next() else {
            return Ok(());
        };
        let (r, half) = (self.r, self.r / 2);
        let side = (f64::from(self.r) * 0.866_025_4).round() as i32;
        let corners = [(x, y - r), (x + side, y + half), (x - side, y + half)];
        if self.style.filled {
            backend.fill_polygon(corners, &self.style.color)
        } else {
            backend.draw_path(corners.into_iter().chain([corners[0]]), &self.style)
        }
    }
}
