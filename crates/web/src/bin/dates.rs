//! Dates and deadlines, the test schedule and attendance.

use kooliabi_web::{
    app,
    area::Area,
    pages,
    routes::{elsewhere, Route},
};
use yew::prelude::*;

fn main() {
    app::start(Area::Dates, switch);
}

fn switch(route: Route) -> Html {
    match route {
        Route::Deadlines => html! { <pages::deadlines::DeadlinesPage /> },
        Route::TestSchedule => html! { <pages::test_schedule::TestSchedulePage /> },
        Route::Attendance => html! { <pages::attendance::AttendancePage /> },
        other => elsewhere(other),
    }
}
