//! Starting a questionnaire of one's own, the list of those on this device,
//! their files and the link to a sealed memo; a started questionnaire is
//! filled here with the answer app's page (`Area::also_here`).

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    Area::Answer.also_here();
    app::start(Area::Questionnaires, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Questionnaires => html! { <pages::questionnaires::QuestionnairesPage /> },
        Route::Questionnaire { id } => html! { <pages::questionnaire::QuestionnairePage {id} /> },
        other => elsewhere(other),
    }
}
