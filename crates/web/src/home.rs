//! The home page, built with plain DOM calls and no Yew: it is the lightest
//! page of the site (no tool code at all) and the landing place of old
//! `#/…` links, which it forwards to the area that now holds them.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, Element};

use crate::area::Area;
use crate::components::update_prompt as update;
use crate::i18n::{self, common as s, offline, Lang};

use crate::routes::TOOL_GROUPS;

/// Shows the home page, and forwards old links now and on every change of
/// the address's fragment.
pub fn start() {
    crate::crash::install();
    Area::Home.set_current();
    show();
    let window = gloo::utils::window();
    let on_hash = Closure::<dyn Fn()>::new(show);
    let _ = window.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    on_hash.forget();
    // The installed app opens here, so a waiting release is announced here
    // too (see `components::update_prompt` for the events).
    let on_ready = Closure::<dyn Fn()>::new(|| {
        UPDATE_READY.with(|r| r.set(true));
        show();
    });
    let _ = window
        .add_event_listener_with_callback(update::READY_EVENT, on_ready.as_ref().unchecked_ref());
    on_ready.forget();
    update::dispatch(update::QUERY_EVENT);
}

/// Forwards an old `#/…` link to the area that holds it, or renders.
fn show() {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if let Some(path) = hash.strip_prefix('#').filter(|p| p.starts_with('/')) {
        if let Some(area) = Area::of_path(path).filter(|a| *a != Area::Home) {
            let _ = location.replace(&area.href(path));
            return;
        }
    }
    render(i18n::initial_lang(), false);
}

thread_local! {
    /// The nodes `render` put in the body, removed when it renders again.
    static SHOWN: std::cell::RefCell<Vec<Element>> = const { std::cell::RefCell::new(Vec::new()) };
    /// A new release is waiting (the service worker's registration said so).
    static UPDATE_READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn render(lang: Lang, focus_switch: bool) {
    i18n::apply_lang(lang);
    let doc = gloo::utils::document();
    let body = gloo::utils::body();
    let mut parts = vec![header(&doc, lang)];
    if UPDATE_READY.with(|r| r.get()) {
        parts.push(update_prompt(&doc, lang));
    }
    parts.extend([main(&doc, lang), footer(&doc, lang)]);
    SHOWN.with(|shown| {
        for old in shown.borrow_mut().drain(..) {
            old.remove();
        }
        for part in &parts {
            let _ = body.append_child(part);
        }
        *shown.borrow_mut() = parts;
    });
    if focus_switch {
        let pressed = format!(".lang-switch__button[lang=\"{}\"]", lang.code());
        if let Some(button) = doc
            .query_selector(&pressed)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}

/// Whether the address names a route no area has (`#/no-such-tool`).
fn unknown_route() -> bool {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix("#/")
        .is_some_and(|path| !path.is_empty() && Area::of_path(path).is_none())
}

/// An element with a class and, if given, text.
fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
    let e = doc.create_element(tag).expect("a known tag");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    e
}

fn link(doc: &Document, class: &str, href: &str, text: &str) -> Element {
    let a = el(doc, "a", class, text);
    let _ = a.set_attribute("href", href);
    a
}

fn header(doc: &Document, lang: Lang) -> Element {
    let header = el(doc, "header", "site-header", "");
    let _ = header.append_child(&link(
        doc,
        "skip-link",
        "#main",
        s::SKIP_TO_CONTENT.get(lang),
    ));
    let bar = el(doc, "div", "site-header__bar", "");
    let _ = bar.append_child(&link(
        doc,
        "site-header__brand",
        "./",
        s::APP_NAME.get(lang),
    ));
    let switch = el(doc, "div", "lang-switch", "");
    let _ = switch.set_attribute("role", "group");
    let _ = switch.set_attribute("aria-label", s::LANG_SWITCH_LABEL.get(lang));
    for l in Lang::ALL {
        let button = el(doc, "button", "lang-switch__button", s::lang_short(l));
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("lang", l.code());
        let _ = button.set_attribute("aria-pressed", if l == lang { "true" } else { "false" });
        let label = format!("{} {}", s::lang_short(l), s::lang_own_name(l));
        let _ = button.set_attribute("aria-label", &label);
        let onclick = Closure::<dyn Fn()>::new(move || {
            if i18n::switch_to(l) {
                render(l, true);
            }
        });
        let _ = button.add_event_listener_with_callback("click", onclick.as_ref().unchecked_ref());
        // The button lives as long as the page shows it; a language switch
        // re-renders and these few closures stay behind, which is harmless.
        onclick.forget();
        let _ = switch.append_child(&button);
    }
    let _ = bar.append_child(&switch);
    let _ = header.append_child(&bar);
    let nav = el(doc, "nav", "site-nav", "");
    let _ = nav.set_attribute("aria-label", s::NAV_LABEL.get(lang));
    let _ = nav.append_child(&link(doc, "", "./", s::NAV_HOME.get(lang)));
    let _ = nav.append_child(&link(
        doc,
        "",
        &Area::Privacy.href("/privacy"),
        s::NAV_PRIVACY.get(lang),
    ));
    let _ = header.append_child(&nav);
    header
}

fn main(doc: &Document, lang: Lang) -> Element {
    let main = el(doc, "main", "", "");
    main.set_id("main");
    let _ = main.set_attribute("tabindex", "-1");
    if unknown_route() {
        let _ = main.append_child(&el(doc, "h1", "", s::NOT_FOUND_TITLE.get(lang)));
        let _ = main.append_child(&el(doc, "p", "", s::NOT_FOUND_TEXT.get(lang)));
        let back = el(doc, "p", "", "");
        let _ = back.append_child(&link(doc, "", "./", s::BACK_HOME.get(lang)));
        let _ = main.append_child(&back);
        return main;
    }
    let _ = main.append_child(&el(doc, "h1", "", s::APP_NAME.get(lang)));
    let _ = main.append_child(&el(doc, "p", "lead", s::TAGLINE.get(lang)));
    let _ = main.append_child(&el(doc, "p", "note", s::DATA_STAYS_NOTE.get(lang)));
    for (group, tools) in TOOL_GROUPS {
        let section = el(doc, "section", "tool-group", "");
        let _ = section.append_child(&el(doc, "h2", "", group.get(lang)));
        let list = el(doc, "ul", "tool-list", "");
        for (route, text) in tools.iter() {
            let item = el(doc, "li", "tool-card", "");
            let path = route.to_path();
            let href = route.area().map(|a| a.href(&path)).unwrap_or_default();
            let a = link(doc, "tool-card__link", &href, "");
            let _ = a.append_child(&el(doc, "span", "tool-card__title", text.title.get(lang)));
            let _ = a.append_child(&el(
                doc,
                "span",
                "tool-card__summary",
                text.summary.get(lang),
            ));
            let _ = item.append_child(&a);
            let _ = list.append_child(&item);
        }
        let _ = section.append_child(&list);
        let _ = main.append_child(&section);
    }
    main
}

/// The same banner as `components::update_prompt::UpdatePrompt`.
fn update_prompt(doc: &Document, lang: Lang) -> Element {
    let banner = el(
        doc,
        "p",
        "banner update-prompt",
        offline::UPDATE_READY.get(lang),
    );
    banner.set_id("update-prompt");
    let _ = banner.set_attribute("role", "status");
    let _ = banner.append_child(&doc.create_text_node(" "));
    let button = el(
        doc,
        "button",
        "button button--primary",
        offline::RELOAD.get(lang),
    );
    let _ = button.set_attribute("type", "button");
    let apply = Closure::<dyn Fn()>::new(|| update::dispatch(update::APPLY_EVENT));
    let _ = button.add_event_listener_with_callback("click", apply.as_ref().unchecked_ref());
    apply.forget();
    let _ = banner.append_child(&button);
    banner
}

fn footer(doc: &Document, lang: Lang) -> Element {
    let footer = el(doc, "footer", "site-footer", "");
    let _ = footer.append_child(&el(doc, "p", "", s::DATA_STAYS_NOTE.get(lang)));
    footer
}
