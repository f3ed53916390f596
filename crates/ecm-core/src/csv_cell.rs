//! One CSV cell, quoted as RFC 4180 says: a cell holding a comma, a double
//! quote or a line end (CR or LF) is wrapped in double quotes, with each
//! double quote inside doubled; any other cell is written as it is. Every
//! CSV the page exports (the batch table, each plot's data, the corrected
//! curve's header) writes its text cells with this.

/// `text` as a CSV cell.
///
/// ```
/// use ecm_core::csv_cell::csv_cell;
/// assert_eq!(csv_cell("a.txt"), "a.txt");
/// assert_eq!(csv_cell("plastic, \"cap\""), "\"plastic, \"\"cap\"\"\"");
/// assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
/// ```
pub fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cells_that_need_it_are_quoted() {
        assert_eq!(csv_cell(""), "");
        assert_eq!(csv_cell("Na nanorod"), "Na nanorod");
        assert_eq!(csv_cell("a;b"), "a;b");
        assert_eq!(csv_cell("\""), "\"\"\"\"");
        assert_eq!(csv_cell("x\r"), "\"x\r\"");
    }
}
