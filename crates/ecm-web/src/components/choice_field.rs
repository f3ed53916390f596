//! A labelled drop-down list bound to a text signal.

use leptos::prelude::*;

/// A labelled `<select>` whose value is `value`; options are (value, label).
#[component]
pub fn ChoiceField(
    /// Element id and test id.
    id: &'static str,
    /// Label text.
    label: &'static str,
    /// The chosen option's value.
    value: RwSignal<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    /// Called after the user picks an option.
    #[prop(optional)]
    on_pick: Option<Callback<String>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id data-testid=id prop:value=move || value.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    value.set(v.clone());
                    if let Some(cb) = on_pick { cb.run(v); }
                }>
                {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
            </select>
        </div>
    }
}
