//! A button that offers a file, and says on screen when the browser refused.

use yew::prelude::*;

use crate::files;
use crate::i18n::{common, use_lang};

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    pub label: AttrValue,
    pub filename: AttrValue,
    pub mime: AttrValue,
    /// Makes the file's contents when pressed (not on every render).
    pub contents: Callback<(), String>,
    #[prop_or_default]
    pub primary: bool,
}

#[function_component(DownloadButton)]
pub fn download_button(props: &DownloadProps) -> Html {
    let lang = use_lang();
    let failed = use_state(|| false);
    let onclick = {
        let failed = failed.clone();
        let (name, mime, contents) = (
            props.filename.clone(),
            props.mime.clone(),
            props.contents.clone(),
        );
        Callback::from(move |_| {
            let ok = files::download(&name, &mime, &contents.emit(())).is_ok();
            failed.set(!ok);
        })
    };
    html! { <>
        <button type="button" class={classes!("button", props.primary.then_some("button--primary"))} {onclick}>{ &props.label }</button>
        if *failed { <p class="field__error" role="alert">{ common::DOWNLOAD_FAILED.get(lang) }</p> }
    </> }
}
