//! The site header: home link, navigation and the language switch.

use yew::prelude::*;

use crate::components::link::app_link;

use crate::i18n::{common as s, use_lang, use_lang_switch, Lang};
use crate::routes::Route;

#[function_component(Header)]
pub fn header() -> Html {
    let lang = use_lang();
    let switch = use_lang_switch();
    let buttons = Lang::ALL.into_iter().map(|l| {
        let set = switch.clone();
        html! {
            <button type="button" class="lang-switch__button" lang={l.code()}
                aria-pressed={if l == lang { "true" } else { "false" }}
                aria-label={format!("{} {}", s::lang_short(l), s::lang_own_name(l))}
                onclick={Callback::from(move |_| set.emit(l))}>
                { s::lang_short(l) }
            </button>
        }
    });
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ s::SKIP_TO_CONTENT.get(lang) }</a>
            <div class="site-header__bar">
                { app_link(&Route::Home, "site-header__brand", s::APP_NAME.get(lang)) }
                <div class="lang-switch" role="group" aria-label={s::LANG_SWITCH_LABEL.get(lang)}>
                    { for buttons }
                </div>
            </div>
            <nav class="site-nav" aria-label={s::NAV_LABEL.get(lang)}>
                { app_link(&Route::Home, "", s::NAV_HOME.get(lang)) }
                { app_link(&Route::Privacy, "", s::NAV_PRIVACY.get(lang)) }
            </nav>
        </header>
    }
}
