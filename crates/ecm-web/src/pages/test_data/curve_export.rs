//! The corrected curve as CSV: every point (never the thinned drawing),
//! with stress and strain when the geometry is known.

use ecm_core::number_format::format_data;
use ecm_core::test_pipeline::CorrectedCurve;

/// The CSV of `curve`; `geometry` is (area in m², initial length in m).
pub fn curve_csv(curve: &CorrectedCurve, geometry: Option<(f64, f64)>) -> String {
    let mut out = String::with_capacity(curve.force.len() * 48);
    out.push_str("displacement (nm),force (µN)");
    if curve.time.is_some() {
        out.push_str(",time (s)");
    }
    if geometry.is_some() {
        out.push_str(",engineering strain (%),engineering stress (MPa)");
    }
    out.push('\n');
    for i in 0..curve.force.len().min(curve.displacement.len()) {
        let (d, f) = (curve.displacement[i], curve.force[i]);
        out.push_str(&format_data(d * 1e9));
        out.push(',');
        out.push_str(&format_data(f * 1e6));
        if let Some(t) = curve.time.as_ref().and_then(|t| t.get(i)) {
            out.push(',');
            out.push_str(&format_data(*t));
        }
        if let Some((area, length)) = geometry {
            out.push(',');
            out.push_str(&format_data(d / length * 100.0));
            out.push(',');
            out.push_str(&format_data(f / area / 1e6));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_point_in_display_units_with_stress_and_strain() {
        let curve = CorrectedCurve {
            displacement: vec![0.0, 10e-9, 20e-9],
            force: vec![0.0, 1e-6, 2e-6],
            time: Some(vec![0.0, 0.5, 1.0]),
            steps: vec![],
            warnings: vec![],
        };
        // Area 1 µm², L0 = 1 µm: 2 µN is 2 MPa; 20 nm is 2 %.
        let csv = curve_csv(&curve, Some((1e-12, 1e-6)));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "displacement (nm),force (µN),time (s),engineering strain (%),engineering stress (MPa)"
        );
        assert_eq!(lines[3], "20,2,1,2,2");
        assert_eq!(lines.len(), 4);
        let plain = curve_csv(
            &CorrectedCurve {
                time: None,
                ..curve
            },
            None,
        );
        assert_eq!(plain.lines().nth(2), Some("10,1"));
    }
}
