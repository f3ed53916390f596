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
    let answer = RwSignal::new(String::new());
    let verdict = RwSignal::new(String::new());
    let right = RwSignal::new(false);
    // The solution, one step a line; empty (and not in the page) until shown.
    let lines = RwSignal::new(String::new());
    let result_line = move |w: &Worked| {
        format!(
            "{} = {} {}",
            a.label,
            format_sig(unit.shown(w.result_si), sig.get_untracked()),
            unit.symbol
        )
    };
    let show = move || {
        lines.set(solve().map_or_else(String::new, |w| {
            format!("{}\n{}\n{}", w.formula, w.steps.join("\n"), result_line(&w))
        }))
    };
    // New inputs (edit=1) or figures make a new question: the old verdict
    // and solution go.
    Effect::new(move |_| {
        solve();
        sig.track();
        verdict.set(String::new());
        right.set(false);
        lines.set(String::new());
    });
    let on_check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = match solve() {
            Some(w) => check(
                &answer.get_untracked(),
                a.units,
                a.shown,
                w.result_si,
                &exercise.tol,
            ),
            None => {
                Verdict::Unreadable("the given inputs have no result; check them above".to_string())
            }
        };
        let ok = v == Verdict::Correct;
        right.set(ok);
        verdict.set(v.message());
        if ok {
            show();
        }
    };
    let others = a
        .units
        .iter()
        .map(|u| u.symbol)
        .collect::<Vec<_>>()
        .join(", ");
    let key = exercise
        .key
        .then(|| {
            solve().map(|w| {
                format!(
                    "Answer: {} ({})",
                    result_line(&w),
                    exercise.tol.describe(unit)
                )
            })
        })
        .flatten();
    view! {
        // The answer takes a text keyboard on phones: units and exponents
        // need letters.
        <div class="exercise" data-testid="exercise">
            <form class="exercise-form" on:submit=on_check>
                <label for="exercise-answer">{a.label}" = ?"</label>
                <div class="input-row">
                    <input id="exercise-answer" data-testid="exercise-answer" type="text"
                        autocomplete="off" spellcheck="false" aria-describedby="exercise-verdict exercise-tol"
                        prop:value=move || answer.get() on:input=move |ev| answer.set(event_target_value(&ev)) />
                    <span class="unit-fixed">{unit.symbol}</span>
                    <button type="submit" class="print-skip" data-testid="exercise-check">"Check"</button>
                </div>
            </form>
            <p class="hint" id="exercise-tol">
                "A number in " {unit.symbol} ", or with its unit (" {others} "); a decimal comma is fine. Accepted " {exercise.tol.describe(unit)} "."
            </p>
            <p id="exercise-verdict" class="exercise-verdict" class:correct=move || right.get()
                data-testid="exercise-verdict" role="status" aria-live="polite">
                {move || verdict.get()}
            </p>
            <button type="button" class="print-skip" data-testid="exercise-show-solution"
                hidden=move || !lines.with(|l| l.is_empty()) on:click=move |_| show()>"Show solution"</button>
            <div class="exercise-solution" data-testid="exercise-solution" hidden=move || lines.with(|l| l.is_empty())>
                <h3>"Worked solution"</h3>
                <p>{move || lines.get()}</p>
            </div>
            {key.map(|k| view! { <p class="print-only exercise-key" data-testid="exercise-key">{k}</p> })}
        </div>
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
