//! Dates and deadlines, the test schedule, attendance and allowances.

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
        Route::Allowances => html! { <pages::allowances::AllowancesPage /> },
        other => elsewhere(other),
    }
}
