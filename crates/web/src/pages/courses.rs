//! TOOL_COURSES — placeholder until the tool lands.

use yew::prelude::*;

use crate::components::placeholder::Placeholder;
use crate::i18n::{common as s, use_lang};

#[function_component(CoursesPage)]
pub fn courses_page() -> Html {
    let lang = use_lang();
    html! { <Placeholder title={s::TOOL_COURSES.title.get(lang)} /> }
}
