//! What follows from a basic-school student's grades: support, additional
//! study, repeating a year, honours — each with its clause.

use kooliabi_core::code::{as_code, as_code_was_serde};
use kooliabi_core::grading::basic_school::{
    self, Conduct, Curriculum, Honours, PraiseLetterSetting, Student, Subject,
};
use kooliabi_core::grading::scale::Grade;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::select::{EnumSelect, Select};
use crate::i18n::{common, grading as s, use_lang, Lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubjectForm {
    pub name: String,
    pub marks: String,
    /// Stored as the grade's number (or null), as the first release did.
    pub trimester: Option<Grade>,
    pub year: Option<Grade>,
    pub exam: Option<Grade>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowsForm {
    pub class: u8,
    #[serde(with = "as_code")]
    pub curriculum: Curriculum,
    #[serde(with = "as_code_was_serde")]
    pub behaviour: Option<Conduct>,
    pub praise_lowest: Grade,
    pub subjects: Vec<SubjectForm>,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for FollowsForm {
    const VERSION: u32 = 1;
}

impl Default for FollowsForm {
    fn default() -> Self {
        FollowsForm {
            class: 7,
            curriculum: Curriculum::Regular,
            behaviour: None,
            praise_lowest: PraiseLetterSetting::default().lowest_year_grade,
            subjects: vec![SubjectForm::default()],
        }
    }
}

impl FollowsForm {
    pub fn add_subject(&mut self) {
        self.subjects.push(SubjectForm::default());
    }

    pub fn remove_subject(&mut self, i: usize) {
        if i < self.subjects.len() {
            self.subjects.remove(i);
        }
    }
}

fn subject_name(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        s::UNNAMED_SUBJECT.get(lang).to_string()
    } else {
        name.trim().to_string()
    }
}

#[function_component(FollowsPage)]
pub fn follows_page() -> Html {
    let lang = use_lang();
    let form = use_stored("grading:follows", FollowsForm::default);

    // Parse once; keep each subject's mark errors for its field.
    let parsed: Vec<(Subject, Vec<basic_school::MarkError>)> = form
        .subjects
        .iter()
        .map(|sf| {
            let (marks, errors) = basic_school::parse_marks(&sf.marks);
            let subject = Subject {
                name: subject_name(lang, &sf.name),
                marks,
                trimester: sf.trimester,
                year: sf.year,
                exam: sf.exam,
            };
            (subject, errors)
        })
        .collect();
    let student = Student {
        class: form.class,
        curriculum: form.curriculum,
        subjects: parsed.iter().map(|(s, _)| s.clone()).collect(),
        behaviour: form.behaviour,
    };
    let class_options: Vec<(AttrValue, AttrValue)> = (basic_school::FIRST_CLASS
        ..=basic_school::LAST_CLASS)
        .map(|c| {
            (
                AttrValue::from(c.to_string()),
                AttrValue::from(c.to_string()),
            )
        })
        .collect();

    html! {
        <>
            <h1>{ common::TOOL_FOLLOWS.title.get(lang) }</h1>
            <div class="grade-selects">
                <Select id="class" label={s::CLASS_LABEL.get(lang)} options={class_options} value={form.class.to_string()}
                    onchange={form.edit(|f, v: String| f.class = v.parse().unwrap_or(f.class))} />
                <EnumSelect<Curriculum> id="curriculum" label={s::CURRICULUM.get(lang)} value={form.curriculum}
                    onchange={form.edit(|f, v| f.curriculum = v)} />
                <EnumSelect<Option<Conduct>> id="behaviour" label={s::BEHAVIOUR.get(lang)} value={form.behaviour}
                    onchange={form.edit(|f, v| f.behaviour = v)} />
            </div>
            <h2>{ s::SUBJECTS.get(lang) }</h2>
            { for form.subjects.iter().enumerate().map(|(i, sf)| html! {
                <SubjectFieldset key={i} index={i} subject={sf.clone()} errors={parsed[i].1.clone()}
                    onchange={form.edit(move |f, sf| f.subjects[i] = sf)}
                    onremove={form.edit(move |f, ()| f.remove_subject(i))} />
            }) }
            <div class="button-row">
                <button type="button" class="button" onclick={form.edit(|f, _: MouseEvent| f.add_subject())}>{ s::ADD_SUBJECT.get(lang) }</button>
            </div>
            <Findings student={student.clone()} />
            if basic_school::uses_numeric_grades(form.class) {
                <HonoursSection student={student.clone()} praise_lowest={form.praise_lowest}
                    onpraise={form.edit(|f, g: Option<Grade>| if let Some(g) = g { f.praise_lowest = g })} />
                <Stats subjects={student.subjects.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SubjectProps {
    index: usize,
    subject: SubjectForm,
    errors: Vec<basic_school::MarkError>,
    onchange: Callback<SubjectForm>,
    onremove: Callback<()>,
}

/// One subject: name, marks, and the trimester, yearly and exam grades.
#[function_component(SubjectFieldset)]
fn subject_fieldset(props: &SubjectProps) -> Html {
    let lang = use_lang();
    let (i, sf) = (props.index, &props.subject);
    let edit = |f: fn(&mut SubjectForm, String)| {
        let (sf, cb) = (sf.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = sf.clone();
            f(&mut next, v);
            cb.emit(next);
        })
    };
    let grade = |f: fn(&mut SubjectForm, Option<Grade>)| {
        let (sf, cb) = (sf.clone(), props.onchange.clone());
        Callback::from(move |g: Option<Grade>| {
            let mut next = sf.clone();
            f(&mut next, g);
            cb.emit(next);
        })
    };
    let marks_error = (!props.errors.is_empty()).then(|| {
        AttrValue::from(
            props
                .errors
                .iter()
                .map(|e| s::marks_error(lang, e.position, &e.text))
                .collect::<Vec<_>>()
                .join(" "),
        )
    });
    html! {
        <fieldset class="subject">
            <legend>{ s::subject_heading(lang, i + 1) }</legend>
            <Field id={format!("subject-{i}-name")} label={s::SUBJECT_NAME.get(lang)} value={sf.name.clone()} oninput={edit(|f, v| f.name = v)} />
            <Field id={format!("subject-{i}-marks")} label={s::MARKS.get(lang)} value={sf.marks.clone()}
                hint={s::MARKS_HINT.get(lang)} error={marks_error} oninput={edit(|f, v| f.marks = v)} />
            <div class="grade-selects">
                <EnumSelect<Option<Grade>> id={format!("subject-{i}-trimester")} label={s::TRIMESTER.get(lang)} value={sf.trimester} onchange={grade(|f, g| f.trimester = g)} />
                <EnumSelect<Option<Grade>> id={format!("subject-{i}-year")} label={s::YEAR.get(lang)} value={sf.year} onchange={grade(|f, g| f.year = g)} />
                <EnumSelect<Option<Grade>> id={format!("subject-{i}-exam")} label={s::EXAM.get(lang)} value={sf.exam} onchange={grade(|f, g| f.exam = g)} />
            </div>
            <button type="button" class="button button--danger" onclick={props.onremove.reform(|_: MouseEvent| ())}
                aria-label={s::remove_subject(lang, &subject_name(lang, &sf.name))}>
                { s::REMOVE.get(lang) }
            </button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct StudentProps {
    student: Student,
}

/// Support, additional study, repeating a year — each with its clause.
#[function_component(Findings)]
fn findings(props: &StudentProps) -> Html {
    let lang = use_lang();
    let findings = basic_school::findings(&props.student);
    html! {
        <section aria-labelledby="follows-heading" class="result">
            <h2 id="follows-heading">{ s::WHAT_FOLLOWS.get(lang) }</h2>
            <output id="findings" aria-live="polite">
                if findings.is_empty() {
                    <p>{ s::NOTHING_FOLLOWS.get(lang) }</p>
                } else {
                    <ul class="findings">{ for findings.iter().map(|f| html! { <li>{ s::finding(lang, f) }</li> }) }</ul>
                }
            </output>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HonoursProps {
    student: Student,
    praise_lowest: Grade,
    onpraise: Callback<Option<Grade>>,
}

/// 003 IX 4 honours and the praise letter with its setting.
#[function_component(HonoursSection)]
fn honours_section(props: &HonoursProps) -> Html {
    let lang = use_lang();
    let honours = basic_school::honours(&props.student);
    let setting = PraiseLetterSetting {
        lowest_year_grade: props.praise_lowest,
    };
    let praise = basic_school::praise_letter(&props.student, &setting);
    let grades: Vec<Option<Grade>> = Grade::ALL_DESC.iter().map(|g| Some(*g)).collect();
    html! {
        <section aria-labelledby="honours-heading">
            <h2 id="honours-heading">{ s::HONOURS_HEADING.get(lang) }</h2>
            <output id="honours">
                { match &honours {
                    Honours::Met => html! { <p>{ s::HONOURS_MET.get(lang) }</p> },
                    Honours::NotYetKnown => html! { <p>{ s::HONOURS_UNKNOWN.get(lang) }</p> },
                    Honours::NotMet(gaps) => html! { <>
                        <p>{ s::HONOURS_NOT_MET.get(lang) }</p>
                        <ul>{ for gaps.iter().map(|g| html! { <li>{ s::honours_gap(lang, g) }</li> }) }</ul>
                    </> },
                } }
            </output>
            <h2>{ s::PRAISE_HEADING.get(lang) }</h2>
            <EnumSelect<Option<Grade>> id="praise-lowest" label={s::PRAISE_SETTING.get(lang)} value={Some(props.praise_lowest)}
                only={grades} onchange={props.onpraise.clone()} />
            <output id="praise">
                { match praise {
                    Some(true) => s::PRAISE_YES.get(lang),
                    Some(false) => s::PRAISE_NO.get(lang),
                    None => s::PRAISE_UNKNOWN.get(lang),
                } }
            </output>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StatsProps {
    subjects: Vec<Subject>,
}

/// Mean, median and latest mark: information, never the grade (002 8.4).
#[function_component(Stats)]
fn stats(props: &StatsProps) -> Html {
    let lang = use_lang();
    let lines: Vec<String> = props
        .subjects
        .iter()
        .filter_map(|subj| {
            basic_school::mark_stats(&subj.marks).map(|st| {
                s::stats_line(
                    lang,
                    &subj.name,
                    st.mean,
                    st.median,
                    st.latest.value(),
                    st.count,
                )
            })
        })
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="stats-heading">
            <h2 id="stats-heading">{ s::STATS_HEADING.get(lang) }</h2>
            <p class="note">{ s::STATS_NOTE.get(lang) }</p>
            <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </section>
    }
}
