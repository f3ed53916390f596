//! "Make an exercise" under a calculator (`exercise-builder`): a disclosure
//! that downloads the exercise builder the first time it opens, and opens
//! by itself when the link has `variants` (a teacher's link to the
//! builder). The builder is its own module (`exercise_builder`), or, in
//! the single-file build, code of the same module registered with
//! [`builder_in_this_module`].

use crate::exercise_builder::SLOT;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::prelude::*;

thread_local! {
    static LOCAL: Cell<Option<fn()>> = const { Cell::new(None) };
}

/// Draws the builder with `mount` instead of downloading its module (the
/// single-file build, which has every module's code).
pub fn builder_in_this_module(mount: fn()) {
    LOCAL.set(Some(mount));
}

/// Starts the builder's module with the page loader's `ecmLoadModule`,
/// with plain promise callbacks; `failed` runs if it cannot.
fn load_builder(failed: impl FnOnce() + 'static) {
    let load = web_sys::window()
        .and_then(|w| Reflect::get(&w, &"ecmLoadModule".into()).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    let started = load.and_then(|f| f.call1(&JsValue::NULL, &"exercise_builder".into()).ok());
    let Some(started) = started else {
        return failed();
    };
    let on_error = Closure::once(move |_: JsValue| failed());
    let _ = Promise::resolve(&started).catch(&on_error);
    // Called at most once, by the browser.
    on_error.forget();
}

/// Starts the builder once: in this module, or by downloading its own.
/// A failed download leaves a message in the slot, and opening the
/// disclosure again retries.
fn start() {
    let Some(slot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SLOT))
    else {
        return;
    };
    if slot.has_attribute("data-started") {
        return;
    }
    let _ = slot.set_attribute("data-started", "");
    match LOCAL.get() {
        Some(mount) => mount(),
        None => load_builder(move || {
            let _ = slot.remove_attribute("data-started");
            slot.set_text_content(Some(
                "The exercise builder could not be downloaded (offline, and not opened here before?). Close and open it again to retry.",
            ));
        }),
    }
}

/// The disclosure and the slot the builder draws into. A disclosure made
/// open fires its `toggle` too, so a link with `variants` starts the builder.
#[component]
pub fn MakeExercise(
    /// Open from the start (the link has `variants`).
    open: bool,
) -> impl IntoView {
    let on_toggle = move |ev: leptos::ev::Event| {
        let shown = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        if shown {
            start();
        }
    };
    view! {
        <details class="exercise-builder" data-testid="exercise-builder" open=open on:toggle=on_toggle>
            <summary>"Make an exercise"</summary>
            <div id=SLOT>
                <p class="hint" data-testid="exercise-builder-loading">"Loading the exercise builder…"</p>
            </div>
        </details>
    }
}
