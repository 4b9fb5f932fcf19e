//! `#/reply?r=…`: the class teacher opens a reply link. The reply is opened
//! with this device's key and filed under its student, or refused with
//! the reason; nothing changes on a refusal.

use kooliabi_core::conversation::envelope::Envelope;
use kooliabi_core::conversation::invite;
use yew::prelude::*;

use crate::components::link::app_link;
use crate::router::use_location;

use crate::components::receipt::{receive, Receipt, ReceiptView};
use crate::conversation_store::{ClassBook, KeyRing, CLASS_KEY, KEYS_KEY};
use crate::i18n::{conversation as s, use_lang};
use crate::routes::Route;
use crate::storage::use_stored;

#[function_component(ReplyPage)]
pub fn reply_page() -> Html {
    let lang = use_lang();
    let location = use_location();
    let ring = use_stored::<KeyRing, _>(KEYS_KEY, KeyRing::default);
    let book = use_stored::<ClassBook, _>(CLASS_KEY, ClassBook::default);
    let receipt = use_state(|| Receipt::Working);
    {
        let (receipt, ring, book) = (receipt.clone(), ring.clone(), book.clone());
        let query = location
            .map(|l| l.query_str().to_string())
            .unwrap_or_default();
        use_effect_with(query, move |q| {
            let fragment = format!("{}{q}", invite::REPLY_ROUTE);
            let parsed = match invite::reply_param(&fragment) {
                Some(text) => Envelope::parse_text(text),
                None => Err(kooliabi_core::conversation::envelope::EnvelopeError::Foreign),
            };
            wasm_bindgen_futures::spawn_local(async move {
                receipt.set(receive(parsed, &ring, &book, lang).await);
            });
        });
    }
    let onchange = {
        let receipt = receipt.clone();
        Callback::from(move |r| receipt.set(r))
    };
    html! {
        <>
            <h1>{ s::RECEIVE_HEADING.get(lang) }</h1>
            <ReceiptView receipt={(*receipt).clone()} {book} {onchange} />
            <p>{ app_link(&Route::Conversations, "", s::TITLE.get(lang)) }</p>
        </>
    }
}
