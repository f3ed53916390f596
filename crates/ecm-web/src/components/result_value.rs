//! A computed result with its unit: a value, a min–max range, or "—".

use crate::compute::{Missing, Outcome};
use crate::settings::settings;
use ecm_core::numbers::number_format::format_sig;
use leptos::prelude::*;

/// A labelled result shown in `unit` (one of which is `to_si` SI units).
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
    value: Signal<Outcome>,
    /// Test id of the number.
    testid: &'static str,
) -> impl IntoView {
    let s = settings();
    // Each number is one unbreakable piece; a range may wrap at its dash only.
    let text = move || {
        let sig = s.sig.get();
        match value.get() {
            Ok(iv) if iv.is_point() => {
                view! { <span class="end">{format_sig(iv.min / to_si, sig)}</span> }.into_any()
            }
            Ok(iv) => view! {
                <span class="end">{format_sig(iv.min / to_si, sig)}</span>
                " – "
                <span class="end">{format_sig(iv.max / to_si, sig)}</span>
            }
            .into_any(),
            Err(_) => "—".into_any(),
        }
    };
    let shown_unit = move || if value.with(|v| v.is_ok()) { unit } else { "" };
    let why = move || match value.get() {
        Err(Missing::Model(m)) => {
            Some(view! { <p class="why" data-testid=format!("{testid}-why")>{m}</p> })
        }
        _ => None,
    };
    view! {
        <div class="result">
            <span class="result-label">{label}</span>
            <output class="result-value" aria-live="polite">
                <span class="number" data-testid=testid>{text}</span>
                " "
                <span class="unit">{shown_unit}</span>
            </output>
            {why}
        </div>
    }
}
