//! What is stored on this device: see it, export it, erase it; and the
//! snippet page for widgets (both light pages without tool code).

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Privacy, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Privacy => html! { <pages::privacy::PrivacyPage /> },
        Route::Widgets => html! { <pages::widgets::WidgetsPage /> },
        other => elsewhere(other),
    }
}
