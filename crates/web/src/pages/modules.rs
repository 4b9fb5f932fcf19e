//! TOOL_MODULES — placeholder until the tool lands.

use yew::prelude::*;

use crate::components::placeholder::Placeholder;
use crate::i18n::{common as s, use_lang};

#[function_component(ModulesPage)]
pub fn modules_page() -> Html {
    let lang = use_lang();
    html! { <Placeholder title={s::TOOL_MODULES.title.get(lang)} /> }
}
