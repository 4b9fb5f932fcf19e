//! The conversation planner: a class's students, their conversation dates
//! and events; the questionnaire dates, limits and warnings for each; an
//! `.ics` export and a printable list. Names stay on the device.

use kooliabi_core::calendar::ics;
use kooliabi_core::calendar::planner::{self, ChangeTiming, PlannerSettings, StudentPlan, YearEnd};
use kooliabi_core::code::as_code;
use kooliabi_core::paste;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::{now_utc, today};
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::select::enum_select;
use crate::i18n::{calendar as s, common, use_lang};
use crate::input;
use crate::storage::{use_stored, Stored};

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
    /// 000 7.2 "2–6 kuu jooksul" read as limits or a window (a setting).
    /// Added for issue #11, as is `year_end`; older forms read the defaults.
    #[serde(default, with = "as_code")]
    pub change_timing: ChangeTiming,
    /// Which school-year end 000 7.1 is counted to (a setting).
    #[serde(default, with = "as_code")]
    pub year_end: YearEnd,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for PlannerForm {
    const VERSION: u32 = 1;
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

    pub fn settings(&self) -> PlannerSettings {
        PlannerSettings {
            change_timing: self.change_timing,
            year_end: self.year_end,
        }
    }
}

/// One student's parsed dates and status; a bad date is shown at its field
/// and the row is planned as if the field were empty.
#[derive(Clone, PartialEq)]
struct Row {
    plan: StudentPlan,
    errors: [Option<AttrValue>; 2],
    status: planner::StudentStatus,
}

#[function_component(PlannerPage)]
pub fn planner_page() -> Html {
    let lang = use_lang();
    let form = use_stored("calendar:planner", PlannerForm::default);
    let today = today();

    let (teacher_changed, teacher_error) = input::date(lang, &form.teacher_changed);
    let settings = form.settings();
    let rows: Vec<Row> = form
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
            let status = planner::status_with(&plan, teacher_changed, today, &settings);
            Row {
                plan,
                errors: [conv_err, arr_err],
                status,
            }
        })
        .collect();

    html! {
        <>
            <h1>{ common::TOOL_PLANNER.title.get(lang) }</h1>
            <div class="planner-inputs">
                <NamesInput onadd={form.edit(|f, names| f.add_names(names))} />
                <Field id="teacher-changed" label={s::TEACHER_CHANGED.get(lang)} input_type="date"
                    value={form.teacher_changed.clone()} error={teacher_error}
                    oninput={form.edit(|f, v| f.teacher_changed = v)} />
                <details class="settings" open={settings != PlannerSettings::default()}>
                    <summary>{ s::PLANNER_SETTINGS.get(lang) }</summary>
                    { enum_select::<ChangeTiming>(lang, "change-timing", s::CHANGE_TIMING.get(lang), form.change_timing, form.edit(|f, v| f.change_timing = v), None) }
                    { enum_select::<YearEnd>(lang, "year-end", s::YEAR_END.get(lang), form.year_end, form.edit(|f, v| f.year_end = v), None) }
                </details>
                <p class="rule-note" id="planner-rule-note">{ s::planner_note(lang, settings) }</p>
                if !form.students.is_empty() {
                    <h2>{ s::STUDENTS.get(lang) }</h2>
                    { for form.students.iter().enumerate().map(|(i, sf)| html! {
                        <StudentFieldset key={i} {i} student={sf.clone()} errors={rows[i].errors.clone()} form={form.clone()} />
                    }) }
                }
            </div>
            <PlanSection {rows} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct NamesProps {
    onadd: Callback<Vec<String>>,
}

/// A pasted list of names, added to the plan one student per line.
#[function_component(NamesInput)]
fn names_input(props: &NamesProps) -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let note = use_state(|| None::<String>);
    crate::storage::use_unsaved(!text.trim().is_empty());
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                text.set(t.value());
            }
        })
    };
    let add = {
        let (text, note, onadd) = (text.clone(), note.clone(), props.onadd.clone());
        Callback::from(move |_| {
            if let Err(e) = paste::check(&text, paste::NAMES_MAX) {
                note.set(Some(common::paste_error(lang, e)));
                return;
            }
            let (names, blank) = planner::parse_names(&text);
            if names.is_empty() {
                note.set(Some(s::NO_NAMES.get(lang).to_string()));
                return;
            }
            note.set(Some(s::names_added(lang, names.len(), blank.len())));
            onadd.emit(names);
            text.set(String::new());
        })
    };
    html! { <>
        <div class="field">
            <label for="names">{ s::NAMES_LABEL.get(lang) }</label>
            <p class="field__hint" id="names-hint">{ s::NAMES_HINT.get(lang) }</p>
            <textarea id="names" rows="5" aria-describedby="names-hint" value={(*text).clone()} {oninput} />
        </div>
        <div class="button-row">
            <button type="button" class="button" onclick={add}>{ s::ADD_NAMES.get(lang) }</button>
        </div>
        if let Some(note) = &*note {
            <p role="status" id="names-note">{ note }</p>
        }
    </> }
}

#[derive(Properties, PartialEq)]
struct StudentProps {
    i: usize,
    student: StudentForm,
    errors: [Option<AttrValue>; 2],
    form: Stored<PlannerForm>,
}

/// One student's name and dates, and the button that removes them.
#[function_component(StudentFieldset)]
fn student_fieldset(props: &StudentProps) -> Html {
    let lang = use_lang();
    let (i, sf, form) = (props.i, &props.student, &props.form);
    let edit = |f: fn(&mut StudentForm, String)| form.edit(move |pf, v| f(&mut pf.students[i], v));
    let legend = if sf.name.trim().is_empty() {
        format!("{} {}", s::NAME.get(lang), i + 1)
    } else {
        sf.name.clone()
    };
    html! {
        <fieldset class="student">
            <legend>{ legend }</legend>
            <Field id={format!("student-{i}-name")} label={s::NAME.get(lang)} value={sf.name.clone()}
                oninput={edit(|st, v| st.name = v)} />
            <div class="student-dates">
                <Field id={format!("student-{i}-conversation")} label={s::CONVERSATION_DATE.get(lang)} input_type="date"
                    value={sf.conversation.clone()} error={props.errors[0].clone()}
                    oninput={edit(|st, v| st.conversation = v)} />
                <Field id={format!("student-{i}-arrived")} label={s::ARRIVED_DATE.get(lang)} input_type="date"
                    value={sf.arrived.clone()} error={props.errors[1].clone()}
                    oninput={edit(|st, v| st.arrived = v)} />
            </div>
            <button type="button" class="button button--danger" onclick={form.edit(move |f, _: MouseEvent| f.remove(i))}
                aria-label={s::remove_student(lang, &sf.name)}>{ s::REMOVE.get(lang) }</button>
            if !sf.name.trim().is_empty() {
                <a class="button" href={crate::conversation_store::invite_href(&sf.name, &sf.conversation)}>
                    { crate::i18n::conversation::invite_student(lang, sf.name.trim()) }</a>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PlanProps {
    rows: Vec<Row>,
}

/// The plan as a table, its calendar file and printing.
#[function_component(PlanSection)]
fn plan_section(props: &PlanProps) -> Html {
    let lang = use_lang();
    let ics_file = {
        let rows = props.rows.clone();
        Callback::from(move |()| {
            let pairs: Vec<_> = rows.iter().map(|r| (&r.plan, &r.status)).collect();
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
    html! {
        <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ s::PLAN_HEADING.get(lang) }</h2>
            if props.rows.is_empty() {
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
                            { for props.rows.iter().map(|Row { plan: p, status: st, .. }| html! {
                                <tr>
                                    <th scope="row">{ &p.name }</th>
                                    <td>{ p.conversation.map(s::date_short).unwrap_or_default() }</td>
                                    <td>{ st.send_by.map(s::date_short).unwrap_or_default() }</td>
                                    <td>{ st.answer_by.map(s::date_short).unwrap_or_default() }</td>
                                    <td>
                                        { format!("{} — {}", s::date_short(st.latest), s::limit(lang, st.limit)) }
                                        if let Some(e) = st.earliest { <br />{ s::not_before(lang, e) } }
                                    </td>
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
    }
}
