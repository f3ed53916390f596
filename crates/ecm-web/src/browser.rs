//! Thin wrappers over the browser APIs the page uses. Every call tolerates a
//! missing API (an old browser, a sandboxed iframe) and does nothing then.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current query string, with its "?".
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the current history entry's query (no new entry, no scroll).
pub fn replace_query(query: &str) {
    set_query(query, false);
}

/// Adds a history entry with `query` (for moving between pages).
pub fn push_query(query: &str) {
    set_query(query, true);
}

fn set_query(query: &str, push: bool) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let url = if url.is_empty() { "?".to_string() } else { url };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Opens this document again with `query` (another page's module).
pub fn load_query(query: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_search(query);
    }
}

/// Removes the plain-HTML home page that `index.html` holds (hidden on a
/// calculator page by `style.css`), before the module draws its own.
pub fn remove_home_shell() {
    if let Some(shell) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("home-shell"))
    {
        shell.remove();
    }
}

/// Says the page is drawn: sets `data-ready` on `<html>` and fires the
/// `ecm-ready` event (tests wait for it; the offline worker registers after
/// it). Runs after the effects of the first render (a zero-delay timeout
/// follows the microtasks that draw results and charts).
pub fn report_ready() {
    let Some(w) = window() else { return };
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(w) = window() else { return };
        if let Some(root) = w.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "1");
        }
        if let Ok(e) = web_sys::Event::new("ecm-ready") {
            let _ = w.dispatch_event(&e);
        }
    });
    let _ = w.set_timeout_with_callback(done.unchecked_ref());
}

/// The page's full address.
pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard and calls `done` with whether the browser
/// says it did (an iframe without `allow="clipboard-write"`, a page without
/// focus or an old browser refuses). Plain promise callbacks, no executor.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else {
        return done(false);
    };
    let clipboard = w.navigator().clipboard();
    // `navigator.clipboard` is undefined outside secure contexts.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return done(false);
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let other = done.clone();
    let ok = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(f) = done.take() {
            f(true)
        }
    });
    let refused = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(f) = other.take() {
            f(false)
        }
    });
    let _ = clipboard.write_text(text).then2(&ok, &refused);
    // Each is called at most once, by the browser, after this returns.
    ok.forget();
    refused.forget();
}

/// Whether the page was opened from a file on disk (`file:` address).
pub fn is_file_page() -> bool {
    window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// Offers `content` as a file download named `name`.
pub fn download_text(name: &str, mime: &str, content: &str) {
    download_parts(name, mime, &wasm_bindgen::JsValue::from_str(content));
}

/// Offers `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    download_parts(name, mime, &js_sys::Uint8Array::from(bytes));
}

/// Offers a blob of `part` (a string or bytes) as a download.
fn download_parts(name: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(part);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Prints the page with `data-print="<what>"` on `<html>` (style.css
/// prints only that part), and removes it after.
pub fn print_with(what: &str) {
    let Some(w) = window() else { return };
    let root = w.document().and_then(|d| d.document_element());
    if let Some(r) = &root {
        let _ = r.set_attribute("data-print", what);
    }
    let _ = w.print();
    if let Some(r) = &root {
        let _ = r.remove_attribute("data-print");
    }
}

/// Says the page's link changed (`ecm-link` on the window), for a module
/// beside the page that follows it (the exercise builder).
pub fn announce_link() {
    if let (Some(w), Ok(e)) = (window(), web_sys::Event::new("ecm-link")) {
        let _ = w.dispatch_event(&e);
    }
}

/// Offers the resource at `url` (a data: or blob: URL) as a download named `name`.
pub fn download_url(name: &str, url: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(url);
    a.set_download(name);
    a.click();
}

/// Whether the system asks for a dark colour scheme.
pub fn system_prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Whether the media query `query` (e.g. "print") matches now.
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Calls `f` with the new state whenever the media query `query` starts or
/// stops matching (printing, and print media emulated by tools).
pub fn on_media_change(query: &str, f: impl Fn(bool) + 'static) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    let cb = Closure::<dyn Fn()>::new(move || f(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Device pixels per CSS pixel (1 to 4).
pub fn device_pixel_ratio() -> f64 {
    window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0)
}

/// A saved preference (none in private modes that block storage).
pub fn load_pref(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Saves a preference where storage is allowed.
pub fn save_pref(key: &str, value: &str) {
    if let Some(Ok(Some(s))) = window().map(|w| w.local_storage()) {
        let _ = s.set_item(key, value);
    }
}

/// Sets `data-theme` on the root element ("light", "dark", or removed for the system's).
pub fn set_theme_attribute(theme: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// A performance mark named `name`, for the benchmark (scripts/bench).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Scrolls the navigation row sideways (on a phone it scrolls rather than
/// wraps) so that the current page's tab is in view, centred where it can be.
pub fn show_current_tab() {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(Some(list)), Ok(Some(tab))) = (
        doc.query_selector("nav ul"),
        doc.query_selector("nav a[aria-current='page']"),
    ) else {
        return;
    };
    if list.scroll_width() <= list.client_width() {
        return;
    }
    let (l, t) = (
        list.get_bounding_client_rect(),
        tab.get_bounding_client_rect(),
    );
    let centred = t.left() - l.left() + list.scroll_left() as f64
        - (list.client_width() as f64 - t.width()) / 2.0;
    list.set_scroll_left(centred.max(0.0) as i32);
}

/// Moves the focus to the element with id `id` (scrolling it into view).
pub fn focus(id: &str) {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = e.focus();
    }
}
