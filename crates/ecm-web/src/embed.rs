//! Embed mode (`?embed=1`): one calculator alone in an iframe of a course
//! page. The page reports its content height to the host with `postMessage`
//! so the host can size the iframe without inner scroll bars:
//!
//! - `{ "type": "ecm-calc:resize", "height": <CSS px>, "page": "<page key>" }`,
//!   the generic message (the README's snippet listens for it);
//! - `{ "subject": "lti.frameResize", "height": <CSS px> }`, the message
//!   Canvas LMS understands.
//!
//! Messages go to any origin (`"*"`): they carry only a height and a page name.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `type` of the generic resize message.
pub const RESIZE_MESSAGE: &str = "ecm-calc:resize";

/// Whether the link asks for embed mode.
pub fn requested(query: &str) -> bool {
    crate::url_state::parse_query(query)
        .iter()
        .any(|(k, v)| k == "embed" && v == "1")
}

/// The link `href` with `embed=1` (added once).
pub fn embed_link(href: &str) -> String {
    let (base, hash) = href.split_once('#').map_or((href, ""), |(b, h)| (b, h));
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    if requested(query) {
        return href.to_string();
    }
    let query = if query.is_empty() {
        "embed=1".to_string()
    } else {
        format!("{query}&embed=1")
    };
    let hash = if hash.is_empty() {
        String::new()
    } else {
        format!("#{hash}")
    };
    format!("{path}?{query}{hash}")
}

/// The link `href` with its query's pairs changed by `change`; path and
/// fragment kept.
fn rewrite_query(href: &str, change: impl FnOnce(&mut Vec<(String, String)>)) -> String {
    let (base, hash) = href.split_once('#').map_or((href, ""), |(b, h)| (b, h));
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let mut pairs = crate::url_state::parse_query(query);
    change(&mut pairs);
    let query = crate::url_state::build_query(&pairs);
    let hash = if hash.is_empty() {
        String::new()
    } else {
        format!("#{hash}")
    };
    format!("{path}{query}{hash}")
}

/// The link `href` without `embed`: the same state on the full page.
pub fn full_page_link(href: &str) -> String {
    rewrite_query(href, |pairs| pairs.retain(|(k, _)| k != "embed"))
}

/// The link `href` with its `theme` set to `theme` ("light" or "dark"), or
/// without one (`None`: the visitor's own setting).
pub fn with_theme(href: &str, theme: Option<&str>) -> String {
    rewrite_query(href, |pairs| {
        pairs.retain(|(k, _)| k != "theme");
        if let Some(t) = theme {
            pairs.push(("theme".to_string(), t.to_string()));
        }
    })
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// HTML to paste into a course page: the iframe for `href` (embed mode added,
/// and `theme` when the teacher chose one) and a short script that sets its
/// height from the resize messages.
pub fn embed_code(href: &str, title: &str, height: u32, theme: Option<&str>) -> String {
    format!(
        concat!(
            "<iframe src=\"{src}\" title=\"{title}\" data-ecm-calc width=\"100%\" height=\"{height}\" ",
            "style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n",
            "<script>addEventListener(\"message\",function(e){{var d=e.data;",
            "if(!d||d.type!==\"{msg}\"||typeof d.height!==\"number\")return;",
            "document.querySelectorAll(\"iframe[data-ecm-calc]\").forEach(function(f){{",
            "if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\"}})}});</script>"
        ),
        src = attribute(&embed_link(&with_theme(href, theme))),
        title = attribute(title),
        height = height,
        msg = RESIZE_MESSAGE,
    )
}

/// Height of the page's content in CSS pixels.
pub fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map(|b| b.get_bounding_client_rect().height().ceil() as u32)
        .unwrap_or(0)
}

fn post(height: u32, page: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let generic = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&generic, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&generic, &"height".into(), &height.into());
    let _ = js_sys::Reflect::set(&generic, &"page".into(), &page.into());
    let _ = parent.post_message(&generic, "*");
    let canvas = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&canvas, &"subject".into(), &"lti.frameResize".into());
    let _ = js_sys::Reflect::set(&canvas, &"height".into(), &height.into());
    let _ = parent.post_message(&canvas, "*");
}

/// Marks the document as embedded and reports its height to the host
/// whenever it changes (a ResizeObserver on the body); `page` gives the
/// page's key, empty when there is none to report.
pub fn start(page: impl Fn() -> String + 'static) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.class_list().add_1("embed");
    }
    let Some(body) = doc.body() else { return };
    let last = std::cell::Cell::new(0u32);
    let report = Closure::<dyn FnMut()>::new(move || {
        let h = content_height();
        let page = page();
        // No page: the module has handed the page over to another.
        if h != last.get() && h > 0 && !page.is_empty() {
            last.set(h);
            post(h, &page);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    report.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_is_added_once() {
        assert_eq!(
            embed_link("https://x.org/ecm/?page=stress&dphi=150"),
            "https://x.org/ecm/?page=stress&dphi=150&embed=1"
        );
        assert_eq!(
            embed_link("https://x.org/ecm/"),
            "https://x.org/ecm/?embed=1"
        );
        assert_eq!(
            embed_link("https://x.org/ecm/?page=rod&embed=1"),
            "https://x.org/ecm/?page=rod&embed=1"
        );
        assert_eq!(
            embed_link("https://x.org/?page=rod#top"),
            "https://x.org/?page=rod&embed=1#top"
        );
    }

    #[test]
    fn the_full_page_link_drops_only_embed() {
        assert_eq!(
            full_page_link("https://x.org/ecm/?page=stress&embed=1&dphi=150"),
            "https://x.org/ecm/?page=stress&dphi=150"
        );
        assert_eq!(
            full_page_link("https://x.org/ecm/?embed=1"),
            "https://x.org/ecm/"
        );
        assert_eq!(
            full_page_link(&embed_link("https://x.org/?page=rod#top")),
            "https://x.org/?page=rod#top"
        );
    }

    #[test]
    fn the_snippet_escapes_the_link_and_listens_for_the_resize_message() {
        let code = embed_code(
            "https://x.org/?page=fracture&flaw=5",
            "ecm-calc: \"fracture\"",
            800,
            None,
        );
        assert!(code.starts_with(
            "<iframe src=\"https://x.org/?page=fracture&amp;flaw=5&amp;embed=1\" title=\"ecm-calc: &quot;fracture&quot;\""
        ));
        assert!(code.contains("height=\"800\""));
        // The embed's Copy link needs the clipboard permission of its frame.
        assert!(code.contains(" allow=\"clipboard-write\""));
        assert!(code.contains("d.type!==\"ecm-calc:resize\""));
        assert!(code.ends_with("</script>"));
    }

    #[test]
    fn the_teachers_theme_goes_into_the_embed_link_once() {
        let code = embed_code(
            "https://x.org/?page=stress&theme=dark",
            "ecm-calc",
            900,
            Some("light"),
        );
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.org/?page=stress&amp;theme=light&amp;embed=1\""
            ),
            "{code}"
        );
        assert_eq!(
            with_theme("https://x.org/?page=stress&theme=dark#t", None),
            "https://x.org/?page=stress#t"
        );
    }
}
