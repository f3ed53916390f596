//! The application shell: header with navigation and settings, notices about
//! the link, the current page, footer.

use crate::browser;
use crate::copy_feedback::{self, Copied};
use crate::embed;
use crate::print_note::PrintNote;
use crate::route::Route;
use crate::settings::{theme_from_link, Settings, ThemeChoice, DEFAULT_SIG};
use crate::url_state::{carry_settings, parse_query, LinkReader};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn route_of(query: &str) -> Route {
    parse_query(query)
        .into_iter()
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| Route::from_key(&v))
        .unwrap_or(Route::Home)
}

fn theme_from_pref() -> ThemeChoice {
    browser::load_pref("ecm-theme")
        .and_then(|k| ThemeChoice::from_key(&k))
        .unwrap_or(ThemeChoice::System)
}

/// The pages one WebAssembly module holds, and how it draws them.
#[derive(Clone, Copy)]
pub struct Site {
    /// The pages of this module; links to others load their own module.
    pub routes: &'static [Route],
    /// Draws one of `routes`.
    pub render: fn(Route) -> AnyView,
}

/// The whole page.
#[component]
pub fn App(
    /// The pages this module shows.
    site: Site,
) -> impl IntoView {
    let start = browser::query();
    let link = LinkReader::new(&start);
    let route = RwSignal::new(route_of(&start));
    // A link's theme (an embed set up by a teacher) wins over the visitor's.
    let theme = RwSignal::new(theme_from_link(&start).unwrap_or_else(theme_from_pref));
    let system_dark = browser::system_prefers_dark();
    // Paper is white: charts draw light while the page prints (the print
    // dialog's events, and print media emulated by tools and tests).
    let printing = RwSignal::new(browser::media_matches("print"));
    let _ =
        leptos::prelude::window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let _ =
        leptos::prelude::window_event_listener_untyped("afterprint", move |_| printing.set(false));
    browser::on_media_change("print", move |m| printing.set(m));
    let dark = Signal::derive(move || {
        !printing.get()
            && match theme.get() {
                ThemeChoice::System => system_dark,
                ThemeChoice::Light => false,
                ThemeChoice::Dark => true,
            }
    });
    let s = Settings {
        sig: RwSignal::new(link.integer("sig", 2, 8, DEFAULT_SIG)),
        dark,
        printing: printing.into(),
        notices: RwSignal::new(Vec::new()),
        resized: RwSignal::new(0),
        link: RwSignal::new(browser::href()),
    };
    crate::settings::provide(s);
    // Bumped on every navigation, so a page is rebuilt from its new link even
    // when the route is the same.
    let visit = RwSignal::new(0u32);

    Effect::new(move |_| {
        let t = theme.get();
        browser::set_theme_attribute(match t {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some("light"),
            ThemeChoice::Dark => Some("dark"),
        });
    });
    Effect::new(move |_| {
        let r = route.get();
        browser::set_title(&if r == Route::Home {
            "ecm-calc: electro-chemo-mechanics calculators".to_string()
        } else {
            format!("{} · ecm-calc", r.title())
        });
    });

    // On a phone the tabs scroll sideways: the current one is kept in view.
    Effect::new(move |_| {
        route.track();
        request_animation_frame(browser::show_current_tab);
    });
    let embedded = embed::requested(&start);
    let link_theme = theme_from_link(&start);
    if embedded {
        // Empty once this module has handed the page over to another.
        embed::start(move || {
            route
                .try_get_untracked()
                .map(|r| r.key().to_string())
                .unwrap_or_default()
        });
    }
    let go = move |query: String| {
        // An embedded calculator stays embedded when a link inside it is
        // followed, and the settings in the link go along.
        let query = carry_settings(
            &query,
            s.sig.get_untracked(),
            DEFAULT_SIG,
            link_theme.map(ThemeChoice::key),
            embedded,
        );
        let target = route_of(&query);
        if !site.routes.contains(&target) {
            // Another page is another module: load it.
            browser::load_query(&query);
            return;
        }
        browser::push_query(&query);
        s.link.set(browser::href());
        route.set(route_of(&query));
        visit.update(|v| *v += 1);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    // Links within the site ("?page=…") change the page without reloading.
    let _ = window_event_listener(ev::click, move |e: web_sys::MouseEvent| {
        if e.default_prevented()
            || e.button() != 0
            || e.ctrl_key()
            || e.meta_key()
            || e.shift_key()
            || e.alt_key()
        {
            return;
        }
        let anchor = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='?']").ok().flatten());
        if let Some(a) = anchor {
            if a.has_attribute("download") {
                return;
            }
            if let Some(href) = a.get_attribute("href") {
                e.prevent_default();
                go(href);
            }
        }
    });
    let _ = window_event_listener(ev::popstate, move |_| {
        let query = browser::query();
        if !site.routes.contains(&route_of(&query)) {
            // Back to a page of another module (only after in-place moves).
            browser::load_query(&query);
            return;
        }
        s.link.set(browser::href());
        route.set(route_of(&query));
        visit.update(|v| *v += 1);
    });
    let _ = window_event_listener(ev::resize, move |_| s.resized.update(|n| *n += 1));

    // The copy buttons' status line, and the text to copy by hand when the
    // browser refused (shown selected below the header).
    let copied = RwSignal::new(None::<String>);
    let manual = RwSignal::new(None::<String>);
    let copy = move |text: String, what: Copied| {
        let kept = text.clone();
        browser::copy_text(&text, move |ok| {
            copied.set(Some(copy_feedback::status(
                what,
                ok,
                browser::is_file_page(),
            )));
            manual.set((!ok).then_some(kept));
            if !ok {
                request_animation_frame(|| browser::focus("copy-fallback-text"));
            }
        });
    };
    // The embed takes the theme chosen with the theme button; "system"
    // leaves it to each visitor.
    let copy_embed = move |_| {
        let title = format!("ecm-calc: {}", route.get_untracked().title());
        let chosen = theme.get_untracked();
        let forced = (chosen != ThemeChoice::System).then_some(chosen.key());
        let code = embed::embed_code(
            &browser::href(),
            &title,
            embed::content_height().max(600),
            forced,
        );
        copy(code, Copied::EmbedCode(chosen));
    };
    // Inside an embed the link is the full page's, so that it opens with
    // navigation.
    let copy_link = move |_| {
        let href = browser::href();
        let link = if embedded {
            embed::full_page_link(&href)
        } else {
            href
        };
        // The test data and rod pages' links cannot carry their data: they
        // say so.
        let what = match route.get_untracked() {
            Route::Data => Copied::DataLink,
            Route::Rod => Copied::RodLink,
            _ => Copied::Link,
        };
        copy(link, what);
    };
    let cycle_theme = move |_| {
        let next = match theme.get_untracked() {
            ThemeChoice::System => ThemeChoice::Light,
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::System,
        };
        browser::save_pref("ecm-theme", next.key());
        theme.set(next);
    };
    let theme_label = move || match theme.get() {
        ThemeChoice::System => "Theme: system",
        ThemeChoice::Light => "Theme: light",
        ThemeChoice::Dark => "Theme: dark",
    };
    let page = move || {
        visit.track();
        copied.set(None);
        manual.set(None);
        (site.render)(route.get())
    };
    // The address changes with every edit, so the link is made when followed.
    let open_full_page = move |ev: web_sys::MouseEvent| {
        if let Some(a) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&embed::full_page_link(&browser::href()));
        }
    };
    let header = move || {
        view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <div class="brand">
                <a href="?" class="site-name">"ecm-calc"</a>
                <span class="tagline">"Electro-chemo-mechanics calculators for metal-anode batteries"</span>
            </div>
            <nav aria-label="Calculators">
                <ul>
                    {Route::ALL.into_iter().map(|r| view! {
                        <li><a href=if r == Route::Home { "?".to_string() } else { format!("?page={}", r.key()) }
                            data-testid=format!("nav-{}", if r == Route::Home { "home" } else { r.key() })
                            aria-current=move || (route.get() == r).then_some("page")>{r.title()}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
            <div class="settings">
                <label>"Significant figures "
                    <select data-testid="sig" prop:value=move || s.sig.get().to_string()
                        on:change=move |e| s.sig.set(event_target_value(&e).parse().unwrap_or(DEFAULT_SIG).clamp(2, 8))>
                        {(2..=8).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="theme" on:click=cycle_theme>{theme_label}</button>
                <Show when=move || route.get() != Route::Home>
                    <button type="button" data-testid="copy-link" on:click=copy_link>"Copy link"</button>
                    <button type="button" data-testid="copy-embed" on:click=copy_embed>"Copy embed code"</button>
                </Show>
                <span class="status" role="status" data-testid="copy-status">{move || copied.get()}</span>
            </div>
        </header>
        }
    };
    let footer = move || {
        view! {
        <footer class="site-footer">
            <p>"Models from the in situ ETEM-AFM study of Na dendrites, ACS Energy Lett. 2020, 5, 2546 (doi 10.1021/acsenergylett.0c01214). All calculations run in your browser; nothing is sent anywhere. "
                <a href="ecm-calc.html" download="ecm-calc.html" data-testid="download-single">"Download ecm-calc as one file"</a>
                " to use it offline or upload it to a course site."</p>
        </footer>
        }
    };
    // The text to copy by hand, beside the button that failed (under the
    // header, or in an embed's bar); focused once drawn, so that it is in
    // view and selected.
    let fallback = move || {
        view! {
        <Show when=move || manual.with(Option::is_some)>
            <div class="copy-fallback" data-testid="copy-fallback">
                <label for="copy-fallback-text">"Select and copy this text (Ctrl+C, or ⌘C, or long-press on a phone):"</label>
                <textarea id="copy-fallback-text" readonly rows="3" data-testid="copy-fallback-text"
                    prop:value=move || manual.get().unwrap_or_default()
                    on:focus=move |e| { if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) { t.select(); } }></textarea>
                <button type="button" on:click=move |_| manual.set(None)>"Close"</button>
            </div>
        </Show>
        }
    };
    // In an iframe: the calculator, then a one-line bar.
    let embed_bar = move || {
        view! {
        <footer class="embed-bar" data-testid="embed-bar">
            <a href=embed::full_page_link(&browser::href()) on:click=open_full_page target="_blank" rel="noopener" data-testid="open-full">"ecm-calc ↗ open the full page"</a>
            <button type="button" data-testid="copy-link" on:click=copy_link>"Copy link"</button>
            <span class="status" role="status" data-testid="copy-status">{move || copied.get()}</span>
            {fallback()}
        </footer>
        }
    };
    view! {
        {(!embedded).then(header)}
        {(!embedded).then(fallback)}
        <div class="notices" role="status" data-testid="link-notices">
            <Show when=move || !s.notices.with(|n| n.is_empty())>
                <div class="notice">
                    <ul>{move || s.notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| s.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            </Show>
        </div>
        <main id="main" tabindex="-1">{page}</main>
        <PrintNote route=route />
        {if embedded { embed_bar().into_any() } else { footer().into_any() }}
    }
}
