//! TOOL_POINTS — placeholder until the tool lands.

use yew::prelude::*;

use crate::components::placeholder::Placeholder;
use crate::i18n::{common as s, use_lang};

#[function_component(PointsPage)]
pub fn points_page() -> Html {
    let lang = use_lang();
    html! { <Placeholder title={s::TOOL_POINTS.title.get(lang)} /> }
}
