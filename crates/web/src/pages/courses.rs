//! My courses (upper secondary): compulsory courses per subject, the total
//! load, stage grades, exams and the research paper → graduation conditions.

use kooliabi_core::grading::scale::{Grade, PassFail};
use kooliabi_core::grading::upper_secondary::{
    self, Choices, Outcome, Record, StageGrade, Subject, COURSES_MAX,
};

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::select::Select;
use crate::i18n::{common, use_lang, vocational as s, Lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CoursesForm {
    pub choices: Choices,
    pub courses: Vec<(Subject, String)>,
    pub total: String,
    pub stage: String,
    pub exams: [Outcome; 5],
}

fn parse_count(t: &str) -> Option<Result<u32, ()>> {
    let t = t.trim();
    (!t.is_empty()).then(|| {
        t.parse::<u32>()
            .ok()
            .filter(|n| *n <= COURSES_MAX)
            .ok_or(())
    })
}

/// Stage grades as typed ("5 4 A MA"): the grades, and the pieces not understood.
fn parse_stage(t: &str) -> (Vec<StageGrade>, Vec<String>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for piece in t
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty())
    {
        match piece.to_uppercase().as_str() {
            "A" => ok.push(StageGrade::PassFail(PassFail::Pass)),
            "MA" => ok.push(StageGrade::PassFail(PassFail::Fail)),
            p => match p.parse().ok().and_then(Grade::from_value) {
                Some(g) => ok.push(StageGrade::Grade(g)),
                None => bad.push(piece.to_string()),
            },
        }
    }
    (ok, bad)
}

fn outcome_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    vec![
        (
            AttrValue::Static("NotYet"),
            AttrValue::Static(s::OUTCOME_NOT_YET.get(lang)),
        ),
        (
            AttrValue::Static("Passed"),
            AttrValue::Static(s::OUTCOME_PASSED.get(lang)),
        ),
        (
            AttrValue::Static("Failed"),
            AttrValue::Static(s::OUTCOME_FAILED.get(lang)),
        ),
    ]
}

#[function_component(CoursesPage)]
pub fn courses_page() -> Html {
    let lang = use_lang();
    let form = use_stored("upper-secondary:courses", CoursesForm::default);
    let count_of = |subject: Subject| {
        form.courses
            .iter()
            .find(|(s, _)| *s == subject)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (stage, stage_bad) = parse_stage(&form.stage);
    let record = Record {
        choices: form.choices,
        courses: Subject::ALL
            .iter()
            .filter_map(|s| {
                parse_count(&count_of(*s))
                    .and_then(Result::ok)
                    .map(|n| (*s, n))
            })
            .collect(),
        total_courses: parse_count(&form.total).and_then(Result::ok).unwrap_or(0),
        stage_grades: stage,
        state_exam_estonian: form.exams[0],
        state_exam_maths: form.exams[1],
        state_exam_foreign: form.exams[2],
        school_exam: form.exams[3],
        research_work: form.exams[4],
    };
    let conditions = upper_secondary::graduation(&record);

    let toggle = |f: fn(&mut Choices, bool)| {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut next = (*form).clone();
            f(&mut next.choices, on);
            form.set(next);
        })
    };
    let set_count = |subject: Subject| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            next.courses.retain(|(s, _)| *s != subject);
            next.courses.push((subject, v));
            form.set(next);
        })
    };
    let set_exam = |i: usize| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            next.exams[i] = match v.as_str() {
                "Passed" => Outcome::Passed,
                "Failed" => Outcome::Failed,
                _ => Outcome::NotYet,
            };
            form.set(next);
        })
    };
    let count_error = |t: &str| {
        matches!(parse_count(t), Some(Err(()))).then(|| AttrValue::from(s::courses_error(lang)))
    };

    let subject_fields = Subject::ALL.iter().filter(|s| s.compulsory(form.choices) > 0).map(|subject| {
        let v = count_of(*subject);
        html! {
            <Field id={format!("courses-{subject:?}").to_lowercase()} label={s::courses_label(lang, subject.name().get(lang), subject.compulsory(form.choices))}
                value={v.clone()} inputmode="numeric" error={count_error(&v)} oninput={set_count(*subject)} />
        }
    });
    let exam_labels = [
        s::EXAM_ESTONIAN,
        s::EXAM_MATHS,
        s::EXAM_FOREIGN,
        s::SCHOOL_EXAM,
        s::RESEARCH,
    ];

    html! {
        <>
            <h1>{ common::TOOL_COURSES.title.get(lang) }</h1>
            <div class="checkbox">
                <input id="extensive-maths" type="checkbox" checked={form.choices.extensive_maths} onchange={toggle(|c, on| c.extensive_maths = on)} />
                <label for="extensive-maths">{ s::EXTENSIVE_MATHS.get(lang) }</label>
            </div>
            <div class="checkbox">
                <input id="est-second" type="checkbox" checked={form.choices.estonian_as_second_language} onchange={toggle(|c, on| c.estonian_as_second_language = on)} />
                <label for="est-second">{ s::EST_SECOND.get(lang) }</label>
            </div>
            <fieldset class="course-block">
                <legend>{ s::COURSES_PER_SUBJECT.get(lang) }</legend>
                <div class="course-grid">{ for subject_fields }</div>
            </fieldset>
            <Field id="total-courses" label={s::TOTAL_COURSES.get(lang)} value={form.total.clone()} inputmode="numeric"
                error={count_error(&form.total)} oninput={{ let form = form.clone(); Callback::from(move |v: String| form.set(CoursesForm { total: v, ..(*form).clone() })) }} />
            <Field id="stage-grades" label={s::STAGE_GRADES.get(lang)} hint={s::STAGE_HINT.get(lang)} value={form.stage.clone()}
                error={(!stage_bad.is_empty()).then(|| AttrValue::from(stage_bad.iter().map(|p| s::stage_error(lang, p)).collect::<Vec<_>>().join(" ")))}
                oninput={{ let form = form.clone(); Callback::from(move |v: String| form.set(CoursesForm { stage: v, ..(*form).clone() })) }} />
            <div class="course-grid">
                { for exam_labels.iter().enumerate().map(|(i, label)| html! {
                    <Select id={format!("exam-{i}")} label={label.get(lang)} options={outcome_options(lang)}
                        value={format!("{:?}", form.exams[i])} onchange={set_exam(i)} />
                }) }
            </div>
            <section aria-labelledby="graduation-heading" class="result">
                <h2 id="graduation-heading">{ s::GRADUATION.get(lang) }</h2>
                <output id="courses-summary" aria-live="polite">
                    <ul class="conditions">
                        { for conditions.iter().map(|(c, st)| html! {
                            <li class={format!("cond cond--{st:?}").to_lowercase()}>
                                { s::condition(lang, c) }{ ": " }<strong>{ s::state(lang, *st) }</strong>
                            </li>
                        }) }
                    </ul>
                </output>
            </section>
        </>
    }
}
