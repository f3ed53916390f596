//! Size effect: why small deposits are strong. The paper's Table 1 fitted
//! category by category with σ = A·d^−m ([`crate::fitting::power_law`], the same
//! fit the data page's batch uses), and the lithium references to compare
//! with (docs/science.md §9). Sizes in nm, strengths in MPa, so A is in MPa·nm^m.

use crate::error::Result;
use crate::fitting::power_law::{fit_power_law, PowerLawFit};
use crate::reference::paper_table::{Category, Table1Row};

/// The power law of one Table 1 category.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryFit {
    /// The category.
    pub category: Category,
    /// Its fit (σ in MPa, d in nm), or why it could not be fitted.
    pub fit: Result<PowerLawFit>,
    /// Smallest and largest diameter of the category, in nm.
    pub diameters: (f64, f64),
}

/// σ = A·d^−m for each category of Table 1 (five points each).
///
/// ```
/// use ecm_core::reference::paper_table::table1;
/// use ecm_core::reference::size_effect::category_fits;
/// let fits = category_fits(&table1());
/// assert_eq!(fits.len(), 5);
/// assert!(fits.iter().all(|f| f.fit.as_ref().unwrap().points == 5));
/// ```
pub fn category_fits(rows: &[Table1Row]) -> Vec<CategoryFit> {
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let (d, s): (Vec<f64>, Vec<f64>) = rows
                .iter()
                .filter(|r| r.category == category)
                .map(|r| (r.diameter * 1e9, r.strength / 1e6))
                .unzip();
            let lo = d.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = d.iter().copied().fold(0.0, f64::max);
            (!d.is_empty()).then(|| CategoryFit {
                category,
                fit: fit_power_law(&d, &s),
                diameters: (lo, hi),
            })
        })
        .collect()
}

/// A published size-effect reference for lithium.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reference {
    /// Short label for the legend.
    pub label: &'static str,
    /// The citation with its DOI.
    pub source: &'static str,
    /// What the line is and how far to trust it.
    pub note: &'static str,
}

/// Li micropillars at room temperature, Xu et al. 2017: exponent −0.68 over
/// 1.17–9.45 µm. No prefactor is printed, so the line through (1 µm, 95 MPa)
/// is an approximation, labelled so.
pub const XU_2017: Reference = Reference {
    label: "Li pillars, m = 0.68 (approx.)",
    source: "Xu, Ahmad, Aryanfar, Viswanathan, Greer, PNAS 114, 57 (2017), doi 10.1073/pnas.1615733114",
    note: "exponent −0.68 at 298 K over 1.17–9.45 µm; drawn through ≈ 95 MPa at 1 µm (read from the paper: approximate)",
};

/// The Xu et al. 2017 line as a power law in MPa and nm: m = 0.68 through
/// (1 000 nm, 95 MPa), so A = 95 · 1000^0.68 MPa·nm^0.68.
pub fn xu_2017_line() -> (f64, f64) {
    let m = 0.68;
    (95.0 * 1000f64.powf(m), m)
}

/// The diameters (nm) Xu et al. 2017 tested.
pub const XU_2017_DIAMETERS_NM: (f64, f64) = (1170.0, 9450.0);

/// Li whiskers, Zhang et al. 2020: yield strength up to 244 MPa for
/// submicrometre whiskers.
pub const ZHANG_2020: Reference = Reference {
    label: "Li whiskers, ≤ 244 MPa",
    source: "Zhang et al., Nat. Nanotechnol. 15, 94 (2020), doi 10.1038/s41565-019-0604-x",
    note: "yield strength up to 244 MPa for submicrometre whiskers (growth stress up to 130 MPa)",
};

/// The whiskers' highest yield strength, in MPa.
pub const ZHANG_2020_STRENGTH_MPA: f64 = 244.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::paper_table::table1;

    /// The same least squares worked independently: slope of ln σ on ln d.
    fn slope_by_hand(d: &[f64], s: &[f64]) -> f64 {
        let n = d.len() as f64;
        let x: Vec<f64> = d.iter().map(|v| v.ln()).collect();
        let y: Vec<f64> = s.iter().map(|v| v.ln()).collect();
        let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
        let sxy: f64 = x.iter().zip(&y).map(|(a, b)| (a - mx) * (b - my)).sum();
        let sxx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
        sxy / sxx
    }

    #[test]
    fn each_category_is_fitted_over_its_own_five_specimens() {
        let fits = category_fits(&table1());
        // Na nanorods in compression (Table 1): d = 235, 253, 247, 361, 322 nm,
        // σ = 113, 131, 106, 111, 126 MPa.
        let d = [235.0, 253.0, 247.0, 361.0, 322.0];
        let s = [113.0, 131.0, 106.0, 111.0, 126.0];
        let rods = &fits[0];
        assert_eq!(rods.category, Category::NaNanorodCompression);
        assert!((rods.diameters.0 - 235.0).abs() < 1e-9 && (rods.diameters.1 - 361.0).abs() < 1e-9);
        let f = rods.fit.as_ref().unwrap();
        assert!((f.m + slope_by_hand(&d, &s)).abs() < 1e-12);
        assert!(
            f.m_standard_error.unwrap() > f.m.abs(),
            "five scattered points: m is not resolved"
        );
        // Na₂CO₃ nanopillars: d = 140, 45, 53, 40, 150 nm; 261, 317, 455, 336, 511 MPa.
        let d = [140.0, 45.0, 53.0, 40.0, 150.0];
        let s = [261.0, 317.0, 455.0, 336.0, 511.0];
        let f = fits[4].fit.as_ref().unwrap();
        assert!((f.m + slope_by_hand(&d, &s)).abs() < 1e-12);
    }

    #[test]
    fn the_xu_line_passes_through_its_anchor_and_reaches_8_5_um_near_16_mpa() {
        let (a, m) = xu_2017_line();
        assert!((a * 1000f64.powf(-m) - 95.0).abs() < 1e-9);
        // 95 · 8.5^−0.68 = 22.2 MPa: the printed ≈ 16 MPa at 8.5 µm shows the
        // anchor and slope are approximate (hence the label).
        let at_8_5 = a * 8500f64.powf(-m);
        assert!((at_8_5 - 22.17).abs() < 0.01, "{at_8_5}");
    }
}
