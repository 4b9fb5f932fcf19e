//! Every route of the site. Hash routing (`#/points`) so the app works from
//! any static host and any sub-folder without server rewrites. Each area's
//! binary renders its own routes and hands the rest to `elsewhere`.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::area::Area;
use crate::i18n::common::{self as s, ToolText};
use crate::pages;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/privacy")]
    Privacy,
    #[at("/questionnaires")]
    Questionnaires,
    #[at("/questionnaire/:id")]
    Questionnaire { id: String },
    #[at("/conversations")]
    Conversations,
    #[at("/conversation/:id")]
    Conversation { id: String },
    /// `#/answer?i=…`: an invitation link opened on a phone.
    #[at("/answer")]
    Answer,
    /// `#/reply?r=…`: a sealed reply opened on the teacher's device.
    #[at("/reply")]
    Reply,
    #[at("/planner")]
    Planner,
    #[at("/points")]
    Points,
    #[at("/class")]
    Class,
    #[at("/follows")]
    Follows,
    #[at("/behaviour")]
    Behaviour,
    #[at("/modules")]
    Modules,
    #[at("/courses")]
    Courses,
    #[at("/recognise")]
    Recognise,
    #[at("/deadlines")]
    Deadlines,
    #[at("/test-schedule")]
    TestSchedule,
    #[at("/attendance")]
    Attendance,
    #[at("/allowances")]
    Allowances,
    /// The snippet page: a widget's `<iframe>` code for a school's website.
    #[at("/widgets")]
    Widgets,
    /// Panics when a browser test asks it to (`test_hooks`); else not found.
    #[at("/debug/panic")]
    DebugPanic,
    #[not_found]
    #[at("/404")]
    NotFound,
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
        Some(area) if area != Area::current() => {
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

/// Replaces the page with `href`, keeping the hash (with its query) intact,
/// so the back button skips the hop.
#[function_component(GoTo)]
fn go_to(props: &GoToProps) -> Html {
    let href = props.href.clone();
    use_effect_with(href, |href| {
        let _ = gloo::utils::window().location().replace(href);
    });
    html! {}
}

#[function_component(Panics)]
fn panics() -> Html {
    panic!("provoked by a browser test through #/debug/panic");
}
