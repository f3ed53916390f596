//! What the creep rates can and cannot be trusted for: how far the
//! calculation leaves the tests a power law was fitted to, and why the
//! nanoscale strengths of the paper cannot come from the bulk laws.

use leptos::prelude::*;

/// The extrapolation notes, and the size-effect line.
#[component]
pub fn Validity(
    /// What the power law was fitted over, and by whom.
    fit: Signal<String>,
    /// One note per way the calculation leaves the fit's range.
    notes: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="validity" data-testid="creep-validity" aria-live="polite">
            <p class="hint" data-testid="fit-range">{move || fit.get()}</p>
            <ul data-testid="extrapolation">
                {move || notes.get().into_iter().map(|n| view! { <li class="why">{n}</li> }).collect_view()}
            </ul>
            <p class="hint" data-testid="size-effect-note">
                "Why the nanoscale strengths cannot come from these laws: bulk Na creeps at about 10⁻³ s⁻¹ under only 0.26 MPa, yet the paper's 200–1100 nm Na deposits hold 36 to more than 203 MPa. Deposits this small have too few dislocation sources to flow as bulk metal does, so their strength follows a size effect (σ ∝ d^−m, "
                <a href="?page=paper#size-effect">"fitted on the paper page"</a>
                "), not the bulk creep fits."
            </p>
        </div>
    }
}
