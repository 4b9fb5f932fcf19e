//! Widget: the questionnaire start, for a school's website (`embed.rs`). It
//! keeps its own router so a started questionnaire is filled in the widget,
//! in the widget's storage (a new tab would be another storage partition).

use std::rc::Rc;

use kooliabi_core::embed::{EmbedParams, Tool};
use kooliabi_web::{area::Area, embed, pages, router::Router, routes::Route};
use yew::prelude::*;

fn main() {
    Area::Answer.also_here();
    embed::start(Area::Questionnaires, Tool::Questionnaires, true, view);
}

fn view(_: Tool, _: Rc<EmbedParams>) -> Html {
    let render: fn(Route) -> Html = switch;
    html! { <Router {render} /> }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Questionnaire { id } => html! { <pages::questionnaire::QuestionnairePage {id} /> },
        _ => html! { <pages::questionnaires::QuestionnairesPage /> },
    }
}
