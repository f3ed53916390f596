//! Every public function, given arbitrary numbers (NaN, ±∞, zero, negative,
//! subnormal and huge included), returns a finite `Ok` or an `Err`, and never
//! panics. 10 000 cases each.

use ecm_core::creep::laws::{creep_rates, CreepModel};
use ecm_core::fitting::hollomon::fit_hollomon;
use ecm_core::fitting::power_law::fit_power_law;
use ecm_core::import::{load_table, PlainTable};
use ecm_core::measurement::corrections::*;
use ecm_core::measurement::loading_analysis::*;
use ecm_core::measurement::segments::find_segments;
use ecm_core::measurement::taper::{taper_area, TaperArea};
use ecm_core::measurement::unloading::unloading_stiffness;
use ecm_core::models::cantilever::*;
use ecm_core::models::criteria::*;
use ecm_core::models::electrochemical_stress::*;
use ecm_core::models::fracture::*;
use ecm_core::models::sphere_contact::*;
use ecm_core::models::uniaxial::*;
use ecm_core::numbers::decimal_parser::parse_decimal;
use ecm_core::numbers::decimal_writer::{display, display_exp, exponential, fixed};
use ecm_core::numbers::number_format::*;
use ecm_core::numbers::number_parser::parse_number;
use ecm_core::ranges::*;
use ecm_core::Result;

/// Sodium's creep model from the library.
fn sodium_model() -> CreepModel {
    ecm_core::reference::materials::metal("Na")
        .expect("Na is in the library")
        .creep_model()
}
use proptest::prelude::*;

/// Any f64 at all, plus values concentrated where the valid ranges are.
fn num() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        -1e3..1e3f64,
        0.0..1e-3f64,
        1e-12..1e-6f64,
        Just(0.0),
        Just(-0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MIN_POSITIVE / 2.0),
        Just(f64::MAX),
    ]
}

fn geometry() -> impl Strategy<Value = FlawGeometry> {
    prop_oneof![
        Just(FlawGeometry::ThroughCrack),
        Just(FlawGeometry::EdgeCrack),
        Just(FlawGeometry::PennyCrack),
        num().prop_map(FlawGeometry::Custom),
    ]
}

fn convention() -> impl Strategy<Value = SizeConvention> {
    prop_oneof![
        Just(SizeConvention::SizeIsA),
        Just(SizeConvention::SizeIs2A)
    ]
}

fn model() -> impl Strategy<Value = PlasticModel> {
    prop_oneof![
        Just(PlasticModel::FirstOrder),
        Just(PlasticModel::ExactCap),
        Just(PlasticModel::Barrel)
    ]
}

fn section() -> impl Strategy<Value = CrossSection> {
    prop_oneof![
        num().prop_map(CrossSection::InitialDiameter),
        num().prop_map(CrossSection::CurrentDiameter),
        num().prop_map(CrossSection::ContactArea),
    ]
}

fn finite_ok(r: Result<f64>) -> bool {
    r.map_or(true, f64::is_finite)
}

fn all_finite(values: &[f64]) -> bool {
    values.iter().all(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn electrochemical_stress_fns(a in num(), b in num()) {
        prop_assert!(finite_ok(stress_from_overpotential(a, b)));
        prop_assert!(finite_ok(overpotential_from_stress(a, b)));
        prop_assert!(finite_ok(molar_volume(a, b)));
    }

    #[test]
    fn cantilever_fns(a in num(), b in num()) {
        prop_assert!(finite_ok(force_from_deflection(a, b)));
        prop_assert!(finite_ok(deflection_from_force(a, b)));
    }

    #[test]
    fn uniaxial_fns(f in num(), s in section(), d in num(), l0 in num(), l in num(), with_len in any::<bool>()) {
        prop_assert!(finite_ok(s.area()));
        prop_assert!(finite_ok(circle_area(d)));
        prop_assert!(finite_ok(equivalent_diameter(d)));
        prop_assert!(finite_ok(engineering_stress(f, s)));
        prop_assert!(finite_ok(engineering_strain(l0, l)));
        prop_assert!(finite_ok(true_strain(l0, l)));
        prop_assert!(finite_ok(true_stress_constant_volume(f, d, l0, l)));
        if let Ok(p) = point_test(f, s, Some(d), with_len.then_some((l0, l))) {
            prop_assert!(all_finite(&[p.force, p.area, p.stress]));
            prop_assert!(all_finite(&[p.engineering_strain, p.true_strain, p.true_stress].iter().flatten().copied().collect::<Vec<_>>()));
        }
    }

    #[test]
    fn fracture_fns(k in num(), size in num(), g in geometry(), c in convention(), vm in num(), v in num()) {
        let flaw = Flaw { size, geometry: g, convention: c };
        prop_assert!(finite_ok(g.y()));
        prop_assert!(finite_ok(fracture_stress(k, flaw)));
        prop_assert!(finite_ok(flaw_size_for_stress(k, v, g, c)));
        prop_assert!(finite_ok(critical_overpotential(k, flaw, vm)));
        prop_assert!(finite_ok(critical_flaw_size(k, v, vm, g, c)));
    }

    #[test]
    fn failure_map_fn(k in num(), g in geometry(), vm in num(), lo in num(), hi in num(), top in num(),
                      ns in prop_oneof![0usize..40, any::<usize>()], nv in prop_oneof![0usize..40, any::<usize>()]) {
        if let Ok(m) = failure_map(k, g, SizeConvention::SizeIsA, vm, (lo, hi), top, (ns, nv)) {
            prop_assert!(all_finite(&m.sizes) && all_finite(&m.overpotentials) && all_finite(&m.boundary));
            prop_assert_eq!(m.fractures.len(), m.sizes.len() * m.overpotentials.len());
        }
    }

    #[test]
    fn sphere_fns(e in num(), nu in num(), e2 in num(), nu2 in num(), r in num(), d in num(), f in num(), y in num(),
                  m in model(), auto in any::<bool>()) {
        prop_assert!(finite_ok(effective_modulus(e, nu, None)));
        prop_assert!(finite_ok(effective_modulus(e, nu, Some((e2, nu2)))));
        if let Ok(h) = hertz_two_plates(e, r, d) {
            prop_assert!(all_finite(&[h.force, h.contact_radius, h.mean_pressure, h.peak_pressure, h.relative_approach]));
        }
        prop_assert!(finite_ok(hertz_approach_for_force(e, r, f)));
        if let Ok((a, b)) = hertz_first_yield(e, r, y) {
            prop_assert!(all_finite(&[a, b]));
        }
        prop_assert!(finite_ok(plastic_contact_area(r, d, m)));
        let choice = if auto { ModelChoice::Auto { small: m } } else { ModelChoice::Fixed(m) };
        if let Ok(s) = sphere_stress(f, r, d, choice) {
            prop_assert!(all_finite(&[s.area, s.stress, s.contact_radius, s.relative_deformation]));
        }
    }

    #[test]
    fn criteria_fns(a in num(), b in num()) {
        prop_assert!(finite_ok(shear_modulus(a, b)));
        prop_assert!(monroe_newman(a, b).map_or(true, |m| m.ratio.is_finite()));
        prop_assert!(finite_ok(homologous_temperature(a, b)));
        prop_assert!(finite_ok(strength_ratio(a, b)));
    }

    #[test]
    fn ranges_fn(a in num(), b in num(), c in num(), d in num()) {
        if let (Ok(x), Ok(y)) = (Interval::new(a, b), Interval::new(c, d)) {
            if let Ok(r) = over_corners(&[x, y], |v| stress_from_overpotential(v[0], v[1])) {
                prop_assert!(r.min.is_finite() && r.max.is_finite() && r.min <= r.max);
            }
            // Categorical results over the same box: every category found
            // holds at the point given with it; switches lie inside the range.
            let dominant = |v: &[f64]| {
                creep_rates(&sodium_model(), v[0].abs() + 1.0, 250.0 + v[1].abs() % 100.0, 300e-9)
                    .map(|r| r.dominant)
            };
            if let Ok(found) = categories_over_box(&[x, y], dominant) {
                prop_assert!(!found.is_empty());
                for f in &found {
                    prop_assert_eq!(dominant(&f.at).ok(), Some(f.category));
                }
            }
            if let Ok(s) = segments_along(&[x.min, y.min], 0, x, dominant) {
                prop_assert!(!s.is_empty());
                for seg in &s {
                    prop_assert!(seg.from >= x.min && seg.to <= x.max && seg.from <= seg.to);
                }
            }
        }
    }

    #[test]
    fn formatting_and_parsing(x in num(), n in any::<usize>(), text in ".{0,80}") {
        let _ = format_sig(x, n);
        let _ = format_clean(x, n);
        prop_assert!(parse_number(&text).map_or(true, f64::is_finite));
        let _ = parse_decimal(&text);
        // Any precision, however absurd, gives text (std's own limit is
        // far above what a page asks for).
        let places = n % 2000;
        let _ = (fixed(x, n), exponential(x, n), display(x), display_exp(x));
        if x.is_finite() {
            // What is written reads back as the same number.
            prop_assert_eq!(parse_decimal(&display(x)).map(f64::to_bits), Some(x.to_bits()));
        }
        let _ = fixed(x, places);
        let _ = superscript(n as i32);
        // A data-file number reads back within 15 significant figures.
        let d = format_data(x);
        if x.is_finite() {
            let back: f64 = d.parse().map_err(|_| TestCaseError::fail(format!("{d:?} is not a number")))?;
            prop_assert!((back - x).abs() <= x.abs() * 1e-14, "{x} → {d}");
        } else {
            prop_assert!(d.is_empty());
        }
    }

    #[test]
    fn fracture_verdicts(a in num(), b in num(), c in num(), d in num()) {
        if let (Ok(applied), Ok(critical)) = (Interval::new(a, b), Interval::new(c, d)) {
            let v = fracture_verdict(applied, critical);
            // Fractures and Safe are exclusive and need the ranges apart.
            match v {
                FractureVerdict::Fractures => prop_assert!(applied.min > critical.max),
                FractureVerdict::Safe => prop_assert!(applied.max <= critical.min),
                FractureVerdict::Uncertain => {}
            }
        }
    }

    #[test]
    fn pasted_tables(text in "[0-9eE.,;\t \n+#a-z%()-]{0,300}") {
        if let Ok(PlainTable::Table(t)) = load_table("pasted", text.as_bytes()) {
            prop_assert!(t.columns.iter().all(|c| all_finite(&c.values)));
        }
    }

    #[test]
    fn loading_analysis_fns(e in prop::collection::vec(num(), 0..40), s in prop::collection::vec(num(), 0..40),
                           lo in num(), hi in num(), off in num()) {
        if let Ok(a) = analyse(&e, &s, Some((lo, hi)), off) {
            prop_assert!(all_finite(&[a.fit.slope, a.fit.intercept, a.fit.r_squared, a.max_stress, a.strain_at_max, a.work]));
        }
        if let Ok(a) = analyse(&e, &s, None, off) {
            prop_assert!(all_finite(&[a.fit.slope, a.fit.intercept, a.fit.r_squared, a.work]));
        }
    }

    #[test]
    fn power_law_fns(d in prop::collection::vec(num(), 0..20), s in prop::collection::vec(num(), 0..20), at in num()) {
        if let Ok(f) = fit_power_law(&d, &s) {
            prop_assert!(all_finite(&[f.a, f.m, f.r_squared]));
            prop_assert!(f.m_standard_error.is_none_or(f64::is_finite));
            prop_assert!(f.a_standard_error.is_none_or(f64::is_finite));
            if let Ok((v, lo, hi)) = f.predict(at) {
                prop_assert!(all_finite(&[v, lo, hi]));
            }
        }
    }

    #[test]
    fn measurement_correction_fns(a in prop::collection::vec(num(), 0..20), b in prop::collection::vec(num(), 0..20),
                                  k in num(), e in num(), nu in num(), d in num(), lo in 0usize..25, len in 0usize..25, hold in 0usize..5) {
        let ok = |r: Result<Vec<f64>>| { if let Ok(v) = r { assert!(all_finite(&v)); } };
        ok(deflection_from_volts(&a, k));
        ok(cantilever_force(&a, k));
        ok(specimen_displacement(&a, &b));
        ok(remove_frame_compliance(&a, &b, k));
        ok(remove_base_compliance(&a, &b, e, nu, d));
        ok(remove_drift(&a, &b, k));
        if let Ok(n) = normalise_signs(&a, &b) {
            prop_assert!(all_finite(&n.displacement) && all_finite(&n.force));
        }
        if let Ok((c, base)) = remove_baseline(&a, &b, lo..lo + len) {
            prop_assert!(all_finite(&c) && all_finite(&[base.offset, base.slope, base.noise]));
            let _ = contact_index(&c, base.noise * 3.0, hold);
        }
    }

    #[test]
    fn test_analysis_fns(a in prop::collection::vec(num(), 0..30), b in prop::collection::vec(num(), 0..30),
                         x in num(), y in num(), pick in 0usize..3) {
        if let Ok(seg) = find_segments(&a, x) {
            prop_assert!(seg.loading.end <= a.len() && seg.unloading.end <= a.len() && seg.hold.end <= a.len());
        }
        if let Ok(s) = unloading_stiffness(&a, &b, (x, y)) {
            prop_assert!(all_finite(&[s.stiffness, s.intercept, s.r_squared]));
        }
        let which = [TaperArea::Top, TaperArea::MidHeight, TaperArea::Mean][pick];
        if let Ok(area) = taper_area(x, y, which) {
            prop_assert!(area.is_finite() && area >= 0.0);
        }
        if let Ok(h) = fit_hollomon(&a, &b, x) {
            prop_assert!(all_finite(&[h.k, h.n, h.r_squared]));
        }
    }

    #[test]
    fn batch_fns(d in prop::collection::vec(num(), 0..8), s in prop::collection::vec(num(), 0..8), name in ".{0,20}") {
        use ecm_core::measurement::batch::*;
        let rows: Vec<BatchRow> = d.iter().zip(&s).map(|(&d, &s)| BatchRow {
            file: name.clone(),
            diameter: d,
            outcome: if s > 0.0 { Ok(BatchValues { modulus: s, unloading_modulus: None, yield_stress: Some(s), max_stress: s, corrections: vec![name.clone()] }) } else { Err(name.clone()) },
        }).collect();
        prop_assert!(batch_csv(&rows).lines().count() > rows.len());
        if let Ok(f) = strength_size_fit(&rows) {
            prop_assert!(all_finite(&[f.a, f.m, f.r_squared]));
        }
    }

    #[test]
    fn creep_fns(v in prop::collection::vec(num(), 17), power in any::<bool>(), pts in prop_oneof![0usize..100, any::<usize>()]) {
        use ecm_core::creep::laws::*;
        use ecm_core::creep::mechanism_map::*;
        use ecm_core::creep::relaxation::*;
        let m = CreepModel {
            power_law: power.then_some(PowerLawCreep { n: v[0], a: v[1], q: v[2], t_ref: v[3] }),
            diffusion: Diffusion { d0_lattice: v[4], q_lattice: v[5], delta_d0_boundary: v[6], q_boundary: v[7], atomic_volume: v[8] },
            melting_point: v[9],
        };
        let (s, t, d, e, s1) = (v[10], v[11], v[12], v[13], v[14]);
        if let Ok(r) = creep_rates(&m, s, t, d) {
            prop_assert!(all_finite(&[r.nabarro_herring, r.coble, r.total, r.homologous_temperature]));
            prop_assert!(r.total > 0.0);
        }
        prop_assert!(finite_ok(total_rate(&m, s, t, d)));
        prop_assert!(finite_ok(stress_for_rate(&m, v[15], t, d)));
        prop_assert!(finite_ok(relaxation_time(&m, e, s, s1, t, d)));
        prop_assert!(finite_ok(power_law_relaxation_time(&m, e, s, s1, t)));
        prop_assert!(finite_ok(coble_size(&m, t)));
        prop_assert!(finite_ok(plating_strain_rate(v[0], v[1], d)));
        prop_assert!(finite_ok(build_up_time(s, e, v[2])));
        if let Ok(Some(b)) = power_law_boundary(&m, t, d) {
            prop_assert!(b.is_finite());
        }
        if let Ok(map) = mechanism_map(&m, t, (d, v[15]), (s, s1), &[v[16]], pts) {
            prop_assert!(all_finite(&map.sizes) && map.coble_size.is_finite());
        }
        let range = FitRange { stress: (v[0], v[1]), temperature: (v[2], v[3]) };
        let _ = extrapolation(&range, s, t);
        let _ = duration_words(v[16], 3);
    }

    #[test]
    fn creep_fns_near_valid_values(s in 1e3..1e10f64, t in 150.0..370.0f64, d in 1e-9..1e-2f64,
                                   rate in 1e-25..1e15f64, e in 1e8..1e11f64, f in 0.001..0.999f64) {
        use ecm_core::creep::laws::*;
        use ecm_core::creep::relaxation::*;
        let m = ecm_core::reference::materials::metal("Na").unwrap().creep_model();
        prop_assert!(finite_ok(total_rate(&m, s, t, d)));
        prop_assert!(finite_ok(stress_for_rate(&m, rate, t, d)));
        prop_assert!(finite_ok(relaxation_time(&m, e, s, s * f, t, d)));
        prop_assert!(finite_ok(power_law_relaxation_time(&m, e, s, s * f, t)));
    }

    #[test]
    fn size_effect_fns(d in num()) {
        use ecm_core::reference::size_effect::*;
        for f in category_fits(&ecm_core::reference::paper_table::table1()) {
            if let Ok(p) = f.fit {
                if let Ok((v, lo, hi)) = p.predict(d) {
                    prop_assert!(all_finite(&[v, lo, hi]) && lo <= v && v <= hi);
                }
            }
        }
    }
}
