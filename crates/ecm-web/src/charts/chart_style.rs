//! The look every chart shares: margins, themed axes and grid, labelled
//! line series with their legend, the user's point. One place to change it.

use super::{err, ChartTheme};
use plotters::chart::{ChartContext, MeshStyle, SeriesLabelPosition};
use plotters::coord::ranged1d::Ranged;
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;

/// A chart builder with the margins and label areas every chart uses.
pub fn builder<'a, 'b, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    t: &ChartTheme,
) -> ChartBuilder<'a, 'b, DB> {
    let mut b = ChartBuilder::on(root);
    b.margin(t.px(14.0))
        .x_label_area_size(t.px(46.0))
        .y_label_area_size(t.px(70.0));
    b
}

/// Axis descriptions, fonts and grid in the theme's colours.
pub fn themed<'m, 'a, 'b, X, Y, DB>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    t: &ChartTheme,
    x_desc: &str,
    y_desc: &str,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB>
where
    X: Ranged,
    Y: Ranged,
    DB: DrawingBackend,
{
    mesh.x_desc(x_desc)
        .y_desc(y_desc)
        .label_style(t.font(12.0))
        .axis_desc_style(t.font(13.0))
        .axis_style(t.foreground)
        .bold_line_style(t.grid)
        .light_line_style(t.background)
}

/// Named lines in the theme's series colours, each with a legend entry.
pub fn draw_lines<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    lines: Vec<(String, Vec<(f64, f64)>)>,
    t: &ChartTheme,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate<From = (f64, f64)>,
{
    for (i, (name, pts)) in lines.into_iter().enumerate() {
        let color = t.series[i % t.series.len()];
        let w = t.px(2.0);
        chart
            .draw_series(LineSeries::new(pts, color.stroke_width(w)))
            .map_err(err)?
            .label(name)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(w))
            });
    }
    Ok(())
}

/// The user's point, a filled dot in the text colour.
pub fn draw_point<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    point: Option<(f64, f64)>,
    t: &ChartTheme,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate<From = (f64, f64)>,
{
    if let Some(p) = point {
        chart
            .draw_series(std::iter::once(Circle::new(
                p,
                t.px(6.0),
                t.foreground.filled(),
            )))
            .map_err(err)?;
    }
    Ok(())
}

/// The legend box at `position`.
pub fn draw_legend<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    position: SeriesLabelPosition,
    t: &ChartTheme,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate,
{
    chart
        .configure_series_labels()
        .position(position)
        .background_style(t.background.mix(0.9))
        .border_style(t.grid)
        .label_font(t.font(12.0))
        .draw()
        .map_err(err)
}
