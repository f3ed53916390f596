//! The corrected curve as CSV: every point (never a thinned drawing), in the
//! units the page shows, with engineering and true stress and strain when
//! the geometry is known.

use crate::measurement::pipeline::{CorrectedCurve, CurveKind, StressStrainCurve};
use crate::numbers::number_format::format_data;

/// The CSV of `curve`; `ss` is its stress and strain
/// ([`crate::measurement::pipeline::stress_strain`]) when the geometry is
/// known. A true value is left empty where there is none (compressed to zero
/// length). A stress–strain table has stress and strain columns only.
pub fn corrected_curve_csv(curve: &CorrectedCurve, ss: Option<&StressStrainCurve>) -> String {
    let mut out = String::with_capacity(curve.force.len() * 48);
    let measured = curve.kind == CurveKind::ForceDisplacement;
    let mut header = Vec::new();
    if measured {
        header.push("displacement (nm)");
        header.push("force (µN)");
        if curve.time.is_some() {
            header.push("time (s)");
        }
    }
    if ss.is_some() || !measured {
        header.extend([
            "engineering strain (%)",
            "engineering stress (MPa)",
            "true strain (%)",
            "true stress (MPa)",
        ]);
    }
    out.push_str(&header.join(","));
    out.push('\n');
    let cell = |out: &mut String, first: bool, text: &str| {
        if !first {
            out.push(',');
        }
        out.push_str(text);
    };
    for i in 0..curve.force.len().min(curve.displacement.len()) {
        let (d, f) = (curve.displacement[i], curve.force[i]);
        if measured {
            cell(&mut out, true, &format_data(d * 1e9));
            cell(&mut out, false, &format_data(f * 1e6));
            if let Some(t) = curve.time.as_ref().and_then(|t| t.get(i)) {
                cell(&mut out, false, &format_data(*t));
            }
        }
        if let Some(ss) = ss {
            let (e, s) = (ss.strain.get(i).copied(), ss.stress.get(i).copied());
            let show =
                |v: Option<f64>, scale: f64| v.map(|v| format_data(v * scale)).unwrap_or_default();
            cell(&mut out, !measured, &show(e, 100.0));
            cell(&mut out, false, &show(s, 1e-6));
            let t = ss.true_at(i);
            cell(&mut out, false, &show(t.map(|t| t.0), 100.0));
            cell(&mut out, false, &show(t.map(|t| t.1), 1e-6));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measurement::pipeline::{stress_strain, Geometry, LoadingMode};
    use crate::measurement::segments::find_segments;
    use crate::measurement::taper::TaperArea;

    fn curve(
        kind: CurveKind,
        displacement: Vec<f64>,
        force: Vec<f64>,
        time: Option<Vec<f64>>,
    ) -> CorrectedCurve {
        CorrectedCurve {
            kind,
            segments: find_segments(&force, 0.01).unwrap(),
            displacement,
            force,
            time,
            steps: vec![],
            warnings: vec![],
        }
    }

    #[test]
    fn every_point_in_display_units_with_stress_and_strain() {
        let c = curve(
            CurveKind::ForceDisplacement,
            vec![0.0, 10e-9, 20e-9],
            vec![0.0, 1e-6, 2e-6],
            Some(vec![0.0, 0.5, 1.0]),
        );
        // Area 1 µm² (a square section's worth: d = √(4/π) µm), L0 = 1 µm:
        // 2 µN is 2 MPa; 20 nm is 2 %; in compression the true strain is
        // −ln(0.98) = 2.0203 % and the true stress 2 × 0.98 = 1.96 MPa.
        let g = Geometry {
            top_diameter: (4.0 / std::f64::consts::PI).sqrt() * 1e-6,
            bottom_diameter: (4.0 / std::f64::consts::PI).sqrt() * 1e-6,
            area: TaperArea::Top,
            length: 1e-6,
            mode: LoadingMode::Compression,
        };
        let ss = stress_strain(&c, &g).unwrap();
        let csv = corrected_curve_csv(&c, Some(&ss));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "displacement (nm),force (µN),time (s),engineering strain (%),engineering stress (MPa),true strain (%),true stress (MPa)"
        );
        let last: Vec<f64> = lines[3].split(',').map(|c| c.parse().unwrap()).collect();
        assert_eq!(&last[..3], &[20.0, 2.0, 1.0]);
        assert!(
            (last[3] - 2.0).abs() < 1e-12 && (last[4] - 2.0).abs() < 1e-9,
            "{last:?}"
        );
        assert!((last[5] - 2.020_270_7).abs() < 1e-6, "{}", last[5]);
        assert!((last[6] - 1.96).abs() < 1e-9, "{}", last[6]);
        assert_eq!(lines.len(), 4);
        let plain = corrected_curve_csv(&CorrectedCurve { time: None, ..c }, None);
        assert_eq!(plain.lines().nth(2), Some("10,1"));
    }

    #[test]
    fn a_stress_strain_table_exports_stress_and_strain_only() {
        let c = curve(
            CurveKind::StressStrain,
            vec![0.0, 0.01, 0.02],
            vec![0.0, 1e6, 2e6],
            None,
        );
        let ss = stress_strain(&c, &Geometry::per_unit(LoadingMode::Tension)).unwrap();
        let csv = corrected_curve_csv(&c, Some(&ss));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "engineering strain (%),engineering stress (MPa),true strain (%),true stress (MPa)"
        );
        // Tension: ln(1.02) = 1.98026 %, 2 × 1.02 = 2.04 MPa.
        let last: Vec<f64> = lines[3].split(',').map(|c| c.parse().unwrap()).collect();
        assert!((last[0] - 2.0).abs() < 1e-12 && (last[1] - 2.0).abs() < 1e-12);
        assert!(
            (last[2] - 1.980_262_7).abs() < 1e-6 && (last[3] - 2.04).abs() < 1e-9,
            "{last:?}"
        );
    }
}
