//! Widget: one tool alone, for a school's website (`embed.rs`).

use std::rc::Rc;

use kooliabi_core::embed::{EmbedParams, Tool};
use kooliabi_web::{area::Area, embed, pages};
use yew::prelude::*;

fn main() {
    embed::start(Area::Vocational, Tool::Modules, false, view);
}

fn view(_: Tool, _: Rc<EmbedParams>) -> Html {
    html! { <pages::modules::ModulesPage /> }
}
