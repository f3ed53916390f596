//! From the bytes of an exported file to its text lines.
//!
//! Instrument software writes text in UTF-8 or in Latin-1 (Hysitron's
//! TriboScan writes `µ` as the single byte 0xB5, which is not UTF-8), with
//! `\n`, `\r\n` or bare `\r` line ends, sometimes mixed in one file
//! (docs/file-formats.md). Binary files (a `.jpk-force` zip archive, an
//! Igor `.ibw` wave, anything with NUL bytes) are recognised and refused with
//! a message saying how to export text instead.

use super::table_reader::OnePass;
use super::ImportError;
use std::borrow::Cow;

/// How the bytes were read as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8 (a leading byte-order mark is dropped).
    Utf8,
    /// Not valid UTF-8: each byte is read as its Latin-1 character.
    Latin1,
    /// UTF-16 with its byte-order mark (Excel's "Unicode Text").
    Utf16,
}

/// Text in UTF-16 with a byte-order mark (FF FE little-endian, FE FF
/// big-endian), as Excel saves "Unicode Text"; `None` without the mark.
/// An unpaired surrogate becomes U+FFFD.
fn utf16_text(bytes: &[u8]) -> Option<String> {
    let little = match bytes.get(..2)? {
        [0xFF, 0xFE] => true,
        [0xFE, 0xFF] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// A file's text, decoded: borrowed from the file's bytes when they are
/// UTF-8 (no copy of a large file), made anew from Latin-1 or UTF-16.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedText<'a> {
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The text, a leading byte-order mark dropped.
    pub text: Cow<'a, str>,
}

impl DecodedText<'_> {
    /// The text's lines (see [`split_lines`]).
    pub fn lines(&self) -> TextLines<'_> {
        TextLines {
            encoding: self.encoding,
            lines: split_lines(&self.text),
            one_pass: None,
        }
    }

    /// The text with every line end written `\n`, and no final one (a
    /// file put into a text box).
    pub fn with_newlines(&self) -> String {
        let mut text = String::with_capacity(self.text.len());
        for (i, line) in split_lines(&self.text).into_iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(line);
        }
        text
    }
}

/// A file's text, split into lines.
#[derive(Debug, Clone)]
pub struct TextLines<'a> {
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The lines without their line ends; line `i` of the file is `lines[i - 1]`.
    pub lines: Vec<&'a str>,
    /// How a table's rows of plain numbers are read in one pass, for a large
    /// file ([`super::load_data_in_one_pass`]); `None`: cell by cell.
    pub one_pass: Option<OnePass>,
}

/// Decodes `bytes`: UTF-16 with its byte-order mark, else UTF-8, else
/// Latin-1. Refuses binary files, naming what they look like and how to get
/// text from the instrument's software. [`DecodedText::lines`] splits the
/// text into lines.
pub fn decode_text<'a>(file_name: &str, bytes: &'a [u8]) -> Result<DecodedText<'a>, ImportError> {
    decode_text_with(file_name, bytes, latin1_text)
}

/// [`decode_text`], with `latin1` to turn the bytes of a Latin-1 file into
/// text: [`latin1_in_runs`] for a large file.
pub fn decode_text_with<'a>(
    file_name: &str,
    bytes: &'a [u8],
    latin1: fn(&[u8]) -> String,
) -> Result<DecodedText<'a>, ImportError> {
    if let Some(text) = utf16_text(bytes) {
        return Ok(DecodedText {
            encoding: Encoding::Utf16,
            text: Cow::Owned(text),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ImportError::file(file_name, kind));
    }
    Ok(match std::str::from_utf8(bytes).ok() {
        Some(t) => DecodedText {
            encoding: Encoding::Utf8,
            text: Cow::Borrowed(t.strip_prefix('\u{feff}').unwrap_or(t)),
        },
        None => DecodedText {
            encoding: Encoding::Latin1,
            text: Cow::Owned(latin1(bytes)),
        },
    })
}

/// Each byte as its Latin-1 character.
pub fn latin1_text(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// [`latin1_text`] for a large file: runs of ASCII, most of a data file, are
/// copied whole, and only the other bytes become two-byte characters; three
/// times faster in WebAssembly, for more code.
pub fn latin1_in_runs(bytes: &[u8]) -> String {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let mut text = String::with_capacity(bytes.len() + high);
    let mut rest = bytes;
    loop {
        let end = rest.iter().position(|&b| b >= 0x80).unwrap_or(rest.len());
        if let Ok(ascii) = std::str::from_utf8(&rest[..end]) {
            text.push_str(ascii);
        }
        let Some(&b) = rest.get(end) else {
            return text;
        };
        text.push(char::from(b));
        rest = &rest[end + 1..];
    }
}

/// Splits at `\r\n`, `\n` and bare `\r`; a final line end adds no empty line.
pub fn split_lines(text: &str) -> Vec<&str> {
    // Room for a line every 16 bytes (a large table's rows are longer), so
    // that the list of a large file's lines is never moved to a larger one.
    let mut lines = Vec::with_capacity(text.len() / 16 + 1);
    let mut start = 0;
    // `get`, not indexing: a line ends at an ASCII byte, so each range is
    // whole characters, and a page that reads files then links no string
    // slicing panic (its message code is about 4–5.5 KiB of a module,
    // gzipped).
    while let Some((end, next)) = line_end(text.as_bytes(), start) {
        lines.push(text.get(start..end).unwrap_or_default());
        start = next;
    }
    if start < text.len() {
        lines.push(text.get(start..).unwrap_or_default());
    }
    lines
}

/// Where the line that starts at `from` ends, and where the next one starts;
/// `None` when no line end follows. A function of its own, called once a
/// line: a WebAssembly engine compiles a function called often with its
/// optimising compiler, while one long loop may run to its end in the
/// engine's first, quick translation.
#[inline(never)]
fn line_end(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            // Nearly every byte: one comparison.
            c if c > b'\r' => i += 1,
            b'\n' => return Some((i, i + 1)),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => return Some((i, i + 2)),
            b'\r' => return Some((i, i + 1)),
            _ => i += 1,
        }
    }
    None
}

/// What a binary file looks like, with how to export text from it; `None`
/// for text.
fn binary_kind(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(
            "this is a zip archive (a JPK .jpk-force or .jpk-qi-data file is one), not text. \
             In JPK Data Processing, open the curve and use Export → \"Text export\" (.txt), then open that file."
                .to_string(),
        );
    }
    // Igor Pro binary waves start with a version number 1, 2, 3 or 5 as a
    // 16-bit integer in either byte order.
    let igor = matches!(
        bytes.get(..2),
        Some([1 | 2 | 3 | 5, 0] | [0, 1 | 2 | 3 | 5])
    );
    let nul = bytes.iter().take(65_536).position(|&b| b == 0)?;
    let what = if igor {
        "this looks like an Igor binary wave (.ibw, as Asylum/Oxford AFMs save curves), not text. \
         Export the wave as delimited text (Igor: Data → Save Waves → Save Delimited Text), then open that file."
    } else {
        "this is a binary file, not text. Export the curve from the instrument's software as text \
         (.txt or .csv), then open that file."
    };
    Some(format!("{what} (a NUL byte at byte {}).", nul + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_unicode_text_is_utf16_with_its_mark() {
        // "Weg (µm)\tKraft\r\n1,5\t2\r\n" as Excel's "Unicode Text": FF FE, then
        // little-endian UTF-16.
        let text = "Weg (µm)\tKraft\r\n1,5\t2\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        for bytes in [le, be] {
            let t = decode_text("u.txt", &bytes).unwrap();
            assert_eq!(t.encoding, Encoding::Utf16);
            assert_eq!(t.lines().lines, ["Weg (µm)\tKraft", "1,5\t2"]);
        }
    }

    #[test]
    fn mixed_line_ends_give_one_line_each() {
        // TriboScan (TI 990): "\n\n\r" after the date, then rows ending in a bare "\r".
        let lines = split_lines("Mon Apr 29\n\n\rNumber of Points = 2\r1\t2\r3\t4\r");
        assert_eq!(
            lines,
            ["Mon Apr 29", "", "", "Number of Points = 2", "1\t2", "3\t4"]
        );
        assert_eq!(split_lines("a\r\nb\nc"), ["a", "b", "c"]);
        assert_eq!(split_lines("µm\r\nσ ε\n°C"), ["µm", "σ ε", "°C"]);
        assert_eq!(split_lines(""), Vec::<String>::new());
        assert_eq!(split_lines("\r\r\n\na\r"), ["", "", "", "a"]);
        let d = decode_text("t.txt", b"a\r\nb\rc\n").unwrap();
        assert_eq!(d.with_newlines(), "a\nb\nc");
        assert_eq!(split_lines("\t1\r\n2 \n3"), ["\t1", "2 ", "3"]);
    }

    #[test]
    fn latin1_micro_sign_is_read_as_micro() {
        let bytes = b"Depth (nm)\tLoad (\xb5N)\n";
        let t = decode_text("a.txt", bytes).unwrap();
        assert_eq!(t.encoding, Encoding::Latin1);
        assert_eq!(t.lines().lines, ["Depth (nm)\tLoad (\u{b5}N)"]);
        let t = decode_text("b.txt", "\u{feff}Load (µN)".as_bytes()).unwrap();
        assert_eq!(t.encoding, Encoding::Utf8);
        assert_eq!(t.lines().lines, ["Load (µN)"]);
        // Every byte from 0x80 up is one character, wherever it stands.
        let all: Vec<u8> = (1..=255u8).chain(b"ab\xb5".iter().copied()).collect();
        let t = decode_text_with("c.txt", &all, latin1_in_runs).unwrap();
        assert_eq!(t.encoding, Encoding::Latin1);
        assert_eq!(t.text, latin1_text(&all));
        assert_eq!(latin1_in_runs(b"\xb5"), "\u{b5}");
        assert_eq!(latin1_in_runs(b""), "");
    }

    #[test]
    fn binary_files_are_named_with_the_way_out() {
        let zip = decode_text("curve.jpk-force", b"PK\x03\x04\x14\0\0\0").unwrap_err();
        let text = zip.to_string();
        assert!(
            text.starts_with("curve.jpk-force: this is a zip archive"),
            "{text}"
        );
        assert!(text.contains("Text export"), "{text}");
        let ibw = decode_text("wave.ibw", &[5, 0, 0, 0, 7, 1])
            .unwrap_err()
            .to_string();
        assert!(ibw.contains("Igor binary wave"), "{ibw}");
        assert!(ibw.contains("at byte 2"), "{ibw}");
        let other = decode_text("x.bin", b"abc\0def").unwrap_err().to_string();
        assert!(other.contains("binary file"), "{other}");
        assert!(other.contains("at byte 4"), "{other}");
    }
}
