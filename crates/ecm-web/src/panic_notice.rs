//! If the program ever panics, show a visible message with a reload link
//! instead of leaving a dead page.

use wasm_bindgen::JsCast;

/// Installs the panic hook that reveals `#panic-notice` (written in index.html).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let text = format!("ecm-calc stopped: {info}");
        web_sys::console::error_1(&text.into());
        let notice = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("panic-notice"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(n) = notice {
            n.set_hidden(false);
        }
    }));
}
