//! The query string as the state of a calculator: reading it tolerantly,
//! checking every value, and writing it back.
//!
//! Plain Rust, tested natively. Names and units of every parameter are listed
//! in `docs/permalinks.md`. Whatever a link holds, reading it never fails:
//! values that are not valid fall back to the default and add a notice.

use ecm_core::numbers::number_parser::parse_number;
use ecm_core::units::{self, Unit};
use std::cell::RefCell;

/// Longest value read from a link; longer values are ignored with a notice.
pub const MAX_VALUE_LEN: usize = 200;
/// Most parameters read from a link.
pub const MAX_PARAMS: usize = 100;

/// Decodes `%XX` escapes and `+`; broken escapes are kept as typed and
/// invalid UTF-8 is replaced, so any text decodes to something.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query string (everything but unreserved characters).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Splits a query string ("?a=1&b=2", with or without "?") into decoded pairs.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_PARAMS)
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Builds a query string ("?a=1&b=2") from pairs.
pub fn build_query(pairs: &[(String, String)]) -> String {
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect();
    if body.is_empty() {
        String::new()
    } else {
        format!("?{}", body.join("&"))
    }
}

/// The query of a link followed inside the site, with the settings the
/// visitor is using added where the link does not set them: significant
/// figures (`sig`, when not `default_sig`), a theme fixed by the link that
/// opened the page (`theme`), and embed mode (`embed=1`), so a student in an
/// embedded calculator stays embedded and keeps the teacher's theme.
pub fn carry_settings(
    query: &str,
    sig: usize,
    default_sig: usize,
    theme: Option<&str>,
    embedded: bool,
) -> String {
    let mut pairs = parse_query(query);
    let has = |pairs: &[(String, String)], key: &str| pairs.iter().any(|(k, _)| k == key);
    if sig != default_sig && !has(&pairs, "sig") {
        pairs.push(("sig".into(), sig.to_string()));
    }
    if let Some(t) = theme {
        if !has(&pairs, "theme") {
            pairs.push(("theme".into(), t.into()));
        }
    }
    if embedded && !has(&pairs, "embed") {
        pairs.push(("embed".into(), "1".into()));
    }
    let built = build_query(&pairs);
    if built.is_empty() {
        "?".into()
    } else {
        built
    }
}

/// Why a link's number cannot be used, as typing it would say (without the
/// typing examples).
fn link_reason(e: &ecm_core::numbers::number_parser::NumberError) -> String {
    use ecm_core::numbers::number_parser::NumberError;
    match e {
        NumberError::NotANumber => "it is not a number".to_string(),
        other => other.to_string(),
    }
}

/// A default as a notice names it: an option in quotes ("“Na”"), a
/// description as it is ("the visitor's own theme").
fn quoted_default(default: &str) -> String {
    if default.contains(' ') {
        default.to_string()
    } else {
        format!("“{default}”")
    }
}

/// Shortens text from a link for a notice (it is shown as text, never as HTML).
fn shown(s: &str) -> String {
    let short: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if short.chars().count() < s.chars().count() {
        format!("{short}…")
    } else {
        short
    }
}

/// A link's parameters being read by a page: each read marks its key as used
/// and adds a notice for a value it cannot use; [`LinkReader::finish`] adds
/// notices for keys no one read.
#[derive(Debug, Default)]
pub struct LinkReader {
    pairs: Vec<(String, String)>,
    used: RefCell<Vec<String>>,
    notices: RefCell<Vec<String>>,
}

impl LinkReader {
    /// Reads the pairs of `query`.
    pub fn new(query: &str) -> Self {
        LinkReader {
            pairs: parse_query(query),
            ..Default::default()
        }
    }

    /// The first value of `key`, noting repeats and over-long values.
    fn raw(&self, key: &str) -> Option<String> {
        self.used.borrow_mut().push(key.to_string());
        let mut values = self.pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let first = values.next()?;
        if values.next().is_some() {
            self.notice(format!(
                "“{key}” appears more than once in the link; the first value is used."
            ));
        }
        if first.len() > MAX_VALUE_LEN {
            self.notice(format!(
                "The link's value for “{key}” is too long and was ignored."
            ));
            return None;
        }
        Some(first.clone())
    }

    /// Adds a notice about the link (a key read elsewhere whose value
    /// cannot be used, with what is used instead).
    pub fn notice(&self, text: String) {
        self.notices.borrow_mut().push(text);
    }

    /// The text of a number field: the link's value when it is a finite
    /// number, otherwise `default` (with a notice).
    pub fn number(&self, key: &str, default: &str) -> String {
        match self.raw(key) {
            Some(v) => match parse_number(&v) {
                Ok(_) => v.trim().to_string(),
                Err(e) => {
                    // The same reason typing it gives ("too large to use" for 1e400).
                    self.notice(format!(
                        "The link's value “{}” for “{key}” cannot be used: {}; the default {default} is used.",
                        shown(&v),
                        link_reason(&e)
                    ));
                    default.to_string()
                }
            },
            None => default.to_string(),
        }
    }

    /// The text of a field that may be left empty: empty when the link
    /// gives the key with no value (`a=`), else as [`Self::number`].
    pub fn number_or_empty(&self, key: &str, default: &str) -> String {
        match self.raw(key) {
            Some(v) if v.trim().is_empty() => String::new(),
            _ => self.number(key, default),
        }
    }

    /// An optional number (a range's upper end): empty when absent or invalid.
    pub fn optional_number(&self, key: &str) -> String {
        match self.raw(key) {
            Some(v) if parse_number(&v).is_ok() => v.trim().to_string(),
            Some(v) if !v.is_empty() => {
                let reason = parse_number(&v)
                    .err()
                    .map(|e| link_reason(&e))
                    .unwrap_or_default();
                self.notice(format!(
                    "The link's value “{}” for “{key}” cannot be used: {reason}; it was ignored.",
                    shown(&v)
                ));
                String::new()
            }
            _ => String::new(),
        }
    }

    /// The index of a unit in `units`, from its symbol; `default` otherwise.
    pub fn unit(&self, key: &str, list: &'static [Unit], default: usize) -> usize {
        match self.raw(key) {
            Some(v) => match units::find(list, &v) {
                Some(u) => list
                    .iter()
                    .position(|x| x.symbol == u.symbol)
                    .unwrap_or(default),
                None => {
                    self.notice(format!(
                        "The link's unit “{}” for “{key}” is not one of {}; {} is used.",
                        shown(&v),
                        symbols(list),
                        list[default].symbol
                    ));
                    default
                }
            },
            None => default,
        }
    }

    /// One of `options` (exact match); `default` otherwise.
    pub fn choice(&self, key: &str, options: &[&str], default: &str) -> String {
        match self.raw(key) {
            Some(v) if options.contains(&v.as_str()) => v,
            Some(v) => {
                self.notice(format!(
                    "The link's value “{}” for “{key}” is not a known option; {} is used.",
                    shown(&v),
                    quoted_default(default)
                ));
                default.to_string()
            }
            None => default.to_string(),
        }
    }

    /// Free text (a filter), at most [`MAX_VALUE_LEN`] bytes; empty when absent.
    pub fn text(&self, key: &str) -> String {
        self.raw(key).unwrap_or_default()
    }

    /// A yes/no setting: "1" or "0".
    pub fn flag(&self, key: &str, default: bool) -> bool {
        match self.raw(key).as_deref() {
            Some("1") => true,
            Some("0") => false,
            Some(v) => {
                self.notice(format!(
                    "The link's value “{}” for “{key}” should be 1 or 0; it was ignored.",
                    shown(v)
                ));
                default
            }
            None => default,
        }
    }

    /// A whole number in `lo..=hi`; `default` otherwise.
    pub fn integer(&self, key: &str, lo: usize, hi: usize, default: usize) -> usize {
        match self.raw(key) {
            Some(v) => match v.trim().parse::<usize>() {
                Ok(n) if (lo..=hi).contains(&n) => n,
                _ => {
                    self.notice(format!("The link's value “{}” for “{key}” should be a whole number from {lo} to {hi}; {default} is used.", shown(&v)));
                    default
                }
            },
            None => default,
        }
    }

    /// Marks keys as read without reading them (handled elsewhere).
    pub fn allow(&self, keys: &[&str]) {
        self.used
            .borrow_mut()
            .extend(keys.iter().map(|k| k.to_string()));
    }

    /// All notices, including one for parameters that no page reads.
    pub fn finish(&self) -> Vec<String> {
        let used = self.used.borrow();
        let mut unknown: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| !used.contains(k))
            .collect();
        unknown.dedup();
        let mut notices = self.notices.borrow().clone();
        notices.dedup();
        if !unknown.is_empty() {
            let list: Vec<String> = unknown
                .iter()
                .take(5)
                .map(|k| format!("“{}”", shown(k)))
                .collect();
            let more = if unknown.len() > 5 {
                format!(" and {} more", unknown.len() - 5)
            } else {
                String::new()
            };
            notices.push(format!(
                "The link has settings this page does not use, which were ignored: {}{more}.",
                list.join(", ")
            ));
        }
        notices
    }
}

fn symbols(list: &[Unit]) -> String {
    list.iter().map(|u| u.symbol).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_core::units::VOLTAGE;

    #[test]
    fn decoding_is_tolerant() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%E2%88%9A"), "√");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        assert_eq!(
            parse_query("?a=1&&b&c=%3Cscript%3E"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "".into()),
                ("c".into(), "<script>".into())
            ]
        );
    }

    #[test]
    fn links_followed_carry_the_settings_in_use() {
        assert_eq!(
            carry_settings("?page=fracture", 4, 4, None, false),
            "?page=fracture"
        );
        assert_eq!(carry_settings("?", 4, 4, None, false), "?");
        assert_eq!(carry_settings("?", 6, 4, None, false), "?sig=6");
        assert_eq!(
            carry_settings("?page=sphere", 5, 4, Some("dark"), true),
            "?page=sphere&sig=5&theme=dark&embed=1"
        );
        // What the link itself sets wins.
        assert_eq!(
            carry_settings("?page=rod&sig=3&embed=1", 5, 4, None, true),
            "?page=rod&sig=3&embed=1"
        );
    }

    #[test]
    fn encoding_round_trips() {
        let pairs = vec![
            ("unit".to_string(), "µm".to_string()),
            ("x".to_string(), "1e-6 & <b>".to_string()),
        ];
        assert_eq!(parse_query(&build_query(&pairs)), pairs);
    }

    #[test]
    fn reader_keeps_valid_values_and_notes_the_rest() {
        let r = LinkReader::new(
            "?dphi=%3Cscript%3Ealert(1)%3C/script%3E&dphi_unit=V&metal=Na&metal=Li&zzz=1&sig=99",
        );
        assert_eq!(r.number("dphi", "100"), "100");
        assert_eq!(r.unit("dphi_unit", VOLTAGE, 0), 1);
        assert_eq!(r.choice("metal", &["Li", "Na", "K"], "Na"), "Na");
        assert_eq!(r.integer("sig", 2, 8, 4), 4);
        let notices = r.finish();
        assert_eq!(notices.len(), 4, "{notices:?}");
        assert!(notices[0].contains("not a number"));
        assert!(notices.iter().any(|n| n.contains("more than once")));
        assert!(notices.last().unwrap().contains("“zzz”"));
    }

    #[test]
    fn a_number_from_a_link_is_refused_for_the_reason_typing_it_gives() {
        let r = LinkReader::new("?flaw=1e400&x=abc&y=1%2C5");
        assert_eq!(r.number("flaw", "5"), "5");
        assert_eq!(r.number("x", "1"), "1");
        assert_eq!(r.optional_number("y"), "");
        let n = r.finish();
        assert_eq!(
            n[0],
            "The link's value “1e400” for “flaw” cannot be used: this number is too large to use; the default 5 is used."
        );
        assert!(n[1].contains("it is not a number"), "{n:?}");
        assert!(n[2].contains("decimal point"), "{n:?}");
        let t = LinkReader::new("?theme=blue");
        let _ = t.choice("theme", &["light", "dark"], "the visitor's own theme");
        assert_eq!(
            t.finish()[0],
            "The link's value “blue” for “theme” is not a known option; the visitor's own theme is used."
        );
    }

    #[test]
    fn long_values_and_non_ascii_digits_are_refused() {
        let long = format!("?x={}", "9".repeat(10_000));
        let r = LinkReader::new(&long);
        assert_eq!(r.number("x", "1"), "1");
        let r = LinkReader::new("?x=%D9%A1%D9%A2"); // Arabic-Indic digits
        assert_eq!(r.number("x", "1"), "1");
        assert_eq!(r.finish().len(), 1);
    }
}
