//! The import worker: reads a large export off the page's main thread, so a
//! million-row file never freezes the page. `scripts/build-pages.mjs` wraps
//! it in a small module worker script that starts it and passes each message
//! (`{ name, bytes }`) to [`import_file`]; the page falls back to reading on
//! the main thread where workers are not available (the single file opened
//! from disk).
//!
//! The transfer's code is this module's own copy of `import_transfer.rs`,
//! not the page's library: the worker then links only the core's readers
//! and the browser bindings, without the page's framework and what that
//! exports to JavaScript.
#[path = "../import_transfer.rs"]
#[allow(dead_code)] // `decode`, the page's half, is not used here
mod import_transfer;

use import_transfer::encode;
use wasm_bindgen::prelude::*;

/// Reads `bytes` as the file `name` and returns `[result, transfer list]`.
#[wasm_bindgen]
pub fn import_file(name: &str, bytes: &[u8]) -> js_sys::Array {
    let (result, transfer) = encode(ecm_core::import::load_data_in_one_pass(name, bytes));
    let out = js_sys::Array::new();
    out.push(&result);
    out.push(&transfer);
    out
}

fn main() {}
