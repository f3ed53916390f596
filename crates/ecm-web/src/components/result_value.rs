//! A computed result with its unit, or "—" when an input is bad.

use ecm_core::number_format::format_sig;
use leptos::prelude::*;

/// A labelled result: `value` in SI is shown divided by `to_si`, with `unit`,
/// to `sig` significant figures; an `Err` shows "—" and its reason.
#[component]
pub fn ResultValue(
    /// What the result is.
    label: &'static str,
    /// Unit symbol shown after the number.
    unit: &'static str,
    /// SI value of one display unit.
    to_si: f64,
    /// The result in SI units, or why there is none.
    #[prop(into)]
    value: Signal<Result<f64, String>>,
    /// Test id of the number.
    testid: &'static str,
) -> impl IntoView {
    let text = move || match value.get() {
        Ok(v) => format_sig(v / to_si, 4),
        Err(_) => "—".to_string(),
    };
    let shown_unit = move || if value.with(|v| v.is_ok()) { unit } else { "" };
    view! {
        <div class="result" role="status" aria-live="polite">
            <span class="result-label">{label}</span>
            <output class="result-value">
                <span class="number" data-testid=testid>{text}</span>
                " "
                <span class="unit">{shown_unit}</span>
            </output>
        </div>
    }
}
