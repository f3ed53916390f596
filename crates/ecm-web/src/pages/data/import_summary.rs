//! What was read: the format detected, the points and segments, the text
//! encoding, the header's metadata and the reader's warnings; and, before
//! any file, what the page does and the worked example.

use ecm_core::import::text_decoding::Encoding;
use ecm_core::import::Import;
use leptos::prelude::*;
use std::sync::Arc;

/// The summary of the file on screen.
#[component]
pub fn ImportSummary(import: Signal<Option<Arc<Import>>>) -> impl IntoView {
    let summary = move || import.with(|i| i.as_ref().map(|i| i.summary()).unwrap_or_default());
    let latin1 =
        move || import.with(|i| i.as_ref().is_some_and(|i| i.encoding == Encoding::Latin1));
    let metadata = move || {
        import.with(|i| {
            i.as_ref()
                .map(|i| i.metadata.iter().map(|(k, v)| view! { <tr><th scope="row">{k.clone()}</th><td>{v.clone()}</td></tr> }).collect_view())
        })
    };
    let count = move || import.with(|i| i.as_ref().map_or(0, |i| i.metadata.len()));
    let has_metadata = move || count() != 0;
    let warnings = move || {
        import.with(|i| {
            i.as_ref().map(|i| {
                i.warnings
                    .iter()
                    .map(|w| view! { <li>{w.clone()}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="import-summary">
            <p><strong data-testid="import-summary">{summary}</strong>
                <Show when=latin1>" · read as Latin-1 (the file is not UTF-8)"</Show></p>
            <ul class="warnings" data-testid="import-warnings">{warnings}</ul>
            <Show when=has_metadata>
                <details data-testid="import-metadata">
                    <summary>{move || { let n = count(); format!("Header: {n} value{}", if n == 1 { "" } else { "s" }) }}</summary>
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Header values"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p><table class="metadata"><tbody>{metadata}</tbody></table></div>
                </details>
            </Show>
        </div>
    }
}

/// What the page shows before any data: how it works and the worked example.
#[component]
pub fn EmptyState() -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="empty-state">
            <h2>"How it works"</h2>
            <ol>
                <li>"Open the file your instrument exported. The format is detected and named; nothing is uploaded."</li>
                <li>"Check the columns: each one's role (displacement, piezo travel, deflection, force, time; or strain and stress, engineering or true, for a table that is already a stress–strain curve) and unit is proposed from its header, and you can change it. Where the header does not say, the page asks."</li>
                <li>"Choose the corrections (cantilever, baseline and contact, frame and base compliance, drift) and give the specimen's diameter and length."</li>
                <li>"Read the maximum force, moduli from loading and unloading, 0.2 % yield, maximum stress, strain rate, work and hardening exponent, each with the rule used; open many files for a Table 1 and the strength–size power law."</li>
            </ol>
            <h3>"The worked example"</h3>
            <p>"A synthetic Na pillar test written as a TriboScan .hld export: diameter 500 nm, length 1 µm, Young's modulus 5 GPa, yield at 60 MPa then hardening at 200 MPa per unit strain, 20 points of approach with a −0.3 µN force offset, and a frame compliance of 0.01 nm/µN in the depth, stated in its header. Loaded with the baseline fitted over 15 points and the header's frame compliance, it gives back E = 5.00 GPa, a 0.2 % yield of 60.4 MPa and a maximum of 67.6 MPa at 5 % strain (13.3 µN at 50 nm)."</p>
        </div>
    }
}
