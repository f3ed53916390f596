//! Every importer (TriboScan, JPK, AFM Workshop, Nanoscope, FemtoTools,
//! plain tables), given arbitrary bytes, truncated copies of well-formed
//! exports, or well-formed exports with bytes replaced, returns an `Import`
//! or an `ImportError`, and never panics. 10 000 cases each; an `Ok` always
//! has columns of equal length and segments inside them, and the worker's
//! one-pass reading (`load_data_in_one_pass`) gives the very same result.

use ecm_core::import::{load_data, load_data_in_one_pass, Import, READERS};
use ecm_core::measurement::pipeline::*;
use ecm_core::measurement::taper::TaperArea;
use proptest::prelude::*;

/// One well-formed sample per format (and plain tables).
const SAMPLES: &[&[u8]] = &[
    b"Mon Apr 29 10:41:06 2019\r\n\r\nNumber of Points = 3\r\nDepth (nm)\tLoad (\xb5N)\tTime (s)\tDepth (V)\tLoad (V)\r\n0.81\t1.83\t0\t-0.0018\t0.48\r\n1.6\t3.2\t0.1\t-0.0017\t0.49\r\n2.4\t4.8\t0.2\t-0.0016\t0.5\r\n",
    b"Tue Jan 7 2025\n\n\rNumber of Points = 2\rDepth (nm)\tLoad (\xc2\xb5N)\tTime (s)\r1\t2\t0\r3\t4\t0.1\r",
    b"Machine Comp: 0.00663947 nm/\xb5N\nTest Data Points: 2\nTime_s\tDisp_nm\tForce_\xb5N\n0\t0\t0\n0.1\t2\t1\nSegment Points: 1\n",
    b"# specimen: 3\ndisp_nm,force [uN]\n0,0\n10,2.5\n\n20,5\n",
    b"Weg (nm);Kraft (nN)\r\n0000;0\r\n12,5;3,75\r\n",
    b"-7999,9482\t1,4726\t1,4711\n-7998,1\t1,5\t1,6\n",
    b"# TEXT EXPORT\n# segment: extend\n# columns: height vDeflection\n# springConstant: 0.157\n# units: m N\n#\n9.59E-7 -5.5E-9\n9.58E-7 -5.5E-9\n\n# segment: retract\n# columns: height vDeflection\n# units: m N\n9.57E-7 -4.5E-9\n",
    b"Force-Distance Curve\nFile Format:\t3\n\nX, um:\t25.0\nExtend Z-Sense(nm),Extend Force(nN),Retract Z-Sense(nm),Retract Force(nN)\n1,2,3,4\n5,6,7,8\n",
    b"\"\\Spring Constant: 0.07444\"\r\n\"\\*Force file list end\"\r\nTime_s_Ex\tTime_s_Rt\tDefl_nm_Ex\tDefl_nm_Rt\t\r\n0\t0.5\t1\t2\t\r\n0.1\t0.6\t1.5\t2.5\t\r\n",
    b"// export\nIndex [#]\tPhase [#]\tDisplacement [um]\tForce A [uN]\n1\t1\t0\t0\n2\t1\t0.01\t50\n3\t4\t0.01\t0\n",
];

/// `load_data`, checked to give what the worker's one-pass reading gives.
fn read(file: &str, bytes: &[u8]) -> Result<Import, ecm_core::import::ImportError> {
    let result = load_data(file, bytes);
    assert_eq!(load_data_in_one_pass(file, bytes), result);
    result
}

fn check(result: Result<Import, ecm_core::import::ImportError>) {
    match result {
        Ok(i) => {
            let proposal = ecm_core::measurement::proposal::propose(&i);
            assert!(proposal
                .mapping
                .force
                .is_none_or(|s| s.column < i.columns.len()));
            let n = i.rows();
            assert!(i.columns.iter().all(|c| c.values.len() == n));
            assert!(i
                .columns
                .iter()
                .flat_map(|c| &c.values)
                .all(|v| v.is_finite()));
            assert!(i
                .segments
                .iter()
                .all(|s| s.rows.start <= s.rows.end && s.rows.end <= n));
            let _ = i.summary();
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(read("any.txt", &bytes));
    }

    #[test]
    fn arbitrary_text_lines(lines in proptest::collection::vec("[0-9a-zA-Z ,;.:=#/\t()\\[\\]µ_-]{0,30}", 0..12),
                            ends in proptest::collection::vec(prop_oneof![Just("\n"), Just("\r"), Just("\r\n")], 12)) {
        let text: String = lines.iter().zip(&ends).map(|(l, e)| format!("{l}{e}")).collect();
        check(read("lines.txt", text.as_bytes()));
    }

    #[test]
    fn truncated_samples(sample in 0..SAMPLES.len(), cut in any::<prop::sample::Index>()) {
        let s = SAMPLES[sample];
        check(read("cut.txt", &s[..cut.index(s.len() + 1)]));
    }

    #[test]
    fn damaged_samples(sample in 0..SAMPLES.len(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut s = SAMPLES[sample].to_vec();
        let i = at.index(s.len());
        s[i] = byte;
        check(read("damaged.txt", &s));
    }

    #[test]
    fn every_reader_directly(sample in 0..SAMPLES.len(), cut in any::<prop::sample::Index>()) {
        // Each reader on text it may not recognise: still no panic.
        let s = SAMPLES[sample];
        let s = &s[..cut.index(s.len() + 1)];
        if let Ok(decoded) = ecm_core::import::text_decoding::decode_text("r.txt", s) {
            let text = decoded.lines();
            for r in READERS {
                check((r.read)("r.txt", &text));
            }
        }
    }
}

#[test]
fn every_sample_reads() {
    for s in SAMPLES {
        let i = load_data("s.txt", s).unwrap();
        assert!(i.rows() >= 2, "{}", i.summary());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// The pipeline on any sample, any columns, any corrections: a result or
    /// an error, never a panic, and no non-finite number in a result.
    #[test]
    fn pipeline_on_any_mapping(sample in 0..SAMPLES.len(), cols in proptest::collection::vec(0usize..6, 7),
                               used in proptest::collection::vec(any::<bool>(), 7), volts in any::<bool>(),
                               k in proptest::num::f64::ANY, base in 0usize..8, c in -1e-3..1e-3f64,
                               start in 0usize..5, len in 0usize..12, d in 1e-9..1e-5f64, l in 1e-9..1e-4f64) {
        let Ok(import) = load_data("p.txt", SAMPLES[sample]) else { return Ok(()); };
        let src = |i: usize| used[i].then_some(Source { column: cols[i], to_si: 1e-9 });
        let mapping = Mapping { displacement: src(0), travel: src(1), deflection: src(2), deflection_is_signal: volts, force: src(3), time: src(4), strain: src(5), stress: src(6), true_values: !volts, retract: if volts { src(1) } else { None }, signal_unit: "V", height: None, frame: None };
        let corrections = Corrections { spring_constant: Some(k), sensitivity: Some(k), baseline_points: (base > 2).then_some(base),
                                        frame_compliance: Some(c), base: None, drift_rate: Some(c) };
        if let Ok(curve) = correct(&import, start..start + len, &mapping, &corrections) {
            prop_assert!(curve.displacement.iter().chain(&curve.force).all(|v| v.is_finite()));
            let g = Geometry { top_diameter: d, bottom_diameter: d, area: TaperArea::Mean, length: l, mode: LoadingMode::Compression };
            if let Ok(r) = analyse_curve(&curve, &g, &Windows::default()) {
                prop_assert!(r.max_force.0.is_finite() && r.work.is_finite() && r.loading.fit.slope.is_finite());
            }
        }
    }
}
