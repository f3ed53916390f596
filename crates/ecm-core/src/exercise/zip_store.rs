//! A minimal zip writer: files stored uncompressed with their CRC-32, as
//! PKWARE's APPNOTE.TXT (version 6.3.10, sections 4.3 and 4.4) describes,
//! with UTF-8 names and a fixed date (1980-01-01) so the same files give
//! the same bytes. Enough for an IMS content package of a few megabytes.

/// CRC-32 (ISO-HDLC: polynomial 0xEDB88320 reflected, initial and final
/// value 0xFFFFFFFF), as zip records it.
///
/// ```
/// use ecm_core::exercise::zip_store::crc32;
/// assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
/// assert_eq!(crc32(b""), 0);
/// ```
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc = TABLE[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

const TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// DOS date of 1980-01-01: day 1, month 1, year 0.
const DATE: u16 = (1 << 5) | 1;
/// Version needed to extract a stored file: 1.0.
const VERSION: u16 = 10;
/// General-purpose flag bit 11: the name is UTF-8.
const UTF8: u16 = 1 << 11;

/// A zip archive holding `files` (name, bytes) stored uncompressed, in the
/// order given. Names must be non-empty, relative, with `/` separators and
/// distinct; an archive past the classic zip limits (65 535 files, 4 GiB)
/// is an error.
///
/// ```
/// use ecm_core::exercise::zip_store::zip_store;
/// let zip = zip_store(&[("a.txt", b"hello".as_slice())]).unwrap();
/// assert_eq!(&zip[..4], b"PK\x03\x04");
/// ```
pub fn zip_store(files: &[(&str, &[u8])]) -> Result<Vec<u8>, String> {
    if files.len() > usize::from(u16::MAX) {
        return Err("too many files for a zip archive (at most 65 535)".into());
    }
    let total: usize = files.iter().map(|(n, d)| 2 * n.len() + d.len() + 92).sum();
    if total > u32::MAX as usize {
        return Err("the files are too large for a zip archive (at most 4 GiB)".into());
    }
    for (i, (name, _)) in files.iter().enumerate() {
        let bad = name.is_empty()
            || name.starts_with('/')
            || name.contains('\\')
            || name.split('/').any(|part| part == "..")
            || name.len() > usize::from(u16::MAX);
        if bad {
            return Err(format!("“{name}” cannot be a file name in a zip archive"));
        }
        if files[..i].iter().any(|(other, _)| other == name) {
            return Err(format!("“{name}” is twice in the archive"));
        }
    }
    let mut out = Vec::with_capacity(total + 22);
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let (size, name_len) = (data.len() as u32, name.len() as u16);
        put32(&mut out, 0x0403_4B50);
        put16(&mut out, VERSION);
        put16(&mut out, UTF8);
        put16(&mut out, 0); // stored
        put16(&mut out, 0); // time 00:00
        put16(&mut out, DATE);
        put32(&mut out, crc);
        put32(&mut out, size);
        put32(&mut out, size);
        put16(&mut out, name_len);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        put32(&mut central, 0x0201_4B50);
        put16(&mut central, VERSION); // made by: MS-DOS, 1.0
        put16(&mut central, VERSION);
        put16(&mut central, UTF8);
        put16(&mut central, 0);
        put16(&mut central, 0);
        put16(&mut central, DATE);
        put32(&mut central, crc);
        put32(&mut central, size);
        put32(&mut central, size);
        put16(&mut central, name_len);
        put16(&mut central, 0); // extra
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    let central_size = central.len() as u32;
    out.extend_from_slice(&central);
    let count = files.len() as u16;
    put32(&mut out, 0x0605_4B50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_sizes_offsets_and_the_end() {
        let zip = zip_store(&[("a.txt", b"abc".as_slice()), ("d/b.xml", b"<x/>")]).unwrap();
        // Local header 30 + 5 + 3, then 30 + 7 + 4; central 46 + 5, 46 + 7; end 22.
        assert_eq!(zip.len(), 38 + 41 + 51 + 53 + 22);
        let end = &zip[zip.len() - 22..];
        assert_eq!(&end[..4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        assert_eq!(u32::from_le_bytes([end[16], end[17], end[18], end[19]]), 79);
        assert_eq!(&zip[14..18], &crc32(b"abc").to_le_bytes());
    }

    #[test]
    fn refuses_bad_names() {
        for name in ["", "/abs", "a/../b", "a\\b"] {
            assert!(zip_store(&[(name, b"".as_slice())]).is_err(), "{name}");
        }
        assert!(zip_store(&[("a", b"".as_slice()), ("a", b"")]).is_err());
        assert_eq!(zip_store(&[]).unwrap().len(), 22);
    }
}
