//! Answering a questionnaire: what students and parents open on a phone, an
//! invitation's link and the questionnaire it starts. The list of one's
//! questionnaires is its own app (`questionnaires.rs`).

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
        Route::Questionnaire { id } => html! { <pages::questionnaire::QuestionnairePage {id} /> },
        other => elsewhere(other),
    }
}
