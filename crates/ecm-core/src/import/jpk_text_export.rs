//! JPK (Bruker) force curve "TEXT EXPORT".
//!
//! About sixty `# key: value` header lines, then for each segment
//! (`extend`, `pause`, `retract`) a block with `# segment: …`,
//! `# columns: …` (names), `# units: …` (SI symbols), `# springConstant`
//! and `# sensitivity`, and its rows: space-separated numbers in SI units.
//! Every segment is read; the spring constant and sensitivity are kept as
//! metadata for the cantilever correction (F = k·deflection; a deflection in
//! V times the sensitivity in m/V).

use super::table_reader::{parse_cell, Separator};
use super::text_decoding::TextLines;
use super::{Column, Import, ImportError, Reader, Segment};

/// The JPK text-export reader.
pub const READER: Reader = Reader {
    format: "JPK force curve text export",
    recognises,
    read,
};

/// Whether the file is in this format.
pub fn recognises(text: &TextLines) -> bool {
    let mut head = text.lines.iter().filter(|l| !l.trim().is_empty()).take(400);
    head.clone()
        .next()
        .is_some_and(|l| l.trim() == "# TEXT EXPORT")
        || head.any(|l| l.trim_start().starts_with("# columns:"))
}

/// `# key: value` → (key, value).
fn header_pair(line: &str) -> Option<(&str, &str)> {
    let body = line.trim().strip_prefix('#')?.trim();
    let (k, v) = body.split_once(':')?;
    let k = k.trim();
    (!k.is_empty() && !k.contains(' ')).then_some((k, v.trim()))
}

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let mut names: Option<(Vec<String>, usize)> = None;
    let mut units: Vec<String> = Vec::new();
    let mut block_names: Vec<String> = Vec::new();
    let mut block_units: Vec<String> = Vec::new();
    let mut segment_name = String::new();
    let mut columns: Vec<Vec<f64>> = Vec::new();
    let mut segments: Vec<Segment> = Vec::new();
    let mut metadata: Vec<(String, String)> = Vec::new();
    let mut warnings = Vec::new();
    let mut rows = 0;
    let mut segment_start = 0;
    let close = |segments: &mut Vec<Segment>, name: &str, start: &mut usize, rows: usize| {
        if rows > *start {
            let name = if name.is_empty() {
                format!("segment {}", segments.len() + 1)
            } else {
                name.to_string()
            };
            segments.push(Segment {
                name,
                rows: *start..rows,
            });
            *start = rows;
        }
    };
    for (i, line) in text.lines.iter().enumerate() {
        let number = i + 1;
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('#') {
            let Some((key, value)) = header_pair(t) else {
                continue;
            };
            match key {
                "segment" => {
                    close(&mut segments, &segment_name, &mut segment_start, rows);
                    segment_name = value.to_string();
                }
                "columns" => {
                    close(&mut segments, &segment_name, &mut segment_start, rows);
                    block_names = value.split_whitespace().map(str::to_string).collect();
                }
                "units" => block_units = value.split_whitespace().map(str::to_string).collect(),
                _ => {
                    if !metadata.iter().any(|(k, _)| k == key) {
                        metadata.push((key.to_string(), value.to_string()));
                    }
                }
            }
            continue;
        }
        // A data row: the block's columns must be known.
        let width = match &names {
            Some((n, _)) => n.len(),
            None => {
                if block_names.is_empty() {
                    return Err(ImportError::at(
                        file,
                        number,
                        0,
                        "numbers before any “# columns:” line: the export's header is missing.",
                    ));
                }
                names = Some((block_names.clone(), number));
                units = block_units.clone();
                columns = vec![Vec::new(); block_names.len()];
                block_names.len()
            }
        };
        if let Some((first, _)) = &names {
            if !block_names.is_empty() && &block_names != first {
                if block_names.len() != first.len() {
                    return Err(ImportError::at(
                        file,
                        number,
                        0,
                        format!(
                            "this segment has {} columns, the first had {}; export all segments with the same channels.",
                            block_names.len(),
                            first.len()
                        ),
                    ));
                }
                let w = "Segments list different channels; the first segment's names are used."
                    .to_string();
                if !warnings.contains(&w) {
                    warnings.push(w);
                }
            }
        }
        let cells = Separator::Spaces.split_cells(t);
        if cells.len() != width {
            return Err(ImportError::at(
                file,
                number,
                0,
                format!(
                    "this row has {} value{}, but the segment has {width} columns.",
                    cells.len(),
                    if cells.len() == 1 { "" } else { "s" }
                ),
            ));
        }
        for (c, cell) in cells.iter().enumerate() {
            let Some(v) = parse_cell(cell, false) else {
                return Err(ImportError::at(
                    file,
                    number,
                    c + 1,
                    format!("“{}” is not a number.", super::table_reader::shown(cell)),
                ));
            };
            columns[c].push(v);
        }
        rows += 1;
    }
    close(&mut segments, &segment_name, &mut segment_start, rows);
    let Some((names, _)) = names else {
        return Err(ImportError::file(
            file,
            "the export has a header but no rows of numbers.",
        ));
    };
    if units.len() != names.len() {
        warnings.push(
            "The “# units:” line does not name a unit for every column: check the units."
                .to_string(),
        );
    }
    let labels: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| match units.get(i) {
            Some(u) => format!("{n} ({u})"),
            None => n.clone(),
        })
        .collect();
    Ok(Import {
        format: READER.format,
        encoding: text.encoding,
        columns: Column::from_table(Some(&labels), columns),
        segments,
        metadata,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;

    /// Two segments of a synthetic curve: height z (m), force −5.5 nN offset.
    const SAMPLE: &str = "# TEXT EXPORT\n# data-description.instrument: A0076\n#\n\
        # index: 0\n# segmentIndex: 0\n# segment: extend\n\
        # columns: height vDeflection\n# fancyNames: \"Height\" \"Vertical Deflection\"\n\
        # springConstant: 0.1571251893421668\n# sensitivity: 4.21692928561458E-8\n# units: m N\n#\n\
        9.59E-7 -5.5E-9\n9.58E-7 -5.5E-9\n9.57E-7 -4.5E-9\n\n\
        # index: 0\n# segmentIndex: 1\n# segment: retract\n# columns: height vDeflection\n# units: m N\n#\n\
        9.57E-7 -4.5E-9\n9.58E-7 -5.5E-9\n";

    #[test]
    fn the_lateral_deflection_is_never_proposed_as_the_deflection() {
        // vDeflection already in N (the force) and hDeflection in V (the
        // lateral signal): the force is mapped and nothing asks for a
        // sensitivity.
        let text = SAMPLE
            .replace("# columns: height vDeflection\n# fancyNames: \"Height\" \"Vertical Deflection\"", "# columns: height vDeflection hDeflection\n# fancyNames: \"Height\" \"Vertical Deflection\" \"Lateral Deflection\"")
            .replace("# units: m N\n#\n9.59E-7 -5.5E-9\n9.58E-7 -5.5E-9\n9.57E-7 -4.5E-9", "# units: m N V\n#\n9.59E-7 -5.5E-9 0.1\n9.58E-7 -5.5E-9 0.1\n9.57E-7 -4.5E-9 0.2")
            .replace("# columns: height vDeflection\n# units: m N\n#\n9.57E-7 -4.5E-9\n9.58E-7 -5.5E-9", "# columns: height vDeflection hDeflection\n# units: m N V\n#\n9.57E-7 -4.5E-9 0.2\n9.58E-7 -5.5E-9 0.1");
        let i = load_data("curve.txt", text.as_bytes()).unwrap();
        assert_eq!(i.columns.len(), 3);
        assert_eq!(i.columns[2].header.role, Some(Role::Other));
        let p = crate::measurement::proposal::propose(&i);
        assert_eq!(p.mapping.force.map(|s| s.column), Some(1));
        assert_eq!(p.mapping.deflection, None);
        assert!(
            !p.missing.iter().any(|m| m.contains("sensitivity")),
            "{:?}",
            p.missing
        );
    }

    #[test]
    fn every_segment_with_units_and_cantilever_values() {
        let i = load_data("curve.txt", SAMPLE.as_bytes()).unwrap();
        assert_eq!(
            i.summary(),
            "JPK force curve text export: 5 points, 2 segments"
        );
        assert_eq!(i.segments[0].name, "extend");
        assert_eq!(i.segments[0].rows, 0..3);
        assert_eq!(i.segments[1].name, "retract");
        assert_eq!(i.segments[1].rows, 3..5);
        assert_eq!(i.columns[0].header.unit.unwrap().symbol, "m");
        assert_eq!(i.columns[0].header.role, Some(Role::PiezoTravel));
        // vDeflection in N is already the force.
        assert_eq!(i.columns[1].header.role, Some(Role::Force));
        assert_eq!(i.columns[1].values[2], -4.5e-9);
        assert!(i.metadata.contains(&(
            "springConstant".to_string(),
            "0.1571251893421668".to_string()
        )));
        assert!(i
            .metadata
            .contains(&("sensitivity".to_string(), "4.21692928561458E-8".to_string())));
    }

    #[test]
    fn a_row_with_a_missing_value_is_named() {
        let text = SAMPLE.replace(
            "9.58E-7 -5.5E-9\n9.57E-7 -4.5E-9\n\n",
            "9.58E-7\n9.57E-7 -4.5E-9\n\n",
        );
        let e = load_data("cut.txt", text.as_bytes()).unwrap_err();
        assert_eq!(e.line, 14);
        assert!(
            e.to_string()
                .contains("has 1 value, but the segment has 2 columns"),
            "{e}"
        );
    }
}
