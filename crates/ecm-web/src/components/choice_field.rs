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
    // On paper a select shows only what fits its box: the chosen option is
    // printed as text instead, whole.
    let labels = options.clone();
    let chosen = move || {
        let v = value.get();
        labels
            .iter()
            .find(|(k, _)| *k == v)
            .map(|(_, l)| l.clone())
            .unwrap_or(v)
    };
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
            <span class="print-only print-choice" aria-hidden="true">{chosen}</span>
        </div>
    }
}
