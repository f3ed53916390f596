//! The exercise keys of a calculator's link, read once when the page is
//! made: `ask` (the result asked for, by its test id), `tol` (how close an
//! answer must be), `edit=1` (the given inputs may be changed) and `key=1`
//! (the answer key is printed). A value that cannot be used gets a notice
//! naming the key and what is used instead; the page then stays the normal
//! calculator (docs/exercises.md).

use crate::link_state::PageLink;
use crate::url_state::LinkReader;
use ecm_core::exercise::tolerance::{parse_tolerance, Tolerance, DEFAULT};
use ecm_core::units::Unit;

/// A result a page can ask for: its test id, its label and its units.
#[derive(Clone, Copy)]
pub struct Askable {
    /// The result's test id, the value of `ask`.
    pub id: &'static str,
    /// What it is ("Stress σ").
    pub label: &'static str,
    /// Its units, and the one the page shows it in.
    pub units: &'static [Unit],
    /// Index of the unit it is shown in.
    pub shown: usize,
}

/// What the link asks of the page.
#[derive(Clone, Copy)]
pub struct Exercise {
    /// The result asked for.
    pub ask: Askable,
    /// How close an answer must be.
    pub tol: Tolerance,
    /// The given inputs may be changed (`edit=1`).
    pub edit: bool,
    /// The answer key is printed (`key=1`).
    pub key: bool,
}

/// The keys the exercise reads.
pub const KEYS: [&str; 4] = ["ask", "tol", "edit", "key"];

/// The exercise builder's keys: a link with `variants` opens the builder
/// (`www/exercise-disclosure.js`) and keeps the calculator as it is;
/// `ask` and `tol` are then the builder's.
pub const BUILDER_KEYS: [&str; 4] = ["variants", "seed", "ask", "tol"];

/// Reads the exercise keys: `None` without `ask` or when it cannot be used
/// (an unknown result, or ranges on: an exercise asks for one number).
/// `available` lists what the page can ask for in its present state.
pub fn read_exercise(link: &LinkReader, available: &[Askable], ranges: bool) -> Option<Exercise> {
    let asked = link.text("ask");
    let tol_text = link.text("tol");
    let edit = link.flag("edit", false);
    let key = link.flag("key", false);
    if asked.is_empty() || !link.text("variants").is_empty() {
        return None;
    }
    let Some(ask) = available.iter().find(|a| a.id == asked).copied() else {
        let ids: Vec<&str> = available.iter().map(|a| a.id).collect();
        link.notice(format!(
            "The link asks for “{}” (ask), which this page does not give as set up; it can ask for {}. The calculator is shown.",
            short(&asked),
            ids.join(" or ")
        ));
        return None;
    };
    if ranges {
        link.notice(format!(
            "The link asks for {} (ask={}) with ranges on (ranges=1): an exercise asks for one value, and ranges are for drawing variants (variants=N). The calculator is shown.",
            ask.label, ask.id
        ));
        return None;
    }
    let tol = if tol_text.is_empty() {
        DEFAULT
    } else {
        match parse_tolerance(&tol_text, ask.units) {
            Ok(t) => t,
            Err(e) => {
                link.notice(format!("{e}; the default tolerance of 2 % is used."));
                DEFAULT
            }
        }
    };
    Some(Exercise {
        ask,
        tol,
        edit,
        key,
    })
}

/// Keeps the exercise's keys in the page's link as they were given, so the
/// address bar stays a link to the exercise.
pub fn keep_exercise_keys(link: &PageLink) {
    for key in KEYS {
        let v = link.text(key);
        if !v.is_empty() {
            link.keep(key, move |p| p.push((key.to_string(), v.clone())));
        }
    }
}

fn short(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if t.chars().count() < s.chars().count() {
        format!("{t}…")
    } else {
        t
    }
}
