//! The translation layer. Every user-visible string of the app is a `Tr`
//! (all three languages, enforced by the type) in one of the area files
//! below, or comes from the core as a `Tr`/`Localized`.

pub mod allowances;
pub mod attendance;
pub mod calendar;
pub mod common;
pub mod conversation;
pub mod grading;
pub mod offline;
pub mod questionnaire;
pub mod vocational;
pub mod widgets;

use kooliabi_core::code::Coded;
pub use kooliabi_core::i18n::{Lang, Tr};
use yew::prelude::*;

use crate::storage;

const LANG_KEY: &str = "lang";

/// The language in force and the way to change it, shared through a context.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

/// The language the user chose on this device before, else Estonian.
pub fn initial_lang() -> Lang {
    if let Some(built) = Lang::BUILT {
        return built;
    }
    storage::load_raw(LANG_KEY)
        .and_then(|text| Lang::from_stored(&text))
        .unwrap_or_default()
}

/// Tells the document the language in force, so screen readers pronounce
/// the page in the right language.
pub fn apply_lang(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Remembers the user's choice on the device. Only a choice is written, not
/// every page load, so an erased device stays empty until the user acts.
/// Returns whether it was stored; a failed save only means the choice is
/// not remembered, and the banner says so.
fn choose_lang(lang: Lang) -> bool {
    storage::save_raw(LANG_KEY, lang.to_stored()).is_ok()
}

/// Makes `lang` the language in force and remembers it. Every shipped page
/// is a build of one language (`Lang::BUILT`; the page's `loader.js` picks
/// the build), so another language is another build: the page loads again
/// and the area's stored state (forms, answers in progress, the memo) comes
/// back as it was. Returns whether the caller should show `lang` itself,
/// false while that load is underway.
pub fn switch_to(lang: Lang) -> bool {
    let stored = choose_lang(lang);
    match Lang::BUILT {
        Some(built) if built != lang => {
            load_build_of(lang, stored);
            false
        }
        _ => true,
    }
}

/// Loads this page again in `lang`: a plain reload when the choice is
/// stored, else with `?lang=` in the address, which `loader.js` reads first
/// (storage refused: the choice lives only in this page's memory).
fn load_build_of(lang: Lang, stored: bool) {
    let location = gloo::utils::window().location();
    if stored {
        let _ = location.reload();
        return;
    }
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang="))
        .collect();
    let mut query = format!("?lang={}", lang.code());
    for p in kept {
        query.push('&');
        query.push_str(p);
    }
    let _ = location.set_search(&query);
}

pub use kooliabi_core::number::decimal;

/// A value the user picks from a list: its stable code (core) and its name
/// in each language (here). `components::select::enum_select` shows any of them.
pub trait Labelled: Coded {
    fn label(self, lang: Lang) -> String;
}

// A shipped page is a build of one language (`Lang::BUILT`): the language
// is a constant there and changing it loads another build, so no context
// carries it (a Yew context costs every page about 5 KB of code, and every
// component a context lookup). Builds with all three languages (the web
// crate's native tests, `SIZE_FEATURES=` measurements) share it through
// `LangContext` and switch in place.

/// The language in force.
#[cfg(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru"))]
#[hook]
pub fn use_lang() -> Lang {
    Lang::BUILT.unwrap_or_default()
}

/// What the language switch calls.
#[cfg(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru"))]
#[hook]
pub fn use_lang_switch() -> Callback<Lang> {
    Callback::from(|l: Lang| {
        switch_to(l);
    })
}

/// The page with what shares the language around it.
#[cfg(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru"))]
pub fn provide(_: LangContext, page: Html) -> Html {
    page
}

/// The language in force.
#[cfg(not(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru")))]
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>()
        .map(|c| c.lang)
        .unwrap_or_default()
}

/// What the language switch calls.
#[cfg(not(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru")))]
#[hook]
pub fn use_lang_switch() -> Callback<Lang> {
    use_context::<LangContext>().map_or_else(Callback::noop, |c| c.set)
}

/// The page with what shares the language around it.
#[cfg(not(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru")))]
pub fn provide(ctx: LangContext, page: Html) -> Html {
    html! { <ContextProvider<LangContext> context={ctx}>{ page }</ContextProvider<LangContext>> }
}
