//! The project's own export files, one per instrument format, written from
//! one synthetic test whose numbers are known, and read back through
//! `load_data` and the test pipeline: every reader and correction is checked
//! against the numbers that made the data.
//!
//! Formats: TriboScan (older and newer .txt, .hld), FemtoTools, a European
//! spreadsheet, JPK (deflection in volts), AFM Workshop and Nanoscope
//! (extend and retract side by side), NT-MDT (no header).
//!
//! The files live in `tests/data/import/` (also for the browser tests and
//! for users who want to try the page). They are generated here; this test
//! fails if a committed file differs from what the generator writes. After
//! changing the generator, rewrite them with
//! `ECM_WRITE_FIXTURES=1 cargo test -p ecm-core --test import_fixtures`.
//!
//! The specimen: a straight pillar, d = 500 nm, L₀ = 1 µm; E = 5 GPa to a
//! yield stress of 60 MPa, then hardening at 200 MPa per unit strain; loaded
//! to 5 % strain in 500 steps of 0.5 s, unloaded elastically to 60 % of the
//! peak force in 40 steps; 20 approach points before contact. The peak
//! stress is 60 + 200·(0.05 − 0.012) = 67.6 MPa; the 0.2 % offset yield is
//! at ε = 67.6e6/4.8e9 = 1.40833 %, σ = 60.4167 MPa.

use ecm_core::import::{load_data, Import};
use ecm_core::measurement::pipeline::*;
use ecm_core::measurement::proposal::frame_compliance_from_metadata;
use ecm_core::measurement::taper::TaperArea;
use std::f64::consts::PI;
use std::path::PathBuf;

const E: f64 = 5e9;
const YIELD: f64 = 60e6;
const HARDENING: f64 = 200e6;
const L0: f64 = 1e-6;
const D: f64 = 500e-9;
/// Frame compliance written into the depth of the TriboScan files (m/N).
const FRAME: f64 = 1e-5;
/// Force offset of the approach (N).
const OFFSET: f64 = -0.3e-6;

fn area() -> f64 {
    PI * (D / 2.0).powi(2)
}

/// (time s, specimen displacement m, force N).
type Row = (f64, f64, f64);

/// The rows of the synthetic test.
fn synthetic() -> Vec<Row> {
    let stress = |e: f64| {
        if e <= YIELD / E {
            E * e
        } else {
            YIELD + HARDENING * (e - YIELD / E)
        }
    };
    let mut rows = Vec::new();
    for i in 0..20 {
        rows.push((-(20 - i) as f64 * 2e-9, 0.0));
    }
    for i in 0..=500 {
        let e = 0.05 * i as f64 / 500.0;
        rows.push((e * L0, stress(e) * area()));
    }
    let (d_top, f_top) = *rows.last().unwrap_or(&(0.0, 0.0));
    for i in 1..=40 {
        let f = f_top * (1.0 - 0.4 * i as f64 / 40.0);
        rows.push((d_top - (f_top - f) / (E * area() / L0), f));
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, (d, f))| (i as f64 * 0.5, d, f))
        .collect()
}

/// Numbers as instruments write them: up to 9 significant figures.
fn num(x: f64) -> String {
    let s = format!("{:.9e}", x);
    let v: f64 = s.parse().unwrap_or(x);
    format!("{v}")
}

/// Every fixture: (file name, bytes).
fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let rows = synthetic();
    let n = rows.len();
    let mut out = Vec::new();

    // TriboScan text export (older): Latin-1 µ, CRLF, depth with the frame.
    let mut t = format!("Mon Apr 29 10:41:06 2019\r\n\r\nNumber of Points = {n}\r\nDepth (nm)\tLoad (\u{b5}N)\tTime (s)\r\n");
    for (time, d, f) in &rows {
        t += &format!(
            "{}\t{}\t{}\r\n",
            num((d + f * FRAME) * 1e9),
            num((f + OFFSET) * 1e6),
            num(*time)
        );
    }
    out.push((
        "triboscan_ti950.txt",
        t.chars().map(|c| c as u32 as u8).collect(),
    ));

    // TriboScan TI 990: UTF-8, "\n\n\r" after the date, bare CR rows.
    let mut t = format!(
        "Tue Jan 7 09:00:00 2025\n\n\rNumber of Points = {n}\rDepth (nm)\tLoad (µN)\tTime (s)\r"
    );
    for (time, d, f) in &rows {
        t += &format!(
            "{}\t{}\t{}\r",
            num((d + f * FRAME) * 1e9),
            num((f + OFFSET) * 1e6),
            num(*time)
        );
    }
    out.push(("triboscan_ti990.txt", t.into_bytes()));

    // TriboScan .hld: the compliance in the header.
    let mut t = format!(
        "File Version: Hysitron\nMachine Comp: {} nm/µN\nDrift Rate: 0 nm/s\nTest Data Points: {n}\nTime_s\tDisp_nm\tForce_µN\n",
        num(FRAME * 1e3)
    );
    for (time, d, f) in &rows {
        t += &format!(
            "{}\t{}\t{}\n",
            num(*time),
            num((d + f * FRAME) * 1e9),
            num((f + OFFSET) * 1e6)
        );
    }
    t += "Segment Points: 3\n";
    out.push(("triboscan_pillar.hld", t.into_bytes()));

    // FemtoTools: µm and µN, phases 1 (loading) and 4 (withdrawal); no frame.
    let mut t = "// FemtoTools FT-NMT04 export (synthetic)\n// Sample: pillar 1\nIndex [#]\tPhase [#]\tDisplacement [um]\tTime [s]\tForce A [uN]\n".to_string();
    for (i, (time, d, f)) in rows.iter().enumerate() {
        let phase = if i <= 520 { 1 } else { 4 };
        t += &format!(
            "{}\t{phase}\t{}\t{}\t{}\n",
            i + 1,
            num(d * 1e6),
            num(*time),
            num((f + OFFSET) * 1e6)
        );
    }
    out.push(("femtotools_pillar.txt", t.into_bytes()));

    // A European spreadsheet: semicolons, decimal commas, nm and nN.
    let mut t = "Weg (nm);Kraft (nN)\r\n".to_string();
    for (_, d, f) in &rows {
        t += &format!(
            "{};{}\r\n",
            num(d * 1e9).replace('.', ","),
            num((f + OFFSET) * 1e9).replace('.', ",")
        );
    }
    out.push(("spreadsheet_eu.csv", t.into_bytes()));

    // JPK text export: the pillar pushed by a cantilever, k = 40 N/m,
    // sensitivity 50 nm/V; height = specimen + deflection (m), deflection in
    // V; extend then retract.
    let (k, sens) = (40.0, 50e-9);
    let mut t = "# TEXT EXPORT\n# data-description.instrument: synthetic\n#\n".to_string();
    for (name, range) in [("extend", 0..521), ("retract", 521..n)] {
        t += &format!(
            "# segment: {name}\n# columns: height vDeflection seriesTime\n# springConstant: {k}\n# sensitivity: {}\n# units: m V s\n#\n",
            num(sens)
        );
        for (time, d, f) in &rows[range] {
            let defl = f / k;
            t += &format!("{} {} {}\n", num(d + defl), num(defl / sens), num(*time));
        }
        t += "\n";
    }
    out.push(("jpk_force.txt", t.into_bytes()));

    // Force curves with extend and retract side by side, equal lengths:
    // pushed by a 40 N/m cantilever, travel = specimen + F/k.
    let (extend, retract) = extend_retract();
    let k = 40.0;
    let mut t = "Force-Distance Curve\nFile Format:\t3\n\nDate:\tFriday, February 14, 2020\nMode:\tSingle\nX, um:\t25.000000\n\
                 Extend Z-Sense(nm),Extend Force(nN),Retract Z-Sense(nm),Retract Force(nN)\n".to_string();
    for ((_, d, f), (_, dr, fr)) in extend.iter().zip(&retract) {
        t += &format!(
            "{},{},{},{}\n",
            num((d + f / k) * 1e9),
            num(f * 1e9),
            num((dr + fr / k) * 1e9),
            num(fr * 1e9)
        );
    }
    out.push(("afm_workshop.csv", t.into_bytes()));

    let mut t = format!("\"\\*Force file list\"\r\n\"\\Version: 0x09200000\"\r\n\"\\Spring Constant: {k}\"\r\n\"\\*Force file list end\"\r\n\
                         Time_s_Ex\tTime_s_Rt\tCalc_Ramp_Ex_nm\tCalc_Ramp_Rt_nm\tDefl_nm_Ex\tDefl_nm_Rt\tDefl_pN_Ex\tDefl_pN_Rt\t\r\n");
    for ((te, d, f), (tr, dr, fr)) in extend.iter().zip(&retract) {
        t += &format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t\r\n",
            num(*te),
            num(*tr),
            num((d + f / k) * 1e9),
            num((dr + fr / k) * 1e9),
            num(f / k * 1e9),
            num(fr / k * 1e9),
            num(f * 1e12),
            num(fr * 1e12)
        );
    }
    out.push(("nanoscope_force.txt", t.into_bytes()));

    // NT-MDT: no header, tabs, decimal commas; displacement (nm), force (nN).
    let mut t = String::new();
    for (_, d, f) in &rows {
        t += &format!(
            "{}\t{}\n",
            num(d * 1e9).replace('.', ","),
            num(f * 1e9).replace('.', ",")
        );
    }
    out.push(("ntmdt.txt", t.into_bytes()));
    out
}

/// The synthetic test as an extend curve (approach and loading, 521 rows)
/// and a retract curve of the same length: elastic unloading from the peak
/// to zero force, then off contact.
fn extend_retract() -> (Vec<Row>, Vec<Row>) {
    let rows = synthetic();
    let extend: Vec<Row> = rows[..521].to_vec();
    let (t_top, d_top, f_top) = extend[520];
    let stiffness = E * area() / L0;
    let retract = (0..521)
        .map(|j| {
            let f = (f_top * (1.0 - j as f64 / 300.0)).max(0.0);
            let d = if f > 0.0 {
                d_top - (f_top - f) / stiffness
            } else {
                d_top - f_top / stiffness - (j as f64 - 300.0) * 1e-10
            };
            (t_top + j as f64 * 0.5, d, f)
        })
        .collect();
    (extend, retract)
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import")
}

#[test]
fn committed_fixtures_are_what_the_generator_writes() {
    let write = std::env::var_os("ECM_WRITE_FIXTURES").is_some();
    for (name, bytes) in fixtures() {
        let path = dir().join(name);
        if write {
            std::fs::create_dir_all(dir()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "{name} differs from the generator: rewrite with ECM_WRITE_FIXTURES=1"
        );
    }
}

fn pillar() -> Geometry {
    Geometry {
        top_diameter: D,
        bottom_diameter: D,
        area: TaperArea::Top,
        length: L0,
        mode: LoadingMode::Compression,
    }
}

fn src(column: usize, to_si: f64) -> Option<Source> {
    Some(Source { column, to_si })
}

/// Checks the results against the synthetic test's own numbers; `tol` is
/// the relative tolerance (the files hold 9 significant figures).
fn check(name: &str, r: &CurveResults, unloading: bool) {
    let tol = 1e-5;
    let f_peak = 67.6e6 * area();
    assert!(
        (r.max_force.0 / f_peak - 1.0).abs() < tol,
        "{name}: max force {}",
        r.max_force.0
    );
    assert!(
        (r.max_force.1 / 50e-9 - 1.0).abs() < tol,
        "{name}: displacement at max {}",
        r.max_force.1
    );
    assert!(
        (r.loading.fit.slope / E - 1.0).abs() < tol,
        "{name}: E {}",
        r.loading.fit.slope
    );
    let (_, sy) = r.loading.offset_yield.expect("a yield point");
    assert!((sy / 60.416_667e6 - 1.0).abs() < 2e-3, "{name}: yield {sy}");
    assert!(
        (r.loading.max_stress / 67.6e6 - 1.0).abs() < tol,
        "{name}: max stress"
    );
    if unloading {
        let (_, e) = r.unloading.expect("an unloading modulus");
        assert!((e / E - 1.0).abs() < 1e-4, "{name}: unloading E {e}");
    }
}

/// The corrected curve and its results for the whole file.
fn analysed(i: &Import, m: Mapping, c: Corrections) -> (CorrectedCurve, CurveResults) {
    let curve = correct(i, 0..i.rows(), &m, &c).unwrap_or_else(|e| panic!("{e}"));
    let r = analyse_curve(&curve, &pillar(), &Windows::default()).unwrap_or_else(|e| panic!("{e}"));
    (curve, r)
}

#[test]
fn every_fixture_gives_back_the_synthetic_test() {
    let files: Vec<(&str, Vec<u8>)> = fixtures();
    let read = |name: &str| {
        let bytes = &files.iter().find(|(n, _)| *n == name).expect("fixture").1;
        load_data(name, bytes).unwrap_or_else(|e| panic!("{e}"))
    };
    let n = synthetic().len();
    let baseline = Corrections {
        baseline_points: Some(15),
        ..Corrections::default()
    };
    let frame = Corrections {
        frame_compliance: Some(FRAME),
        ..baseline
    };
    let columns = |d: usize, d_si: f64, f: usize, f_si: f64, t: Option<usize>| Mapping {
        displacement: src(d, d_si),
        force: src(f, f_si),
        time: t.and_then(|t| src(t, 1.0)),
        ..Mapping::default()
    };

    for name in ["triboscan_ti950.txt", "triboscan_ti990.txt"] {
        let i = read(name);
        assert_eq!(
            i.summary(),
            format!("Hysitron TriboScan text export: {n} points, 1 segment")
        );
        let (_, r) = analysed(&i, columns(0, 1e-9, 1, 1e-6, Some(2)), frame);
        check(name, &r, true);
        // 5 % strain over 500 steps of 0.5 s.
        assert!((r.strain_rate.unwrap() / 2e-4 - 1.0).abs() < 1e-3, "{name}");
    }

    let i = read("triboscan_pillar.hld");
    assert_eq!(i.format, "Hysitron TriboScan .hld test data");
    let compliance = frame_compliance_from_metadata(&i.metadata).unwrap();
    assert!((compliance / FRAME - 1.0).abs() < 1e-9);
    let with_header = Corrections {
        frame_compliance: Some(compliance),
        ..baseline
    };
    check(
        "hld",
        &analysed(&i, columns(1, 1e-9, 2, 1e-6, Some(0)), with_header).1,
        true,
    );

    let i = read("femtotools_pillar.txt");
    assert_eq!(
        i.summary(),
        format!("FemtoTools text export: {n} points, 2 segments")
    );
    check(
        "femtotools",
        &analysed(&i, columns(2, 1e-6, 4, 1e-6, Some(3)), baseline).1,
        true,
    );

    let i = read("spreadsheet_eu.csv");
    assert_eq!(i.format, "Table of numbers (semicolons, decimal commas)");
    check(
        "spreadsheet",
        &analysed(&i, columns(0, 1e-9, 1, 1e-9, None), baseline).1,
        true,
    );

    let i = read("jpk_force.txt");
    assert_eq!(
        i.summary(),
        format!("JPK force curve text export: {n} points, 2 segments")
    );
    let value = |key: &str| {
        let v = &i.metadata.iter().find(|(k, _)| k == key).expect(key).1;
        ecm_core::numbers::decimal_parser::parse_decimal(v).expect(key)
    };
    let m = Mapping {
        travel: src(0, 1.0),
        deflection: src(1, 1.0),
        deflection_is_signal: true,
        time: src(2, 1.0),
        ..Mapping::default()
    };
    let cantilever = Corrections {
        spring_constant: Some(value("springConstant")),
        sensitivity: Some(value("sensitivity")),
        ..baseline
    };
    let (curve, r) = analysed(&i, m, cantilever);
    assert_eq!(curve.steps.len(), 4, "{:?}", curve.steps);
    check("jpk", &r, true);

    // Extend and retract stacked: 521 + 521 rows in two segments.
    let i = read("afm_workshop.csv");
    assert_eq!(
        i.summary(),
        "AFM Workshop force–distance CSV: 1042 points, 2 segments"
    );
    let m = Mapping {
        travel: src(0, 1e-9),
        force: src(1, 1e-9),
        ..Mapping::default()
    };
    let k40 = Corrections {
        spring_constant: Some(40.0),
        ..baseline
    };
    let (curve, r) = analysed(&i, m, k40);
    assert!(
        curve.steps[0].contains("force / spring constant"),
        "{:?}",
        curve.steps
    );
    check("afm workshop", &r, true);

    let i = read("nanoscope_force.txt");
    assert_eq!(
        i.summary(),
        "Bruker Nanoscope ASCII force export: 1042 points, 2 segments"
    );
    assert!(i
        .metadata
        .contains(&("Spring Constant".to_string(), "40".to_string())));
    // Columns after stacking: Time_s, Calc_Ramp_nm, Defl_nm, Defl_pN.
    let m = Mapping {
        travel: src(1, 1e-9),
        deflection: src(2, 1e-9),
        force: src(3, 1e-12),
        ..Mapping::default()
    };
    check("nanoscope", &analysed(&i, m, baseline).1, true);

    let i = read("ntmdt.txt");
    assert_eq!(i.format, "Table of numbers (decimal commas)");
    assert!(i.columns.iter().all(|c| c.header.role.is_none()));
    let (_, r) = analysed(&i, columns(0, 1e-9, 1, 1e-9, None), baseline);
    check("nt-mdt", &r, true);
}

#[test]
fn a_batch_of_files_with_one_that_fails() {
    use ecm_core::measurement::batch::{batch_csv, BatchRow, BatchValues};
    let files = fixtures();
    let mut names: Vec<(&str, Vec<u8>)> = files
        .into_iter()
        .filter(|(n, _)| ["triboscan_ti950.txt", "triboscan_pillar.hld"].contains(n))
        .collect();
    names.push(("curve.jpk-force", b"PK\x03\x04\x14\0\0\0".to_vec()));
    let rows: Vec<BatchRow> = names
        .iter()
        .map(|(name, bytes)| {
            let outcome = load_data(name, bytes)
                .map_err(|e| e.to_string())
                .and_then(|i| {
                    let (d, f, t) = if name.ends_with(".hld") {
                        (1, 2, 0)
                    } else {
                        (0, 1, 2)
                    };
                    let m = Mapping {
                        displacement: src(d, 1e-9),
                        force: src(f, 1e-6),
                        time: src(t, 1.0),
                        ..Mapping::default()
                    };
                    let c = Corrections {
                        baseline_points: Some(15),
                        frame_compliance: Some(FRAME),
                        ..Corrections::default()
                    };
                    let curve = correct(&i, 0..i.rows(), &m, &c).map_err(|e| e.to_string())?;
                    let r = analyse_curve(&curve, &pillar(), &Windows::default())
                        .map_err(|e| e.to_string())?;
                    Ok(BatchValues::from_results(&r, &curve.steps))
                });
            BatchRow {
                file: name.to_string(),
                diameter: D,
                outcome,
            }
        })
        .collect();
    let csv = batch_csv(&rows);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    for line in &lines[1..3] {
        // 500 nm, E = 5 GPa (to 5 figures), maximum stress 67.6 MPa.
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells[1], "500");
        assert!(
            (cells[2].parse::<f64>().unwrap() / 5.0 - 1.0).abs() < 1e-5,
            "{line}"
        );
        assert!(
            (cells[5].parse::<f64>().unwrap() / 67.6 - 1.0).abs() < 1e-5,
            "{line}"
        );
    }
    assert!(
        lines[3].starts_with("curve.jpk-force,500,,,,,,"),
        "{}",
        lines[3]
    );
    assert!(lines[3].contains("zip archive"), "{}", lines[3]);
}

/// Every file opened as it is: the mapping and corrections the page would
/// propose from the file alone give the synthetic test's numbers, once the
/// user adds what the proposal says is missing, the frame compliance where
/// the file does not state it, and a baseline window.
#[test]
fn what_each_file_proposes_is_right() {
    use ecm_core::measurement::proposal::propose;
    for (name, bytes) in fixtures() {
        let i = load_data(name, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let mut p = propose(&i);
        let expected_missing: &[&str] = match name {
            "ntmdt.txt" => &[
                "which column is the displacement (or the piezo travel), and its unit",
                "which column is the force (or the cantilever deflection), and its unit",
            ],
            "afm_workshop.csv" => &["the cantilever's spring constant (N/m)"],
            _ => &[],
        };
        assert_eq!(p.missing, expected_missing, "{name}");
        // Of the TriboScan files only the .hld header states the frame
        // compliance; for the text exports the user enters it.
        assert_eq!(
            p.corrections.frame_compliance.is_some(),
            name.ends_with(".hld"),
            "{name}"
        );
        match name {
            "triboscan_ti950.txt" | "triboscan_ti990.txt" => {
                p.corrections.frame_compliance = Some(FRAME)
            }
            // The user says what the columns are: displacement and force in nm and nN.
            "ntmdt.txt" => {
                p.mapping.displacement = src(0, 1e-9);
                p.mapping.force = src(1, 1e-9);
            }
            "afm_workshop.csv" => p.corrections.spring_constant = Some(40.0),
            _ => {}
        }
        p.corrections.baseline_points = Some(15);
        check(name, &analysed(&i, p.mapping, p.corrections).1, true);
    }
}
