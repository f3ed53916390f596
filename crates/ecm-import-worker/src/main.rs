//! The import worker: reads a large export off the page's main thread, so a
//! million-row file never freezes the page. `scripts/build-pages.mjs` wraps
//! it in a small module worker script that starts it and passes each message
//! (`{ name, bytes }`) to [`import_file`]; the page falls back to reading on
//! the main thread where workers are not available (the single file opened
//! from disk).
//!
//! The worker is started before it is needed (when the user opens the file
//! chooser or drags a file over the page) and then reads a small table of
//! its own ([`warm_up`]): a WebAssembly engine first runs a function in a
//! quick, plain translation and compiles it with its optimising compiler
//! only once it has run for a while, and a long loop runs to its end in the
//! translation it started in. Read cold, a million-row file takes about 1.5
//! times as long (docs/benchmarks.md).
//!
//! The transfer's code is this module's own copy of `import_transfer.rs`,
//! not the page's library: the worker then links only the core's readers
//! and the browser bindings, without the page's framework and what that
//! exports to JavaScript.
#[path = "../../ecm-web/src/import_transfer.rs"]
#[allow(dead_code)] // `decode`, the page's half, is not used here
mod import_transfer;

use import_transfer::encode;
use wasm_bindgen::prelude::*;

/// Reads `bytes` as the file `name` and returns `[result, transfer list]`.
#[wasm_bindgen]
pub fn import_file(name: &str, bytes: &[u8]) -> js_sys::Array {
    let (result, transfer) = encode(ecm_core::import::load_data_in_one_pass(name, bytes));
    let out = js_sys::Array::new();
    out.push(&result);
    out.push(&transfer);
    out
}

/// Rows of each table [`warm_up`] reads: enough for the engine to compile
/// the reader's functions with its optimising compiler, a few milliseconds
/// of reading.
const WARM_UP_ROWS: usize = 8_000;

/// Reads two tables of the kind a large export holds (a header, then rows
/// of decimals; one tab-separated, one comma-separated) and returns the rows
/// read, so that the reader is compiled for speed before a file comes.
#[wasm_bindgen]
pub fn warm_up() -> usize {
    [b'\t', b',']
        .iter()
        .map(|&sep| rows_read(&warm_up_table(sep)))
        .sum()
}

/// The rows of the first column of `table` read as a data file.
fn rows_read(table: &[u8]) -> usize {
    ecm_core::import::load_data_in_one_pass("warm-up.txt", table)
        .map(|i| i.columns.first().map_or(0, |c| c.values.len()))
        .unwrap_or(0)
}

/// A table of [`WARM_UP_ROWS`] rows with `separator` between two columns:
/// depth `i/1000` and load `2i/1000`, written with six decimals.
fn warm_up_table(separator: u8) -> Vec<u8> {
    let mut t = Vec::with_capacity(40 + WARM_UP_ROWS * 24);
    t.extend_from_slice(b"Depth (nm)");
    t.push(separator);
    t.extend_from_slice(b"Load (uN)\n");
    for i in 0..WARM_UP_ROWS {
        push_thousandths(&mut t, i);
        t.push(separator);
        push_thousandths(&mut t, 2 * i);
        t.push(b'\n');
    }
    t
}

/// `n / 1000` with six decimals (`1234` → `1.234000`), without the
/// formatting machinery.
fn push_thousandths(t: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let mut k = 0;
    let mut v = n;
    loop {
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        k += 1;
        if v == 0 && k > 3 {
            break;
        }
    }
    for (j, &d) in digits[..k].iter().enumerate().rev() {
        t.push(d);
        if j == 3 {
            t.push(b'.');
        }
    }
    t.extend_from_slice(b"000");
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::import::table_reader::{plain_row, Separator};

    #[test]
    fn thousandths_are_written_with_six_decimals() {
        for (n, text) in [
            (0, "0.000000"),
            (7, "0.007000"),
            (1234, "1.234000"),
            (16_000, "16.000000"),
        ] {
            let mut t = Vec::new();
            push_thousandths(&mut t, n);
            assert_eq!(String::from_utf8(t).unwrap(), text);
        }
    }

    #[test]
    fn the_warm_up_reads_every_row_of_both_tables() {
        assert_eq!(warm_up(), 2 * WARM_UP_ROWS);
    }

    #[test]
    fn every_warm_up_row_is_read_in_one_pass() {
        // Warming the cell-by-cell reading instead would leave the fast path
        // cold: each data row must be one the one-pass reader takes.
        for (sep, separator) in [(b'\t', Separator::Tab), (b',', Separator::Comma)] {
            let table = warm_up_table(sep);
            let text = std::str::from_utf8(&table).unwrap();
            let mut row = [0.0; 2];
            for (i, line) in text.lines().skip(1).enumerate() {
                assert!(
                    plain_row(line.as_bytes(), separator, &mut row),
                    "row {i}: {line}"
                );
                assert_eq!(row, [i as f64 / 1000.0, 2.0 * i as f64 / 1000.0], "row {i}");
            }
        }
    }
}
