//! The paper's Table 1 (sortable, plotted) and its worked numbers, recomputed.

use crate::charts::paper_chart::PaperChart;
use crate::components::number_field::FieldState;
use crate::components::plot::Plot;
use crate::link_state::{keep_in_link, read_link};
use crate::route::Route;
use ecm_core::numbers::decimal_writer::fixed;
use ecm_core::numbers::number_format::format_sig;
use ecm_core::reference::paper_table::{
    table1, Category, Table1Row, PAPER_AUTHORS, PAPER_DOI, PAPER_JOURNAL, PAPER_TITLE,
};
use ecm_core::reference::size_effect::{
    category_fits, xu_2017_line, XU_2017_DIAMETERS_NM, ZHANG_2020_STRENGTH_MPA,
};
use ecm_core::reference::worked_examples::worked_examples;
use leptos::prelude::*;

mod size_effect;

fn sort_rows(rows: &mut [Table1Row], key: &str, descending: bool) {
    rows.sort_by(|a, b| {
        let o = match key {
            "diameter" => a.diameter.total_cmp(&b.diameter),
            "strength" => a.strength.total_cmp(&b.strength),
            _ => a.category.cmp(&b.category).then(a.index.cmp(&b.index)),
        };
        if descending {
            o.reverse()
        } else {
            o
        }
    });
}

/// The paper page.
#[component]
pub fn PaperPage() -> impl IntoView {
    let link = read_link();
    let sort = link.kept_choice("sort", &["category", "diameter", "strength"], "category");
    let desc = RwSignal::new(link.flag("desc", false));
    // Written either way (desc=0 or 1), as links have always had it.
    link.keep("desc", move |p| {
        p.push(("desc".into(), if desc.get() { "1" } else { "0" }.into()))
    });
    let fit_keys: Vec<&str> = Category::ALL
        .iter()
        .map(|c| c.csv_name())
        .chain([size_effect::LI_PILLARS])
        .collect();
    let fit_key = link.kept_choice("fit", &fit_keys, Category::NaNanorodTension.csv_name());
    let ranges = Signal::stored(false);
    let size = FieldState::new(&link, ranges, &size_effect::FIELD_SIZE);
    keep_in_link(Route::Paper, link);
    let rows = StoredValue::new(table1());
    let sorted = move || {
        let mut r = rows.get_value();
        sort_rows(&mut r, &sort.get(), desc.get());
        r
    };
    let header = move |key: &'static str, label: &'static str| {
        let aria = move || {
            if sort.get() == key {
                if desc.get() {
                    "descending"
                } else {
                    "ascending"
                }
            } else {
                "none"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" data-testid=format!("sort-{key}") on:click=move |_| {
                    if sort.get_untracked() == key { desc.update(|d| *d = !*d) } else { sort.set(key.into()); desc.set(false) }
                }>{label}<span aria-hidden="true">{move || if sort.get() == key { if desc.get() { " ▼" } else { " ▲" } } else { "" }}</span></button>
            </th>
        }
    };
    let chart = Signal::derive(move || {
        let fits = category_fits(&rows.get_value())
            .into_iter()
            .filter_map(|f| Some((f.category, f.fit.ok().map(|p| (p.a, p.m))?, f.diameters)))
            .collect();
        Some(PaperChart {
            rows: rows.get_value(),
            bulk_mpa: (0.1, 0.25),
            fits,
            li_pillars: Some((xu_2017_line(), XU_2017_DIAMETERS_NM)),
            li_whiskers_mpa: Some(ZHANG_2020_STRENGTH_MPA),
        })
    });
    let examples = worked_examples().unwrap_or_default();
    view! {
        <section class="calculator" aria-labelledby="page-title">
            <h1 id="page-title">"The paper: data and worked numbers"</h1>
            <p class="lead" data-testid="paper-citation">{PAPER_AUTHORS}", “"{PAPER_TITLE}",” "<i>{PAPER_JOURNAL}</i>" (doi "{PAPER_DOI}")."</p>
            <h2>"Table 1: strengths of Na and Na₂CO₃ nanostructures"</h2>
            <p class="scroll-cue" aria-hidden="true">"Swipe the table sideways for the strength →"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Table 1"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
                <table data-testid="table1">
                    <thead><tr>
                        {header("category", "Specimen and test")}
                        <th scope="col">"#"</th>
                        {header("diameter", "Diameter (nm)")}
                        <th scope="col">"Growth direction"</th>
                        {header("strength", "Strength σ (MPa)")}
                    </tr></thead>
                    <tbody>
                        {move || sorted().into_iter().map(|r| view! {
                            <tr>
                                <td>{r.category.label()}</td>
                                <td>{r.index}</td>
                                <td class="num">{fixed(r.diameter * 1e9, 0)}</td>
                                <td>{r.growth_direction.clone().unwrap_or_else(|| "—".into())}</td>
                                <td class="num">{fixed(r.strength / 1e6, 0)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Plot id="paper-plot" title="Strength against diameter, Table 1, with size-effect fits" chart=chart />
            <size_effect::SizeEffect rows=rows.get_value() fit_key=fit_key size=size />
            <h2>"Worked numbers, recomputed"</h2>
            <p class="hint">"Each number the paper prints, recomputed from the inputs printed beside it with F = 96 485.332 C/mol, and the inputs that would give the printed number. Most overpotential figures in the paper follow from F ≈ 9.75 × 10⁴ C/mol (it prints 9.65 × 10⁴)."</p>
            <p class="scroll-cue" aria-hidden="true">"Swipe the table sideways for the recomputed value and verdict →"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Worked numbers"><p class="overflow-cue" aria-hidden="true">"More columns to the right: scroll this table sideways →"</p>
                <table data-testid="worked-table">
                    <thead><tr><th scope="col">"Claim"</th><th scope="col">"Inputs printed"</th><th scope="col">"Printed"</th><th scope="col">"Recomputed"</th><th scope="col">"Verdict"</th><th scope="col">"What gives the printed number"</th></tr></thead>
                    <tbody>
                        {examples.into_iter().map(|w| {
                            let agrees = w.agrees();
                            let printed = format!("{}{} {}", if w.lower_bound { "> " } else { "" }, fixed(w.printed, w.printed_decimals as usize), w.unit);
                            let verdict = if agrees { "agrees".to_string() } else { format!("differs by {} %", format_sig(w.difference_percent(), 2)) };
                            let repro = if w.reproductions.is_empty() { "—".to_string() } else {
                                w.reproductions.iter().map(|r| format!("{} → {} {}", r.inputs, format_sig(r.value, 4), w.unit)).collect::<Vec<_>>().join("; ")
                            };
                            view! {
                                <tr data-testid=format!("worked-{}", w.id)>
                                    <td>{w.claim}<br/><span class="hint">{w.location}</span></td>
                                    <td>{w.inputs}</td>
                                    <td class="num" data-testid=format!("worked-{}-printed", w.id)>{printed}</td>
                                    <td class="num" data-testid=format!("worked-{}-recomputed", w.id)>{format!("{} {}", format_sig(w.recomputed, 4), w.unit)}</td>
                                    <td class:agrees=agrees class:differs=!agrees data-testid=format!("worked-{}-verdict", w.id)>{verdict}</td>
                                    <td>{repro}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h2>"Other checks"</h2>
            <ul class="checks">
                <li>"The text's “36 to 131 MPa (Table 1)” for nanorods includes the Figure 4 rod (36 MPa), which is not in Table 1 (106–131 MPa there)."</li>
                <li>"“150 MPa” for LLZO disagrees with the paper's own 33 mV, which follows from ≈ 250 MPa: likely a slip."</li>
                <li>"The 798 MPa example at 500 nm uses LLZO's toughness (1 MPa·√m), not β-alumina's."</li>
                <li>"Figure 6: 313 nm of deflection at 3 N/m is 0.94 µN, only 31 MPa over 196 nm, so 313 nm is probably piezo travel rather than cantilever deflection."</li>
            </ul>
        </section>
    }
}
