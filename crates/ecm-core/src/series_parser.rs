//! Reads a pasted or uploaded two-column data series.
//!
//! Accepted: one row per line; cells separated by tabs, commas, semicolons or
//! spaces; an optional header line (a first line that is not all numbers);
//! blank lines and lines starting with `#` are skipped. Every row must have the
//! same number of columns; the first two are used. Numbers use a decimal point.
//! Errors name the row (line number in the text) and column.

use crate::error::{Error, Result};
use crate::number_parser::{parse_number, NumberError};
use serde::Serialize;

/// Most data rows accepted.
pub const MAX_ROWS: usize = 200_000;

/// A parsed two-column series, converted to SI with the column factors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// First column, in SI.
    pub x: Vec<f64>,
    /// Second column, in SI.
    pub y: Vec<f64>,
    /// Header cells, when the text had a header line.
    pub header: Option<Vec<String>>,
}

fn split_cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let cells: Vec<&str> = if line.contains('\t') {
        line.split('\t').collect()
    } else if line.contains(',') {
        line.split(',').collect()
    } else if line.contains(';') {
        line.split(';').collect()
    } else {
        line.split_whitespace().collect()
    };
    cells.into_iter().map(str::trim).collect()
}

/// Parses `text` into a series; `x_to_si` and `y_to_si` convert the two
/// columns from the units the user chose to SI (e.g. 1e-9 for nm).
///
/// ```
/// use ecm_core::series_parser::parse_series;
/// let s = parse_series("strain_%\tstress_MPa\n0\t0\n0.5\t10\n1.0\t20\n", 0.01, 1e6).unwrap();
/// assert_eq!(s.x, vec![0.0, 0.005, 0.01]);
/// assert_eq!(s.y[2], 20e6);
/// let e = parse_series("0,0\n1,abc\n", 1.0, 1.0).unwrap_err();
/// assert_eq!(e.to_string(), "row 2, column 2: “abc” is not a number");
/// ```
pub fn parse_series(text: &str, x_to_si: f64, y_to_si: f64) -> Result<Series> {
    let mut x = Vec::new();
    let mut y = Vec::new();
    let mut header = None;
    let mut columns: Option<(usize, usize)> = None; // (count, row it was set on)
    let mut seen_first = false;
    for (i, line) in text.lines().enumerate() {
        let row = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let cells = split_cells(trimmed);
        let parsed: Vec<std::result::Result<f64, NumberError>> =
            cells.iter().map(|c| parse_number(c)).collect();
        if !seen_first {
            seen_first = true;
            let any_text = parsed
                .iter()
                .any(|p| matches!(p, Err(NumberError::NotANumber)));
            if any_text
                && parsed.iter().any(|p| p.is_err())
                && cells.iter().any(|c| c.chars().any(char::is_alphabetic))
            {
                header = Some(cells.iter().map(|c| c.to_string()).collect());
                continue;
            }
        }
        if cells.len() < 2 {
            return Err(Error::Parse {
                row,
                column: 0,
                message: format!("expected 2 columns, got {}", cells.len()),
            });
        }
        match columns {
            None => columns = Some((cells.len(), row)),
            Some((n, first)) if n != cells.len() => {
                return Err(Error::Parse {
                    row,
                    column: 0,
                    message: format!("{} columns, but row {first} has {n}", cells.len()),
                })
            }
            _ => {}
        }
        for (c, p) in parsed.iter().take(2).enumerate() {
            if let Err(e) = p {
                let shown: String = cells[c].chars().take(20).collect();
                let message = match e {
                    NumberError::Empty => "empty cell".to_string(),
                    NumberError::NotANumber => format!("“{shown}” is not a number"),
                    other => other.to_string(),
                };
                return Err(Error::Parse {
                    row,
                    column: c + 1,
                    message,
                });
            }
        }
        if x.len() >= MAX_ROWS {
            return Err(Error::Parse {
                row,
                column: 0,
                message: format!("more than {MAX_ROWS} rows; thin the data first"),
            });
        }
        let (vx, vy) = (
            parsed[0].clone().unwrap_or(0.0) * x_to_si,
            parsed[1].clone().unwrap_or(0.0) * y_to_si,
        );
        if !vx.is_finite() || !vy.is_finite() {
            return Err(Error::Parse {
                row,
                column: 0,
                message: "a value is too large in the chosen unit".into(),
            });
        }
        x.push(vx);
        y.push(vy);
    }
    if x.len() < 2 {
        return Err(Error::Parse {
            row: 0,
            column: 0,
            message: "paste at least 2 rows of numbers".into(),
        });
    }
    Ok(Series { x, y, header })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_header_and_comments() {
        for text in [
            "a,b\n1,2\n3,4",
            "1\t2\n3\t4\n",
            "# note\n1 2\n\n3   4",
            "1;2\n3;4",
        ] {
            let s = parse_series(text, 1.0, 1.0).unwrap();
            assert_eq!((s.x, s.y), (vec![1.0, 3.0], vec![2.0, 4.0]), "{text:?}");
        }
        assert_eq!(
            parse_series("disp,force\n1,2\n3,4", 1.0, 1.0)
                .unwrap()
                .header,
            Some(vec!["disp".into(), "force".into()])
        );
    }

    #[test]
    fn errors_name_row_and_column() {
        let msg = |t: &str| parse_series(t, 1.0, 1.0).unwrap_err().to_string();
        assert_eq!(msg(""), "paste at least 2 rows of numbers");
        assert_eq!(msg("1,2\n3"), "row 2: expected 2 columns, got 1");
        assert_eq!(msg("1,2\n3,4,5"), "row 2: 3 columns, but row 1 has 2");
        assert_eq!(msg("1,2\n3,\n"), "row 2, column 2: empty cell");
        assert_eq!(
            msg("x,y\n1,2\n3,4\nfive,6"),
            "row 4, column 1: “five” is not a number"
        );
        assert_eq!(
            msg("1,2\n3,1e400"),
            "row 2, column 2: this number is too large to use"
        );
    }
}
