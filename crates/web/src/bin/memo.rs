//! A memo from the class teacher, opened by a student or parent (phones).

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Memo, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Memo => html! { <pages::memo::MemoPage /> },
        other => elsewhere(other),
    }
}
