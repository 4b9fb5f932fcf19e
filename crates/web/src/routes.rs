//! Every route of the app. Hash routing (`#/points`) so the app works from
//! any static host and any sub-folder without server rewrites.

use yew::prelude::*;
use yew_router::prelude::*;

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
];

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Privacy => html! { <pages::privacy::PrivacyPage /> },
        Route::Questionnaires => html! { <pages::questionnaires::QuestionnairesPage /> },
        Route::Questionnaire { id } => html! { <pages::questionnaire::QuestionnairePage {id} /> },
        Route::Conversations => html! { <pages::conversations::ConversationsPage /> },
        Route::Conversation { id } => html! { <pages::conversation::ConversationPage {id} /> },
        Route::Answer => html! { <pages::answer::AnswerPage /> },
        Route::Reply => html! { <pages::reply::ReplyPage /> },
        Route::Planner => html! { <pages::planner::PlannerPage /> },
        Route::Points => html! { <pages::points::PointsPage /> },
        Route::Class => html! { <pages::class::ClassPage /> },
        Route::Follows => html! { <pages::follows::FollowsPage /> },
        Route::Behaviour => html! { <pages::behaviour::BehaviourPage /> },
        Route::Modules => html! { <pages::modules::ModulesPage /> },
        Route::Courses => html! { <pages::courses::CoursesPage /> },
        Route::Recognise => html! { <pages::recognise::RecognisePage /> },
        Route::Deadlines => html! { <pages::deadlines::DeadlinesPage /> },
        Route::TestSchedule => html! { <pages::test_schedule::TestSchedulePage /> },
        Route::Attendance => html! { <pages::attendance::AttendancePage /> },
        Route::Allowances => html! { <pages::allowances::AllowancesPage /> },
        Route::DebugPanic if crate::test_hooks::panic_route() => html! { <Panics /> },
        Route::NotFound | Route::DebugPanic => html! { <pages::not_found::NotFoundPage /> },
    }
}

#[function_component(Panics)]
fn panics() -> Html {
    panic!("provoked by a browser test through #/debug/panic");
}
