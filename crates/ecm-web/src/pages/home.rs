//! The home page: every calculator with what it is for.

use crate::route::Route;
use leptos::prelude::*;

/// The list of pages.
#[component]
pub fn HomePage() -> impl IntoView {
    crate::settings::settings()
        .notices
        .set(crate::link_state::read_link().finish());
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">"Calculators"</h1>
            <p class="lead">"Electro-chemo-mechanics of metal anodes after the in situ ETEM-AFM study of Na dendrites (ACS Energy Lett. 2020, 5, 2546). Every result updates as you type, carries its unit, and every page's address is a link that restores it."</p>
            <ul class="cards">
                {Route::ALL.into_iter().filter(|r| *r != Route::Home).map(|r| view! {
                    <li class="card">
                        <a href=format!("?page={}", r.key()) data-testid=format!("home-{}", r.key())>{r.title()}</a>
                        <p>{r.purpose()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
