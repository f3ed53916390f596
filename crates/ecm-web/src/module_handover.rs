//! One page module taking the page over from another without a reload: the
//! test data page's first-visit module hands over to the module with the
//! models (`pages/data/handover.rs`). Every module leaves a way to unmount
//! it (`window.ecmUnmount`); a module that starts calls it first, so the
//! old page's elements, effects and link writer go before the new one is
//! drawn.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

const UNMOUNT: &str = "ecmUnmount";

/// Unmounts the module that was on the page, if any.
pub fn unmount_previous() {
    let Some(w) = web_sys::window() else { return };
    if let Ok(f) = Reflect::get(&w, &UNMOUNT.into()) {
        if let Some(f) = f.dyn_ref::<Function>() {
            let _ = Reflect::delete_property(&w, &UNMOUNT.into());
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

/// Leaves `unmount` for the next module that starts.
pub fn leave_unmount(unmount: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = Closure::once_into_js(unmount);
    let _ = Reflect::set(&w, &UNMOUNT.into(), &f);
}

/// Loads and starts the page module `key` with the page loader's
/// `window.ecmLoadModule`; an error names why (no loader in the single
/// file, which has every module's code; a failed download).
pub async fn load_module(key: &str) -> Result<(), String> {
    let w = web_sys::window().ok_or("no window")?;
    let load = Reflect::get(&w, &"ecmLoadModule".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or("this copy of the page has no module loader")?;
    let started = load
        .call1(&JsValue::NULL, &key.into())
        .map_err(|_| "the module loader failed".to_string())?;
    JsFuture::from(Promise::resolve(&started))
        .await
        .map(|_| ())
        .map_err(|_| {
            "the download failed (offline, and this part not visited here before?)".to_string()
        })
}
