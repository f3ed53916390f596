//! Randomized variants of an exercise: input values drawn from ranges and
//! the answer of each, the same on every machine for the same seed.
//!
//! The generator is SplitMix64 (Steele, Lea and Flood, "Fast splittable
//! pseudorandom number generators", OOPSLA 2014; the constants of Vigna's
//! reference `splitmix64.c`). Each input takes one 64-bit draw per attempt,
//! in the order of the ranges, mapped by integer arithmetic onto the grid of
//! its decimal places, so no floating-point function whose last bit could
//! differ between platforms is involved.

use crate::numbers::decimal_parser::parse_decimal;
use crate::numbers::decimal_writer::fixed;

/// The most variants one draw makes.
pub const MAX_VARIANTS: usize = 1000;

/// The most decimal places of a range.
pub const MAX_DECIMALS: u32 = 9;

/// Attempts per variant asked for, before the draw gives up on ranges whose
/// combinations mostly have no answer.
pub const ATTEMPTS_PER_VARIANT: usize = 20;

/// One input's range, in the unit the link shows it in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InputRange {
    /// The input's link key, e.g. "dphi".
    pub key: &'static str,
    /// The smallest value.
    pub lo: f64,
    /// The largest value.
    pub hi: f64,
    /// Decimal places of the drawn values (0 to 9).
    pub decimals: u32,
}

/// One variant: its inputs and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// The inputs in the order of the ranges, in their shown units,
    /// rounded to their decimal places.
    pub inputs: Vec<f64>,
    /// The answer in SI units.
    pub answer_si: f64,
}

/// The variants drawn, and how many combinations had no answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// The variants, in the order drawn.
    pub variants: Vec<Variant>,
    /// Combinations skipped because the computation gave no finite answer.
    pub skipped: usize,
}

/// SplitMix64: the state advances by the golden-ratio increment and each
/// output is the state mixed.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number uniform in 0..=`span` (Lemire's multiply-shift; the
    /// bias is below 2⁻¹¹ for the spans a range has).
    pub fn below_or_equal(&mut self, span: u64) -> u64 {
        let n = u128::from(span) + 1;
        ((u128::from(self.next_u64()) * n) >> 64) as u64
    }
}

/// A range's ends on its grid: whole numbers of 10^−decimals.
fn grid(range: &InputRange) -> Result<(i64, i64), String> {
    let key = range.key;
    if range.decimals > MAX_DECIMALS {
        return Err(format!(
            "ranges: {key} has {} decimal places; give 0 to {MAX_DECIMALS}",
            range.decimals
        ));
    }
    if !range.lo.is_finite() || !range.hi.is_finite() {
        return Err(format!("ranges: {key} needs two finite ends"));
    }
    if range.lo > range.hi {
        return Err(format!(
            "ranges: {key} has its ends swapped (the smaller one comes first)"
        ));
    }
    let whole = |x: f64| -> Result<i64, String> {
        let text: String = fixed(x, range.decimals as usize)
            .chars()
            .filter(|&c| c != '.')
            .collect();
        let value: i64 = text.parse().map_err(|_| {
            format!(
                "ranges: {key} is too large for {} decimal places",
                range.decimals
            )
        })?;
        if value.unsigned_abs() > 1 << 53 {
            return Err(format!(
                "ranges: {key} is too large for {} decimal places",
                range.decimals
            ));
        }
        Ok(value)
    };
    Ok((whole(range.lo)?, whole(range.hi)?))
}

/// The value of `units` × 10^−`decimals`, from its decimal text (exact to
/// the nearest `f64`).
fn on_grid(units: i64, decimals: u32) -> f64 {
    let mut digits = units.unsigned_abs().to_string();
    let d = decimals as usize;
    if digits.len() <= d {
        digits = format!("{}{digits}", "0".repeat(d + 1 - digits.len()));
    }
    let (int, frac) = digits.split_at(digits.len() - d);
    let sign = if units < 0 { "-" } else { "" };
    parse_decimal(&format!("{sign}{int}.{frac}0")).unwrap_or(f64::NAN)
}

/// Draws `n` variants (1 to [`MAX_VARIANTS`]) from `seed`: each input
/// uniform on the grid of its decimal places from `lo` to `hi` (both ends
/// rounded to that grid and included), the answer from `compute` (inputs
/// in the ranges' order and units → answer in SI). Combinations whose
/// answer is `None` or not finite are skipped and counted; after
/// [`ATTEMPTS_PER_VARIANT`]·n attempts the draw stops with what it has, and
/// is an error only if it has none.
///
/// ```
/// use ecm_core::exercise::variants::{draw, InputRange};
/// let ranges = [InputRange { key: "x", lo: 1.0, hi: 2.0, decimals: 1 }];
/// let drawn = draw(5, 42, &ranges, &|v: &[f64]| Some(2.0 * v[0])).unwrap();
/// assert_eq!(drawn.variants.len(), 5);
/// assert_eq!(drawn, draw(5, 42, &ranges, &|v: &[f64]| Some(2.0 * v[0])).unwrap());
/// assert!(draw(0, 42, &ranges, &|_: &[f64]| Some(1.0)).is_err());
/// ```
pub fn draw(
    n: usize,
    seed: u64,
    ranges: &[InputRange],
    compute: &dyn Fn(&[f64]) -> Option<f64>,
) -> Result<Drawn, String> {
    if n == 0 || n > MAX_VARIANTS {
        return Err(format!(
            "variants={n}: give a number of variants from 1 to {MAX_VARIANTS}"
        ));
    }
    let grids = ranges.iter().map(grid).collect::<Result<Vec<_>, _>>()?;
    let mut rng = SplitMix64(seed);
    let mut variants = Vec::with_capacity(n);
    let mut skipped = 0;
    let mut inputs = vec![0.0; ranges.len()];
    for _ in 0..n.saturating_mul(ATTEMPTS_PER_VARIANT) {
        if variants.len() == n {
            break;
        }
        for ((slot, range), &(lo, hi)) in inputs.iter_mut().zip(ranges).zip(&grids) {
            let span = (hi - lo) as u64;
            *slot = on_grid(lo + rng.below_or_equal(span) as i64, range.decimals);
        }
        match compute(&inputs) {
            Some(answer_si) if answer_si.is_finite() => variants.push(Variant {
                inputs: inputs.clone(),
                answer_si,
            }),
            _ => skipped += 1,
        }
    }
    if variants.is_empty() {
        return Err(format!(
            "ranges: none of {skipped} combinations drawn has an answer; narrow the ranges"
        ));
    }
    Ok(Drawn { variants, skipped })
}

/// Reads a link's `seed=`: a whole number from 0 to 18446744073709551615.
///
/// ```
/// use ecm_core::exercise::variants::parse_seed;
/// assert_eq!(parse_seed(" 42 "), Ok(42));
/// assert!(parse_seed("-1").is_err());
/// assert!(parse_seed("18446744073709551616").is_err());
/// ```
pub fn parse_seed(text: &str) -> Result<u64, String> {
    let typed = text.trim();
    let bad = || {
        let shown: String = typed.chars().take(30).collect();
        format!("seed={shown}: give a whole number from 0 to {}", u64::MAX)
    };
    if typed.is_empty() || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    typed.bytes().try_fold(0u64, |acc, b| {
        acc.checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(b - b'0')))
            .ok_or_else(bad)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges() -> [InputRange; 2] {
        crate::exercise::stress_problem::stress_ranges()
    }

    fn product(v: &[f64]) -> Option<f64> {
        Some(v[0] * v[1])
    }

    #[test]
    fn splitmix_matches_the_reference_outputs() {
        // Vigna's splitmix64.c from state 0: the first outputs.
        let mut r = SplitMix64(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(r.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn the_same_seed_gives_the_same_variants() {
        let a = draw(50, 7, &ranges(), &product).unwrap();
        let b = draw(50, 7, &ranges(), &product).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, draw(50, 8, &ranges(), &product).unwrap());
        for v in &a.variants {
            assert!((50.0..=200.0).contains(&v.inputs[0]) && v.inputs[0].fract() == 0.0);
            assert!((13.0..=23.7).contains(&v.inputs[1]));
            assert_eq!(v.inputs[1], on_grid((v.inputs[1] * 10.0).round() as i64, 1));
        }
    }

    #[test]
    fn the_first_variant_of_seed_42_is_pinned() {
        // Re-derived by hand from the generator's definition, written out
        // here independently of the code above.
        let mut state: u64 = 42;
        let mut next = || {
            state = state.wrapping_add(0x9e3779b97f4a7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
            z ^ (z >> 31)
        };
        let dphi = 50 + ((next() as u128 * 151) >> 64) as i64;
        let vm_tenths = 130 + ((next() as u128 * 108) >> 64) as i64;
        let first = &draw(1, 42, &ranges(), &product).unwrap().variants[0];
        assert_eq!(first.inputs[0], dphi as f64);
        assert_eq!(first.inputs[1], vm_tenths as f64 / 10.0);
        assert_eq!(first.inputs, vec![161.0, 14.7]);
    }

    #[test]
    fn combinations_without_an_answer_are_skipped_and_counted() {
        let half = |v: &[f64]| if v[0] > 125.0 { Some(v[0]) } else { None };
        let drawn = draw(20, 1, &ranges(), &half).unwrap();
        assert_eq!(drawn.variants.len(), 20);
        assert!(drawn.skipped > 0);
        let never = |_: &[f64]| Some(f64::NAN);
        let e = draw(10, 1, &ranges(), &never).unwrap_err();
        assert!(e.contains("none of 200 combinations"), "{e}");
        let rare = |v: &[f64]| (v[0] == 200.0 && v[1] == 23.7).then_some(1.0);
        let drawn = draw(1000, 3, &ranges(), &rare).unwrap();
        assert!(drawn.variants.len() < 1000 && drawn.skipped > 0);
    }

    #[test]
    fn bad_counts_and_ranges_are_errors() {
        for n in [0, 1001] {
            let e = draw(n, 1, &ranges(), &product).unwrap_err();
            assert!(e.contains("variants=") && e.contains("1 to 1000"), "{e}");
        }
        let bad = |lo: f64, hi: f64, decimals: u32| {
            let first = |v: &[f64]| v.first().copied();
            draw(
                1,
                1,
                &[InputRange {
                    key: "x",
                    lo,
                    hi,
                    decimals,
                }],
                &first,
            )
        };
        assert!(bad(2.0, 1.0, 0).unwrap_err().contains("swapped"));
        assert!(bad(f64::NAN, 1.0, 0).is_err());
        assert!(bad(0.0, 1.0, 10).is_err());
        assert!(bad(0.0, 1e300, 2).is_err());
        assert!(bad(-1.5, -1.5, 1).is_ok());
        assert_eq!(
            draw(3, 1, &[], &|_: &[f64]| Some(1.0))
                .unwrap()
                .variants
                .len(),
            3
        );
    }

    #[test]
    fn grid_values_are_exact_decimals() {
        assert_eq!(on_grid(163, 1), 16.3);
        assert_eq!(on_grid(-5, 2), -0.05);
        assert_eq!(on_grid(7, 0), 7.0);
    }
}
