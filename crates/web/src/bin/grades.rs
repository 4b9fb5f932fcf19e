//! Grades in basic and upper secondary school.

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Grades, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Points => html! { <pages::points::PointsPage /> },
        Route::Class => html! { <pages::class::ClassPage /> },
        Route::Follows => html! { <pages::follows::FollowsPage /> },
        Route::Behaviour => html! { <pages::behaviour::BehaviourPage /> },
        other => elsewhere(other),
    }
}
