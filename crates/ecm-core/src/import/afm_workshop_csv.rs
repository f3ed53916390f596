//! AFM Workshop force–distance CSV.
//!
//! `Force-Distance Curve`, then tab-separated `Key:\tvalue` lines (`File
//! Format:\t3`, `Date:`, `X, um:`…), then a comma-separated table whose
//! columns pair the extend and retract curves: `Extend Z-Sense(nm),Extend
//! Force(nN),Retract Z-Sense(nm),Retract Force(nN)`. The pairs are stacked
//! into two segments, extend and retract.

use super::extend_retract::stack_or_keep;
use super::table_reader::read_table;
use super::text_decoding::TextLines;
use super::{header_values, Import, ImportError, Reader};

/// The AFM Workshop reader.
pub const READER: Reader = Reader {
    format: "AFM Workshop force–distance CSV",
    recognises,
    read,
};

fn table_header(text: &TextLines) -> Option<usize> {
    text.lines
        .iter()
        .take(200)
        .position(|l| l.contains("Extend ") && l.contains("Retract ") && l.contains(','))
}

/// Whether the file is in this format.
pub fn recognises(text: &TextLines) -> bool {
    let first = text.lines.iter().find(|l| !l.trim().is_empty());
    first.is_some_and(|l| l.trim() == "Force-Distance Curve") || table_header(text).is_some()
}

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let Some(header_line) = table_header(text) else {
        return Err(ImportError::file(
            file,
            "no table header (“Extend Z-Sense(nm),Extend Force(nN),…”) was found.",
        ));
    };
    let metadata = header_values(text.lines[..header_line].iter().copied());
    let table = read_table(file, &text.lines, header_line, text.one_pass)?;
    let labels = table.header.clone().ok_or_else(|| {
        ImportError::at(
            file,
            header_line + 1,
            0,
            "the table header does not match the rows below it.",
        )
    })?;
    let (columns, segments, stacked) = stack_or_keep(&labels, table);
    let warnings = if stacked {
        Vec::new()
    } else {
        vec![
            "The extend and retract columns do not pair up; they are shown as they are."
                .to_string(),
        ]
    };
    Ok(Import {
        format: READER.format,
        encoding: text.encoding,
        columns,
        segments,
        metadata,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;

    #[test]
    fn extend_and_retract_become_two_segments() {
        let text = "Force-Distance Curve\nFile Format:\t3\n\nDate:\tFriday, February 14, 2020\nMode:\tSingle\nX, um:\t25.000000\n\
            Extend Z-Sense(nm),Extend Force(nN),Retract Z-Sense(nm),Retract Force(nN)\n\
            15072.4571,1276.4373,18452.4571,3809.6950\n15073.4571,1277.4373,18451.4571,3808.6950\n";
        let i = load_data("fd.csv", text.as_bytes()).unwrap();
        assert_eq!(
            i.summary(),
            "AFM Workshop force–distance CSV: 4 points, 2 segments"
        );
        assert_eq!(i.columns[0].header.label, "Z-Sense(nm)");
        assert_eq!(i.columns[0].header.role, Some(Role::PiezoTravel));
        assert_eq!(i.columns[1].header.unit.unwrap().symbol, "nN");
        assert_eq!(
            i.columns[1].values,
            [1276.4373, 1277.4373, 3809.695, 3808.695]
        );
        assert_eq!(i.segments[1].name, "retract");
        assert!(i
            .metadata
            .contains(&("File Format".to_string(), "3".to_string())));
        assert!(i
            .metadata
            .contains(&("X, um".to_string(), "25.000000".to_string())));
    }
}
