//! The four exports of every exercise in the catalog
//! (`exercise::catalog::CATALOG`) read back: the QTI 2.1 zip opened by an
//! independent reader with its own CRC-32, every XML file checked
//! well-formed, and each format's answers compared with the variants'. With
//! `EXERCISE_EXPORTS_DIR` set, each exercise's files are also written to a
//! subdirectory named `<page>-<ask>` (with `variants.csv`) for
//! tests/exports/check_exports.py.

use ecm_core::exercise::blackboard::blackboard_tsv;
use ecm_core::exercise::catalog::{Exercisable, CATALOG};
use ecm_core::exercise::moodle_xml::moodle_xml;
use ecm_core::exercise::problem::Problem;
use ecm_core::exercise::qti12::{qti12, qti12_package};
use ecm_core::exercise::qti21::qti21_package;
use ecm_core::exercise::stress_problem::{stress_problem, stress_ranges};
use ecm_core::exercise::tolerance::DEFAULT;
use ecm_core::exercise::variants::{draw, InputRange, Variant};
use ecm_core::models::electrochemical_stress::stress_from_overpotential;

fn problem() -> Problem {
    stress_problem(DEFAULT)
}

fn ranges() -> [InputRange; 2] {
    stress_ranges()
}

fn compute(v: &[f64]) -> Option<f64> {
    stress_from_overpotential(v.first()? * 1e-3, v.get(1)? * 1e-6).ok()
}

fn variants() -> Vec<Variant> {
    draw(20, 2020, &ranges(), &compute)
        .expect("the ranges have answers")
        .variants
}

/// CRC-32 bit by bit, independent of the table-driven writer.
fn crc32_bitwise(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn u16_at(b: &[u8], i: usize) -> usize {
    usize::from(u16::from_le_bytes([b[i], b[i + 1]]))
}

fn u32_at(b: &[u8], i: usize) -> usize {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize
}

/// Reads a stored zip through its central directory: (name, bytes) per file.
fn read_zip(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let end = zip.len() - 22;
    assert_eq!(
        &zip[end..end + 4],
        b"PK\x05\x06",
        "end of central directory"
    );
    let count = u16_at(zip, end + 10);
    let mut at = u32_at(zip, end + 16);
    let mut files = Vec::new();
    for _ in 0..count {
        assert_eq!(&zip[at..at + 4], b"PK\x01\x02", "central header");
        assert_eq!(u16_at(zip, at + 10), 0, "stored");
        let crc = u32_at(zip, at + 16) as u32;
        let size = u32_at(zip, at + 20);
        let name_len = u16_at(zip, at + 28);
        let local = u32_at(zip, at + 42);
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
        assert_eq!(
            &zip[local..local + 4],
            b"PK\x03\x04",
            "local header of {name}"
        );
        assert_eq!(u32_at(zip, local + 14) as u32, crc);
        let start = local + 30 + u16_at(zip, local + 26) + u16_at(zip, local + 28);
        let data = zip[start..start + size].to_vec();
        assert_eq!(crc32_bitwise(&data), crc, "CRC of {name}");
        files.push((name, data));
        at += 46 + name_len + u16_at(zip, at + 30) + u16_at(zip, at + 32);
    }
    files
}

/// A small well-formedness check: tags nest and close, attributes are
/// quoted, entities are the five of XML or numeric, no stray `<` or `&`.
fn assert_well_formed(xml: &str) {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("XML declaration");
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find(['<', '&']) {
        let text_before = &rest[..open];
        assert!(!text_before.contains('>'), "stray > in {text_before:?}");
        rest = &rest[open..];
        if rest.starts_with('&') {
            let semi = rest.find(';').expect("entity ends");
            let name = &rest[1..semi];
            let known = ["amp", "lt", "gt", "quot", "apos"].contains(&name)
                || name
                    .strip_prefix('#')
                    .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
            assert!(known, "entity &{name};");
            rest = &rest[semi + 1..];
            continue;
        }
        let close = rest.find('>').expect("tag ends");
        let tag = &rest[1..close];
        assert!(!tag.contains('<'), "< inside tag {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name.trim()), "closing tag");
        } else {
            let self_closing = tag.ends_with('/');
            let inner = tag.trim_end_matches('/');
            let name = inner.split_whitespace().next().expect("tag name");
            assert_eq!(
                inner.matches('"').count() % 2,
                0,
                "attributes quoted in {tag}"
            );
            if !self_closing {
                stack.push(name);
            }
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(rest.trim().is_empty());
}

/// The numbers between `<tag>` and `</tag>`, in order.
fn values(xml: &str, open: &str, close: &str) -> Vec<f64> {
    xml.split(open)
        .skip(1)
        .map(|s| s.split(close).next().unwrap().trim().parse().unwrap())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1e-300)
}

/// The variants of one catalog entry: 20 drawn with seed 2020.
fn entry_variants(e: &Exercisable) -> Vec<Variant> {
    draw(20, 2020, &(e.ranges)(), &e.answer)
        .expect("the ranges have answers")
        .variants
}

#[test]
fn every_export_of_every_exercise_carries_the_same_answers() {
    assert!(CATALOG.len() >= 2);
    for e in CATALOG {
        let name = format!("{}-{}", e.page, e.ask);
        let p = (e.problem)(DEFAULT);
        let vs = entry_variants(e);
        assert_eq!(vs.len(), 20, "{name}");
        let n = p.inputs.len();
        let answers: Vec<f64> = vs.iter().map(|v| p.answer_shown(v)).collect();

        let moodle = moodle_xml(&p, &vs).unwrap();
        assert_well_formed(&moodle);
        assert_eq!(moodle.matches("<dataset_definition>").count(), n, "{name}");
        assert_eq!(moodle.matches("<dataset_item>").count(), 20 * n, "{name}");
        assert!(moodle.contains("<tolerance>0.02</tolerance>"));
        assert!(moodle.contains("<tolerancetype>1</tolerancetype>"));
        for q in &p.inputs {
            let tag = format!("<name><text>{}</text></name>", q.key);
            assert!(moodle.contains(&tag), "{name}: {tag}");
        }
        assert!(moodle.contains("{=") && !moodle.contains('^'), "{name}");
        // The first dataset's items are the first input's values.
        let first = values(&moodle, "<value>", "</value>");
        for (v, d) in vs.iter().zip(&first) {
            assert_eq!(v.inputs[0], *d, "{name}");
        }

        let zip = qti21_package(&p, &vs).unwrap();
        let files = read_zip(&zip);
        assert_eq!(files.len(), 21, "{name}");
        assert_eq!(files[0].0, "imsmanifest.xml");
        let manifest = String::from_utf8(files[0].1.clone()).unwrap();
        assert_well_formed(&manifest);
        assert_eq!(manifest.matches("type=\"imsqti_item_xmlv2p1\"").count(), 20);
        for (i, (file, data)) in files[1..].iter().enumerate() {
            assert_eq!(file, &format!("item-{:03}.xml", i + 1));
            let item = String::from_utf8(data.clone()).unwrap();
            assert_well_formed(&item);
            let correct = values(&item, "<value>", "</value>")[0];
            assert!(
                close(correct, answers[i]),
                "{name}: {correct} vs {}",
                answers[i]
            );
            let bounds = values(&item, "<baseValue baseType=\"float\">", "</baseValue>");
            let (lo, hi) = (bounds[0], bounds[1]);
            assert!(lo < correct && correct < hi, "{name}");
            assert!(close(hi - correct, 0.02 * correct) && close(correct - lo, 0.02 * correct));
            assert!(item.contains("<modalFeedback"));
        }

        let canvas = qti12(&p, &vs).unwrap();
        assert_well_formed(&canvas);
        assert_eq!(canvas.matches("<var_set ").count(), 20, "{name}");
        assert!(canvas.contains("<answer_tolerance>2%</answer_tolerance>"));
        for q in &p.inputs {
            assert!(
                canvas.contains(&format!("[{}]", q.key)),
                "{name}: [{}]",
                q.key
            );
        }
        // Every [name] Canvas would fill in is a declared variable.
        for part in canvas.split('[').skip(1) {
            if let Some((var, _)) = part.split_once(']') {
                if !var.is_empty() && var.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    assert!(
                        p.inputs.iter().any(|q| q.key == var),
                        "{name}: [{var}] in the Canvas file is not a variable"
                    );
                }
            }
        }
        let canvas_answers = values(&canvas, "<answer>", "</answer>");
        assert_eq!(canvas_answers.len(), 20, "{name}");
        for (a, b) in canvas_answers.iter().zip(&answers) {
            assert!(close(*a, *b), "{name}: {a} vs {b}");
        }
        let package = read_zip(&qti12_package(&p, &vs).unwrap());
        assert_eq!(package.len(), 2);
        assert_eq!(package[1].1, canvas.as_bytes());

        let bb = blackboard_tsv(&p, &vs).unwrap();
        let lines: Vec<&str> = bb.lines().collect();
        assert_eq!(lines.len(), 20, "{name}");
        for (line, answer) in lines.iter().zip(&answers) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{line}");
            assert_eq!(fields[0], "NUM");
            let (a, t): (f64, f64) = (fields[2].parse().unwrap(), fields[3].parse().unwrap());
            // The tolerance is written to 12 figures.
            assert!(
                close(a, *answer) && (t / (0.02 * answer) - 1.0).abs() < 1e-11,
                "{name}: {line}"
            );
            // No binary noise in the tolerance: at most 12 figures.
            let figures = fields[3]
                .split(['e', 'E'])
                .next()
                .unwrap()
                .trim_start_matches(['0', '.'])
                .replace('.', "");
            assert!(figures.len() <= 12, "{name}: tolerance {}", fields[3]);
        }

        if let Some(root) = std::env::var_os("EXERCISE_EXPORTS_DIR") {
            let dir = std::path::PathBuf::from(root).join(&name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("moodle.xml"), &moodle).unwrap();
            std::fs::write(dir.join("qti21.zip"), &zip).unwrap();
            std::fs::write(dir.join("qti12.xml"), &canvas).unwrap();
            std::fs::write(dir.join("qti12.zip"), qti12_package(&p, &vs).unwrap()).unwrap();
            std::fs::write(dir.join("blackboard.txt"), &bb).unwrap();
            let keys: Vec<&str> = p.inputs.iter().map(|q| q.key).collect();
            let mut csv = format!("{},answer\n", keys.join(","));
            for (v, a) in vs.iter().zip(&answers) {
                for x in &v.inputs {
                    csv.push_str(&format!("{x:?},"));
                }
                csv.push_str(&format!("{a:?}\n"));
            }
            std::fs::write(dir.join("variants.csv"), csv).unwrap();
        }
    }
}

#[test]
fn exports_refuse_what_they_cannot_write() {
    let p = problem();
    let vs = variants();
    for bad in [
        Problem {
            moodle_formula: "{dphi}^2".into(),
            ..problem()
        },
        Problem {
            moodle_formula: "{x}*2".into(),
            ..problem()
        },
    ] {
        assert!(moodle_xml(&bad, &vs).is_err());
        assert!(qti12(&bad, &vs).is_err());
    }
    assert!(moodle_xml(&p, &[]).is_err());
    assert!(qti21_package(&p, &[]).is_err());
    assert!(blackboard_tsv(
        &p,
        &[Variant {
            inputs: vec![1.0],
            answer_si: 1.0
        }]
    )
    .is_err());
    assert!(blackboard_tsv(
        &p,
        &[Variant {
            inputs: vec![1.0, 2.0],
            answer_si: f64::NAN
        }]
    )
    .is_err());
}

/// Prints the time to draw 1 000 variants and build the four exports (a
/// figure, not a check: `scripts/bench` runs it with
/// `cargo test --release -p ecm-core --test exercise_exports -- --ignored --nocapture`).
#[test]
#[ignore]
fn a_thousand_variants_drawn_and_exported() {
    let p = problem();
    let start = std::time::Instant::now();
    let vs = draw(1000, 1, &ranges(), &compute).unwrap().variants;
    let drawn = start.elapsed();
    let sizes = [
        moodle_xml(&p, &vs).unwrap().len(),
        qti21_package(&p, &vs).unwrap().len(),
        qti12(&p, &vs).unwrap().len(),
        blackboard_tsv(&p, &vs).unwrap().len(),
    ];
    let total = start.elapsed();
    println!("1000 variants: drawn in {drawn:?}, drawn and exported in {total:?}; bytes {sizes:?}");
    assert_eq!(vs.len(), 1000);
}
