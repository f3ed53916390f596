//! What the page proposes when a file opens: which column is what (from the
//! roles and units its headers name, `import::column_header`) and the
//! cantilever and frame values its header carries. A proposal, never a
//! silent guess: the page shows it, the user can change it, and what could
//! not be proposed is listed so the page asks instead of computing.

use crate::import::column_header::{Dimension, Role};
use crate::import::Import;
use crate::test_pipeline::{frame_compliance_from_metadata, Corrections, Mapping, Source};

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
        .and_then(crate::decimal_parser::parse_decimal)
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
                unit.dimension,
            ))
        })
    };
    let length = [Dimension::Length];
    let mut displacement = find(Role::Displacement, &length).map(|s| s.0);
    let travel = find(Role::PiezoTravel, &length).map(|s| s.0);
    let deflection = find(Role::Deflection, &[Dimension::Length, Dimension::Voltage]);
    let force = find(Role::Force, &[Dimension::Force]).map(|s| s.0);
    let time = find(Role::Time, &[Dimension::Time]).map(|s| s.0);
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
        deflection_in_volts: deflection.is_some_and(|s| s.1 == Dimension::Voltage),
        force,
        time,
    };
    let mut missing = Vec::new();
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
    if mapping.deflection_in_volts && corrections.sensitivity.is_none() {
        missing.push("the deflection sensitivity (m/V)");
    }
    Proposal {
        mapping,
        corrections,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;

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
