//! The exercise builder ("Make an exercise"): a teacher chooses the result
//! asked, the tolerance and how many variants to draw from the page's
//! inputs, sees every variant, copies the student's link or embed code,
//! prints the answer key and exports the variants for Moodle, Canvas (QTI
//! 1.2 and 2.1) and Blackboard (docs/exercises.md).
//!
//! It is a module of its own (`src/bin/exercise_builder.rs`), downloaded
//! when the builder is opened, so the calculators' first load does not carry
//! the exports. It sits beside the page's module and follows the page
//! through its link: the page announces each change (`ecm-link`).

mod builder_panel;
mod exports;
pub mod link_inputs;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the builder draws into (`www/exercise-disclosure.js`).
pub const SLOT: &str = "exercise-builder-slot";

/// Draws the builder into its slot, if the page has one; a second call
/// draws it again (the single-file build changes pages in place).
pub fn mount() {
    let Some(slot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SLOT))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    slot.set_inner_html("");
    leptos::mount::mount_to(slot, builder_panel::BuilderPanel).forget();
}

/// Calls `f` whenever the page rewrites its link, while the builder is on
/// the page.
fn on_link_change(f: impl Fn() + 'static) {
    let handle = leptos::prelude::window_event_listener_untyped("ecm-link", move |_| f());
    on_cleanup(move || handle.remove());
}
