//! A link to any route: inside the current area a link to the fragment
//! (`#/points`, the router renders it), to another area a link to that
//! area's page (another build, so a page load). A widget without a router
//! has links to the full app only.
//!
//! A function, not a component: it has no state, and each component type
//! brings its own copy of Yew's lifecycle code into the page.

use yew::prelude::*;

use crate::area::Area;
use crate::routes::Route;

/// `<a>` to `to` with `classes` around `children`.
pub fn app_link(to: &Route, classes: &'static str, children: impl Into<Html>) -> Html {
    let path = to.to_path();
    let href = match to.area() {
        Some(area) if !area.is_here() || !Area::routed() => area.href(&path),
        _ => format!("#{path}"),
    };
    let class = (!classes.is_empty()).then_some(classes);
    html! { <a {href} {class}>{ children.into() }</a> }
}
