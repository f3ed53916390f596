//! Tick labels that read cleanly: "0.5", "10", "1 × 10⁻⁵", never "9.99999e-6".

use ecm_core::numbers::number_format::format_clean;

/// A tick label with at most 3 significant figures.
pub fn tick(v: &f64) -> String {
    if v.abs() < 1e-12 {
        return "0".to_string();
    }
    format_clean(*v, 3)
}

/// A tick label for a log axis: only 1, 2 and 5 times powers of ten are
/// labelled, so the labels never crowd.
pub fn log_tick(v: &f64) -> String {
    if *v <= 0.0 {
        return String::new();
    }
    let mantissa = v / 10f64.powf(v.log10().floor());
    let m = (mantissa * 10.0).round() / 10.0;
    if [1.0, 2.0, 5.0, 10.0].iter().any(|k| (m - k).abs() < 1e-6) {
        tick(v)
    } else {
        String::new()
    }
}

/// A log-axis label for wide ranges: decades only, written 10ⁿ from 10⁴ up
/// and below 10⁻², plainly between ("1000", "0.1").
pub fn log_decade_tick(v: &f64) -> String {
    if *v <= 0.0 {
        return String::new();
    }
    let e = v.log10().round();
    if (v / 10f64.powf(e) - 1.0).abs() > 1e-6 {
        return String::new();
    }
    if !(-2.0..4.0).contains(&e) {
        format!(
            "10{}",
            ecm_core::numbers::number_format::superscript(e as i32)
        )
    } else {
        tick(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decade_labels_use_powers_of_ten_far_from_one() {
        assert_eq!(log_decade_tick(&1e5), "10⁵");
        assert_eq!(log_decade_tick(&1e-3), "10⁻³");
        assert_eq!(log_decade_tick(&1000.0), "1000");
        assert_eq!(log_decade_tick(&0.01), "0.01");
        assert_eq!(log_decade_tick(&300.0), "");
    }

    #[test]
    fn labels_are_short_and_clean() {
        assert_eq!(tick(&0.30000000000000004), "0.3");
        assert_eq!(tick(&9.99999e-6), "1 × 10⁻⁵");
        assert_eq!(tick(&1e-17), "0");
        assert_eq!(log_tick(&200.0), "200");
        assert_eq!(log_tick(&300.0), "");
        assert_eq!(log_tick(&0.1), "0.1");
    }
}
