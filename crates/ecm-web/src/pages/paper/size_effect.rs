//! The paper page's size-effect section: σ = A·d^−m fitted to each Table 1
//! category (the core's `size_effect`, the same fit as the data page's
//! batch), the lithium references, and the strength a chosen fit predicts
//! at a chosen diameter with its ±1 standard-error band.

use crate::components::choice_field::ChoiceField;
use crate::components::number_field::{FieldSpec, FieldState, NumberField};
use crate::settings::settings;
use ecm_core::input_limits::DIAMETER;
use ecm_core::number_format::format_sig;
use ecm_core::paper_data::Table1Row;
use ecm_core::size_effect::{category_fits, xu_2017_line, CategoryFit, XU_2017, ZHANG_2020};
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
                        }
                        .into_any(),
                        Err(e) => view! { <td colspan="4">{e.to_string()}</td> }.into_any(),
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
            ecm_core::size_effect::XU_2017_DIAMETERS_NM
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
        <h2 id="size-effect">"Size effect: σ = A·d^−m"</h2>
        <p class="hint">"Each category fitted by least squares on ln σ against ln d (d in nm, σ in MPa, so A is in MPa·nm^m); ± is one standard error. With five scattered points per category the exponent is poorly resolved: where its standard error exceeds m, the data show no size effect within the category."</p>
        <p class="scroll-cue" aria-hidden="true">"Swipe the table sideways for A, R² and the diameters →"</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Size-effect fits">
            <table data-testid="size-fits">
                <thead><tr><th scope="col">"Category"</th><th scope="col">"n"</th><th scope="col">"m"</th><th scope="col">"A (MPa·nm^m)"</th><th scope="col">"R²"</th><th scope="col">"d (nm)"</th></tr></thead>
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
            </div>
        </div>
    }
}
