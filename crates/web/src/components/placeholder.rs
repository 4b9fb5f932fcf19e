//! What a tool's route shows until the tool is built: its name and an honest
//! "still being built", never a fake result.

use yew::prelude::*;

use crate::i18n::{common as s, use_lang};

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub title: &'static str,
}

#[function_component(Placeholder)]
pub fn placeholder(props: &PlaceholderProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ props.title }</h1>
            <p>{ s::COMING_SOON.get(lang) }</p>
        </>
    }
}
