//! A link to any route: inside the current area a link to the fragment
//! (`#/points`, the router renders it), to another area a link to that
//! area's page (another build, so a page load). A widget without a router
//! has links to the full app only.

use yew::prelude::*;

use crate::area::Area;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(AppLink)]
pub fn app_link(props: &AppLinkProps) -> Html {
    match props.to.area() {
        Some(area) if area != Area::current() || !Area::routed() => html! {
            <a href={area.href(&props.to.to_path())} class={props.classes.clone()}>
                { props.children.clone() }
            </a>
        },
        _ => html! {
            <a href={format!("#{}", props.to.to_path())} class={props.classes.clone()}>
                { props.children.clone() }
            </a>
        },
    }
}
