//! Reads a field of the page: typed text and a chosen unit become a checked SI
//! value, or a message that names the field and the valid range in its unit.
//!
//! Plain Rust, tested natively; the `NumberField` component only shows it.

use ecm_core::input_limits::Limit;
use ecm_core::number_parser::parse_number;
use ecm_core::units::Unit;

/// The value of a field in SI units, or the message to show next to it.
pub fn read_field(label: &str, text: &str, unit: &Unit, limit: &Limit) -> Result<f64, String> {
    let shown = parse_number(text).map_err(|e| {
        format!(
            "{label}: {e}; it must be {}.",
            limit.range_in(unit.symbol, unit.to_si)
        )
    })?;
    let si = shown * unit.to_si;
    if limit.contains(si) {
        Ok(si)
    } else {
        Err(format!(
            "{label} must be {}; got {} {}.",
            limit.range_in(unit.symbol, unit.to_si),
            ecm_core::number_format::format_clean(shown, 6),
            unit.symbol
        ))
    }
}

/// Text for a field after its unit changes from `from` to `to`: the same
/// quantity in the new unit when the text is a number, otherwise the text as it is.
pub fn convert_text(text: &str, from: &Unit, to: &Unit) -> String {
    match parse_number(text) {
        Ok(v) => plain_number(v * from.to_si / to.to_si),
        Err(_) => text.to_string(),
    }
}

/// A number as a user would type it: rounded to 10 significant figures (so
/// 0.1 stays 0.1 after a unit change), written without an exponent.
pub fn plain_number(v: f64) -> String {
    let rounded: f64 = format!("{v:.9e}").parse().unwrap_or(v);
    format!("{rounded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::input_limits::OVERPOTENTIAL;
    use ecm_core::units::VOLTAGE;

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
    fn unit_change_keeps_the_quantity() {
        assert_eq!(convert_text("100", &VOLTAGE[0], &VOLTAGE[1]), "0.1");
        assert_eq!(convert_text("0.25", &VOLTAGE[1], &VOLTAGE[0]), "250");
        assert_eq!(convert_text("abc", &VOLTAGE[1], &VOLTAGE[0]), "abc");
    }
}
