//! What every specimen's results share: the line naming the model they come
//! from, and a modulus shown in the unit that suits its size.

use ecm_core::measurement::specimen::Specimen;
use leptos::prelude::*;

/// The unit a modulus reads best in (Pa, kPa, MPa or GPa) and its size in Pa:
/// a cell's 5 kPa and a metal's 10 GPa both with a few digits.
pub fn modulus_unit(pa: f64) -> (&'static str, f64) {
    let a = pa.abs();
    if a >= 1e9 {
        ("GPa", 1e9)
    } else if a >= 1e6 {
        ("MPa", 1e6)
    } else if a >= 1e3 {
        ("kPa", 1e3)
    } else {
        ("Pa", 1.0)
    }
}

/// The model the results below come from, in words.
#[component]
pub fn ModelLine(
    /// The test.
    specimen: Specimen,
) -> impl IntoView {
    view! {
        <p class="model" data-testid="result-model">
            <strong>"Model: "</strong>{specimen.model()}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moduli_are_shown_in_the_unit_that_fits() {
        assert_eq!(modulus_unit(5.0e4), ("kPa", 1e3));
        assert_eq!(modulus_unit(1.0e10), ("GPa", 1e9));
        assert_eq!(modulus_unit(250e6), ("MPa", 1e6));
        assert_eq!(modulus_unit(12.0), ("Pa", 1.0));
    }
}
