//! The corrected curve as CSV: every point (never the thinned drawing),
//! with stress and strain when the geometry is known.

use ecm_core::number_format::format_data;
use ecm_core::test_pipeline::{true_stress_strain, CorrectedCurve, TestMode};

/// The CSV of `curve`; `geometry` is (area in m², initial length in m, test
/// mode), for engineering and true stress and strain.
pub fn curve_csv(curve: &CorrectedCurve, geometry: Option<(f64, f64, TestMode)>) -> String {
    let mut out = String::with_capacity(curve.force.len() * 48);
    out.push_str("displacement (nm),force (µN)");
    if curve.time.is_some() {
        out.push_str(",time (s)");
    }
    if geometry.is_some() {
        out.push_str(
            ",engineering strain (%),engineering stress (MPa),true strain (%),true stress (MPa)",
        );
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
        if let Some((area, length, mode)) = geometry {
            let (e, s) = (d / length, f / area);
            out.push(',');
            out.push_str(&format_data(e * 100.0));
            out.push(',');
            out.push_str(&format_data(s / 1e6));
            // Empty where there is no true value (compressed to zero length).
            let (te, ts) = true_stress_strain(e, s, mode)
                .map(|(te, ts)| (format_data(te * 100.0), format_data(ts / 1e6)))
                .unwrap_or_default();
            out.push(',');
            out.push_str(&te);
            out.push(',');
            out.push_str(&ts);
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
        // Area 1 µm², L0 = 1 µm: 2 µN is 2 MPa; 20 nm is 2 %; in
        // compression the true strain is −ln(0.98) = 2.0203 % and the true
        // stress 2 × 0.98 = 1.96 MPa.
        let csv = curve_csv(&curve, Some((1e-12, 1e-6, TestMode::Compression)));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "displacement (nm),force (µN),time (s),engineering strain (%),engineering stress (MPa),true strain (%),true stress (MPa)"
        );
        let last: Vec<f64> = lines[3].split(',').map(|c| c.parse().unwrap()).collect();
        assert_eq!(&last[..5], &[20.0, 2.0, 1.0, 2.0, 2.0]);
        assert!((last[5] - 2.020_270_7).abs() < 1e-6, "{}", last[5]);
        assert!((last[6] - 1.96).abs() < 1e-9, "{}", last[6]);
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
