//! The materials library: metals and solid electrolytes, with values, ranges
//! and sources, a filter, "use in calculator" links and JSON export.

use crate::browser;
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use ecm_core::input_limits::with_unit;
use ecm_core::numbers::number_format::format_sig;
use ecm_core::reference::materials::{Library, Property};
use leptos::prelude::*;

mod creep_table;

/// "4.6 GPa (3.9–4.6)" in `unit` (`to_si` SI units), with the range when
/// there is one and "secondary" or "estimate" when the value is one.
pub(crate) fn show(p: &Property, unit: &str, to_si: f64) -> String {
    let n = with_unit(&format_sig(p.nominal / to_si, 3), unit);
    let basis = match p.basis.label() {
        "" => String::new(),
        b => format!(" ({b})"),
    };
    if p.min == p.max {
        format!("{n}{basis}")
    } else {
        format!(
            "{n} ({}–{}){basis}",
            format_sig(p.min / to_si, 3),
            format_sig(p.max / to_si, 3)
        )
    }
}

/// Whether a row whose texts are `texts` passes the filter. A filter that
/// looks like an element symbol ("Na", "K", "La") matches it as a symbol:
/// case-sensitive, at the start of a word or of a formula's element
/// ("Na₃PS₄", "Na-β''-alumina", "Li7La3Zr2O12"), never inside another word
/// ("NASICON" is not Na, "Potassium" not K). Any other filter matches
/// anywhere, ignoring the case of Latin letters (the names' other letters,
/// β and subscripts, are only written in one case; full Unicode case
/// folding would add its tables to the page).
pub(crate) fn matches(filter: &str, texts: &[&str]) -> bool {
    let f = filter.trim();
    if f.is_empty() {
        return true;
    }
    if looks_like_symbol(f) {
        return texts.iter().any(|t| has_symbol(t, f));
    }
    let f = f.to_ascii_lowercase();
    texts.iter().any(|t| t.to_ascii_lowercase().contains(&f))
}

/// Whether a metal's row in the metals table passes the filter.
pub(crate) fn metal_matches(filter: &str, m: &ecm_core::reference::materials::Metal) -> bool {
    matches(filter, &[&m.symbol, &m.name, "metal"])
}

/// Whether a metal's row in the creep and diffusion table passes the filter.
pub(crate) fn creep_row_matches(filter: &str, m: &ecm_core::reference::materials::Metal) -> bool {
    matches(filter, &[&m.symbol, &m.name, "metal", "creep", "diffusion"])
}

/// Whether an electrolyte passes the filter: its key, name and ion as
/// names and formulas, its note as prose (a symbol there must stand as a
/// word of its own: "K" does not match "KIC").
pub(crate) fn electrolyte_matches(
    filter: &str,
    e: &ecm_core::reference::materials::Electrolyte,
) -> bool {
    matches(filter, &[&e.key, &e.name, &e.ion, "electrolyte"])
        || (looks_like_symbol(filter.trim()) && has_word(&e.note, filter.trim()))
        || (!looks_like_symbol(filter.trim()) && matches(filter, &[&e.note]))
}

/// Whether `f` looks like an element symbol: "K", "Na".
fn looks_like_symbol(f: &str) -> bool {
    let b = f.as_bytes();
    match b {
        [a] => a.is_ascii_uppercase(),
        [a, c] => a.is_ascii_uppercase() && c.is_ascii_lowercase(),
        _ => false,
    }
}

/// Whether `word` stands in `text` as a word of its own (ASCII letters and
/// digits around it end it).
fn has_word(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    (0..t.len().saturating_sub(w.len()) + 1).any(|i| {
        t[i..].starts_with(w)
            && !i
                .checked_sub(1)
                .is_some_and(|j| t[j].is_ascii_alphanumeric())
            && !t
                .get(i + w.len())
                .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Whether `text` names the element `symbol`: the symbol starts a word or
/// follows a digit, an element or a bracket, and no lower-case letter
/// continues it (so "Na" is not in "NASICON" nor "Nb" in "Na").
fn has_symbol(text: &str, symbol: &str) -> bool {
    // A plain byte scan (str's pattern searcher would add kilobytes).
    let (t, sym) = (text.as_bytes(), symbol.as_bytes());
    (0..t.len().saturating_sub(sym.len()) + 1).any(|i| {
        if !t[i..].starts_with(sym) {
            return false;
        }
        // ASCII tests only: the Unicode tables would add kilobytes too.
        let before = i.checked_sub(1).map(|j| t[j]);
        let after = t.get(i + sym.len()).copied();
        let ends = !after.is_some_and(|c| c.is_ascii_lowercase());
        // Inside an all-capital word ("NASICON", "LATP") it is no symbol.
        let in_caps_word = before.is_some_and(|c| c.is_ascii_uppercase())
            && after.is_some_and(|c| c.is_ascii_uppercase());
        ends && !in_caps_word
    })
}

/// The materials page.
/// One line per distinct source, naming the properties it backs:
/// "E, KIC: ACS Energy Lett. …". Sources are split at "; " so a shared
/// part (the paper, a review value) is listed once.
pub(crate) fn source_lines(items: &[(&str, Option<&Property>)]) -> Vec<String> {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for (label, prop) in items {
        let Some(p) = prop else { continue };
        for part in p
            .source
            .split("; ")
            .map(str::trim)
            .filter(|x| !x.is_empty())
        {
            let part = part.strip_prefix("range: ").unwrap_or(part);
            match groups.iter_mut().find(|(s, _)| s == part) {
                Some((_, labels)) if labels.contains(label) => {}
                Some((_, labels)) => labels.push(label),
                None => groups.push((part.to_string(), vec![label])),
            }
        }
    }
    groups
        .into_iter()
        .map(|(source, labels)| format!("{}: {source}", labels.join(", ")))
        .collect()
}

#[component]
pub fn MaterialsPage() -> impl IntoView {
    let link = read_link();
    let filter = RwSignal::new(link.text("filter"));
    link.keep("filter", move |p| {
        let f = filter.get();
        if !f.is_empty() {
            p.push(("filter".into(), f));
        }
    });
    keep_in_link(Route::Materials, link);
    let lib = StoredValue::new(Library::default());
    let export = move |_| {
        let json = lib.with_value(|l| serde_json::to_string_pretty(l).unwrap_or_default());
        browser::download_text("ecm-calc-materials.json", "application/json", &json);
    };
    let metal_rows = move || {
        let f = filter.get();
        lib.with_value(|l| {
            l.metals
                .iter()
                .filter(|m| metal_matches(&f, m))
                .map(|m| {
                    let sources = source_lines(&[
                        ("Vm", Some(&m.molar_volume)),
                        ("E", Some(&m.youngs_modulus)),
                        ("G", Some(&m.shear_modulus)),
                        ("yield", m.bulk_yield.as_ref()),
                        ("ν", Some(&m.poisson_ratio)),
                        ("Tm", Some(&m.melting_point)),
                    ]);
                    view! {
                        <tr>
                            <th scope="row">{format!("{} ({})", m.symbol, m.name)}</th>
                            <td>{show(&m.molar_volume, "cm³/mol", 1e-6)}</td>
                            <td>{show(&m.youngs_modulus, "GPa", 1e9)}</td>
                            <td>{show(&m.shear_modulus, "GPa", 1e9)}</td>
                            <td>{show(&m.poisson_ratio, "", 1.0)}</td>
                            <td>{m.bulk_yield.as_ref().map(|p| show(p, "MPa", 1e6)).unwrap_or_else(|| "unknown".into())}</td>
                            <td>{show(&m.melting_point, "K", 1.0)}</td>
                            <td class="source-cell"><ul>{sources.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></td>
                            <td><a href=format!("?page=stress&metal={}", m.symbol) data-testid=format!("use-{}", m.symbol)>"Use in stress calculator"</a></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // How many rows each table keeps: a table with none is left out, and a
    // filter that keeps nothing says so.
    let counts = Memo::new(move |_| {
        let f = filter.get();
        lib.with_value(|l| {
            (
                l.metals.iter().filter(|m| metal_matches(&f, m)).count(),
                l.electrolytes
                    .iter()
                    .filter(|e| electrolyte_matches(&f, e))
                    .count(),
                l.metals.iter().filter(|m| creep_row_matches(&f, m)).count(),
            )
        })
    });
    let electrolyte_rows = move || {
        let f = filter.get();
        lib.with_value(|l| {
            l.electrolytes
                .iter()
                .filter(|e| electrolyte_matches(&f, e))
                .map(|e| {
                    let kic = e.fracture_toughness.as_ref().map(|p| show(p, "MPa·√m", 1e6)).unwrap_or_else(|| "not established".into());
                    let flaw = e.typical_flaw.as_ref().map(|p| show(p, "µm", 1e-6)).unwrap_or_else(|| "—".into());
                    let sources = source_lines(&[
                        ("E", Some(&e.youngs_modulus)),
                        ("KIC", e.fracture_toughness.as_ref()),
                        ("flaw", e.typical_flaw.as_ref()),
                    ]);
                    let usable = e.fracture_toughness.is_some();
                    view! {
                        <tr>
                            <th scope="row">{e.name.clone()}</th>
                            <td>{e.ion.clone()}</td>
                            <td>{show(&e.youngs_modulus, "GPa", 1e9)}</td>
                            <td>{kic}</td>
                            <td>{flaw}</td>
                            <td>{e.note.clone()}</td>
                            <td class="source-cell"><ul>{sources.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></td>
                            <td>{usable.then(|| view! { <a href=format!("?page=fracture&electrolyte={}", e.key) data-testid=format!("use-{}", e.key)>"Use in fracture calculator"</a> })}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"Materials"</h1>
            <p class="lead">"Values the calculators start from, each with the study it comes from. Ranges show where sources disagree; “secondary” marks a value read in a review quoting the original, “estimate” one with no source found. Every value is editable in the calculators."</p>
            <div class="toolbar">
                <div class="field">
                    <label for="filter">"Filter"</label>
                    <input id="filter" data-testid="filter" type="search" placeholder="e.g. Na, garnet, sulfide"
                        prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
                </div>
                <button type="button" on:click=export data-testid="export-json">"Export as JSON"</button>
            </div>
            <p class="empty-filter" role="status" data-testid="filter-no-match">{move || {
                let (m, e, c) = counts.get();
                (m + e + c == 0).then(|| format!("No material matches “{}”. Try a symbol (Na), a family (garnet, sulfide), or clear the filter.", filter.get().trim()))
            }}</p>
            <div hidden=move || counts.get().0 == 0>
            <p class="scroll-cue" aria-hidden="true">"Metals: swipe the table sideways for moduli, yield, melting point and sources →"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Metals"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
                <table data-testid="metals-table">
                    <caption>"Metals"</caption>
                    <thead><tr><th scope="col">"Metal"</th><th scope="col">"Molar volume"</th><th scope="col">"Young's modulus"</th><th scope="col">"Shear modulus"</th><th scope="col">"Poisson's ratio"</th><th scope="col">"Bulk yield"</th><th scope="col">"Melting point"</th><th scope="col">"Sources"</th><th scope="col"><span class="visually-hidden">"Use"</span></th></tr></thead>
                    <tbody>{metal_rows}</tbody>
                </table>
            </div>
            </div>
            <div hidden=move || counts.get().1 == 0>
            <p class="scroll-cue" aria-hidden="true">"Solid electrolytes: swipe the table sideways for KIC, typical flaw, sources and “Use in…” →"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Solid electrolytes"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
                <table data-testid="electrolytes-table">
                    <caption>"Solid electrolytes"</caption>
                    <thead><tr><th scope="col">"Electrolyte"</th><th scope="col">"Ion"</th><th scope="col">"Young's modulus"</th><th scope="col">"Fracture toughness"</th><th scope="col">"Typical flaw"</th><th scope="col">"Notes"</th><th scope="col">"Sources"</th><th scope="col"><span class="visually-hidden">"Use"</span></th></tr></thead>
                    <tbody>{electrolyte_rows}</tbody>
                </table>
            </div>
            </div>
            <div hidden=move || counts.get().2 == 0>
                <creep_table::CreepTable lib=lib filter=filter />
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prop(source: &str) -> Property {
        Property {
            nominal: 1.0,
            min: 1.0,
            max: 1.0,
            source: source.into(),
            basis: Default::default(),
        }
    }

    #[test]
    fn a_symbol_filter_matches_the_element_not_a_word_containing_it() {
        assert!(matches("Na", &["Na-β/β''-alumina"]));
        assert!(matches("Na", &["Na₃PS₄ (glass-ceramic)"]));
        assert!(matches("Na", &["x", "Na"]));
        assert!(matches("La", &["Li7La3Zr2O12"]));
        assert!(!matches("Na", &["LATP", "Li", "NASICON-type phosphate"]));
        assert!(!matches("K", &["Potassium"]));
        assert!(!matches("Nb", &["Na"]));
        // Words match anywhere, ignoring case.
        assert!(matches("garnet", &["LLZO (Garnet)"]));
        assert!(matches("nasicon", &["NASICON-type phosphate"]));
        assert!(matches("", &["anything"]));
        // In prose a symbol must be a word of its own.
        assert!(!has_word("KIC from indentation", "K"));
        assert!(has_word("a K-ion conductor", "K"));
        assert!(has_word("K", "K"));
    }

    #[test]
    fn sources_are_listed_once_with_the_properties_they_back() {
        let e = prop("Paper (≈1); range: Review");
        let k = prop("Review");
        let lines = source_lines(&[("E", Some(&e)), ("KIC", Some(&k)), ("flaw", None)]);
        assert_eq!(
            lines,
            vec!["E: Paper (≈1)".to_string(), "E, KIC: Review".to_string()]
        );
    }
}
