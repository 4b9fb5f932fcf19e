//! Vocational studies and graduating from upper secondary school.

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Vocational, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Modules => html! { <pages::modules::ModulesPage /> },
        Route::Courses => html! { <pages::courses::CoursesPage /> },
        Route::Recognise => html! { <pages::recognise::RecognisePage /> },
        other => elsewhere(other),
    }
}
