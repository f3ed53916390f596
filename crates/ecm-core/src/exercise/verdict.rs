//! A typed answer checked against the correct value: correct, off by about
//! how much, the wrong number of significant figures, or unreadable. The
//! message never gives the correct value away.

use super::answer::parse_answer;
use super::tolerance::Tolerance;
use crate::units::Unit;

/// The result of checking an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Within the tolerance (and with the asked significant figures).
    Correct,
    /// Outside the tolerance.
    Off {
        /// Whether the answer is above the correct value.
        high: bool,
        /// |answer − correct| / |correct| in percent (infinite when the
        /// correct value is zero).
        by_percent: f64,
    },
    /// The value rounds correctly but is not given to the asked figures.
    Figures {
        /// The significant figures asked for.
        wanted: u32,
    },
    /// The answer could not be read: what is wrong and what is accepted.
    Unreadable(String),
}

/// Checks `text` against `correct_si` for a result shown in
/// `units[shown]`, with tolerance `tol`. A unit of another quantity or an
/// unknown unit is [`Verdict::Unreadable`], never correct.
///
/// ```
/// use ecm_core::exercise::{tolerance::Tolerance, verdict::{check, Verdict}};
/// use ecm_core::units::STRESS;
/// let tol = Tolerance::Relative(0.02);
/// assert_eq!(check("488 MPa", STRESS, 1, 488.5e6, &tol), Verdict::Correct);
/// assert_eq!(
///     check("548", STRESS, 1, 488.5e6, &tol).message(),
///     "Not yet: your value is too high (off by 10 to 50 %)"
/// );
/// ```
pub fn check(
    text: &str,
    units: &[Unit],
    shown: usize,
    correct_si: f64,
    tol: &Tolerance,
) -> Verdict {
    let answer = match parse_answer(text, units, shown) {
        Ok(a) => a,
        Err(e) => return Verdict::Unreadable(e.message(units)),
    };
    if !correct_si.is_finite() {
        return Verdict::Unreadable("this exercise has no correct value to compare with".into());
    }
    const SI: Unit = Unit {
        symbol: "",
        to_si: 1.0,
        offset: 0.0,
    };
    let unit = units.get(shown).or(units.first()).unwrap_or(&SI);
    if tol.accepts(answer.si, correct_si, unit) {
        return match *tol {
            Tolerance::SigFigs(n) if answer.figures != n => Verdict::Figures { wanted: n },
            _ => Verdict::Correct,
        };
    }
    let by_percent = if correct_si == 0.0 {
        f64::INFINITY
    } else {
        (answer.si - correct_si).abs() / correct_si.abs() * 100.0
    };
    Verdict::Off {
        high: answer.si > correct_si,
        by_percent,
    }
}

impl Verdict {
    /// "Correct", or "Not yet: …" saying what to change: "your value is too
    /// high (off by 10 to 50 %)" (bands: less than 10 %, 10 to 50 %, more,
    /// and a factor of more than 5, never a precise percentage that would
    /// give the answer away), "give the value to 3 significant figures", or
    /// why the answer is unreadable.
    pub fn message(&self) -> String {
        match self {
            Verdict::Correct => "Correct".to_string(),
            Verdict::Off { high, by_percent } => {
                // Bands, never a precise percentage: from one, and the
                // answer's direction, the answer could be worked out.
                let way = if *high { "high" } else { "low" };
                let p = *by_percent;
                let far = if *high { p >= 400.0 } else { p >= 80.0 };
                if p.is_nan() || far {
                    format!("Not yet: your value is far too {way}, by a factor of more than 5: check the unit and the powers of ten")
                } else if p < 10.0 {
                    format!("Not yet: your value is a little too {way} (off by less than 10 %)")
                } else if p < 50.0 {
                    format!("Not yet: your value is too {way} (off by 10 to 50 %)")
                } else {
                    format!("Not yet: your value is too {way} (off by more than 50 %)")
                }
            }
            Verdict::Figures { wanted: 1 } => {
                "Not yet: give the value to 1 significant figure".to_string()
            }
            Verdict::Figures { wanted } => {
                format!("Not yet: give the value to {wanted} significant figures")
            }
            Verdict::Unreadable(why) => format!("Not yet: {why}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{STRESS, VOLTAGE};

    const REL: Tolerance = Tolerance::Relative(0.02);

    #[test]
    fn relative_just_inside_and_outside() {
        let c = 100e6;
        assert_eq!(check("101.9", STRESS, 1, c, &REL), Verdict::Correct);
        assert_eq!(check("98,1", STRESS, 1, c, &REL), Verdict::Correct);
        assert_eq!(check("0.1019 GPa", STRESS, 1, c, &REL), Verdict::Correct);
        let v = check("102.1", STRESS, 1, c, &REL);
        assert!(matches!(v, Verdict::Off { high: true, .. }), "{v:?}");
        assert_eq!(
            v.message(),
            "Not yet: your value is a little too high (off by less than 10 %)"
        );
        let v = check("97.9", STRESS, 1, c, &REL);
        assert!(matches!(v, Verdict::Off { high: false, .. }));
    }

    #[test]
    fn off_messages_give_bands_not_the_value() {
        let c = 488.5e6;
        assert_eq!(
            check("547.1", STRESS, 1, c, &REL).message(),
            "Not yet: your value is too high (off by 10 to 50 %)"
        );
        assert_eq!(
            check("1000", STRESS, 1, c, &REL).message(),
            "Not yet: your value is too high (off by more than 50 %)"
        );
        assert_eq!(
            check("4.885e8", STRESS, 1, c, &REL).message(),
            "Not yet: your value is far too high, by a factor of more than 5: check the unit and the powers of ten"
        );
        assert_eq!(
            check("4.885", STRESS, 1, c, &REL).message(),
            "Not yet: your value is far too low, by a factor of more than 5: check the unit and the powers of ten"
        );
        let tight = Tolerance::Relative(0.001);
        assert_eq!(
            check("490", STRESS, 1, c, &tight).message(),
            "Not yet: your value is a little too high (off by less than 10 %)"
        );
        assert_eq!(
            check("1", STRESS, 1, 0.0, &Tolerance::Absolute(1.0)).message(),
            "Not yet: your value is far too high, by a factor of more than 5: check the unit and the powers of ten"
        );
        // No message carries a number of the answer's.
        for typed in ["1000", "48850", "4.885e8", "500", "478", "0.4885"] {
            let m = check(typed, STRESS, 1, c, &REL).message();
            assert!(
                !m.chars()
                    .any(|ch| ch.is_ascii_digit() && ch != '1' && ch != '5' && ch != '0'),
                "{m}"
            );
        }
        let never = check("488.5", STRESS, 1, c, &REL).message();
        assert!(
            !check("600", STRESS, 1, c, &REL).message().contains("488"),
            "{never}"
        );
    }

    #[test]
    fn absolute_tolerance() {
        let tol = Tolerance::Absolute(5e6);
        assert_eq!(check("105", STRESS, 1, 100e6, &tol), Verdict::Correct);
        assert_eq!(check("95 MPa", STRESS, 1, 100e6, &tol), Verdict::Correct);
        assert!(matches!(
            check("105.1", STRESS, 1, 100e6, &tol),
            Verdict::Off { .. }
        ));
    }

    #[test]
    fn sig_figs_need_the_value_and_the_figures() {
        let tol = Tolerance::SigFigs(3);
        let c = 488.53e6; // 489 to 3 figures
        assert_eq!(check("489", STRESS, 1, c, &tol), Verdict::Correct);
        assert_eq!(check("4.89e8 Pa", STRESS, 1, c, &tol), Verdict::Correct);
        assert_eq!(check("0.489 GPa", STRESS, 1, c, &tol), Verdict::Correct);
        assert_eq!(
            check("488.5", STRESS, 1, c, &tol),
            Verdict::Figures { wanted: 3 }
        );
        assert_eq!(
            check("489.0", STRESS, 1, c, &tol),
            Verdict::Figures { wanted: 3 }
        );
        assert_eq!(
            check("488.5", STRESS, 1, c, &tol).message(),
            "Not yet: give the value to 3 significant figures"
        );
        assert!(matches!(
            check("488", STRESS, 1, c, &tol),
            Verdict::Off { high: false, .. }
        ));
        assert!(matches!(
            check("488.0", STRESS, 1, c, &tol),
            Verdict::Off { .. }
        ));
        assert!(matches!(
            check("490", STRESS, 1, c, &tol),
            Verdict::Off { high: true, .. }
        ));
        // A true tie rounds to even: 488.5 to 3 figures is 488.
        assert_eq!(check("488", STRESS, 1, 488.5e6, &tol), Verdict::Correct);
        assert_eq!(
            check("5e2", STRESS, 1, 500.2e6, &Tolerance::SigFigs(1)),
            Verdict::Correct
        );
        assert_eq!(check("500", STRESS, 1, 500.2e6, &tol), Verdict::Correct);
    }

    #[test]
    fn never_correct_for_a_wrong_unit() {
        let c = 488.5e6;
        for text in [
            "488.5 mV",
            "488.5 V",
            "488.5 bananas",
            "488.5 mpa",
            "488.5 µm",
        ] {
            for tol in [REL, Tolerance::Absolute(1e12), Tolerance::SigFigs(1)] {
                let v = check(text, STRESS, 1, c, &tol);
                assert!(matches!(v, Verdict::Unreadable(_)), "{text}: {v:?}");
            }
        }
        assert_eq!(
            check("488.5 mV", STRESS, 1, c, &REL).message(),
            "Not yet: “mV” is a unit of voltage, not of this result: use kPa, MPa, GPa or Pa"
        );
        assert!(matches!(
            check("5 MPa", VOLTAGE, 0, 5e-3, &REL),
            Verdict::Unreadable(_)
        ));
        assert!(matches!(
            check("", STRESS, 1, c, &REL),
            Verdict::Unreadable(_)
        ));
        assert!(matches!(
            check("1", STRESS, 1, f64::NAN, &REL),
            Verdict::Unreadable(_)
        ));
    }
}
