//! From an imported file to the numbers of a paper's Table 1: the pipeline
//! a reader can follow from raw columns to the reported modulus.
//!
//! 1. [`Mapping`]: which column is displacement, piezo travel, deflection,
//!    force, time, and in which unit (the page proposes it from the headers,
//!    `import::column_header`, and the user confirms);
//! 2. cantilever set-up, signs, baseline and contact point, frame and base
//!    compliance, drift: `measurement::corrections`, each step optional and
//!    listed in [`CorrectedCurve::steps`];
//! 3. segments: loading, hold, unloading (`segments`), kept with the
//!    corrected curve;
//! 4. geometry (`taper`, initial length) → engineering stress and strain
//!    ([`stress_strain`], the one place they are computed) → on loading:
//!    modulus, 0.2 % offset yield, maximum stress, work
//!    (`loading_analysis::analyse`); modulus from unloading (`unloading`,
//!    E = S·L₀/A); strain rate; Hollomon exponent on true stress–strain
//!    beyond yield (`fitting::hollomon`).
//!
//! A table that is already stress against strain (a paste, a notebook, a
//! digitised figure) is one more input: map its strain and stress columns
//! and the same steps run on it, with no geometry ([`CurveKind::StressStrain`]).
//!
//! Everything is in SI inside; results are in SI (Pa, m, N, s⁻¹, J).

use crate::error::{Error, Result};
use crate::fitting::hollomon::{fit_hollomon, Hollomon};
use crate::fitting::least_squares::fit_line;
use crate::import::Import;
use crate::measurement::corrections as mc;
use crate::measurement::loading_analysis::{analyse, Analysis};
use crate::measurement::segments::{find_segments, last_max_index, CurveSegments};
use crate::measurement::taper::{taper_area, TaperArea};
use crate::measurement::unloading::{unloading_stiffness, StiffnessFit};
use crate::numbers::number_format::{format_clean, format_sig};

/// A column of the import and the factor that takes its values to SI.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    /// Index into `Import::columns`.
    pub column: usize,
    /// Multiply by this for SI (m, N, s; for a deflection in V, 1 and see
    /// [`Corrections::sensitivity`]).
    pub to_si: f64,
}

/// What each column is.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Mapping {
    /// The specimen's displacement, when the instrument gives it.
    pub displacement: Option<Source>,
    /// Piezo or Z travel (displacement = travel − deflection).
    pub travel: Option<Source>,
    /// Cantilever deflection (m, or V with a sensitivity).
    pub deflection: Option<Source>,
    /// The specimen's height or length measured on video frames (a file
    /// merged with a force log on time).
    pub height: Option<Source>,
    /// The video frame number of each height (turned into time with the
    /// frame rate).
    pub frame: Option<Source>,
    /// The retract: a second column of the force or the deflection,
    /// recorded against the same travel rows as the first (the approach).
    /// The curve is then the approach followed by the retract, rows in
    /// reverse order, so it runs in and back out.
    pub retract: Option<Source>,
    /// Whether the deflection column is a detector signal (in volts or
    /// nanoamperes) that the sensitivity turns into metres.
    pub deflection_is_signal: bool,
    /// The signal's unit as the file or the user named it (`V`, `mV`, `nA`),
    /// for messages.
    pub signal_unit: &'static str,
    /// Force, when the instrument gives it.
    pub force: Option<Source>,
    /// Time.
    pub time: Option<Source>,
    /// Engineering strain, for a table that is already a stress–strain
    /// curve (with [`Mapping::stress`]).
    pub strain: Option<Source>,
    /// Engineering stress (Pa), with [`Mapping::strain`].
    pub stress: Option<Source>,
    /// Whether the strain and stress columns hold true (logarithmic) strain
    /// and true stress rather than engineering values.
    pub true_values: bool,
}

impl Mapping {
    /// Whether the columns are stress and strain (not force and displacement).
    pub fn is_stress_strain(&self) -> bool {
        self.strain.is_some() && self.stress.is_some()
    }
}

/// Corrections to apply; `None` skips a step.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Corrections {
    /// Cantilever spring constant k (N/m): F = k·deflection.
    pub spring_constant: Option<f64>,
    /// Deflection sensitivity, metres per SI unit of signal (m/V, or m/A:
    /// 1 nm/nA is 1 m/A), for a deflection that is a detector signal.
    pub sensitivity: Option<f64>,
    /// Fit the baseline over this many first points (before contact), remove
    /// it, and start the curve at contact.
    pub baseline_points: Option<usize>,
    /// Frame compliance (m/N).
    pub frame_compliance: Option<f64>,
    /// Substrate modulus (Pa), Poisson ratio and pillar base diameter (m).
    pub base: Option<(f64, f64, f64)>,
    /// Thermal drift rate (m/s).
    pub drift_rate: Option<f64>,
}

/// Compression (shortening positive) or tension (lengthening positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadingMode {
    /// The specimen is compressed.
    Compression,
    /// The specimen is pulled.
    Tension,
}

/// The specimen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Top diameter (m).
    pub top_diameter: f64,
    /// Bottom diameter (m); equal to the top for a straight rod.
    pub bottom_diameter: f64,
    /// The section the stress is computed on.
    pub area: TaperArea,
    /// Initial length (m).
    pub length: f64,
    /// Compression or tension.
    pub mode: LoadingMode,
}

impl Geometry {
    /// The geometry a stress–strain table is analysed with: only the test
    /// mode is read (the sizes are those of a unit specimen).
    pub fn per_unit(mode: LoadingMode) -> Self {
        Geometry {
            top_diameter: 1.0,
            bottom_diameter: 1.0,
            area: TaperArea::Top,
            length: 1.0,
            mode,
        }
    }
}

/// Engineering strain and stress of every point of a corrected curve.
#[derive(Debug, Clone, PartialEq)]
pub struct StressStrainCurve {
    /// Engineering strain δ/L₀ (shortening positive in compression).
    pub strain: Vec<f64>,
    /// Engineering stress F/A (Pa).
    pub stress: Vec<f64>,
    /// The section A used (m²; 1 for a stress–strain table).
    pub area: f64,
    /// The initial length L₀ (m; 1 for a stress–strain table).
    pub length: f64,
    /// Compression or tension, for the true values.
    pub mode: LoadingMode,
}

impl StressStrainCurve {
    /// True strain and stress at point `i` ([`true_stress_strain`]).
    pub fn true_at(&self, i: usize) -> Option<(f64, f64)> {
        true_stress_strain(*self.strain.get(i)?, *self.stress.get(i)?, self.mode)
    }
}

/// Engineering strain ε = δ/L₀ and stress σ = F/A of every point of `curve`,
/// with A the section `geometry` chooses (`taper`) and L₀ its initial length;
/// a stress–strain table is returned as it is.
pub fn stress_strain(curve: &CorrectedCurve, geometry: &Geometry) -> Result<StressStrainCurve> {
    if curve.kind == CurveKind::TrueStressStrain {
        return engineering_from_true(curve, geometry.mode);
    }
    let (area, length) = match curve.kind {
        CurveKind::StressStrain | CurveKind::TrueStressStrain => (1.0, 1.0),
        CurveKind::ForceDisplacement => {
            let area = taper_area(
                geometry.top_diameter,
                geometry.bottom_diameter,
                geometry.area,
            )?;
            if !(geometry.length.is_finite() && geometry.length > 0.0) {
                return Err(Error::Inconsistent {
                    message: "the initial length must be greater than 0".to_string(),
                });
            }
            (area, geometry.length)
        }
    };
    let n = curve.force.len().min(curve.displacement.len());
    Ok(StressStrainCurve {
        strain: curve.displacement[..n].iter().map(|d| d / length).collect(),
        stress: curve.force[..n].iter().map(|f| f / area).collect(),
        area,
        length,
        mode: geometry.mode,
    })
}

/// Engineering strain and stress from a table of true values at constant
/// volume, the inverse of [`true_stress_strain`]: in compression (shortening
/// positive) e = 1 − exp(−ε) and s = σ/(1 − e); in tension e = exp(ε) − 1
/// and s = σ/(1 + e).
fn engineering_from_true(curve: &CorrectedCurve, mode: LoadingMode) -> Result<StressStrainCurve> {
    let n = curve.force.len().min(curve.displacement.len());
    let (mut strain, mut stress) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (&t, &s) in curve.displacement[..n].iter().zip(&curve.force[..n]) {
        let e = match mode {
            LoadingMode::Compression => 1.0 - (-t).exp(),
            LoadingMode::Tension => t.exp() - 1.0,
        };
        let section = match mode {
            LoadingMode::Compression => 1.0 - e,
            LoadingMode::Tension => 1.0 + e,
        };
        strain.push(crate::error::finite("engineering strain", e)?);
        stress.push(crate::error::finite("engineering stress", s / section)?);
    }
    Ok(StressStrainCurve {
        strain,
        stress,
        area: 1.0,
        length: 1.0,
        mode,
    })
}

/// Fit windows and rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Windows {
    /// Loading modulus strain window (automatic when `None`).
    pub loading: Option<(f64, f64)>,
    /// Unloading window as fractions of the unloading force.
    pub unloading_force: (f64, f64),
    /// Offset strain for the yield point (0.002 for 0.2 %).
    pub offset: f64,
}

impl Default for Windows {
    fn default() -> Self {
        Self {
            loading: None,
            unloading_force: (0.5, 0.9),
            offset: 0.002,
        }
    }
}

/// What a corrected curve's two arrays hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CurveKind {
    /// Force (N) against the specimen's displacement (m); a geometry turns
    /// them into stress and strain.
    #[default]
    ForceDisplacement,
    /// A table that already is engineering stress against strain: `force`
    /// holds the stress (Pa) and `displacement` the strain, as for a specimen
    /// of unit section (1 m²) and unit length (1 m); the geometry's sizes
    /// are not used, only its test mode.
    StressStrain,
    /// A table of true stress against true strain, held as read (`force`
    /// the true stress, `displacement` the true strain); [`stress_strain`]
    /// turns them into engineering values with the test mode.
    TrueStressStrain,
}

impl CurveKind {
    /// Whether the curve is a stress–strain table (no force, displacement
    /// or specimen).
    pub fn is_stress_strain(self) -> bool {
        self != CurveKind::ForceDisplacement
    }
}

/// The corrected curve, and what was done to it.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectedCurve {
    /// What the two arrays are.
    pub kind: CurveKind,
    /// The specimen's displacement (m), from contact, loading positive (the
    /// strain for a stress–strain table).
    pub displacement: Vec<f64>,
    /// The force on the specimen (N), loading positive (the stress in Pa
    /// for a stress–strain table).
    pub force: Vec<f64>,
    /// Loading, hold and unloading, found from the force.
    pub segments: CurveSegments,
    /// Time (s), when mapped.
    pub time: Option<Vec<f64>>,
    /// Each correction applied, in words, in order.
    pub steps: Vec<String>,
    /// What the user should check.
    pub warnings: Vec<String>,
}

/// Reads the mapped columns over `rows` and applies the corrections:
/// [`read_curve`], then the baseline and contact point, frame and base
/// compliance and drift, each when asked for.
pub fn correct(
    import: &Import,
    rows: std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
) -> Result<CorrectedCurve> {
    let curve = read::<true>(import, rows, mapping, corrections)?;
    match curve.kind {
        CurveKind::ForceDisplacement => apply_corrections(curve, corrections),
        _ => Ok(curve),
    }
}

/// The first stage of [`correct`] for two columns: a displacement and a
/// force (or a deflection, a detector signal times the sensitivity, and
/// force = spring constant × deflection) read over `rows`, signs turned so
/// that loading is positive, and the segments found; no baseline,
/// compliance or drift correction (a page whose two columns need none, such
/// as the rod page's, stops here). A stress–strain table is read as it is.
/// What only an instrument's export has is left to [`correct`], so a page of
/// two pasted columns carries none of that code: a deflection recorded as a
/// detector signal (V, nA), a piezo travel turned into the specimen's
/// displacement (travel − deflection), constant padding, a retract column.
pub fn read_curve(
    import: &Import,
    rows: std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
) -> Result<CorrectedCurve> {
    read::<false>(import, rows, mapping, corrections)
}

/// [`read_curve`], and with `LAYOUT` the instrument's layout sorted out:
/// constant padding cropped, and a retract column appended after its
/// approach, the approach in order of travel towards contact and the
/// retract away from it, each a listed step.
fn read<const LAYOUT: bool>(
    import: &Import,
    rows: std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
) -> Result<CorrectedCurve> {
    if let (Some(e), Some(s)) = (mapping.strain, mapping.stress) {
        let take = |s| take_column(import, &rows, s);
        let mut table = stress_strain_table(take(e)?, take(s)?, corrections)?;
        if mapping.true_values {
            table.kind = CurveKind::TrueStressStrain;
        }
        return Ok(table);
    }
    let mut steps = Vec::new();
    let mut warnings = Vec::new();
    let approach = specimen_columns::<LAYOUT>(
        import,
        &rows,
        mapping,
        corrections,
        &mut steps,
        &mut warnings,
    )?;
    if !LAYOUT {
        return finish(approach, steps, warnings);
    }
    let mut curve = approach.without_padding(&mut steps, "");
    if let Some(retract) = mapping.retract {
        let back = Mapping {
            force: mapping.force.map(|_| retract),
            deflection: mapping.deflection.map(|_| retract),
            ..*mapping
        };
        let (mut s2, mut w2) = (Vec::new(), Vec::new());
        let back = specimen_columns::<LAYOUT>(import, &rows, &back, corrections, &mut s2, &mut w2)?
            .without_padding(&mut steps, "retract: ");
        if curve.approach_then(back) {
            steps.push(
                "approach put in order of travel, towards contact (the file stores it from its contact end)"
                    .to_string(),
            );
        }
        steps.push(format!(
            "retract (column {}) appended after the approach, from contact outwards",
            retract.column + 1
        ));
    }
    finish(curve, steps, warnings)
}

/// The specimen's columns with loading made positive and the segments
/// found.
fn finish(curve: Columns, mut steps: Vec<String>, warnings: Vec<String>) -> Result<CorrectedCurve> {
    let Columns {
        displacement,
        force,
        time,
    } = curve;
    if force.len() < 3 {
        return Err(Error::Inconsistent {
            message: "the curve needs at least 3 points".to_string(),
        });
    }
    let n = mc::normalise_signs(&displacement, &force)?;
    steps.extend(signs_step(&n, "displacement", "force"));
    if let Some(z) = n.zero_moved {
        steps.push(format!(
            "displacement measured from the first point (recorded there as {} nm)",
            format_clean(z * 1e9, 4)
        ));
    }
    Ok(CorrectedCurve {
        kind: CurveKind::ForceDisplacement,
        segments: find_segments(&n.force, HOLD_TOLERANCE)?,
        displacement: n.displacement,
        force: n.force,
        time,
        steps,
        warnings,
    })
}

/// One mapped column over `rows`, in SI units.
fn take_column(import: &Import, rows: &std::ops::Range<usize>, s: Source) -> Result<Vec<f64>> {
    let bad = |m: &str| Error::Inconsistent {
        message: m.to_string(),
    };
    let col = import
        .columns
        .get(s.column)
        .ok_or_else(|| bad("a mapped column is not in the file"))?;
    let values = col
        .values
        .get(rows.clone())
        .ok_or_else(|| bad("the rows chosen are not in the file"))?;
    Ok(values.iter().map(|v| v * s.to_si).collect())
}

/// The specimen's displacement, force and time, row for row as the file
/// has them.
struct Columns {
    displacement: Vec<f64>,
    force: Vec<f64>,
    time: Option<Vec<f64>>,
}

/// Rows at either end where nothing moves (the same displacement and force
/// as the next row, three rows or more) are an instrument's padding.
const PADDING_RUN: usize = 3;

impl Columns {
    /// Crops constant padding at either end, as a listed step.
    fn without_padding(mut self, steps: &mut Vec<String>, what: &str) -> Self {
        let n = self.force.len();
        let same = |i: usize, j: usize| {
            self.force[i] == self.force[j] && self.displacement[i] == self.displacement[j]
        };
        let mut first = 0;
        while first + 1 < n && same(first, first + 1) {
            first += 1;
        }
        let mut last = n.saturating_sub(1);
        while last > first && same(last, last - 1) {
            last -= 1;
        }
        let first = if first + 1 >= PADDING_RUN { first } else { 0 };
        let end = if n - last >= PADDING_RUN { last + 1 } else { n };
        if first == 0 && end == n || first >= end {
            return self;
        }
        steps.push(format!(
            "{what}constant padding cropped: rows {}–{} of {n} kept ({} repeated rows dropped)",
            first + 1,
            end,
            n - (end - first)
        ));
        self.displacement = self.displacement[first..end].to_vec();
        self.force = self.force[first..end].to_vec();
        self.time = self.time.map(|t| t[first..end].to_vec());
        self
    }

    /// Whether the rows start at the contact end (an approach stored
    /// backwards): taking the last 5 % of rows as the baseline, the force is
    /// furthest from it in the first 5 % of rows, and most rows sit on it
    /// (within a tenth of that furthest change), as on an approach, where
    /// most rows are out of contact. A curve that loads and unloads has
    /// most of its rows far from its last ones.
    fn starts_in_contact(&self) -> bool {
        let n = self.force.len();
        if n < 10 {
            return false;
        }
        let edge = (n / 20).max(1);
        let tail = self.force[n - edge..].iter().sum::<f64>() / edge as f64;
        let change = |f: f64| (f - tail).abs();
        let Some(peak) =
            (0..n).max_by(|&a, &b| change(self.force[a]).total_cmp(&change(self.force[b])))
        else {
            return false;
        };
        let largest = change(self.force[peak]);
        let on_baseline = self
            .force
            .iter()
            .filter(|&&f| change(f) < 0.1 * largest)
            .count();
        peak < edge && largest > 0.0 && on_baseline > n / 2
    }

    fn reverse(&mut self) {
        self.displacement.reverse();
        self.force.reverse();
        if let Some(t) = self.time.as_mut() {
            t.reverse();
        }
    }

    /// The approach in the order of travel towards contact, then `back`
    /// from contact outwards; whether the approach had to be turned round.
    fn approach_then(&mut self, mut back: Columns) -> bool {
        let turned = self.starts_in_contact();
        if turned {
            self.reverse();
        }
        if !back.starts_in_contact() {
            back.reverse();
        }
        self.displacement.extend(back.displacement);
        self.force.extend(back.force);
        match (self.time.as_mut(), back.time) {
            (Some(t), Some(b)) => t.extend(b),
            _ => self.time = None,
        }
        turned
    }
}

/// The specimen's displacement, travel − deflection, with both taken in the
/// direction of loading first: a travel that falls towards the sample (JPK's
/// height) is turned, as a listed step, and so is a deflection that falls as
/// the force on the specimen rises; otherwise the deflection would be added
/// to the travel instead of taken from it.
fn loading_displacement(
    travel: Vec<f64>,
    deflection: &[f64],
    force: &[f64],
    steps: &mut Vec<String>,
) -> Result<Vec<f64>> {
    let (travel_falls, force_falls) = mc::loading_direction(&travel, force)?;
    let sign = |flip: bool| if flip { -1.0 } else { 1.0 };
    let (st, sd) = (sign(travel_falls), sign(force_falls));
    if travel_falls {
        steps.push(
            "piezo travel turned so it grows towards the sample (it falls in the file, as JPK's height does)"
                .to_string(),
        );
    }
    let travel: Vec<f64> = travel.iter().map(|z| st * z).collect();
    let deflection: Vec<f64> = deflection.iter().map(|d| sd * d).collect();
    mc::specimen_displacement(&travel, &deflection)
}

/// The cantilever's deflection (m, when mapped) and the force (N): a
/// deflection signal times the sensitivity, force = spring constant ×
/// deflection, or the force column as it is; each step listed.
fn deflection_and_force<const SIGNAL: bool>(
    import: &Import,
    rows: &std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
    steps: &mut Vec<String>,
) -> Result<(Option<Vec<f64>>, Vec<f64>)> {
    let bad = |m: &str| Error::Inconsistent {
        message: m.to_string(),
    };
    let take = |s| take_column(import, rows, s);
    let deflection = match mapping.deflection {
        Some(s) if SIGNAL && mapping.deflection_is_signal => {
            let sens = corrections.sensitivity.ok_or_else(|| {
                let u = if mapping.signal_unit.ends_with('A') { "nm/nA" } else { "nm/V" };
                Error::Inconsistent {
                    message: format!("the deflection is a detector signal ({}): give the deflection sensitivity ({u}) to turn it into metres", mapping.signal_unit),
                }
            })?;
            steps.push(format!(
                "deflection = signal ({}) × sensitivity",
                mapping.signal_unit
            ));
            Some(mc::deflection_from_volts(&take(s)?, sens)?)
        }
        Some(_) if mapping.deflection_is_signal => {
            return Err(bad(
                "a deflection recorded as a detector signal is read by correct(), which applies the sensitivity",
            ))
        }
        Some(s) => Some(take(s)?),
        None => None,
    };
    let force = match (mapping.force, &deflection, corrections.spring_constant) {
        (Some(s), _, _) => take(s)?,
        (None, Some(d), Some(k)) => {
            steps.push("force = spring constant × deflection".to_string());
            mc::cantilever_force(d, k)?
        }
        _ => {
            return Err(bad(
                "no force: map a force column, or a deflection column with the spring constant",
            ))
        }
    };
    Ok((deflection, force))
}

/// A force log: time (s) and force (N) over `rows`, for a test whose
/// displacement comes from elsewhere (heights measured on video, merged on
/// time); the steps that made the force.
pub fn read_force_log(
    import: &Import,
    rows: std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
) -> Result<(Vec<f64>, Vec<f64>, Vec<String>)> {
    let mut steps = Vec::new();
    let time = mapping.time.ok_or_else(|| Error::Inconsistent {
        message: "the force log needs its time column: say which column is the time".to_string(),
    })?;
    let (_, force) = deflection_and_force::<true>(import, &rows, mapping, corrections, &mut steps)?;
    Ok((take_column(import, &rows, time)?, force, steps))
}

/// The mapped columns over `rows` turned into the specimen's displacement
/// and force: a deflection signal times the sensitivity, force = spring
/// constant × deflection, displacement = travel − deflection; each step
/// listed.
fn specimen_columns<const TRAVEL: bool>(
    import: &Import,
    rows: &std::ops::Range<usize>,
    mapping: &Mapping,
    corrections: &Corrections,
    steps: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Result<Columns> {
    let bad = |m: &str| Error::Inconsistent {
        message: m.to_string(),
    };
    let take = |s| take_column(import, rows, s);
    let (deflection, force) =
        deflection_and_force::<TRAVEL>(import, rows, mapping, corrections, steps)?;
    let displacement = match (mapping.displacement, mapping.travel, &deflection) {
        (Some(s), _, _) => take(s)?,
        (None, Some(t), Some(d)) if TRAVEL => {
            steps.push("specimen displacement = piezo travel − deflection".to_string());
            loading_displacement(take(t)?, d, &force, steps)?
        }
        (None, Some(t), None) if TRAVEL => match corrections.spring_constant {
            // A force curve that gives force, not deflection (AFM Workshop,
            // Nanoscope's pN columns): the deflection is F/k.
            Some(k) => {
                if !(k.is_finite() && k > 0.0) {
                    return Err(bad("the spring constant (N/m) must be greater than 0"));
                }
                steps.push(
                    "specimen displacement = piezo travel − force / spring constant".to_string(),
                );
                let deflection: Vec<f64> = force.iter().map(|f| f / k).collect();
                loading_displacement(take(t)?, &deflection, &force, steps)?
            }
            None => {
                warnings.push("The piezo travel is taken as the specimen's displacement: it includes the cantilever's deflection. Map the deflection, or give the spring constant, to subtract it.".to_string());
                take(t)?
            }
        },
        _ => {
            return Err(bad(
                "no displacement: map a displacement, or piezo travel and deflection",
            ))
        }
    };
    let time = mapping.time.map(take).transpose()?;
    Ok(Columns {
        displacement,
        force,
        time,
    })
}

/// The second stage of [`correct`]: baseline and contact point, frame and
/// base compliance, drift, each when `corrections` asks for it, each listed
/// in the curve's steps.
fn apply_corrections(curve: CorrectedCurve, corrections: &Corrections) -> Result<CorrectedCurve> {
    let bad = |m: &str| Error::Inconsistent {
        message: m.to_string(),
    };
    let CorrectedCurve {
        mut displacement,
        mut force,
        mut time,
        mut steps,
        warnings,
        ..
    } = curve;
    if let Some(points) = corrections.baseline_points {
        let (corrected, line) = mc::remove_baseline(&displacement, &force, 0..points)?;
        let threshold = 5.0
            * line
                .noise
                .max(1e-6 * corrected.iter().fold(0.0f64, |m, f| m.max(f.abs())));
        let contact = mc::contact_index(&corrected, threshold, 3).ok_or_else(|| {
            bad("the force never leaves the baseline: no contact found; check the baseline points")
        })?;
        // Contact lies between the last point on the baseline and the first
        // above it: start from the last point on the baseline.
        let start = contact.saturating_sub(1);
        let d0 = displacement[start];
        displacement = displacement[start..].iter().map(|d| d - d0).collect();
        force = corrected[start..].to_vec();
        time = time.map(|t| {
            let t0 = t[start];
            t[start..].iter().map(|x| x - t0).collect()
        });
        steps.push(format!(
            "baseline fitted over the first {points} points and removed; contact at point {} of the rows chosen",
            start + 1
        ));
    }
    if let Some(c) = corrections.frame_compliance {
        displacement = mc::remove_frame_compliance(&displacement, &force, c)?;
        steps.push("frame compliance removed (δ − F·C)".to_string());
    }
    if let Some((e, nu, d)) = corrections.base {
        displacement = mc::remove_base_compliance(&displacement, &force, e, nu, d)?;
        steps.push("base compliance removed (Sneddon)".to_string());
    }
    if let Some(rate) = corrections.drift_rate {
        let t = time
            .as_ref()
            .ok_or_else(|| bad("the drift correction needs a time column"))?;
        displacement = mc::remove_drift(&displacement, t, rate)?;
        steps.push("thermal drift removed (δ − rate·t)".to_string());
    }
    Ok(CorrectedCurve {
        kind: CurveKind::ForceDisplacement,
        segments: find_segments(&force, HOLD_TOLERANCE)?,
        displacement,
        force,
        time,
        steps,
        warnings,
    })
}

/// The step that says which signs were turned, naming the two columns as
/// `x` and `y` ("displacement" and "force", or "strain" and "stress").
fn signs_step(n: &mc::Normalised, x: &str, y: &str) -> Option<String> {
    let turned = match (n.displacement_flipped, n.force_flipped) {
        (true, true) => format!("{x} and {y}"),
        (true, false) => x.to_string(),
        (false, true) => y.to_string(),
        (false, false) => return None,
    };
    Some(format!("signs turned so loading is positive ({turned})"))
}

/// The hold is the run of points within 1 % of the maximum force.
const HOLD_TOLERANCE: f64 = 0.01;

/// A stress–strain table as a corrected curve: signs turned so that loading
/// is positive (as for force and displacement, but the strain keeps its
/// origin); the corrections, which act on force and displacement, are not
/// applied, and a warning says so if any was asked for.
fn stress_strain_table(
    strain: Vec<f64>,
    stress: Vec<f64>,
    corrections: &Corrections,
) -> Result<CorrectedCurve> {
    if stress.len() < 3 {
        return Err(Error::Inconsistent {
            message: "the curve needs at least 3 points".to_string(),
        });
    }
    let n = mc::normalise_signs(&strain, &stress)?;
    let flip = |v: Vec<f64>, flipped: bool| -> Vec<f64> {
        if flipped {
            v.into_iter().map(|x| -x).collect()
        } else {
            v
        }
    };
    let steps: Vec<String> = signs_step(&n, "strain", "stress").into_iter().collect();
    let mut warnings = Vec::new();
    if *corrections != Corrections::default() {
        warnings.push("The columns are stress and strain: the corrections, which act on force and displacement, were not applied.".to_string());
    }
    let stress = flip(stress, n.force_flipped);
    Ok(CorrectedCurve {
        kind: CurveKind::StressStrain,
        segments: find_segments(&stress, HOLD_TOLERANCE)?,
        displacement: flip(strain, n.displacement_flipped),
        force: stress,
        time: None,
        steps,
        warnings,
    })
}

/// The maximum force (N) of a corrected curve and the displacement at it
/// (m): known before any geometry is given. `None` for an empty curve.
pub fn max_force(curve: &CorrectedCurve) -> Option<(f64, f64)> {
    let f = &curve.force;
    let peak = last_max_index(f)?;
    Some((f[peak], *curve.displacement.get(peak)?))
}

/// The results of one test.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveResults {
    /// Maximum force (N) and the displacement at it (m).
    pub max_force: (f64, f64),
    /// Cross-section area used (m²).
    pub area: f64,
    /// Loading analysis: modulus (fit slope, Pa), offset yield, maximum
    /// stress and strain at it, work per volume (J/m³).
    pub loading: Analysis,
    /// Unloading stiffness and modulus E = S·L₀/A (Pa), when the curve unloads.
    pub unloading: Option<(StiffnessFit, f64)>,
    /// Strain rate on loading (s⁻¹), when time is mapped.
    pub strain_rate: Option<f64>,
    /// Work done on the specimen up to the end of loading (J).
    pub work: f64,
    /// Hollomon fit beyond yield on true stress–strain, when there is one.
    pub hollomon: Option<Hollomon>,
    /// What to check (a negative modulus, a poor fit…).
    pub warnings: Vec<String>,
}

/// Analyses a corrected curve for a specimen of `geometry`: everything of
/// [`analyse_without_hardening`], and the Hollomon fit ([`hardening`]).
pub fn analyse_curve(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    windows: &Windows,
) -> Result<CurveResults> {
    let mut r = analyse_without_hardening(curve, geometry, windows)?;
    add_hardening(&mut r, curve, geometry);
    Ok(r)
}

/// Moduli above this (Pa) are not a material's: diamond's Young's modulus
/// is 1.14 TPa.
pub const MAX_PLAUSIBLE_MODULUS: f64 = 1.2e12;

fn too_stiff(which: &str, modulus: f64) -> String {
    format!(
        "The {which} modulus, {} GPa, is above 1.2 TPa (diamond's is 1.14 TPa): no specimen is this stiff; check the columns' units, the geometry and the specimen model.",
        format_sig(modulus / 1e9, 3)
    )
}

/// Sets the Hollomon fit of `results` ([`hardening`]) and warns when its
/// exponent is outside 0–1, where the curve beyond yield is not work
/// hardening (a wrong segment, sign or specimen model).
pub fn add_hardening(results: &mut CurveResults, curve: &CorrectedCurve, geometry: &Geometry) {
    results.hollomon = hardening(curve, geometry, results);
    if let Some(h) = results.hollomon {
        if !(0.0..=1.0).contains(&h.n) {
            results.warnings.push(format!(
                "The hardening exponent n = {} is outside 0–1: the curve beyond yield is not work hardening; check the rows, the signs and the specimen model before using K and n.",
                format_sig(h.n, 3)
            ));
        }
    }
}

/// The Hollomon fit σ = K·εⁿ on true stress and strain at constant volume
/// beyond the offset yield point of `results` (compression shortens and
/// widens: ε = −ln(1 − e), σ = s·(1 − e); tension lengthens and narrows:
/// ε = ln(1 + e), σ = s·(1 + e)); `None` without a yield point or a fit.
/// The page runs it as a step of its own on long curves.
pub fn hardening(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    results: &CurveResults,
) -> Option<Hollomon> {
    let (ey, _) = results.loading.offset_yield?;
    let ss = stress_strain(curve, geometry).ok()?;
    let n = results.loading.points.min(ss.stress.len());
    // Only the points beyond yield are fitted (the true strain grows with
    // the engineering strain).
    let (mut te, mut ts) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        if ss.strain[i] >= ey {
            if let Some((a, b)) = ss.true_at(i) {
                te.push(a);
                ts.push(b);
            }
        }
    }
    let (from, _) = true_stress_strain(ey, 0.0, geometry.mode)?;
    fit_hollomon(&te, &ts, from).ok()
}

/// True strain and true stress at constant volume from engineering strain
/// `e` (shortening in compression, lengthening in tension) and engineering
/// stress `s` (Pa): compression ε = −ln(1 − e), σ = s·(1 − e) (the section
/// grows to A0/(1 − e)); tension ε = ln(1 + e), σ = s·(1 + e). `None` for a
/// compression to zero length or beyond (e ≥ 1) and for any value that is
/// not finite.
pub fn true_stress_strain(e: f64, s: f64, mode: LoadingMode) -> Option<(f64, f64)> {
    let (strain, stress) = match mode {
        LoadingMode::Compression if e < 1.0 => (-(1.0 - e).ln(), s * (1.0 - e)),
        LoadingMode::Compression => return None,
        LoadingMode::Tension if e > -1.0 => ((1.0 + e).ln(), s * (1.0 + e)),
        LoadingMode::Tension => return None,
    };
    (strain.is_finite() && stress.is_finite()).then_some((strain, stress))
}

/// The loading part of a curve (to its maximum force, or the start of its
/// hold) as engineering stress and strain, and its analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    /// The loading part's stress and strain.
    pub curve: StressStrainCurve,
    /// Modulus, offset yield, maximum stress and work per volume.
    pub analysis: Analysis,
    /// The curve's warnings, and what to check about the fit.
    pub warnings: Vec<String>,
}

/// Analyses the loading part of a corrected curve for a specimen of
/// `geometry`: modulus over the window, offset yield, maximum stress, work
/// per volume (`loading_analysis::analyse`), with a warning for a modulus
/// that is not positive or a poor fit.
pub fn analyse_loading(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    windows: &Windows,
) -> Result<Loading> {
    let mut ss = stress_strain(curve, geometry)?;
    let peak = last_max_index(&curve.force).unwrap_or(0);
    let loading_end = (peak + 1)
        .max(curve.segments.loading.end)
        .min(ss.stress.len());
    ss.strain.truncate(loading_end);
    ss.stress.truncate(loading_end);
    let analysis = analyse(&ss.strain, &ss.stress, windows.loading, windows.offset)?;
    let mut warnings = curve.warnings.clone();
    if curve.kind == CurveKind::ForceDisplacement {
        if let Some(&d0) = curve.displacement.first().filter(|d| **d != 0.0) {
            warnings.push(format!(
                "The displacement starts at {} nm, as recorded (a preload, or the instrument's own zero), and is not moved: strains count from that zero.",
                format_clean(d0 * 1e9, 4)
            ));
        }
    }
    if analysis.fit.slope > MAX_PLAUSIBLE_MODULUS {
        warnings.push(too_stiff("loading", analysis.fit.slope));
    }
    if geometry.mode == LoadingMode::Compression && analysis.strain_at_max > 1.0 {
        warnings.push(format!(
            "The strain at the maximum, {} %, is beyond 100 % in compression: the specimen cannot shorten by more than its length; check the displacement's unit, the initial length and the specimen model.",
            format_sig(analysis.strain_at_max * 100.0, 3)
        ));
    }
    if analysis.fit.slope <= 0.0 {
        warnings.push("The loading modulus is not positive: check the columns, their signs and the test mode.".to_string());
    } else if analysis.fit.r_squared < 0.9 {
        warnings.push(
            "The loading fit is poor (R² below 0.9): choose the modulus window by hand."
                .to_string(),
        );
    }
    Ok(Loading {
        curve: ss,
        analysis,
        warnings,
    })
}

/// Analyses a corrected curve for a specimen of `geometry`, all but the
/// Hollomon fit (`hollomon` is `None`): the loading part
/// ([`analyse_loading`]), the unloading modulus, the strain rate and the
/// work done on the specimen.
pub fn analyse_without_hardening(
    curve: &CorrectedCurve,
    geometry: &Geometry,
    windows: &Windows,
) -> Result<CurveResults> {
    let Loading {
        curve: ss,
        analysis: loading,
        warnings,
    } = analyse_loading(curve, geometry, windows)?;
    let (area, length) = (ss.area, ss.length);
    let loading_end = ss.stress.len();
    let (d, f) = (&curve.displacement, &curve.force);
    let seg = &curve.segments;
    let peak = last_max_index(f).unwrap_or(0);
    let unloading = if seg.unloading.len() >= 3 && seg.unloading.end > peak + 2 {
        let r = seg.unloading.start.max(peak)..seg.unloading.end;
        unloading_stiffness(&d[r.clone()], &f[r], windows.unloading_force)
            .ok()
            .map(|s| (s, s.stiffness * length / area))
    } else {
        None
    };
    let mut warnings = warnings;
    if let Some((_, e)) = unloading.filter(|u| u.1 > MAX_PLAUSIBLE_MODULUS) {
        warnings.push(too_stiff("unloading", e));
    }
    let strain_rate = curve.time.as_ref().and_then(|t| {
        fit_line(&t[..loading_end], &ss.strain)
            .map(|l| l.slope)
            .filter(|v| v.is_finite())
    });
    let work = d[..loading_end]
        .windows(2)
        .zip(f[..loading_end].windows(2))
        .map(|(x, y)| (x[1] - x[0]) * (y[0] + y[1]) / 2.0)
        .sum::<f64>();
    Ok(CurveResults {
        max_force: (f[peak], d[peak]),
        area,
        loading,
        unloading,
        strain_rate,
        work: crate::error::finite("work", work)?,
        hollomon: None,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::load_data;
    use crate::measurement::proposal::frame_compliance_from_metadata;
    use std::f64::consts::PI;

    #[test]
    fn true_stress_and_strain_at_constant_volume() {
        // 10 % shorter: ε = −ln 0.9 = 0.10536, σ = 0.9·s.
        let (e, s) = true_stress_strain(0.1, 100e6, LoadingMode::Compression).unwrap();
        assert!((e - 0.105_360_5).abs() < 1e-7 && (s - 90e6).abs() < 1e-6);
        // 10 % longer: ε = ln 1.1 = 0.09531, σ = 1.1·s.
        let (e, s) = true_stress_strain(0.1, 100e6, LoadingMode::Tension).unwrap();
        assert!((e - 0.095_310_2).abs() < 1e-7 && (s - 110e6).abs() < 1e-6);
        assert_eq!(true_stress_strain(1.0, 1.0, LoadingMode::Compression), None);
        assert_eq!(
            true_stress_strain(f64::NAN, 1.0, LoadingMode::Tension),
            None
        );
    }

    #[test]
    fn a_stress_strain_table_is_one_more_input() {
        // E = 2 GPa to 30 MPa (1.5 %), then 200 MPa per unit strain, to
        // 12 %: the maximum is 30 + 200·(0.12 − 0.015) = 51 MPa. Written as
        // a German spreadsheet: semicolons, decimal commas, % and MPa.
        let mut text = String::from("Dehnung (%);Spannung (MPa)\n");
        for i in 0..=120 {
            let e = i as f64 * 0.001;
            let s = if e <= 0.015 {
                2e9 * e
            } else {
                30e6 + 2e8 * (e - 0.015)
            };
            text += &format!("{};{}\n", e * 100.0, s / 1e6).replace('.', ",");
        }
        let import = load_data("kurve.csv", text.as_bytes()).unwrap();
        let mapping = Mapping {
            strain: Some(Source {
                column: 0,
                to_si: 1e-2,
            }),
            stress: Some(Source {
                column: 1,
                to_si: 1e6,
            }),
            ..Mapping::default()
        };
        let curve = correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap();
        assert_eq!(curve.kind, CurveKind::StressStrain);
        assert!(curve.steps.is_empty() && curve.warnings.is_empty());
        let g = Geometry::per_unit(LoadingMode::Compression);
        let r = analyse_without_hardening(&curve, &g, &Windows::default()).unwrap();
        assert!(
            (r.loading.fit.slope / 2e9 - 1.0).abs() < 1e-6,
            "{}",
            r.loading.fit.slope
        );
        assert!((r.loading.max_stress / 51e6 - 1.0).abs() < 1e-9);
        assert!((r.loading.strain_at_max - 0.12).abs() < 1e-12);
        // The unit specimen: its area and length are 1.
        assert_eq!((r.area, r.max_force.0), (1.0, r.loading.max_stress));
        // Corrections act on force and displacement: not applied, and said.
        let asked = Corrections {
            baseline_points: Some(5),
            ..Corrections::default()
        };
        let c = correct(&import, 0..import.rows(), &mapping, &asked).unwrap();
        assert_eq!(c.displacement, curve.displacement);
        assert!(c.warnings[0].contains("not applied"), "{:?}", c.warnings);
        // A tension test written with negative numbers reads the same.
        let negative = text.replace(";", ";-");
        let import = load_data("kurve.csv", negative.as_bytes()).unwrap();
        let c = correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap();
        assert_eq!(c.steps, ["signs turned so loading is positive (stress)"]);
        assert_eq!(c.force, curve.force);
    }

    #[test]
    fn a_table_of_true_values_is_turned_into_engineering_ones() {
        // True strain ln(1.1) and ln(1.2) in tension, true stress 110 and
        // 240 MPa: engineering 10 % and 20 %, 100 MPa and 200 MPa.
        let text = format!(
            "true strain (1),true stress (MPa)\n0,0\n{},110\n{},240\n",
            (1.1f64).ln(),
            (1.2f64).ln()
        );
        let import = load_data("true.csv", text.as_bytes()).unwrap();
        let p = crate::measurement::proposal::propose(&import);
        assert!(p.mapping.true_values && p.mapping.is_stress_strain());
        let curve = correct(&import, 0..3, &p.mapping, &Corrections::default()).unwrap();
        assert_eq!(curve.kind, CurveKind::TrueStressStrain);
        let ss = stress_strain(&curve, &Geometry::per_unit(LoadingMode::Tension)).unwrap();
        assert!((ss.strain[2] - 0.2).abs() < 1e-12 && (ss.stress[2] - 200e6).abs() < 1e-3);
        // And back: the true values as read.
        let (te, ts) = ss.true_at(1).unwrap();
        assert!((te - (1.1f64).ln()).abs() < 1e-12 && (ts - 110e6).abs() < 1e-3);
        // In compression (shortening positive): e = 1 − exp(−ε), s = σ/(1 − e).
        let ss = stress_strain(&curve, &Geometry::per_unit(LoadingMode::Compression)).unwrap();
        let e = 1.0 - (-(1.2f64).ln()).exp(); // 1 − 1/1.2
        assert!((ss.strain[2] - e).abs() < 1e-12);
        assert!((ss.stress[2] - 240e6 / (1.0 - e)).abs() < 1e-3);
    }

    /// A stress–strain table from (strain, stress in Pa) pairs.
    fn table(points: &[(f64, f64)]) -> CorrectedCurve {
        let mut text = String::from("strain (1),stress (Pa)\n");
        for (e, s) in points {
            text += &format!("{e},{s}\n");
        }
        let import = load_data("t.csv", text.as_bytes()).unwrap();
        let mapping = Mapping {
            strain: Some(Source {
                column: 0,
                to_si: 1.0,
            }),
            stress: Some(Source {
                column: 1,
                to_si: 1.0,
            }),
            ..Mapping::default()
        };
        correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap()
    }

    #[test]
    fn results_no_material_gives_are_flagged() {
        let warned = |r: &CurveResults, what: &str| r.warnings.iter().any(|w| w.contains(what));
        let compression = Geometry::per_unit(LoadingMode::Compression);
        // 2 TPa: a force read in the wrong unit, say.
        let stiff: Vec<(f64, f64)> = (0..=10)
            .map(|i| (i as f64 * 1e-4, i as f64 * 2e8))
            .collect();
        let r = analyse_curve(&table(&stiff), &compression, &Windows::default()).unwrap();
        assert!(warned(&r, "above 1.2 TPa"), "{:?}", r.warnings);
        // 2 GPa: no warning.
        let fine: Vec<(f64, f64)> = (0..=10)
            .map(|i| (i as f64 * 1e-3, i as f64 * 2e6))
            .collect();
        let r = analyse_curve(&table(&fine), &compression, &Windows::default()).unwrap();
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        // 300 % strain: impossible in compression, possible in tension.
        let long: Vec<(f64, f64)> = (0..=30).map(|i| (i as f64 * 0.1, i as f64 * 1e6)).collect();
        let r = analyse_curve(&table(&long), &compression, &Windows::default()).unwrap();
        assert!(
            warned(&r, "beyond 100 % in compression"),
            "{:?}",
            r.warnings
        );
        let tension = Geometry::per_unit(LoadingMode::Tension);
        let r = analyse_curve(&table(&long), &tension, &Windows::default()).unwrap();
        assert!(!warned(&r, "beyond 100 %"), "{:?}", r.warnings);
        // Beyond yield the stress rises ever faster (σ ∝ ε³): n > 1 is no
        // work hardening.
        let convex: Vec<(f64, f64)> = (0..=100)
            .map(|i| i as f64 * 1e-3)
            .map(|e| {
                (
                    e,
                    if e <= 0.01 {
                        1e9 * e
                    } else {
                        1e7 + 1e11 * (e - 0.01).powi(3)
                    },
                )
            })
            .collect();
        let elastic = Windows {
            loading: Some((0.0, 0.01)),
            ..Windows::default()
        };
        let r = analyse_curve(&table(&convex), &tension, &elastic).unwrap();
        let n = r.hollomon.map(|h| h.n);
        assert!(n.is_some_and(|n| n > 1.0), "{n:?}");
        assert!(warned(&r, "hardening exponent"), "{:?}", r.warnings);
    }

    #[test]
    fn the_papers_rod_through_the_cantilever() {
        // The paper's compression: k = 6 N/m, ΔX = 600 nm → 3.6 µN; on
        // d0 = 355 nm that is 36.4 MPa; δL = 98 nm of L0 = 776 nm is 12.6 %.
        let import =
            load_data("rod.csv", b"dL (nm),deflection (nm)\n0,0\n49,300\n98,600\n").unwrap();
        let mapping = Mapping {
            displacement: Some(Source {
                column: 0,
                to_si: 1e-9,
            }),
            deflection: Some(Source {
                column: 1,
                to_si: 1e-9,
            }),
            ..Mapping::default()
        };
        let k = Corrections {
            spring_constant: Some(6.0),
            ..Corrections::default()
        };
        let curve = correct(&import, 0..3, &mapping, &k).unwrap();
        let g = Geometry {
            top_diameter: 355e-9,
            bottom_diameter: 355e-9,
            area: TaperArea::Top,
            length: 776e-9,
            mode: LoadingMode::Compression,
        };
        let ss = stress_strain(&curve, &g).unwrap();
        assert_eq!((ss.strain[2] * 1000.0).round() / 10.0, 12.6);
        assert_eq!((ss.stress[2] / 1e5).round() / 10.0, 36.4);
    }

    #[test]
    fn stress_and_strain_on_the_section_chosen() {
        // d = 2 µm on the top section: A = π µm²; L0 = 10 µm.
        let force = vec![0.0, std::f64::consts::PI * 1e-6, 0.0];
        let curve = CorrectedCurve {
            kind: CurveKind::ForceDisplacement,
            segments: find_segments(&force, HOLD_TOLERANCE).unwrap(),
            displacement: vec![0.0, 1e-7, 0.0],
            force,
            time: None,
            steps: vec![],
            warnings: vec![],
        };
        let g = Geometry {
            top_diameter: 2e-6,
            bottom_diameter: 2e-6,
            area: TaperArea::Top,
            length: 1e-5,
            mode: LoadingMode::Compression,
        };
        let ss = stress_strain(&curve, &g).unwrap();
        // π µN on π µm² is 1 MPa; 0.1 µm of 10 µm is 1 %.
        assert!((ss.stress[1] - 1e6).abs() < 1e-6 && (ss.strain[1] - 0.01).abs() < 1e-15);
        let (te, ts) = ss.true_at(1).unwrap();
        assert!((te + (0.99f64).ln()).abs() < 1e-15 && (ts - 0.99e6).abs() < 1e-6);
        let flat = Geometry { length: 0.0, ..g };
        assert!(stress_strain(&curve, &flat).is_err());
    }

    #[test]
    fn maximum_force_and_its_displacement_without_geometry() {
        let force = vec![0.0, 1e-6, 3e-6, 2e-6];
        let curve = CorrectedCurve {
            kind: CurveKind::ForceDisplacement,
            segments: find_segments(&force, HOLD_TOLERANCE).unwrap(),
            displacement: vec![0.0, 1e-9, 2e-9, 3e-9],
            force,
            time: None,
            steps: vec![],
            warnings: vec![],
        };
        assert_eq!(max_force(&curve), Some((3e-6, 2e-9)));
        let empty = CorrectedCurve {
            displacement: vec![],
            force: vec![],
            ..curve
        };
        assert_eq!(max_force(&empty), None);
    }

    /// A synthetic pillar test written as a TriboScan .hld export: straight
    /// pillar d = 500 nm, L₀ = 1 µm; E = 5 GPa to a yield stress of 60 MPa,
    /// then hardening at 200 MPa per unit strain, loaded to 5 % strain and
    /// unloaded elastically to 60 % of the peak force; 20 approach points
    /// with a force offset of −0.3 µN before contact; frame compliance
    /// C = 0.01 nm/µN (10⁻⁵ m/N) in the depth; 0.5 s per point.
    fn synthetic_hld() -> String {
        let (e, sy, h, l0) = (5e9, 60e6, 200e6, 1e-6);
        let area = PI * (250e-9f64).powi(2);
        let c = 1e-5;
        let stress = |eps: f64| {
            if eps <= sy / e {
                e * eps
            } else {
                sy + h * (eps - sy / e)
            }
        };
        let mut rows: Vec<(f64, f64)> = Vec::new(); // (specimen δ m, force N)
        for i in 0..20 {
            rows.push((-(20 - i) as f64 * 2e-9, 0.0));
        }
        let top = 0.05;
        for i in 0..=500 {
            let eps = top * i as f64 / 500.0;
            rows.push((eps * l0, stress(eps) * area));
        }
        let (d_top, f_top) = *rows.last().unwrap();
        for i in 1..=40 {
            let f = f_top * (1.0 - 0.4 * i as f64 / 40.0);
            rows.push((d_top - (f_top - f) / (e * area / l0), f));
        }
        let mut text = format!(
            "File Version: synthetic\nMachine Comp: 0.01 nm/µN\nDrift Rate: 0 nm/s\nTest Data Points: {}\nTime_s\tDisp_nm\tForce_µN\n",
            rows.len()
        );
        for (i, (d, f)) in rows.iter().enumerate() {
            // Measured depth includes the frame; the force carries the offset.
            let depth = d + f * c;
            text += &format!(
                "{}\t{}\t{}\n",
                i as f64 * 0.5,
                depth * 1e9,
                (f - 0.3e-6) * 1e6
            );
        }
        text
    }

    /// The .hld columns: time (s), depth (nm), force (µN).
    fn hld_mapping(with_time: bool) -> Mapping {
        let source = |column, to_si| Some(Source { column, to_si });
        Mapping {
            displacement: source(1, 1e-9),
            force: source(2, 1e-6),
            time: if with_time { source(0, 1.0) } else { None },
            ..Mapping::default()
        }
    }

    /// The synthetic pillar: d = 500 nm, L₀ = 1 µm, compressed.
    const PILLAR: Geometry = Geometry {
        top_diameter: 500e-9,
        bottom_diameter: 500e-9,
        area: TaperArea::Top,
        length: 1e-6,
        mode: LoadingMode::Compression,
    };

    #[test]
    fn an_ntmdt_layout_is_cropped_ordered_and_its_retract_appended() {
        use crate::import::column_header::{unit_from_symbol, Role};
        use crate::measurement::proposal::{mapping_from_choices, ColumnChoice};
        // No header: Z (nm), approach deflection (nA), retract deflection
        // (nA). Rows run from the contact end (Z = 0) out to Z = 99 nm, then
        // 6 padding rows repeat the last. Contact below Z = 40 nm: the
        // deflection signal rises 0.5 nA per nm of Z; the retract lies
        // 0.2 nA below the approach.
        let mut text = String::new();
        for i in 0..100 {
            let z = i as f64;
            let a = if z < 40.0 { 0.5 * (40.0 - z) } else { 0.0 };
            text.push_str(&format!("{z}\t{a}\t{}\n", a - 0.2));
        }
        for _ in 0..6 {
            text.push_str("99\t0\t-0.2\n");
        }
        let import = load_data("ntmdt.txt", text.as_bytes()).unwrap();
        let c = |role, u: &str| ColumnChoice {
            role: Some(role),
            unit: unit_from_symbol(u),
        };
        let mapping = mapping_from_choices(&[
            c(Role::PiezoTravel, "nm"),
            c(Role::Deflection, "nA"),
            c(Role::Deflection, "nA"),
        ])
        .unwrap();
        // 10 nm/nA and k = 2 N/m: 20 nA at Z = 0 is 200 nm, 400 nN.
        let corrections = Corrections {
            spring_constant: Some(2.0),
            sensitivity: Some(10.0),
            ..Corrections::default()
        };
        let curve = correct(&import, 0..import.rows(), &mapping, &corrections).unwrap();
        let steps = curve.steps.join(" | ");
        assert!(
            steps.contains("padding cropped: rows 1–100 of 106"),
            "{steps}"
        );
        assert!(steps.contains("retract (column 3) appended"), "{steps}");
        assert!(steps.contains("approach put in order of travel"), "{steps}");
        // Approach 100 rows + retract 100 rows; the maximum, 400 nN, ends
        // the approach, and the curve runs in and back out.
        assert_eq!(curve.force.len(), 200);
        let (f, _) = max_force(&curve).unwrap();
        assert!((f - 400e-9).abs() < 1e-15, "{f}");
        assert!(curve.force[0].abs() < 1e-15 && curve.force[99] > 399e-9);
        // The retract, 0.2 nA lower: 4 nN below the approach at contact.
        assert!(
            (curve.force[100] - (400e-9 - 4e-9)).abs() < 1e-15,
            "{}",
            curve.force[100]
        );
        assert!(curve.segments.unloading.len() > 90, "{:?}", curve.segments);
        // Without a retract, the rows are kept in the file's order: an
        // approach stored backwards cannot be told from a loading that ends
        // on a plateau by the force alone.
        let approach = Mapping {
            retract: None,
            ..mapping
        };
        let curve = correct(&import, 0..import.rows(), &approach, &corrections).unwrap();
        assert!(
            !curve.steps.iter().any(|s| s.contains("order of travel")),
            "{:?}",
            curve.steps
        );
    }

    #[test]
    fn a_preloaded_depth_is_kept_as_recorded_and_said_so() {
        // A TriboScan indent whose first reading is at 87.7 nm (a preload):
        // depth rises to 770.0 nm at 1000 µN, then unloads to 600 nm.
        let mut text =
            String::from("Date\r\rNumber of Points = 31\rDepth (nm)\tLoad (µN)\tTime (s)\r");
        for i in 0..=20 {
            let h = 87.7 + (770.0 - 87.7) * i as f64 / 20.0;
            let p = 1000.0 * (i as f64 / 20.0).powi(2);
            text.push_str(&format!("{h}\t{p}\t{i}\r"));
        }
        for i in 1..=10 {
            let h = 770.0 - 17.0 * i as f64;
            text.push_str(&format!(
                "{h}\t{}\t{}\r",
                1000.0 * (1.0 - i as f64 / 10.0),
                20 + i
            ));
        }
        let import = load_data("indent.txt", text.as_bytes()).unwrap();
        let source = |column, to_si| Some(Source { column, to_si });
        let mapping = Mapping {
            displacement: source(0, 1e-9),
            force: source(1, 1e-6),
            ..Mapping::default()
        };
        let curve = correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap();
        let (f, d) = max_force(&curve).unwrap();
        assert!((f - 1000e-6).abs() < 1e-12, "{f}");
        assert!((d - 770.0e-9).abs() < 1e-15, "depth at maximum {d}");
        assert!(curve.steps.is_empty(), "{:?}", curve.steps);
        // A pillar's strains would count from that zero: its analysis says so.
        let r = analyse_curve(&curve, &PILLAR, &Windows::default()).unwrap();
        assert!(
            r.warnings.iter().any(|w| w.contains("starts at 87.7 nm")),
            "{:?}",
            r.warnings
        );
    }

    #[test]
    fn synthetic_pillar_gives_back_the_numbers_that_made_it() {
        let import = load_data("pillar.hld", synthetic_hld().as_bytes()).unwrap();
        assert_eq!(import.rows(), 20 + 501 + 40);
        let c = frame_compliance_from_metadata(&import.metadata).unwrap();
        assert!((c - 1e-5).abs() < 1e-18);
        let mapping = hld_mapping(true);
        let corrections = Corrections {
            baseline_points: Some(15),
            frame_compliance: Some(c),
            ..Corrections::default()
        };
        let curve = correct(&import, 0..import.rows(), &mapping, &corrections).unwrap();
        assert_eq!(curve.steps.len(), 2, "{:?}", curve.steps);
        let geometry = PILLAR;
        let r = analyse_curve(&curve, &geometry, &Windows::default()).unwrap();
        let area = PI * (250e-9f64).powi(2);
        // Peak: σ = 60 MPa + 200 MPa·(0.05 − 0.012) = 67.6 MPa on the area.
        let f_peak = 67.6e6 * area;
        assert!(
            (r.max_force.0 / f_peak - 1.0).abs() < 1e-6,
            "{:?}",
            r.max_force
        );
        assert!(
            (r.max_force.1 / 50e-9 - 1.0).abs() < 1e-6,
            "{:?}",
            r.max_force
        );
        assert!(
            (r.loading.fit.slope / 5e9 - 1.0).abs() < 1e-6,
            "E = {}",
            r.loading.fit.slope
        );
        // 0.2 % offset yield of the bilinear curve: 5e9(ε − 0.002) = 60e6 +
        // 2e8(ε − 0.012) → ε = 67.6e6/4.8e9 = 0.0140833, σ = 60.4167 MPa.
        let (ey, sy) = r.loading.offset_yield.unwrap();
        assert!((sy / 60.416_667e6 - 1.0).abs() < 2e-3, "yield {sy}");
        assert!((ey / 0.014_083_3 - 1.0).abs() < 2e-3, "yield strain {ey}");
        assert!((r.loading.max_stress / 67.6e6 - 1.0).abs() < 1e-6);
        let (s, e_unload) = r.unloading.unwrap();
        assert!(
            (e_unload / 5e9 - 1.0).abs() < 1e-6,
            "unloading E {e_unload}, S {}",
            s.stiffness
        );
        // 5 % in 500 steps of 0.5 s: 2e-4 per second.
        assert!(
            (r.strain_rate.unwrap() / 2e-4 - 1.0).abs() < 1e-3,
            "{:?}",
            r.strain_rate
        );
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    }

    #[test]
    fn without_the_corrections_the_numbers_are_off_and_said_so() {
        let import = load_data("pillar.hld", synthetic_hld().as_bytes()).unwrap();
        let mapping = hld_mapping(false);
        let curve = correct(&import, 0..import.rows(), &mapping, &Corrections::default()).unwrap();
        assert!(curve.steps.is_empty(), "{:?}", curve.steps);
        let geometry = PILLAR;
        let r = analyse_curve(&curve, &geometry, &Windows::default()).unwrap();
        // The frame adds F·C to the depth: the apparent stiffness is
        // 1/(1/S + C) with S = E·A/L₀, so the apparent modulus is lower.
        let s = 5e9 * PI * (250e-9f64).powi(2) / 1e-6;
        let apparent = 1.0 / (1.0 / s + 1e-5) * 1e-6 / (PI * (250e-9f64).powi(2));
        assert!(
            (r.loading.fit.slope / apparent - 1.0).abs() < 1e-3,
            "{} vs {apparent}",
            r.loading.fit.slope
        );
        assert!(r.loading.fit.slope < 0.995 * 5e9);
        let (_, e_unload) = r.unloading.unwrap();
        assert!(
            (e_unload / apparent - 1.0).abs() < 1e-6,
            "{e_unload} vs {apparent}"
        );
    }

    #[test]
    fn cantilever_mapping_and_missing_inputs() {
        // Travel and deflection in nm, k = 3 N/m, specimen 10 N/m (as in
        // corrections.rs test): force = 3·deflection.
        let text = "z (nm),defl (nm)\n0,0\n13,10\n26,20\n39,30\n";
        let import = load_data("afm.csv", text.as_bytes()).unwrap();
        let mapping = Mapping {
            travel: Some(Source {
                column: 0,
                to_si: 1e-9,
            }),
            deflection: Some(Source {
                column: 1,
                to_si: 1e-9,
            }),
            ..Mapping::default()
        };
        let err = correct(&import, 0..4, &mapping, &Corrections::default()).unwrap_err();
        assert!(err.to_string().contains("spring constant"), "{err}");
        let k = Corrections {
            spring_constant: Some(3.0),
            ..Corrections::default()
        };
        let c = correct(&import, 0..4, &mapping, &k).unwrap();
        assert!((c.force[3] - 90e-9).abs() < 1e-20);
        assert!((c.displacement[3] - 9e-9).abs() < 1e-20);
        assert_eq!(c.steps.len(), 2);
        let volts = Mapping {
            deflection_is_signal: true,
            ..mapping
        };
        assert!(correct(&import, 0..4, &volts, &k)
            .unwrap_err()
            .to_string()
            .contains("sensitivity"));
        assert!(correct(&import, 0..9, &mapping, &k).is_err());
        // The same column as a photodiode current in nA (NT-MDT): 5 nm/nA
        // is 5 m/A, so the deflection is signal × 5 and the message names nA.
        let current = Mapping {
            deflection: Some(Source {
                column: 1,
                to_si: 1e-9,
            }),
            deflection_is_signal: true,
            signal_unit: "nA",
            ..mapping
        };
        let err = correct(&import, 0..4, &current, &k)
            .unwrap_err()
            .to_string();
        assert!(err.contains("(nA)") && err.contains("nm/nA"), "{err}");
        let with_sens = Corrections {
            sensitivity: Some(5.0),
            ..k
        };
        let c = correct(&import, 0..4, &current, &with_sens).unwrap();
        assert!((c.force[3] - 5.0 * 90e-9).abs() < 1e-18, "{}", c.force[3]);
        assert!(c.steps[0].contains("signal (nA)"), "{:?}", c.steps);
    }
}
