//! The failure map's data from the page's inputs: the fracture boundary at
//! the inputs' extremes (one curve for single values, a band for ranges) and
//! the user's point or box.

use super::geometry;
use crate::charts::failure_map_chart::{FailureMapChart, MapPoint};
use ecm_core::models::fracture::{failure_map, FractureVerdict, SizeConvention};
use ecm_core::ranges::Interval;

/// Samples along the flaw-size axis of the failure map.
pub const MAP_SAMPLES: usize = 240;

/// The page's inputs to the map, in SI units.
pub struct MapInputs<'a> {
    /// Fracture toughness KIC, Pa·√m.
    pub kic: Interval,
    /// Molar volume of the metal, m³/mol.
    pub molar_volume: Interval,
    /// Geometry factor Y (used by the "custom" shape).
    pub y: Interval,
    /// The flaw shape's key.
    pub geometry: &'a str,
    /// What the flaw size measures.
    pub convention: SizeConvention,
    /// The user's flaw size, m.
    pub flaw: Interval,
    /// The user's overpotential, V.
    pub dphi: Interval,
}

/// The chart, or none when the model refuses the inputs. Δφc grows with KIC
/// and Vm and falls with Y, so the band's lower edge takes the smallest KIC
/// and Vm with the largest Y, and its upper edge the opposite.
pub fn map_chart(label: String, m: MapInputs, verdict: FractureVerdict) -> Option<FailureMapChart> {
    let lo = (m.flaw.min / 10.0).clamp(1e-9, 0.1e-6);
    let hi = (m.flaw.max * 10.0).clamp(1000e-6, 1e-2);
    let top = (m.dphi.max * 1.5).clamp(0.2, 5.0);
    let edge = |kic: f64, vm: f64, y: f64| {
        failure_map(
            kic,
            geometry(m.geometry, y),
            m.convention,
            vm,
            (lo, hi),
            top,
            (MAP_SAMPLES, 2),
        )
        .ok()
    };
    let low = edge(m.kic.min, m.molar_volume.min, m.y.max)?;
    let high = edge(m.kic.max, m.molar_volume.max, m.y.min)?;
    let mv = |v: &[f64]| v.iter().map(|x| x * 1e3).collect();
    Some(FailureMapChart {
        label,
        sizes_um: low.sizes.iter().map(|a| a * 1e6).collect(),
        low_mv: mv(&low.boundary),
        high_mv: mv(&high.boundary),
        max_mv: top * 1e3,
        point: Some(MapPoint {
            size_um: (m.flaw.min * 1e6, m.flaw.max * 1e6),
            dphi_mv: (m.dphi.min * 1e3, m.dphi.max * 1e3),
            verdict,
        }),
    })
}
