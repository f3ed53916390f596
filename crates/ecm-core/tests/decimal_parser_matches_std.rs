//! `decimal_parser::parse_decimal` against `str::parse::<f64>`: the same bits
//! for random decimal strings across the whole range of `f64`, and the same
//! refusals for random text; and `parse_short`, its one-pass reading of a
//! data file's numbers, the same bits for every text it reads.
use ecm_core::numbers::decimal_parser::{parse_decimal, parse_short};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn decimal_strings_round_exactly_as_std(
        negative in any::<bool>(),
        digits in "[0-9]{1,100}",
        point in 0usize..101,
        exp in -360i32..360,
        with_exp in any::<bool>(),
    ) {
        let point = point.min(digits.len());
        let mut text = String::new();
        if negative { text.push('-'); }
        text.push_str(&digits[..point]);
        text.push('.');
        text.push_str(&digits[point..]);
        if with_exp { text.push_str(&format!("e{exp}")); }
        let want: f64 = text.parse().unwrap();
        let got = parse_decimal(&text).unwrap();
        prop_assert_eq!(got.to_bits(), want.to_bits(), "{}", text);
    }

    #[test]
    fn short_decimals_round_exactly_as_std(
        sign in "[-+]?",
        digits in "[0-9]{1,21}",
        point in 0usize..22,
        exp in "([eE][-+]?[0-9]{1,5})?",
    ) {
        let point = point.min(digits.len());
        let text = format!("{sign}{}.{}{exp}", &digits[..point], &digits[point..]);
        let want: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), Some(want.to_bits()), "{}", text);
        if let Some(got) = parse_short(text.as_bytes()) {
            prop_assert_eq!(got.to_bits(), want.to_bits(), "{}", text);
        }
        // Without the point, as integers are written.
        let whole = format!("{sign}{digits}{exp}");
        let want: f64 = whole.parse().unwrap();
        prop_assert_eq!(parse_decimal(&whole).map(f64::to_bits), Some(want.to_bits()), "{}", whole);
        if let Some(got) = parse_short(whole.as_bytes()) {
            prop_assert_eq!(got.to_bits(), want.to_bits(), "{}", whole);
        }
    }

    #[test]
    fn every_f64_written_shortest_reads_back(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        for text in [format!("{x}"), format!("{x:e}"), format!("{x:.3e}")] {
            let want: f64 = text.parse().unwrap();
            prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), Some(want.to_bits()), "{}", text);
        }
    }

    #[test]
    fn random_text_is_refused_when_std_refuses(text in "[-+0-9.eE]{0,12}") {
        let plain = !text.is_empty();
        let std = text.parse::<f64>().ok();
        // std also reads "inf"/"nan", which this alphabet cannot form.
        if plain {
            prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), std.map(f64::to_bits), "{}", text);
        }
    }
}
