//! `decimal_writer` against the `format!` each function replaces: the same
//! text for random bit patterns (every exponent, subnormals included) and
//! for random "ordinary" values.
use ecm_core::numbers::decimal_writer::{display, display_exp, exponential, fixed};
use proptest::prelude::*;

fn check(x: f64, n: usize) -> Result<(), TestCaseError> {
    prop_assert_eq!(display(x), format!("{x}"), "{{}} of {:e}", x);
    prop_assert_eq!(display_exp(x), format!("{x:e}"), "{{:e}} of {:e}", x);
    prop_assert_eq!(
        exponential(x, n),
        format!("{x:.n$e}"),
        "{{:.{}e}} of {:e}",
        n,
        x
    );
    // Fixed notation of huge values is hundreds of digits: check it where
    // pages use it.
    if x.abs() < 1e30 {
        prop_assert_eq!(fixed(x, n), format!("{x:.n$}"), "{{:.{}}} of {:e}", n, x);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_bit_pattern_writes_as_std(bits in any::<u64>(), n in 0usize..20) {
        check(f64::from_bits(bits), n)?;
    }

    #[test]
    fn ordinary_values_write_as_std(m in -1.0e6f64..1.0e6, e in -12i32..12, n in 0usize..12) {
        check(m * 10f64.powi(e), n)?;
    }

    #[test]
    fn short_decimals_write_as_std(k in -100_000i64..100_000, e in -8i32..4, n in 0usize..8) {
        // Values typed by people: 0.125, 2.675, 1e-5 …, where ties live.
        check(k as f64 * 10f64.powi(e), n)?;
    }
}
