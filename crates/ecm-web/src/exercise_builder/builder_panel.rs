//! The builder's panel: the asked result, the tolerance, the number of
//! variants and the seed (kept in the link: `ask`, `tol`, `variants`,
//! `seed`), the inputs it draws from (the page's fields, ranges where the
//! page has ranges on), a preview of every variant, the student's link and
//! embed code, the answer key, and the four exports.

use super::exports::{export, Format, FORMATS};
use super::link_inputs::{fixed_choices, get, link_inputs, student_query, LinkInput};
use crate::browser;
use crate::exercise_link::BUILDER_KEYS;
use crate::url_state::{build_query, parse_query};
use ecm_core::exercise::catalog::{on_page, Exercisable};
use ecm_core::exercise::problem::{substitute, Problem};
use ecm_core::exercise::tolerance::{forms_in, parse_tolerance, DEFAULT};
use ecm_core::exercise::unit_registry::TABLES;
use ecm_core::exercise::variants::{draw, parse_seed, Drawn, MAX_VARIANTS};
use ecm_core::numbers::decimal_writer::fixed;
use ecm_core::numbers::number_format::format_sig;
use leptos::prelude::*;

/// Variants drawn when the link does not say.
const DEFAULT_VARIANTS: usize = 20;

/// `variants` as typed: a whole number from 1 to 1 000, or the message
/// and the number used instead.
fn read_variants(text: &str) -> (usize, Option<String>) {
    let t = text.trim();
    match t.parse::<usize>() {
        Ok(n) if (1..=MAX_VARIANTS).contains(&n) => (n, None),
        Ok(n) if n > MAX_VARIANTS => (
            MAX_VARIANTS,
            Some(format!(
                "variants={n} is more than {MAX_VARIANTS}: {MAX_VARIANTS} variants are drawn"
            )),
        ),
        _ => (
            DEFAULT_VARIANTS,
            Some(format!(
                "variants={}: give a whole number from 1 to {MAX_VARIANTS}; {DEFAULT_VARIANTS} variants are drawn",
                t.chars().take(20).collect::<String>()
            )),
        ),
    }
}

/// What the builder has drawn from the page's link and its own fields.
#[derive(Clone)]
struct Built {
    entry: &'static Exercisable,
    problem: Problem,
    inputs: Vec<LinkInput>,
    drawn: Drawn,
    tol_text: String,
}

impl PartialEq for Built {
    fn eq(&self, other: &Self) -> bool {
        (self.entry.page, self.entry.ask) == (other.entry.page, other.entry.ask)
            && self.problem == other.problem
            && self.inputs == other.inputs
            && self.drawn == other.drawn
            && self.tol_text == other.tol_text
    }
}

/// The unit symbols of the table that holds `symbol`, for the tolerance.
fn units_of(symbol: &str) -> &'static [ecm_core::units::Unit] {
    TABLES
        .iter()
        .map(|(_, t)| *t)
        .find(|t| t.iter().any(|u| u.symbol == symbol))
        .unwrap_or(&[])
}

/// The panel for the page of the link.
#[component]
pub fn BuilderPanel() -> impl IntoView {
    let query = RwSignal::new(browser::query());
    // The page says when it rewrites its link (link_state).
    super::on_link_change(move || {
        query.try_set(browser::query());
    });
    let first = parse_query(&query.get_untracked());
    let page = get(&first, "page").unwrap_or("").to_string();
    let entries: Vec<&'static Exercisable> = on_page(&page).collect();
    if entries.is_empty() {
        return view! {
            <p class="hint" data-testid="exercise-builder-none">
                "This page has no result an exercise can ask for yet."
            </p>
        }
        .into_any();
    }
    let linked_ask = get(&first, "ask").unwrap_or("").to_string();
    let mut notices = Vec::new();
    let ask = RwSignal::new(match entries.iter().find(|e| e.ask == linked_ask) {
        Some(e) => e.ask,
        None => {
            if !linked_ask.is_empty() {
                notices.push(format!(
                    "ask={}: this page cannot ask for that; it asks for {}",
                    linked_ask.chars().take(24).collect::<String>(),
                    entries[0].ask
                ));
            }
            entries[0].ask
        }
    });
    let tol = RwSignal::new(get(&first, "tol").unwrap_or("2%").to_string());
    let (n0, n_notice) = read_variants(get(&first, "variants").unwrap_or("20"));
    notices.extend(n_notice);
    let variants = RwSignal::new(n0.to_string());
    let seed_text = get(&first, "seed").unwrap_or("1").to_string();
    let seed = RwSignal::new(match parse_seed(&seed_text) {
        Ok(_) => seed_text,
        Err(e) => {
            notices.push(format!("{e}; seed 1 is used"));
            "1".to_string()
        }
    });
    let entries = StoredValue::new(entries);
    let entry = move || {
        entries.with_value(|es| {
            let a = ask.get();
            es.iter().copied().find(|e| e.ask == a).unwrap_or(es[0])
        })
    };
    let tol_error = RwSignal::new(None::<String>);
    let built = Memo::new(move |_| -> Result<Built, String> {
        let e = entry();
        let plain = (e.problem)(DEFAULT);
        let units = units_of(plain.answer.unit.symbol);
        let tol_text = tol.get();
        let tolerance = match parse_tolerance(&tol_text, units) {
            Ok(t) => {
                tol_error.set(None);
                t
            }
            Err(m) => {
                tol_error.set(Some(format!("{m}; 2 % is used")));
                DEFAULT
            }
        };
        let problem = (e.problem)(tolerance);
        let pairs = parse_query(&query.get());
        let inputs = link_inputs(e, &problem, &pairs)
            .map_err(|m| format!("{}; fix it on the page above", m.trim_end_matches('.')))?;
        let (n, _) = read_variants(&variants.get());
        let s = parse_seed(&seed.get()).unwrap_or(1);
        let ranges: Vec<_> = inputs.iter().map(|i| i.range).collect();
        let drawn = draw(n, s, &ranges, &e.answer)?;
        if drawn.variants.is_empty() {
            return Err(format!(
                "none of the {} combinations tried has a result; narrow the ranges on the page",
                drawn.skipped
            ));
        }
        Ok(Built {
            entry: e,
            problem,
            inputs,
            drawn,
            tol_text: tolerance.link_text(plain.answer.unit),
        })
    });
    // The builder's keys in the link, beside the page's.
    Effect::new(move |_| {
        let keep = [
            ("variants", variants.get()),
            ("seed", seed.get()),
            ("ask", ask.get().to_string()),
            ("tol", tol.get()),
        ];
        let mut pairs: Vec<(String, String)> = parse_query(&browser::query())
            .into_iter()
            .filter(|(k, _)| !BUILDER_KEYS.contains(&k.as_str()))
            .collect();
        pairs.extend(keep.into_iter().map(|(k, v)| (k.to_string(), v)));
        browser::replace_query(&build_query(&pairs));
    });
    let status = RwSignal::new(String::new());
    let base = move || {
        let href = browser::href();
        href.split(['?', '#']).next().unwrap_or("").to_string()
    };
    let student_link = move |b: &Built, i: usize| -> Option<String> {
        let v = b.drawn.variants.get(i)?;
        let pairs = parse_query(&query.get_untracked());
        let q = student_query(b.entry, &b.problem, &b.inputs, &pairs, v, &b.tol_text);
        Some(format!("{}{}", base(), build_query(&q)))
    };
    let copy = move |what: &'static str, text: String| {
        browser::copy_text(&text.clone(), move |ok| {
            status.set(if ok {
                format!("{what} copied.")
            } else {
                format!("The browser did not let the page copy; the {what} is: {text}")
            })
        });
    };
    let copy_student = move |_| {
        if let Some(link) =
            built.with_untracked(|b| b.as_ref().ok().and_then(|b| student_link(b, 0)))
        {
            copy("Student link (variant 1)", link);
        }
    };
    let copy_embed = move |_| {
        if let Some(link) =
            built.with_untracked(|b| b.as_ref().ok().and_then(|b| student_link(b, 0)))
        {
            let code = crate::embed::embed_code(&link, "ecm-calc exercise", 640, None);
            copy("Embed code (variant 1)", code);
        }
    };
    let print_key = move |_| browser::print_with("key");
    let on_export = move |f: Format| {
        built.with_untracked(|b| match b {
            Ok(b) => match export(f, &b.problem, &b.drawn.variants, b.entry) {
                Ok(()) => status.set(format!(
                    "{} downloaded: {} variants.",
                    f.label,
                    b.drawn.variants.len()
                )),
                Err(m) => status.set(format!("{} not written: {m}.", f.label)),
            },
            Err(m) => status.set(format!("Nothing to export: {m}.")),
        })
    };
    let options = entries.with_value(|es| {
        es.iter()
            .map(|e| {
                let p = (e.problem)(DEFAULT);
                view! { <option value=e.ask>{format!("{} ({})", p.answer.label, p.answer.unit.symbol)}</option> }
            })
            .collect_view()
    });
    let summary = move || {
        built.with(|b| match b {
            Ok(b) => {
                let vary: Vec<String> = b
                    .problem
                    .inputs
                    .iter()
                    .zip(&b.inputs)
                    .map(|(q, i)| {
                        let r = i.range;
                        if r.lo == r.hi {
                            format!(
                                "{} = {} {} (fixed)",
                                q.label,
                                fixed(r.lo, r.decimals as usize),
                                q.unit.symbol
                            )
                        } else {
                            format!(
                                "{} from {} to {} {} ({} decimal place{})",
                                q.label,
                                fixed(r.lo, r.decimals as usize),
                                fixed(r.hi, r.decimals as usize),
                                q.unit.symbol,
                                r.decimals,
                                if r.decimals == 1 { "" } else { "s" }
                            )
                        }
                    })
                    .collect();
                let skipped = match b.drawn.skipped {
                    0 => String::new(),
                    1 => " 1 combination without a result (—) was skipped.".to_string(),
                    k => format!(" {k} combinations without a result (—) were skipped."),
                };
                let fixed: Vec<String> = fixed_choices(b.entry.page, b.entry.ask)
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                let fixed = if fixed.is_empty() {
                    String::new()
                } else {
                    format!(
                        " The exercise takes {} (as its question says); its student links set {}.",
                        fixed.join(", "),
                        if fixed.len() == 1 { "it" } else { "them" }
                    )
                };
                // Variants the model cannot vouch for (a fit used beyond
                // its measurements), counted, with the first reason.
                let mut cautions = b
                    .drawn
                    .variants
                    .iter()
                    .filter_map(|v| (b.entry.caution)(&v.inputs));
                let caution = match cautions.next() {
                    Some(first) => format!(
                        " Caution: {} of them go beyond what the model was fitted to (the first: {first}); narrow the ranges, or say so in the question.",
                        1 + cautions.count()
                    ),
                    None => String::new(),
                };
                // A tolerance as large as an answer marks 0 correct.
                let loose = b
                    .drawn
                    .variants
                    .iter()
                    .filter(|v| b.problem.tolerance.reaches_zero(v.answer_si))
                    .count();
                let loose = if loose > 0 {
                    format!(
                        " Caution: the tolerance, {}, is as large as {loose} of the answers, so 0 or the wrong sign would be marked correct; give a percentage or significant figures.",
                        b.problem.tolerance.describe(b.problem.answer.unit)
                    )
                } else {
                    String::new()
                };
                // Nothing varies: every variant is the same question.
                let same = if b.drawn.variants.len() > 1
                    && b.inputs.iter().all(|i| i.range.lo == i.range.hi)
                {
                    " They are all the same: turn on Ranges on the page and give an input a range to vary them."
                } else {
                    ""
                };
                format!(
                    "{} variants drawn: {}.{same}{skipped}{fixed}{caution}{loose}",
                    b.drawn.variants.len(),
                    vary.join("; ")
                )
            }
            Err(m) => format!("No variants: {m}."),
        })
    };
    let table = move || {
        built.with(|b| {
            b.as_ref().ok().map(|b| {
                let p = &b.problem;
                let head = p
                    .inputs
                    .iter()
                    .map(|q| view! { <th scope="col">{format!("{} ({})", q.label, q.unit.symbol)}</th> })
                    .collect_view();
                let rows = b
                    .drawn
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let cells = v
                            .inputs
                            .iter()
                            .zip(&b.inputs)
                            .map(|(x, i)| view! { <td>{fixed(*x, i.range.decimals as usize)}</td> })
                            .collect_view();
                        let answer = format_sig(p.answer_shown(v), p.answer_figures(v) as usize);
                        let link = student_link(b, i).unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{i + 1}</th>
                                {cells}
                                <td class="answer">{answer}</td>
                                <td class="print-skip"><a href=link target="_blank" rel="noopener" aria-label=format!("Student link of variant {}", i + 1)>"open"</a></td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="print-only"><strong>{format!("Answer key: {} variants, accepted {}", b.drawn.variants.len(), b.problem.tolerance.describe(p.answer.unit))}</strong></p>
                    <p class="variants-question"><strong>{format!("{}: ", p.title)}</strong>{substitute(&p.question, |k| p.inputs.iter().find(|q| q.key == k).map(|q| format!("[{}]", q.label)))}</p>
                    <div class="table-wrap">
                        <table class="variants" data-testid="exercise-variants" aria-label="Variants with their answers">
                            <thead><tr><th scope="col">"#"</th>{head}<th scope="col">{format!("{} ({})", p.answer.label, p.answer.unit.symbol)}</th><th scope="col" class="print-skip">"Student link"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })
        })
    };
    let buttons = FORMATS
        .iter()
        .map(|&f| view! { <button type="button" data-testid=f.testid on:click=move |_| on_export(f)>{f.label}</button> })
        .collect_view();
    view! {
        <div class="builder">
            {(!notices.is_empty()).then(|| view! {
                <ul class="notice" data-testid="exercise-builder-notices">{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
            <div class="builder-fields print-skip">
                <label>"Asked result "
                    <select data-testid="exercise-builder-ask" prop:value=move || ask.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(e) = entries.with_value(|es| es.iter().find(|e| e.ask == v).copied()) {
                                ask.set(e.ask);
                            }
                        }>{options}</select>
                </label>
                <label>"Tolerance "
                    <input type="text" data-testid="exercise-builder-tol" size="8" autocomplete="off"
                        aria-describedby="exercise-builder-tol-error" aria-invalid=move || tol_error.with(Option::is_some).to_string()
                        prop:value=move || tol.get() on:change=move |ev| tol.set(event_target_value(&ev)) />
                </label>
                <label>"Variants "
                    <input type="text" inputmode="numeric" data-testid="exercise-builder-variants" size="6" autocomplete="off"
                        prop:value=move || variants.get()
                        on:change=move |ev| {
                            let (n, why) = read_variants(&event_target_value(&ev));
                            status.set(why.map_or_else(String::new, |w| format!("{w}.")));
                            variants.set(n.to_string());
                        } />
                </label>
                <label>"Seed "
                    <input type="text" inputmode="numeric" data-testid="exercise-builder-seed" size="10" autocomplete="off"
                        prop:value=move || seed.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if parse_seed(&v).is_ok() { status.set(String::new()); seed.set(v) } else { status.set(format!("Seed “{}”: give a whole number from 0 to {}; the seed stays {}.", v.chars().take(24).collect::<String>(), u64::MAX, seed.get_untracked())) }
                        } />
                </label>
            </div>
            <p class="hint print-skip" data-testid="exercise-builder-tol-hint">{move || format!(
                "Tolerance: {}. To vary an input, turn on Ranges on the page and give it an upper end; the same seed draws the same variants on any machine.",
                forms_in((entry().problem)(DEFAULT).answer.unit.symbol)
            )}</p>
            <p id="exercise-builder-tol-error" class="field-error" data-testid="exercise-builder-tol-error" role="status">{move || tol_error.get()}</p>
            <p class="print-skip" data-testid="exercise-builder-summary" role="status">{summary}</p>
            <div class="builder-actions print-skip">
                <button type="button" data-testid="exercise-copy-student-link" on:click=copy_student>"Copy student link"</button>
                <button type="button" data-testid="exercise-copy-embed" on:click=copy_embed>"Copy embed code"</button>
                <button type="button" data-testid="exercise-print-key" on:click=print_key>"Print answer key"</button>
            </div>
            <div class="builder-actions print-skip" role="group" aria-label="Export for a learning-management system">
                {buttons}
            </div>
            <p class="status" data-testid="exercise-builder-status" role="status">{move || status.get()}</p>
            {table}
        </div>
    }
    .into_any()
}
