//! The paper page's size-effect section: σ = A·d^−m fitted to each Table 1
//! category (the core's `size_effect`, the same fit as the data page's
//! batch), the lithium references, and the strength a chosen fit predicts
//! at a chosen diameter with its ±1 standard-error band.

use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldSpec, FieldState, NumberField};
use crate::settings::settings;
use ecm_core::input_limits::DIAMETER;
use ecm_core::numbers::number_format::format_sig;
use ecm_core::reference::paper_table::Table1Row;
use ecm_core::reference::size_effect::{
    category_fits, xu_2017_line, CategoryFit, XU_2017, ZHANG_2020,
};
use ecm_core::units;
use leptos::prelude::*;

/// The diameter the calculator predicts a strength at.
pub static FIELD_SIZE: FieldSpec = FieldSpec {
    key: "d",
    label: "Diameter d",
    default: "300",
    units: units::LENGTH,
    unit: 0,
    limit: &DIAMETER,
};

/// The link key of the Li micropillar reference among the fits.
pub const LI_PILLARS: &str = "li-pillars";

/// "1.23 ± 0.45" with `sig` significant figures (the error to 2).
/// What a fitted exponent `m` (σ = A·d^−m) with standard error `se` says:
/// strength falling with size (m > 0 beyond one standard error), not
/// resolved (|m| within one standard error of 0), or strength rising with
/// size (m < 0 beyond it), which a size effect does not predict.
pub fn exponent_reading(m: f64, se: Option<f64>) -> &'static str {
    match se {
        Some(se) if m.abs() <= se => "not resolved: m is within one standard error of 0",
        None => "no standard error (two points)",
        _ if m > 0.0 => "strength falls with size",
        _ => "unexpected sign: strength rises with size",
    }
}

fn with_error(v: f64, se: Option<f64>, sig: usize) -> String {
    match se {
        Some(e) => format!("{} ± {}", format_sig(v, sig), format_sig(e, 2)),
        None => format_sig(v, sig),
    }
}

/// The section: fits table, references and calculator.
#[component]
pub fn SizeEffect(
    /// Table 1.
    rows: Vec<Table1Row>,
    /// The chosen fit's key.
    fit_key: RwSignal<String>,
    /// The diameter field.
    size: FieldState,
) -> impl IntoView {
    let s = settings();
    let fits = StoredValue::new(category_fits(&rows));
    let table = move || {
        let sig = s.sig.get();
        fits.with_value(|fits| {
            fits.iter()
                .map(|f: &CategoryFit| {
                    let key = f.category.csv_name();
                    let cells = match &f.fit {
                        Ok(p) => view! {
                            <td class="num">{p.points}</td>
                            <td class="num" data-testid=format!("fit-{key}-m")>{with_error(p.m, p.m_standard_error, sig)}</td>
                            <td class="num" data-testid=format!("fit-{key}-a")>{with_error(p.a, p.a_standard_error, sig)}</td>
                            <td class="num" data-testid=format!("fit-{key}-r2")>{format_sig(p.r_squared, 3)}</td>
                            <td data-testid=format!("fit-{key}-reading")>{exponent_reading(p.m, p.m_standard_error)}</td>
                        }
                        .into_any(),
                        Err(e) => view! { <td colspan="5">{e.to_string()}</td> }.into_any(),
                    };
                    view! {
                        <tr data-testid=format!("fit-{key}")>
                            <th scope="row">{f.category.label()}</th>
                            {cells}
                            <td class="num">{format!("{}–{}", format_sig(f.diameters.0, 3), format_sig(f.diameters.1, 3))}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let options: Vec<(String, String)> = fits
        .with_value(|f| {
            f.iter()
                .filter(|f| f.fit.is_ok())
                .map(|f| {
                    (
                        f.category.csv_name().to_string(),
                        format!("{} (Table 1 fit)", f.category.label()),
                    )
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .chain([(LI_PILLARS.to_string(), XU_2017.label.to_string())])
        .collect();
    // (value, low, high) in MPa, or why there is none.
    let predicted = move || -> Result<(f64, Option<(f64, f64)>), String> {
        let d_nm = size.value()? * 1e9;
        let key = fit_key.get();
        if key == LI_PILLARS {
            let (a, m) = xu_2017_line();
            return Ok((a * d_nm.powf(-m), None));
        }
        fits.with_value(|f| {
            let fit = f
                .iter()
                .find(|f| f.category.csv_name() == key)
                .ok_or_else(|| "choose a fit".to_string())?;
            let p = fit.fit.as_ref().map_err(|e| e.to_string())?;
            let (v, lo, hi) = p.predict(d_nm).map_err(|e| e.to_string())?;
            Ok((v, Some((lo, hi))))
        })
    };
    // What the chosen fit's exponent says, beside the number it gives.
    let reading = move || {
        let key = fit_key.get();
        fits.with_value(|f| {
            let p = f.iter().find(|f| f.category.csv_name() == key)?.fit.as_ref().ok()?;
            let r = exponent_reading(p.m, p.m_standard_error);
            (r != "strength falls with size").then(|| {
                format!("This fit's exponent m = {}: {r}, so read the strength as the category's typical value, not as a size trend.", with_error(p.m, p.m_standard_error, 2))
            })
        })
    };
    let value_text = move || match predicted() {
        Ok((v, _)) => format_sig(v, s.sig.get()),
        Err(_) => "—".into(),
    };
    let band_text = move || match predicted() {
        Ok((_, Some((lo, hi)))) => format!(
            "±1 standard error of the fit: {}–{} MPa",
            format_sig(lo, 3),
            format_sig(hi, 3)
        ),
        Ok((_, None)) => {
            "approximate: Xu et al. print no prefactor, so no uncertainty can be given".to_string()
        }
        Err(e) => e,
    };
    let outside = move || {
        let d_nm = size.value().ok()? * 1e9;
        let key = fit_key.get();
        let (lo, hi) = if key == LI_PILLARS {
            ecm_core::reference::size_effect::XU_2017_DIAMETERS_NM
        } else {
            fits.with_value(|f| {
                f.iter()
                    .find(|f| f.category.csv_name() == key)
                    .map(|f| f.diameters)
            })?
        };
        (d_nm < lo || d_nm > hi).then(|| {
            format!(
                "{} nm is outside the diameters this fit was made over ({}–{} nm): an extrapolation.",
                format_sig(d_nm, 3),
                format_sig(lo, 3),
                format_sig(hi, 3)
            )
        })
    };
    view! {
        <h2 id="size-effect">"Size effect: σ = A·d"<sup>"−m"</sup></h2>
        <p class="hint">"Each category fitted by least squares on ln σ against ln d (d in nm, σ in MPa, so A is in MPa·nm"<sup>"m"</sup>"); ± is one standard error. With five scattered points per category the exponent is poorly resolved: where its standard error exceeds m, the data show no size effect within the category."</p>
        <p class="scroll-cue" aria-hidden="true">"Swipe the table sideways for A, R² and the diameters →"</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Size-effect fits"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
            <table data-testid="size-fits">
                <thead><tr><th scope="col">"Category"</th><th scope="col">"n"</th><th scope="col">"m"</th><th scope="col">"A (MPa·nm"<sup>"m"</sup>")"</th><th scope="col">"R²"</th><th scope="col">"What m says"</th><th scope="col">"d (nm)"</th></tr></thead>
                <tbody>{table}</tbody>
            </table>
        </div>
        <ul class="checks" data-testid="size-references">
            <li>{format!("Li micropillars: {}; {}.", XU_2017.note, XU_2017.source)}</li>
            <li>{format!("Li whiskers: {}; {}.", ZHANG_2020.note, ZHANG_2020.source)}</li>
        </ul>
        <h3>"Strength at a diameter"</h3>
        <div class="inputs">
            <ChoiceField id="fit" label="Fit" value=fit_key options=options />
            <NumberField field=size id="size-d" />
        </div>
        <div class="results">
            <div class="result">
                <span class="result-label">"Strength σ"</span>
                <output class="result-value" aria-live="polite"><span class="number" data-testid="size-strength">{value_text}</span>" "<span class="unit">{move || if predicted().is_ok() { "MPa" } else { "" }}</span></output>
                <p class="hint" data-testid="size-strength-band">{band_text}</p>
                <p class="why" data-testid="size-extrapolation">{outside}</p>
                <p class="why" data-testid="size-fit-reading">{reading}</p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exponent_is_read_against_its_standard_error() {
        assert_eq!(exponent_reading(0.8, Some(0.3)), "strength falls with size");
        assert_eq!(
            exponent_reading(0.2, Some(0.3)),
            "not resolved: m is within one standard error of 0"
        );
        assert_eq!(
            exponent_reading(-0.67, Some(0.35)),
            "unexpected sign: strength rises with size"
        );
    }
}
