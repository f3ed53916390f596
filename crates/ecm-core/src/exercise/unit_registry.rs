//! Every unit table of [`crate::units`] with the name of its quantity, so a
//! typed unit of another quantity ("mV" for a stress) is named as such
//! instead of being called unknown.
//!
//! Symbols match case-sensitively ("MPa", never "mpa" or "Mpa": SI prefixes
//! differ by case, m is milli and M is mega). Micro is `µ` (U+00B5), `μ`
//! (U+03BC) or `u`; `³` and `²` may be typed `3` and `2` ("um", "uN",
//! "cm3/mol").

use crate::units::{self, Unit};

/// Each unit table with its quantity's name, in the words a message uses.
pub static TABLES: &[(&str, &[Unit])] = &[
    ("voltage", units::VOLTAGE),
    ("length", units::LENGTH),
    ("force", units::FORCE),
    ("stress", units::STRESS),
    ("compliance", units::COMPLIANCE),
    ("deflection sensitivity", units::SENSITIVITY),
    ("drift rate", units::DRIFT_RATE),
    ("strain rate", units::STRAIN_RATE),
    ("energy", units::ENERGY),
    ("stiffness", units::STIFFNESS),
    ("molar volume", units::MOLAR_VOLUME),
    ("molar mass", units::MOLAR_MASS),
    ("density", units::DENSITY),
    ("fracture toughness", units::TOUGHNESS),
    ("temperature", units::TEMPERATURE),
    ("activation energy", units::ACTIVATION_ENERGY),
    ("diffusivity", units::DIFFUSIVITY),
    ("boundary diffusivity", units::BOUNDARY_DIFFUSIVITY),
    ("atomic volume", units::ATOMIC_VOLUME),
    ("creep prefactor", units::CREEP_PREFACTOR),
    ("current density", units::CURRENT_DENSITY),
    ("time", units::TIME),
    ("area", units::AREA),
    ("frame rate", units::FRAME_RATE),
    ("angle", units::ANGLE),
    ("ratio", units::RATIO),
];

/// A symbol in the one spelling used for comparing: micro as `u`,
/// superscript 2 and 3 as digits, `*` and `⋅` as `·`, no spaces.
fn normal(symbol: &str) -> String {
    symbol
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            'µ' | 'μ' => 'u',
            '³' => '3',
            '²' => '2',
            '*' | '⋅' => '·',
            other => other,
        })
        .collect()
}

/// The unit of `units` whose symbol is `typed` (see the module's matching
/// rules); an empty `typed` matches nothing.
///
/// ```
/// use ecm_core::exercise::unit_registry::find_unit;
/// use ecm_core::units::{LENGTH, STRAIN_RATE, STRESS};
/// assert_eq!(find_unit(LENGTH, "um").map(|u| u.symbol), Some("µm"));
/// assert_eq!(find_unit(STRAIN_RATE, "s⁻¹").map(|u| u.symbol), Some("1/s"));
/// assert_eq!(find_unit(STRAIN_RATE, "s^-1").map(|u| u.symbol), Some("1/s"));
/// assert_eq!(find_unit(STRESS, "MPa").map(|u| u.to_si), Some(1e6));
/// assert_eq!(find_unit(STRESS, "mpa"), None);
/// ```
pub fn find_unit<'a>(units: &'a [Unit], typed: &str) -> Option<&'a Unit> {
    let want = wanted(typed)?;
    units.iter().find(|u| normal(u.symbol) == want)
}

/// `typed` as a symbol is compared ([`normal`]), `None` when empty.
fn wanted(typed: &str) -> Option<String> {
    let want = normal(typed);
    // A rate per second as the pages write it (s⁻¹) or typed (s-1, s^-1, /s).
    if ["s⁻¹", "s-1", "s^-1", "/s"].contains(&want.as_str()) {
        return Some("1/s".to_string());
    }
    (!want.is_empty()).then_some(want)
}

/// [`TABLES`]' names and symbols alone, one quantity a line (its name, `:`,
/// then its symbols with `|` between them): what [`quantity_of`] needs,
/// without the tables' factors, so that a calculator's module does not
/// carry every table. A test checks that the two agree.
const QUANTITIES: &str = "voltage:mV|V
length:nm|µm|mm|m
force:nN|µN|mN|N
stress:kPa|MPa|GPa|Pa
compliance:nm/µN|m/N
deflection sensitivity:nm/V|m/V|nm/nA
drift rate:nm/s|m/s
strain rate:1/s
energy:fJ|pJ|nJ|J
stiffness:N/m
molar volume:cm³/mol|m³/mol
molar mass:g/mol|kg/mol
density:g/cm³|kg/m³
fracture toughness:MPa·√m|Pa·√m
temperature:K|°C
activation energy:kJ/mol|J/mol|eV
diffusivity:m²/s|cm²/s
boundary diffusivity:m³/s
atomic volume:Å³|nm³|m³
creep prefactor:MPa⁻ⁿ s⁻¹
current density:mA/cm²|A/m²|µA/cm²
time:s|min|h|d|yr
area:nm²|µm²|m²
frame rate:frames/s
angle:°
ratio:%|1";

/// The quantity whose table holds the unit `symbol` ("mV" → "voltage"), or
/// `None` for a symbol no table holds.
///
/// ```
/// use ecm_core::exercise::unit_registry::quantity_of;
/// assert_eq!(quantity_of("mV"), Some("voltage"));
/// assert_eq!(quantity_of("uN"), Some("force"));
/// assert_eq!(quantity_of("cm3/mol"), Some("molar volume"));
/// assert_eq!(quantity_of("furlong"), None);
/// ```
pub fn quantity_of(symbol: &str) -> Option<&'static str> {
    let want = wanted(symbol)?;
    QUANTITIES.lines().find_map(|line| {
        let (name, symbols) = line.split_once(':')?;
        symbols
            .split('|')
            .any(|s| normal(s) == want)
            .then_some(name)
    })
}

/// The symbols of `units` as a message lists them: "kPa, MPa, GPa or Pa"
/// (empty symbols left out).
///
/// ```
/// use ecm_core::exercise::unit_registry::unit_list;
/// assert_eq!(unit_list(ecm_core::units::STRESS), "kPa, MPa, GPa or Pa");
/// assert_eq!(unit_list(ecm_core::units::VOLTAGE), "mV or V");
/// ```
pub fn unit_list(units: &[Unit]) -> String {
    let symbols: Vec<&str> = units
        .iter()
        .map(|u| u.symbol)
        .filter(|s| !s.is_empty())
        .collect();
    match symbols.split_last() {
        None => "no unit".to_string(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_of_every_table_is_found_in_its_own_table() {
        for (name, table) in TABLES {
            for unit in table.iter().filter(|u| !u.symbol.is_empty()) {
                assert_eq!(quantity_of(unit.symbol), Some(*name), "{}", unit.symbol);
            }
        }
    }

    #[test]
    fn the_quantities_list_the_tables_names_and_symbols() {
        let from_tables: Vec<String> = TABLES
            .iter()
            .map(|(name, table)| {
                let symbols: Vec<&str> = table.iter().map(|u| u.symbol).collect();
                format!("{name}:{}", symbols.join("|"))
            })
            .collect();
        assert_eq!(QUANTITIES.lines().collect::<Vec<_>>(), from_tables);
    }

    #[test]
    fn micro_and_superscripts_have_ascii_spellings() {
        assert_eq!(quantity_of("um"), Some("length"));
        assert_eq!(quantity_of("μm"), Some("length"));
        assert_eq!(quantity_of("uA/cm2"), Some("current density"));
        assert_eq!(quantity_of(""), None);
        assert_eq!(quantity_of("mpa"), None);
    }
}
