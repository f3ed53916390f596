//! A wasm module that exports every model of ecm-core, so that its size is the
//! core's footprint in a page: `cargo build --release --target
//! wasm32-unknown-unknown -p ecm-core --example wasm_footprint`.

use ecm_core::measurement::*;
use ecm_core::models::*;
use ecm_core::numbers::*;
use ecm_core::reference::*;
use ecm_core::*;

fn ok(r: Result<f64>) -> f64 {
    r.unwrap_or(f64::NAN)
}

/// Every scalar model, selected by `which`.
#[no_mangle]
pub extern "C" fn model(which: u32, a: f64, b: f64, c: f64, d: f64) -> f64 {
    use fracture::*;
    use sphere_contact::*;
    let flaw = Flaw {
        size: b,
        geometry: FlawGeometry::Custom(c),
        convention: SizeConvention::SizeIs2A,
    };
    match which {
        0 => ok(electrochemical_stress::stress_from_overpotential(a, b)),
        1 => ok(electrochemical_stress::overpotential_from_stress(a, b)),
        2 => ok(electrochemical_stress::molar_volume(a, b)),
        3 => ok(cantilever::force_from_deflection(a, b)),
        4 => ok(cantilever::deflection_from_force(a, b)),
        5 => uniaxial::point_test(
            a,
            uniaxial::CrossSection::ContactArea(b),
            Some(c),
            Some((d, c)),
        )
        .map_or(0.0, |p| p.stress),
        6 => ok(fracture_stress(a, flaw)),
        7 => ok(critical_overpotential(a, flaw, d)),
        8 => ok(critical_flaw_size(
            a,
            b,
            c,
            FlawGeometry::PennyCrack,
            SizeConvention::SizeIsA,
        )),
        9 => failure_map(
            a,
            FlawGeometry::EdgeCrack,
            SizeConvention::SizeIsA,
            b,
            (c, d),
            a,
            (100, 100),
        )
        .map_or(0.0, |m| m.boundary[0]),
        10 => hertz_two_plates(a, b, c).map_or(0.0, |h| h.peak_pressure),
        11 => ok(effective_modulus(a, b, Some((c, d)))),
        12 => hertz_first_yield(a, b, c).map_or(0.0, |h| h.1),
        13 => sphere_stress(
            a,
            b,
            c,
            ModelChoice::Auto {
                small: PlasticModel::ExactCap,
            },
        )
        .map_or(0.0, |s| s.stress),
        14 => criteria::monroe_newman(a, b).map_or(0.0, |m| m.ratio),
        15 => ok(criteria::homologous_temperature(a, b)),
        16 => ok(criteria::strength_ratio(a, b)),
        17 => ok(criteria::shear_modulus(a, b)),
        18 => {
            materials::Library::default().electrolytes.len() as f64
                + materials::metals().len() as f64
        }
        19 => worked_examples::worked_examples().map_or(0.0, |w| w[0].recomputed),
        20 => paper_table::table1().len() as f64,
        21 => ranges::Interval::new(a, b)
            .and_then(|i| {
                ranges::over_corners(&[i], |x| {
                    electrochemical_stress::stress_from_overpotential(x[0], c)
                })
            })
            .map_or(0.0, |r| r.max),
        _ => number_format::format_sig(a, which as usize).len() as f64,
    }
}

/// A pasted table read and analysed as a stress–strain curve, on text at
/// `ptr..ptr+len`.
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn series(ptr: *const u8, len: usize) -> f64 {
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let text = std::str::from_utf8(bytes).unwrap_or("");
    let Ok(ecm_core::import::PlainTable::Table(table)) =
        ecm_core::import::load_table("pasted", text.as_bytes())
    else {
        return f64::NAN;
    };
    let source = |column| Some(pipeline::Source { column, to_si: 1.0 });
    let mapping = pipeline::Mapping {
        strain: source(0),
        stress: source(1),
        ..Default::default()
    };
    let geometry = pipeline::Geometry::per_unit(pipeline::LoadingMode::Compression);
    pipeline::correct(&table, 0..table.rows(), &mapping, &Default::default())
        .and_then(|c| pipeline::analyse_without_hardening(&c, &geometry, &Default::default()))
        .map_or_else(|e| e.to_string().len() as f64, |r| r.loading.fit.slope)
}
