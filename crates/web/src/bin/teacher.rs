//! The class teacher's conversation workspace (laptops).

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Teacher, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Conversations => html! { <pages::conversations::ConversationsPage /> },
        Route::Conversation { id } => html! { <pages::conversation::ConversationPage {id} /> },
        Route::Reply => html! { <pages::reply::ReplyPage /> },
        other => elsewhere(other),
    }
}
