//! Small shared pieces of the conversation pages: a key's fingerprint for
//! both sides to compare, and a line saying what an action did.

use yew::prelude::*;

use crate::i18n::{conversation as s, use_lang};

#[derive(Properties, PartialEq)]
pub struct FingerprintProps {
    pub key_id: AttrValue,
}

/// The key's fingerprint, for both sides to compare.
#[function_component(Fingerprint)]
pub fn fingerprint(props: &FingerprintProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="fingerprint">
            <p><span class="fingerprint__label">{ s::FINGERPRINT.get(lang) }{ ": " }</span>
                <output class="fingerprint__value">{ &props.key_id }</output></p>
            <p class="field__hint">{ s::FINGERPRINT_HELP.get(lang) }</p>
        </div>
    }
}

/// A line saying what an action did, or why it failed. A function, not a
/// component: it has no state (see `link::app_link`).
pub fn status_line(id: &'static str, status: &Option<Result<String, String>>) -> Html {
    match status {
        None => html! {},
        Some(Ok(t)) => html! { <p {id} role="status" class="note">{ t }</p> },
        Some(Err(t)) => html! { <p {id} role="alert" class="field__error">{ t }</p> },
    }
}
