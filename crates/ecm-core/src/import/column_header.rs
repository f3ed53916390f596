//! What a column's header says: its unit and the role it probably plays.
//!
//! Exports name units in many ways: `Depth (nm)`, `Load (µN)` (TriboScan),
//! `Force A [uN]` (FemtoTools), `Extend Z-Sense(nm)` (AFM Workshop),
//! `Disp_nm`, `Force_µN` (TriboScan `.hld`), `Defl_nm_Ex` (Nanoscope),
//! `stress/MPa` (a notebook). The role is only a proposal: the page shows it
//! and the user can change it; a header that says nothing proposes nothing.

/// The physical kind of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// A length (m).
    Length,
    /// A force (N).
    Force,
    /// A time (s).
    Time,
    /// A voltage (V), e.g. a raw deflection signal.
    Voltage,
    /// A current (A): a photodiode's raw deflection signal (NT-MDT's nA).
    Current,
    /// A stress (Pa).
    Stress,
    /// A strain (dimensionless; `%` is 0.01).
    Strain,
}

/// Whether a deflection signal of `signal`'s kind can take a sensitivity
/// in `unit` (nm/V, m/V or nm/nA): a current takes one per ampere, a
/// voltage one per volt; otherwise why not, in words.
///
/// ```
/// use ecm_core::import::column_header::{sensitivity_fits, Dimension};
/// use ecm_core::units::SENSITIVITY;
/// assert!(sensitivity_fits(Dimension::Current, &SENSITIVITY[2]).is_ok());
/// assert!(sensitivity_fits(Dimension::Current, &SENSITIVITY[0]).unwrap_err().contains("nm/nA"));
/// assert!(sensitivity_fits(Dimension::Voltage, &SENSITIVITY[2]).is_err());
/// ```
pub fn sensitivity_fits(signal: Dimension, unit: &crate::units::Unit) -> Result<(), String> {
    let per_current = unit.per_current();
    match signal {
        Dimension::Current if !per_current => Err(format!(
            "the deflection is a current (nA) but the sensitivity is per volt ({}): give it in nm/nA",
            unit.symbol
        )),
        Dimension::Voltage if per_current => Err(
            "the deflection is a voltage (V) but the sensitivity is per current (nm/nA): give it in nm/V"
                .to_string(),
        ),
        _ => Ok(()),
    }
}

/// A unit read from a header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeaderUnit {
    /// The unit as written in the file's convention, normalised (`uN` → `µN`).
    pub symbol: &'static str,
    /// What it measures.
    pub dimension: Dimension,
    /// Multiply a value in this unit by this to get SI (m, N, s, V, Pa).
    pub to_si: f64,
}

/// Units the readers recognise, with their spellings.
const UNITS: &[(&[&str], HeaderUnit)] = &[
    (&["pm"], unit("pm", Dimension::Length, 1e-12)),
    (&["nm"], unit("nm", Dimension::Length, 1e-9)),
    (&["µm", "μm", "um"], unit("µm", Dimension::Length, 1e-6)),
    (&["mm"], unit("mm", Dimension::Length, 1e-3)),
    (&["m"], unit("m", Dimension::Length, 1.0)),
    (&["pN"], unit("pN", Dimension::Force, 1e-12)),
    (&["nN"], unit("nN", Dimension::Force, 1e-9)),
    (&["µN", "μN", "uN"], unit("µN", Dimension::Force, 1e-6)),
    (&["mN"], unit("mN", Dimension::Force, 1e-3)),
    (&["N"], unit("N", Dimension::Force, 1.0)),
    (&["ms"], unit("ms", Dimension::Time, 1e-3)),
    (&["s", "sec"], unit("s", Dimension::Time, 1.0)),
    (&["mV"], unit("mV", Dimension::Voltage, 1e-3)),
    (&["V"], unit("V", Dimension::Voltage, 1.0)),
    (&["nA"], unit("nA", Dimension::Current, 1e-9)),
    (&["µA", "μA", "uA"], unit("µA", Dimension::Current, 1e-6)),
    (&["Pa"], unit("Pa", Dimension::Stress, 1.0)),
    (&["kPa"], unit("kPa", Dimension::Stress, 1e3)),
    (&["MPa"], unit("MPa", Dimension::Stress, 1e6)),
    (&["GPa"], unit("GPa", Dimension::Stress, 1e9)),
    (&["%"], unit("%", Dimension::Strain, 1e-2)),
    (&["1", "mm/mm", "m/m"], unit("1", Dimension::Strain, 1.0)),
];

const fn unit(symbol: &'static str, dimension: Dimension, to_si: f64) -> HeaderUnit {
    HeaderUnit {
        symbol,
        dimension,
        to_si,
    }
}

/// Reads a unit symbol (`nm`, `uN`, `µN`, `MPa`…); `None` if unknown.
pub fn unit_from_symbol(symbol: &str) -> Option<HeaderUnit> {
    let s = symbol.trim();
    UNITS
        .iter()
        .find(|(spellings, _)| spellings.contains(&s))
        .map(|&(_, u)| u)
}

/// The role a column plays in a mechanical test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The specimen's displacement or indenter depth.
    Displacement,
    /// Piezo or Z travel (specimen displacement = travel − deflection).
    PiezoTravel,
    /// Force or load.
    Force,
    /// Cantilever deflection (a length or a voltage).
    Deflection,
    /// Time.
    Time,
    /// Engineering strain, for a table that is already a stress–strain
    /// curve.
    Strain,
    /// Engineering stress, for a table that is already a stress–strain
    /// curve.
    Stress,
    /// True (logarithmic) strain, for a table of true stress against true
    /// strain.
    TrueStrain,
    /// True stress (force over the current section).
    TrueStress,
    /// The specimen's height or length measured on video frames (a second
    /// file merged on time): displacement = first height − height.
    Height,
    /// A video frame number (ImageJ's `Slice`), turned into time with the
    /// frame rate.
    Frame,
    /// A segment or phase number.
    Segment,
    /// A column with no role in the analysis (an index, a raw signal).
    Other,
}

impl Role {
    /// The roles a column can be given on the page, in menu order.
    pub const MAPPED: [Role; 11] = [
        Role::Displacement,
        Role::PiezoTravel,
        Role::Deflection,
        Role::Force,
        Role::Time,
        Role::Strain,
        Role::Stress,
        Role::TrueStrain,
        Role::TrueStress,
        Role::Height,
        Role::Frame,
    ];

    /// Its name in links (`d`, `z`, `x`, `f`, `t`, `strain`, `stress`,
    /// `tstrain`, `tstress`, `h`, `n`, `s`, `o`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Displacement => "d",
            Role::PiezoTravel => "z",
            Role::Deflection => "x",
            Role::Force => "f",
            Role::Time => "t",
            Role::Strain => "strain",
            Role::Stress => "stress",
            Role::TrueStrain => "tstrain",
            Role::TrueStress => "tstress",
            Role::Height => "h",
            Role::Frame => "n",
            Role::Segment => "s",
            Role::Other => "o",
        }
    }

    /// The role for a link name.
    pub fn from_key(key: &str) -> Option<Role> {
        [Role::Segment, Role::Other]
            .into_iter()
            .chain(Role::MAPPED)
            .find(|r| r.key() == key)
    }

    /// What it is, in words.
    pub fn label(self) -> &'static str {
        match self {
            Role::Displacement => "displacement / depth",
            Role::PiezoTravel => "piezo / Z travel",
            Role::Deflection => "cantilever deflection",
            Role::Force => "force / load",
            Role::Time => "time",
            Role::Strain => "strain (engineering)",
            Role::Stress => "stress (engineering)",
            Role::TrueStrain => "true strain",
            Role::TrueStress => "true stress",
            Role::Height => "specimen height / length (video)",
            Role::Frame => "video frame number",
            Role::Segment => "segment / phase",
            Role::Other => "not used",
        }
    }

    /// The kinds of unit its values can be in.
    pub fn dimensions(self) -> &'static [Dimension] {
        match self {
            Role::Displacement | Role::PiezoTravel | Role::Height => &[Dimension::Length],
            Role::Deflection => &[Dimension::Length, Dimension::Voltage, Dimension::Current],
            Role::Force => &[Dimension::Force],
            Role::Time => &[Dimension::Time],
            Role::Strain | Role::TrueStrain => &[Dimension::Strain],
            Role::Stress | Role::TrueStress => &[Dimension::Stress],
            Role::Frame | Role::Segment | Role::Other => &[],
        }
    }

    /// The units a column in this role can be read in.
    pub fn units(self) -> impl Iterator<Item = HeaderUnit> {
        UNITS
            .iter()
            .map(|&(_, u)| u)
            .filter(move |u| self.dimensions().contains(&u.dimension))
    }
}

/// What one header cell says.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnHeader {
    /// The header as written.
    pub label: String,
    /// Its unit, when the header names one.
    pub unit: Option<HeaderUnit>,
    /// The proposed role, when the header suggests one.
    pub role: Option<Role>,
}

/// Reads a header cell: its unit in `(…)`, `[…]`, after `/` or as a `_unit`
/// part, and a role from its words.
pub fn read_header(label: &str) -> ColumnHeader {
    let label = label.trim().trim_matches('"').trim().to_string();
    let unit = bracketed_unit(&label).or_else(|| word_unit(&label));
    let role = role_from_words(&label, unit);
    ColumnHeader { label, unit, role }
}

fn bracketed_unit(label: &str) -> Option<HeaderUnit> {
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let (Some(a), Some(b)) = (label.rfind(open), label.rfind(close)) {
            if a < b {
                if let Some(u) = label.get(a + open.len_utf8()..b).and_then(unit_from_symbol) {
                    return Some(u);
                }
            }
        }
    }
    label
        .rsplit_once('/')
        .and_then(|(_, after)| unit_from_symbol(after))
}

/// `Disp_nm`, `Force_µN`, `Defl_nm_Ex`, `Time_s_Rt`: the first `_`-separated
/// part after the first that is a unit.
fn word_unit(label: &str) -> Option<HeaderUnit> {
    // A number part (`Force_1`) is a name's index, not the unit 1.
    label
        .split('_')
        .skip(1)
        .filter(|p| !p.bytes().all(|b| b.is_ascii_digit()))
        .find_map(unit_from_symbol)
}

fn role_from_words(label: &str, unit: Option<HeaderUnit>) -> Option<Role> {
    // ASCII case folding: the words sought are ASCII but for é (never
    // capitalised inside a word); full Unicode folding would add its tables.
    let l = label.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    let role = if has(&["phase", "segment"]) {
        if has(&["time"]) || unit.is_some_and(|u| u.dimension == Dimension::Time) {
            // JPK's `segmentTime`: the time within each segment, restarting
            // at 0 in every one (`seriesTime` is the record's clock).
            Role::Other
        } else {
            Role::Segment
        }
    } else if has(&["slice", "frame"]) && unit.is_none() {
        // ImageJ's `Slice`, a video's frame number.
        Role::Frame
    } else if has(&["length"]) {
        // ImageJ's `Length` of a line drawn on a frame: a specimen's size.
        Role::Height
    } else if has(&["index", "number", "#"]) && unit.is_none() {
        Role::Other
    } else if has(&["strain gauge"]) {
        Role::Displacement
    } else if has(&[
        "true strain",
        "log strain",
        "logarithmic strain",
        "wahre dehnung",
        "déformation vraie",
    ]) {
        Role::TrueStrain
    } else if has(&["true stress", "wahre spannung", "contrainte vraie"]) {
        Role::TrueStress
    } else if has(&["strain", "dehnung", "déformation", "deformation"]) {
        Role::Strain
    } else if has(&["stress", "spannung", "contrainte"]) {
        Role::Stress
    } else if has(&["piezo", "z-sense", "zsense", "ramp", "height", "z "]) {
        Role::PiezoTravel
    } else if has(&["hdeflection", "lateral", "horizontal defl"]) {
        // The lateral (friction) signal of an AFM's photodiode, not the
        // vertical deflection that measures force.
        Role::Other
    } else if has(&["defl"]) {
        Role::Deflection
    } else if has(&["load", "force"]) {
        Role::Force
    } else if has(&["depth", "disp", "displacement", "extension", "strain gauge"]) {
        Role::Displacement
    } else if has(&["time"]) {
        Role::Time
    } else {
        return match unit.map(|u| u.dimension) {
            Some(Dimension::Force) => Some(Role::Force),
            Some(Dimension::Time) => Some(Role::Time),
            Some(Dimension::Stress) => Some(Role::Stress),
            Some(Dimension::Strain) => Some(Role::Strain),
            _ => None,
        };
    };
    // A voltage is a raw signal, not yet a length or a force; a deflection
    // in a force unit (JPK's vDeflection in N, Nanoscope's Defl_pN) is
    // already the force.
    match (role, unit.map(|u| u.dimension)) {
        (Role::Deflection, Some(Dimension::Force)) => Some(Role::Force),
        (
            Role::Force | Role::Displacement | Role::PiezoTravel,
            Some(Dimension::Voltage | Dimension::Current),
        ) => Some(Role::Other),
        // "Deformation (nm)", "Dehnung (µm)": a length change.
        (Role::Strain, Some(Dimension::Length)) => Some(Role::Displacement),
        // A word and a unit that disagree ("Stress (nm)"): no proposal.
        (Role::Strain | Role::Stress | Role::TrueStrain | Role::TrueStress, Some(d))
            if !role.dimensions().contains(&d) =>
        {
            None
        }
        _ => Some(role),
    }
}

/// Checks a column's header against what a page was told the column is:
/// `dimension`, read with `to_si`. `Err` says what the header says instead
/// (another kind of quantity, or another unit); a header without a unit
/// passes.
pub fn check_unit(header: &ColumnHeader, dimension: Dimension, to_si: f64) -> Result<(), String> {
    let Some(unit) = header.unit else {
        return Ok(());
    };
    let kind = |d: Dimension| match d {
        Dimension::Length => "a length",
        Dimension::Force => "a force",
        Dimension::Time => "a time",
        Dimension::Voltage => "a voltage",
        Dimension::Current => "a current",
        Dimension::Stress => "a stress",
        Dimension::Strain => "a strain",
    };
    if unit.dimension != dimension {
        return Err(format!(
            "its header “{}” gives {} in {}, not {}",
            header.label,
            kind(unit.dimension),
            unit.symbol,
            kind(dimension)
        ));
    }
    if (unit.to_si / to_si - 1.0).abs() > 1e-9 {
        return Err(format!(
            "its header “{}” is in {}, which is not the unit chosen for it",
            header.label, unit.symbol
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(label: &str, symbol: Option<&str>, role: Option<Role>) {
        let h = read_header(label);
        assert_eq!(h.unit.map(|u| u.symbol), symbol, "unit of {label}");
        assert_eq!(h.role, role, "role of {label}");
    }

    #[test]
    fn roles_round_trip_through_their_link_keys_and_list_their_units() {
        for r in Role::MAPPED.into_iter().chain([Role::Segment, Role::Other]) {
            assert_eq!(Role::from_key(r.key()), Some(r));
        }
        assert_eq!(Role::from_key("q"), None);
        let force: Vec<&str> = Role::Force.units().map(|u| u.symbol).collect();
        assert_eq!(force, ["pN", "nN", "µN", "mN", "N"]);
        assert!(Role::Deflection.units().any(|u| u.symbol == "V"));
        assert!(!Role::Displacement.units().any(|u| u.symbol == "V"));
        assert_eq!(Role::Other.units().count(), 0);
    }

    #[test]
    fn headers_from_real_exports() {
        check("Depth (nm)", Some("nm"), Some(Role::Displacement));
        check("Load (\u{b5}N)", Some("µN"), Some(Role::Force));
        check("Load (µN)", Some("µN"), Some(Role::Force));
        check("Time (s)", Some("s"), Some(Role::Time));
        check("Depth (V)", Some("V"), Some(Role::Other));
        check("Force A [uN]", Some("µN"), Some(Role::Force));
        check("Displacement [um]", Some("µm"), Some(Role::Displacement));
        check("Piezo X [um]", Some("µm"), Some(Role::PiezoTravel));
        check("Phase [#]", None, Some(Role::Segment));
        check("Index [#]", None, Some(Role::Other));
        check("Extend Z-Sense(nm)", Some("nm"), Some(Role::PiezoTravel));
        check("Extend Force(nN)", Some("nN"), Some(Role::Force));
        check("Disp_nm", Some("nm"), Some(Role::Displacement));
        check("Force_µN", Some("µN"), Some(Role::Force));
        check("Defl_nm_Ex", Some("nm"), Some(Role::Deflection));
        check("Calc_Ramp_Ex_nm", Some("nm"), Some(Role::PiezoTravel));
        check("Defl_pN_Ex", Some("pN"), Some(Role::Force));
        check("vDeflection (N)", Some("N"), Some(Role::Force));
        check("vDeflection (V)", Some("V"), Some(Role::Deflection));
        check("hDeflection (V)", Some("V"), Some(Role::Other));
        check("Lateral Deflection (V)", Some("V"), Some(Role::Other));
        // JPK: the time within a segment restarts in each; the series' runs on.
        check("segmentTime (s)", Some("s"), Some(Role::Other));
        check("seriesTime (s)", Some("s"), Some(Role::Time));
        check("Segment", None, Some(Role::Segment));
        check("height (m)", Some("m"), Some(Role::PiezoTravel));
        check("stress/MPa", Some("MPa"), Some(Role::Stress));
        check("Dehnung (%)", Some("%"), Some(Role::Strain));
        check("True strain (%)", Some("%"), Some(Role::TrueStrain));
        check("wahre Spannung (MPa)", Some("MPa"), Some(Role::TrueStress));
        check("Spannung (MPa)", Some("MPa"), Some(Role::Stress));
        check("strain_%", Some("%"), Some(Role::Strain));
        check("Strain gauge (µm)", Some("µm"), Some(Role::Displacement));
        check("True stress (nm)", Some("nm"), None);
        check("sigma [kPa]", Some("kPa"), Some(Role::Stress));
        check("eps [%]", Some("%"), Some(Role::Strain));
        check("Force_1", None, Some(Role::Force));
        check("Deformation (nm)", Some("nm"), Some(Role::Displacement));
        check("strain (mm/mm)", Some("1"), Some(Role::Strain));
        check("x", None, None);
    }

    #[test]
    fn a_header_is_checked_against_what_the_page_was_told() {
        let weg = read_header("Weg (nm)");
        assert!(check_unit(&weg, Dimension::Length, 1e-9).is_ok());
        let e = check_unit(&weg, Dimension::Strain, 1e-2).unwrap_err();
        assert!(e.contains("a length in nm, not a strain"), "{e}");
        let e = check_unit(&weg, Dimension::Length, 1e-6).unwrap_err();
        assert!(e.contains("is in nm"), "{e}");
        assert!(check_unit(&read_header("Dehnung (%)"), Dimension::Strain, 1e-2).is_ok());
        assert!(check_unit(&read_header("x"), Dimension::Force, 1.0).is_ok());
    }

    #[test]
    fn units_convert_to_si() {
        assert_eq!(unit_from_symbol("uN").unwrap().to_si, 1e-6);
        assert_eq!(unit_from_symbol("nm").unwrap().to_si, 1e-9);
        assert_eq!(unit_from_symbol("GPa").unwrap().to_si, 1e9);
        assert!(unit_from_symbol("furlong").is_none());
    }
}
