//! Which column is what: one choice per column (its role and unit), made
//! from the file's proposal (`ecm_core::mapping_proposal`) or from a link,
//! shown and changed on the page, and turned into the pipeline's `Mapping`.
//! Nothing here guesses: a column whose role needs a unit the header did not
//! give stays without one until the user picks it, and the page says so.

use ecm_core::import::column_header::{unit_from_symbol, Dimension, Role, HeaderUnit};
use ecm_core::import::Import;
use ecm_core::mapping_proposal::Proposal;
use ecm_core::test_pipeline::{Mapping, Source};

/// The role and unit chosen for one column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnChoice {
    /// Its role (`None`: not used).
    pub role: Option<Role>,
    /// The unit its values are in (`None`: not known yet).
    pub unit: Option<HeaderUnit>,
}

/// The choices a file proposes: the columns of the proposal's mapping get
/// their roles; a segment column is shown as one; every column keeps the
/// unit its header names.
pub fn from_proposal(import: &Import, proposal: &Proposal) -> Vec<ColumnChoice> {
    let mut out: Vec<ColumnChoice> = import
        .columns
        .iter()
        .map(|c| ColumnChoice {
            role: (c.header.role == Some(Role::Segment)).then_some(Role::Segment),
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
    ] {
        if let Some(c) = source.and_then(|s| out.get_mut(s.column)) {
            c.role = Some(role);
        }
    }
    out
}

/// The mapping the choices make, or what the user must still choose.
pub fn to_mapping(choices: &[ColumnChoice]) -> Result<Mapping, String> {
    let mut mapping = Mapping::default();
    for role in Role::MAPPED {
        let chosen: Vec<usize> = (0..choices.len())
            .filter(|&i| choices[i].role == Some(role))
            .collect();
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
        match role {
            Role::Displacement => mapping.displacement = source,
            Role::PiezoTravel => mapping.travel = source,
            Role::Deflection => {
                mapping.deflection = source;
                mapping.deflection_in_volts = unit.dimension == Dimension::Voltage;
            }
            Role::Force => mapping.force = source,
            Role::Time => mapping.time = source,
            Role::Segment | Role::Other => {}
        }
    }
    if mapping.force.is_none() && mapping.deflection.is_none() {
        return Err("Say which column is the force (or the cantilever deflection).".into());
    }
    if mapping.displacement.is_none() && mapping.travel.is_none() {
        return Err("Say which column is the displacement (or the piezo / Z travel).".into());
    }
    Ok(mapping)
}

/// A unit symbol as written in links (ASCII: `um`, `uN`).
fn link_symbol(u: &HeaderUnit) -> String {
    u.symbol.replace('µ', "u")
}

/// The choices as one link value: `role.unit` per column, `-` for none
/// (`d.nm,f.uN,-,t.s`).
pub fn to_link(choices: &[ColumnChoice]) -> String {
    let parts: Vec<String> = choices
        .iter()
        .map(|c| {
            let role = c.role.map(|r| r.key()).unwrap_or("-");
            match c.unit {
                Some(u) => format!("{role}.{}", link_symbol(&u)),
                None => role.to_string(),
            }
        })
        .collect();
    parts.join(",")
}

/// The choices a link gives for a file of `columns` columns, or why the link
/// does not fit the file.
pub fn from_link(text: &str, columns: usize) -> Result<Vec<ColumnChoice>, String> {
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() != columns {
        return Err(format!(
            "The link maps {} columns and the file has {columns}: the file's own proposal is used.",
            parts.len()
        ));
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let (role, unit) = part.split_once('.').unwrap_or((part, ""));
            let role = match role {
                "-" => None,
                key => Some(Role::from_key(key).ok_or_else(|| {
                    format!("The link's column {} has no role “{key}”: the file's own proposal is used.", i + 1)
                })?),
            };
            let unit = match unit {
                "" => None,
                s => Some(unit_from_symbol(s).ok_or_else(|| {
                    format!("The link's column {} has no unit “{s}”: the file's own proposal is used.", i + 1)
                })?),
            };
            Ok(ColumnChoice { role, unit })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::import::load_data;
    use ecm_core::mapping_proposal::propose;

    const JPK: &[u8] = include_bytes!("../../../../ecm-core/tests/data/import/jpk_force.txt");
    const TI950: &[u8] =
        include_bytes!("../../../../ecm-core/tests/data/import/triboscan_ti950.txt");

    #[test]
    fn a_triboscan_file_proposes_depth_load_and_time() {
        let import = load_data("ti950.txt", TI950).unwrap();
        let choices = from_proposal(&import, &propose(&import));
        let m = to_mapping(&choices).unwrap();
        // Depth (nm), Load (µN), Time (s): 1 nm = 1e-9 m, 1 µN = 1e-6 N.
        assert_eq!(m.displacement.map(|s| s.to_si), Some(1e-9));
        assert_eq!(m.force.map(|s| s.to_si), Some(1e-6));
        assert!(m.time.is_some());
        assert_eq!(to_link(&choices).split(',').count(), import.columns.len());
    }

    #[test]
    fn a_jpk_file_maps_its_height_and_its_deflection_in_volts() {
        let import = load_data("jpk.txt", JPK).unwrap();
        let choices = from_proposal(&import, &propose(&import));
        let m = to_mapping(&choices).unwrap();
        assert!(
            m.deflection_in_volts,
            "the JPK fixture's deflection is in V"
        );
        assert!(m.travel.is_some());
    }

    #[test]
    fn links_round_trip_and_a_link_for_another_file_is_refused_with_a_reason() {
        let import = load_data("ti950.txt", TI950).unwrap();
        let choices = from_proposal(&import, &propose(&import));
        let link = to_link(&choices);
        assert!(link.is_ascii(), "{link}");
        assert_eq!(from_link(&link, choices.len()).unwrap(), choices);
        let e = from_link(&link, choices.len() + 1).unwrap_err();
        assert!(e.contains(&format!("{} columns", choices.len())), "{e}");
        assert!(from_link("q.nm", 1).unwrap_err().contains("no role “q”"));
        assert!(from_link("d.furlong", 1).unwrap_err().contains("no unit"));
        let mixed = from_link("d.um,f.uN,-", 3).unwrap();
        assert_eq!(mixed[0].unit.map(|u| u.to_si), Some(1e-6));
        assert_eq!(
            mixed[2],
            ColumnChoice {
                role: None,
                unit: None
            }
        );
    }

    #[test]
    fn the_page_asks_instead_of_guessing() {
        let nm = unit_from_symbol("nm");
        let un = unit_from_symbol("uN");
        let c = |role, unit| ColumnChoice { role, unit };
        // A force column whose unit is unknown.
        let e =
            to_mapping(&[c(Some(Role::Displacement), nm), c(Some(Role::Force), None)]).unwrap_err();
        assert!(e.contains("Column 2") && e.contains("unit"), "{e}");
        // A force unit on a displacement column is not a length.
        let e =
            to_mapping(&[c(Some(Role::Displacement), un), c(Some(Role::Force), un)]).unwrap_err();
        assert!(e.contains("Column 1"), "{e}");
        // Two force columns.
        let e = to_mapping(&[c(Some(Role::Force), un), c(Some(Role::Force), un)]).unwrap_err();
        assert!(e.contains("Columns 1 and 2"), "{e}");
        // Nothing chosen.
        assert!(to_mapping(&[c(None, nm)]).unwrap_err().contains("force"));
        assert!(to_mapping(&[c(Some(Role::Force), un)])
            .unwrap_err()
            .contains("displacement"));
    }
}
