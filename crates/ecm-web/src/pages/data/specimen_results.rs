//! What every specimen's results share: the line naming the model they come
//! from, a modulus shown in the unit that suits its size, and the results
//! as data — a list of entries (label, unit, test id, value or reason) that
//! one component shows, so each model's panel is a plain function from its
//! analysis to its entries, tested natively.

use crate::settings::settings;
use ecm_core::csv_cell::csv_cell;
use ecm_core::measurement::specimen::Specimen;
use ecm_core::numbers::number_format::{format_data, format_sig};
use leptos::prelude::*;

/// The unit a modulus reads best in (Pa, kPa, MPa or GPa) and its size in Pa:
/// a cell's 5 kPa and a metal's 10 GPa both with a few digits.
pub fn modulus_unit(pa: f64) -> (&'static str, f64) {
    let a = pa.abs();
    if a >= 1e9 {
        ("GPa", 1e9)
    } else if a >= 1e6 {
        ("MPa", 1e6)
    } else if a >= 1e3 {
        ("kPa", 1e3)
    } else {
        ("Pa", 1.0)
    }
}

/// One result: its label, unit (and that unit's size in SI), stable test
/// id, and its SI value or why there is none (empty: an input is invalid
/// and says so itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What it is.
    pub label: &'static str,
    /// Its unit.
    pub unit: &'static str,
    /// The unit's size in SI units.
    pub to_si: f64,
    /// Its test id.
    pub testid: &'static str,
    /// The value in SI units, or why there is none.
    pub value: Result<f64, String>,
}

/// A model's analysis, or why there is none (`None`: no curve yet or an
/// input field is invalid).
pub type Analysed<T> = Option<Result<T, String>>;

/// Entries of an analysis: `each` lists (label, unit, size, test id, value)
/// from the analysis; without one, every entry carries the reason.
pub fn entries<T>(
    analysed: &Analysed<T>,
    each: impl Fn(Option<&T>) -> Vec<(&'static str, &'static str, f64, &'static str, f64)>,
) -> Vec<Entry> {
    let (ok, why) = match analysed {
        Some(Ok(a)) => (Some(a), String::new()),
        Some(Err(e)) => (None, e.clone()),
        None => (None, String::new()),
    };
    each(ok)
        .into_iter()
        .map(|(label, unit, to_si, testid, v)| Entry {
            label,
            unit,
            to_si,
            testid,
            value: if ok.is_some() && v.is_finite() {
                Ok(v)
            } else {
                Err(why.clone())
            },
        })
        .collect()
}

/// The results, each a number with its unit, or "—" and the reason.
#[component]
pub fn EntryList(
    /// The entries.
    entries: Signal<Vec<Entry>>,
) -> impl IntoView {
    let s = settings();
    view! {
        <div class="results">
            {move || {
                let sig = s.sig.get();
                entries.get().into_iter().map(|e| {
                    let (number, unit) = match &e.value {
                        Ok(v) => (format_sig(v / e.to_si, sig), e.unit),
                        Err(_) => ("—".to_string(), ""),
                    };
                    let why = e.value.err().filter(|w| !w.is_empty()).map(|w| {
                        view! { <p class="why" data-testid=format!("{}-why", e.testid)>{w}</p> }
                    });
                    view! {
                        <div class="result">
                            <span class="result-label">{e.label}</span>
                            <output class="result-value" aria-live="polite">
                                <span class="number" data-testid=e.testid><span class="end">{number}</span></span>
                                " "
                                <span class="unit">{unit}</span>
                            </output>
                            {why}
                        </div>
                    }
                }).collect_view()
            }}
        </div>
    }
}

/// A file's results under a model as CSV, one header line and one row:
/// the file, the model, each entry in its unit (empty where there is no
/// value), the reasons for the missing ones and the warnings.
pub fn entries_csv(file: &str, model: &str, list: &[Entry], warnings: &[String]) -> String {
    let mut head = vec!["file".to_string(), "model".to_string()];
    let mut row = vec![csv_cell(file), csv_cell(model)];
    let mut problems: Vec<&str> = Vec::new();
    for e in list {
        head.push(csv_cell(&format!("{} ({})", e.label, e.unit)));
        match &e.value {
            Ok(v) => row.push(format_data(v / e.to_si)),
            Err(why) => {
                row.push(String::new());
                if !why.is_empty() && !problems.contains(&why.as_str()) {
                    problems.push(why);
                }
            }
        }
    }
    head.extend(["problem".to_string(), "warnings".to_string()]);
    row.push(csv_cell(&problems.join("; ")));
    row.push(csv_cell(&warnings.join("; ")));
    format!("{}\n{}\n", head.join(","), row.join(","))
}

/// The model the results below come from, in words.
#[component]
pub fn ModelLine(
    /// The test.
    specimen: Signal<Specimen>,
) -> impl IntoView {
    view! {
        // On paper the test's choice above already names the model.
        <p class="model print-skip" data-testid="result-model">
            <strong>"Model: "</strong>{move || specimen.get().model()}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moduli_are_shown_in_the_unit_that_fits() {
        assert_eq!(modulus_unit(5.0e4), ("kPa", 1e3));
        assert_eq!(modulus_unit(1.0e10), ("GPa", 1e9));
        assert_eq!(modulus_unit(250e6), ("MPa", 1e6));
        assert_eq!(modulus_unit(12.0), ("Pa", 1.0));
    }

    #[test]
    fn a_models_results_as_csv_have_their_units_and_reasons() {
        let entry = |label, unit, to_si, value| Entry {
            label,
            unit,
            to_si,
            testid: "x",
            value,
        };
        let list = [
            entry("Maximum force", "nN", 1e-9, Ok(192.3e-9)),
            entry("Sample's Young's modulus E", "kPa", 1e3, Ok(50e3)),
            entry("Contact point", "nm", 1e-9, Err("no contact, found".into())),
            entry("Residual RMS", "nN", 1e-9, Err("no contact, found".into())),
        ];
        let csv = entries_csv("a b.txt", "Hertz, R = 5 µm", &list, &["tilt".into()]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "file,model,Maximum force (nN),Sample's Young's modulus E (kPa),Contact point (nm),Residual RMS (nN),problem,warnings"
        );
        // 192.3 nN and 50 kPa in the header's units; one reason, quoted.
        assert_eq!(
            lines[1],
            "a b.txt,\"Hertz, R = 5 µm\",192.3,50,,,\"no contact, found\",tilt"
        );
    }

    #[test]
    fn entries_carry_the_value_or_the_reason() {
        let list = |a: Option<&f64>| vec![("x", "nm", 1e-9, "x", a.map_or(f64::NAN, |v| *v))];
        let ok = entries(&Some(Ok(2e-9)), list);
        assert_eq!(ok[0].value, Ok(2e-9));
        let bad = entries(&Some(Err::<f64, _>("no contact".to_string())), list);
        assert_eq!(bad[0].value, Err("no contact".to_string()));
        let none = entries::<f64>(&None, list);
        assert_eq!(none[0].value, Err(String::new()));
        // A value that is not a number is never shown as one.
        let nan = entries(&Some(Ok(f64::NAN)), list);
        assert!(nan[0].value.is_err());
    }
}
