//! The mechanism map's data: the core's boundaries and contours at the
//! chosen temperature, over a size and stress window that holds the user's
//! point, with the paper's Na specimens when the metal is sodium.

use crate::charts::creep_map_chart::CreepMapChart;
use crate::compute::Outcome;
use ecm_core::creep_laws::{creep_rates, CreepModel};
use ecm_core::mechanism_map::mechanism_map;
use ecm_core::number_format::format_clean;
use ecm_core::paper_data::{table1, Category};
use leptos::prelude::*;

/// Contours drawn on the map, s⁻¹.
const CONTOURS: [f64; 5] = [1e-9, 1e-6, 1e-3, 1.0, 1e3];

/// The map for the nominal model and point; `None` while an input is bad.
pub fn chart_signal(
    nominal: Memo<Option<(CreepModel, f64, f64, f64)>>,
    metal: RwSignal<String>,
    total: Signal<Outcome>,
) -> Signal<Option<CreepMapChart>> {
    // The paper's Na specimens (nm, MPa), read once.
    let na_points: StoredValue<Vec<(f64, f64)>> = StoredValue::new(
        table1()
            .into_iter()
            .filter(|r| {
                matches!(
                    r.category,
                    Category::NaNanorodCompression
                        | Category::NaNanoparticleCompression
                        | Category::NaNanorodTension
                )
            })
            .map(|r| (r.diameter * 1e9, r.strength / 1e6))
            .collect(),
    );
    Signal::derive(move || {
        let (m, sigma, t, d) = nominal.get()?;
        total.get().ok()?;
        // 10 nm to 1 mm and 1 kPa to 10 GPa, widened to hold the point.
        let decade = |v: f64, up: bool| {
            let e = v.log10();
            10f64.powf(if up { e.ceil() + 1.0 } else { e.floor() - 1.0 })
        };
        let (d_nm, s_mpa) = (d * 1e9, sigma / 1e6);
        let sizes = (
            10f64.min(decade(d_nm, false)),
            1e6f64.max(decade(d_nm, true)),
        );
        let stresses = (
            1e-3f64.min(decade(s_mpa, false)),
            1e4f64.max(decade(s_mpa, true)),
        );
        let map = mechanism_map(
            &m,
            t,
            (sizes.0 * 1e-9, sizes.1 * 1e-9),
            (stresses.0 * 1e6, stresses.1 * 1e6),
            &CONTOURS,
            81,
        )
        .ok()?;
        let mechanism = creep_rates(&m, sigma, t, d).ok()?.dominant.label();
        let na = metal.get() == "Na";
        Some(CreepMapChart {
            label: format!(
                "{} at {} K",
                if metal.get() == "custom" {
                    "your metal".to_string()
                } else {
                    metal.get()
                },
                format_clean(t, 5)
            ),
            sizes_nm: map.sizes.iter().map(|s| s * 1e9).collect(),
            power_law_mpa: map
                .power_law_boundary
                .iter()
                .map(|b| b.map(|s| s / 1e6))
                .collect(),
            coble_nm: map.coble_size * 1e9,
            stress_mpa: stresses,
            contours: map
                .contours
                .into_iter()
                .map(|c| {
                    (
                        c.rate,
                        c.points
                            .into_iter()
                            .map(|(d, s)| (d * 1e9, s / 1e6))
                            .collect(),
                    )
                })
                .collect(),
            point: Some((d_nm, s_mpa, mechanism)),
            table1: if na {
                na_points.get_value()
            } else {
                Vec::new()
            },
        })
    })
}
