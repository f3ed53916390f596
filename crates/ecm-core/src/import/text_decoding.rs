//! From the bytes of an exported file to its text lines.
//!
//! Instrument software writes text in UTF-8 or in Latin-1 (Hysitron's
//! TriboScan writes `µ` as the single byte 0xB5, which is not UTF-8), with
//! `\n`, `\r\n` or bare `\r` line ends, sometimes mixed in one file
//! (docs/file-formats.md). Binary files (a `.jpk-force` zip archive, an
//! Igor `.ibw` wave, anything with NUL bytes) are recognised and refused with
//! a message saying how to export text instead.

use super::ImportError;

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

/// A file's text, split into lines.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLines {
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The lines without their line ends; line `i` of the file is `lines[i - 1]`.
    pub lines: Vec<String>,
}

/// Decodes `bytes` (UTF-8, else Latin-1) and splits them into lines at
/// `\r\n`, `\n` or a bare `\r`. Refuses binary files, naming what they look
/// like and how to get text from the instrument's software.
pub fn decode_lines(file_name: &str, bytes: &[u8]) -> Result<TextLines, ImportError> {
    if let Some(text) = utf16_text(bytes) {
        return Ok(TextLines {
            encoding: Encoding::Utf16,
            lines: split_lines(&text),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ImportError::file(file_name, kind));
    }
    let (encoding, text) = match std::str::from_utf8(bytes) {
        Ok(t) => (
            Encoding::Utf8,
            t.strip_prefix('\u{feff}').unwrap_or(t).to_string(),
        ),
        Err(_) => (
            Encoding::Latin1,
            bytes.iter().map(|&b| char::from(b)).collect(),
        ),
    };
    Ok(TextLines {
        encoding,
        lines: split_lines(&text),
    })
}

/// Splits at `\r\n`, `\n` and bare `\r`; a final line end adds no empty line.
pub fn split_lines(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                lines.push(text[start..i].to_string());
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            b'\n' => {
                lines.push(text[start..i].to_string());
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push(text[start..].to_string());
    }
    lines
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
            let t = decode_lines("u.txt", &bytes).unwrap();
            assert_eq!(t.encoding, Encoding::Utf16);
            assert_eq!(t.lines, ["Weg (µm)\tKraft", "1,5\t2"]);
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
        assert_eq!(split_lines(""), Vec::<String>::new());
    }

    #[test]
    fn latin1_micro_sign_is_read_as_micro() {
        let bytes = b"Depth (nm)\tLoad (\xb5N)\n";
        let t = decode_lines("a.txt", bytes).unwrap();
        assert_eq!(t.encoding, Encoding::Latin1);
        assert_eq!(t.lines, ["Depth (nm)\tLoad (\u{b5}N)"]);
        let t = decode_lines("b.txt", "\u{feff}Load (µN)".as_bytes()).unwrap();
        assert_eq!(t.encoding, Encoding::Utf8);
        assert_eq!(t.lines, ["Load (µN)"]);
    }

    #[test]
    fn binary_files_are_named_with_the_way_out() {
        let zip = decode_lines("curve.jpk-force", b"PK\x03\x04\x14\0\0\0").unwrap_err();
        let text = zip.to_string();
        assert!(
            text.starts_with("curve.jpk-force: this is a zip archive"),
            "{text}"
        );
        assert!(text.contains("Text export"), "{text}");
        let ibw = decode_lines("wave.ibw", &[5, 0, 0, 0, 7, 1])
            .unwrap_err()
            .to_string();
        assert!(ibw.contains("Igor binary wave"), "{ibw}");
        assert!(ibw.contains("at byte 2"), "{ibw}");
        let other = decode_lines("x.bin", b"abc\0def").unwrap_err().to_string();
        assert!(other.contains("binary file"), "{other}");
        assert!(other.contains("at byte 4"), "{other}");
    }
}
