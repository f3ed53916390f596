//! QTI 1.2 for Canvas Classic Quizzes: one formula question
//! (`calculated_question`) with its formula, its variables' ranges and
//! every variant as a `var_set` with its answer, as Canvas's own QTI export
//! writes it (the `itemproc_extension` / `calculated` block that Canvas's
//! importer, `lib/qti/calculated_interaction.rb`, reads).
//!
//! Canvas substitutes `[key]` in the question text; the formula names the
//! variables bare ([`super::moodle_formula::to_canvas`]). `answer_tolerance`
//! is an amount in the answer's unit, or a percentage written with `%`
//! ("2%"). A significant-figure tolerance becomes the percentage that
//! accepts every correctly rounded answer of these variants
//! ([`super::tolerance::relative_for_sig_figs`]). Canvas imports QTI as a
//! zip: [`qti12_package`] adds the manifest.

use super::moodle_formula::{check_formula, to_canvas};
use super::problem::{substitute, Problem};
use super::tolerance::{relative_for_sig_figs, round_sig, Tolerance};
use super::variants::Variant;
use super::xml_text::{escape, number, paragraphs};
use super::zip_store::zip_store;

/// The identifier of the assessment and its file in the package.
pub const IDENT: &str = "ecm_exercise";

fn field(label: &str, entry: &str) -> String {
    format!(
        "<qtimetadatafield><fieldlabel>{label}</fieldlabel><fieldentry>{}</fieldentry></qtimetadatafield>",
        escape(entry)
    )
}

fn mattext(plain: &str) -> String {
    format!(
        "<material><mattext texttype=\"text/html\">{}</mattext></material>",
        escape(&paragraphs(plain))
    )
}

/// The QTI 1.2 assessment (`questestinterop`) of `p` with one formula
/// question holding `variants`.
pub fn qti12(p: &Problem, variants: &[Variant]) -> Result<String, String> {
    p.check_variants(variants)?;
    let keys: Vec<&str> = p.inputs.iter().map(|q| q.key).collect();
    check_formula(&p.moodle_formula, &keys)?;
    let formula = to_canvas(&p.moodle_formula)?;
    let unit = p.answer.unit;
    let tolerance = match p.tolerance {
        Tolerance::Relative(f) => format!("{}%", number(f * 100.0)),
        Tolerance::Absolute(a) => number(a / unit.to_si),
        Tolerance::SigFigs(n) => format!(
            "{}%",
            number(100.0 * relative_for_sig_figs(n, variants.iter().map(|v| p.answer_shown(v))))
        ),
    };
    // Decimal places that show every answer to its figures.
    let decimals = variants
        .iter()
        .filter_map(|v| {
            let (_, place) = round_sig(p.answer_shown(v), p.answer_figures(v))?;
            let digits = number(place);
            let (m, e) = digits.split_once('e').unwrap_or((&digits, "0"));
            let frac = m.split_once('.').map_or(0, |(_, f)| f.len() as i64);
            Some((frac - e.parse::<i64>().unwrap_or(0)).clamp(0, 10))
        })
        .max()
        .unwrap_or(2);
    let bracketed = |template: &str| {
        substitute(template, |name| {
            if name == "answer" {
                // Canvas fills in only the declared variables; the answer
                // is the formula's, not one of them.
                Some("…".to_string())
            } else {
                keys.contains(&name).then(|| format!("[{name}]"))
            }
        })
    };
    let question = format!("{}\n{}", bracketed(&p.question), p.unit_prompt());

    let mut x = String::with_capacity(4096 + 150 * variants.len() * (keys.len() + 1));
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(
        "<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2 \
         http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd\">\n",
    );
    x.push_str(&format!(
        "  <assessment ident=\"{IDENT}\" title=\"{}\">\n",
        escape(&p.title)
    ));
    x.push_str(&format!(
        "    <qtimetadata>{}</qtimetadata>\n",
        field("cc_maxattempts", "1")
    ));
    x.push_str("    <section ident=\"root_section\">\n");
    x.push_str(&format!(
        "      <item ident=\"{IDENT}_q1\" title=\"{}\">\n",
        escape(&p.title)
    ));
    x.push_str(&format!(
        "        <itemmetadata><qtimetadata>{}{}</qtimetadata></itemmetadata>\n",
        field("question_type", "calculated_question"),
        field("points_possible", "1.0")
    ));
    x.push_str(&format!(
        "        <presentation>{}\
         <response_str ident=\"response1\" rcardinality=\"Single\">\
         <render_fib fibtype=\"Decimal\"><response_label ident=\"answer1\"/></render_fib>\
         </response_str></presentation>\n",
        mattext(&question)
    ));
    x.push_str(
        "        <resprocessing>\
         <outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\
         <respcondition title=\"correct\"><conditionvar><other/></conditionvar>\
         <setvar varname=\"SCORE\" action=\"Set\">100</setvar>\
         <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/></respcondition>\
         <respcondition title=\"incorrect\"><conditionvar><not><other/></not></conditionvar>\
         <setvar varname=\"SCORE\" action=\"Set\">0</setvar></respcondition>\
         </resprocessing>\n",
    );
    x.push_str(&format!(
        "        <itemfeedback ident=\"general_fb\"><flow_mat>{}</flow_mat></itemfeedback>\n",
        mattext(&bracketed(&p.solution))
    ));
    x.push_str("        <itemproc_extension>\n          <calculated>\n");
    x.push_str(&format!(
        "            <answer_tolerance>{}</answer_tolerance>\n",
        escape(&tolerance)
    ));
    x.push_str(&format!(
        "            <formulas decimal_places=\"{decimals}\"><formula>{}</formula></formulas>\n",
        escape(&formula)
    ));
    x.push_str("            <vars>\n");
    for (i, q) in p.inputs.iter().enumerate() {
        let (lo, hi, scale) = p.input_range(variants, i);
        x.push_str(&format!(
            "              <var name=\"{}\" scale=\"{scale}\"><min>{}</min><max>{}</max></var>\n",
            escape(q.key),
            number(lo),
            number(hi)
        ));
    }
    x.push_str("            </vars>\n            <var_sets>\n");
    for (k, v) in variants.iter().enumerate() {
        x.push_str(&format!("              <var_set ident=\"{}\">", k + 1));
        for (q, value) in p.inputs.iter().zip(&v.inputs) {
            x.push_str(&format!(
                "<var name=\"{}\">{}</var>",
                escape(q.key),
                number(*value)
            ));
        }
        x.push_str(&format!(
            "<answer>{}</answer></var_set>\n",
            number(p.answer_shown(v))
        ));
    }
    x.push_str("            </var_sets>\n");
    x.push_str("          </calculated>\n        </itemproc_extension>\n");
    x.push_str("      </item>\n    </section>\n  </assessment>\n</questestinterop>\n");
    Ok(x)
}

/// [`qti12`] zipped with an IMS CP manifest naming it (resource type
/// `imsqti_xmlv1p2`), the package Canvas's "QTI .zip file" import reads.
pub fn qti12_package(p: &Problem, variants: &[Variant]) -> Result<Vec<u8>, String> {
    let xml = qti12(p, variants)?;
    let path = format!("{IDENT}/{IDENT}.xml");
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"MANIFEST-{IDENT}\">\n\
         \x20 <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>\n\
         \x20 <organizations/>\n  <resources>\n\
         \x20   <resource identifier=\"{IDENT}\" type=\"imsqti_xmlv1p2\"><file href=\"{path}\"/></resource>\n\
         \x20 </resources>\n</manifest>\n"
    );
    zip_store(&[
        ("imsmanifest.xml", manifest.as_bytes()),
        (path.as_str(), xml.as_bytes()),
    ])
}
