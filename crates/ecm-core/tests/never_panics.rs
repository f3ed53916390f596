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
        // A worked solution exists exactly when the result does, and its
        // result is that result, for every number of figures.
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                stress_worked(a, b, sig).map(|w| w.result_si).ok(),
                stress_from_overpotential(a, b).ok()
            );
            prop_assert_eq!(
                overpotential_worked(a, b, sig).map(|w| w.result_si).ok(),
                overpotential_from_stress(a, b).ok()
            );
        }
    }

    #[test]
    fn cantilever_fns(a in num(), b in num()) {
        prop_assert!(finite_ok(force_from_deflection(a, b)));
        prop_assert!(finite_ok(deflection_from_force(a, b)));
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                force_worked(a, b, sig).map(|w| w.result_si).ok(),
                force_from_deflection(a, b).ok()
            );
        }
    }

    #[test]
    fn uniaxial_fns(f in num(), s in section(), d in num(), l0 in num(), l in num(), with_len in any::<bool>()) {
        // The rod page's stress, worked out, with f as the spring constant
        // and d as the deflection: a solution exactly when a stress.
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                rod_stress_worked(f, d, s, sig).map(|w| w.result_si).ok(),
                force_from_deflection(f, d).and_then(|force| engineering_stress(force, s)).ok()
            );
        }
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
        // A worked solution exists exactly when the result does, and its
        // result is that result.
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                fracture_stress_worked(k, flaw, sig).map(|w| w.result_si).ok(),
                fracture_stress(k, flaw).ok()
            );
            prop_assert_eq!(
                critical_overpotential_worked(k, flaw, vm, sig).map(|w| w.result_si).ok(),
                critical_overpotential(k, flaw, vm).ok()
            );
        }
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
        // A worked solution exists exactly when the stress does, and its
        // result is that stress.
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                sphere_stress_worked(f, r, d, choice, sig).map(|w| w.result_si).ok(),
                sphere_stress(f, r, d, choice).map(|s| s.stress).ok()
            );
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
        // The power-law rate worked out: exactly when the page has one.
        for sig in [1, 4, 8] {
            prop_assert_eq!(
                power_law_rate_worked(&m, s, t, d, sig).map(|w| w.result_si).ok(),
                creep_rates(&m, s, t, d).ok().and_then(|r| r.power_law)
            );
        }
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
        prop_assert_eq!(
            power_law_rate_worked(&m, s, t, d, 4).map(|w| w.result_si).ok(),
            creep_rates(&m, s, t, d).ok().and_then(|r| r.power_law)
        );
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

fn choice() -> impl Strategy<Value = ModelChoice> {
    prop_oneof![
        model().prop_map(|small| ModelChoice::Auto { small }),
        model().prop_map(ModelChoice::Fixed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn sphere_compression_fns(x in prop::collection::vec(num(), 0..30), f in prop::collection::vec(num(), 0..30),
                              d in num(), nu in num(), lo in num(), hi in num(), c in choice(), auto in any::<bool>()) {
        use ecm_core::measurement::sphere_compression::*;
        let n = x.len().min(f.len());
        let (x, f) = (&x[..n], &f[..n]);
        if let Ok(s) = sphere_curve(x, f, d, c) {
            prop_assert!(all_finite(&s.strain) && all_finite(&s.stress));
            prop_assert!(s.max_stress.is_finite() && s.strain_at_max_force.is_finite());
            prop_assert!(s.max_stress_index < s.stress.len());
            prop_assert_eq!(s.index.len(), s.strain.len());
        }
        if let Ok((a, b)) = auto_hertz_window(x, f, d) {
            prop_assert!(a.is_finite() && b.is_finite());
        }
        if let Ok(h) = hertz_fit(x, f, d, nu, (!auto).then_some((lo, hi))) {
            prop_assert!(all_finite(&[h.effective_modulus, h.modulus, h.modulus_se, h.r_squared, h.window.0, h.window.1]));
            prop_assert!(h.points >= 3);
        }
    }

    #[test]
    fn sphere_compression_near_valid_values(x in prop::collection::vec(-1e-8..3.5e-7f64, 0..60),
                                            f in prop::collection::vec(-1e-7..1e-5f64, 0..60),
                                            d in 1e-8..1e-6f64, nu in -0.9..0.5f64) {
        use ecm_core::measurement::sphere_compression::*;
        let n = x.len().min(f.len());
        let auto = ModelChoice::Auto { small: PlasticModel::FirstOrder };
        if let Ok(s) = sphere_curve(&x[..n], &f[..n], d, auto) {
            prop_assert!(all_finite(&s.stress) && s.max_stress.is_finite());
        }
        if let Ok(h) = hertz_fit(&x[..n], &f[..n], d, nu, None) {
            prop_assert!(all_finite(&[h.effective_modulus, h.modulus, h.modulus_se, h.r_squared]));
        }
    }

    #[test]
    fn clock_merge_fns(a in prop::collection::vec(num(), 0..20), b in prop::collection::vec(num(), 0..20),
                       c in prop::collection::vec(num(), 0..20), e in prop::collection::vec(num(), 0..20),
                       shift in num(), fps in num()) {
        use ecm_core::measurement::clock_merge::*;
        if let Ok(t) = frames_to_times(&a, fps) {
            prop_assert!(all_finite(&t));
        }
        let n = a.len().min(b.len());
        let m = c.len().min(e.len());
        if let Ok(r) = merge_on_time(&a[..n], &b[..n], &c[..m], &e[..m], shift) {
            prop_assert!(all_finite(&r.time) && all_finite(&r.force) && all_finite(&r.height) && all_finite(&r.displacement));
            prop_assert!(r.time.len() >= 2 && r.time.len() == r.force.len());
        }
        // Mismatched lengths too.
        let _ = merge_on_time(&a, &b, &c, &e, shift);
    }

    #[test]
    fn clock_merge_near_valid_values(ft in prop::collection::vec(0.0..20.0f64, 0..40), f in prop::collection::vec(-1e-6..1e-5f64, 0..40),
                                     vt in prop::collection::vec(0.0..20.0f64, 0..40), h in prop::collection::vec(1e-9..1e-6f64, 0..40),
                                     shift in -10.0..10.0f64) {
        use ecm_core::measurement::clock_merge::*;
        let n = ft.len().min(f.len());
        let m = vt.len().min(h.len());
        if let Ok(r) = merge_on_time(&ft[..n], &f[..n], &vt[..m], &h[..m], shift) {
            prop_assert!(all_finite(&r.force) && all_finite(&r.displacement));
            prop_assert!(r.height.iter().all(|&x| x > 0.0));
        }
    }
}

/// Every finite number of an Oliver–Pharr cycle.
fn indent_cycle_finite(c: &ecm_core::measurement::oliver_pharr::IndentCycle) -> bool {
    all_finite(&[
        c.max_load,
        c.max_depth,
        c.final_depth,
        c.exponent,
        c.coefficient,
        c.window_loads.0,
        c.window_loads.1,
        c.r_squared,
        c.fitted_stiffness,
        c.stiffness,
        c.contact_depth,
        c.contact_area,
        c.hardness,
        c.reduced_modulus,
        c.sample_modulus,
    ]) && [c.hold_creep, c.hold_creep_rate, c.unloading_rate]
        .iter()
        .flatten()
        .all(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn oliver_pharr_fns(h in prop::collection::vec(num(), 0..40), p in prop::collection::vec(num(), 0..40),
                        t in prop::collection::vec(num(), 0..40), pick in 0usize..5, a in num(), b in num(),
                        c in num(), creep in any::<bool>(), timed in any::<bool>()) {
        use ecm_core::measurement::oliver_pharr::*;
        let tip = match pick {
            0 => IndenterTip::Berkovich,
            1 => IndenterTip::CubeCorner,
            2 => IndenterTip::Conical { half_angle_deg: a },
            3 => IndenterTip::Spherical { radius: a },
            _ => IndenterTip::AreaFunction(vec![a, b, c]),
        };
        if let Ok(area) = contact_area(&tip, b) {
            prop_assert!(area.is_finite() && area > 0.0);
        }
        let settings = OliverPharrSettings { tip, window: (b, c), creep_correction: creep, ..Default::default() };
        let time = timed.then_some(t.as_slice());
        if let Ok(cycles) = analyse_indent(&h, &p, time, &settings) {
            prop_assert!(cycles.iter().all(indent_cycle_finite));
        }
        if let Ok(cycles) = analyse_indent(&h, &p, time, &OliverPharrSettings::default()) {
            prop_assert!(cycles.iter().all(indent_cycle_finite));
        }
    }

    /// Indent-shaped records (loading, hold, unloading, twice) at any scale,
    /// with arbitrary noise, exponent, frame compliance and window: the deep
    /// paths of the fit run on them.
    #[test]
    fn oliver_pharr_near_valid(depth_scale in prop_oneof![1e-10..1e-3f64, num()], load_scale in prop_oneof![1e-7..1.0f64, num()],
                               m in prop_oneof![0.5..3.0f64, num()], hf in prop_oneof![0.0..1.0f64, num()],
                               noise in prop_oneof![0.0..0.1f64, num()], jitter in prop::collection::vec(-1.0..1.0f64, 130),
                               cf in prop_oneof![Just(0.0), 0.0..1e-3f64, num()], lo in prop_oneof![0.0..0.6f64, num()],
                               hi in prop_oneof![0.6..1.0f64, num()], creep in any::<bool>(), eps in prop_oneof![Just(0.75), num()]) {
        use ecm_core::measurement::oliver_pharr::*;
        let (mut h, mut p, mut t) = (Vec::new(), Vec::new(), Vec::new());
        for cycle in 0..2 {
            let top = 1.0 + cycle as f64;
            for i in 0..20 {
                let f = i as f64 / 20.0;
                h.push(top * f);
                p.push(top * f * f);
            }
            for i in 0..10 {
                h.push(top * (1.0 + 0.01 * i as f64));
                p.push(top);
            }
            for i in 1..=35 {
                let f = 1.0 - i as f64 / 35.0;
                h.push(top * (hf + (1.09 - hf) * f.powf(1.0 / m)));
                p.push(top * f);
            }
        }
        for (i, (hh, pp)) in h.iter_mut().zip(p.iter_mut()).enumerate() {
            let j = jitter.get(i).copied().unwrap_or(0.0);
            *hh = (*hh + noise * j) * depth_scale;
            *pp = (*pp + noise * j * 0.5) * load_scale;
            t.push(i as f64 * 0.1);
        }
        let settings = OliverPharrSettings { frame_compliance: cf, window: (lo, hi), creep_correction: creep, epsilon: eps, ..Default::default() };
        if let Ok(cycles) = analyse_indent(&h, &p, Some(&t), &settings) {
            prop_assert!(cycles.iter().all(indent_cycle_finite));
        }
        let sphere = OliverPharrSettings { tip: IndenterTip::Spherical { radius: depth_scale * 10.0 }, ..settings };
        if let Ok(cycles) = analyse_indent(&h, &p, None, &sphere) {
            prop_assert!(cycles.iter().all(indent_cycle_finite));
        }
    }

    #[test]
    fn afm_indentation_fns(a in prop::collection::vec(num(), 0..40), b in prop::collection::vec(num(), 0..40),
                           near in prop::collection::vec((-2e-6..1e-6f64, -1e-8..1e-7f64), 0..80),
                           x in num(), y in num(), nu in num(), pick in 0usize..5, with_range in any::<bool>()) {
        use ecm_core::measurement::afm_indentation::*;
        let tips = [
            TipShape::Paraboloid { radius: x },
            TipShape::Cone { half_angle_deg: x },
            TipShape::Pyramid4 { face_angle_deg: x },
            TipShape::Pyramid3 { face_angle_deg: x },
            TipShape::Sphere { radius: x },
        ];
        let valid = [
            TipShape::Paraboloid { radius: 5e-6 },
            TipShape::Cone { half_angle_deg: 25.0 },
            TipShape::Pyramid4 { face_angle_deg: 35.0 },
            TipShape::Pyramid3 { face_angle_deg: 20.0 },
            TipShape::Sphere { radius: 1e-6 },
        ];
        prop_assert!(finite_ok(model_force(&tips[pick], y, nu, x)));
        prop_assert!(finite_ok(model_force(&valid[pick], y, 0.5, x)));
        let (d, f): (Vec<f64>, Vec<f64>) = near.iter().copied().unzip();
        let range = with_range.then_some((x, y));
        for (tip, poisson, p, q) in [(tips[pick], nu, &a, &b), (valid[pick], 0.5, &d, &f), (valid[pick], 0.5, &a, &b)] {
            let settings = AfmFitSettings { tip, poisson, range };
            if let Ok(fit) = fit_indentation(p, q, &settings) {
                prop_assert!(all_finite(&[fit.modulus, fit.modulus_se, fit.contact_point, fit.contact_point_se,
                                          fit.offset, fit.slope, fit.residual_rms, fit.max_indentation]));
                prop_assert!(fit.modulus > 0.0 && fit.points <= p.len() && fit.contact_points <= fit.points);
                for (u, v) in fitted_curve(&fit, &settings, p) {
                    prop_assert!(u.is_finite() && v.is_finite());
                }
            }
            let fake = AfmFit { modulus: x, modulus_se: 0.0, contact_point: y, contact_point_se: 0.0, offset: nu,
                                slope: x, residual_rms: 0.0, points: 0, contact_points: 0, max_indentation: 0.0,
                                warnings: Vec::new(), tip: settings.tip, poisson: nu };
                let _ = fake.tip.describe();
            for (u, v) in fitted_curve(&fake, &settings, p) {
                prop_assert!(u.is_finite() && v.is_finite());
            }
        }
    }

    #[test]
    fn specimen_analyses_and_two_clocks(a in prop::collection::vec(num(), 0..40), b in prop::collection::vec(num(), 0..40),
                                        c in prop::collection::vec(num(), 0..40), x in num(), y in num(), z in num(),
                                        key in "[a-z4-]{0,12}", text in ".{0,20}", pick in 0usize..5) {
        use ecm_core::import::Import;
        use ecm_core::measurement::pipeline::{CorrectedCurve, CurveKind, Corrections, Mapping, Source};
        use ecm_core::measurement::segments::find_segments;
        use ecm_core::measurement::specimen::*;
        use ecm_core::measurement::two_clocks::{merge_files, TwoFiles, VideoColumns};
        use ecm_core::numbers::tangent::tan_degrees;
        let t = tan_degrees(x);
        prop_assert!(t.is_nan() || t.is_finite());
        let _ = area_coefficients(&text);
        let _ = sphere_model(&key);
        let _ = afm_tip(&key, x, y);
        let _ = indenter_tip(&key, x, y, &text);
        let n = a.len().min(b.len());
        let curve = CorrectedCurve {
            kind: CurveKind::ForceDisplacement,
            segments: find_segments(&b[..n], 0.01).unwrap_or(ecm_core::measurement::segments::CurveSegments {
                loading: 0..n, hold: n..n, unloading: n..n }),
            displacement: a[..n].to_vec(),
            force: b[..n].to_vec(),
            time: Some(c.iter().copied().chain(std::iter::repeat(0.0)).take(n).collect()),
            steps: Vec::new(),
            warnings: Vec::new(),
        };
        let choices = ["auto", "auto-cap", "first", "cap", "barrel"];
        if let Some(m) = sphere_model(choices[pick]) {
            if let Ok(s) = analyse_sphere(&curve, x, m, y, Some((y, z))) {
                prop_assert!(all_finite(&s.curve.stress) && s.curve.max_stress.is_finite());
            }
            let _ = analyse_sphere(&curve, 300e-9, m, 0.3, None);
        }
        let tips = ["paraboloid", "cone", "pyramid4", "pyramid3", "sphere"];
        if let Some(tip) = afm_tip(tips[pick], 5e-6, 30.0) {
            let settings = ecm_core::measurement::afm_indentation::AfmFitSettings { tip, poisson: 0.5, range: None };
            if let Ok(f) = analyse_afm(&curve, &settings) {
                prop_assert!(f.modulus.is_finite());
            }
        }
        let indenters = ["berkovich", "cube-corner", "conical", "spherical", "area"];
        if let Ok(tip) = indenter_tip(indenters[pick], 1e-6, 70.3, "24.5") {
            let settings = ecm_core::measurement::oliver_pharr::OliverPharrSettings { tip, ..Default::default() };
            if let Ok(cycles) = analyse_nanoindent(&curve, &settings) {
                for c in cycles {
                    prop_assert!(all_finite(&[c.hardness, c.reduced_modulus, c.contact_depth]));
                }
            }
        }
        // Two clocks on arbitrary columns.
        let column = |v: &[f64]| ecm_core::import::Column {
            header: ecm_core::import::column_header::read_header("x"),
            values: v.iter().copied().take(n).chain(std::iter::repeat(0.0)).take(n).collect(),
        };
        let table = |cols: Vec<ecm_core::import::Column>| Import {
            format: "Table of numbers",
            encoding: ecm_core::import::text_decoding::Encoding::Utf8,
            columns: cols,
            segments: Vec::new(),
            metadata: Vec::new(),
            warnings: Vec::new(),
        };
        let log = table(vec![column(&a), column(&b)]);
        let video = table(vec![column(&c), column(&a)]);
        let src = |column| Source { column, to_si: 1.0 };
        let mapping = Mapping { time: Some(src(0)), force: Some(src(1)), ..Mapping::default() };
        let cols = VideoColumns { height: src(1), time: (pick % 2 == 0).then(|| src(0)), frame: Some(src(0)) };
        let files = TwoFiles { log: &log, mapping: &mapping, corrections: &Corrections::default(), video: &video, columns: &cols, fps: Some(x) };
        if let Ok(m) = merge_files(&files, y) {
            prop_assert!(all_finite(&m.curve.force) && all_finite(&m.curve.displacement));
        }
    }
}
