//! The answer box that takes a result's place when a link asks for it
//! (`ask=<test id>`): the student types a number, with or without a unit,
//! checks it, and reads the verdict; the worked solution shows after a
//! correct answer or on request. The asked value is never in the page
//! before then: not as text, not in an attribute.
//!
//! The correct value is the worked solution's result: the function that
//! writes the solution computes it, so the two cannot disagree.

use crate::exercise_link::Exercise;
use crate::settings::settings;
use ecm_core::exercise::verdict::{check, Verdict};
use ecm_core::numbers::number_format::format_sig;
use ecm_core::worked::Worked;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The answer box's element `id` (the box writes its verdict and solution
/// into the page directly: no reactive state, which costs the page's
/// download more than these few calls).
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Writes the verdict (empty: none). Every other verdict ends in a
/// no-break space, so that the same verdict twice is a change that screen
/// readers announce again.
fn say(text: &str, ok: bool) {
    thread_local! {
        static SPACE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let Some(p) = element("exercise-verdict") else {
        return;
    };
    let mut t = text.to_string();
    if SPACE.replace(!SPACE.get()) && !t.is_empty() {
        t.push('\u{a0}');
    }
    p.set_text_content(Some(&t));
    let _ = p.set_attribute(
        "class",
        if ok {
            "exercise-verdict correct"
        } else {
            "exercise-verdict"
        },
    );
}

/// Shows the worked solution (`Some`, one step a line) or hides and
/// empties it, and says which on the "Show solution" button.
fn solution(lines: Option<String>) {
    let shown = lines.is_some();
    if let Some(p) = element("exercise-lines") {
        p.set_text_content(lines.as_deref());
    }
    if let Some(d) = element("exercise-solution") {
        let _ = if shown {
            d.remove_attribute("hidden")
        } else {
            d.set_attribute("hidden", "")
        };
    }
    if let Some(b) = element("exercise-show") {
        let _ = b.set_attribute("aria-expanded", if shown { "true" } else { "false" });
    }
}

/// Makes the given inputs read-only (an exercise without `edit=1`), so
/// that they stay focusable and read by screen readers: a text field takes
/// `readonly`; a drop-down keeps only its chosen option choosable and says
/// it is read-only; a slider, which HTML cannot make read-only and which
/// repeats its number field, is disabled.
fn lock_given() {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for (selector, attribute, value) in [
        ("input:not([type=range])", "readonly", ""),
        ("input[type=range]", "disabled", ""),
        ("option:not(:checked)", "disabled", ""),
        ("select", "aria-readonly", "true"),
    ] {
        if let Ok(list) = d.query_selector_all(&format!("fieldset.given {selector}")) {
            for i in 0..list.length() {
                if let Some(e) = list.item(i) {
                    let _ = e
                        .unchecked_into::<web_sys::Element>()
                        .set_attribute(attribute, value);
                }
            }
        }
    }
}

/// The answer box, its verdict and the worked solution.
#[component]
pub fn ExerciseBox<S>(
    /// What is asked, and how close an answer must be.
    exercise: Exercise,
    /// The worked solution of the inputs on screen (it reads them), or
    /// `None` while they give no result.
    solve: S,
) -> impl IntoView
where
    S: Fn() -> Option<Worked> + Copy + Send + Sync + 'static,
{
    let sig = settings().sig;
    let a = exercise.ask;
    let unit = &a.units[a.shown];
    let result_line = move |w: &Worked| {
        format!(
            "{} = {} {}",
            a.label,
            format_sig(unit.shown(w.result_si), sig.get_untracked()),
            unit.symbol
        )
    };
    let show = move || {
        solution(
            solve().map(|w| format!("{}\n{}\n{}", w.formula, w.steps.join("\n"), result_line(&w))),
        )
    };
    // New inputs (edit=1) or figures make a new question: the old verdict
    // and solution go.
    // The given inputs are on the page when this first runs.
    let edit = exercise.edit;
    Effect::new(move |first: Option<()>| {
        solve();
        sig.track();
        say("", false);
        solution(None);
        if first.is_none() && !edit {
            lock_given();
        }
    });
    // Checked on the button or Enter, not by submitting a form: a
    // sandboxed iframe without `allow-forms` (a course page's embed) drops
    // a submission before the page hears of it.
    let check_now = move || {
        let typed = element("exercise-answer")
            .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().value())
            .unwrap_or_default();
        let v = match solve() {
            Some(w) => check(&typed, a.units, a.shown, w.result_si, &exercise.tol),
            None => {
                Verdict::Unreadable("the given inputs have no result; check them above".to_string())
            }
        };
        let ok = v == Verdict::Correct;
        say(&v.message(), ok);
        if ok {
            show();
        }
    };
    // The box's buttons: "Check", and "Show solution", which shows or
    // hides it.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(b) = ev.target().map(|t| t.unchecked_into::<web_sys::Element>()) else {
            return;
        };
        match b.get_attribute("id").as_deref() {
            Some("exercise-check") => check_now(),
            Some("exercise-show") => {
                if b.get_attribute("aria-expanded")
                    .is_some_and(|e| e == "true")
                {
                    solution(None)
                } else {
                    show()
                }
            }
            _ => {}
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let in_answer = ev
            .target()
            .map(|t| t.unchecked_into::<web_sys::Element>())
            .is_some_and(|t| t.id() == "exercise-answer");
        if in_answer && ev.key() == "Enter" {
            ev.prevent_default();
            check_now();
        }
    };
    let others = a
        .units
        .iter()
        .map(|u| u.symbol)
        .collect::<Vec<_>>()
        .join(", ");
    let tol = exercise.tol.describe(unit);
    let key = exercise
        .key
        .then(|| solve().map(|w| format!("<p class=\"print-only exercise-key\" data-testid=\"exercise-key\">Answer: {} ({tol})</p>", result_line(&w))))
        .flatten()
        .unwrap_or_default();
    let symbol = unit.symbol;
    let label = a.label;
    // Plain HTML: every text in it is the page's own (labels, unit
    // symbols, numbers), none typed. The answer takes a text keyboard on
    // phones: units and exponents need letters.
    let html = format!(
        r#"<div class="exercise-form"><label for="exercise-answer">{label} = ?</label><div class="input-row"><input id="exercise-answer" data-testid="exercise-answer" type="text" autocomplete="off" spellcheck="false" aria-describedby="exercise-verdict exercise-tol"><span class="unit-fixed">{symbol}</span><button type="button" id="exercise-check" class="print-skip" data-testid="exercise-check">Check</button></div></div><p class="hint" id="exercise-tol">A number in {symbol}, or with its unit ({others}); a decimal comma is fine. Accepted {tol}.</p><p id="exercise-verdict" class="exercise-verdict" data-testid="exercise-verdict" role="status" aria-live="polite" aria-atomic="true"></p><button type="button" id="exercise-show" class="print-skip" data-testid="exercise-show-solution" aria-expanded="false" aria-controls="exercise-solution">Show solution</button><div id="exercise-solution" class="exercise-solution" data-testid="exercise-solution" hidden><h3>Worked solution</h3><p id="exercise-lines"></p></div>{key}"#
    );
    view! {
        <div class="exercise" data-testid="exercise" inner_html=html on:click=on_click on:keydown=on_key></div>
    }
}

/// The legend over an exercise's given values: fixed, or changeable with
/// `edit=1`.
#[component]
pub fn GivenNote(exercise: Exercise) -> impl IntoView {
    view! {
        <legend class="given-note">{if exercise.edit { "Given values: you may change them" } else { "Given values, fixed for this exercise" }}</legend>
    }
}
