//! My courses (upper secondary): compulsory courses per subject, the total
//! load, stage grades, exams and the research paper → graduation conditions.

use kooliabi_core::code::Coded;
use kooliabi_core::grading::upper_secondary::{
    self, parse_count, parse_stage_grades, Choices, Outcome, Record, StudyForm, Subject,
    HOME_STUDY_YEARS_MAX,
};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::condition::ConditionItem;
use crate::components::field::Field;
use crate::components::select::{enum_select, Select};
use crate::i18n::{common, use_lang, vocational as s};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CoursesForm {
    pub choices: Choices,
    pub courses: Vec<(Subject, String)>,
    pub total: String,
    pub stage: String,
    pub exams: [Outcome; 5],
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for CoursesForm {
    const VERSION: u32 = 1;
}

impl CoursesForm {
    fn count_text(&self, subject: Subject) -> String {
        self.courses
            .iter()
            .find(|(s, _)| *s == subject)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn set_count(&mut self, subject: Subject, text: String) {
        self.courses.retain(|(s, _)| *s != subject);
        self.courses.push((subject, text));
    }

    /// What the core needs; fields that do not read count as not entered
    /// (their own messages say why).
    fn record(&self) -> Record {
        let count = |t: &str| parse_count(t).and_then(Result::ok);
        let [estonian, maths, foreign, school, research] = self.exams;
        Record {
            choices: self.choices,
            courses: Subject::all()
                .filter_map(|s| count(&self.count_text(s)).map(|n| (s, n)))
                .collect(),
            total_courses: count(&self.total).unwrap_or(0),
            stage_grades: parse_stage_grades(&self.stage).0,
            state_exam_estonian: estonian,
            state_exam_maths: maths,
            state_exam_foreign: foreign,
            school_exam: school,
            research_work: research,
        }
    }
}

const EXAM_LABELS: [kooliabi_core::i18n::Tr; 5] = [
    s::EXAM_ESTONIAN,
    s::EXAM_MATHS,
    s::EXAM_FOREIGN,
    s::SCHOOL_EXAM,
    s::RESEARCH,
];

/// The research paper's place in `exams` and `EXAM_LABELS`.
const RESEARCH_INDEX: usize = 4;

#[function_component(CoursesPage)]
pub fn courses_page() -> Html {
    let lang = use_lang();
    let form = use_stored("upper-secondary:courses", CoursesForm::default);
    let count_error = |t: &str| {
        matches!(parse_count(t), Some(Err(()))).then(|| AttrValue::from(s::courses_error(lang)))
    };
    let stage_bad = parse_stage_grades(&form.stage).1;
    let toggle = |f: fn(&mut Choices, bool)| {
        form.edit(move |form, e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            f(&mut form.choices, on)
        })
    };
    let subject_fields = Subject::all().filter(|s| s.compulsory(form.choices) > 0).map(|subject| {
        let v = form.count_text(subject);
        html! {
            <Field id={format!("courses-{}", subject.code())} label={s::courses_label(lang, subject.name().get(lang), subject.compulsory(form.choices))}
                value={v.clone()} inputmode="numeric" error={count_error(&v)} oninput={form.edit(move |f, v| f.set_count(subject, v))} />
        }
    });

    let home_years: Vec<(AttrValue, AttrValue)> = (0..=HOME_STUDY_YEARS_MAX)
        .map(|n| {
            (
                AttrValue::from(n.to_string()),
                AttrValue::from(n.to_string()),
            )
        })
        .collect();

    html! {
        <>
            <h1>{ common::TOOL_COURSES.title.get(lang) }</h1>
            <div class="checkbox">
                <input id="extensive-maths" type="checkbox" checked={form.choices.extensive_maths} onchange={toggle(|c, on| c.extensive_maths = on)} />
                <label for="extensive-maths">{ s::extensive_maths(lang) }</label>
            </div>
            <fieldset class="course-block">
                <legend>{ s::LANGUAGES.get(lang) }</legend>
                <div class="checkbox">
                    <input id="est-second" type="checkbox" checked={form.choices.estonian_as_second_language} onchange={toggle(|c, on| c.estonian_as_second_language = on)} />
                    <label for="est-second">{ s::EST_SECOND.get(lang) }</label>
                </div>
                <div class="checkbox">
                    <input id="other-language-basic" type="checkbox" checked={form.choices.basic_education_in_other_language} onchange={toggle(|c, on| c.basic_education_in_other_language = on)} />
                    <label for="other-language-basic">{ s::OTHER_LANGUAGE_BASIC.get(lang) }</label>
                </div>
            </fieldset>
            <fieldset class="course-block">
                <legend>{ s::STUDY_FORM_HEADING.get(lang) }</legend>
                { enum_select::<StudyForm>(lang, "study-form", s::STUDY_FORM.get(lang), form.choices.study_form, form.edit(|f, v| f.choices.study_form = v), None) }
                if form.choices.study_form == StudyForm::Daytime {
                    <Select id="home-study-years" label={s::HOME_STUDY_YEARS.get(lang)} options={home_years}
                        value={form.choices.home_study_years.min(HOME_STUDY_YEARS_MAX).to_string()}
                        onchange={form.edit(|f, v: String| f.choices.home_study_years = v.parse().unwrap_or(0))} />
                }
                <p class="rule-note" id="load-note">{ s::load_note(lang, form.choices) }</p>
            </fieldset>
            <fieldset class="course-block">
                <legend>{ s::COURSES_PER_SUBJECT.get(lang) }</legend>
                <div class="course-grid">{ for subject_fields }</div>
            </fieldset>
            <Field id="total-courses" label={s::TOTAL_COURSES.get(lang)} value={form.total.clone()} inputmode="numeric"
                error={count_error(&form.total)} oninput={form.edit(|f, v| f.total = v)} />
            <Field id="stage-grades" label={s::STAGE_GRADES.get(lang)} hint={s::STAGE_HINT.get(lang)} value={form.stage.clone()}
                error={(!stage_bad.is_empty()).then(|| AttrValue::from(stage_bad.iter().map(|p| s::stage_error(lang, p)).collect::<Vec<_>>().join(" ")))}
                oninput={form.edit(|f, v| f.stage = v)} />
            <div class="course-grid">
                // § 18 (3) 4): no research paper or practical work for an external student.
                { for EXAM_LABELS.iter().enumerate().filter(|(i, _)| *i != RESEARCH_INDEX || form.choices.study_form != StudyForm::External).map(|(i, label)| html! {
                    { enum_select::<Outcome>(lang, format!("exam-{i}"), label.get(lang), form.exams[i], form.edit(move |f, v| f.exams[i] = v), None) }
                }) }
            </div>
            <Graduation record={form.record()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct GraduationProps {
    record: Record,
}

/// 004 § 18 (3): every graduation condition and where it stands.
#[function_component(Graduation)]
fn graduation(props: &GraduationProps) -> Html {
    let lang = use_lang();
    html! {
        <section aria-labelledby="graduation-heading" class="result">
            <h2 id="graduation-heading">{ s::GRADUATION.get(lang) }</h2>
            <output id="courses-summary" aria-live="polite">
                <ul class="conditions">
                    { for upper_secondary::graduation(&props.record).iter().map(|(c, st)| html! {
                        <ConditionItem label={s::condition(lang, c)} state={s::state(lang, *st)} class={st.css_class()} />
                    }) }
                </ul>
            </output>
        </section>
    }
}
