//! The look every chart shares: margins, themed axes and grid with as many
//! ticks as the width holds, labelled line series, the user's point. One
//! place to change it.

use super::legend::{LegendEntry, Symbol};
use super::{err, ChartTheme};
use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::ranged1d::Ranged;
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;

/// A chart builder with the margins and label areas every chart uses.
pub fn builder<'a, 'b, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    t: &ChartTheme,
) -> ChartBuilder<'a, 'b, DB> {
    let mut b = ChartBuilder::on(root);
    // The right margin holds half of the last x label ("1000" at 12 px).
    b.margin(t.px(14.0))
        .margin_right(t.px(RIGHT_MARGIN))
        .x_label_area_size(t.px(46.0))
        .y_label_area_size(t.px(70.0));
    b
}

/// Right margin, CSS px.
const RIGHT_MARGIN: f64 = 20.0;

/// Room for one tick label along the x axis, CSS px: "1000" or "0.25" and a
/// gap.
const X_TICK_ROOM: f64 = 58.0;
/// Room for one tick label along the y axis, CSS px.
const Y_TICK_ROOM: f64 = 34.0;

/// How many ticks fit along each axis of a chart whose drawing area is
/// `size` device pixels: at most one tick label per [`X_TICK_ROOM`] across
/// and [`Y_TICK_ROOM`] down (plotters picks round values up to that many), so
/// labels never run together on a phone.
pub fn tick_counts(size: (u32, u32), t: &ChartTheme) -> (usize, usize) {
    let w = f64::from(size.0) / t.scale - 14.0 - RIGHT_MARGIN - 70.0;
    let h = f64::from(size.1) / t.scale - 14.0 * 2.0 - 46.0;
    let fit = |room: f64, per: f64| ((room / per).floor() as usize).clamp(2, 10);
    (fit(w, X_TICK_ROOM), fit(h, Y_TICK_ROOM))
}

/// Axis descriptions, fonts, grid in the theme's colours, and tick counts
/// for a drawing area of `size` device pixels.
pub fn themed<'m, 'a, 'b, X, Y, DB>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    t: &ChartTheme,
    size: (u32, u32),
    x_desc: &str,
    y_desc: &str,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB>
where
    X: Ranged,
    Y: Ranged,
    DB: DrawingBackend,
{
    let (nx, ny) = tick_counts(size, t);
    mesh.x_desc(x_desc)
        .y_desc(y_desc)
        .x_labels(nx)
        .y_labels(ny)
        // Tick marks keep the two axes' first labels apart at the origin.
        .set_all_tick_mark_size(t.px(5.0))
        .label_style(t.font(12.0))
        .axis_desc_style(t.font(13.0))
        .axis_style(t.foreground)
        .bold_line_style(t.grid)
        .light_line_style(t.background)
}

/// An axis of a chart: its description and how its ticks are labelled
/// (`axis_labels::tick` on a linear axis, `axis_labels::log_tick` on a log
/// one).
pub type Axis<'d> = (&'d str, fn(&f64) -> String);

/// Draws the themed mesh ([`themed`]) with the two axes' descriptions and
/// tick labels.
pub fn draw_mesh<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    t: &ChartTheme,
    size: (u32, u32),
    x: Axis,
    y: Axis,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64> + plotters::coord::ranged1d::ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + plotters::coord::ranged1d::ValueFormatter<f64>,
{
    themed(&mut chart.configure_mesh(), t, size, x.0, y.0)
        .x_label_formatter(&x.1)
        .y_label_formatter(&y.1)
        .draw()
        .map_err(err)
}

/// Legend entries for lines drawn by [`draw_lines`] (same colours, same order).
pub fn line_entries(names: &[&str], t: &ChartTheme) -> Vec<LegendEntry> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| LegendEntry {
            label: name.to_string(),
            color: t.series[i % t.series.len()],
            symbol: Symbol::Line,
        })
        .collect()
}

/// Named lines in the theme's series colours (their legend: [`line_entries`]).
pub fn draw_lines<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    lines: Vec<(String, Vec<(f64, f64)>)>,
    t: &ChartTheme,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate<From = (f64, f64)>,
{
    for (i, (_, pts)) in lines.into_iter().enumerate() {
        let color = t.series[i % t.series.len()];
        chart
            .draw_series(LineSeries::new(pts, color.stroke_width(t.px(2.0))))
            .map_err(err)?;
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
