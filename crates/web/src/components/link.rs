//! A link to any route: inside the current area a router link, to another
//! area an ordinary link (that area is another build, so a page load). A
//! widget without a router has ordinary links only (they open the full app).

use yew::prelude::*;
use yew_router::prelude::*;

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
            <Link<Route> to={props.to.clone()} classes={props.classes.clone()}>
                { props.children.clone() }
            </Link<Route>>
        },
    }
}
