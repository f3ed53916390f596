//! Blackboard's question upload file: tab-separated text, one numeric
//! question (`NUM`) per variant: `NUM<TAB>question<TAB>answer<TAB>tolerance`.
//!
//! Format: Blackboard Help, "Upload Questions" (help.blackboard.com, Learn,
//! Original course view): no header row, no blank lines, one question per
//! line. The tolerance of a `NUM` question is an amount either side of the
//! answer, so each line carries the half-width of its variant's accepted
//! interval: 2 % of a 488.5 MPa answer is 9.77. For significant figures the
//! answer is the correct value rounded to them and the tolerance 0.51 of the
//! last figure's place (PrairieLearn's rule). Blackboard cannot check the
//! figures typed.

use super::problem::Problem;
use super::tolerance::{round_sig, Tolerance};
use super::variants::Variant;
use super::xml_text::number;

/// Text for one field: tabs and line ends become spaces.
fn field(text: &str) -> String {
    text.split(['\t', '\n', '\r'])
        .filter(|part| !part.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The upload file of `p`: one `NUM` line per variant, each ending in a
/// line feed.
pub fn blackboard_tsv(p: &Problem, variants: &[Variant]) -> Result<String, String> {
    p.check_variants(variants)?;
    let mut out = String::with_capacity(variants.len() * (p.question.len() + 64));
    for v in variants {
        let shown = p.answer_shown(v);
        let (lo, hi) = p.bounds_shown(v);
        let answer = match p.tolerance {
            Tolerance::SigFigs(n) => round_sig(shown, n).map_or(shown, |(r, _)| r),
            _ => shown,
        };
        // To 12 figures: (hi − lo)/2 in binary leaves noise in the last
        // digits (0.120572000000001 for 2 % of 6.0286).
        let half = ((hi - lo) / 2.0).abs();
        let tolerance = round_sig(half, 12).map_or(half, |(r, _)| r);
        let question = format!("{} {}", p.fill(&p.question, v), p.unit_prompt());
        out.push_str(&format!(
            "NUM\t{}\t{}\t{}\n",
            field(&question),
            number(answer),
            number(tolerance)
        ));
    }
    Ok(out)
}
