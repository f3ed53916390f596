//! The exercise builder's reading of the page's link: each input of the
//! asked result as a range to draw from (`key`, and with ranges on
//! `key_max`, in the unit `key_unit`, converted to the unit the exercise
//! gives the input in), and the student's link of one variant. The page
//! keeps its fields in its link, so the builder follows the page without
//! sharing its state.
//!
//! Plain Rust over query pairs, tested natively.

use crate::components::number_field::FieldSpec;
use crate::exercise_link::BUILDER_KEYS;
use crate::field_value::read_field;
use ecm_core::exercise::catalog::Exercisable;
use ecm_core::exercise::problem::Problem;
use ecm_core::exercise::unit_registry::{find_unit, TABLES};
use ecm_core::exercise::variants::{InputRange, Variant, MAX_DECIMALS};
use ecm_core::exercise::xml_text::number;
use ecm_core::models::electrochemical_stress::molar_volume;
use ecm_core::numbers::decimal_writer::fixed;
use ecm_core::reference::materials::{electrolytes, metals};
use ecm_core::units::Unit;

/// The link's pairs, in order.
pub type Pairs = [(String, String)];

/// The first value of `key`.
pub fn get<'a>(pairs: &'a Pairs, key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// One input as the builder draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkInput {
    /// The range in the exercise's unit (`lo == hi` for a fixed value).
    pub range: InputRange,
    /// Whether the page's link has the key (a fixed value from elsewhere,
    /// e.g. a metal from the library, is not written into a student link).
    pub in_link: bool,
}

/// The number fields of a page, for their defaults and valid ranges.
pub fn page_fields(page: &str) -> &'static [&'static FieldSpec] {
    match page {
        "stress" => crate::pages::stress::FIELDS,
        "fracture" => crate::pages::fracture::FIELDS,
        "sphere" => crate::pages::sphere::FIELDS,
        "rod" => crate::pages::rod::fields::FIELDS,
        "creep" => crate::pages::creep::fields::FIELDS,
        _ => &[],
    }
}

/// The choices of a page that its exercises take as fixed (the catalog's
/// problems state them in the question): a student's link sets them.
pub fn fixed_choices(page: &str, ask: &str) -> &'static [(&'static str, &'static str)] {
    match (page, ask) {
        ("stress", "overpotential") => &[("dir", "to-overpotential")],
        ("stress", _) => &[("dir", "to-stress")],
        ("fracture", _) => &[("geometry", "through"), ("size_is", "a")],
        ("sphere", _) => &[("model", "first")],
        ("rod", "rod-stress") => &[("section", "initial")],
        ("creep", _) => &[("metal", "Na")],
        _ => &[],
    }
}

/// Keys of the page's link that a fixed choice replaces: the creep page's
/// fit and material values follow its metal, so a student link that fixes
/// `metal=Na` leaves them out and the page takes Na's (a teacher's page on
/// Li would otherwise give Li's law under Na's name).
fn replaced_by_fixed(page: &str) -> &'static [&'static str] {
    match page {
        "creep" => &[
            "e", "n", "a", "q", "tref", "d0v", "qv", "db", "qb", "omega", "tm",
        ],
        _ => &[],
    }
}

/// The unit table that `unit` belongs to.
fn table_of(unit: &Unit) -> &'static [Unit] {
    TABLES
        .iter()
        .map(|(_, t)| *t)
        .find(|t| t.iter().any(|u| u.symbol == unit.symbol))
        .unwrap_or(&[])
}

/// The fewest decimal places (0 to 9) that write `x` to nine significant
/// figures: 23.7 → 1, 120 → 0.
fn decimals_for(x: f64) -> u32 {
    let tolerance = x.abs() * 1e-9;
    (0..=MAX_DECIMALS)
        .find(|&d| {
            fixed(x, d as usize)
                .parse::<f64>()
                .is_ok_and(|r| (r - x).abs() <= tolerance)
        })
        .unwrap_or(MAX_DECIMALS)
}

/// Decimal places of a typed number: "23.70" → 2, "1,5" → 1, "2e3" → 0.
fn typed_decimals(text: &str) -> u32 {
    let t = text.trim();
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (t, 0),
    };
    let places = mantissa
        .find(['.', ','])
        .map_or(0, |i| mantissa[i + 1..].len() as i64);
    (places - exponent).clamp(0, i64::from(MAX_DECIMALS)) as u32
}

/// Reads one value of field `spec` typed as `text` in `unit`, in the
/// exercise's unit `to`, with its decimal places in that unit.
fn read_in(
    spec: &FieldSpec,
    text: &str,
    unit: &Unit,
    to: &Unit,
    label: &str,
) -> Result<(f64, u32), String> {
    let si = read_field(label, text, unit, spec.limit)?;
    let shown = to.shown(si);
    // The typed places, moved by the units' power of ten (0.12 V → 120 mV).
    let shift = (unit.to_si / to.to_si).log10().round() as i64;
    let places = (i64::from(typed_decimals(text)) - shift).clamp(0, i64::from(MAX_DECIMALS)) as u32;
    Ok((shown, places.max(decimals_for(shown))))
}

/// The molar volume of the stress or fracture page when the link names no
/// `vm`: the metal's from the library (the fracture page's default metal is
/// its electrolyte's ion), or M/ρ for "Other metal: enter M and ρ".
fn library_vm(page: &str, pairs: &Pairs) -> Result<f64, String> {
    let ion = || {
        let e = get(pairs, "electrolyte").unwrap_or("LLZO");
        electrolytes()
            .into_iter()
            .find(|x| x.key == e)
            .map_or_else(|| "Li".to_string(), |x| x.ion)
    };
    let metal = match get(pairs, "metal") {
        Some(m) => m.to_string(),
        None if page == "fracture" => ion(),
        None => "Na".to_string(),
    };
    let metal = metal.as_str();
    if metal == "custom-mrho" {
        let field = |key: &str| -> Result<f64, String> {
            let spec = page_fields("stress")
                .iter()
                .find(|f| f.key == key)
                .ok_or("no such field")?;
            let unit = get(pairs, &format!("{key}_unit"))
                .and_then(|s| find_unit(spec.units, s))
                .unwrap_or(&spec.units[spec.unit]);
            read_field(
                spec.label,
                get(pairs, key).unwrap_or(spec.default),
                unit,
                spec.limit,
            )
        };
        let vm = molar_volume(field("m")?, field("rho")?).map_err(|e| e.to_string())?;
        return Ok(vm * 1e6);
    }
    metals()
        .iter()
        .find(|m| m.symbol == metal)
        .map(|m| m.molar_volume.nominal * 1e6)
        .ok_or_else(|| format!("the metal “{metal}” is not in the library; choose one on the page"))
}

/// The inputs of `problem` (the exercise `e` asks) from the page's link:
/// ranges where `ranges=1` and the field has an upper end, fixed values
/// otherwise; a field the link does not set has the page's default. An
/// error names the field and what is wrong, as the page does.
pub fn link_inputs(
    e: &Exercisable,
    problem: &Problem,
    pairs: &Pairs,
) -> Result<Vec<LinkInput>, String> {
    let ranges_on = get(pairs, "ranges") == Some("1");
    let fields = page_fields(e.page);
    problem
        .inputs
        .iter()
        .map(|q| {
            let text = get(pairs, q.key);
            let custom = matches!(get(pairs, "metal"), Some("custom-vm" | "custom"));
            if matches!(e.page, "stress" | "fracture") && q.key == "vm" && !custom {
                let vm = library_vm(e.page, pairs)?;
                let decimals = decimals_for(vm);
                return Ok(LinkInput {
                    range: InputRange { key: q.key, lo: vm, hi: vm, decimals },
                    in_link: false,
                });
            }
            let spec = fields
                .iter()
                .find(|f| f.key == q.key)
                .ok_or_else(|| format!("{}: the page has no field “{}”", q.label, q.key))?;
            let unit = get(pairs, &format!("{}_unit", q.key))
                .and_then(|s| find_unit(spec.units, s))
                .unwrap_or(&spec.units[spec.unit.min(spec.units.len() - 1)]);
            let to = find_unit(table_of(q.unit), q.unit.symbol).unwrap_or(q.unit);
            let (lo, lo_places) = read_in(spec, text.unwrap_or(spec.default), unit, to, spec.label)?;
            let upper = get(pairs, &format!("{}_max", q.key)).filter(|t| ranges_on && !t.trim().is_empty());
            let (hi, hi_places) = match upper {
                Some(t) => read_in(spec, t, unit, to, &format!("{} (upper end)", spec.label))?,
                None => (lo, lo_places),
            };
            if hi < lo {
                return Err(format!(
                    "{}: the upper end is below the lower end; type the smaller value first on the page",
                    spec.label
                ));
            }
            Ok(LinkInput {
                range: InputRange { key: q.key, lo, hi, decimals: lo_places.max(hi_places) },
                in_link: text.is_some() || upper.is_some(),
            })
        })
        .collect()
}

/// The query of the student's link for variant `v`: the page's link
/// without ranges and the builder's keys, each input of the exercise set to
/// the variant's value in the exercise's unit, and `ask` and `tol`.
pub fn student_query(
    e: &Exercisable,
    problem: &Problem,
    inputs: &[LinkInput],
    pairs: &Pairs,
    v: &Variant,
    tol: &str,
) -> Vec<(String, String)> {
    let dropped = |k: &str| {
        k == "ranges"
            || k == "page"
            || k.ends_with("_max")
            || BUILDER_KEYS.contains(&k)
            || ["edit", "key"].contains(&k)
            || replaced_by_fixed(e.page)
                .iter()
                .any(|r| k == *r || k.strip_suffix("_unit") == Some(r))
            || problem
                .inputs
                .iter()
                .any(|q| k == q.key || k.strip_suffix("_unit") == Some(q.key))
    };
    let fixed = fixed_choices(e.page, e.ask);
    let mut out = vec![("page".to_string(), e.page.to_string())];
    out.extend(
        pairs
            .iter()
            .filter(|(k, _)| !dropped(k) && !fixed.iter().any(|(f, _)| f == k))
            .cloned(),
    );
    out.extend(fixed.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    for ((q, input), &x) in problem.inputs.iter().zip(inputs).zip(&v.inputs) {
        if input.in_link || input.range.lo != input.range.hi {
            out.push((q.key.to_string(), number(x)));
            out.push((format!("{}_unit", q.key), q.unit.symbol.to_string()));
        }
    }
    out.push(("ask".to_string(), e.ask.to_string()));
    if !tol.is_empty() && tol != "2%" {
        out.push(("tol".to_string(), tol.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::exercise::catalog::find;
    use ecm_core::exercise::tolerance::DEFAULT;

    fn pairs(q: &str) -> Vec<(String, String)> {
        crate::url_state::parse_query(q)
    }

    fn stress() -> (&'static Exercisable, Problem) {
        let e = find("stress", "stress").unwrap();
        (e, (e.problem)(DEFAULT))
    }

    #[test]
    fn defaults_and_the_library_metal() {
        let (e, p) = stress();
        let got = link_inputs(e, &p, &pairs("?page=stress")).unwrap();
        // The page's default Δφ (100 mV) and Na's Vm (the paper's 23.7).
        assert_eq!(
            (got[0].range.lo, got[0].range.hi, got[0].in_link),
            (100.0, 100.0, false)
        );
        assert!((got[1].range.lo - 23.7).abs() < 1e-9 && !got[1].in_link);
        assert_eq!(got[1].range.decimals, 1);
    }

    #[test]
    fn ranges_in_other_units_are_converted() {
        let (e, p) = stress();
        let q = "?page=stress&ranges=1&dphi=0.05&dphi_max=0.2&dphi_unit=V&metal=custom-vm&vm=13&vm_max=23.7";
        let got = link_inputs(e, &p, &pairs(q)).unwrap();
        assert_eq!((got[0].range.lo, got[0].range.hi), (50.0, 200.0));
        // 0.05 V has two places, three fewer in mV.
        assert_eq!(got[0].range.decimals, 0);
        assert_eq!(
            (got[1].range.lo, got[1].range.hi, got[1].range.decimals),
            (13.0, 23.7, 1)
        );
        // Without ranges on, the upper ends are not read.
        let q = q.replace("ranges=1&", "");
        let got = link_inputs(e, &p, &pairs(&q)).unwrap();
        assert_eq!(got[0].range.hi, 50.0);
    }

    #[test]
    fn m_and_rho_give_the_molar_volume() {
        let (e, p) = stress();
        // 39.10 g/mol ÷ 0.862 g/cm³ = 45.36 cm³/mol (K, by hand).
        let got = link_inputs(e, &p, &pairs("?metal=custom-mrho&m=39.10&rho=0.862")).unwrap();
        assert!(
            (got[1].range.lo - 39.10 / 0.862).abs() < 1e-6,
            "{:?}",
            got[1]
        );
    }

    #[test]
    fn bad_fields_are_named() {
        let (e, p) = stress();
        let err = link_inputs(e, &p, &pairs("?dphi=abc")).unwrap_err();
        assert!(err.contains("Overpotential Δφ"), "{err}");
        let err = link_inputs(e, &p, &pairs("?ranges=1&dphi=200&dphi_max=50")).unwrap_err();
        assert!(err.contains("upper end"), "{err}");
        let err = link_inputs(e, &p, &pairs("?metal=Xx")).unwrap_err();
        assert!(err.contains("Xx"), "{err}");
    }

    #[test]
    fn a_student_link_fixes_the_variant() {
        let (e, p) = stress();
        let link =
            pairs("?page=stress&ranges=1&dphi=50&dphi_max=200&variants=20&seed=7&ask=stress&sig=5");
        let inputs = link_inputs(e, &p, &link).unwrap();
        let v = Variant {
            inputs: vec![125.0, 23.7],
            answer_si: 0.0,
        };
        let q = crate::url_state::build_query(&student_query(e, &p, &inputs, &link, &v, "3sf"));
        assert_eq!(
            q,
            "?page=stress&sig=5&dir=to-stress&dphi=125&dphi_unit=mV&ask=stress&tol=3sf"
        );
    }

    #[test]
    fn a_creep_student_link_fixes_na_with_its_own_fit() {
        // A teacher's page on Li, with Li's fit written into the link: the
        // exercise asks for Na's law, so the student's link carries Na and
        // none of Li's values.
        let e = find("creep", "rate-power-law").unwrap();
        let p = (e.problem)(DEFAULT);
        let link = pairs(
            "?page=creep&metal=Li&sigma=1.4&t=298&n=6.56&a=0.0077&q=37&q_unit=kJ/mol&tref=298&e=4.9&variants=3",
        );
        let inputs = link_inputs(e, &p, &link).unwrap();
        let v = Variant {
            inputs: vec![1.4, 298.0],
            answer_si: 0.0,
        };
        let q = crate::url_state::build_query(&student_query(e, &p, &inputs, &link, &v, "2%"));
        assert_eq!(
            q,
            "?page=creep&metal=Na&sigma=1.4&sigma_unit=MPa&t=298&t_unit=K&ask=rate-power-law"
        );
    }
}
