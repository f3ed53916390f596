//! The four exports of the drawn variants, each a download: Moodle XML
//! (a calculated question), an IMS QTI 2.1 package, a QTI 1.2 package for
//! Canvas Classic quizzes and Blackboard's tab-separated upload. All four
//! are written by the core (`ecm_core::exercise`) from one `Problem`.

use crate::browser;
use ecm_core::exercise::blackboard::blackboard_tsv;
use ecm_core::exercise::catalog::Exercisable;
use ecm_core::exercise::moodle_xml::moodle_xml;
use ecm_core::exercise::problem::Problem;
use ecm_core::exercise::qti12::qti12_package;
use ecm_core::exercise::qti21::qti21_package;
use ecm_core::exercise::variants::Variant;

/// One export: its button's test id and label, and its file.
#[derive(Clone, Copy)]
pub struct Format {
    /// The button's test id.
    pub testid: &'static str,
    /// The button's text.
    pub label: &'static str,
    /// The end of the file's name.
    suffix: &'static str,
    /// The file's media type.
    mime: &'static str,
}

/// The exports, in the order of their buttons.
pub static FORMATS: [Format; 4] = [
    Format {
        testid: "export-moodle",
        label: "Moodle XML",
        suffix: "moodle.xml",
        mime: "application/xml",
    },
    Format {
        testid: "export-qti21",
        label: "QTI 2.1 (zip)",
        suffix: "qti21.zip",
        mime: "application/zip",
    },
    Format {
        testid: "export-qti12",
        label: "Canvas QTI 1.2 (zip)",
        suffix: "qti12.zip",
        mime: "application/zip",
    },
    Format {
        testid: "export-blackboard",
        label: "Blackboard (txt)",
        suffix: "blackboard.txt",
        mime: "text/plain",
    },
];

/// Writes `variants` of `problem` in format `f` and offers the file, named
/// after the page and the result asked: `ecm-calc-stress-stress-moodle.xml`.
pub fn export(
    f: Format,
    problem: &Problem,
    variants: &[Variant],
    e: &Exercisable,
) -> Result<(), String> {
    let name = format!("ecm-calc-{}-{}-{}", e.page, e.ask, f.suffix);
    match f.testid {
        "export-moodle" => browser::download_text(&name, f.mime, &moodle_xml(problem, variants)?),
        "export-qti21" => {
            browser::download_bytes(&name, f.mime, &qti21_package(problem, variants)?)
        }
        "export-qti12" => {
            browser::download_bytes(&name, f.mime, &qti12_package(problem, variants)?)
        }
        _ => browser::download_text(&name, f.mime, &blackboard_tsv(problem, variants)?),
    }
    Ok(())
}
