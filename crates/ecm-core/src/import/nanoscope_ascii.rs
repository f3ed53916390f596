//! Bruker Nanoscope ASCII force export.
//!
//! Hundreds of quoted header lines (`"\Spring Constant: 0.07444"`), ending
//! with `"\*Force file list end"`, then tab-separated columns with a
//! trailing tab: `Time_s_Ex\tTime_s_Rt\tCalc_Ramp_Ex_nm\tCalc_Ramp_Rt_nm\t
//! Defl_nm_Ex\tDefl_nm_Rt\tDefl_pN_Ex\tDefl_pN_Rt\t`. The `_Ex`/`_Rt` pairs
//! are stacked into two segments, extend and retract.

use super::extend_retract::stack_or_keep;
use super::table_reader::read_table;
use super::text_decoding::TextLines;
use super::{header_values, Import, ImportError, Reader};

/// The Nanoscope reader.
pub const READER: Reader = Reader {
    format: "Bruker Nanoscope ASCII force export",
    recognises,
    read,
};

fn end_of_header(text: &TextLines) -> Option<usize> {
    text.lines
        .iter()
        .take(5000)
        .position(|l| l.contains("\\*Force file list end"))
}

/// Whether the file is in this format.
pub fn recognises(text: &TextLines) -> bool {
    end_of_header(text).is_some()
}

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let end = end_of_header(text).ok_or_else(|| {
        ImportError::file(
            file,
            "the header's end (“\\*Force file list end”) was not found.",
        )
    })?;
    // `"\Spring Constant: 0.07444"`; `\*…` lines name sections.
    let metadata = header_values(
        text.lines[..end]
            .iter()
            .map(|l| l.trim().trim_matches('"').trim_start_matches('\\'))
            .filter(|l| !l.starts_with('*')),
    );
    let table = read_table(file, &text.lines, end + 1, text.one_pass)?;
    let labels = table.header.clone().ok_or_else(|| {
        ImportError::at(
            file,
            end + 2,
            0,
            "the column names after the header are missing.",
        )
    })?;
    let (columns, segments, _) = stack_or_keep(&labels, table);
    Ok(Import {
        format: READER.format,
        encoding: text.encoding,
        columns,
        segments,
        metadata,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;

    #[test]
    fn quoted_header_then_paired_columns() {
        let text = "\"\\*Force file list\"\r\n\"\\Version: 0x09200000\"\r\n\"\\Spring Constant: 0.07444\"\r\n\"\\*Force file list end\"\r\n\
            Time_s_Ex\tTime_s_Rt\tDefl_nm_Ex\tDefl_nm_Rt\tDefl_pN_Ex\tDefl_pN_Rt\t\r\n\
            0\t0.5\t1.0\t2.0\t74.44\t148.88\t\r\n0.1\t0.6\t1.5\t2.5\t111.66\t186.1\t\r\n";
        let i = load_data("force.txt", text.as_bytes()).unwrap();
        assert_eq!(
            i.summary(),
            "Bruker Nanoscope ASCII force export: 4 points, 2 segments"
        );
        assert!(i
            .metadata
            .contains(&("Spring Constant".to_string(), "0.07444".to_string())));
        assert_eq!(i.columns[1].header.label, "Defl_nm");
        assert_eq!(i.columns[1].header.role, Some(Role::Deflection));
        assert_eq!(i.columns[2].header.role, Some(Role::Force));
        // k·deflection: 0.07444 N/m × 1.0 nm = 74.44 pN, as the file says.
        assert_eq!(i.columns[2].values, [74.44, 111.66, 148.88, 186.1]);
    }
}
