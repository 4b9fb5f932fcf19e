//! Widget: points to grade, alone, for a school's website (`embed.rs`).
//! The page's `max`, `points`, `pct` and `b5`…`b2` parameters pre-fill it
//! like the full app's deep link.

use std::rc::Rc;

use kooliabi_core::embed::{EmbedParams, Tool};
use kooliabi_web::{area::Area, embed, pages};
use yew::prelude::*;

fn main() {
    embed::start(Area::Grades, Tool::Points, false, view);
}

fn view(_: Tool, params: Rc<EmbedParams>) -> Html {
    let link = params
        .settings
        .iter()
        .map(|(k, v)| format!("{k}={}", kooliabi_core::query::encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    html! { <pages::points::PointsPage link={AttrValue::from(link)} /> }
}
