//! FemtoTools micromechanical test export (micropillar compression,
//! tension).
//!
//! Tab-separated, `//` comment lines, headers such as `Index [#]`,
//! `Phase [#]`, `Displacement [um]`, `Time [s]`, `Piezo X [um]`,
//! `Force A [uN]`, `Sample Displace [um]`. The `Phase` column marks the
//! segments (e.g. 1 compression, 4 withdrawal): each run of one phase value
//! is a segment.

use super::column_header::Role;
use super::table_reader::read_table;
use super::text_decoding::TextLines;
use super::{header_values, Column, Import, ImportError, Reader, Segment};

/// The FemtoTools reader.
pub const READER: Reader = Reader {
    format: "FemtoTools text export",
    recognises,
    read,
};

/// Whether the file is in this format.
pub fn recognises(text: &TextLines) -> bool {
    text.lines
        .iter()
        .take(200)
        .any(|l| l.contains("Phase [#]") || l.contains("Force A [uN]"))
}

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let table = read_table(file, &text.lines, 0, text.one_pass)?;
    let metadata = header_values(
        text.lines
            .iter()
            .take(table.row_lines.first().map_or(0, |l| l - 1))
            .filter_map(|l| l.trim().strip_prefix("//")),
    );
    let columns = Column::from_table(table.header.as_deref(), table.columns);
    let segments = match columns
        .iter()
        .find(|c| c.header.role == Some(Role::Segment))
    {
        Some(phase) => phase_runs(&phase.values),
        None => table.segments,
    };
    Ok(Import {
        format: READER.format,
        encoding: text.encoding,
        columns,
        segments,
        metadata,
        warnings: Vec::new(),
    })
}

/// Each run of one phase number is a segment named after it.
fn phase_runs(phase: &[f64]) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    for (i, &p) in phase.iter().enumerate() {
        match segments.last_mut() {
            Some(s) if phase[s.rows.start] == p => s.rows.end = i + 1,
            _ => segments.push(Segment {
                name: format!("phase {}", crate::numbers::decimal_writer::display(p)),
                rows: i..i + 1,
            }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;

    #[test]
    fn phases_become_segments() {
        let text = "// FT-NMT04 export\n// Sample: pillar 2\nIndex [#]\tPhase [#]\tDisplacement [um]\tTime [s]\tForce A [uN]\n\
            1\t1\t0.00\t0.0\t0.0\n2\t1\t0.01\t0.1\t50.0\n3\t1\t0.02\t0.2\t100.0\n4\t4\t0.015\t0.3\t40.0\n5\t4\t0.01\t0.4\t0.0\n";
        let i = load_data("pillar.txt", text.as_bytes()).unwrap();
        assert_eq!(i.summary(), "FemtoTools text export: 5 points, 2 segments");
        assert_eq!(i.segments[0].name, "phase 1");
        assert_eq!(i.segments[0].rows, 0..3);
        assert_eq!(i.segments[1].name, "phase 4");
        assert_eq!(i.columns[4].header.role, Some(Role::Force));
        assert_eq!(i.columns[2].header.unit.unwrap().to_si, 1e-6);
        assert!(i
            .metadata
            .contains(&("Sample".to_string(), "pillar 2".to_string())));
    }
}
