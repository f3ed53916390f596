//! Reading the files the user opens, drops or pastes into imports: small
//! files on the page's thread, large ones (over [`WORKER_BYTES`]) in the
//! import worker so the page stays responsive; where there is no worker (the
//! single file opened from disk), on the page's thread. The worker is
//! started before the file is read, so that its module loads while the
//! browser reads the bytes. Many files that together are that large (a
//! folder of a thousand AFM curves) are read by one worker in turn, the
//! browser reading the next files' bytes while it parses one.
//!
//! A worker is started ahead of need ([`prepare_worker`]) when the user
//! opens the file chooser or drags a file over the page: by the time a file
//! is chosen, its module is compiled and its reader warmed (it reads a small
//! table of its own first), and a large file is parsed at once.

use crate::import_transfer::decode;
use ecm_core::import::{load_data, Import, ImportError};
use js_sys::{Array, ArrayBuffer, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Files larger than this are read in the worker.
pub const WORKER_BYTES: f64 = 2e6;

/// Of many files, how far reading runs ahead of parsing: never more than
/// about this many bytes, or this many files, read and not yet parsed.
const AHEAD_BYTES: f64 = 8e6;
const AHEAD_FILES: usize = 16;

/// A file read, or why it could not be.
type Loaded = (String, Result<Import, ImportError>);

/// The worker script's address, which the page loader publishes
/// (`window.ecmImportWorker`); none in the single-file build.
fn worker_script() -> Option<String> {
    let w = web_sys::window()?;
    Reflect::get(&w, &JsValue::from_str("ecmImportWorker"))
        .ok()?
        .as_string()
}

thread_local! {
    /// A worker started ahead of need, not yet given a file.
    static SPARE: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

/// A new import worker (where the page has a worker script).
fn new_worker() -> Option<web_sys::Worker> {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    web_sys::Worker::new_with_options(&worker_script()?, &options).ok()
}

/// Starts an import worker for the next large file, unless one is waiting
/// already: called when the user is about to open files.
pub fn prepare_worker() {
    SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        if spare.is_none() {
            *spare = new_worker();
        }
    });
}

/// An import worker, for a file of `size` bytes that is large enough to
/// need one (and where the page has a worker script): the one started ahead
/// of need, or a new one.
fn start_worker(size: f64) -> Option<web_sys::Worker> {
    if size <= WORKER_BYTES {
        return None;
    }
    SPARE
        .with(|spare| spare.borrow_mut().take())
        .or_else(new_worker)
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
    post(&worker, name, &bytes)?;
    let result = JsFuture::from(answer).await;
    worker.terminate();
    Some(match result {
        Ok(data) => {
            crate::browser::mark("ecm-worker-answered");
            decode(&data, name)
        }
        Err(_) => Err(failed_in_background(name)),
    })
}

/// Posts a file's bytes to `worker`, transferred (they then belong to it: a
/// failure is reported, not retried).
fn post(worker: &web_sys::Worker, name: &str, bytes: &ArrayBuffer) -> Option<()> {
    let message = Object::new();
    let _ = Reflect::set(&message, &"name".into(), &name.into());
    let _ = Reflect::set(&message, &"bytes".into(), bytes);
    let transfer = Array::of1(bytes);
    worker.post_message_with_transfer(&message, &transfer).ok()
}

fn failed_in_background(name: &str) -> ImportError {
    ImportError::file(
        name,
        "reading the file in the background failed (out of memory?); reload the page and try again.",
    )
}

fn unreadable(name: &str) -> ImportError {
    ImportError::file(
        name,
        "the browser could not read the file (was it moved or deleted?).",
    )
}

/// Reads the files the user chose or dropped, in their order.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<Loaded> {
    let files: Vec<(web_sys::File, f64)> = files
        .into_iter()
        .map(|f| {
            let size = f.size();
            (f, size)
        })
        .collect();
    if let [(file, size)] = files.as_slice() {
        return vec![read_file(file.clone(), *size).await];
    }
    let total: f64 = files.iter().map(|(_, size)| size).sum();
    let worker = SharedWorker::start(total);
    read_in_turn(files, worker.as_ref()).await
}

/// One import worker reading many files in turn: each is posted as its
/// bytes arrive, and the answers come back in the order posted.
struct SharedWorker {
    worker: web_sys::Worker,
    /// Each posted file's `(resolve, reject)`, oldest first.
    waiting: Rc<RefCell<VecDeque<(Function, Function)>>>,
    /// The worker has failed: the files not yet posted are read on the page.
    failed: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl SharedWorker {
    /// A worker for files of `total` bytes together, if they need one.
    fn start(total: f64) -> Option<Self> {
        let worker = start_worker(total)?;
        let waiting = Rc::new(RefCell::new(VecDeque::<(Function, Function)>::new()));
        let failed = Rc::new(Cell::new(false));
        let w = waiting.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                if let Some((resolve, _)) = w.borrow_mut().pop_front() {
                    let _ = resolve.call1(&JsValue::NULL, &ev.data());
                }
            });
        let (w, f) = (waiting.clone(), failed.clone());
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
            f.set(true);
            for (_, reject) in w.borrow_mut().drain(..) {
                let _ = reject.call1(&JsValue::NULL, &ev);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Self {
            worker,
            waiting,
            failed,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Posts a file's bytes; its answer to come, or `None` where the worker
    /// has failed or the bytes could not be posted.
    fn post(&self, name: &str, bytes: &ArrayBuffer) -> Option<JsFuture> {
        if self.failed.get() {
            return None;
        }
        post(&self.worker, name, bytes)?;
        let waiting = self.waiting.clone();
        let answer = Promise::new(&mut |resolve, reject| {
            waiting.borrow_mut().push_back((resolve, reject));
        });
        Some(JsFuture::from(answer))
    }
}

impl Drop for SharedWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// A file whose bytes are read: its import, or the worker's answer to come.
enum Parsed {
    Done(Result<Import, ImportError>),
    Coming(JsFuture),
}

/// Reads many files in turn, in `worker` or else on the page's thread, the
/// browser reading the next files' bytes meanwhile.
async fn read_in_turn(
    files: Vec<(web_sys::File, f64)>,
    worker: Option<&SharedWorker>,
) -> Vec<Loaded> {
    let mut out = Vec::with_capacity(files.len());
    let mut queue = files.into_iter();
    let mut reading = VecDeque::new();
    let mut parsing = VecDeque::new();
    let mut held = 0.0;
    loop {
        while reading.len() + parsing.len() < AHEAD_FILES
            && (held < AHEAD_BYTES || reading.len() + parsing.len() == 0)
        {
            let Some((file, size)) = queue.next() else {
                break;
            };
            held += size;
            reading.push_back((file.name(), size, JsFuture::from(file.array_buffer())));
        }
        if let Some((name, size, bytes)) = reading.pop_front() {
            let parsed = match bytes.await {
                Err(_) => Parsed::Done(Err(unreadable(&name))),
                Ok(b) => {
                    let b = ArrayBuffer::from(b);
                    match worker.and_then(|w| w.post(&name, &b)) {
                        Some(answer) => Parsed::Coming(answer),
                        None => Parsed::Done(load_data(&name, &Uint8Array::new(&b).to_vec())),
                    }
                }
            };
            parsing.push_back((name, size, parsed));
        } else if let Some((name, size, parsed)) = parsing.pop_front() {
            held -= size;
            let r = match parsed {
                Parsed::Done(r) => r,
                Parsed::Coming(answer) => match answer.await {
                    Ok(data) => decode(&data, &name),
                    Err(_) => Err(failed_in_background(&name)),
                },
            };
            out.push((name, r));
        } else {
            return out;
        }
    }
}

/// Reads one file the user chose or dropped, of `size` bytes.
async fn read_file(file: web_sys::File, size: f64) -> Loaded {
    let name = file.name();
    let worker = start_worker(size);
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(b) => ArrayBuffer::from(b),
        Err(_) => {
            if let Some(w) = worker {
                w.terminate();
            }
            let e = unreadable(&name);
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
