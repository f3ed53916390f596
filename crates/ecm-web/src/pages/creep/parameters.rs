//! The creep page's parameter fields: the power law and diffusion, each
//! with its source (and "Secondary" or "Estimate") under it.

use super::fields::{source_line, A, D0V, DB, N, OMEGA, PARAMETERS, Q, QB, QV, TM, TREF};
use crate::components::number_field::{FieldState, NumberField};
use ecm_core::reference::materials::Metal;
use leptos::prelude::*;

/// The parameter block; `metal` (none: the user's own) picks whose sources
/// the hints name.
#[component]
pub fn Parameters(
    /// The fields, in the order of [`PARAMETERS`].
    params: StoredValue<Vec<FieldState>>,
    /// The chosen metal, or none for the user's own parameters.
    metal: Memo<Option<Metal>>,
    /// Open from the start (the link sets a parameter); closed otherwise,
    /// so a phone is not eight screens of parameters.
    open: bool,
) -> impl IntoView {
    let hint = move |i: usize| {
        move || {
            metal.with(|m| match m {
                Some(m) => (PARAMETERS[i].value)(m).map_or_else(
                    || "Not measured: enter a value to include the power law.".to_string(),
                    source_line,
                ),
                None => "Your value.".to_string(),
            })
        }
    };
    let field = move |i: usize| {
        let f = params.with_value(|ps| ps[i]);
        let optional = [N, A, Q].contains(&i);
        view! { <NumberField field=f id=PARAMETERS[i].id hint=hint(i) optional=optional /> }
    };
    view! {
        <details class="parameters" open=open data-testid="creep-parameters">
            <summary>"Creep parameters (n, A, Q, diffusion data): editable, each with its source"</summary>
            <p class="hint">"Picking a metal loads its values. Values marked “Secondary” were read in a review quoting the original; “Estimate” marks values with no source found (grain-boundary diffusion: δ = 2b, D₀b = D₀v, Q_b = 0.55 Q_v after Frost & Ashby)."</p>
            <h3>"Power-law creep ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)]"</h3>
            <div class="inputs">{[N, A, Q, TREF].map(field).collect_view()}</div>
            <h3>"Diffusion"</h3>
            <div class="inputs">{[D0V, QV, DB, QB, OMEGA, TM].map(field).collect_view()}</div>
        </details>
    }
}

/// The power law's four fields alone (n, A, Q, T_ref), with their sources:
/// the given values of an exercise asking for the power-law rate.
#[component]
pub fn PowerLawFields(
    /// The fields, in the order of [`PARAMETERS`].
    params: StoredValue<Vec<FieldState>>,
    /// The chosen metal, or none for the user's own parameters.
    metal: Memo<Option<Metal>>,
) -> impl IntoView {
    let field = move |i: usize| {
        let f = params.with_value(|ps| ps[i]);
        let hint = move || {
            metal.with(|m| match m {
                Some(m) => (PARAMETERS[i].value)(m)
                    .map_or_else(|| "Not measured: no power law.".to_string(), source_line),
                None => "Your value.".to_string(),
            })
        };
        view! { <NumberField field=f id=PARAMETERS[i].id hint=hint optional=[N, A, Q].contains(&i) /> }
    };
    view! {
        <h3 class="given-note">"Power-law creep ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)]"</h3>
        {[N, A, Q, TREF].map(field).collect_view()}
    }
}
