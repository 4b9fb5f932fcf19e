//! Answering a questionnaire: what students and parents open on a phone.

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Answer, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Answer => html! { <pages::answer::AnswerPage /> },
        Route::Questionnaires => html! { <pages::questionnaires::QuestionnairesPage /> },
        Route::Questionnaire { id } => html! { <pages::questionnaire::QuestionnairePage {id} /> },
        other => elsewhere(other),
    }
}
