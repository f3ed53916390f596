//! An IMS QTI 2.1 content package: a zip with `imsmanifest.xml` (IMS
//! Content Packaging 1.1) and one `assessmentItem` per variant
//! (`item-001.xml`, …), each with the variant's numbers filled in.
//!
//! Each item declares a float response with its correct value, asks with a
//! `textEntryInteraction`, and scores it in `responseProcessing` against
//! explicit bounds (`gte`/`lte` for a percentage or an amount, strict
//! `gt`/`lt` for significant figures, after PrairieLearn's rule): systems
//! that ignore QTI's `toleranceMode` (Canvas among them) still grade by
//! these bounds. The worked solution is a `modalFeedback` shown after the
//! answer. Spec: IMS Question and Test Interoperability 2.1 (final, 2012),
//! <https://www.imsglobal.org/question/qtiv2p1/imsqti_infov2p1.html>;
//! the items validate against its schema `imsqti_v2p1p2.xsd`.

use super::problem::Problem;
use super::tolerance::Tolerance;
use super::variants::Variant;
use super::xml_text::{escape, number, paragraphs};
use super::zip_store::zip_store;

/// The QTI 2.1 namespace.
pub const NAMESPACE: &str = "http://www.imsglobal.org/xsd/imsqti_v2p1";

/// The file name of variant `i` (0-based): `item-001.xml`.
pub fn item_file(i: usize) -> String {
    format!("item-{:03}.xml", i + 1)
}

/// The `assessmentItem` of one variant (`i` 0-based).
pub fn qti21_item(p: &Problem, v: &Variant, i: usize) -> String {
    let id = format!("item-{:03}", i + 1);
    let correct = number(p.answer_shown(v));
    let (lo, hi) = p.bounds_shown(v);
    let (ge, le) = match p.tolerance {
        Tolerance::SigFigs(_) => ("gt", "lt"),
        _ => ("gte", "lte"),
    };
    let float = |x: f64| format!("<baseValue baseType=\"float\">{}</baseValue>", number(x));
    let unit = escape(p.answer.unit.symbol);
    let title = format!("{} ({})", p.title, i + 1);
    let mut x = String::with_capacity(3000);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<assessmentItem xmlns=\"{NAMESPACE}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd\" \
         identifier=\"{id}\" title=\"{}\" adaptive=\"false\" timeDependent=\"false\">\n",
        escape(&title)
    ));
    x.push_str(
        "  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"float\">\n",
    );
    x.push_str(&format!(
        "    <correctResponse><value>{correct}</value></correctResponse>\n"
    ));
    x.push_str("  </responseDeclaration>\n");
    x.push_str(
        "  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n\
         \x20   <defaultValue><value>0</value></defaultValue>\n  </outcomeDeclaration>\n",
    );
    x.push_str(
        "  <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\">\n\
         \x20   <defaultValue><value>1</value></defaultValue>\n  </outcomeDeclaration>\n",
    );
    x.push_str(
        "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\" baseType=\"identifier\"/>\n",
    );
    x.push_str("  <itemBody>\n    ");
    x.push_str(&paragraphs(&p.fill(&p.question, v)));
    x.push_str(&format!(
        "\n    <p>{} = <textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"12\"/> {unit}</p>\n",
        escape(p.answer.label)
    ));
    x.push_str("  </itemBody>\n");
    x.push_str("  <responseProcessing>\n    <responseCondition>\n      <responseIf>\n");
    x.push_str(&format!(
        "        <and>\n          <{ge}><variable identifier=\"RESPONSE\"/>{}</{ge}>\n\
         \x20         <{le}><variable identifier=\"RESPONSE\"/>{}</{le}>\n        </and>\n",
        float(lo),
        float(hi)
    ));
    x.push_str(&format!(
        "        <setOutcomeValue identifier=\"SCORE\">{}</setOutcomeValue>\n",
        float(1.0)
    ));
    x.push_str("      </responseIf>\n      <responseElse>\n");
    x.push_str(&format!(
        "        <setOutcomeValue identifier=\"SCORE\">{}</setOutcomeValue>\n",
        float(0.0)
    ));
    x.push_str("      </responseElse>\n    </responseCondition>\n");
    x.push_str(
        "    <setOutcomeValue identifier=\"FEEDBACK\">\
         <baseValue baseType=\"identifier\">SOLUTION</baseValue></setOutcomeValue>\n",
    );
    x.push_str("  </responseProcessing>\n");
    x.push_str(
        "  <modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"SOLUTION\" showHide=\"show\">",
    );
    x.push_str(&paragraphs(&p.fill(&p.solution, v)));
    x.push_str("</modalFeedback>\n</assessmentItem>\n");
    x
}

/// The package's `imsmanifest.xml` for `count` items.
pub fn qti21_manifest(count: usize) -> String {
    let mut x = String::with_capacity(600 + 160 * count);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(
        "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 \
         http://www.imsglobal.org/xsd/imscp_v1p1.xsd\" identifier=\"MANIFEST-exercise\">\n",
    );
    x.push_str(
        "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n",
    );
    x.push_str("  <organizations/>\n  <resources>\n");
    for i in 0..count {
        let file = item_file(i);
        x.push_str(&format!(
            "    <resource identifier=\"item-{:03}\" type=\"imsqti_item_xmlv2p1\" href=\"{file}\">\
             <file href=\"{file}\"/></resource>\n",
            i + 1
        ));
    }
    x.push_str("  </resources>\n</manifest>\n");
    x
}

/// The QTI 2.1 content package (zip bytes) of `p` with one item per variant.
pub fn qti21_package(p: &Problem, variants: &[Variant]) -> Result<Vec<u8>, String> {
    p.check_variants(variants)?;
    let manifest = qti21_manifest(variants.len());
    let items: Vec<(String, String)> = variants
        .iter()
        .enumerate()
        .map(|(i, v)| (item_file(i), qti21_item(p, v, i)))
        .collect();
    let mut files: Vec<(&str, &[u8])> = vec![("imsmanifest.xml", manifest.as_bytes())];
    files.extend(items.iter().map(|(n, x)| (n.as_str(), x.as_bytes())));
    zip_store(&files)
}
