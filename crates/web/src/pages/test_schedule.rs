//! A class's test schedule against 002 8.2.4: announced at least a week
//! ahead, at most one test a school day and three a school week. The
//! limits hold "üldjuhul" (as a rule), so problems are warnings.

use kooliabi_core::calendar::test_schedule::{self, PlannedTest, ScheduleProblem};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::today;
use crate::components::field::Field;
use crate::i18n::{calendar as s, common, use_lang, Lang};
use crate::input;
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TestRow {
    pub subject: String,
    pub date: String,
    pub announced: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestScheduleForm {
    pub tests: Vec<TestRow>,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for TestScheduleForm {
    const VERSION: u32 = 1;
}

impl Default for TestScheduleForm {
    fn default() -> Self {
        TestScheduleForm {
            tests: vec![TestRow::default()],
        }
    }
}

impl TestScheduleForm {
    pub fn add(&mut self) {
        self.tests.push(TestRow::default());
    }

    pub fn remove(&mut self, i: usize) {
        if i < self.tests.len() {
            self.tests.remove(i);
        }
    }
}

/// One row read: the test (when it has a valid date) and each date field's message.
fn read_row(lang: Lang, row: &TestRow) -> (Option<PlannedTest>, [Option<AttrValue>; 2]) {
    let (date, date_error) = input::date(lang, &row.date);
    let (announced, announced_error) = input::date(lang, &row.announced);
    let test = date.map(|date| PlannedTest {
        subject: row.subject.trim().to_string(),
        date,
        announced,
    });
    (test, [date_error, announced_error])
}

fn test_name(lang: Lang, t: &PlannedTest) -> String {
    let subject = if t.subject.is_empty() {
        s::UNNAMED_TEST.get(lang).to_string()
    } else {
        t.subject.clone()
    };
    format!("{subject} {}", s::date_short(t.date))
}

#[function_component(TestSchedulePage)]
pub fn test_schedule_page() -> Html {
    let lang = use_lang();
    let form = use_stored("calendar:test-schedule", TestScheduleForm::default);
    let rows: Vec<_> = form.tests.iter().map(|r| read_row(lang, r)).collect();
    // The core numbers the tests it is given; keep each one's row for its name.
    let tests: Vec<PlannedTest> = rows.iter().filter_map(|r| r.0.clone()).collect();
    let problems = test_schedule::check(&tests, today());
    let names = |list: &[usize]| {
        list.iter()
            .map(|&i| test_name(lang, &tests[i]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let problem_text = |p: &ScheduleProblem| match p {
        ScheduleProblem::AnnouncedLate { test, latest } => {
            s::announced_late(lang, &test_name(lang, &tests[*test]), *latest)
        }
        ScheduleProblem::NotAnnounced { test, latest } => {
            s::not_announced(lang, &test_name(lang, &tests[*test]), *latest)
        }
        ScheduleProblem::TooManyOnDay { date, tests } => {
            s::too_many_on_day(lang, *date, &names(tests))
        }
        ScheduleProblem::TooManyInWeek { monday, tests } => {
            s::too_many_in_week(lang, *monday, &names(tests))
        }
    };

    html! {
        <>
            <h1>{ common::TOOL_TEST_SCHEDULE.title.get(lang) }</h1>
            <p class="lead">{ s::schedule_intro(lang) }</p>
            { for form.tests.iter().enumerate().map(|(i, row)| {
                let edit = |f: fn(&mut TestRow, String)| form.edit(move |tf, v| f(&mut tf.tests[i], v));
                let errors = rows[i].1.clone();
                let hint = rows[i].0.as_ref().map(|t| AttrValue::from(s::announce_by(lang, test_schedule::announce_by(t.date))));
                let legend = if row.subject.trim().is_empty() { s::test_n(lang, i + 1) } else { row.subject.clone() };
                html! {
                    <fieldset class="student" key={i}>
                        <legend>{ legend }</legend>
                        <Field id={format!("test-{i}-subject")} label={s::TEST_SUBJECT.get(lang)} value={row.subject.clone()}
                            oninput={edit(|r, v| r.subject = v)} />
                        <div class="student-dates">
                            <Field id={format!("test-{i}-date")} label={s::TEST_DATE.get(lang)} input_type="date"
                                value={row.date.clone()} error={errors[0].clone()} oninput={edit(|r, v| r.date = v)} />
                            <Field id={format!("test-{i}-announced")} label={s::TEST_ANNOUNCED.get(lang)} input_type="date"
                                value={row.announced.clone()} hint={hint} error={errors[1].clone()} oninput={edit(|r, v| r.announced = v)} />
                        </div>
                        <button type="button" class="button button--danger" onclick={form.edit(move |f, _: MouseEvent| f.remove(i))}>
                            { s::remove_test(lang, i + 1) }
                        </button>
                    </fieldset>
                }
            }) }
            <div class="button-row">
                <button type="button" class="button" onclick={form.edit(|f, _: MouseEvent| f.add())}>{ s::ADD_TEST.get(lang) }</button>
            </div>
            <section aria-labelledby="schedule-heading" class="result">
                <h2 id="schedule-heading">{ s::SCHEDULE_HEADING.get(lang) }</h2>
                <output id="schedule-problems" class="result-list" aria-live="polite">
                    if tests.is_empty() {
                        <p class="note">{ s::SCHEDULE_EMPTY.get(lang) }</p>
                    } else if problems.is_empty() {
                        <p>{ s::SCHEDULE_OK.get(lang) }</p>
                    } else {
                        <ul class="warnings">{ for problems.iter().map(|p| html! { <li>{ problem_text(p) }</li> }) }</ul>
                    }
                </output>
            </section>
        </>
    }
}
