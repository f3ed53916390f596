//! A chart on a canvas sized for the screen's pixel density, with a text
//! alternative and PNG, SVG and CSV export.

use crate::browser;
use crate::charts::canvas_painter::{paint, FINE};
use crate::charts::{chart_size, record, to_svg, Chart, ChartTheme};
use crate::settings::settings;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

fn theme(dark: bool, scale: f64) -> ChartTheme {
    if dark {
        ChartTheme::dark(scale)
    } else {
        ChartTheme::light(scale)
    }
}

/// Draws `chart` on `canvas`, which is `width` CSS pixels wide (without a
/// chart, the background; the caption then sits in the box and says what
/// will be drawn, or why nothing is).
fn draw<C: Chart>(
    canvas: &web_sys::HtmlCanvasElement,
    chart: Option<&C>,
    dark: bool,
    width: f64,
    last_height: &std::cell::Cell<f64>,
) {
    let dpr = browser::device_pixel_ratio();
    let (w, h) = match chart {
        Some(c) => chart_size(c, width),
        None => (width.max(260.0), last_height.get().max(250.0)),
    };
    // The height grows with the legend's rows; set only when it changes, as
    // writing a style forces layout.
    if (h - last_height.get()).abs() > 0.5 {
        last_height.set(h);
        let _ = web_sys::HtmlElement::style(canvas).set_property(
            "height",
            &format!("{}px", crate::charts::drawing::decimal(h, 2)),
        );
    }
    canvas.set_width((w * dpr).round() as u32);
    canvas.set_height((h * dpr).round() as u32);
    // Recorded FINE times finer than device pixels (charts/canvas_painter.rs).
    let t = theme(dark, dpr);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    if let Some(context) = context {
        match chart.map(|c| record(c, canvas.width(), canvas.height(), FINE, &t)) {
            Some(Ok(drawing)) => paint(&drawing, &context),
            _ => {
                context.set_fill_style_str(
                    &crate::charts::drawing::Paint::from(t.background.to_backend_color()).css(),
                );
                context.fill_rect(
                    0.0,
                    0.0,
                    f64::from(canvas.width()),
                    f64::from(canvas.height()),
                );
            }
        }
    }
    // For the benchmark (scripts/bench): when each redraw finished.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("ecm-plot-drawn");
    }
}

/// `text` with a no-break space between a number and the word after it
/// ("51.00 MPa", "12 %"), so that a caption never wraps between them.
pub fn units_kept_with_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let unit_follows = chars
            .peek()
            .is_some_and(|n| !n.is_ascii_digit() && *n != ' ' && *n != '(');
        out.push(if c == ' ' && after_digit && unit_follows {
            '\u{a0}'
        } else {
            c
        });
        after_digit = c.is_ascii_digit();
    }
    out
}

/// What an empty plot says when its page gives no message of its own.
const NO_CHART: &str =
    "No plot yet: an input above is missing or not valid, so there is nothing to draw.";

/// The width (CSS px) charts are drawn at for printing.
pub const PRINT_WIDTH: f64 = 400.0;

/// A chart with its caption and export buttons.
#[component]
pub fn Plot<C>(
    /// Element id prefix and test id of the canvas.
    id: &'static str,
    /// Short title of the chart.
    title: &'static str,
    /// The chart, or none while inputs are invalid.
    chart: Signal<Option<C>>,
    /// What the caption says while there is no chart (default: an input is
    /// missing or not valid).
    #[prop(optional, into)]
    empty: Option<Signal<String>>,
) -> impl IntoView
where
    C: Chart + Clone + PartialEq + Send + Sync + 'static,
{
    let s = settings();
    let canvas_ref = NodeRef::<Canvas>::new();
    let last_height = std::rc::Rc::new(std::cell::Cell::new(0.0));
    // The canvas's width is measured only on the first draw and after the
    // window is resized: reading it forces a layout, which on every keystroke
    // costs more than the drawing.
    Effect::new(move |prev: Option<(u32, f64)>| {
        let resizes = s.resized.get();
        let dark = s.dark.get();
        // On paper the chart is drawn narrow, so that at its printed size
        // (6.5 cm tall) its text is about the size of the body text.
        if s.printing.get() {
            if let Some(canvas) = canvas_ref.get() {
                chart.with(|c| draw(&canvas, c.as_ref(), dark, PRINT_WIDTH, &last_height));
            }
            return (resizes, 0.0);
        }
        let Some(canvas) = canvas_ref.get() else {
            return (resizes, 0.0);
        };
        if prev.is_none() {
            // The first drawing waits for the next frame, so the page shows its
            // numbers first; the plots follow one frame later.
            chart.track();
            let last_height = last_height.clone();
            request_animation_frame(move || {
                let width = canvas.client_width() as f64;
                // The plot may be gone by then (its page redrawn, or handed
                // over to another module): then there is nothing to draw.
                chart.try_with_untracked(|c| draw(&canvas, c.as_ref(), dark, width, &last_height));
            });
            return (resizes, 0.0);
        }
        let width = match prev {
            Some((r, w)) if r == resizes && w > 0.0 => w,
            _ => canvas.client_width() as f64,
        };
        chart.with(|c| draw(&canvas, c.as_ref(), dark, width, &last_height));
        (resizes, width)
    });
    let caption_id = format!("{id}-caption");
    let alt = move || {
        chart.with(|c| {
            c.as_ref()
                .map(|c| units_kept_with_numbers(&c.alt_text(s.sig.get())))
                .unwrap_or_else(|| empty.map_or_else(|| NO_CHART.to_string(), |e| e.get()))
        })
    };
    let export_png = move |_| {
        if let Some(canvas) = canvas_ref.get_untracked() {
            if let (Ok(url), Some(c)) = (canvas.to_data_url(), chart.get_untracked()) {
                browser::download_url(&format!("{}.png", c.file_stem()), &url);
            }
        }
    };
    let export_svg = move |_| {
        if let (Some(c), Some(canvas)) = (chart.get_untracked(), canvas_ref.get_untracked()) {
            let (w, h) = chart_size(&c, canvas.client_width() as f64);
            if let Ok(svg) = to_svg(&c, w as u32, h as u32, &theme(s.dark.get_untracked(), 1.0)) {
                browser::download_text(&format!("{}.svg", c.file_stem()), "image/svg+xml", &svg);
            }
        }
    };
    let export_csv = move |_| {
        if let Some(c) = chart.get_untracked() {
            browser::download_text(&format!("{}.csv", c.file_stem()), "text/csv", &c.csv());
        }
    };
    view! {
        <figure class="plot" class:empty=move || chart.with(|c| c.is_none())>
            <canvas node_ref=canvas_ref id=id data-testid=id role="img" aria-label=title aria-describedby=caption_id.clone()></canvas>
            <figcaption id=caption_id data-testid=format!("{id}-alt")>{alt}</figcaption>
            <div class="plot-actions" role="group" aria-label=format!("Export {title}")>
                <button type="button" on:click=export_png disabled=move || chart.with(|c| c.is_none())>"PNG"</button>
                <button type="button" on:click=export_svg disabled=move || chart.with(|c| c.is_none())>"SVG"</button>
                <button type="button" on:click=export_csv disabled=move || chart.with(|c| c.is_none())>"CSV"</button>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::units_kept_with_numbers;

    #[test]
    fn a_number_keeps_its_unit_on_its_line() {
        assert_eq!(
            units_kept_with_numbers("maximum 51.00 MPa at 12 % strain, 3 points"),
            "maximum 51.00\u{a0}MPa at 12\u{a0}% strain, 3\u{a0}points"
        );
        // Between two numbers or before a bracket, a plain space.
        assert_eq!(units_kept_with_numbers("1 2 (x)"), "1 2 (x)");
    }
}
