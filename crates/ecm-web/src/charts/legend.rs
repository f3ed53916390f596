//! A chart's legend, laid out below the plot area so that it never covers
//! data: entries flow left to right and wrap onto new rows on narrow screens;
//! each symbol is drawn on the same row as its own label.
//!
//! The layout is plain arithmetic in CSS pixels, shared by the page (which
//! makes the canvas taller by the legend's height) and the drawing.

use super::triangle_marker::Triangle;
use super::{err, ChartTheme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Legend font size, CSS px.
pub const FONT: f64 = 12.0;
/// Height of one legend row, CSS px.
pub const ROW: f64 = 20.0;
/// Width of an entry's symbol, CSS px.
pub const SYMBOL: f64 = 22.0;
/// Space between a symbol and its label, CSS px.
pub const GAP: f64 = 6.0;
/// Space between entries on one row, CSS px.
pub const SPACING: f64 = 18.0;
/// Space left and right of the legend, and above and below it, CSS px.
pub const PAD: f64 = 8.0;

/// How an entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Symbol {
    /// A line segment.
    Line,
    /// A filled dot.
    Dot,
    /// A filled triangle.
    Triangle,
    /// A cross.
    Cross,
    /// A hollow dot.
    Ring,
    /// A filled band (a shaded range).
    Band,
    /// A dashed line segment (as the line it names is drawn).
    Dashed,
    /// A dotted line segment.
    Dotted,
    /// A hollow square.
    Square,
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The label.
    pub label: String,
    /// The colour of its symbol.
    pub color: RGBColor,
    /// The symbol.
    pub symbol: Symbol,
}

/// Width of `text` at the legend's font, CSS px: a generous estimate
/// (0.62 em a character) so that a label never runs past its room.
pub fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT * 0.62
}

/// Where each entry goes in a legend `width` CSS px wide: (x of the
/// symbol's left end, y of the row's centre), relative to the legend's
/// top-left corner, and the legend's height (0 without entries).
pub fn layout(labels: &[&str], width: f64) -> (Vec<(f64, f64)>, f64) {
    if labels.is_empty() {
        return (Vec::new(), 0.0);
    }
    let mut out = Vec::with_capacity(labels.len());
    let (mut x, mut row) = (PAD, 0usize);
    for label in labels {
        let w = SYMBOL + GAP + text_width(label);
        if x > PAD && x + w > width - PAD {
            row += 1;
            x = PAD;
        }
        out.push((x, PAD + ROW * (row as f64 + 0.5)));
        x += w + SPACING;
    }
    let height = PAD * 2.0 + ROW * (row as f64 + 1.0);
    (out, height)
}

/// The legend's height in CSS px for a chart `width` CSS px wide.
pub fn height(entries: &[LegendEntry], width: f64) -> f64 {
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    layout(&labels, width).1
}

/// Draws `entries` at the bottom of `root` and returns the area above them
/// for the plot.
pub fn split_off<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    entries: &[LegendEntry],
    t: &ChartTheme,
) -> Result<DrawingArea<DB, Shift>, String> {
    if entries.is_empty() {
        return Ok(root.clone());
    }
    let (w, h) = root.dim_in_pixel();
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    let (places, legend_h) = layout(&labels, f64::from(w) / t.scale);
    let legend_px = ((legend_h * t.scale).round() as u32).min(h / 2);
    let (plot, legend) = root.split_vertically(h - legend_px);
    let s = t.scale;
    let at = |v: f64| (v * s).round() as i32;
    let font = t.font(FONT).pos(Pos::new(HPos::Left, VPos::Center));
    let r = t.px(5.0);
    for (e, (x, y)) in entries.iter().zip(places) {
        let (x0, yc) = (at(x), at(y));
        let mid = (x0 + at(SYMBOL / 2.0), yc);
        let c = e.color;
        match e.symbol {
            Symbol::Line => legend
                .draw(&PathElement::new(
                    vec![(x0, yc), (x0 + at(SYMBOL), yc)],
                    c.stroke_width(t.px(2.0)),
                ))
                .map_err(err)?,
            Symbol::Band => legend
                .draw(&Rectangle::new(
                    [(x0, yc - at(5.0)), (x0 + at(SYMBOL), yc + at(5.0))],
                    c.mix(0.35).filled(),
                ))
                .map_err(err)?,
            Symbol::Dot => legend.draw(&Circle::new(mid, r, c.filled())).map_err(err)?,
            Symbol::Ring => legend
                .draw(&Circle::new(mid, r, c.stroke_width(t.px(2.0))))
                .map_err(err)?,
            Symbol::Triangle => legend
                .draw(&Triangle::new(mid, r, c.filled()))
                .map_err(err)?,
            Symbol::Cross => legend
                .draw(&Cross::new(mid, r, c.stroke_width(t.px(2.0))))
                .map_err(err)?,
            Symbol::Dashed | Symbol::Dotted => {
                // The pattern the plot uses: 6 on 4 off, or 2 on 3 off.
                let (on, off) = if e.symbol == Symbol::Dashed {
                    (6.0, 4.0)
                } else {
                    (2.0, 3.0)
                };
                let mut x = 0.0;
                while x < SYMBOL {
                    let end = (x + on).min(SYMBOL);
                    legend
                        .draw(&PathElement::new(
                            vec![(x0 + at(x), yc), (x0 + at(end), yc)],
                            c.stroke_width(t.px(2.0)),
                        ))
                        .map_err(err)?;
                    x += on + off;
                }
            }
            Symbol::Square => legend
                .draw(&Rectangle::new(
                    [
                        (mid.0 - r as i32, yc - r as i32),
                        (mid.0 + r as i32, yc + r as i32),
                    ],
                    c.stroke_width(t.px(2.0)),
                ))
                .map_err(err)?,
        }
        legend
            .draw(&Text::new(
                e.label.clone(),
                (x0 + at(SYMBOL + GAP), yc),
                font.clone(),
            ))
            .map_err(err)?;
    }
    Ok(plot)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: [&str; 4] = [
        "plastic, first order π r δt",
        "plastic, exact cap",
        "plastic, barrel",
        "Hertz mean pressure (elastic, own E*)",
    ];

    fn check(width: f64) -> (Vec<(f64, f64)>, f64) {
        let (places, h) = layout(&LABELS, width);
        assert_eq!(places.len(), LABELS.len());
        for ((x, y), label) in places.iter().zip(LABELS) {
            let right = x + SYMBOL + GAP + text_width(label);
            // Inside the legend box, unless one label alone is wider than it.
            assert!(
                right <= width - PAD || *x == PAD,
                "{label} ends at {right} in {width}"
            );
            assert!(
                *y > 0.0 && y + ROW / 2.0 <= h,
                "{label} row {y} in height {h}"
            );
        }
        // Entries on one row never overlap.
        for (i, (a, la)) in places.iter().zip(LABELS).enumerate() {
            for (b, _) in places.iter().zip(LABELS).skip(i + 1) {
                if a.1 == b.1 {
                    assert!(a.0 + SYMBOL + GAP + text_width(la) < b.0);
                }
            }
        }
        (places, h)
    }

    #[test]
    fn a_wide_chart_has_one_row() {
        let (places, h) = check(1000.0);
        assert!(places.iter().all(|p| p.1 == places[0].1));
        assert_eq!(h, PAD * 2.0 + ROW);
    }

    #[test]
    fn a_phone_wraps_onto_rows_within_the_width() {
        for width in [288.0, 320.0, 360.0] {
            let (places, h) = check(width);
            let rows = places
                .iter()
                .map(|p| p.1)
                .fold(Vec::<f64>::new(), |mut v, y| {
                    if !v.contains(&y) {
                        v.push(y);
                    }
                    v
                });
            assert!(rows.len() >= 3, "{width}: {rows:?}");
            assert_eq!(h, PAD * 2.0 + ROW * rows.len() as f64);
        }
    }

    #[test]
    fn no_entries_no_legend() {
        assert_eq!(layout(&[], 320.0), (vec![], 0.0));
    }
}
