//! Recognise an earlier grade: the same system, another numeric scale, or a
//! system that cannot be compared; with the 60 % rule for general subjects.

use kooliabi_core::code::{as_code, Coded};
use kooliabi_core::grading::recognition::{self, Recognition, SourceScale};
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::checkbox::Checkbox;
use crate::components::field::Field;
use crate::components::select::{enum_select, Select};
use crate::i18n::{common, grading, use_lang, vocational as s, Labelled, Lang};
use crate::input;
use crate::storage::use_stored;

/// How the earlier grade was given (001 Lisa 5 III): in the same system, on
/// another numeric scale, or in a system that cannot be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Same,
    Scale,
    Other,
}

impl Coded for How {
    const ALL: &'static [How] = &[How::Same, How::Scale, How::Other];
    fn code(self) -> &'static str {
        match self {
            How::Same => "same",
            How::Scale => "scale",
            How::Other => "other",
        }
    }
}

impl Labelled for How {
    fn label(self, lang: Lang) -> String {
        match self {
            How::Same => s::REC_SAME,
            How::Scale => s::REC_SCALE,
            How::Other => s::REC_OTHER,
        }
        .get(lang)
        .to_string()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecogniseForm {
    #[serde(with = "as_code")]
    pub how: How,
    pub same_grade: String,
    pub min: String,
    pub max: String,
    pub pass: String,
    pub grade: String,
    pub general: bool,
    pub covered: String,
    /// 001 Lisa 5 III 6–7: a vocational module studied at the curriculum's
    /// level. Added for issue #11, as are the fields below.
    #[serde(default = "yes")]
    pub same_level: bool,
    /// 001 Lisa 5 I 3: the day the learning or work experience was acquired.
    #[serde(default)]
    pub acquired: String,
    /// 001 Lisa 5 II 1, III 15: the day the application was filed.
    #[serde(default)]
    pub applied: String,
    /// 001 4.3.1: the first day of the school year.
    #[serde(default)]
    pub year_began: String,
}

fn yes() -> bool {
    true
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for RecogniseForm {
    const VERSION: u32 = 1;
}

impl Default for RecogniseForm {
    fn default() -> Self {
        RecogniseForm {
            how: How::Scale,
            same_grade: "4".into(),
            min: "1".into(),
            max: "10".into(),
            pass: "5".into(),
            grade: String::new(),
            general: false,
            covered: "100".into(),
            same_level: true,
            acquired: String::new(),
            applied: String::new(),
            year_began: String::new(),
        }
    }
}

/// What the fields say: the recognised grade, and the problem at each field.
struct Reading {
    result: Option<Recognition>,
    scale_error: Option<AttrValue>,
    covered_error: Option<AttrValue>,
}

fn nan_error(lang: Lang, t: &str) -> Option<AttrValue> {
    (!t.trim().is_empty() && parse_decimal(t).is_err())
        .then(|| AttrValue::from(grading::NOT_A_NUMBER.get(lang)))
}

impl RecogniseForm {
    fn read(&self, lang: Lang) -> Reading {
        let num = |t: &str| parse_decimal(t).ok();
        let (converted, scale_error) = match self.how {
            How::Same => (
                self.same_grade
                    .parse()
                    .ok()
                    .and_then(Grade::from_value)
                    .map(Recognition::AsIs),
                None,
            ),
            How::Other => (Some(Recognition::NonDifferentiated), None),
            How::Scale => match (
                num(&self.min),
                num(&self.max),
                num(&self.pass),
                num(&self.grade),
            ) {
                (Some(min), Some(max), Some(pass), Some(g)) => {
                    match recognition::equivalent(g, SourceScale { min, max, pass }) {
                        Ok(r) => (Some(r), None),
                        Err(e) => (None, Some(AttrValue::from(s::scale_error(lang, e)))),
                    }
                }
                _ => (None, None),
            },
        };
        let covered = num(&self.covered);
        let covered_error = nan_error(lang, &self.covered).or_else(|| {
            covered
                .filter(|c| !(0.0..=100.0).contains(c))
                .map(|_| AttrValue::from(s::PERCENT_RANGE.get(lang)))
        });
        let result = converted.map(|r| match (self.general, covered) {
            (true, Some(c)) if covered_error.is_none() => {
                recognition::general_subject(c / 100.0, r)
            }
            (false, Some(c)) if covered_error.is_none() => {
                recognition::vocational_module(self.same_level, c / 100.0, r)
            }
            (false, None) if !self.same_level => recognition::vocational_module(false, 1.0, r),
            _ => r,
        });
        Reading {
            result,
            scale_error,
            covered_error,
        }
    }
}

#[function_component(RecognisePage)]
pub fn recognise_page() -> Html {
    let lang = use_lang();
    let form = use_stored("vocational:recognise", RecogniseForm::default);
    let Reading {
        result,
        scale_error,
        covered_error,
    } = form.read(lang);
    let nan_error = |t: &str| nan_error(lang, t);

    let set = |f: fn(&mut RecogniseForm, String)| form.edit(f);
    let grade_options: Vec<(AttrValue, AttrValue)> = (2..=5u8)
        .rev()
        .map(|g| {
            (
                AttrValue::from(g.to_string()),
                AttrValue::from(g.to_string()),
            )
        })
        .collect();
    let on_general = form.edit(|f, e: Event| {
        f.general = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.checked())
    });

    html! {
        <>
            <h1>{ common::TOOL_RECOGNISE.title.get(lang) }</h1>
            { enum_select::<How>(lang, "rec-how", s::REC_HOW.get(lang), form.how, form.edit(|f, v| f.how = v), None) }
            if form.how == How::Same {
                <Select id="rec-same" label={s::REC_GRADE.get(lang)} options={grade_options} value={form.same_grade.clone()} onchange={set(|f, v| f.same_grade = v)} />
            } else if form.how == How::Scale {
                <div class="course-grid">
                    <Field id="rec-min" label={s::REC_MIN.get(lang)} value={form.min.clone()} inputmode="decimal" error={nan_error(&form.min)} oninput={set(|f, v| f.min = v)} />
                    <Field id="rec-max" label={s::REC_MAX.get(lang)} value={form.max.clone()} inputmode="decimal" error={nan_error(&form.max)} oninput={set(|f, v| f.max = v)} />
                    <Field id="rec-pass" label={s::REC_PASS.get(lang)} value={form.pass.clone()} inputmode="decimal" error={nan_error(&form.pass)} oninput={set(|f, v| f.pass = v)} />
                    <Field id="rec-grade" label={s::REC_GRADE.get(lang)} value={form.grade.clone()} inputmode="decimal"
                        error={nan_error(&form.grade).or(scale_error)} oninput={set(|f, v| f.grade = v)} />
                </div>
            }
            <div class="checkbox">
                <input id="rec-general" type="checkbox" checked={form.general} onchange={on_general} />
                <label for="rec-general">{ s::REC_GENERAL.get(lang) }</label>
            </div>
            if !form.general {
                <Checkbox id="rec-same-level" label={s::REC_SAME_LEVEL.get(lang)} checked={form.same_level}
                    onchange={form.edit(|f, on| f.same_level = on)} />
            }
            <Field id="rec-covered" label={s::REC_COVERED.get(lang)} value={form.covered.clone()} inputmode="decimal"
                hint={if form.general { s::REC_COVERED_HINT_GENERAL.get(lang) } else { s::REC_COVERED_HINT_MODULE.get(lang) }}
                error={covered_error} oninput={set(|f, v| f.covered = v)} />
            <section aria-labelledby="rec-heading" class="result">
                <h2 id="rec-heading">{ s::REC_RESULT.get(lang) }</h2>
                <output id="recognition" aria-live="polite">
                    { result.map(|r| s::recognition(lang, &r)).unwrap_or_default() }
                </output>
            </section>
            <ApplicationDates acquired={form.acquired.clone()} applied={form.applied.clone()} year_began={form.year_began.clone()}
                onacquired={set(|f, v| f.acquired = v)} onapplied={set(|f, v| f.applied = v)} onyear={set(|f, v| f.year_began = v)} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DatesProps {
    acquired: AttrValue,
    applied: AttrValue,
    year_began: AttrValue,
    onacquired: Callback<String>,
    onapplied: Callback<String>,
    onyear: Callback<String>,
}

/// 001 Lisa 5 I 3 (the last ten years), II 1 (apply in the first month of
/// the school year) and III 15 (the answer within a month).
#[function_component(ApplicationDates)]
fn application_dates(props: &DatesProps) -> Html {
    let lang = use_lang();
    let (acquired, acquired_error) = input::date(lang, &props.acquired);
    let (applied, applied_error) = input::date(lang, &props.applied);
    let (year_began, year_error) = input::date(lang, &props.year_began);
    let mut lines = Vec::new();
    if let Some(applied) = applied {
        if let Some(acquired) = acquired {
            lines.push(s::rec_period(
                lang,
                recognition::within_recognition_period(acquired, applied),
                recognition::earliest_recognised(applied),
            ));
        }
        if let Some(began) = year_began {
            lines.push(s::rec_in_time(
                lang,
                recognition::applied_in_time(applied, began),
                began,
                recognition::application_deadline(began),
            ));
        }
        lines.push(s::rec_answer_due(
            lang,
            recognition::answer_due(applied).due,
        ));
    }
    html! {
        <section aria-labelledby="rec-dates-heading">
            <h2 id="rec-dates-heading">{ s::REC_DATES.get(lang) }</h2>
            <Field id="rec-applied" label={s::REC_APPLIED.get(lang)} input_type="date" value={props.applied.clone()}
                error={applied_error} oninput={props.onapplied.clone()} />
            <Field id="rec-acquired" label={s::REC_ACQUIRED.get(lang)} input_type="date" value={props.acquired.clone()}
                error={acquired_error} oninput={props.onacquired.clone()} />
            <Field id="rec-year-began" label={s::REC_YEAR_BEGAN.get(lang)} hint={s::REC_YEAR_BEGAN_HINT.get(lang)} input_type="date"
                value={props.year_began.clone()} error={year_error} oninput={props.onyear.clone()} />
            <output id="rec-dates" aria-live="polite">
                if lines.is_empty() {
                    <p class="note">{ s::REC_DATES_EMPTY.get(lang) }</p>
                } else {
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
            </output>
        </section>
    }
}
