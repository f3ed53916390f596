//! Text and numbers as the exports write them: XML-escaped text, HTML
//! paragraphs, and numbers in plain ASCII that every LMS reads.

use crate::numbers::number_format::format_data;

/// `text` escaped for XML character data and attribute values: `&`, `<`,
/// `>`, `"` and `'` as entities; control characters other than tab and line
/// ends (which XML 1.0 forbids) dropped.
///
/// ```
/// use ecm_core::exercise::xml_text::escape;
/// assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Plain text as HTML: escaped, each line of text its own `<p>` paragraph
/// (the form question and feedback text take in Moodle, Canvas and QTI).
///
/// ```
/// use ecm_core::exercise::xml_text::paragraphs;
/// assert_eq!(paragraphs("a < b\nc"), "<p>a &lt; b</p><p>c</p>");
/// ```
pub fn paragraphs(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("<p>{}</p>", escape(l)))
        .collect()
}

/// A number for a file: plain ASCII, at most 15 significant figures, an
/// exponent only for very large or small values
/// ([`crate::numbers::number_format::format_data`]); "0" for a non-finite
/// value, which the exports never write (they check first).
///
/// ```
/// use ecm_core::exercise::xml_text::number;
/// assert_eq!(number(0.1 + 0.2), "0.3");
/// assert_eq!(number(-2.5e-20), "-2.5e-20");
/// ```
pub fn number(x: f64) -> String {
    let text = format_data(x);
    if text.is_empty() {
        "0".to_string()
    } else {
        text
    }
}
