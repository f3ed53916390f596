//! Moodle XML: one "calculated simple" question whose wildcards are the
//! link's input keys, with every variant as a dataset item.
//!
//! Format: docs.moodle.org "Moodle XML format" and "Calculated question
//! type"; element names and values as Moodle's own exporter
//! (question/format/xml/format.php) writes them. Tolerance: `tolerancetype`
//! 1 is relative (the `tolerance` a fraction: 2 % is 0.02), 2 nominal (±
//! an amount in the answer's unit), 3 geometric. `correctanswerformat` 1
//! shows the correct answer with `correctanswerlength` decimals, 2 with that
//! many significant figures. A significant-figure tolerance has no Moodle
//! equivalent: it is written as format 2 with n figures and the relative
//! tolerance that accepts every correctly rounded answer of these variants
//! ([`super::tolerance::relative_for_sig_figs`]); Moodle does not check the
//! figures typed.

use super::moodle_formula::check_formula;
use super::problem::{substitute, Problem};
use super::tolerance::{relative_for_sig_figs, Tolerance};
use super::unit_registry::TABLES;
use super::variants::Variant;
use super::xml_text::{escape, number, paragraphs};

/// A `<text>` element in a `format="html"` wrapper.
fn html(tag: &str, html: &str) -> String {
    format!(
        "    <{tag} format=\"html\"><text>{}</text></{tag}>\n",
        escape(html)
    )
}

/// The Moodle XML quiz file of `p` with `variants` as its dataset.
///
/// ```
/// # use ecm_core::exercise::{problem::*, tolerance::DEFAULT, variants::Variant};
/// # use ecm_core::units::{STRESS, VOLTAGE};
/// # let p = Problem { title: "t".into(), question: "{x} mV".into(),
/// #     inputs: vec![Quantity { key: "x", label: "x", unit: &VOLTAGE[0] }],
/// #     answer: Quantity { key: "s", label: "s", unit: &STRESS[1] },
/// #     moodle_formula: "2*{x}".into(), tolerance: DEFAULT, solution: "{answer}".into() };
/// let xml = ecm_core::exercise::moodle_xml::moodle_xml(&p, &[Variant { inputs: vec![1.0], answer_si: 2e6 }]).unwrap();
/// assert!(xml.contains("<question type=\"calculatedsimple\">"));
/// assert!(xml.contains("<tolerance>0.02</tolerance>"));
/// ```
pub fn moodle_xml(p: &Problem, variants: &[Variant]) -> Result<String, String> {
    p.check_variants(variants)?;
    let keys: Vec<&str> = p.inputs.iter().map(|q| q.key).collect();
    check_formula(&p.moodle_formula, &keys)?;
    let unit = p.answer.unit;
    let figures = variants
        .iter()
        .map(|v| p.answer_figures(v))
        .max()
        .unwrap_or(4);
    let (tolerance, tolerance_type) = match p.tolerance {
        Tolerance::Relative(f) => (f, 1),
        Tolerance::Absolute(a) => (a / unit.to_si, 2),
        Tolerance::SigFigs(n) => (
            relative_for_sig_figs(n, variants.iter().map(|v| p.answer_shown(v))),
            1,
        ),
    };
    let question = format!(
        "{}{}",
        paragraphs(&p.question),
        paragraphs(&p.unit_prompt())
    );
    let formula = p.moodle_formula.clone();
    let solution = substitute(&p.solution, |name| {
        (name == "answer").then(|| format!("{{={formula}}}"))
    });

    let mut x = String::with_capacity(4096 + 120 * variants.len() * (p.inputs.len() + 1));
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    x.push_str("  <question type=\"calculatedsimple\">\n");
    x.push_str(&format!(
        "    <name><text>{}</text></name>\n",
        escape(&p.title)
    ));
    x.push_str(&html("questiontext", &question));
    x.push_str(&html("generalfeedback", &paragraphs(&solution)));
    x.push_str("    <defaultgrade>1.0000000</defaultgrade>\n");
    x.push_str("    <penalty>0.3333333</penalty>\n");
    x.push_str("    <hidden>0</hidden>\n");
    x.push_str("    <idnumber></idnumber>\n");
    x.push_str("    <synchronize>0</synchronize>\n");
    x.push_str("    <single>0</single>\n");
    x.push_str("    <answernumbering>abc</answernumbering>\n");
    x.push_str("    <shuffleanswers>0</shuffleanswers>\n");
    x.push_str(&html("correctfeedback", ""));
    x.push_str(&html("partiallycorrectfeedback", ""));
    x.push_str(&html("incorrectfeedback", ""));
    x.push_str("    <answer fraction=\"100\">\n");
    x.push_str(&format!("      <text>{}</text>\n", escape(&formula)));
    x.push_str(&format!(
        "      <tolerance>{}</tolerance>\n",
        number(tolerance)
    ));
    x.push_str(&format!(
        "      <tolerancetype>{tolerance_type}</tolerancetype>\n"
    ));
    x.push_str("      <correctanswerformat>2</correctanswerformat>\n");
    x.push_str(&format!(
        "      <correctanswerlength>{figures}</correctanswerlength>\n"
    ));
    x.push_str("      <feedback format=\"html\"><text></text></feedback>\n");
    x.push_str("    </answer>\n");
    // Units optional: a typed unit converts the response to the first unit.
    x.push_str("    <unitgradingtype>0</unitgradingtype>\n");
    x.push_str("    <unitpenalty>0.1000000</unitpenalty>\n");
    x.push_str("    <showunits>0</showunits>\n");
    x.push_str("    <unitsleft>0</unitsleft>\n");
    x.push_str("    <units>\n");
    let table = TABLES
        .iter()
        .find(|(_, t)| t.iter().any(|u| u == unit))
        .map_or(&[][..], |(_, t)| *t);
    let others = table.iter().filter(|u| {
        u.symbol != unit.symbol && !u.symbol.is_empty() && u.offset == 0.0 && unit.offset == 0.0
    });
    for u in std::iter::once(unit).chain(others) {
        x.push_str(&format!(
            "      <unit><multiplier>{}</multiplier><unit_name>{}</unit_name></unit>\n",
            number(unit.to_si / u.to_si),
            escape(u.symbol)
        ));
    }
    x.push_str("    </units>\n");
    x.push_str("    <dataset_definitions>\n");
    let n = variants.len();
    for (i, q) in p.inputs.iter().enumerate() {
        let (lo, hi, decimals) = p.input_range(variants, i);
        x.push_str("      <dataset_definition>\n");
        x.push_str("        <status><text>private</text></status>\n");
        x.push_str(&format!(
            "        <name><text>{}</text></name>\n",
            escape(q.key)
        ));
        x.push_str("        <type>calculatedsimple</type>\n");
        x.push_str("        <distribution><text>uniform</text></distribution>\n");
        x.push_str(&format!(
            "        <minimum><text>{}</text></minimum>\n",
            number(lo)
        ));
        x.push_str(&format!(
            "        <maximum><text>{}</text></maximum>\n",
            number(hi)
        ));
        x.push_str(&format!(
            "        <decimals><text>{decimals}</text></decimals>\n"
        ));
        x.push_str(&format!("        <itemcount>{n}</itemcount>\n"));
        x.push_str("        <dataset_items>\n");
        for (k, v) in variants.iter().enumerate() {
            let value = v.inputs.get(i).copied().unwrap_or(f64::NAN);
            x.push_str(&format!(
                "          <dataset_item><number>{}</number><value>{}</value></dataset_item>\n",
                k + 1,
                number(value)
            ));
        }
        x.push_str("        </dataset_items>\n");
        x.push_str(&format!("        <number_of_items>{n}</number_of_items>\n"));
        x.push_str("      </dataset_definition>\n");
    }
    x.push_str("    </dataset_definitions>\n");
    x.push_str("  </question>\n</quiz>\n");
    Ok(x)
}
