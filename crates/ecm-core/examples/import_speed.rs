//! How long a large export takes to read and analyse natively: a
//! TriboScan-style text file of 1 000 000 rows (about 30 MB), through
//! `load_data` (and the worker's `load_data_in_one_pass`) and the test
//! pipeline. The browser figure (wasm) is what users see; this one says how
//! much of it is the parsing itself.
//!
//! Run: `cargo run --release -p ecm-core --example import_speed`

use ecm_core::import::{load_data, load_data_in_one_pass, table_reader, text_decoding};
use ecm_core::measurement::pipeline::*;
use ecm_core::measurement::taper::TaperArea;
use ecm_core::numbers::decimal_parser::parse_decimal;
use std::time::Instant;

fn main() {
    let rows = 1_000_000;
    let mut text = format!("Mon Apr 29 10:41:06 2019\r\n\r\nNumber of Points = {rows}\r\nDepth (nm)\tLoad (µN)\tTime (s)\r\n");
    for i in 0..rows {
        // Loading to 100 nm at 0.2 µN/nm with a little ripple, then unloading.
        let x = i as f64 / rows as f64;
        let depth = if x < 0.8 {
            125.0 * x
        } else {
            100.0 - 40.0 * (x - 0.8)
        };
        let load = if x < 0.8 {
            0.2 * depth
        } else {
            20.0 - 200.0 * (x - 0.8)
        } + 0.001 * ((i % 7) as f64 - 3.0);
        text += &format!("{depth:.6}\t{load:.6}\t{:.6}\r\n", i as f64 * 1e-4);
    }
    let bytes = text.into_bytes();
    // The steps one by one: bytes → lines, lines → table, and the number
    // parsing inside the table on its own.
    let t = Instant::now();
    let Ok(decoded) = text_decoding::decode_text("big.txt", &bytes) else {
        return;
    };
    let lines = decoded.lines();
    let decode = t.elapsed();
    let t = Instant::now();
    let _ = table_reader::read_table("big.txt", &lines.lines, 3, Some(table_reader::plain_row));
    let table = t.elapsed();
    let t = Instant::now();
    let sum: f64 = lines.lines[4..]
        .iter()
        .flat_map(|l| l.split('\t'))
        .filter_map(parse_decimal)
        .sum();
    let numbers = t.elapsed();
    println!(
        "bytes → lines {:.0} ms; lines → table {:.0} ms, of which numbers {:.0} ms (sum {sum:.0})",
        decode.as_secs_f64() * 1e3,
        table.as_secs_f64() * 1e3,
        numbers.as_secs_f64() * 1e3
    );
    let t0 = Instant::now();
    let cell_by_cell = load_data("big.txt", &bytes);
    let by_cell = t0.elapsed();
    let t0 = Instant::now();
    let import = match load_data_in_one_pass("big.txt", &bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    let read = t0.elapsed();
    println!(
        "load_data {:.0} ms, load_data_in_one_pass {:.0} ms (the same import: {})",
        by_cell.as_secs_f64() * 1e3,
        read.as_secs_f64() * 1e3,
        cell_by_cell.as_ref() == Ok(&import)
    );
    let mapping = Mapping {
        displacement: Some(Source {
            column: 0,
            to_si: 1e-9,
        }),
        force: Some(Source {
            column: 1,
            to_si: 1e-6,
        }),
        time: Some(Source {
            column: 2,
            to_si: 1.0,
        }),
        ..Mapping::default()
    };
    let t1 = Instant::now();
    let result =
        correct(&import, 0..import.rows(), &mapping, &Corrections::default()).and_then(|c| {
            analyse_curve(
                &c,
                &Geometry {
                    top_diameter: 500e-9,
                    bottom_diameter: 500e-9,
                    area: TaperArea::Top,
                    length: 1e-6,
                    mode: LoadingMode::Compression,
                },
                &Windows {
                    loading: Some((0.001, 0.05)),
                    ..Windows::default()
                },
            )
        });
    let analysed = t1.elapsed();
    println!(
        "{} MB, {} rows: read {:.0} ms, corrected and analysed {:.0} ms ({})",
        bytes.len() / 1_000_000,
        import.rows(),
        read.as_secs_f64() * 1e3,
        analysed.as_secs_f64() * 1e3,
        match result {
            Ok(r) => format!("modulus {:.4} GPa", r.loading.fit.slope / 1e9),
            Err(e) => e.to_string(),
        }
    );
}
