//! For the student or parent: a memo the class teacher sent as a file
//! sealed with a passphrase, opened here and shown (and printable) without
//! being stored.

use kooliabi_core::conversation::envelope::Envelope;
use kooliabi_core::conversation::memo::Memo;
use kooliabi_core::transfer::FILE_MAX_BYTES;
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::memo::MemoPrint;
use crate::components::status::status_line;
use crate::crypto;
use crate::files;
use crate::i18n::{common, conversation as s, use_lang, Lang};

async fn open(file: &web_sys::File, pass: &str, lang: Lang) -> Result<Memo, String> {
    let text = files::read_text(file, FILE_MAX_BYTES)
        .await
        .map_err(|_| common::FILE_NOT_TEXT.get(lang).to_string())?;
    let env = Envelope::parse_file(&text).map_err(|e| s::envelope_error(lang, &e))?;
    let plain = crypto::open_with_passphrase(pass, &env)
        .await
        .map_err(|e| s::crypto_error(lang, e).to_string())?;
    let text = String::from_utf8(plain)
        .map_err(|_| s::crypto_error(lang, crypto::CryptoError::Damaged).to_string())?;
    Memo::import(&text).map_err(|e| s::import_error(lang, &e))
}

#[function_component(OpenMemo)]
pub fn open_memo() -> Html {
    let lang = use_lang();
    let pass = use_state(String::new);
    let status = use_state(|| None::<Result<String, String>>);
    let memo = use_state(|| None::<Memo>);
    let onchange = {
        let (pass, status, memo) = (pass.clone(), status.clone(), memo.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked_file(&e) else {
                return;
            };
            status.set(Some(Ok(s::WORKING.get(lang).into())));
            let (pass, status, memo) = ((*pass).clone(), status.clone(), memo.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match open(&file, &pass, lang).await {
                    Ok(m) => {
                        memo.set(Some(m));
                        status.set(None);
                    }
                    Err(e) => {
                        memo.set(None);
                        status.set(Some(Err(e)));
                    }
                }
            });
        })
    };
    html! {
        <section class="conv-panel">
            <p class="field__hint">{ s::OPEN_MEMO_HINT.get(lang) }</p>
            <Field id="open-memo-pass" label={s::PASSPHRASE.get(lang)} input_type="password" autocomplete="off"
                value={(*pass).clone()} oninput={let pass = pass.clone(); Callback::from(move |v| pass.set(v))} />
            <input id="open-memo-file" class="visually-hidden" type="file" accept=".json,application/json" {onchange} />
            <label class="button" for="open-memo-file">{ s::OPEN_MEMO_BUTTON.get(lang) }</label>
            { status_line("open-memo-status", &status) }
            if let Some(m) = &*memo {
                <MemoPrint memo={m.clone()} />
            }
        </section>
    }
}
