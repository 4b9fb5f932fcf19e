//! The home page: every tool, grouped, with a line on what it is for.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{common as s, use_lang};
use crate::routes::{Route, TOOL_GROUPS};

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let lang = use_lang();
    let groups = TOOL_GROUPS.iter().map(|(group, tools)| {
        html! {
            <section class="tool-group">
                <h2>{ group.get(lang) }</h2>
                <ul class="tool-list">
                    { for tools.iter().map(|(route, text)| html! {
                        <li class="tool-card">
                            <Link<Route> to={route.clone()} classes="tool-card__link">
                                <span class="tool-card__title">{ text.title.get(lang) }</span>
                                <span class="tool-card__summary">{ text.summary.get(lang) }</span>
                            </Link<Route>>
                        </li>
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            <h1>{ s::APP_NAME.get(lang) }</h1>
            <p class="lead">{ s::TAGLINE.get(lang) }</p>
            <p class="note">{ s::DATA_STAYS_NOTE.get(lang) }</p>
            { for groups }
        </>
    }
}
