//! What browser tests may set before the app starts, as
//! `window.kooliabiTest = { today: "2026-08-20", panicRoute: true }`
//! (Playwright's `addInitScript`). A user never has it; it only changes what
//! the user's own tab computes, so it is harmless in a release. Tests use it
//! to pin dates (school-year changes) and to provoke a panic.

use wasm_bindgen::JsValue;

fn hook(name: &str) -> Option<JsValue> {
    let hooks = js_sys::Reflect::get(&gloo::utils::window(), &"kooliabiTest".into()).ok()?;
    if hooks.is_undefined() || hooks.is_null() {
        return None;
    }
    js_sys::Reflect::get(&hooks, &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// The date a test set as today.
pub fn today() -> Option<chrono::NaiveDate> {
    kooliabi_core::calendar::text::date_from_str(&hook("today")?.as_string()?)
}

/// Whether `#/debug/panic` may panic.
pub fn panic_route() -> bool {
    hook("panicRoute")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
