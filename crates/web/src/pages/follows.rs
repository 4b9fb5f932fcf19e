//! What follows from a basic-school student's grades: support, additional
//! study, repeating a year, honours — each with its clause.

use kooliabi_core::code::{as_code, as_code_was_serde, Coded};
use kooliabi_core::grading::basic_school::{
    self, Conduct, Curriculum, Honours, HonoursSetting, PraiseLetterSetting, Student, Subject,
    Summative,
};
use kooliabi_core::grading::scale::Grade;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::checkbox::Checkbox;
use crate::components::field::Field;
use crate::components::select::{enum_select, Select};
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
    /// 002 8.2.4, 8.4: the trimester grade was deliberately left unset
    /// (`trimester` is then empty). Added for issue #11, as are the fields below.
    #[serde(default)]
    pub trimester_unset: bool,
    #[serde(default)]
    pub year_unset: bool,
    #[serde(default)]
    pub stage: Option<Grade>,
    #[serde(default)]
    pub test_before_trimester_end: Option<Grade>,
    #[serde(default)]
    pub resit_unused: bool,
}

/// A summative grade as the select offers it: not entered, a grade, or
/// deliberately left unset ("välja panemata", 002 8.4) — two different facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummativeChoice {
    NotEntered,
    Given(Grade),
    LeftUnset,
}

impl SummativeChoice {
    fn read(grade: Option<Grade>, unset: bool) -> Self {
        match (grade, unset) {
            (Some(g), _) => SummativeChoice::Given(g),
            (None, true) => SummativeChoice::LeftUnset,
            (None, false) => SummativeChoice::NotEntered,
        }
    }

    /// What the form stores: the grade (as the first release did) and the flag.
    fn stored(self) -> (Option<Grade>, bool) {
        match self {
            SummativeChoice::NotEntered => (None, false),
            SummativeChoice::Given(g) => (Some(g), false),
            SummativeChoice::LeftUnset => (None, true),
        }
    }

    pub fn summative(self) -> Option<Summative> {
        match self {
            SummativeChoice::NotEntered => None,
            SummativeChoice::Given(g) => Some(Summative::Given(g)),
            SummativeChoice::LeftUnset => Some(Summative::LeftUnset),
        }
    }
}

impl Coded for SummativeChoice {
    const ALL: &'static [Self] = &[
        SummativeChoice::NotEntered,
        SummativeChoice::Given(Grade::VeryGood),
        SummativeChoice::Given(Grade::Good),
        SummativeChoice::Given(Grade::Satisfactory),
        SummativeChoice::Given(Grade::Poor),
        SummativeChoice::Given(Grade::Weak),
        SummativeChoice::LeftUnset,
    ];
    fn code(self) -> &'static str {
        match self {
            SummativeChoice::NotEntered => "",
            SummativeChoice::Given(g) => Some(g).code(),
            SummativeChoice::LeftUnset => "unset",
        }
    }
}

impl SubjectForm {
    pub fn trimester_choice(&self) -> SummativeChoice {
        SummativeChoice::read(self.trimester, self.trimester_unset)
    }

    pub fn year_choice(&self) -> SummativeChoice {
        SummativeChoice::read(self.year, self.year_unset)
    }

    pub fn set_trimester(&mut self, c: SummativeChoice) {
        (self.trimester, self.trimester_unset) = c.stored();
    }

    pub fn set_year(&mut self, c: SummativeChoice) {
        (self.year, self.year_unset) = c.stored();
    }
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
    /// 002 8.2.4: the trimester entered is the school year's last.
    #[serde(default)]
    pub last_trimester: bool,
    /// 003 IX 4: how many final exams a graduate takes (a setting).
    #[serde(default = "default_final_exams")]
    pub final_exams: usize,
}

fn default_final_exams() -> usize {
    HonoursSetting::default().final_exams
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
            last_trimester: false,
            final_exams: default_final_exams(),
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

/// The most final exams the setting offers; the sources name none (003 IX 4).
const FINAL_EXAMS_MAX: usize = 6;

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
                trimester: sf.trimester_choice().summative(),
                year: sf.year_choice().summative(),
                stage: sf.stage,
                exam: sf.exam,
                test_before_trimester_end: sf.test_before_trimester_end,
                resit_unused: sf.resit_unused,
            };
            (subject, errors)
        })
        .collect();
    let student = Student {
        class: form.class,
        curriculum: form.curriculum,
        subjects: parsed.iter().map(|(s, _)| s.clone()).collect(),
        behaviour: form.behaviour,
        last_trimester: form.last_trimester,
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
                { enum_select::<Curriculum>(lang, "curriculum", s::CURRICULUM.get(lang), form.curriculum, form.edit(|f, v| f.curriculum = v), None) }
                { enum_select::<Option<Conduct>>(lang, "behaviour", s::BEHAVIOUR.get(lang), form.behaviour, form.edit(|f, v| f.behaviour = v), None) }
            </div>
            <Checkbox id="last-trimester" label={s::LAST_TRIMESTER.get(lang)} hint={s::LAST_TRIMESTER_HINT.get(lang)}
                checked={form.last_trimester} onchange={form.edit(|f, on| f.last_trimester = on)} />
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
                    final_exams={form.final_exams}
                    onexams={form.edit(|f, v: String| f.final_exams = v.parse().unwrap_or(f.final_exams))}
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
    let summative = |f: fn(&mut SubjectForm, SummativeChoice)| {
        let (sf, cb) = (sf.clone(), props.onchange.clone());
        Callback::from(move |c: SummativeChoice| {
            let mut next = sf.clone();
            f(&mut next, c);
            cb.emit(next);
        })
    };
    let resit = {
        let (sf, cb) = (sf.clone(), props.onchange.clone());
        Callback::from(move |on: bool| {
            let mut next = sf.clone();
            next.resit_unused = on;
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
                { enum_select::<Option<Grade>>(lang, format!("subject-{i}-test-before-end"), s::TEST_BEFORE_END.get(lang), sf.test_before_trimester_end, grade(|f, g| f.test_before_trimester_end = g), None) }
                { enum_select::<SummativeChoice>(lang, format!("subject-{i}-trimester"), s::TRIMESTER.get(lang), sf.trimester_choice(), summative(SubjectForm::set_trimester), None) }
                { enum_select::<SummativeChoice>(lang, format!("subject-{i}-year"), s::YEAR.get(lang), sf.year_choice(), summative(SubjectForm::set_year), None) }
                { enum_select::<Option<Grade>>(lang, format!("subject-{i}-stage"), s::STAGE.get(lang), sf.stage, grade(|f, g| f.stage = g), None) }
                { enum_select::<Option<Grade>>(lang, format!("subject-{i}-exam"), s::EXAM.get(lang), sf.exam, grade(|f, g| f.exam = g), None) }
            </div>
            <Checkbox id={format!("subject-{i}-resit-unused")} label={s::RESIT_UNUSED.get(lang)} checked={sf.resit_unused} onchange={resit} />
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
    final_exams: usize,
    onexams: Callback<String>,
    onpraise: Callback<Option<Grade>>,
}

/// 003 IX 4 honours and the praise letter with its setting.
#[function_component(HonoursSection)]
fn honours_section(props: &HonoursProps) -> Html {
    let lang = use_lang();
    let honours = basic_school::honours_with(
        &props.student,
        &HonoursSetting {
            final_exams: props.final_exams,
        },
    );
    let exam_options: Vec<(AttrValue, AttrValue)> = (1..=FINAL_EXAMS_MAX)
        .map(|n| {
            (
                AttrValue::from(n.to_string()),
                AttrValue::from(n.to_string()),
            )
        })
        .collect();
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
                    Honours::NotYetKnown(reasons) => html! { <>
                        <p>{ s::HONOURS_UNKNOWN.get(lang) }</p>
                        <ul>{ for reasons.iter().map(|r| html! { <li>{ s::honours_unknown(lang, r) }</li> }) }</ul>
                    </> },
                    Honours::NotMet(gaps) => html! { <>
                        <p>{ s::HONOURS_NOT_MET.get(lang) }</p>
                        <ul>{ for gaps.iter().map(|g| html! { <li>{ s::honours_gap(lang, g) }</li> }) }</ul>
                    </> },
                } }
            </output>
            <Select id="final-exams" label={s::FINAL_EXAMS_SETTING.get(lang)} options={exam_options}
                value={props.final_exams.to_string()} onchange={props.onexams.clone()} />
            <h2>{ s::PRAISE_HEADING.get(lang) }</h2>
            { enum_select::<Option<Grade>>(lang, "praise-lowest", s::PRAISE_SETTING.get(lang), Some(props.praise_lowest), props.onpraise.clone(), Some(grades)) }
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
