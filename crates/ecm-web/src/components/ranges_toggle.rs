//! The switch that turns every field of a page into a min–max range.

use leptos::prelude::*;

/// A checkbox: "Enter ranges (min to max)".
#[component]
pub fn RangesToggle(
    /// Whether ranges are on.
    ranges: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="toggle">
            <input type="checkbox" data-testid="ranges" prop:checked=move || ranges.get()
                on:change=move |ev| ranges.set(event_target_checked(&ev)) />
            " Enter ranges (min to max): results show their range"
        </label>
    }
}
