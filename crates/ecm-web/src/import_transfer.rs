//! An import passed between the page and its import worker: the worker
//! reads a large file off the main thread (`crates/ecm-import-worker`) and posts
//! the result as a plain JavaScript object whose columns are `Float64Array`s
//! (their buffers transferred, not copied); the page turns it back into an
//! `Import`.

use ecm_core::import::column_header::{unit_from_symbol, ColumnHeader, Role};
use ecm_core::import::text_decoding::Encoding;
use ecm_core::import::{known_format, Column, Import, ImportError, Segment};
use js_sys::{Array, Float64Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn set(o: &Object, key: &str, v: impl Into<JsValue>) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &v.into());
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(o: &JsValue, key: &str) -> String {
    get(o, key).as_string().unwrap_or_default()
}

fn strings(items: impl IntoIterator<Item = String>) -> Array {
    items.into_iter().map(|s| JsValue::from_str(&s)).collect()
}

/// The object to post, and the buffers to transfer with it.
pub fn encode(result: Result<Import, ImportError>) -> (Object, Array) {
    let o = Object::new();
    let transfer = Array::new();
    match result {
        Err(e) => {
            set(&o, "error", e.message.as_str());
            set(&o, "file", e.file.as_str());
            set(&o, "line", e.line as f64);
            set(&o, "column", e.column as f64);
        }
        Ok(i) => {
            set(&o, "format", i.format);
            set(&o, "latin1", i.encoding == Encoding::Latin1);
            set(&o, "utf16", i.encoding == Encoding::Utf16);
            let columns = Array::new();
            for c in &i.columns {
                let col = Object::new();
                set(&col, "label", c.header.label.as_str());
                if let Some(u) = c.header.unit {
                    set(&col, "unit", u.symbol);
                }
                if let Some(r) = c.header.role {
                    set(&col, "role", r.key());
                }
                let values = Float64Array::from(&c.values[..]);
                transfer.push(&values.buffer());
                set(&col, "values", values);
                columns.push(&col);
            }
            set(&o, "columns", columns);
            let segments: Array = i
                .segments
                .iter()
                .map(|s| {
                    let a = Array::new();
                    a.push(&JsValue::from_str(&s.name));
                    a.push(&JsValue::from_f64(s.rows.start as f64));
                    a.push(&JsValue::from_f64(s.rows.end as f64));
                    JsValue::from(a)
                })
                .collect();
            set(&o, "segments", segments);
            let metadata: Array = i
                .metadata
                .iter()
                .map(|(k, v)| JsValue::from(strings([k.clone(), v.clone()])))
                .collect();
            set(&o, "metadata", metadata);
            set(&o, "warnings", strings(i.warnings));
        }
    }
    (o, transfer)
}

/// The import an object posted by [`encode`] holds.
pub fn decode(o: &JsValue, file: &str) -> Result<Import, ImportError> {
    if !get(o, "error").is_undefined() {
        let n = |k: &str| get(o, k).as_f64().unwrap_or(0.0) as usize;
        return Err(ImportError::at(
            file,
            n("line"),
            n("column"),
            text(o, "error"),
        ));
    }
    let broken = || {
        ImportError::file(file, "the import worker sent back something unreadable; reload the page and open the file again.")
    };
    let format = known_format(&text(o, "format")).ok_or_else(broken)?;
    let array = |k: &str| get(o, k).dyn_into::<Array>().map_err(|_| broken());
    let columns = array("columns")?
        .iter()
        .map(|c| {
            let values = get(&c, "values")
                .dyn_into::<Float64Array>()
                .map_err(|_| broken())?
                .to_vec();
            let header = ColumnHeader {
                label: text(&c, "label"),
                unit: unit_from_symbol(&text(&c, "unit")),
                role: Role::from_key(&text(&c, "role")),
            };
            Ok(Column { header, values })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let segments = array("segments")?
        .iter()
        .map(|s| {
            let n = |i: u32| {
                Reflect::get_u32(&s, i)
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0) as usize
            };
            let name = Reflect::get_u32(&s, 0)
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            Segment {
                name,
                rows: n(1)..n(2),
            }
        })
        .collect();
    let pair = |v: JsValue| {
        let s = |i| {
            Reflect::get_u32(&v, i)
                .ok()
                .and_then(|x| x.as_string())
                .unwrap_or_default()
        };
        (s(0), s(1))
    };
    Ok(Import {
        format,
        encoding: if get(o, "latin1").as_bool() == Some(true) {
            Encoding::Latin1
        } else if get(o, "utf16").as_bool() == Some(true) {
            Encoding::Utf16
        } else {
            Encoding::Utf8
        },
        columns,
        segments,
        metadata: array("metadata")?.iter().map(pair).collect(),
        warnings: array("warnings")?
            .iter()
            .filter_map(|w| w.as_string())
            .collect(),
    })
}
