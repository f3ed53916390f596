//! The materials page's creep and diffusion table: each metal's power-law
//! fit (with the stresses and temperatures it was measured over), lattice
//! and boundary diffusion, Ω and b, each with its source.

use super::{creep_row_matches, show, source_lines};
use ecm_core::reference::materials::{Library, Property};
use leptos::prelude::*;

/// A value, or what the library lacks.
fn cell(p: Option<&Property>, unit: &str, to_si: f64) -> String {
    p.map_or_else(|| "not measured".to_string(), |p| show(p, unit, to_si))
}

/// "0.1–0.3 MPa": the range a fit was measured over.
fn span(p: Option<&Property>, unit: &str, to_si: f64) -> String {
    p.map_or_else(
        || "—".to_string(),
        |p| {
            let f = |v: f64| ecm_core::numbers::number_format::format_clean(v / to_si, 4);
            if p.min == p.max {
                format!("{} {unit}", f(p.min))
            } else {
                format!("{}–{} {unit}", f(p.min), f(p.max))
            }
        },
    )
}

/// The table, filtered as the page's other tables are.
#[component]
pub fn CreepTable(lib: StoredValue<Library>, filter: RwSignal<String>) -> impl IntoView {
    let rows = move || {
        let f = filter.get();
        lib.with_value(|l| {
            l.metals
                .iter()
                .filter(|m| creep_row_matches(&f, m))
                .map(|m| {
                    let c = &m.creep;
                    let sources = source_lines(&[
                        ("n", c.exponent.as_ref()),
                        ("A", c.prefactor.as_ref()),
                        ("Q", c.activation_energy.as_ref()),
                        ("fit range", c.fitted_stress.as_ref()),
                        ("D₀v", Some(&c.lattice_d0)),
                        ("Q_v", Some(&c.lattice_q)),
                        ("δD₀b", Some(&c.boundary_delta_d0)),
                        ("Q_b", Some(&c.boundary_q)),
                        ("Ω", Some(&c.atomic_volume)),
                        ("b", Some(&c.burgers_vector)),
                    ]);
                    view! {
                        <tr data-testid=format!("creep-row-{}", m.symbol)>
                            <th scope="row">{format!("{} ({})", m.symbol, m.name)}</th>
                            <td>{cell(c.exponent.as_ref(), "", 1.0)}</td>
                            <td>{cell(c.prefactor.as_ref(), "MPa⁻ⁿ s⁻¹", 1.0)}</td>
                            <td>{cell(c.activation_energy.as_ref(), "kJ/mol", 1e3)}</td>
                            <td>{format!("{}, {}", span(c.fitted_stress.as_ref(), "MPa", 1e6), span(c.fitted_temperature.as_ref(), "K", 1.0))}</td>
                            <td>{show(&c.lattice_d0, "m²/s", 1.0)}</td>
                            <td>{show(&c.lattice_q, "kJ/mol", 1e3)}</td>
                            <td>{show(&c.boundary_delta_d0, "m³/s", 1.0)}</td>
                            <td>{show(&c.boundary_q, "kJ/mol", 1e3)}</td>
                            <td>{show(&c.atomic_volume, "Å³", 1e-30)}</td>
                            <td>{show(&c.burgers_vector, "nm", 1e-9)}</td>
                            <td class="source-cell"><ul>{sources.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></td>
                            <td><a href=format!("?page=creep&metal={}", m.symbol) data-testid=format!("use-creep-{}", m.symbol)>"Use in creep calculator"</a></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p class="scroll-cue" aria-hidden="true">"Creep and diffusion: swipe the table sideways for diffusion, sources and “Use in…” →"</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Creep and diffusion"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
            <table data-testid="creep-table">
                <caption>"Creep and diffusion (power law ε̇ = A·σⁿ·exp[−(Q/R)(1/T − 1/T_ref)] at T_ref = 298 K; σ in MPa)"</caption>
                <thead><tr>
                    <th scope="col">"Metal"</th><th scope="col">"n"</th><th scope="col">"A"</th><th scope="col">"Q"</th>
                    <th scope="col">"Fit measured over"</th><th scope="col">"D₀v"</th><th scope="col">"Q_v"</th>
                    <th scope="col">"δD₀b"</th><th scope="col">"Q_b"</th><th scope="col">"Ω"</th><th scope="col">"b"</th>
                    <th scope="col">"Sources"</th><th scope="col"><span class="visually-hidden">"Use"</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
