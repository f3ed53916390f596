//! The first visit's module of the test data page (`data`) has only the
//! pillar's analysis. When a test needs a model (a sphere, an AFM curve, a
//! nanoindent, or a table of video heights to merge), it hands the page
//! over to the module with the models (`data_models`), loaded then: the
//! link carries every input, and the files opened so far are passed on
//! (`window.ecmOpened`, batch by batch, as they were opened) and read again
//! by the new module. A link that names a model opens that module at once
//! (`www/index.html`).

use crate::module_handover::load_module;
use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The module with the models.
pub const MODELS_MODULE: &str = "data_models";

const OPENED: &str = "ecmOpened";
const PROPOSED: &str = "ecmTestProposed";

/// One thing the user opened: a file, a pasted table, or the worked example.
pub enum Opened {
    /// A file chosen or dropped.
    File(web_sys::File),
    /// Pasted text.
    Text(String),
    /// The worked example.
    Example,
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Remembers a batch of things opened together, to pass on at a hand-over.
pub fn remember(batch: Vec<Opened>) {
    let Some(w) = window() else { return };
    // The array itself (`Array::from` would copy it).
    let list = match Reflect::get(&w, &OPENED.into()).map(|a| a.dyn_into::<Array>()) {
        Ok(Ok(a)) => a,
        _ => {
            let a = Array::new();
            let _ = Reflect::set(&w, &OPENED.into(), &a);
            a
        }
    };
    let items = Array::new();
    for o in batch {
        items.push(&match o {
            Opened::File(f) => f.into(),
            Opened::Text(t) => {
                let o = Object::new();
                let _ = Reflect::set(&o, &"text".into(), &t.into());
                o.into()
            }
            Opened::Example => JsValue::from_str("example"),
        });
    }
    list.push(&items);
}

/// The batches a module handed over, taken once (empty if none).
pub fn take_opened() -> Vec<Vec<Opened>> {
    let Some(w) = window() else {
        return Vec::new();
    };
    let list = Reflect::get(&w, &OPENED.into()).unwrap_or(JsValue::UNDEFINED);
    let _ = Reflect::delete_property(&w, &OPENED.into());
    if !Array::is_array(&list) {
        return Vec::new();
    }
    Array::from(&list)
        .iter()
        .map(|batch| {
            Array::from(&batch)
                .iter()
                .filter_map(|item| {
                    if let Some(f) = item.dyn_ref::<web_sys::File>() {
                        Some(Opened::File(f.clone()))
                    } else if item.as_string().as_deref() == Some("example") {
                        Some(Opened::Example)
                    } else {
                        Reflect::get(&item, &"text".into())
                            .ok()
                            .and_then(|t| t.as_string())
                            .map(Opened::Text)
                    }
                })
                .collect()
        })
        .collect()
}

/// Whether the module handing over had the test proposed by a file (not
/// named by the link or the user), taken once.
pub fn take_test_proposed() -> bool {
    let Some(w) = window() else { return false };
    let v = Reflect::get(&w, &PROPOSED.into()).unwrap_or(JsValue::UNDEFINED);
    let _ = Reflect::delete_property(&w, &PROPOSED.into());
    v.is_truthy()
}

/// The user named the test (picked it): the module taking over keeps it,
/// also when a hand-over is already on its way.
pub fn test_named() {
    if let Some(w) = window() {
        let _ = Reflect::set(&w, &PROPOSED.into(), &false.into());
    }
}

/// Loads the module with the models, which takes the page over; `note`
/// says so meanwhile, or why it could not be loaded (the pillar's analysis
/// goes on working).
pub fn hand_over(test_proposed: bool, note: RwSignal<Option<String>>) {
    if let Some(w) = window() {
        let _ = Reflect::set(&w, &PROPOSED.into(), &test_proposed.into());
    }
    note.set(Some(
        "Loading the models (sphere, AFM, nanoindentation, two clocks)…".to_string(),
    ));
    leptos::task::spawn_local(async move {
        if let Err(e) = load_module(MODELS_MODULE).await {
            note.try_set(Some(format!(
                "The models could not be loaded: {e}. The pillar's analysis still works; reload the page to try again."
            )));
        }
    });
}
