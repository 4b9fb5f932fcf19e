//! Recognise an earlier grade: the same system, another numeric scale, or a
//! system that cannot be compared; with the 60 % rule for general subjects.

use kooliabi_core::code::{as_code, Coded};
use kooliabi_core::grading::recognition::{self, Recognition, SourceScale};
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::select::{EnumSelect, Select};
use crate::i18n::{common, grading, use_lang, vocational as s, Labelled, Lang};
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
            <EnumSelect<How> id="rec-how" label={s::REC_HOW.get(lang)} value={form.how} onchange={form.edit(|f, v| f.how = v)} />
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
            if form.general {
                <Field id="rec-covered" label={s::REC_COVERED.get(lang)} value={form.covered.clone()} inputmode="decimal"
                    error={covered_error} oninput={set(|f, v| f.covered = v)} />
            }
            <section aria-labelledby="rec-heading" class="result">
                <h2 id="rec-heading">{ s::REC_RESULT.get(lang) }</h2>
                <output id="recognition" aria-live="polite">
                    { result.map(|r| s::recognition(lang, &r)).unwrap_or_default() }
                </output>
            </section>
        </>
    }
}
