//! The column choices in a link (`cols=d.nm,f.uN,-,t.s`): written from the
//! page's choices and read back for a file, with a reason when the link does
//! not fit it. The choices themselves, made from the file's proposal and
//! checked into the pipeline's mapping, are the core's
//! (`ecm_core::measurement::proposal`).

use ecm_core::import::column_header::{unit_from_symbol, HeaderUnit, Role};
use ecm_core::measurement::proposal::ColumnChoice;

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
    use ecm_core::measurement::proposal::{choices_from_proposal, propose};

    const TI950: &[u8] =
        include_bytes!("../../../../ecm-core/tests/data/import/triboscan_ti950.txt");

    #[test]
    fn links_round_trip_and_a_link_for_another_file_is_refused_with_a_reason() {
        let import = load_data("ti950.txt", TI950).unwrap();
        let choices = choices_from_proposal(&import, &propose(&import));
        let link = to_link(&choices);
        assert!(link.is_ascii(), "{link}");
        assert_eq!(from_link(&link, choices.len()).unwrap(), choices);
        let e = from_link(&link, choices.len() + 1).unwrap_err();
        assert!(e.contains(&format!("{} columns", choices.len())), "{e}");
        assert!(from_link("q.nm", 1).unwrap_err().contains("no role “q”"));
        assert!(from_link("d.furlong", 1).unwrap_err().contains("no unit"));
        // The stress–strain roles and the strain units.
        let ss = from_link("strain.%,stress.MPa", 2).unwrap();
        assert_eq!(ss[0].role, Some(Role::Strain));
        assert_eq!(ss[0].unit.map(|u| u.to_si), Some(1e-2));
        assert_eq!(ss[1].unit.map(|u| u.to_si), Some(1e6));
        assert_eq!(to_link(&ss), "strain.%,stress.MPa");
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
}
