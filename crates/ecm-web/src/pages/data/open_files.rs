//! Where data comes in: drop files, open them (one or many), paste a table,
//! or load the worked example. The files are read in turn
//! (`file_loading.rs`); the page gets all the results at once (a file that
//! fails comes with its message). What is opened is remembered, and what
//! another module opened before handing the page over is opened again
//! (`handover.rs`).

use super::file_loading::{prepare_worker, read_files};
use super::handover::{remember, take_opened, Opened};
use ecm_core::import::{load_data, Import, ImportError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A file read, or why it could not be.
pub type Loaded = (String, Result<Import, ImportError>);

/// The worked example: the project's synthetic pillar test as a TriboScan
/// `.hld` export (`ecm-core/tests/data/import/`, written by
/// `tests/import_fixtures.rs`).
pub const EXAMPLE: &[u8] =
    include_bytes!("../../../../ecm-core/tests/data/import/triboscan_pillar.hld");

/// Its file name.
pub const EXAMPLE_NAME: &str = "example_pillar.hld";

fn read_all(list: Option<web_sys::FileList>, done: Callback<Vec<Loaded>>, busy: RwSignal<bool>) {
    let Some(list) = list else { return };
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(read_batch(files, done, busy));
}

async fn read_batch(files: Vec<web_sys::File>, done: Callback<Vec<Loaded>>, busy: RwSignal<bool>) {
    remember(files.iter().cloned().map(Opened::File).collect());
    busy.set(true);
    let out = read_files(files).await;
    busy.set(false);
    crate::browser::mark("ecm-files-read");
    done.run(out);
    crate::browser::mark("ecm-files-shown");
}

fn read_text(text: String, done: Callback<Vec<Loaded>>) {
    let r = load_data("pasted text", text.as_bytes());
    remember(vec![Opened::Text(text)]);
    done.run(vec![("pasted text".to_string(), r)]);
}

fn read_example(done: Callback<Vec<Loaded>>, then: Callback<()>) {
    remember(vec![Opened::Example]);
    done.run(vec![(
        EXAMPLE_NAME.to_string(),
        load_data(EXAMPLE_NAME, EXAMPLE),
    )]);
    then.run(());
}

/// The drop zone, file button, paste box and example button.
#[component]
pub fn OpenFiles(
    /// Called with every file read.
    on_loaded: Callback<Vec<Loaded>>,
    /// Called when the worked example is chosen (after it is loaded).
    on_example: Callback<()>,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    let over = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            read_all(input.files(), on_loaded, busy);
            // The same file can be chosen again after it is changed on disk.
            input.set_value("");
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        over.set(false);
        read_all(ev.data_transfer().and_then(|d| d.files()), on_loaded, busy);
    };
    let read_pasted = move |_| read_text(pasted.get_untracked(), on_loaded);
    let example = move |_| read_example(on_loaded, on_example);
    // What the module before this one had opened, in the same order.
    let handed = take_opened();
    if !handed.is_empty() {
        leptos::task::spawn_local(async move {
            for batch in handed {
                let mut files = Vec::new();
                for o in batch {
                    match o {
                        Opened::File(f) => files.push(f),
                        Opened::Text(t) => read_text(t, on_loaded),
                        // Its inputs are in the link already, as the user left them.
                        Opened::Example => read_example(on_loaded, Callback::new(|_| ())),
                    }
                }
                if !files.is_empty() {
                    read_batch(files, on_loaded, busy).await;
                }
            }
        });
    }
    // The user is about to open files (a click on "Choose files…", by mouse,
    // touch or keyboard, opens the chooser; a drag is over the zone): a
    // worker for a large one is started now, ready when the file is chosen
    // (the label hears the click, so the worked example's button starts none).
    view! {
        <div class="drop-zone" class:over=move || over.get() data-testid="drop-zone"
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); over.set(true); prepare_worker(); }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop>
            // The actions first (a phone has nothing to drop), then the drop hint.
            <p class="open-actions">
                <label class="file-button primary" on:click=|_| prepare_worker()>"Choose files… "
                    <input type="file" multiple data-testid="data-files"
                        accept=".txt,.csv,.tsv,.dat,.hld,.asc,text/plain,text/csv" on:change=on_change />
                </label>
                <button type="button" data-testid="data-example" on:click=example>"Load the worked example"</button>
            </p>
            <p class="drop-hint"><strong>"Or drop export files here"</strong>" (one test, or many for a batch)."</p>
            <p class="hint">"Read in this browser only; nothing is uploaded. TriboScan .txt and .hld, JPK text export, AFM Workshop CSV, NT-MDT text, Nanoscope ASCII, FemtoTools, and any table of numbers (tabs, commas, semicolons or spaces; decimal commas too)."</p>
            <p class="hint" role="status" data-testid="data-busy">{move || busy.get().then_some("Reading…")}</p>
        </div>
        <details class="paste">
            <summary>"Paste a table instead"</summary>
            <label for="data-paste">"Columns with a header line naming each quantity and its unit, e.g. “Depth (nm)  Load (µN)”"</label>
            <textarea id="data-paste" data-testid="data-paste" rows="6" spellcheck="false"
                prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <button type="button" data-testid="data-paste-read" on:click=read_pasted>"Read the pasted table"</button>
        </details>
    }
}
