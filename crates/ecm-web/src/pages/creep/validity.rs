//! What the creep rates can and cannot be trusted for: how far the
//! calculation leaves the tests a power law was fitted to, and why the
//! nanoscale strengths of the paper cannot come from the bulk laws.

use ecm_core::creep_laws::extrapolation;
use ecm_core::materials::Metal;
use ecm_core::number_format::format_clean;
use leptos::prelude::*;

/// What the metal's power law was measured over, and by whom.
pub fn fit_range_line(metal: Option<&Metal>) -> String {
    let Some(m) = metal else {
        return "Your own parameters.".to_string();
    };
    let c = &m.creep;
    match (&c.fitted_stress, &c.fitted_temperature, &c.prefactor) {
        (Some(s), Some(t), Some(a)) => {
            let temps = if t.min == t.max {
                format!("at {} K", format_clean(t.min, 5))
            } else {
                format!(
                    "over {}–{} K",
                    format_clean(t.min, 5),
                    format_clean(t.max, 5)
                )
            };
            format!(
                "{}'s power law was measured over {}–{} MPa {temps} ({}).",
                m.symbol,
                format_clean(s.min / 1e6, 3),
                format_clean(s.max / 1e6, 3),
                a.source
            )
        }
        _ => format!("No power-law creep has been measured for {}.", m.symbol),
    }
}

/// One note per way the stress `sigma` (Pa) and temperature `t` (K) leave
/// the range the metal's power law was measured over.
pub fn extrapolation_notes(
    metal: Option<&Metal>,
    power_law: bool,
    sigma: Option<f64>,
    t: Option<f64>,
) -> Vec<String> {
    let Some(m) = metal else {
        return vec!["Your own parameters: no measured range to compare with.".to_string()];
    };
    match (m.creep_fit_range(), power_law, sigma, t) {
        (Some(range), true, Some(s), Some(t)) => extrapolation(&range, s, t)
            .into_iter()
            .map(|n| format!("Power law: {n}: an extrapolation."))
            .collect(),
        (None, true, _, _) => vec![format!(
            "The power law you entered for {} has no measured range to compare with.",
            m.symbol
        )],
        _ => Vec::new(),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::materials::metal;

    #[test]
    fn each_metal_says_what_its_fit_covers() {
        let li = fit_range_line(metal("Li").as_ref());
        assert!(
            li.starts_with("Li's power law was measured over 0.2–0.6 MPa over 248.15–398.15 K"),
            "{li}"
        );
        let k = fit_range_line(metal("K").as_ref());
        assert_eq!(k, "No power-law creep has been measured for K.");
        let na = metal("Na");
        assert!(extrapolation_notes(na.as_ref(), true, Some(0.2e6), Some(298.0)).is_empty());
        let far = extrapolation_notes(na.as_ref(), true, Some(400e6), Some(298.0));
        assert_eq!(far, vec!["Power law: 400 MPa is 1333× the highest stress of this fit (0.3 MPa): an extrapolation.".to_string()]);
        // K with a power law typed in by the user: nothing to compare with.
        assert!(
            extrapolation_notes(metal("K").as_ref(), true, Some(1e6), Some(298.0))[0]
                .contains("no measured range")
        );
    }
}
