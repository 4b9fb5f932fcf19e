//! The conversation planner: a class's students, their conversation dates
//! and events; the questionnaire dates, limits and warnings for each; an
//! `.ics` export and a printable list. Names stay on the device.

use kooliabi_core::calendar::ics;
use kooliabi_core::calendar::planner::{self, StudentPlan};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::{now_utc, today};
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::i18n::{calendar as s, common, use_lang};
use crate::input;
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StudentForm {
    pub name: String,
    pub conversation: String,
    pub arrived: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannerForm {
    pub teacher_changed: String,
    pub students: Vec<StudentForm>,
}

impl PlannerForm {
    pub fn add_names(&mut self, names: Vec<String>) {
        self.students
            .extend(names.into_iter().map(|name| StudentForm {
                name,
                ..Default::default()
            }));
    }

    pub fn remove(&mut self, i: usize) {
        if i < self.students.len() {
            self.students.remove(i);
        }
    }
}

#[function_component(PlannerPage)]
pub fn planner_page() -> Html {
    let lang = use_lang();
    let form = use_stored("calendar:planner", PlannerForm::default);
    let names_text = use_state(String::new);
    let names_note = use_state(|| None::<String>);
    let today = today();

    let (teacher_changed, teacher_error) = input::date(lang, &form.teacher_changed);

    let on_names = {
        let names_text = names_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                names_text.set(t.value());
            }
        })
    };
    let add_names = {
        let (form, names_text, names_note) = (form.clone(), names_text.clone(), names_note.clone());
        Callback::from(move |_| {
            let (names, blank) = planner::parse_names(&names_text);
            if names.is_empty() {
                names_note.set(Some(s::NO_NAMES.get(lang).to_string()));
                return;
            }
            names_note.set(Some(s::names_added(lang, names.len(), blank.len())));
            form.update(|f| f.add_names(names));
            names_text.set(String::new());
        })
    };
    let edit =
        |f: fn(&mut PlannerForm, usize, String), i: usize| form.edit(move |form, v| f(form, i, v));
    let on_teacher = form.edit(|f, v| f.teacher_changed = v);

    // Each student's parsed dates and status; a bad date is shown at its field
    // and the row is planned as if the field were empty.
    let rows: Vec<(StudentPlan, [Option<AttrValue>; 2], planner::StudentStatus)> = form
        .students
        .iter()
        .map(|sf| {
            let (conversation, conv_err) = input::date(lang, &sf.conversation);
            let (arrived, arr_err) = input::date(lang, &sf.arrived);
            let plan = StudentPlan {
                name: sf.name.clone(),
                conversation,
                arrived,
            };
            let st = planner::status(&plan, teacher_changed, today);
            (plan, [conv_err, arr_err], st)
        })
        .collect();

    let ics_file = {
        let rows: Vec<(StudentPlan, planner::StudentStatus)> = rows
            .iter()
            .map(|(p, _, st)| (p.clone(), st.clone()))
            .collect();
        Callback::from(move |()| {
            let pairs: Vec<_> = rows.iter().map(|(p, st)| (p, st)).collect();
            let events = planner::calendar_events(
                &pairs,
                |n| s::conversation_summary(lang, n),
                |n| s::send_reminder(lang, n),
            );
            ics::calendar(s::PLAN_CALENDAR_NAME.get(lang), &events, now_utc())
        })
    };
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });

    let student_fields = form.students.iter().enumerate().map(|(i, sf)| {
        let remove = form.edit(move |f, _: MouseEvent| f.remove(i));
        let errs = &rows[i].1;
        html! {
            <fieldset class="student" key={i}>
                <legend>{ if sf.name.trim().is_empty() { format!("{} {}", s::NAME.get(lang), i + 1) } else { sf.name.clone() } }</legend>
                <Field id={format!("student-{i}-name")} label={s::NAME.get(lang)} value={sf.name.clone()}
                    oninput={edit(|f, i, v| f.students[i].name = v, i)} />
                <div class="student-dates">
                    <Field id={format!("student-{i}-conversation")} label={s::CONVERSATION_DATE.get(lang)} input_type="date"
                        value={sf.conversation.clone()} error={errs[0].clone()}
                        oninput={edit(|f, i, v| f.students[i].conversation = v, i)} />
                    <Field id={format!("student-{i}-arrived")} label={s::ARRIVED_DATE.get(lang)} input_type="date"
                        value={sf.arrived.clone()} error={errs[1].clone()}
                        oninput={edit(|f, i, v| f.students[i].arrived = v, i)} />
                </div>
                <button type="button" class="button button--danger" onclick={remove}
                    aria-label={s::remove_student(lang, &sf.name)}>{ s::REMOVE.get(lang) }</button>
            </fieldset>
        }
    });

    html! {
        <>
            <h1>{ common::TOOL_PLANNER.title.get(lang) }</h1>
            <div class="planner-inputs">
                <div class="field">
                    <label for="names">{ s::NAMES_LABEL.get(lang) }</label>
                    <p class="field__hint" id="names-hint">{ s::NAMES_HINT.get(lang) }</p>
                    <textarea id="names" rows="5" aria-describedby="names-hint" value={(*names_text).clone()} oninput={on_names} />
                </div>
                <div class="button-row">
                    <button type="button" class="button" onclick={add_names}>{ s::ADD_NAMES.get(lang) }</button>
                </div>
                if let Some(note) = &*names_note {
                    <p role="status" id="names-note">{ note }</p>
                }
                <Field id="teacher-changed" label={s::TEACHER_CHANGED.get(lang)} input_type="date"
                    value={form.teacher_changed.clone()} error={teacher_error} oninput={on_teacher} />
                if !form.students.is_empty() {
                    <h2>{ s::STUDENTS.get(lang) }</h2>
                    { for student_fields }
                }
            </div>
            <section aria-labelledby="plan-heading">
                <h2 id="plan-heading">{ s::PLAN_HEADING.get(lang) }</h2>
                if rows.is_empty() {
                    <p class="note">{ s::EMPTY_PLAN.get(lang) }</p>
                } else {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="plan-heading">
                        <table class="plan-table">
                            <thead><tr>
                                <th scope="col">{ s::NAME.get(lang) }</th>
                                <th scope="col">{ s::CONVERSATION_DATE.get(lang) }</th>
                                <th scope="col">{ s::COL_SEND_BY.get(lang) }</th>
                                <th scope="col">{ s::COL_ANSWER_BY.get(lang) }</th>
                                <th scope="col">{ s::COL_LATEST.get(lang) }</th>
                                <th scope="col">{ s::COL_WARNINGS.get(lang) }</th>
                            </tr></thead>
                            <tbody>
                                { for rows.iter().map(|(p, _, st)| html! {
                                    <tr>
                                        <th scope="row">{ &p.name }</th>
                                        <td>{ p.conversation.map(s::date_short).unwrap_or_default() }</td>
                                        <td>{ st.send_by.map(s::date_short).unwrap_or_default() }</td>
                                        <td>{ st.answer_by.map(s::date_short).unwrap_or_default() }</td>
                                        <td>{ format!("{} — {}", s::date_short(st.latest), s::limit(lang, st.limit)) }</td>
                                        <td class="warning">{ st.warnings.iter().map(|w| s::warning(lang, *w)).collect::<Vec<_>>().join("; ") }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div class="button-row">
                        <DownloadButton primary=true label={s::EXPORT_ICS.get(lang)} filename="arenguvestlused.ics"
                            mime="text/calendar;charset=utf-8" contents={ics_file} />
                        <button type="button" class="button" onclick={on_print}>{ s::PRINT.get(lang) }</button>
                    </div>
                }
            </section>
        </>
    }
}
