//! What the creep rates can and cannot be trusted for: how far the
//! calculation leaves the tests a power law was fitted to, and why the
//! nanoscale strengths of the paper cannot come from the bulk laws.

use ecm_core::creep::laws::{extrapolation, Mechanism};
use ecm_core::numbers::number_format::format_clean;
use ecm_core::ranges::{CategoryAt, Segment};
use ecm_core::reference::materials::Metal;
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

/// An input of the state (σ, T, d) as people read it: name, value in its
/// usual unit.
fn state_value(which: usize, v: f64) -> String {
    match which {
        0 => format!("σ = {} MPa", format_clean(v / 1e6, 3)),
        1 => format!("T = {} K", format_clean(v, 3)),
        _ => format!("d = {} nm", format_clean(v * 1e9, 3)),
    }
}

/// The dominant mechanism in words, honest over ranges: one mechanism;
/// or where it switches along the one ranged input (`switches`: the index of
/// that input among σ, T, d and the stretches); or every mechanism found in
/// the box with a point where it dominates. `found` comes from
/// `categories_over_box` over the state's inputs (σ, T, d last).
pub fn dominant_words(
    found: &[CategoryAt<Mechanism>],
    switches: Option<(usize, &[Segment<Mechanism>])>,
    ranged: bool,
) -> String {
    match found {
        [] => "—".to_string(),
        [one] => {
            if ranged {
                format!("{} over the whole range", one.category.label())
            } else {
                one.category.label().to_string()
            }
        }
        _ => {
            if let Some((which, segments)) = switches.filter(|(w, s)| *w < 3 && s.len() > 1) {
                let parts: Vec<String> = segments
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        if k == 0 {
                            format!(
                                "{} up to ≈ {}",
                                s.category.label(),
                                state_value(which, s.to)
                            )
                        } else if k + 1 == segments.len() {
                            format!("{} above", s.category.label())
                        } else {
                            format!(
                                "{} up to ≈ {}",
                                s.category.label(),
                                state_value(which, s.to)
                            )
                        }
                    })
                    .collect();
                format!("Varies: {}", parts.join("; "))
            } else {
                let parts: Vec<String> = found
                    .iter()
                    .map(|c| {
                        let n = c.at.len();
                        let at: Vec<String> = (0..3)
                            .filter_map(|k| {
                                c.at.get(n.wrapping_sub(3) + k).map(|&v| state_value(k, v))
                            })
                            .collect();
                        format!("{} (e.g. at {})", c.category.label(), at.join(", "))
                    })
                    .collect();
                format!("Varies across the ranges: {}", parts.join("; "))
            }
        }
    }
}

/// The extrapolation notes, and the size-effect line.
#[component]
pub fn Validity(
    /// One note per way the calculation leaves the fit's range.
    notes: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="validity" data-testid="creep-validity" aria-live="polite">
            <ul class="warning" data-testid="extrapolation">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <p class="hint size-effect-note" data-testid="size-effect-note">
                "Why the nanoscale strengths cannot come from these laws: bulk Na creeps at about 10⁻³ s⁻¹ under only 0.26 MPa, yet the paper's 200–1100 nm Na deposits hold 36 to more than 203 MPa. Deposits this small have too few dislocation sources to flow as bulk metal does, so their strength is set by their size rather than by the bulk creep fits. Table 1's five points per category leave that size effect poorly resolved: "
                <a href="?page=paper#size-effect">"the fits of σ = A·d"<sup>"−m"</sup>" on the paper page"</a>
                " show which exponents are and are not."
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::reference::materials::metal;

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

    #[test]
    fn the_dominant_mechanism_over_a_range_names_every_mechanism() {
        let at = |c, s: f64, t: f64| CategoryAt {
            category: c,
            at: vec![1.0, s, t, 300e-9],
        };
        // One input ranged, one switch.
        let seg = [
            Segment {
                category: Mechanism::Coble,
                from: 250.0,
                to: 301.2,
            },
            Segment {
                category: Mechanism::PowerLaw,
                from: 301.2,
                to: 350.0,
            },
        ];
        let found = [
            at(Mechanism::Coble, 1e6, 250.0),
            at(Mechanism::PowerLaw, 1e6, 350.0),
        ];
        assert_eq!(
            dominant_words(&found, Some((1, &seg)), true),
            "Varies: Coble creep up to ≈ T = 301 K; power-law creep above"
        );
        // Several ranged: each with a point where it holds.
        let w = dominant_words(&found, None, true);
        assert_eq!(
            w,
            "Varies across the ranges: Coble creep (e.g. at σ = 1 MPa, T = 250 K, d = 300 nm); power-law creep (e.g. at σ = 1 MPa, T = 350 K, d = 300 nm)"
        );
        // One mechanism only.
        assert_eq!(dominant_words(&found[..1], None, false), "Coble creep");
        let whole = [Segment {
            category: Mechanism::Coble,
            from: 250.0,
            to: 350.0,
        }];
        assert_eq!(
            dominant_words(&found[..1], Some((1, &whole)), true),
            "Coble creep over the whole range"
        );
        assert_eq!(dominant_words(&[], None, false), "—");
    }
}
