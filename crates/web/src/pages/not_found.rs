use yew::prelude::*;

use crate::components::link::app_link;

use crate::i18n::{common as s, use_lang};
use crate::routes::Route;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ s::NOT_FOUND_TITLE.get(lang) }</h1>
            <p>{ s::NOT_FOUND_TEXT.get(lang) }</p>
            <p>{ app_link(&Route::Home, "", s::BACK_HOME.get(lang)) }</p>
        </>
    }
}
