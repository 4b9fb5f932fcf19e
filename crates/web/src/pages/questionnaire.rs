//! Filling one questionnaire — placeholder until the tool lands.

use yew::prelude::*;

use crate::components::placeholder::Placeholder;
use crate::i18n::{common as s, use_lang};

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub id: String,
}

#[function_component(QuestionnairePage)]
pub fn questionnaire_page(_props: &QuestionnaireProps) -> Html {
    let lang = use_lang();
    html! { <Placeholder title={s::TOOL_QUESTIONNAIRES.title.get(lang)} /> }
}
