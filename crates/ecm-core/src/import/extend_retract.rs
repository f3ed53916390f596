//! Extend and retract curves exported side by side (AFM Workshop's
//! `Extend Force(nN),Retract Force(nN)`, Nanoscope's `Defl_nm_Ex\tDefl_nm_Rt`)
//! are stacked into one set of columns with two segments, `extend` then
//! `retract`, so every analysis sees the same shape of data.

use super::table_reader::Table;
use super::{Column, Segment};

/// Which curve a column belongs to, and its label without the tag.
fn tag(label: &str) -> Option<(bool, String)> {
    let t = label.trim();
    for (prefix, extend) in [("Extend ", true), ("Retract ", false)] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return Some((extend, rest.trim().to_string()));
        }
    }
    let parts: Vec<&str> = t.split('_').collect();
    for (word, extend) in [("Ex", true), ("Rt", false)] {
        if let Some(at) = parts.iter().position(|p| *p == word) {
            let mut rest = parts.clone();
            rest.remove(at);
            return Some((extend, rest.join("_")));
        }
    }
    None
}

/// Stacked columns: their labels without the tags, their values (extend
/// rows, then retract rows) and the two segments.
pub type Stacked = (Vec<String>, Vec<Vec<f64>>, Vec<Segment>);

/// Stacks side-by-side extend and retract columns; `None` when the labels
/// are not all tagged or do not pair up (extend *k* with retract *k*).
/// Rows where a curve has no value (shorter retract) must have been dropped
/// by the caller.
pub fn stack(labels: &[String], columns: Vec<Vec<f64>>) -> Option<Stacked> {
    let tags: Vec<(bool, String)> = labels.iter().map(|l| tag(l)).collect::<Option<_>>()?;
    let extend: Vec<usize> = (0..tags.len()).filter(|&i| tags[i].0).collect();
    let retract: Vec<usize> = (0..tags.len()).filter(|&i| !tags[i].0).collect();
    if extend.is_empty() || extend.len() != retract.len() || columns.len() != labels.len() {
        return None;
    }
    if extend
        .iter()
        .zip(&retract)
        .any(|(&e, &r)| tags[e].1 != tags[r].1)
    {
        return None;
    }
    let n = columns.first().map_or(0, Vec::len);
    let names = extend.iter().map(|&e| tags[e].1.clone()).collect();
    let stacked = extend
        .iter()
        .zip(&retract)
        .map(|(&e, &r)| columns[e].iter().chain(&columns[r]).copied().collect())
        .collect();
    let segments = vec![
        Segment {
            name: "extend".to_string(),
            rows: 0..n,
        },
        Segment {
            name: "retract".to_string(),
            rows: n..2 * n,
        },
    ];
    Some((names, stacked, segments))
}

/// The table's columns stacked into extend and retract when their labels
/// pair up (`true`), else as they are with the table's own segments.
pub fn stack_or_keep(labels: &[String], table: Table) -> (Vec<Column>, Vec<Segment>, bool) {
    match stack(labels, table.columns.clone()) {
        Some((names, columns, segments)) => {
            (Column::from_table(Some(&names), columns), segments, true)
        }
        None => (
            Column::from_table(Some(labels), table.columns),
            table.segments,
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn afm_workshop_and_nanoscope_labels_pair_up() {
        let labels: Vec<String> = [
            "Extend Z-Sense(nm)",
            "Extend Force(nN)",
            "Retract Z-Sense(nm)",
            "Retract Force(nN)",
        ]
        .map(String::from)
        .to_vec();
        let (names, cols, segs) =
            stack(&labels, vec![vec![1.0], vec![2.0], vec![3.0], vec![4.0]]).unwrap();
        assert_eq!(names, ["Z-Sense(nm)", "Force(nN)"]);
        assert_eq!(cols, [vec![1.0, 3.0], vec![2.0, 4.0]]);
        assert_eq!(segs[1].rows, 1..2);
        let labels: Vec<String> = ["Time_s_Ex", "Time_s_Rt", "Defl_nm_Ex", "Defl_nm_Rt"]
            .map(String::from)
            .to_vec();
        let (names, cols, _) =
            stack(&labels, vec![vec![0.0], vec![1.0], vec![5.0], vec![6.0]]).unwrap();
        assert_eq!(names, ["Time_s", "Defl_nm"]);
        assert_eq!(cols, [vec![0.0, 1.0], vec![5.0, 6.0]]);
        assert!(stack(&["Depth (nm)".to_string()], vec![vec![1.0]]).is_none());
    }
}
