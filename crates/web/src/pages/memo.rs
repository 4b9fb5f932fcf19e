//! `#/memo`: a student or parent opens the memo the class teacher sent as a
//! file sealed with a passphrase. Its own small app (`bin/memo.rs`): the
//! questionnaire page, opened on phones from invitation links, links here
//! instead of carrying the memo's reader and printout.

use yew::prelude::*;

use crate::components::link::app_link;
use crate::components::open_memo::OpenMemo;
use crate::i18n::{common, conversation as s, use_lang};
use crate::routes::Route;

#[function_component(MemoPage)]
pub fn memo_page() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ s::OPEN_MEMO.get(lang) }</h1>
            <OpenMemo />
            <p>{ app_link(&Route::Questionnaires, "", common::TOOL_QUESTIONNAIRES.title.get(lang)) }</p>
        </>
    }
}
