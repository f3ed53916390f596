//! A labelled number field with a unit selector and a message for bad input.

use crate::field_value::{convert_text, read_field};
use ecm_core::input_limits::Limit;
use ecm_core::units::Unit;
use leptos::prelude::*;

/// The state of one number field: the typed text and the index of its unit.
#[derive(Clone, Copy)]
pub struct FieldState {
    /// Text as typed.
    pub text: RwSignal<String>,
    /// Index into the field's unit list.
    pub unit: RwSignal<usize>,
    /// The field's units.
    pub units: &'static [Unit],
    /// Its valid range.
    pub limit: &'static Limit,
    /// Its label, used in messages.
    pub label: &'static str,
}

impl FieldState {
    /// A field showing `text` in `units[unit]`.
    pub fn new(
        label: &'static str,
        text: &str,
        units: &'static [Unit],
        unit: usize,
        limit: &'static Limit,
    ) -> Self {
        FieldState {
            text: RwSignal::new(text.to_string()),
            unit: RwSignal::new(unit.min(units.len() - 1)),
            units,
            limit,
            label,
        }
    }

    /// The current value in SI units, or the message for the field.
    pub fn value(&self) -> Result<f64, String> {
        let unit = &self.units[self.unit.get().min(self.units.len() - 1)];
        self.text
            .with(|t| read_field(self.label, t, unit, self.limit))
    }
}

/// A labelled text input for a number, with its unit selector and message.
#[component]
pub fn NumberField(
    /// The field's state.
    field: FieldState,
    /// Element id, also used for its test id.
    id: &'static str,
) -> impl IntoView {
    let message_id = format!("{id}-msg");
    let unit_id = format!("{id}-unit");
    let error = move || field.value().err();
    let units = field.units;
    let on_unit = move |ev: leptos::ev::Event| {
        let new: usize = event_target_value(&ev)
            .parse()
            .unwrap_or(0)
            .min(units.len() - 1);
        let old = field.unit.get_untracked();
        field
            .text
            .update(|t| *t = convert_text(t, &units[old], &units[new]));
        field.unit.set(new);
    };
    let unit_picker = if units.len() > 1 {
        view! {
            <select id=unit_id.clone() aria-label=format!("{} unit", field.label) on:change=on_unit
                prop:value=move || field.unit.get().to_string()>
                {units.iter().enumerate().map(|(i, u)| view! {
                    <option value=i.to_string()>{u.symbol}</option>
                }).collect_view()}
            </select>
        }
        .into_any()
    } else {
        view! { <span class="unit">{units[0].symbol}</span> }.into_any()
    };
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=id>{field.label}</label>
            <div class="input-row">
                <input id=id data-testid=id type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    aria-describedby=message_id.clone()
                    aria-invalid=move || if error().is_some() { "true" } else { "false" }
                    prop:value=move || field.text.get()
                    on:input=move |ev| field.text.set(event_target_value(&ev)) />
                {unit_picker}
            </div>
            <p class="message" id=message_id data-testid=format!("{id}-msg") aria-live="polite">
                {move || error().unwrap_or_default()}
            </p>
        </div>
    }
}
