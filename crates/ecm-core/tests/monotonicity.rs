//! The formulas are monotone in each input, so the range of a result over a box
//! of inputs is found at the box's corners (`ranges::over_corners`). These tests
//! check the direction of each input's effect at random valid points, and that
//! the corners agree with a dense grid.

use ecm_core::models::cantilever::force_from_deflection;
use ecm_core::models::electrochemical_stress::*;
use ecm_core::models::fracture::*;
use ecm_core::models::sphere_contact::*;
use ecm_core::models::uniaxial::*;
use ecm_core::ranges::{over_corners, Interval};
use proptest::prelude::*;

/// +1 when f grows with input `i`, −1 when it falls, checked by a 0.1 % step.
fn direction(f: &dyn Fn(&[f64]) -> f64, x: &[f64], i: usize) -> f64 {
    let mut up = x.to_vec();
    up[i] *= 1.001;
    (f(&up) - f(x)).signum()
}

fn flaw(size: f64, y: f64) -> Flaw {
    Flaw {
        size,
        geometry: FlawGeometry::Custom(y),
        convention: SizeConvention::SizeIsA,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn overpotential_and_stress(dphi in 1e-3..4.0f64, vm in 5e-6..1e-4f64, sigma in 1e6..1e10f64) {
        let f = |x: &[f64]| stress_from_overpotential(x[0], x[1]).unwrap();
        prop_assert_eq!(direction(&f, &[dphi, vm], 0), 1.0);
        prop_assert_eq!(direction(&f, &[dphi, vm], 1), -1.0);
        let g = |x: &[f64]| overpotential_from_stress(x[0], x[1]).unwrap();
        prop_assert_eq!(direction(&g, &[sigma, vm], 0), 1.0);
        prop_assert_eq!(direction(&g, &[sigma, vm], 1), 1.0);
    }

    #[test]
    fn fracture(k in 1e5..5e6f64, size in 1e-8..1e-3f64, y in 0.5..2.0f64, vm in 5e-6..1e-4f64, v in 1e-3..1.0f64) {
        let s = |x: &[f64]| fracture_stress(x[0], flaw(x[1], x[2])).unwrap();
        let p = [k, size, y];
        prop_assert_eq!([direction(&s, &p, 0), direction(&s, &p, 1), direction(&s, &p, 2)], [1.0, -1.0, -1.0]);
        let c = |x: &[f64]| critical_overpotential(x[0], flaw(x[1], 1.0), x[2]).unwrap();
        let p = [k, size, vm];
        prop_assert_eq!([direction(&c, &p, 0), direction(&c, &p, 1), direction(&c, &p, 2)], [1.0, -1.0, 1.0]);
        let a = |x: &[f64]| critical_flaw_size(x[0], x[1], x[2], FlawGeometry::ThroughCrack, SizeConvention::SizeIsA).unwrap();
        let p = [k, v, vm];
        prop_assert_eq!([direction(&a, &p, 0), direction(&a, &p, 1), direction(&a, &p, 2)], [1.0, -1.0, 1.0]);
    }

    #[test]
    fn rods_and_cantilever(f in 1e-9..1e-3f64, d in 1e-8..1e-4f64, k in 0.1..100.0f64, dx in 1e-9..1e-5f64) {
        let s = |x: &[f64]| engineering_stress(x[0], CrossSection::InitialDiameter(x[1])).unwrap();
        prop_assert_eq!([direction(&s, &[f, d], 0), direction(&s, &[f, d], 1)], [1.0, -1.0]);
        let c = |x: &[f64]| force_from_deflection(x[0], x[1]).unwrap();
        prop_assert_eq!([direction(&c, &[k, dx], 0), direction(&c, &[k, dx], 1)], [1.0, 1.0]);
    }

    #[test]
    fn spheres(f in 1e-8..1e-4f64, r in 1e-8..1e-5f64, rel in 0.001..0.9f64, e in 1e8..1e11f64) {
        for m in [PlasticModel::FirstOrder, PlasticModel::ExactCap, PlasticModel::Barrel] {
            let s = |x: &[f64]| sphere_stress(x[0], x[1], x[2], ModelChoice::Fixed(m)).unwrap().stress;
            let p = [f, r, 2.0 * r * rel];
            prop_assert_eq!(direction(&s, &p, 0), 1.0);
            prop_assert_eq!(direction(&s, &p, 2), -1.0, "{:?}", m);
        }
        let h = |x: &[f64]| hertz_two_plates(x[0], x[1], x[2]).unwrap().force;
        let p = [e, r, 2.0 * r * rel.min(0.5)];
        prop_assert_eq!([direction(&h, &p, 0), direction(&h, &p, 1), direction(&h, &p, 2)], [1.0, 1.0, 1.0]);
    }
}

#[test]
fn corners_agree_with_a_dense_grid() {
    let boxes = [
        Interval::new(500e-9, 20e-6).unwrap(),
        Interval::new(0.5e6, 2e6).unwrap(),
        Interval::new(13e-6, 45.4e-6).unwrap(),
    ];
    let f = |x: &[f64]| critical_overpotential(x[1], Flaw::paper(x[0]), x[2]);
    let corners = over_corners(&boxes, f).unwrap();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    let n = 20;
    for i in 0..=n {
        for j in 0..=n {
            for k in 0..=n {
                let at = |b: &Interval, t: usize| b.min + (b.max - b.min) * t as f64 / n as f64;
                let v = f(&[at(&boxes[0], i), at(&boxes[1], j), at(&boxes[2], k)]).unwrap();
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    assert!((corners.min / lo - 1.0).abs() < 1e-12 && (corners.max / hi - 1.0).abs() < 1e-12);
}

/// Whether f grows strictly with input `i` (a 0.1 % step); where one
/// mechanism swamps the others the change can round to nothing, which is
/// neither growing nor falling.
fn rises_strictly(f: &dyn Fn(&[f64]) -> f64, x: &[f64], i: usize) -> bool {
    let mut up = x.to_vec();
    up[i] *= 1.001;
    f(&up) > f(x)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn creep_rates_rise_with_stress_and_temperature_and_fall_with_size(
        s in 1e4..1e9f64, t in 200.0..360.0f64, d in 1e-8..1e-3f64, metal in 0usize..3) {
        use ecm_core::creep::laws::*;
        let m = ecm_core::reference::materials::metals()[metal].creep_model();
        let t = t.min(m.melting_point * 0.99);
        let f = |x: &[f64]| total_rate(&m, x[0], x[1], x[2]).unwrap();
        let x = [s, t, d];
        prop_assert_eq!(direction(&f, &x, 0), 1.0);
        prop_assert_eq!(direction(&f, &x, 1), 1.0);
        prop_assert!(!rises_strictly(&f, &x, 2), "rate grew with size");
        // The stress for a rate rises with the rate and the size, falls with T.
        let g = |x: &[f64]| stress_for_rate(&m, x[0], x[1], x[2]).unwrap();
        let y = [1e-3, t, d];
        prop_assert_eq!(direction(&g, &y, 0), 1.0);
        prop_assert_eq!(direction(&g, &y, 1), -1.0);
        // Size: its effect can be far below the bisection's 10⁻¹⁴ in ln σ.
        let mut up = y.to_vec();
        up[2] *= 1.001;
        prop_assert!(g(&up) >= g(&y) * (1.0 - 1e-12), "stress fell with size");
    }

    #[test]
    fn relaxation_takes_longer_the_further_and_the_stiffer_less(
        s0 in 1e6..1e9f64, f in 0.01..0.9f64, e in 1e9..1e10f64, d in 1e-7..1e-4f64) {
        use ecm_core::creep::relaxation::relaxation_time;
        let m = ecm_core::reference::materials::metal("Na").unwrap().creep_model();
        let g = |x: &[f64]| relaxation_time(&m, x[0], x[1], x[2], 298.0, x[3]).unwrap();
        let x = [e, s0, s0 * f, d];
        // Stiffer relaxes faster; a lower final stress takes longer; bigger is slower.
        prop_assert_eq!(direction(&g, &x, 0), -1.0);
        prop_assert_eq!(direction(&g, &x, 2), -1.0);
        // Size: where the power law swamps diffusion the effect is far below
        // the quadrature's rounding, so only a fall beyond that is wrong.
        let mut up = x.to_vec();
        up[3] *= 1.001;
        prop_assert!(g(&up) >= g(&x) * (1.0 - 1e-9), "relaxation sped up with size");
    }
}
