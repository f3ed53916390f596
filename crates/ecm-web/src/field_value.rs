//! Reads a field of the page: typed text and a chosen unit become a checked SI
//! value, or a message that names the field and the valid range in its unit.
//!
//! Plain Rust, tested natively; the `NumberField` component only shows it.

use ecm_core::input_limits::{with_unit, Limit};
use ecm_core::numbers::decimal_parser::parse_decimal;
use ecm_core::numbers::decimal_writer::{display, exponential};
use ecm_core::numbers::number_format::format_clean;
use ecm_core::numbers::number_parser::parse_number;
use ecm_core::units::Unit;

/// The value of a field in SI units, or the message to show next to it.
pub fn read_field(label: &str, text: &str, unit: &Unit, limit: &Limit) -> Result<f64, String> {
    let shown = parse_number(text)
        .map_err(|e| format!("{label}: {e}; it must be {}.", limit.range_in_unit(unit)))?;
    let si = unit.si(shown);
    if limit.contains(si) {
        Ok(si)
    } else {
        Err(format!(
            "{label} must be {}; got {}.",
            limit.range_in_unit(unit),
            with_unit(&format_clean(shown, 6), unit.symbol)
        ))
    }
}

/// A range typed as `lo` to `hi` (SI values already checked): refused when
/// typed backwards, so that "1.5 to 0.4" is never read as something else.
pub fn check_order(
    label: &str,
    lo: f64,
    hi: f64,
    unit: &Unit,
    limit: &Limit,
) -> Result<(), String> {
    if hi < lo {
        Err(format!(
            "{label}: the upper end ({}) is below the lower end ({}); type the smaller value first (each must be {}).",
            with_unit(&format_clean(unit.shown(hi), 6), unit.symbol),
            with_unit(&format_clean(unit.shown(lo), 6), unit.symbol),
            limit.range_in_unit(unit)
        ))
    } else {
        Ok(())
    }
}

/// A slider over `lo` to `hi` (SI) shown in `unit`: its (min, max, step) in
/// that unit, the step a round 1, 2 or 5 × 10ⁿ giving about 200 positions
/// and the ends multiples of it, so every position the slider writes into
/// the field is a round number (100, 102, 104 mV, never 103.295).
pub fn slider_steps(lo: f64, hi: f64, unit: &Unit) -> (f64, f64, f64) {
    let tidy = |v: f64| -> f64 { parse_decimal(&exponential(v, 9)).unwrap_or(v) };
    let (lo, hi) = (tidy(unit.shown(lo)), tidy(unit.shown(hi)));
    let raw = ((hi - lo) / 200.0).abs();
    if !raw.is_finite() || raw == 0.0 {
        return (lo, hi, 1.0);
    }
    let decade = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * decade)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * decade);
    let min = tidy(tidy(lo / step).ceil() * step);
    let max = tidy(tidy(hi / step).floor() * step);
    (min, max.max(min), tidy(step))
}

/// Text for a field after its unit changes from `from` to `to`: the same
/// quantity in the new unit when the text is a number, otherwise the text
/// as it is; also as it is between units of different quantities (a
/// sensitivity per volt and one per ampere), where no factor applies.
pub fn convert_text(text: &str, from: &Unit, to: &Unit) -> String {
    match parse_number(text) {
        Ok(v) if from.converts_to(to) => plain_number(to.shown(from.si(v))),
        _ => text.to_string(),
    }
}

/// A number as a user would type it, like [`plain_number`] but with an
/// exponent ("1.39e-14", "2.5e12") when it is below 10⁻⁴ or from 10⁹, where
/// plain digits would be unreadable: for presets such as diffusivities.
pub fn typed_number(v: f64) -> String {
    let rounded = parse_decimal(&exponential(v, 9)).unwrap_or(v);
    if rounded != 0.0 && !(1e-4..1e9).contains(&rounded.abs()) {
        ecm_core::numbers::decimal_writer::display_exp(rounded)
    } else {
        display(rounded)
    }
}

/// A number as a user would type it: rounded to 10 significant figures (so
/// 0.1 stays 0.1 after a unit change), written without an exponent.
pub fn plain_number(v: f64) -> String {
    let rounded = parse_decimal(&exponential(v, 9)).unwrap_or(v);
    display(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::input_limits::OVERPOTENTIAL;
    use ecm_core::units::VOLTAGE;

    #[test]
    fn presets_are_typed_with_an_exponent_only_when_tiny_or_huge() {
        assert_eq!(typed_number(2.0 * 0.366e-9 * 1.9e-5), "1.3908e-14");
        assert_eq!(typed_number(0.53), "0.53");
        assert_eq!(typed_number(370.95), "370.95");
        assert_eq!(typed_number(2.5e12), "2.5e12");
        assert_eq!(parse_number(&typed_number(1.9e-5)), Ok(1.9e-5));
    }

    #[test]
    fn reads_a_value_in_its_unit() {
        assert_eq!(
            read_field("Δφ", " 100 ", &VOLTAGE[0], &OVERPOTENTIAL),
            Ok(0.1)
        );
        assert_eq!(
            read_field("Δφ", "0.1", &VOLTAGE[1], &OVERPOTENTIAL),
            Ok(0.1)
        );
    }

    #[test]
    fn messages_name_the_field_and_the_range_in_the_fields_unit() {
        let e = read_field("Overpotential Δφ", "-5", &VOLTAGE[0], &OVERPOTENTIAL).unwrap_err();
        assert_eq!(
            e,
            "Overpotential Δφ must be between 0 and 5000 mV; got −5 mV."
        );
        let e = read_field("Overpotential Δφ", "abc", &VOLTAGE[0], &OVERPOTENTIAL).unwrap_err();
        assert!(
            e.starts_with("Overpotential Δφ: this is not a number"),
            "{e}"
        );
        let e = read_field("Overpotential Δφ", "1e400", &VOLTAGE[0], &OVERPOTENTIAL).unwrap_err();
        assert!(e.contains("too large"), "{e}");
        let e = read_field("Overpotential Δφ", "", &VOLTAGE[0], &OVERPOTENTIAL).unwrap_err();
        assert!(e.ends_with("it must be between 0 and 5000 mV."), "{e}");
    }

    #[test]
    fn a_backwards_range_is_refused_with_both_ends_named() {
        let kic = &ecm_core::units::TOUGHNESS[0];
        let limit = &ecm_core::input_limits::FRACTURE_TOUGHNESS;
        let e = check_order("Fracture toughness KIC", 1.5e6, 0.4e6, kic, limit).unwrap_err();
        assert!(
            e.starts_with(&format!(
                "Fracture toughness KIC: the upper end (0.4 {0}) is below the lower end (1.5 {0}); type the smaller value first (each must be ",
                kic.symbol
            )),
            "{e}"
        );
        assert!(check_order("KIC", 0.4e6, 1.5e6, kic, limit).is_ok());
        assert!(check_order("KIC", 1e6, 1e6, kic, limit).is_ok());
    }

    #[test]
    fn a_plain_number_field_message_has_no_stray_spaces() {
        let y = &ecm_core::units::DIMENSIONLESS[0];
        let e = read_field(
            "Geometry factor Y",
            "0",
            y,
            &ecm_core::input_limits::GEOMETRY_FACTOR,
        )
        .unwrap_err();
        assert_eq!(e, "Geometry factor Y must be between 0.1 and 10; got 0.");
    }

    #[test]
    fn slider_positions_are_round_numbers() {
        // 1 to 500 mV: (500 − 1)/200 = 2.495 → steps of 5 mV from 5 to 500.
        assert_eq!(slider_steps(0.001, 0.5, &VOLTAGE[0]), (5.0, 500.0, 5.0));
        // The same range in V: steps of 0.005 V.
        assert_eq!(slider_steps(0.001, 0.5, &VOLTAGE[1]), (0.005, 0.5, 0.005));
        // 10 to 1000 nm: 4.95 → 5 nm.
        let (min, max, step) = slider_steps(10e-9, 1000e-9, &ecm_core::units::LENGTH[0]);
        assert_eq!((min, max, step), (10.0, 1000.0, 5.0));
    }

    #[test]
    fn unit_change_keeps_the_quantity() {
        assert_eq!(convert_text("100", &VOLTAGE[0], &VOLTAGE[1]), "0.1");
        assert_eq!(convert_text("0.25", &VOLTAGE[1], &VOLTAGE[0]), "250");
        assert_eq!(convert_text("abc", &VOLTAGE[1], &VOLTAGE[0]), "abc");
    }

    #[test]
    fn a_sensitivity_keeps_its_number_between_volts_and_amperes() {
        use ecm_core::units::SENSITIVITY;
        // nm/V ↔ m/V is a conversion: 20 nm/V = 2e-8 m/V.
        assert_eq!(
            convert_text("20", &SENSITIVITY[0], &SENSITIVITY[1]),
            "0.00000002"
        );
        // nm/V ↔ nm/nA is not (a voltage is not a current): the number stays.
        assert_eq!(convert_text("20", &SENSITIVITY[0], &SENSITIVITY[2]), "20");
        assert_eq!(convert_text("7.5", &SENSITIVITY[2], &SENSITIVITY[1]), "7.5");
    }
}
