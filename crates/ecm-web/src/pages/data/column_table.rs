//! The columns of the file, each with its header, a role and a unit the
//! user can change, and its first values, so nothing is computed from a
//! column the user has not seen.

use ecm_core::import::column_header::Role;
use ecm_core::import::Import;
use ecm_core::measurement::proposal::ColumnChoice;
use ecm_core::numbers::number_format::format_sig;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;

/// The column table for `import`, editing `choices`.
#[component]
pub fn ColumnTable(
    /// The file shown.
    import: Signal<Option<Arc<Import>>>,
    /// Role and unit per column.
    choices: RwSignal<Vec<ColumnChoice>>,
    /// What the user must still choose, if anything.
    message: Signal<Option<String>>,
) -> impl IntoView {
    let set_role = move |i: usize, key: String| {
        choices.update(|c| {
            if let Some(c) = c.get_mut(i) {
                c.role = Role::from_key(&key).filter(|r| *r != Role::Other);
                // Keep the unit only where it fits the new role.
                if let (Some(r), Some(u)) = (c.role, c.unit) {
                    if !r.dimensions().contains(&u.dimension) {
                        c.unit = None;
                    }
                }
            }
        })
    };
    let set_unit = move |i: usize, symbol: String| {
        choices.update(|c| {
            if let Some(c) = c.get_mut(i) {
                c.unit = ecm_core::import::column_header::unit_from_symbol(&symbol);
            }
        })
    };
    let rows = move || {
        let Some(import) = import.get() else {
            return Vec::new();
        };
        let chosen = choices.get();
        import
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let choice = chosen.get(i).copied().unwrap_or(ColumnChoice { role: None, unit: None });
                let role_key = choice.role.map(|r| r.key()).unwrap_or("-");
                let unit_symbol = choice.unit.map(|u| u.symbol).unwrap_or("");
                let unit_options: Vec<&'static str> = choice
                    .role
                    .map(|r| r.units().map(|u| u.symbol).collect())
                    .unwrap_or_default();
                let preview: Vec<String> = col
                    .values
                    .iter()
                    .take(PREVIEW_ROWS)
                    .map(|v| format_sig(*v, 6))
                    .collect();
                let label = if col.header.label.is_empty() {
                    format!("column {}", i + 1)
                } else {
                    col.header.label.clone()
                };
                let needs_unit = choice.role.is_some_and(|r| !r.dimensions().is_empty()) && choice.unit.is_none();
                view! {
                    <tr>
                        <th scope="row">{i + 1}</th>
                        <td>{label.clone()}</td>
                        <td>
                            <select data-testid=format!("role-{}", i + 1) aria-label=format!("Role of column {} ({label})", i + 1)
                                prop:value=role_key on:change=move |ev| set_role(i, event_target_value(&ev))>
                                <option value="-">"not used"</option>
                                {Role::MAPPED.into_iter().chain([Role::Segment]).map(|r| view! { <option value=r.key()>{r.label()}</option> }).collect_view()}
                            </select>
                        </td>
                        <td>
                            {(!unit_options.is_empty()).then(|| view! {
                                <select data-testid=format!("unit-{}", i + 1) aria-label=format!("Unit of column {}", i + 1)
                                    aria-invalid=if needs_unit { "true" } else { "false" }
                                    prop:value=unit_symbol on:change=move |ev| set_unit(i, event_target_value(&ev))>
                                    <option value="">"choose…"</option>
                                    {unit_options.iter().map(|u| view! { <option value=*u>{*u}</option> }).collect_view()}
                                </select>
                            })}
                        </td>
                        <td class="preview">{preview.join(", ")}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <p class="table-title">"Columns of the file: what each holds and its unit (proposed from the header; change them if they are wrong)"</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Columns of the file"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
            <table class="columns-table" data-testid="column-table">
                <caption class="visually-hidden">"Columns of the file"</caption>
                <thead><tr><th scope="col">"#"</th><th scope="col">"Header"</th><th scope="col">"Role"</th><th scope="col">"Unit"</th><th scope="col">"First values"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="message" role="alert" data-testid="mapping-msg">{move || message.get().unwrap_or_default()}</p>
    }
}
