//! What the page proposes when a file opens: which column is what (from the
//! roles and units its headers name, `import::column_header`) and the
//! cantilever and frame values its header carries. A proposal, never a
//! silent guess: the page shows it, the user can change it, and what could
//! not be proposed is listed so the page asks instead of computing.
//!
//! The page shows the proposal as one [`ColumnChoice`] per column (a role and
//! a unit), which the user may change; [`mapping_from_choices`] turns the
//! choices into the pipeline's [`Mapping`], or says what is still to choose.

use crate::import::column_header::{Dimension, HeaderUnit, Role};
use crate::import::Import;
use crate::measurement::pipeline::{Corrections, Mapping, Source};

/// A proposed mapping and corrections, and what is still missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Columns for displacement, travel, deflection, force and time.
    pub mapping: Mapping,
    /// Spring constant, sensitivity and frame compliance from the header.
    pub corrections: Corrections,
    /// What the user must still say, in words (empty when the file says it all).
    pub missing: Vec<&'static str>,
}

fn number(import: &Import, keys: &[&str]) -> Option<f64> {
    import
        .metadata
        .iter()
        .find(|(k, _)| keys.iter().any(|key| k.eq_ignore_ascii_case(key)))
        .and_then(|(_, v)| v.split_whitespace().next())
        .and_then(crate::numbers::decimal_parser::parse_decimal)
        .filter(|v| v.is_finite() && *v > 0.0)
}

/// Proposes a mapping from the headers and corrections from the metadata.
pub fn propose(import: &Import) -> Proposal {
    let find = |role: Role, dims: &[Dimension]| {
        import.columns.iter().enumerate().find_map(|(i, c)| {
            let unit = c.header.unit?;
            (c.header.role == Some(role) && dims.contains(&unit.dimension)).then_some((
                Source {
                    column: i,
                    to_si: unit.to_si,
                },
                unit,
            ))
        })
    };
    let length = [Dimension::Length];
    let mut displacement = find(Role::Displacement, &length).map(|s| s.0);
    let travel = find(Role::PiezoTravel, &length).map(|s| s.0);
    let deflection = find(Role::Deflection, Role::Deflection.dimensions());
    let force = find(Role::Force, &[Dimension::Force]).map(|s| s.0);
    let time = find(Role::Time, &[Dimension::Time]).map(|s| s.0);
    let strain = find(Role::Strain, &[Dimension::Strain]).map(|s| s.0);
    let stress = find(Role::Stress, &[Dimension::Stress]).map(|s| s.0);
    // A table of true values: both columns true, or the proposal leaves
    // them for the user (mapping_from_choices refuses a mix).
    let true_strain = find(Role::TrueStrain, &[Dimension::Strain]).map(|s| s.0);
    let true_stress = find(Role::TrueStress, &[Dimension::Stress]).map(|s| s.0);
    let true_values =
        strain.is_none() && stress.is_none() && true_strain.is_some() && true_stress.is_some();
    let (strain, stress) = if true_values {
        (true_strain, true_stress)
    } else {
        (strain, stress)
    };
    // A header in words the readers do not know ("Weg (nm)"): the only
    // length column with no role is the displacement.
    if displacement.is_none() && travel.is_none() {
        let unnamed: Vec<usize> = (0..import.columns.len())
            .filter(|&i| {
                let h = &import.columns[i].header;
                h.role.is_none() && h.unit.is_some_and(|u| u.dimension == Dimension::Length)
            })
            .collect();
        if let [i] = unnamed[..] {
            displacement = Some(Source {
                column: i,
                to_si: import.columns[i].header.unit.map_or(1.0, |u| u.to_si),
            });
        }
    }
    let corrections = Corrections {
        spring_constant: number(import, &["springConstant", "Spring Constant"]),
        sensitivity: number(import, &["sensitivity"]),
        frame_compliance: frame_compliance_from_metadata(&import.metadata),
        ..Corrections::default()
    };
    let mapping = Mapping {
        displacement,
        travel: if displacement.is_some() { None } else { travel },
        deflection: deflection.map(|s| s.0),
        deflection_is_signal: deflection.is_some_and(|s| s.1.dimension != Dimension::Length),
        signal_unit: deflection.map_or("", |s| s.1.symbol),
        force,
        time,
        strain,
        stress,
        true_values,
        retract: None,
        height: None,
        frame: None,
    };
    let mut missing = Vec::new();
    if mapping.is_stress_strain() {
        return Proposal {
            mapping,
            corrections,
            missing,
        };
    }
    if mapping.displacement.is_none() && mapping.travel.is_none() {
        missing.push("which column is the displacement (or the piezo travel), and its unit");
    }
    if mapping.force.is_none() && mapping.deflection.is_none() {
        missing.push("which column is the force (or the cantilever deflection), and its unit");
    }
    // k turns travel into the specimen's displacement (travel − F/k) when
    // there is no deflection column, and a deflection into the force.
    let needs_k = (mapping.travel.is_some() && mapping.deflection.is_none())
        || (mapping.force.is_none() && mapping.deflection.is_some());
    if needs_k && corrections.spring_constant.is_none() {
        missing.push("the cantilever's spring constant (N/m)");
    }
    if mapping.deflection_is_signal && corrections.sensitivity.is_none() {
        missing.push(if mapping.signal_unit.ends_with('A') {
            "the deflection sensitivity (nm/nA)"
        } else {
            "the deflection sensitivity (nm/V)"
        });
    }
    Proposal {
        mapping,
        corrections,
        missing,
    }
}

/// The frame compliance a header states, in m/N: TriboScan's
/// `Machine Comp: 0.00663947 nm/µN` (nm/µN = 10⁻³ m/N), or m/N.
pub fn frame_compliance_from_metadata(metadata: &[(String, String)]) -> Option<f64> {
    let (_, v) = metadata.iter().find(|(k, _)| {
        k.eq_ignore_ascii_case("Machine Comp") || k.eq_ignore_ascii_case("Machine Compliance")
    })?;
    let mut parts = v.split_whitespace();
    let value = crate::numbers::decimal_parser::parse_decimal(parts.next()?)?;
    let factor = match parts.next().unwrap_or("m/N") {
        "nm/µN" | "nm/uN" | "nm/μN" => 1e-3,
        "m/N" => 1.0,
        "nm/mN" => 1e-6,
        _ => return None,
    };
    Some(value * factor).filter(|c| c.is_finite() && *c >= 0.0)
}

/// The role and unit chosen for one column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnChoice {
    /// Its role (`None`: not used).
    pub role: Option<Role>,
    /// The unit its values are in (`None`: not known yet).
    pub unit: Option<HeaderUnit>,
}

/// The choices a file proposes: the columns of the proposal's mapping get
/// their roles; a segment column is shown as one, and so are a video
/// table's heights (role `h`) and frame numbers (`n`); every column keeps
/// the unit its header names.
pub fn choices_from_proposal(import: &Import, proposal: &Proposal) -> Vec<ColumnChoice> {
    let mut out: Vec<ColumnChoice> = import
        .columns
        .iter()
        .map(|c| ColumnChoice {
            // A segment column, and a video table's heights and frames,
            // are shown as what their headers say (a height without a unit
            // asks for one).
            role: c
                .header
                .role
                .filter(|r| matches!(r, Role::Segment | Role::Height | Role::Frame)),
            unit: c.header.unit,
        })
        .collect();
    let m = &proposal.mapping;
    for (source, role) in [
        (m.displacement, Role::Displacement),
        (m.travel, Role::PiezoTravel),
        (m.deflection, Role::Deflection),
        (m.force, Role::Force),
        (m.time, Role::Time),
        (
            m.strain,
            if m.true_values {
                Role::TrueStrain
            } else {
                Role::Strain
            },
        ),
        (
            m.stress,
            if m.true_values {
                Role::TrueStress
            } else {
                Role::Stress
            },
        ),
    ] {
        if let Some(c) = source.and_then(|s| out.get_mut(s.column)) {
            c.role = Some(role);
        }
    }
    out
}

/// The mapping the choices make, or what the user must still choose: each
/// role on one column at most, each mapped column with a unit of its role's
/// kind, and either a stress and a strain column or a force (or deflection)
/// and a displacement (or travel) column.
pub fn mapping_from_choices(choices: &[ColumnChoice]) -> Result<Mapping, String> {
    let mapping = roles(choices)?;
    let engineering = choices
        .iter()
        .any(|c| matches!(c.role, Some(Role::Strain | Role::Stress)));
    complete(mapping, engineering)
}

/// The mapping of a force log to be merged with video heights on time: a
/// time column and a force (or a deflection), no displacement (the heights
/// give it).
pub fn force_log_mapping(choices: &[ColumnChoice]) -> Result<Mapping, String> {
    let mapping = roles(choices)?;
    if mapping.force.is_none() && mapping.deflection.is_none() {
        return Err(
            "Say which column of the force log is the force (or the cantilever deflection).".into(),
        );
    }
    if mapping.time.is_none() {
        return Err("Say which column of the force log is the time: the merge needs it.".into());
    }
    Ok(mapping)
}

/// Each chosen column into its place in the mapping, with its unit checked.
fn roles(choices: &[ColumnChoice]) -> Result<Mapping, String> {
    let mix = |what: &str| format!("Two columns are the {what}: keep one (true or engineering).");
    let mut mapping = Mapping::default();
    for role in Role::MAPPED {
        let chosen: Vec<usize> = (0..choices.len())
            .filter(|&i| choices[i].role == Some(role))
            .collect();
        // A second deflection or force column is the retract, recorded
        // against the same travel (NT-MDT's layout: Z, approach, retract).
        let retract = matches!(role, Role::Deflection | Role::Force) && chosen.len() == 2;
        let chosen = if retract { &chosen[..1] } else { &chosen[..] };
        let [i] = chosen[..] else {
            if chosen.len() > 1 {
                let list: Vec<String> = chosen.iter().map(|i| (i + 1).to_string()).collect();
                return Err(format!(
                    "Columns {} are all “{}”: keep one.",
                    list.join(" and "),
                    role.label()
                ));
            }
            continue;
        };
        if role == Role::Frame {
            // A frame number has no unit: the frame rate makes it a time.
            mapping.frame = Some(Source {
                column: i,
                to_si: 1.0,
            });
            continue;
        }
        let unit = choices[i]
            .unit
            .filter(|u| role.dimensions().contains(&u.dimension))
            .ok_or_else(|| {
                format!(
                    "Column {} is “{}”: choose the unit its values are in.",
                    i + 1,
                    role.label()
                )
            })?;
        let source = Some(Source {
            column: i,
            to_si: unit.to_si,
        });
        if retract {
            let j = (0..choices.len())
                .filter(|&j| choices[j].role == Some(role))
                .nth(1)
                .unwrap_or(i);
            if choices[j].unit != Some(unit) {
                return Err(format!(
                    "Columns {} and {} are both “{}” (approach and retract): give them the same unit.",
                    i + 1,
                    j + 1,
                    role.label()
                ));
            }
            mapping.retract = Some(Source {
                column: j,
                to_si: unit.to_si,
            });
        }
        match role {
            Role::Displacement => mapping.displacement = source,
            Role::PiezoTravel => mapping.travel = source,
            Role::Deflection => {
                mapping.deflection = source;
                mapping.deflection_is_signal = unit.dimension != Dimension::Length;
                mapping.signal_unit = unit.symbol;
            }
            Role::Force => mapping.force = source,
            Role::Time => mapping.time = source,
            Role::Strain | Role::TrueStrain => {
                if mapping.strain.is_some() {
                    return Err(mix("strain"));
                }
                mapping.strain = source;
                mapping.true_values |= role == Role::TrueStrain;
            }
            Role::Stress | Role::TrueStress => {
                if mapping.stress.is_some() {
                    return Err(mix("stress"));
                }
                mapping.stress = source;
                mapping.true_values |= role == Role::TrueStress;
            }
            Role::Height => mapping.height = source,
            Role::Frame | Role::Segment | Role::Other => {}
        }
    }
    Ok(mapping)
}

/// The checks a complete mapping passes: true and engineering values not
/// mixed, and a stress–strain pair, heights to merge, or a force and a
/// displacement.
fn complete(mapping: Mapping, engineering: bool) -> Result<Mapping, String> {
    if mapping.true_values && engineering {
        return Err("True and engineering values are mixed: choose true strain with true stress, or strain with stress.".into());
    }
    match (mapping.strain.is_some(), mapping.stress.is_some()) {
        (true, true) => return Ok(mapping),
        (true, false) => {
            return Err("Say which column is the stress (the strain is chosen).".into())
        }
        (false, true) => {
            return Err("Say which column is the strain (the stress is chosen).".into())
        }
        (false, false) => {}
    }
    if mapping.height.is_some() && mapping.force.is_none() && mapping.deflection.is_none() {
        // Heights measured on video: a file to merge with a force log.
        return match (mapping.time, mapping.frame) {
            (None, None) => {
                Err("Say which column is the time or the video frame number of each height.".into())
            }
            _ => Ok(mapping),
        };
    }
    if mapping.force.is_none() && mapping.deflection.is_none() {
        return Err("Say which column is the force (or the cantilever deflection), or which are the strain and the stress.".into());
    }
    if mapping.displacement.is_none() && mapping.travel.is_none() {
        return Err("Say which column is the displacement (or the piezo / Z travel).".into());
    }
    Ok(mapping)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::column_header::unit_from_symbol;
    use crate::import::load_data;

    const JPK: &[u8] = include_bytes!("../../tests/data/import/jpk_force.txt");
    const TI950: &[u8] = include_bytes!("../../tests/data/import/triboscan_ti950.txt");

    #[test]
    fn a_triboscan_file_proposes_depth_load_and_time() {
        let import = load_data("ti950.txt", TI950).unwrap();
        let choices = choices_from_proposal(&import, &propose(&import));
        let m = mapping_from_choices(&choices).unwrap();
        // Depth (nm), Load (µN), Time (s): 1 nm = 1e-9 m, 1 µN = 1e-6 N.
        assert_eq!(m.displacement.map(|s| s.to_si), Some(1e-9));
        assert_eq!(m.force.map(|s| s.to_si), Some(1e-6));
        assert!(m.time.is_some());
    }

    #[test]
    fn a_jpk_file_maps_its_height_and_its_deflection_is_signal() {
        let import = load_data("jpk.txt", JPK).unwrap();
        let choices = choices_from_proposal(&import, &propose(&import));
        let m = mapping_from_choices(&choices).unwrap();
        assert!(
            m.deflection_is_signal,
            "the JPK fixture's deflection is in V"
        );
        assert!(m.travel.is_some());
    }

    #[test]
    fn a_stress_strain_table_in_german_with_decimal_commas() {
        let import = load_data(
            "kurve.csv",
            "Dehnung (%);Spannung (MPa)\n0,00;0,0000\n0,02;1,0000\n0,04;2,0000\n".as_bytes(),
        )
        .unwrap();
        let p = propose(&import);
        assert!(p.missing.is_empty(), "{:?}", p.missing);
        let m = mapping_from_choices(&choices_from_proposal(&import, &p)).unwrap();
        assert!(m.is_stress_strain());
        // % is 0.01; MPa is 10⁶ Pa.
        assert_eq!(
            m.strain,
            Some(Source {
                column: 0,
                to_si: 1e-2
            })
        );
        assert_eq!(
            m.stress,
            Some(Source {
                column: 1,
                to_si: 1e6
            })
        );
        assert_eq!(import.columns[1].values[1], 1.0);
    }

    #[test]
    fn the_page_asks_instead_of_guessing() {
        let nm = unit_from_symbol("nm");
        let un = unit_from_symbol("uN");
        let c = |role, unit| ColumnChoice { role, unit };
        // A force column whose unit is unknown.
        let e =
            mapping_from_choices(&[c(Some(Role::Displacement), nm), c(Some(Role::Force), None)])
                .unwrap_err();
        assert!(e.contains("Column 2") && e.contains("unit"), "{e}");
        // A force unit on a displacement column is not a length.
        let e = mapping_from_choices(&[c(Some(Role::Displacement), un), c(Some(Role::Force), un)])
            .unwrap_err();
        assert!(e.contains("Column 1"), "{e}");
        // Two displacement columns.
        let e = mapping_from_choices(&[
            c(Some(Role::Displacement), nm),
            c(Some(Role::Displacement), nm),
        ])
        .unwrap_err();
        assert!(e.contains("Columns 1 and 2"), "{e}");
        // Two force columns are the approach and the retract, in one unit.
        let m = mapping_from_choices(&[
            c(Some(Role::PiezoTravel), nm),
            c(Some(Role::Force), un),
            c(Some(Role::Force), un),
        ])
        .unwrap();
        assert_eq!((m.force.unwrap().column, m.retract.unwrap().column), (1, 2));
        let e = mapping_from_choices(&[
            c(Some(Role::PiezoTravel), nm),
            c(Some(Role::Force), un),
            c(Some(Role::Force), None),
        ])
        .unwrap_err();
        assert!(e.contains("same unit") || e.contains("Column 3"), "{e}");
        // Nothing chosen.
        assert!(mapping_from_choices(&[c(None, nm)])
            .unwrap_err()
            .contains("force"));
        assert!(mapping_from_choices(&[c(Some(Role::Force), un)])
            .unwrap_err()
            .contains("displacement"));
        // True and engineering values mixed.
        let mpa = unit_from_symbol("MPa");
        let e = mapping_from_choices(&[
            c(Some(Role::TrueStrain), unit_from_symbol("%")),
            c(Some(Role::Stress), mpa),
        ])
        .unwrap_err();
        assert!(e.contains("mixed"), "{e}");
        let both = mapping_from_choices(&[
            c(Some(Role::TrueStrain), unit_from_symbol("%")),
            c(Some(Role::TrueStress), mpa),
        ])
        .unwrap();
        assert!(both.true_values && both.is_stress_strain());
        // Strain without stress.
        let pct = unit_from_symbol("%");
        assert!(
            mapping_from_choices(&[c(Some(Role::Strain), pct), c(None, None)])
                .unwrap_err()
                .contains("stress")
        );
    }

    #[test]
    fn frame_compliance_in_the_units_headers_use() {
        let md = |v: &str| vec![("Machine Comp".to_string(), v.to_string())];
        // nm/µN = 1e-9 m / 1e-6 N = 1e-3 m/N.
        assert_eq!(frame_compliance_from_metadata(&md("2 nm/µN")), Some(2e-3));
        assert_eq!(frame_compliance_from_metadata(&md("3 nm/mN")), Some(3e-6));
        assert_eq!(frame_compliance_from_metadata(&md("1e-5")), Some(1e-5));
        assert_eq!(frame_compliance_from_metadata(&md("1 furlong/N")), None);
        assert_eq!(frame_compliance_from_metadata(&md("-1 m/N")), None);
    }

    fn src(column: usize, to_si: f64) -> Option<Source> {
        Some(Source { column, to_si })
    }

    #[test]
    fn a_triboscan_file_says_it_all() {
        let i = load_data(
            "t.txt",
            b"d\n\nNumber of Points = 2\nDepth (nm)\tLoad (\xb5N)\tTime (s)\n1\t2\t0\n3\t4\t1\n",
        )
        .unwrap();
        let p = propose(&i);
        assert_eq!(p.mapping.displacement, src(0, 1e-9));
        assert_eq!(p.mapping.force, src(1, 1e-6));
        assert_eq!(p.mapping.time, src(2, 1.0));
        assert!(p.missing.is_empty(), "{:?}", p.missing);
    }

    #[test]
    fn no_header_asks_for_everything() {
        let i = load_data("m.txt", "1,5\t2,5\n3,5\t4,5\n".as_bytes()).unwrap();
        let p = propose(&i);
        assert_eq!(p.mapping, Mapping::default());
        assert_eq!(p.missing.len(), 2);
    }

    #[test]
    fn a_force_curve_without_its_spring_constant_asks_for_it() {
        let i = load_data("f.csv", b"Extend Z-Sense(nm),Extend Force(nN),Retract Z-Sense(nm),Retract Force(nN)\n1,2,3,4\n5,6,7,8\n").unwrap();
        let p = propose(&i);
        assert_eq!(p.mapping.travel, src(0, 1e-9));
        assert_eq!(p.mapping.force, src(1, 1e-9));
        assert_eq!(p.missing, ["the cantilever's spring constant (N/m)"]);
    }
}
