//! Reading the files the user opens, drops or pastes into imports: small
//! files on the page's thread, large ones (over [`WORKER_BYTES`]) in the
//! import worker so the page stays responsive; where there is no worker (the
//! single file opened from disk), on the page's thread. The worker is
//! started before the file is read, so that its module loads while the
//! browser reads the bytes.

use crate::import_transfer::decode;
use ecm_core::import::{load_data, Import, ImportError};
use js_sys::{Array, ArrayBuffer, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Files larger than this are read in the worker.
pub const WORKER_BYTES: f64 = 2e6;

/// The worker script's address, which the page loader publishes
/// (`window.ecmImportWorker`); none in the single-file build.
fn worker_script() -> Option<String> {
    let w = web_sys::window()?;
    Reflect::get(&w, &JsValue::from_str("ecmImportWorker"))
        .ok()?
        .as_string()
}

/// A new import worker, for a file of `size` bytes that is large enough to
/// need one (and where the page has a worker script).
fn start_worker(size: f64) -> Option<web_sys::Worker> {
    if size <= WORKER_BYTES {
        return None;
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    web_sys::Worker::new_with_options(&worker_script()?, &options).ok()
}

/// Reads `bytes` in `worker`, which ends when it has answered.
async fn in_worker(
    worker: web_sys::Worker,
    name: &str,
    bytes: ArrayBuffer,
) -> Option<Result<Import, ImportError>> {
    let answer = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |ev: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &ev.data());
        });
        let on_error = Closure::once_into_js(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    let message = Object::new();
    let _ = Reflect::set(&message, &"name".into(), &name.into());
    let _ = Reflect::set(&message, &"bytes".into(), &bytes);
    let transfer = Array::of1(&bytes);
    worker
        .post_message_with_transfer(&message, &transfer)
        .ok()?;
    let result = JsFuture::from(answer).await;
    worker.terminate();
    // The bytes now belong to the worker: a failure is reported, not retried.
    Some(match result {
        Ok(data) => {
            crate::browser::mark("ecm-worker-answered");
            decode(&data, name)
        }
        Err(_) => Err(ImportError::file(
            name,
            "reading the file in the background failed (out of memory?); reload the page and try again.",
        )),
    })
}

/// Reads one file the user chose or dropped.
pub async fn read_file(file: web_sys::File) -> (String, Result<Import, ImportError>) {
    let name = file.name();
    let worker = start_worker(file.size());
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(b) => ArrayBuffer::from(b),
        Err(_) => {
            if let Some(w) = worker {
                w.terminate();
            }
            let e = ImportError::file(
                &name,
                "the browser could not read the file (was it moved or deleted?).",
            );
            return (name, Err(e));
        }
    };
    if let Some(worker) = worker {
        if let Some(r) = in_worker(worker, &name, buffer.clone()).await {
            return (name, r);
        }
    }
    let bytes = Uint8Array::new(&buffer).to_vec();
    let r = load_data(&name, &bytes);
    (name, r)
}
