//! A value passed on one task later when it is large, so a long curve's
//! correction, analysis and hardening fit each run in a task of their own and
//! the page never freezes for their sum (browsers count a task over 50 ms as
//! long; the goal here is none over 200 ms for a million points).

use leptos::prelude::*;

/// A signal that follows `source`: at once, or in the next task when
/// `long(&value)`.
pub fn deferred<T>(source: impl Fn() -> T + 'static, long: fn(&T) -> bool) -> RwSignal<T>
where
    T: Default + Clone + Send + Sync + 'static,
{
    let out = RwSignal::new(T::default());
    Effect::new(move |_| {
        let v = source();
        if long(&v) {
            set_timeout(move || out.set(v), std::time::Duration::ZERO);
        } else {
            out.set(v);
        }
    });
    out
}
