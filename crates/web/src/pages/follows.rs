//! What follows from a basic-school student's grades: support, additional
//! study, repeating a year, honours — each with its clause.

use kooliabi_core::grading::basic_school::{
    self, Conduct, Curriculum, Honours, PraiseLetterSetting, Student, Subject,
};
use kooliabi_core::grading::scale::Grade;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::select::Select;
use crate::i18n::{common, grading as s, use_lang, Lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubjectForm {
    pub name: String,
    pub marks: String,
    pub trimester: Option<u8>,
    pub year: Option<u8>,
    pub exam: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowsForm {
    pub class: u8,
    pub curriculum: Curriculum,
    pub behaviour: Option<Conduct>,
    pub praise_lowest: u8,
    pub subjects: Vec<SubjectForm>,
}

impl Default for FollowsForm {
    fn default() -> Self {
        FollowsForm {
            class: 7,
            curriculum: Curriculum::Regular,
            behaviour: None,
            praise_lowest: PraiseLetterSetting::default().lowest_year_grade.value(),
            subjects: vec![SubjectForm::default()],
        }
    }
}

fn grade_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    let mut v = vec![(
        AttrValue::Static(""),
        AttrValue::Static(s::NOT_ENTERED.get(lang)),
    )];
    v.extend(Grade::ALL_DESC.iter().map(|g| {
        (
            AttrValue::from(g.value().to_string()),
            AttrValue::from(format!("{} — {}", g.value(), g.name_in(lang))),
        )
    }));
    v
}

fn opt_u8(v: Option<u8>) -> AttrValue {
    v.map(|x| AttrValue::from(x.to_string()))
        .unwrap_or_default()
}

fn subject_name(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        s::UNNAMED_SUBJECT.get(lang).to_string()
    } else {
        name.trim().to_string()
    }
}

/// One field's edit of the form, from the text or value the field gave.
type Edit = Box<dyn Fn(&mut FollowsForm, String)>;

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
                trimester: sf.trimester.and_then(Grade::from_value),
                year: sf.year.and_then(Grade::from_value),
                exam: sf.exam.and_then(Grade::from_value),
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
    let findings = basic_school::findings(&student);
    let honours = basic_school::honours(&student);
    let praise_setting = PraiseLetterSetting {
        lowest_year_grade: Grade::from_value(form.praise_lowest).unwrap_or(Grade::Good),
    };
    let praise = basic_school::praise_letter(&student, &praise_setting);

    let update = |f: Edit| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    };
    let add = {
        let form = form.clone();
        Callback::from(move |_| {
            let mut next = (*form).clone();
            next.subjects.push(SubjectForm::default());
            form.set(next);
        })
    };

    let class_options: Vec<(AttrValue, AttrValue)> = (1..=9u8)
        .map(|c| {
            (
                AttrValue::from(c.to_string()),
                AttrValue::from(c.to_string()),
            )
        })
        .collect();
    let curriculum_options = vec![
        (
            AttrValue::Static("regular"),
            AttrValue::Static(s::CURRICULUM_REGULAR.get(lang)),
        ),
        (
            AttrValue::Static("simplified"),
            AttrValue::Static(s::CURRICULUM_SIMPLIFIED.get(lang)),
        ),
        (
            AttrValue::Static("coping"),
            AttrValue::Static(s::CURRICULUM_COPING.get(lang)),
        ),
    ];
    let curriculum_value = match form.curriculum {
        Curriculum::Regular => "regular",
        Curriculum::Simplified => "simplified",
        Curriculum::Coping => "coping",
    };
    let mut conduct_options = vec![(
        AttrValue::Static(""),
        AttrValue::Static(s::NOT_ENTERED.get(lang)),
    )];
    conduct_options.extend(Conduct::ALL.iter().map(|c| {
        (
            AttrValue::Static(c.code()),
            AttrValue::from(format!("{} — {}", c.code(), c.name().get(lang))),
        )
    }));

    let subjects = form.subjects.iter().enumerate().map(|(i, sf)| {
        let errors = &parsed[i].1;
        let marks_error = (!errors.is_empty())
            .then(|| errors.iter().map(|e| s::marks_error(lang, e.position, &e.text)).collect::<Vec<_>>().join(" "));
        let remove = {
            let form = form.clone();
            Callback::from(move |_| {
                let mut next = (*form).clone();
                next.subjects.remove(i);
                form.set(next);
            })
        };
        html! {
            <fieldset class="subject" key={i}>
                <legend>{ s::subject_heading(lang, i + 1) }</legend>
                <Field id={format!("subject-{i}-name")} label={s::SUBJECT_NAME.get(lang)} value={sf.name.clone()}
                    oninput={update(Box::new(move |f, v| f.subjects[i].name = v))} />
                <Field id={format!("subject-{i}-marks")} label={s::MARKS.get(lang)} value={sf.marks.clone()}
                    hint={s::MARKS_HINT.get(lang)} error={marks_error.map(AttrValue::from)}
                    oninput={update(Box::new(move |f, v| f.subjects[i].marks = v))} />
                <div class="grade-selects">
                    <Select id={format!("subject-{i}-trimester")} label={s::TRIMESTER.get(lang)} options={grade_options(lang)}
                        value={opt_u8(sf.trimester)} onchange={update(Box::new(move |f, v| f.subjects[i].trimester = v.parse().ok()))} />
                    <Select id={format!("subject-{i}-year")} label={s::YEAR.get(lang)} options={grade_options(lang)}
                        value={opt_u8(sf.year)} onchange={update(Box::new(move |f, v| f.subjects[i].year = v.parse().ok()))} />
                    <Select id={format!("subject-{i}-exam")} label={s::EXAM.get(lang)} options={grade_options(lang)}
                        value={opt_u8(sf.exam)} onchange={update(Box::new(move |f, v| f.subjects[i].exam = v.parse().ok()))} />
                </div>
                <button type="button" class="button button--danger" onclick={remove}
                    aria-label={s::remove_subject(lang, &subject_name(lang, &sf.name))}>
                    { s::REMOVE.get(lang) }
                </button>
            </fieldset>
        }
    });

    let stats: Vec<String> = parsed
        .iter()
        .filter_map(|(subj, _)| {
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

    html! {
        <>
            <h1>{ common::TOOL_FOLLOWS.title.get(lang) }</h1>
            <div class="grade-selects">
                <Select id="class" label={s::CLASS_LABEL.get(lang)} options={class_options} value={form.class.to_string()}
                    onchange={update(Box::new(|f, v| f.class = v.parse().unwrap_or(7)))} />
                <Select id="curriculum" label={s::CURRICULUM.get(lang)} options={curriculum_options} value={curriculum_value}
                    onchange={update(Box::new(|f, v| f.curriculum = match v.as_str() {
                        "simplified" => Curriculum::Simplified,
                        "coping" => Curriculum::Coping,
                        _ => Curriculum::Regular,
                    }))} />
                <Select id="behaviour" label={s::BEHAVIOUR.get(lang)} options={conduct_options}
                    value={form.behaviour.map(|c| c.code()).unwrap_or("")}
                    onchange={update(Box::new(|f, v| f.behaviour = Conduct::ALL.into_iter().find(|c| c.code() == v)))} />
            </div>
            <h2>{ s::SUBJECTS.get(lang) }</h2>
            { for subjects }
            <div class="button-row">
                <button type="button" class="button" onclick={add}>{ s::ADD_SUBJECT.get(lang) }</button>
            </div>

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

            if basic_school::uses_numeric_grades(form.class) {
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
                    <Select id="praise-lowest" label={s::PRAISE_SETTING.get(lang)} options={grade_options(lang)[1..].to_vec()}
                        value={form.praise_lowest.to_string()}
                        onchange={update(Box::new(|f, v| f.praise_lowest = v.parse().unwrap_or(4)))} />
                    <output id="praise">
                        { match praise {
                            Some(true) => s::PRAISE_YES.get(lang),
                            Some(false) => s::PRAISE_NO.get(lang),
                            None => s::PRAISE_UNKNOWN.get(lang),
                        } }
                    </output>
                </section>
                if !stats.is_empty() {
                    <section aria-labelledby="stats-heading">
                        <h2 id="stats-heading">{ s::STATS_HEADING.get(lang) }</h2>
                        <p class="note">{ s::STATS_NOTE.get(lang) }</p>
                        <ul>{ for stats.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </section>
                }
            }
        </>
    }
}
