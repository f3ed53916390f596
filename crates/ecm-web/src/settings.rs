//! Settings shared by every page: significant figures, whether charts draw
//! dark, and notices about the link that opened it.

use leptos::prelude::*;

/// Default number of significant figures.
pub const DEFAULT_SIG: usize = 4;

/// The theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the system.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// App-wide state, provided as context.
#[derive(Clone, Copy)]
pub struct Settings {
    /// Significant figures of results (2 to 8).
    pub sig: RwSignal<usize>,
    /// Whether charts draw dark.
    pub dark: Signal<bool>,
    /// Notices about the link that opened the page.
    pub notices: RwSignal<Vec<String>>,
    /// Bumped when the window is resized, so charts redraw.
    pub resized: RwSignal<u32>,
}

/// The settings from context.
pub fn settings() -> Settings {
    expect_context::<Settings>()
}
