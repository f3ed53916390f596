//! The mechanism map's data: the core's boundaries and contours at the
//! chosen temperature, over a size and stress window that holds the user's
//! point, with the paper's Na specimens when the metal is sodium.

use crate::charts::creep_map_chart::CreepMapChart;
use crate::compute::Outcome;
use ecm_core::creep::laws::{creep_rates, CreepModel};
use ecm_core::creep::mechanism_map::mechanism_map;
use ecm_core::numbers::number_format::format_clean;
use ecm_core::reference::paper_table::{table1, Category};
use leptos::prelude::*;

/// Contours drawn on the map, s⁻¹.
const CONTOURS: [f64; 5] = [1e-9, 1e-6, 1e-3, 1.0, 1e3];

/// The map for the nominal model and point; `None` while an input is bad.
pub fn chart_signal(
    nominal: Memo<Option<(CreepModel, f64, f64, f64)>>,
    metal: RwSignal<String>,
    total: Signal<Outcome>,
    temperature: Signal<Option<ecm_core::ranges::Interval>>,
) -> Signal<Option<CreepMapChart>> {
    // The paper's Na specimens, read once.
    let na_points: StoredValue<Vec<(f64, f64)>> = StoredValue::new(na_specimens());
    Signal::derive(move || {
        let (m, sigma, t, d) = nominal.get()?;
        total.get().ok()?;
        let name = if metal.get() == "custom" {
            "your metal".to_string()
        } else {
            metal.get()
        };
        // Over a temperature range the map is drawn at its lower end.
        let at = match temperature.get() {
            Some(r) if !r.is_point() => format!(
                " (the lower end of {}–{} K; the fields move with temperature)",
                format_clean(r.min, 5),
                format_clean(r.max, 5)
            ),
            _ => String::new(),
        };
        let table1 = if metal.get() == "Na" {
            na_points.get_value()
        } else {
            Vec::new()
        };
        build_chart(&m, &name, &at, (sigma, t, d), table1)
    })
}

/// The paper's Na specimens of Table 1 (not Na₂CO₃) as (nm, MPa).
fn na_specimens() -> Vec<(f64, f64)> {
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
        .collect()
}

/// The map of `m` at temperature `t` around the point (`sigma` Pa, `d` m):
/// 10 nm to 1 mm and 1 kPa to 10 GPa, widened to hold the point; `name` and
/// `note` go into its caption; `table1` are points (nm, MPa) to mark.
pub fn build_chart(
    m: &CreepModel,
    name: &str,
    note: &str,
    (sigma, t, d): (f64, f64, f64),
    table1: Vec<(f64, f64)>,
) -> Option<CreepMapChart> {
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
        m,
        t,
        (sizes.0 * 1e-9, sizes.1 * 1e-9),
        (stresses.0 * 1e6, stresses.1 * 1e6),
        &CONTOURS,
        81,
    )
    .ok()?;
    let mechanism = creep_rates(m, sigma, t, d).ok()?.dominant.label();
    Some(CreepMapChart {
        label: format!("{name} at {} K{note}", format_clean(t, 5)),
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
        table1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{assert_layout_fits, texts};
    use crate::charts::{to_svg, ChartTheme};
    use ecm_core::reference::materials::metal;

    /// The page's own maps (Na, Li, K at room temperature and hot, with
    /// every contour and the paper's points): no label overlaps another at
    /// 320 px (a phone), 324 px (an embed in a narrow column) or 1440 px.
    #[test]
    fn the_real_maps_labels_never_overlap() {
        let na_points = na_specimens();
        for (symbol, t) in [("Na", 298.15), ("Na", 350.0), ("Li", 298.15), ("K", 298.15)] {
            let m = metal(symbol).expect("library metal").creep_model();
            for point in [(100e6, 300e-9), (0.2e6, 1e-3), (1e3, 1e-8)] {
                let chart = build_chart(&m, symbol, "", (point.0, t, point.1), na_points.clone())
                    .expect("map draws");
                for width in [320.0, 324.0, 360.0, 1440.0] {
                    assert_layout_fits(&chart, width);
                }
                // Nothing is dropped where there is room: at full width the
                // fields are named and most contours labelled.
                let svg = to_svg(&chart, 1440, 900, &ChartTheme::light(1.0)).expect("draws");
                let texts = texts(&svg);
                let rates = texts.iter().filter(|t| t.ends_with(" s⁻¹")).count();
                assert!(rates >= 3, "{symbol} {t} K {point:?}: {texts:?}");
                assert!(texts.iter().filter(|t| t.as_str() == "Coble").count() >= 1);
            }
        }
    }
}
