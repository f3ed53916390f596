//! Many tests at once: a summary table like the paper's Table 1 (file,
//! diameter, modulus, yield, maximum stress, the corrections used), its CSV,
//! and the strength–size power law fitted to the tests that succeeded. A file
//! that fails keeps its row, with its reason, and the rest go on.

use crate::csv_cell::csv_cell;
use crate::error::Result;
use crate::fitting::power_law::{fit_power_law, PowerLawFit};
use crate::import::Import;
use crate::measurement::pipeline::{
    analyse_curve, correct, CorrectedCurve, Corrections, CurveResults, Geometry, LoadingMode,
    Windows,
};
use crate::measurement::proposal::{
    choices_from_proposal, mapping_from_choices, propose, ColumnChoice,
};
use crate::measurement::specimen::{model_modulus, ModelSettings};
use crate::numbers::number_format::format_data;

/// What every file of a batch is analysed with: the page's corrections,
/// windows and geometry, and the columns chosen for the file on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchSettings {
    /// Corrections from the page.
    pub corrections: Corrections,
    /// Geometry from the page's specimen fields (its diameter is each row's
    /// default); `None` until they are filled in.
    pub geometry: Option<Geometry>,
    /// Compression or tension, also for a stress–strain table (which needs
    /// no other geometry).
    pub mode: LoadingMode,
    /// Fit windows.
    pub windows: Windows,
    /// The file on screen (its index in the batch) and its column choices;
    /// every other file uses its own proposal.
    pub current: Option<(usize, Vec<ColumnChoice>)>,
}

/// The corrections one file of a batch is corrected with: the file's own
/// header values win over the page's for what they state — the cantilever's
/// spring constant and sensitivity, and the frame compliance when the page
/// removes one — since they belong to that file's test; everything else is
/// the page's.
pub fn file_corrections(own: &Corrections, page: &Corrections) -> Corrections {
    Corrections {
        spring_constant: own.spring_constant.or(page.spring_constant),
        sensitivity: own.sensitivity.or(page.sensitivity),
        frame_compliance: page
            .frame_compliance
            .map(|c| own.frame_compliance.unwrap_or(c)),
        ..*page
    }
}

/// One file's row: file `index` of the batch, its import (or why it was
/// not read), a diameter typed for its row (m), and the batch's settings. A
/// stress–strain table needs no geometry, and has a diameter (for the
/// strength–size fit) only when one is typed for its row.
pub fn batch_row(
    index: usize,
    name: &str,
    import: std::result::Result<&Import, &str>,
    diameter: Option<f64>,
    s: &BatchSettings,
) -> BatchRow {
    let outcome = (|| -> std::result::Result<(BatchValues, bool), String> {
        let curve = corrected(index, import, s)?;
        let table = curve.kind.is_stress_strain();
        let geometry = if table {
            Geometry::per_unit(s.mode)
        } else {
            let mut g = s
                .geometry
                .ok_or("enter the initial length and a diameter above")?;
            if let Some(d) = diameter {
                g.top_diameter = d;
                g.bottom_diameter = d;
            }
            g
        };
        let r = analyse_curve(&curve, &geometry, &s.windows).map_err(|e| e.to_string())?;
        Ok((BatchValues::from_results(&r, &curve.steps), table))
    })();
    // A stress–strain table's row has the typed diameter or none (0).
    let page_diameter = match outcome {
        Ok((_, true)) => None,
        _ => s.geometry.map(|g| g.top_diameter),
    };
    BatchRow {
        file: name.to_string(),
        diameter: diameter.or(page_diameter).unwrap_or(0.0),
        outcome: outcome.map(|(v, _)| v),
    }
}

/// File `index` of a batch corrected as the page says: its columns (the
/// page's choices for the file on screen, else its own proposal) and the
/// corrections, the file's own header values first.
fn corrected(
    index: usize,
    import: std::result::Result<&Import, &str>,
    s: &BatchSettings,
) -> std::result::Result<CorrectedCurve, String> {
    let import = import.map_err(str::to_string)?;
    let proposal = propose(import);
    let choices = match &s.current {
        Some((i, c)) if *i == index => c.clone(),
        _ => choices_from_proposal(import, &proposal),
    };
    let mapping = mapping_from_choices(&choices)?;
    let corrections = file_corrections(&proposal.corrections, &s.corrections);
    correct(import, 0..import.rows(), &mapping, &corrections).map_err(|e| e.to_string())
}

/// The Young's modulus (Pa) the chosen specimen's model gives for file
/// `index` of a batch (see [`batch_row`] for its columns and corrections),
/// or why there is none.
pub fn model_row(
    index: usize,
    import: std::result::Result<&Import, &str>,
    s: &BatchSettings,
    model: &ModelSettings,
) -> std::result::Result<f64, String> {
    let curve = corrected(index, import, s)?;
    model_modulus(&curve, model).map_err(|e| e.to_string())
}

/// One file's row.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRow {
    /// The file's name.
    pub file: String,
    /// The specimen's diameter (m) used for the stress.
    pub diameter: f64,
    /// The results, or why the file could not be analysed.
    pub outcome: std::result::Result<BatchValues, String>,
}

/// The numbers a row reports (SI: Pa).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchValues {
    /// Young's modulus from loading.
    pub modulus: f64,
    /// Modulus from unloading, when the curve unloads.
    pub unloading_modulus: Option<f64>,
    /// 0.2 % offset yield stress, when found.
    pub yield_stress: Option<f64>,
    /// Maximum stress.
    pub max_stress: f64,
    /// The corrections applied, in words.
    pub corrections: Vec<String>,
}

impl BatchValues {
    /// The row's numbers from a test's results and the steps of its curve.
    pub fn from_results(r: &CurveResults, steps: &[String]) -> Self {
        Self {
            modulus: r.loading.fit.slope,
            unloading_modulus: r.unloading.map(|(_, e)| e),
            yield_stress: r.loading.offset_yield.map(|(_, s)| s),
            max_stress: r.loading.max_stress,
            corrections: steps.to_vec(),
        }
    }
}

/// The table as CSV: diameter in nm, moduli in GPa, stresses in MPa; a
/// failed file has its reason in the last column and empty numbers.
pub fn batch_csv(rows: &[BatchRow]) -> String {
    let mut out = String::from(
        "file,diameter (nm),modulus from loading (GPa),modulus from unloading (GPa),0.2 % yield (MPa),maximum stress (MPa),corrections,problem\n",
    );
    let opt = |v: Option<f64>, scale: f64| v.map(|v| format_data(v / scale)).unwrap_or_default();
    for r in rows {
        let d = format_data(r.diameter * 1e9);
        let line = match &r.outcome {
            Ok(v) => [
                csv_cell(&r.file),
                d,
                format_data(v.modulus / 1e9),
                opt(v.unloading_modulus, 1e9),
                opt(v.yield_stress, 1e6),
                format_data(v.max_stress / 1e6),
                csv_cell(&v.corrections.join("; ")),
                String::new(),
            ],
            Err(reason) => [
                csv_cell(&r.file),
                d,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                csv_cell(reason),
            ],
        };
        out += &line.join(",");
        out.push('\n');
    }
    out
}

/// The power law σ_max = A·d^−m over the rows that succeeded, with d in nm
/// and σ in MPa (so A is in MPa·nm^m), as the paper's Table 1 is read.
pub fn strength_size_fit(rows: &[BatchRow]) -> Result<PowerLawFit> {
    let (d, s): (Vec<f64>, Vec<f64>) = rows
        .iter()
        // A row without a diameter (a stress–strain table) is not a size.
        .filter(|r| r.diameter > 0.0)
        .filter_map(|r| {
            r.outcome
                .as_ref()
                .ok()
                .map(|v| (r.diameter * 1e9, v.max_stress / 1e6))
        })
        .unzip();
    fit_power_law(&d, &s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;
    use crate::measurement::pipeline::LoadingMode;
    use crate::measurement::taper::TaperArea;

    #[test]
    fn a_files_own_header_values_win_over_the_pages() {
        let page = Corrections {
            spring_constant: Some(1.0),
            sensitivity: Some(2e-9),
            baseline_points: Some(15),
            frame_compliance: Some(3e-5),
            ..Corrections::default()
        };
        let own = Corrections {
            spring_constant: Some(40.0),
            frame_compliance: Some(1e-5),
            ..Corrections::default()
        };
        let c = file_corrections(&own, &page);
        assert_eq!(c.spring_constant, Some(40.0));
        assert_eq!(c.sensitivity, Some(2e-9));
        assert_eq!(c.frame_compliance, Some(1e-5));
        assert_eq!(c.baseline_points, Some(15));
        // The page removes no frame compliance: the header's is not forced on.
        let off = Corrections {
            frame_compliance: None,
            ..page
        };
        assert_eq!(file_corrections(&own, &off).frame_compliance, None);
    }

    /// The synthetic pillar (docs/test-data.md): E = 5 GPa with a frame
    /// compliance of 10⁻⁵ m/N in its depth, stated in its header.
    const HLD: &[u8] = include_bytes!("../../tests/data/import/triboscan_pillar.hld");

    #[test]
    fn a_batch_row_uses_the_files_compliance_and_keeps_failures() {
        let import = load_data("pillar.hld", HLD).unwrap();
        let settings = BatchSettings {
            corrections: Corrections {
                baseline_points: Some(15),
                // A wrong page value: the header's 1e-5 m/N must win.
                frame_compliance: Some(1e-3),
                ..Corrections::default()
            },
            geometry: Some(Geometry {
                top_diameter: 500e-9,
                bottom_diameter: 500e-9,
                area: TaperArea::Top,
                length: 1e-6,
                mode: LoadingMode::Compression,
            }),
            mode: LoadingMode::Compression,
            windows: Windows::default(),
            current: None,
        };
        let row = batch_row(0, "pillar.hld", Ok(&import), None, &settings);
        let v = row.outcome.unwrap();
        assert!((v.modulus / 5e9 - 1.0).abs() < 1e-3, "{}", v.modulus);
        assert_eq!(row.diameter, 500e-9);
        // A typed diameter of 1000 nm: a quarter of the stress, a quarter of
        // the modulus.
        let wide = batch_row(0, "pillar.hld", Ok(&import), Some(1e-6), &settings);
        assert!((wide.outcome.unwrap().modulus / 1.25e9 - 1.0).abs() < 1e-3);
        let failed = batch_row(1, "x.bin", Err("x.bin: a binary file."), None, &settings);
        assert_eq!(failed.outcome.unwrap_err(), "x.bin: a binary file.");
        // A stress–strain table needs no geometry, and takes no diameter
        // from the page: it is not a point of the strength–size fit.
        let table = load_data(
            "kurve.csv",
            b"strain (%),stress (MPa)\n0,0\n1,20\n2,40\n3,41\n",
        )
        .unwrap();
        let with_page = batch_row(2, "kurve.csv", Ok(&table), None, &settings);
        assert!((with_page.outcome.as_ref().unwrap().max_stress - 41e6).abs() < 1e-3);
        assert_eq!(with_page.diameter, 0.0);
        let typed = batch_row(2, "kurve.csv", Ok(&table), Some(300e-9), &settings);
        assert_eq!(typed.diameter, 300e-9);
        let no_geometry = BatchSettings {
            geometry: None,
            ..settings
        };
        assert!(batch_row(2, "kurve.csv", Ok(&table), None, &no_geometry)
            .outcome
            .is_ok());
        let e = batch_row(0, "pillar.hld", Ok(&import), None, &no_geometry).outcome;
        assert!(e.unwrap_err().contains("initial length"));
    }

    fn ok(file: &str, d_nm: f64, max_mpa: f64) -> BatchRow {
        BatchRow {
            file: file.to_string(),
            diameter: d_nm * 1e-9,
            outcome: Ok(BatchValues {
                modulus: 5e9,
                unloading_modulus: Some(5.1e9),
                yield_stress: Some(60.4e6),
                max_stress: max_mpa * 1e6,
                corrections: vec![
                    "baseline removed".to_string(),
                    "frame compliance removed (δ − F·C)".to_string(),
                ],
            }),
        }
    }

    #[test]
    fn table_with_a_failed_file() {
        let rows = vec![
            ok("a.txt", 200.0, 100.0),
            BatchRow {
                file: "b, broken.txt".to_string(),
                diameter: 300e-9,
                outcome: Err("b, broken.txt, line 7, column 2: “x” is not a number.".to_string()),
            },
        ];
        let csv = batch_csv(&rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[1],
            "a.txt,200,5,5.1,60.4,100,baseline removed; frame compliance removed (δ − F·C),"
        );
        assert_eq!(
            lines[2],
            "\"b, broken.txt\",300,,,,,,\"b, broken.txt, line 7, column 2: “x” is not a number.\""
        );
    }

    #[test]
    fn strength_against_size() {
        // σ = 2000·d^−0.5 MPa (d in nm): 200, 100, 50 MPa at 100, 400, 1600 nm.
        let rows = vec![
            ok("1", 100.0, 200.0),
            ok("2", 400.0, 100.0),
            BatchRow {
                file: "bad".to_string(),
                diameter: 50e-9,
                outcome: Err("no".to_string()),
            },
            ok("3", 1600.0, 50.0),
        ];
        let f = strength_size_fit(&rows).unwrap();
        assert!((f.m - 0.5).abs() < 1e-12);
        assert!((f.a / 2000.0 - 1.0).abs() < 1e-12);
        assert_eq!(f.points, 3);
    }
}
