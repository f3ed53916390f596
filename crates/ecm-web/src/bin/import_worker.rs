//! The import worker: reads a large export off the page's main thread, so a
//! million-row file never freezes the page. `scripts/build-pages.mjs` wraps
//! it in a small module worker script that starts it and passes each message
//! (`{ name, bytes }`) to [`import_file`]; the page falls back to reading on
//! the main thread where workers are not available (the single file opened
//! from disk).
use ecm_web::import_transfer::encode;
use wasm_bindgen::prelude::*;

/// Reads `bytes` as the file `name` and returns `[result, transfer list]`.
#[wasm_bindgen]
pub fn import_file(name: &str, bytes: &[u8]) -> js_sys::Array {
    let (result, transfer) = encode(ecm_core::import::load_data(name, bytes));
    let out = js_sys::Array::new();
    out.push(&result);
    out.push(&transfer);
    out
}

fn main() {}
