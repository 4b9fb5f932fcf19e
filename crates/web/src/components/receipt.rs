//! What became of a reply the teacher opened (by link or file): filed under
//! its student, waiting for a yes to replace an earlier one, or refused
//! with the reason — a refused reply changes nothing.

use kooliabi_core::conversation::envelope::{Envelope, EnvelopeError};
use kooliabi_core::conversation::reply::Reply;
use yew::prelude::*;

use crate::components::link::app_link;

use crate::conversation_store::{self as store, ClassBook, Filing, KeyRing, ReceiveError};
use crate::i18n::{conversation as s, use_lang, Lang};
use crate::routes::Route;
use crate::storage::Stored;

#[derive(Clone, PartialEq)]
pub enum Receipt {
    Working,
    Filed { student: String },
    Confirm { student: String, reply: Reply },
    Kept { student: String },
    Refused(Vec<String>),
}

/// Opens `envelope` (or takes why it could not be read) and files the reply.
pub async fn receive(
    parsed: Result<Envelope, EnvelopeError>,
    ring: &KeyRing,
    book: &Stored<ClassBook>,
    lang: Lang,
) -> Receipt {
    let opened = match parsed {
        Ok(env) => store::open_reply(ring, &env).await,
        Err(e) => Err(ReceiveError::Envelope(e)),
    };
    let reply = match opened {
        Ok(r) => r,
        Err(e) => return Receipt::Refused(vec![s::receive_error(lang, &e)]),
    };
    let mut next = (**book).clone();
    let filing = next.receive(&reply);
    match filing {
        Filing::Filed { student } => {
            book.set(next);
            Receipt::Filed { student }
        }
        Filing::Replaces { student, .. } => Receipt::Confirm { student, reply },
        Filing::Mismatch(m) => Receipt::Refused(m.iter().map(|m| s::mismatch(lang, m)).collect()),
    }
}

#[derive(Properties, PartialEq)]
pub struct ReceiptProps {
    pub receipt: Receipt,
    pub book: Stored<ClassBook>,
    pub onchange: Callback<Receipt>,
}

#[function_component(ReceiptView)]
pub fn receipt_view(props: &ReceiptProps) -> Html {
    let lang = use_lang();
    let open = |student: &str| {
        html! {
            <p>{ app_link(&Route::Conversation { id: student.to_string() }, "button", s::OPEN_CONVERSATION.get(lang)) }</p>
        }
    };
    match &props.receipt {
        Receipt::Working => html! { <p role="status" class="note">{ s::WORKING.get(lang) }</p> },
        Receipt::Filed { student } => html! { <div id="receipt">
            <p role="status" class="note">{ s::FILED.get(lang) }</p>
            { open(student) }
        </div> },
        Receipt::Kept { student } => html! { <div id="receipt">
            <p role="status" class="note">{ s::KEPT.get(lang) }</p>
            { open(student) }
        </div> },
        Receipt::Confirm { student, reply } => {
            let replace = {
                let (book, reply, student, cb) = (
                    props.book.clone(),
                    reply.clone(),
                    student.clone(),
                    props.onchange.clone(),
                );
                Callback::from(move |_| {
                    book.update(|b| b.file(reply.clone()));
                    cb.emit(Receipt::Filed {
                        student: student.clone(),
                    });
                })
            };
            let keep = {
                let (student, cb) = (student.clone(), props.onchange.clone());
                Callback::from(move |_| {
                    cb.emit(Receipt::Kept {
                        student: student.clone(),
                    })
                })
            };
            html! { <div id="receipt" role="alert">
                <p>{ s::REPLACE_ASK.get(lang) }</p>
                <div class="button-row">
                    <button type="button" class="button button--primary" onclick={replace}>{ s::REPLACE_YES.get(lang) }</button>
                    <button type="button" class="button" onclick={keep}>{ s::REPLACE_NO.get(lang) }</button>
                </div>
            </div> }
        }
        Receipt::Refused(reasons) => html! { <div id="receipt" role="alert" class="field__error">
            { for reasons.iter().map(|r| html! { <p>{ r }</p> }) }
            <p>{ s::NOTHING_CHANGED.get(lang) }</p>
        </div> },
    }
}
