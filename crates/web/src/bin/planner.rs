//! The class teacher's conversation planner (laptops): its own small app, so
//! the conversation workspace does not carry the calendar rules and the
//! `.ics` export.

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Planner, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Planner => html! { <pages::planner::PlannerPage /> },
        other => elsewhere(other),
    }
}
