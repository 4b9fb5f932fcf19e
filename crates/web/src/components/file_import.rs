//! A button-like label over a file input: reads the picked file as text
//! (refusing a file over the limit before reading it) and shows what the
//! page's `onload` made of it — imported, or why not. A refused file
//! changes nothing.

use kooliabi_core::transfer::FILE_MAX_BYTES;
use yew::prelude::*;

use crate::files;
use crate::i18n::{common, use_lang};

#[derive(Properties, PartialEq)]
pub struct FileImportProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Gets the file's text; answers the message to show: `Ok` imported, `Err` refused.
    pub onload: Callback<String, Result<String, String>>,
    #[prop_or(AttrValue::Static("import-note"))]
    pub note_id: AttrValue,
}

#[function_component(FileImport)]
pub fn file_import(props: &FileImportProps) -> Html {
    let lang = use_lang();
    let note = use_state(|| None::<Result<String, String>>);
    let onchange = {
        let (note, onload) = (note.clone(), props.onload.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked_file(&e) else {
                return;
            };
            let (note, onload) = (note.clone(), onload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match files::read_text(&file, FILE_MAX_BYTES).await {
                    Ok(text) => onload.emit(text),
                    Err(files::ReadError::TooLarge { .. }) => {
                        Err(common::FILE_TOO_LARGE.get(lang).into())
                    }
                    Err(files::ReadError::NotText) => Err(common::FILE_NOT_TEXT.get(lang).into()),
                };
                note.set(Some(result));
            });
        })
    };
    html! { <>
        <input id={props.id.clone()} class="visually-hidden" type="file" accept=".json,application/json" {onchange} />
        <label class="button" for={props.id.clone()}>{ &props.label }</label>
        if let Some(result) = &*note {
            <p id={props.note_id.clone()} role={if result.is_ok() { "status" } else { "alert" }}
                class={if result.is_ok() { "note" } else { "field__error" }}>{ result.clone().unwrap_or_else(|e| e) }</p>
        }
    </> }
}
