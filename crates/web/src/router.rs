//! The hash router: the page for the address's fragment (`#/points?max=10`),
//! rendered again on every `hashchange` (a link, the back button, a pushed
//! route). Written here instead of using yew-router, whose history
//! machinery, route recognizer and `Link` component cost every page about
//! 5 KB brotli for what a fragment and one event listener do.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::routes::Route;

/// Where the page is inside its area: the fragment's path and query.
#[derive(Clone, PartialEq)]
pub struct Location {
    path: String,
    /// `?i=…` with its `?`, or empty.
    query: String,
}

impl Location {
    /// The current fragment, read as a path and a query; `#/` if the page
    /// has no fragment of that shape (written into the address, as a link
    /// to the area's start would).
    fn current() -> Location {
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        let Some(fragment) = hash.strip_prefix('#').filter(|f| f.starts_with('/')) else {
            if let Ok(history) = gloo::utils::window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"));
            }
            return Location::read("/");
        };
        Location::read(fragment)
    }

    /// `/answer?i=x#y` → path `/answer`, query `?i=x` (a fragment inside the
    /// fragment is no part of either).
    fn read(fragment: &str) -> Location {
        let fragment = fragment.split('#').next().unwrap_or_default();
        let (path, query) = fragment.split_at(fragment.find('?').unwrap_or(fragment.len()));
        Location {
            path: path.to_string(),
            query: query.to_string(),
        }
    }

    /// The query with its `?` (`?i=…`), or empty.
    pub fn query_str(&self) -> &str {
        &self.query
    }
}

/// The location inside the area; `None` on a widget without a router.
#[hook]
pub fn use_location() -> Option<Location> {
    use_context::<Rc<Location>>().map(|l| (*l).clone())
}

/// Moves to another route of the area, as a link would.
#[derive(Clone, Copy, PartialEq)]
pub struct Navigator;

impl Navigator {
    /// A new entry in the history; the router renders it on `hashchange`.
    pub fn push(&self, route: &Route) {
        let _ = gloo::utils::window().location().set_hash(&route.to_path());
    }
}

/// The navigator, when the page has a router.
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Rc<Location>>().map(|_| Navigator)
}

#[derive(Properties)]
pub struct RouterProps {
    pub render: fn(Route) -> Html,
}

impl PartialEq for RouterProps {
    /// A binary passes its one `switch` and never another.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Renders `render` of the fragment's route, with the location as context
/// for the page (`use_location`, `use_navigator`).
#[function_component(Router)]
pub fn router(props: &RouterProps) -> Html {
    let location = use_state(|| Rc::new(Location::current()));
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                location.set(Rc::new(Location::current()));
            });
            move || drop(listener)
        });
    }
    let route = Route::recognize(&location.path);
    html! {
        <ContextProvider<Rc<Location>> context={(*location).clone()}>
            { (props.render)(route) }
        </ContextProvider<Rc<Location>>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_is_a_path_and_a_query() {
        for (fragment, path, query) in [
            ("/", "/", ""),
            ("/answer?i=abc", "/answer", "?i=abc"),
            ("/points?max=10&points=7", "/points", "?max=10&points=7"),
            ("/conversation/7#top", "/conversation/7", ""),
            ("/answer?i=a#b", "/answer", "?i=a"),
        ] {
            let l = Location::read(fragment);
            assert_eq!(
                (l.path.as_str(), l.query_str()),
                (path, query),
                "{fragment}"
            );
        }
    }
}
