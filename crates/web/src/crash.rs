//! A panic is not a dead page: the user sees that their data is safe and a
//! button to reload. Built with plain DOM calls, because after a panic no
//! Rust code of the app runs again: the reload button calls the browser's
//! own `location.reload`, not the app. Nothing is written to storage after
//! the panic, so a half-built state never overwrites saved data.
//!
//! The size-optimised release (scripts/wasm-env.sh) panics with
//! `-Cpanic=immediate-abort`: no hook runs, the wasm traps at once and the
//! trap reaches the page as an uncaught `WebAssembly.RuntimeError`, which the
//! listeners below turn into the same notice. A stable build runs the hook.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{common as s, Lang};

pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| stopped(&info.to_string())));
    let window = gloo::utils::window();
    // A trap in an event handler is an `error` event; in a future (a
    // promise's callback), an unhandled rejection.
    for (event, field) in [("error", "error"), ("unhandledrejection", "reason")] {
        EventListener::new(&window, event, move |e| {
            let error = js_sys::Reflect::get(e, &field.into()).unwrap_or(JsValue::UNDEFINED);
            if error.is_instance_of::<js_sys::WebAssembly::RuntimeError>() {
                stopped(&String::from(js_sys::Error::from(error).to_string()));
            }
        })
        .forget();
    }
}

/// Logged once for whoever looks at the console, then shown to the user.
fn stopped(why: &str) {
    if gloo::utils::document().get_element_by_id("crash").is_some() {
        return;
    }
    web_sys::console::error_1(&format!("Kooliabi stopped: {why}").into());
    show_notice();
}

fn show_notice() -> Option<()> {
    let document = gloo::utils::document();
    // The language on screen; storage is not read in a panic.
    let lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let dialog = document.create_element("div").ok()?;
    dialog.set_class_name("crash");
    dialog.set_id("crash");
    dialog.set_attribute("role", "alertdialog").ok()?;
    dialog
        .set_attribute("aria-labelledby", "crash-title")
        .ok()?;
    dialog
        .set_attribute("aria-describedby", "crash-text")
        .ok()?;
    let title = document.create_element("h2").ok()?;
    title.set_id("crash-title");
    title.set_text_content(Some(s::CRASH_TITLE.get(lang)));
    let text = document.create_element("p").ok()?;
    text.set_id("crash-text");
    text.set_text_content(Some(s::CRASH_TEXT.get(lang)));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("button button--primary");
    button.set_text_content(Some(s::CRASH_RELOAD.get(lang)));
    let location = gloo::utils::window().location();
    let reload = js_sys::Reflect::get(&location, &"reload".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .bind0(&location);
    button
        .add_event_listener_with_callback("click", &reload)
        .ok()?;
    for child in [&title, &text, &button] {
        dialog.append_child(child).ok()?;
    }
    document.body()?.append_child(&dialog).ok()?;
    button.dyn_into::<web_sys::HtmlElement>().ok()?.focus().ok()
}
