//! A button that copies text to the clipboard and says whether it worked.

use yew::prelude::*;

use crate::files;
use crate::i18n::{common, use_lang};

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Done,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    pub label: AttrValue,
    /// Makes the text when pressed (not on every render).
    pub contents: Callback<(), String>,
    #[prop_or_default]
    pub primary: bool,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyProps) -> Html {
    let lang = use_lang();
    let state = use_state(|| CopyState::Idle);
    let onclick = {
        let (state, contents) = (state.clone(), props.contents.clone());
        Callback::from(move |_| {
            let text = contents.emit(());
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = files::copy_text(&text).await.is_ok();
                state.set(if ok {
                    CopyState::Done
                } else {
                    CopyState::Failed
                });
            });
        })
    };
    html! { <>
        <div class="button-row">
            <button type="button" class={classes!("button", props.primary.then_some("button--primary"))} {onclick}>{ &props.label }</button>
        </div>
        <p role="status" class="copy-status">
            { match *state {
                CopyState::Idle => "",
                CopyState::Done => common::COPY_DONE.get(lang),
                CopyState::Failed => common::COPY_FAILED.get(lang),
            } }
        </p>
    </> }
}
