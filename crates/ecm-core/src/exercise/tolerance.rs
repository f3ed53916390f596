//! How close an answer must be: a percentage of the correct value, an
//! amount in a unit of the result, or a number of significant figures; read
//! from a link's `tol=` key and written back.
//!
//! Significant figures follow PrairieLearn's rule (number-input element,
//! `comparison="sigfig"`, <https://prairielearn.readthedocs.io/en/latest/elements/>):
//! the correct value c is rounded to n significant figures (the place of the
//! n-th figure taken from c itself), and an answer a is accepted when
//! |a − round(c)| < 0.51 × that place.

use super::typed_number::{normalize, split_number};
use super::unit_registry::{find_unit, quantity_of, unit_list};
use crate::numbers::decimal_parser::parse_decimal;
use crate::numbers::decimal_writer::{exact, exponential};
use crate::numbers::number_format::format_clean;
use crate::units::Unit;

/// How close an answer must be to the correct value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// A fraction of the correct value: 2 % is `Relative(0.02)`.
    Relative(f64),
    /// An amount in SI units: ±5 MPa is `Absolute(5e6)`.
    Absolute(f64),
    /// The correct value to this many significant figures (PrairieLearn's
    /// rule, see the module).
    SigFigs(u32),
}

/// The tolerance of a link without `tol=`: 2 %.
pub const DEFAULT: Tolerance = Tolerance::Relative(0.02);

/// The largest relative tolerance accepted: 50 %.
pub const MAX_RELATIVE: f64 = 0.5;

/// The accepted significant figures: 1 to 10.
pub const SIG_FIGS: std::ops::RangeInclusive<u32> = 1..=10;

/// The forms a tolerance takes, with an amount in the first of `units` as
/// the example.
fn forms(units: &[Unit]) -> String {
    forms_in(
        units
            .iter()
            .find(|u| !u.symbol.is_empty())
            .map_or("MPa", |u| u.symbol),
    )
}

/// The forms a tolerance takes, with an amount in `symbol` as the example
/// (`5MPa`, or `5 1/s` where the symbol starts with a digit), as the
/// exercise builder's hint gives them.
///
/// ```
/// use ecm_core::exercise::tolerance::forms_in;
/// assert!(forms_in("MPa").contains("(5MPa)"));
/// assert!(forms_in("1/s").contains("(5 1/s)"));
/// ```
pub fn forms_in(symbol: &str) -> String {
    let gap = if symbol.starts_with(|c: char| c.is_ascii_digit()) {
        " "
    } else {
        ""
    };
    format!(
        "give a percentage (2%), an amount with a unit of this result (5{gap}{symbol}) \
         or significant figures (3sf)"
    )
}

/// Reads a link's `tol=` value for a result shown in one of `units`: `2%`,
/// `0.5 %`, `5MPa`, `5 MPa`, `0,5MPa` (decimal comma) or `3sf`.
///
/// A percentage must be above 0 and at most 50 %, significant figures 1 to
/// 10, an amount above 0 and in a unit of the result (a unit of another
/// quantity is named as such).
///
/// ```
/// use ecm_core::exercise::tolerance::{parse_tolerance, Tolerance};
/// use ecm_core::units::STRESS;
/// assert_eq!(parse_tolerance("2%", STRESS), Ok(Tolerance::Relative(0.02)));
/// assert_eq!(parse_tolerance("0,5MPa", STRESS), Ok(Tolerance::Absolute(5e5)));
/// assert_eq!(parse_tolerance("3sf", STRESS), Ok(Tolerance::SigFigs(3)));
/// assert!(parse_tolerance("abc", STRESS).unwrap_err().contains("3sf"));
/// ```
pub fn parse_tolerance(text: &str, units: &[Unit]) -> Result<Tolerance, String> {
    let typed = text.trim();
    let shown: String = typed.chars().take(40).collect();
    let bad = |why: &str| format!("tol={shown}: {why}");
    if typed.is_empty() {
        return Err(bad(&forms(units)));
    }
    if typed.len() > 100 {
        return Err(bad(&format!("this is too long; {}", forms(units))));
    }
    let normal = normalize(typed);
    let Ok((number, rest)) = split_number(&normal) else {
        return Err(bad(&forms(units)));
    };
    let v = number.value;
    match rest {
        "%" => {
            if v > 0.0 && v <= MAX_RELATIVE * 100.0 {
                Ok(Tolerance::Relative(v / 100.0))
            } else {
                Err(bad("a percentage must be above 0 % and at most 50 %"))
            }
        }
        "sf" | "SF" | "s.f." | "sig" => {
            let whole = (1.0..=10.0).contains(&v) && v == (v as u32) as f64;
            if whole && SIG_FIGS.contains(&(v as u32)) {
                Ok(Tolerance::SigFigs(v as u32))
            } else {
                Err(bad(
                    "significant figures must be a whole number from 1 to 10",
                ))
            }
        }
        "" => Err(bad(&format!(
            "a number needs a unit of this result ({}) or %; {}",
            unit_list(units),
            forms(units)
        ))),
        unit => match find_unit(units, unit) {
            Some(u) if v > 0.0 && (v * u.to_si).is_finite() => Ok(Tolerance::Absolute(v * u.to_si)),
            Some(_) => Err(bad("an amount must be above 0")),
            None => match quantity_of(unit) {
                Some(quantity) => Err(bad(&format!(
                    "{unit} is a unit of {quantity}, not of this result: use {}",
                    unit_list(units)
                ))),
                None => Err(bad(&forms(units))),
            },
        },
    }
}

/// 10^`power`, exactly as decimal text reads it.
fn pow10(power: i32) -> f64 {
    parse_decimal(&format!("1e{power}")).unwrap_or(f64::NAN)
}

/// The power of ten of the leading figure of `x` (finite, non-zero):
/// ⌊log₁₀|x|⌋, exactly.
fn leading_power(x: f64) -> i32 {
    exact(x).point - 1
}

/// `x` rounded to `n` significant figures (to nearest, ties to even on the
/// exact binary value), and the place value of its n-th figure, taken from
/// `x` as PrairieLearn does. `None` for 0 or a non-finite `x`.
pub fn round_sig(x: f64, n: u32) -> Option<(f64, f64)> {
    if !x.is_finite() || x == 0.0 {
        return None;
    }
    let n = n.clamp(1, 17);
    let rounded = parse_decimal(&exponential(x, (n - 1) as usize))?;
    let place = pow10(leading_power(x) - n as i32 + 1);
    (rounded.is_finite() && place.is_finite() && place > 0.0).then_some((rounded, place))
}

/// The relative tolerance (a fraction) that accepts every answer rounded
/// correctly to `n` significant figures, for answers (in their shown unit)
/// as small in their leading figure as the smallest of `answers`: 0.51 of
/// the n-th place over the smallest mantissa, 0.51·10^(1−n)/m. For the
/// exports whose systems know no significant-figure tolerance (Moodle's
/// and Canvas's calculated questions).
///
/// ```
/// use ecm_core::exercise::tolerance::relative_for_sig_figs;
/// let f = relative_for_sig_figs(3, [488.5, 1234.0]);
/// assert!((f - 0.0051 / 1.234).abs() < 1e-12);
/// ```
pub fn relative_for_sig_figs(n: u32, answers: impl IntoIterator<Item = f64>) -> f64 {
    let n = n.clamp(1, 17);
    let smallest = answers
        .into_iter()
        .filter(|x| x.is_finite() && *x != 0.0)
        .filter_map(|x| parse_decimal(exponential(x.abs(), 16).split('e').next()?))
        .fold(10.0, f64::min)
        .max(1.0);
    0.51 * pow10(1 - n as i32) / smallest
}

impl Tolerance {
    /// The accepted interval around `correct_si`, in SI: c ± f·|c|, c ± a,
    /// or for n significant figures round(c) ± 0.51 of the n-th place (to
    /// be compared strictly: see [`Tolerance::accepts`]); the figures are
    /// counted in SI. A non-finite `correct_si` gives NaN bounds.
    pub fn bounds(&self, correct_si: f64) -> (f64, f64) {
        const SI: Unit = Unit {
            symbol: "",
            to_si: 1.0,
            offset: 0.0,
        };
        self.bounds_in(correct_si, &SI)
    }

    /// Whether the accepted interval around `correct_si` reaches zero, so
    /// that 0, or the answer with the wrong sign, would be marked correct:
    /// an amount as large as the answer (±5 1/s on a rate of 10⁻⁵ s⁻¹).
    /// A percentage up to 50 % or significant figures never do.
    pub fn reaches_zero(&self, correct_si: f64) -> bool {
        let (lo, hi) = self.bounds(correct_si);
        lo <= 0.0 && hi >= 0.0
    }

    /// As [`Tolerance::bounds`], with significant figures counted in the
    /// unit the result is shown in (`488.5 MPa` to 3 figures is 488 MPa,
    /// whatever its SI digits).
    pub fn bounds_in(&self, correct_si: f64, shown: &Unit) -> (f64, f64) {
        if !correct_si.is_finite() {
            return (f64::NAN, f64::NAN);
        }
        match *self {
            Tolerance::Relative(f) => {
                let d = f * correct_si.abs();
                (correct_si - d, correct_si + d)
            }
            Tolerance::Absolute(a) => (correct_si - a, correct_si + a),
            Tolerance::SigFigs(n) => {
                let c = shown.shown(correct_si);
                match round_sig(c, n) {
                    Some((rounded, place)) => {
                        let (lo, hi) = (rounded - 0.51 * place, rounded + 0.51 * place);
                        let (a, b) = (shown.si(lo), shown.si(hi));
                        if a <= b {
                            (a, b)
                        } else {
                            (b, a)
                        }
                    }
                    // Zero to n figures: only zero itself.
                    None => (correct_si, correct_si),
                }
            }
        }
    }

    /// Whether `answer_si` lies in the bounds: inclusive for a percentage
    /// or an amount, strict for significant figures (PrairieLearn's rule),
    /// where a correct value of exactly zero accepts only zero.
    pub fn accepts(&self, answer_si: f64, correct_si: f64, shown: &Unit) -> bool {
        let (lo, hi) = self.bounds_in(correct_si, shown);
        match self {
            Tolerance::SigFigs(_) if lo == hi => answer_si == lo,
            Tolerance::SigFigs(_) => answer_si > lo && answer_si < hi,
            _ => answer_si >= lo && answer_si <= hi,
        }
    }

    /// The tolerance in a link's form: `2%`, `5MPa` (in `shown`), `3sf`.
    ///
    /// ```
    /// use ecm_core::exercise::tolerance::Tolerance;
    /// let mpa = &ecm_core::units::STRESS[1];
    /// assert_eq!(Tolerance::Relative(0.02).link_text(mpa), "2%");
    /// assert_eq!(Tolerance::Absolute(5e6).link_text(mpa), "5MPa");
    /// assert_eq!(Tolerance::SigFigs(3).link_text(mpa), "3sf");
    /// ```
    pub fn link_text(&self, shown: &Unit) -> String {
        match *self {
            Tolerance::Relative(f) => format!("{}%", super::xml_text::number(f * 100.0)),
            Tolerance::Absolute(a) => {
                format!(
                    "{}{}",
                    super::xml_text::number(a / shown.to_si),
                    shown.symbol
                )
            }
            Tolerance::SigFigs(n) => format!("{n}sf"),
        }
    }

    /// The tolerance in words: "within 2 %", "within ±5 MPa", "to 3
    /// significant figures".
    ///
    /// ```
    /// use ecm_core::exercise::tolerance::Tolerance;
    /// let mpa = &ecm_core::units::STRESS[1];
    /// assert_eq!(Tolerance::Relative(0.02).describe(mpa), "within 2 %");
    /// assert_eq!(Tolerance::Absolute(5e6).describe(mpa), "within ±5 MPa");
    /// assert_eq!(Tolerance::SigFigs(3).describe(mpa), "to 3 significant figures");
    /// ```
    pub fn describe(&self, shown: &Unit) -> String {
        match *self {
            Tolerance::Relative(f) => format!("within {} %", format_clean(f * 100.0, 6)),
            Tolerance::Absolute(a) => {
                format!(
                    "within ±{} {}",
                    format_clean(a / shown.to_si, 6),
                    shown.symbol
                )
            }
            Tolerance::SigFigs(1) => "to 1 significant figure".to_string(),
            Tolerance::SigFigs(n) => format!("to {n} significant figures"),
        }
    }

    /// Significant figures worth showing for a correct value under this
    /// tolerance: n for n figures; for a percentage or an amount, enough
    /// that rounding stays a tenth of the tolerance or less (4 for 2 %),
    /// from 3 to 8.
    pub fn shown_figures(&self, correct_si: f64) -> u32 {
        let fraction = match *self {
            Tolerance::SigFigs(n) => return n.clamp(1, 17),
            Tolerance::Relative(f) => f,
            Tolerance::Absolute(a) if correct_si != 0.0 => a / correct_si.abs(),
            Tolerance::Absolute(_) => 0.01,
        };
        let mut figures = 2;
        let mut t = fraction;
        while t.is_finite() && t > 0.0 && t < 1.0 && figures < 8 {
            t *= 10.0;
            figures += 1;
        }
        figures.max(3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_as_large_as_the_answer_reaches_zero() {
        assert!(Tolerance::Absolute(5.0).reaches_zero(1e-5));
        assert!(Tolerance::Absolute(5.0).reaches_zero(-3.0));
        assert!(!Tolerance::Absolute(5e6).reaches_zero(248e6));
        assert!(!Tolerance::Relative(0.5).reaches_zero(1e-5));
        assert!(!Tolerance::SigFigs(1).reaches_zero(1e-5));
        assert!(!Tolerance::Absolute(5.0).reaches_zero(f64::NAN));
    }

    /// The example amount each unit table's forms give is read back as
    /// that amount in that unit.
    #[test]
    fn the_example_amount_reads_back() {
        for (_, table) in super::super::unit_registry::TABLES {
            // "5%" is a percentage of the answer, whatever the table.
            for u in table
                .iter()
                .filter(|u| !u.symbol.is_empty() && u.symbol != "%")
            {
                let text = forms_in(u.symbol);
                let example = text
                    .split(&['(', ')'][..])
                    .nth(3)
                    .expect("the amount is the second bracket");
                assert_eq!(
                    parse_tolerance(example, table),
                    Ok(Tolerance::Absolute(5.0 * u.to_si)),
                    "{example}"
                );
            }
        }
    }
    use crate::units::{LENGTH, STRESS, TEMPERATURE};

    const MPA: &Unit = &STRESS[1];

    #[test]
    fn reads_every_form_and_refuses_the_edges() {
        let t = |s: &str| parse_tolerance(s, STRESS);
        assert_eq!(t("2%"), Ok(Tolerance::Relative(0.02)));
        assert_eq!(t("0.5 %"), Ok(Tolerance::Relative(0.005)));
        assert_eq!(t("0,5%"), Ok(Tolerance::Relative(0.005)));
        assert_eq!(t("50%"), Ok(Tolerance::Relative(0.5)));
        assert_eq!(t("5MPa"), Ok(Tolerance::Absolute(5e6)));
        assert_eq!(t("5 MPa"), Ok(Tolerance::Absolute(5e6)));
        assert_eq!(t("0,5MPa"), Ok(Tolerance::Absolute(5e5)));
        assert_eq!(t("3sf"), Ok(Tolerance::SigFigs(3)));
        assert_eq!(t("1sf"), Ok(Tolerance::SigFigs(1)));
        assert_eq!(t("10sf"), Ok(Tolerance::SigFigs(10)));
        for bad in [
            "50.1%", "0%", "-2%", "11sf", "0sf", "2.5sf", "0MPa", "-5MPa",
        ] {
            assert!(t(bad).is_err(), "{bad}");
        }
        assert_eq!(
            t("abc").unwrap_err(),
            "tol=abc: give a percentage (2%), an amount with a unit of this result (5kPa) \
             or significant figures (3sf)"
        );
        assert!(t("5").unwrap_err().contains("needs a unit"));
        assert!(t("5mV").unwrap_err().contains("mV is a unit of voltage"));
        assert!(t("5 furlongs").unwrap_err().contains("give a percentage"));
        assert!(t("").is_err());
        assert_eq!(
            parse_tolerance("2 um", LENGTH),
            Ok(Tolerance::Absolute(2.0 * 1e-6))
        );
    }

    #[test]
    fn relative_edges_are_inclusive() {
        let tol = Tolerance::Relative(0.02);
        let c = 100e6;
        assert!(tol.accepts(101.99e6, c, MPA));
        assert!(tol.accepts(98.01e6, c, MPA));
        assert!(!tol.accepts(102.01e6, c, MPA));
        assert!(!tol.accepts(97.99e6, c, MPA));
        let (lo, hi) = tol.bounds(-100.0);
        assert_eq!((lo, hi), (-102.0, -98.0));
    }

    #[test]
    fn absolute_edges_are_inclusive() {
        let tol = Tolerance::Absolute(5e6);
        assert_eq!(tol.bounds(100e6), (95e6, 105e6));
        assert!(tol.accepts(105e6, 100e6, MPA));
        assert!(!tol.accepts(105.01e6, 100e6, MPA));
        assert!(!tol.accepts(94.99e6, 100e6, MPA));
    }

    #[test]
    fn sig_figs_follow_prairielearn() {
        let tol = Tolerance::SigFigs(3);
        // 488.53 MPa to 3 figures is 489 MPa; accepted strictly within ±0.51.
        let c = 488.53e6;
        let (lo, hi) = tol.bounds_in(c, MPA);
        assert!((lo - 488.49e6).abs() < 1.0 && (hi - 489.51e6).abs() < 1.0);
        assert!(tol.accepts(489e6, c, MPA));
        assert!(tol.accepts(488.5e6, c, MPA));
        assert!(!tol.accepts(488e6, c, MPA));
        assert!(!tol.accepts(490e6, c, MPA));
        // The place comes from the correct value: 9.996 to 3 figures is 10.0 ± 0.0051.
        let (lo, hi) = tol.bounds(9.996);
        assert!((lo - 9.9949).abs() < 1e-12 && (hi - 10.0051).abs() < 1e-12);
        assert_eq!(round_sig(0.0, 3), None);
        assert!(Tolerance::SigFigs(2).accepts(0.0, 0.0, MPA));
        assert!(!Tolerance::SigFigs(2).accepts(1e-9, 0.0, MPA));
        // Counted in the shown unit: 25.04 °C to 3 figures is 25.0 °C.
        let celsius = &TEMPERATURE[1];
        assert!(tol.accepts(celsius.si(25.0), celsius.si(25.04), celsius));
        assert!(!tol.accepts(celsius.si(25.1), celsius.si(25.04), celsius));
    }

    #[test]
    fn link_text_reads_back() {
        for tol in [
            Tolerance::Relative(0.02),
            Tolerance::Relative(0.005),
            Tolerance::Absolute(5e6),
            Tolerance::Absolute(2.5e5),
            Tolerance::SigFigs(3),
        ] {
            assert_eq!(parse_tolerance(&tol.link_text(MPA), STRESS), Ok(tol));
        }
        assert_eq!(Tolerance::Relative(0.005).link_text(MPA), "0.5%");
        assert_eq!(
            Tolerance::SigFigs(1).describe(MPA),
            "to 1 significant figure"
        );
    }

    #[test]
    fn shown_figures_fit_the_tolerance() {
        assert_eq!(Tolerance::Relative(0.02).shown_figures(488.5e6), 4);
        assert_eq!(Tolerance::Relative(0.5).shown_figures(488.5e6), 3);
        assert_eq!(Tolerance::Absolute(5e6).shown_figures(488.5e6), 4);
        assert_eq!(Tolerance::SigFigs(3).shown_figures(488.5e6), 3);
        assert_eq!(Tolerance::Relative(f64::NAN).shown_figures(1.0), 3);
    }
}
