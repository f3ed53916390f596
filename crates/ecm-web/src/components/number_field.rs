//! A labelled number field with its unit selector, an optional upper end when
//! ranges are on, an optional slider, and a message for bad input.

use crate::field_value::{
    check_order, convert_text, plain_number, read_field, slider_steps, typed_number,
};
use crate::link_state::PageLink;
use ecm_core::input_limits::Limit;
use ecm_core::ranges::Interval;
use ecm_core::units::Unit;
use leptos::prelude::*;

/// The state of one number field, kept in the link under `key`, `key_unit`
/// and (with ranges on) `key_max`.
#[derive(Clone, Copy)]
pub struct FieldState {
    /// Its name in links.
    pub key: &'static str,
    /// Its label, also used in messages.
    pub label: &'static str,
    /// Text as typed (the value, or a range's lower end).
    pub text: RwSignal<String>,
    /// A range's upper end as typed (empty: a single value).
    pub text_max: RwSignal<String>,
    /// Index into `units`.
    pub unit: RwSignal<usize>,
    /// The units it can be shown in.
    pub units: &'static [Unit],
    /// Its valid range.
    pub limit: &'static Limit,
    /// Whether its page takes ranges.
    pub ranges: Signal<bool>,
}

/// What a number field is, as data: its link key, label, default text (in
/// `units[unit]`), the units it can be shown in and its valid range. Each
/// page lists its fields as `static` specs.
#[derive(Debug)]
pub struct FieldSpec {
    /// Its name in links.
    pub key: &'static str,
    /// Its label, also used in messages.
    pub label: &'static str,
    /// The text it starts with when the link does not set it.
    pub default: &'static str,
    /// The units it can be shown in.
    pub units: &'static [Unit],
    /// Index of the unit it starts in.
    pub unit: usize,
    /// Its valid range.
    pub limit: &'static Limit,
}

impl FieldState {
    /// The field `spec`, read from the link.
    pub fn new(link: &PageLink, ranges: Signal<bool>, spec: &'static FieldSpec) -> Self {
        Self::with_default(link, ranges, spec, spec.default)
    }

    /// The field `spec` read from the link, starting from `default` instead
    /// of the spec's own (a preset chosen by another input).
    pub fn with_default(
        link: &PageLink,
        ranges: Signal<bool>,
        spec: &'static FieldSpec,
        default: &str,
    ) -> Self {
        Self::with_text(link, ranges, spec, link.number(spec.key, default))
    }

    fn with_text(
        link: &PageLink,
        ranges: Signal<bool>,
        spec: &'static FieldSpec,
        text: String,
    ) -> Self {
        let key = spec.key;
        let units = spec.units;
        let field = FieldState {
            key,
            label: spec.label,
            text: RwSignal::new(text),
            text_max: RwSignal::new(link.optional_number(&format!("{key}_max"))),
            unit: RwSignal::new(link.unit(
                &format!("{key}_unit"),
                units,
                spec.unit.min(units.len() - 1),
            )),
            units,
            limit: spec.limit,
            ranges,
        };
        // Kept in the page's link from the start.
        link.keep(key, move |p| field.write_link(p));
        field
    }

    /// A field that may be left empty (see `NumberField`'s `optional`): an
    /// empty value in the link (`key=`) stays empty.
    pub fn optional_with_default(
        link: &PageLink,
        ranges: Signal<bool>,
        spec: &'static FieldSpec,
        default: &str,
    ) -> Self {
        Self::with_text(link, ranges, spec, link.number_or_empty(spec.key, default))
    }

    fn current_unit(&self) -> &'static Unit {
        &self.units[self.unit.get().min(self.units.len() - 1)]
    }

    /// The value in SI units (a range's lower end), or the message for the field.
    pub fn value(&self) -> Result<f64, String> {
        let unit = self.current_unit();
        self.text
            .with(|t| read_field(self.label, t, unit, self.limit))
    }

    fn max_value(&self) -> Option<Result<f64, String>> {
        if !self.ranges.get() || self.text_max.with(|t| t.trim().is_empty()) {
            return None;
        }
        let unit = self.current_unit();
        let label = format!("{} (upper end)", self.label);
        Some(
            self.text_max
                .with(|t| read_field(&label, t, unit, self.limit)),
        )
    }

    /// The value as an interval: a single value, or with ranges on and an
    /// upper end typed, the range between the two (refused when typed
    /// backwards).
    pub fn interval(&self) -> Result<Interval, String> {
        let lo = self.value()?;
        let hi = match self.max_value() {
            Some(r) => r?,
            None => lo,
        };
        check_order(self.label, lo, hi, self.current_unit(), self.limit)?;
        Interval::new(lo, hi).map_err(|e| e.to_string())
    }

    /// The message to show, if any.
    pub fn error(&self) -> Option<String> {
        self.interval().err()
    }

    /// Sets the value from SI, written in the field's current unit.
    pub fn set_si(&self, v: f64) {
        let unit = self.units[self.unit.get_untracked().min(self.units.len() - 1)];
        self.text.set(typed_number(unit.shown(v)));
    }

    /// Writes the field's entries for the link: its text, its unit, and
    /// with ranges on its upper end.
    fn write_link(&self, p: &mut Vec<(String, String)>) {
        p.push((self.key.to_string(), self.text.get()));
        p.push((
            format!("{}_unit", self.key),
            self.current_unit().symbol.to_string(),
        ));
        let max = self.text_max.get();
        if self.ranges.get() && !max.trim().is_empty() {
            p.push((format!("{}_max", self.key), max));
        }
    }
}

/// A labelled text input for a number, with its unit selector and message.
#[component]
pub fn NumberField(
    /// The field's state.
    field: FieldState,
    /// Element id, also its test id.
    id: &'static str,
    /// A slider over this range (SI units), where it helps.
    #[prop(optional)]
    slider: Option<(f64, f64)>,
    /// A short hint under the field (text, or a closure for one that changes).
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// Left empty is not an error (the results that need it say so).
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let message_id = format!("{id}-msg");
    let error = Memo::new(move |_| {
        if optional && field.text.with(|t| t.trim().is_empty()) {
            None
        } else {
            field.error()
        }
    });
    let units = field.units;
    let on_unit = move |ev: leptos::ev::Event| {
        let new: usize = event_target_value(&ev)
            .parse()
            .unwrap_or(0usize)
            .min(units.len() - 1);
        let old = field.unit.get_untracked();
        field
            .text
            .update(|t| *t = convert_text(t, &units[old], &units[new]));
        field
            .text_max
            .update(|t| *t = convert_text(t, &units[old], &units[new]));
        field.unit.set(new);
    };
    let unit_picker = if units.len() > 1 {
        view! {
            <select id=format!("{id}-unit") data-testid=format!("{id}-unit") aria-label=format!("{} unit", field.label)
                on:change=on_unit prop:value=move || field.unit.get().to_string()>
                {units.iter().enumerate().map(|(i, u)| view! { <option value=i.to_string()>{u.symbol}</option> }).collect_view()}
            </select>
        }
        .into_any()
    } else if units[0].symbol.is_empty() || units[0].symbol == "1" {
        ().into_any()
    } else {
        view! { <span class="unit-fixed">{units[0].symbol}</span> }.into_any()
    };
    let max_input = move || {
        field.ranges.get().then(|| {
            view! {
                <span class="range-sep" aria-hidden="true">"to"</span>
                <input id=format!("{id}-max") data-testid=format!("{id}-max") type="text" inputmode="decimal"
                    autocomplete="off" spellcheck="false" aria-label=format!("{} upper end (leave empty for a single value)", field.label)
                    aria-describedby=format!("{id}-msg") placeholder="upper end"
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    prop:value=move || field.text_max.get()
                    on:input=move |ev| field.text_max.set(event_target_value(&ev)) />
            }
        })
    };
    let slider_view = slider.map(|(lo, hi)| {
        let unit = move || &units[field.unit.get().min(units.len() - 1)];
        let steps = move || slider_steps(lo, hi, unit());
        view! {
            <input type="range" class="slider" aria-label=format!("{} slider", field.label)
                min=move || plain_number(steps().0) max=move || plain_number(steps().1)
                step=move || plain_number(steps().2)
                prop:value=move || field.value().map(|v| plain_number(unit().shown(v))).unwrap_or_default()
                on:input=move |ev| field.text.set(event_target_value(&ev)) />
        }
    });
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>{field.label}</label>
            <div class="input-row">
                <input id=id data-testid=id type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    aria-describedby=message_id.clone()
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    prop:value=move || field.text.get()
                    on:input=move |ev| field.text.set(event_target_value(&ev)) />
                {max_input}
                {unit_picker}
            </div>
            {slider_view}
            {hint.map(|h| view! { <p class="hint" data-testid=format!("{id}-hint")>{move || h.get()}</p> })}
            <p class="message" id=message_id data-testid=format!("{id}-msg") aria-live="polite">
                {move || error.get().unwrap_or_default()}
            </p>
        </div>
    }
}
