//! Display units for each kind of quantity, and their factors to SI.
//!
//! The models work in SI base units (m, N, Pa, V, m³/mol); a field on the page
//! shows a value in one of these units and converts at the edge.

use serde::Serialize;

/// A display unit: its symbol and how many SI units one of it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Unit {
    /// Symbol as shown, e.g. "µm".
    pub symbol: &'static str,
    /// Value of one of this unit in SI, e.g. 1e-6 for µm.
    pub to_si: f64,
    /// What is added after scaling: 273.15 for °C (K = °C + 273.15), else 0.
    pub offset: f64,
}

impl Unit {
    /// A value shown in this unit, in SI: `shown · to_si + offset`.
    pub fn si(&self, shown: f64) -> f64 {
        shown * self.to_si + self.offset
    }

    /// An SI value in this unit: `(si − offset) / to_si`.
    pub fn shown(&self, si: f64) -> f64 {
        (si - self.offset) / self.to_si
    }

    /// Whether a value in this unit means the same quantity in `other`, so
    /// that switching between them converts it: false only between a
    /// sensitivity per volt and one per ampere ([`SENSITIVITY`]), since a
    /// detector's voltage and its current are not one quantity.
    pub fn converts_to(&self, other: &Unit) -> bool {
        self.per_current() == other.per_current()
    }

    /// Whether this is a sensitivity per ampere (nm/nA), for a deflection
    /// recorded as a photodiode current, rather than per volt.
    pub fn per_current(&self) -> bool {
        self.symbol.ends_with("/nA")
    }
}

const fn u(symbol: &'static str, to_si: f64) -> Unit {
    Unit {
        symbol,
        to_si,
        offset: 0.0,
    }
}

/// Electric potential: mV, V.
pub static VOLTAGE: &[Unit] = &[u("mV", 1e-3), u("V", 1.0)];
/// Length: nm, µm, mm, m.
pub static LENGTH: &[Unit] = &[u("nm", 1e-9), u("µm", 1e-6), u("mm", 1e-3), u("m", 1.0)];
/// Force: nN, µN, mN, N.
pub static FORCE: &[Unit] = &[u("nN", 1e-9), u("µN", 1e-6), u("mN", 1e-3), u("N", 1.0)];
/// Stress, pressure and elastic modulus: kPa, MPa, GPa, Pa.
pub static STRESS: &[Unit] = &[u("kPa", 1e3), u("MPa", 1e6), u("GPa", 1e9), u("Pa", 1.0)];
/// Frame or machine compliance: nm/µN (TriboScan's unit), m/N.
pub static COMPLIANCE: &[Unit] = &[u("nm/µN", 1e-3), u("m/N", 1.0)];
/// Deflection sensitivity: nm/V, m/V, and nm/nA for a photodiode current (1 nm/nA = 1 m/A).
pub static SENSITIVITY: &[Unit] = &[u("nm/V", 1e-9), u("m/V", 1.0), u("nm/nA", 1.0)];
/// Thermal drift rate: nm/s, m/s.
pub static DRIFT_RATE: &[Unit] = &[u("nm/s", 1e-9), u("m/s", 1.0)];
/// Strain rate: 1/s.
pub static STRAIN_RATE: &[Unit] = &[u("1/s", 1.0)];
/// Energy: fJ, pJ, nJ, J.
pub static ENERGY: &[Unit] = &[u("fJ", 1e-15), u("pJ", 1e-12), u("nJ", 1e-9), u("J", 1.0)];
/// Spring constant: N/m.
pub static STIFFNESS: &[Unit] = &[u("N/m", 1.0)];
/// Molar volume: cm³/mol, m³/mol.
pub static MOLAR_VOLUME: &[Unit] = &[u("cm³/mol", 1e-6), u("m³/mol", 1.0)];
/// Molar mass: g/mol, kg/mol.
pub static MOLAR_MASS: &[Unit] = &[u("g/mol", 1e-3), u("kg/mol", 1.0)];
/// Density: g/cm³, kg/m³.
pub static DENSITY: &[Unit] = &[u("g/cm³", 1e3), u("kg/m³", 1.0)];
/// Fracture toughness: MPa·√m, Pa·√m.
pub static TOUGHNESS: &[Unit] = &[u("MPa·√m", 1e6), u("Pa·√m", 1.0)];
/// Temperature: K, °C.
pub static TEMPERATURE: &[Unit] = &[
    u("K", 1.0),
    Unit {
        symbol: "°C",
        to_si: 1.0,
        offset: 273.15,
    },
];
/// Molar activation energy: kJ/mol, J/mol, eV (per atom).
pub static ACTIVATION_ENERGY: &[Unit] =
    &[u("kJ/mol", 1e3), u("J/mol", 1.0), u("eV", 96_485.332_12)];
/// Diffusivity (and its prefactor D₀): m²/s, cm²/s.
pub static DIFFUSIVITY: &[Unit] = &[u("m²/s", 1.0), u("cm²/s", 1e-4)];
/// Grain-boundary width times diffusivity, δ·D_b: m³/s.
pub static BOUNDARY_DIFFUSIVITY: &[Unit] = &[u("m³/s", 1.0)];
/// Atomic volume Ω: Å³, nm³, m³.
pub static ATOMIC_VOLUME: &[Unit] = &[u("Å³", 1e-30), u("nm³", 1e-27), u("m³", 1.0)];
/// The prefactor A of a power-law creep fit, ε̇ = A·σⁿ with σ in MPa: MPa⁻ⁿ s⁻¹.
pub static CREEP_PREFACTOR: &[Unit] = &[u("MPa⁻ⁿ s⁻¹", 1.0)];
/// Current density: mA/cm², A/m², µA/cm².
pub static CURRENT_DENSITY: &[Unit] = &[u("mA/cm²", 10.0), u("A/m²", 1.0), u("µA/cm²", 0.01)];
/// Time: s, min, h, d, yr (365.25 d).
pub static TIME: &[Unit] = &[
    u("s", 1.0),
    u("min", 60.0),
    u("h", 3600.0),
    u("d", 86_400.0),
    u("yr", 31_557_600.0),
];
/// A pure number (a geometry factor, Poisson's ratio): no unit.
pub static DIMENSIONLESS: &[Unit] = &[u("", 1.0)];
/// Area: nm², µm², m².
pub static AREA: &[Unit] = &[u("nm²", 1e-18), u("µm²", 1e-12), u("m²", 1.0)];
/// Frame rate: frames per second.
pub static FRAME_RATE: &[Unit] = &[u("frames/s", 1.0)];
/// Angle: degrees.
pub static ANGLE: &[Unit] = &[u("°", 1.0)];
/// Dimensionless ratio: %, plain number.
pub static RATIO: &[Unit] = &[u("%", 1e-2), u("1", 1.0)];

/// Finds a unit by its symbol in a list; ASCII spellings are accepted too
/// ("um" for µm, "cm3/mol" for cm³/mol), as typed in a link.
pub fn find(units: &'static [Unit], symbol: &str) -> Option<&'static Unit> {
    // Character by character, not `str::replace`: string searching would
    // bring its panic paths into every page. No unit symbol holds
    // "MPa·√m" beside other text, so only the whole spelling is mapped.
    let mut normal: String = symbol
        .chars()
        .map(|c| match c {
            'u' => 'µ',
            '3' => '³',
            c => c,
        })
        .collect();
    if normal == "MPa*sqrt(m)" {
        normal = "MPa·√m".to_string();
    }
    let ascii = |s: &str| {
        s.chars()
            .map(|c| if c == 'µ' { 'u' } else { c })
            .eq(symbol.chars())
    };
    units
        .iter()
        .find(|u| u.symbol == symbol || u.symbol == normal || ascii(u.symbol))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_units_by_symbol_and_ascii_spelling() {
        assert_eq!(find(LENGTH, "µm").map(|u| u.to_si), Some(1e-6));
        assert_eq!(find(LENGTH, "um").map(|u| u.to_si), Some(1e-6));
        assert_eq!(find(MOLAR_VOLUME, "cm3/mol").map(|u| u.to_si), Some(1e-6));
        assert_eq!(find(VOLTAGE, "kV"), None);
        assert_eq!(find(TOUGHNESS, "MPa*sqrt(m)").map(|u| u.to_si), Some(1e6));
        assert_eq!(find(TOUGHNESS, "Pa*sqrt(m)"), None);
        assert_eq!(find(TEMPERATURE, "°C").map(|u| u.si(25.0)), Some(298.15));
    }

    #[test]
    fn celsius_converts_with_its_offset_both_ways() {
        let c = find(TEMPERATURE, "°C").unwrap();
        assert_eq!(c.si(-273.15), 0.0);
        assert_eq!(c.shown(373.15), 100.0);
        let nm = find(LENGTH, "nm").unwrap();
        assert!((nm.shown(nm.si(300.0)) - 300.0).abs() < 1e-12);
    }
}
