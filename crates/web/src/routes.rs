//! Every route of the site. Hash routing (`#/points`) so the app works from
//! any static host and any sub-folder without server rewrites (`router.rs`). Each area's
//! binary renders its own routes and hands the rest to `elsewhere`.

use kooliabi_core::query::{decode_exact, encode};
use yew::prelude::*;

use crate::area::Area;
use crate::i18n::common::{self as s, ToolText};
use crate::pages;

#[derive(Clone, PartialEq)]
pub enum Route {
    Home,
    Privacy,
    Questionnaires,
    Questionnaire {
        id: String,
    },
    Conversations,
    Conversation {
        id: String,
    },
    /// `#/answer?i=…`: an invitation link opened on a phone.
    Answer,
    /// `#/reply?r=…`: a sealed reply opened on the teacher's device.
    Reply,
    /// A sealed memo file from the class teacher, opened by a student or parent.
    Memo,
    Planner,
    Points,
    Class,
    Follows,
    Behaviour,
    Modules,
    Courses,
    Recognise,
    Deadlines,
    TestSchedule,
    Attendance,
    Allowances,
    /// The snippet page: a widget's `<iframe>` code for a school's website.
    Widgets,
    /// Panics when a browser test asks it to (`test_hooks`); else not found.
    DebugPanic,
    NotFound,
}

/// Each route without a parameter and its path; `Questionnaire` and
/// `Conversation` add an id segment to theirs (`/questionnaire/<id>`).
const PATHS: &[(Route, &str)] = &[
    (Route::Home, "/"),
    (Route::Privacy, "/privacy"),
    (Route::Questionnaires, "/questionnaires"),
    (Route::Conversations, "/conversations"),
    (Route::Answer, "/answer"),
    (Route::Reply, "/reply"),
    (Route::Memo, "/memo"),
    (Route::Planner, "/planner"),
    (Route::Points, "/points"),
    (Route::Class, "/class"),
    (Route::Follows, "/follows"),
    (Route::Behaviour, "/behaviour"),
    (Route::Modules, "/modules"),
    (Route::Courses, "/courses"),
    (Route::Recognise, "/recognise"),
    (Route::Deadlines, "/deadlines"),
    (Route::TestSchedule, "/test-schedule"),
    (Route::Attendance, "/attendance"),
    (Route::Allowances, "/allowances"),
    (Route::Widgets, "/widgets"),
    (Route::DebugPanic, "/debug/panic"),
    (Route::NotFound, "/404"),
];

impl Route {
    /// The route's path in the address's fragment, its id percent-encoded.
    pub fn to_path(&self) -> String {
        match self {
            Route::Questionnaire { id } => format!("/questionnaire/{}", encode(id)),
            Route::Conversation { id } => format!("/conversation/{}", encode(id)),
            route => PATHS
                .iter()
                .find(|(r, _)| r == route)
                .map_or("/404", |(_, p)| p)
                .to_string(),
        }
    }

    /// The route of a path (no query); any other path is `NotFound`.
    pub fn recognize(path: &str) -> Route {
        let with_id = |prefix: &str| {
            path.strip_prefix(prefix)
                .filter(|id| !id.is_empty() && !id.contains('/'))
                .and_then(decode_exact)
        };
        if let Some(id) = with_id("/questionnaire/") {
            return Route::Questionnaire { id };
        }
        if let Some(id) = with_id("/conversation/") {
            return Route::Conversation { id };
        }
        PATHS
            .iter()
            .find(|(_, p)| *p == path)
            .map_or(Route::NotFound, |(r, _)| r.clone())
    }
}

/// The tools as the home page groups them; one place, so the home page, the
/// page headings and the tests agree.
pub const TOOL_GROUPS: &[(kooliabi_core::i18n::Tr, &[(Route, &ToolText)])] = &[
    (
        s::GROUP_CONVERSATION,
        &[
            (Route::Questionnaires, &s::TOOL_QUESTIONNAIRES),
            (Route::Planner, &s::TOOL_PLANNER),
            (Route::Conversations, &s::TOOL_CONVERSATIONS),
        ],
    ),
    (
        s::GROUP_GRADES,
        &[
            (Route::Points, &s::TOOL_POINTS),
            (Route::Class, &s::TOOL_CLASS),
            (Route::Follows, &s::TOOL_FOLLOWS),
            (Route::Behaviour, &s::TOOL_BEHAVIOUR),
        ],
    ),
    (
        s::GROUP_VOCATIONAL,
        &[
            (Route::Modules, &s::TOOL_MODULES),
            (Route::Courses, &s::TOOL_COURSES),
            (Route::Recognise, &s::TOOL_RECOGNISE),
        ],
    ),
    (
        s::GROUP_DATES,
        &[
            (Route::Deadlines, &s::TOOL_DEADLINES),
            (Route::TestSchedule, &s::TOOL_TEST_SCHEDULE),
            (Route::Allowances, &crate::i18n::allowances::TOOL),
        ],
    ),
    (
        s::GROUP_ATTENDANCE,
        &[(Route::Attendance, &s::TOOL_ATTENDANCE)],
    ),
    (s::GROUP_WIDGETS, &[(Route::Widgets, &s::TOOL_WIDGETS)]),
];

impl Route {
    /// The area whose build renders this route; `None` for not found.
    pub fn area(&self) -> Option<Area> {
        Area::of_path(&self.to_path())
    }
}

/// What an area shows for a route it does not render itself: another area's
/// route is an ordinary page load there (old links and links between areas);
/// anything else is not found.
pub fn elsewhere(route: Route) -> Html {
    match route.area() {
        Some(area) if !area.is_here() => {
            html! { <GoTo href={area.href(&route.to_path())} /> }
        }
        _ if route == Route::DebugPanic && crate::test_hooks::panic_route() => html! { <Panics /> },
        _ => html! { <pages::not_found::NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct GoToProps {
    href: String,
}

/// Replaces the page with `href` and the query of this page's fragment
/// (`#/answer?i=…` keeps its invitation), so the back button skips the hop.
#[function_component(GoTo)]
fn go_to(props: &GoToProps) -> Html {
    let query = crate::router::use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let href = if props.href.contains('#') {
        format!("{}{query}", props.href)
    } else {
        props.href.clone()
    };
    use_effect_with(href, |href| {
        let _ = gloo::utils::window().location().replace(href);
    });
    html! {}
}

#[function_component(Panics)]
fn panics() -> Html {
    panic!("provoked by a browser test through #/debug/panic");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let mut all: Vec<Route> = PATHS.iter().map(|(r, _)| r.clone()).collect();
        all.push(Route::Questionnaire { id: "q-1".into() });
        all.push(Route::Conversation { id: "7".into() });
        all.push(Route::Questionnaire {
            id: "ä b/c%".into(),
        });
        for route in all {
            assert!(
                route == Route::recognize(&route.to_path()),
                "{}",
                route.to_path()
            );
        }
    }

    #[test]
    fn paths_are_written_as_links_have_always_been() {
        assert_eq!(Route::Home.to_path(), "/");
        assert_eq!(Route::TestSchedule.to_path(), "/test-schedule");
        assert_eq!(
            Route::Questionnaire { id: "ä b".into() }.to_path(),
            "/questionnaire/%C3%A4%20b"
        );
        for (path, route) in [
            ("/nope", Route::NotFound),
            ("/points/", Route::NotFound),
            ("/questionnaire/", Route::NotFound),
            ("/questionnaire/a/b", Route::NotFound),
            ("/questionnaire/%zz", Route::NotFound),
            (
                "/conversation/abc",
                Route::Conversation { id: "abc".into() },
            ),
            ("/404", Route::NotFound),
        ] {
            assert!(Route::recognize(path) == route, "{path}");
        }
    }
}
