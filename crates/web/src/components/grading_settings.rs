//! The teacher's grading settings (bands, rounding, points step), shared by
//! the single-test and the whole-class calculator and kept on the device.

use litemap::LiteMap;

use kooliabi_core::grading::bands::{
    BandError, Bands, PercentRounding, PointsStep, SchoolType, Settings,
};
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::select::enum_select;
use crate::i18n::{decimal, grading as s, use_lang, Lang};
use crate::storage::Stored;

/// Storage key shared by both calculators.
pub const KEY: &str = "grading:settings";

/// The settings as typed, so a half-typed bound is never lost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsForm {
    pub bounds: [String; 4],
    pub rounding: PercentRounding,
    pub step: PointsStep,
    /// Added for issue #11; a form stored before it is a general school's.
    #[serde(default)]
    pub school: SchoolType,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for SettingsForm {
    const VERSION: u32 = 1;
}

impl Default for SettingsForm {
    fn default() -> Self {
        SettingsForm {
            bounds: national_bounds(Lang::default()),
            rounding: PercentRounding::Exact,
            step: PointsStep::Half,
            school: SchoolType::General,
        }
    }
}

const BAND_GRADES: [Grade; 4] = [
    Grade::VeryGood,
    Grade::Good,
    Grade::Satisfactory,
    Grade::Poor,
];

/// 004 § 17 (3)'s bounds as the fields show them, in the user's convention.
fn national_bounds(lang: Lang) -> [String; 4] {
    let b = Bands::NATIONAL;
    [b.five, b.four, b.three, b.two].map(|x| decimal(lang, x.to_string()))
}

/// Link parameters for the lowest percentage of a 5, 4, 3 and 2.
const LINK_KEYS: [&str; 4] = ["b5", "b4", "b3", "b2"];

impl SettingsForm {
    /// Back to the national bands; rounding and step stay as chosen.
    pub fn reset_bands(&mut self, lang: Lang) {
        self.bounds = national_bounds(lang);
    }

    /// A shared link's `b5`…`b2` replace the typed bounds.
    pub fn apply_link(&mut self, q: &LiteMap<String, String>) {
        for (bound, key) in self.bounds.iter_mut().zip(LINK_KEYS) {
            if let Some(v) = q.get(key) {
                bound.clone_from(v);
            }
        }
    }

    /// The settings if every field is valid, and a message per band field.
    pub fn parse(&self, lang: Lang) -> (Option<Settings>, [Option<String>; 4]) {
        let mut errors: [Option<String>; 4] = Default::default();
        let mut values = [0.0; 4];
        for (i, text) in self.bounds.iter().enumerate() {
            match parse_decimal(text) {
                Ok(v) => values[i] = v,
                Err(_) => errors[i] = Some(s::NOT_A_NUMBER.get(lang).to_string()),
            }
        }
        if errors.iter().any(Option::is_some) {
            return (None, errors);
        }
        let bands = Bands {
            five: values[0],
            four: values[1],
            three: values[2],
            two: values[3],
        };
        if let Err(problems) = bands.validate() {
            for p in problems {
                let g = match p {
                    BandError::OutOfRange(g) | BandError::NotAboveNext(g) => g,
                };
                if let Some(i) = BAND_GRADES.iter().position(|x| *x == g) {
                    errors[i].get_or_insert_with(|| s::band_error(lang, p));
                }
            }
            return (None, errors);
        }
        (
            Some(Settings {
                bands,
                rounding: self.rounding,
                school: self.school,
            }),
            errors,
        )
    }

    pub fn is_national(&self) -> bool {
        matches!(self.parse(Lang::Et).0, Some(s) if s.bands == Bands::NATIONAL)
    }
}

#[derive(Properties, PartialEq)]
pub struct GradingSettingsProps {
    /// The stored settings; the component edits them through their operations.
    pub form: Stored<SettingsForm>,
}

#[function_component(GradingSettings)]
pub fn grading_settings(props: &GradingSettingsProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let (_, errors) = form.parse(lang);
    let fields = BAND_GRADES.iter().enumerate().map(|(i, g)| {
        html! {
            <Field id={format!("band-{}", g.value())} label={s::band_label(lang, *g)}
                value={form.bounds[i].clone()} inputmode="decimal"
                error={errors[i].clone().map(AttrValue::from)}
                oninput={form.edit(move |f, v| f.bounds[i] = v)} />
        }
    });
    let radio = |name: &'static str,
                 id: &'static str,
                 label: &'static str,
                 checked: bool,
                 pick: fn(&mut SettingsForm)| {
        html! {
            <div class="radio">
                <input type="radio" {id} {name} {checked} onchange={form.edit(move |f, _: Event| pick(f))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let reset = form.edit(move |f, _: MouseEvent| f.reset_bands(lang));
    html! {
        <details class="settings" open={!form.is_national()}>
            <summary>{ s::SETTINGS.get(lang) }</summary>
            <p class="field__hint">{ s::SETTINGS_NOTE.get(lang) }</p>
            { enum_select::<SchoolType>(lang, "school-type", s::SCHOOL_TYPE.get(lang), form.school, form.edit(|f, v| f.school = v), None) }
            <div class="band-fields">{ for fields }</div>
            <fieldset>
                <legend>{ s::ROUNDING.get(lang) }</legend>
                { radio("rounding", "rounding-exact", s::ROUNDING_EXACT.get(lang), form.rounding == PercentRounding::Exact,
                    |f| f.rounding = PercentRounding::Exact) }
                { radio("rounding", "rounding-whole", s::ROUNDING_WHOLE.get(lang), form.rounding == PercentRounding::WholePercent,
                    |f| f.rounding = PercentRounding::WholePercent) }
            </fieldset>
            <fieldset>
                <legend>{ s::STEP.get(lang) }</legend>
                { radio("step", "step-half", s::STEP_HALF.get(lang), form.step == PointsStep::Half, |f| f.step = PointsStep::Half) }
                { radio("step", "step-whole", s::STEP_WHOLE.get(lang), form.step == PointsStep::Whole, |f| f.step = PointsStep::Whole) }
            </fieldset>
            <button type="button" class="button" onclick={reset}>{ s::RESET.get(lang) }</button>
        </details>
    }
}

/// Which rule was applied, in words, with its clause, and which scale the
/// school type gives (001 4.6.4.4 has no "1").
pub fn rule_note(lang: Lang, form: &SettingsForm) -> String {
    let bands = if form.is_national() {
        s::rule_national(lang)
    } else {
        s::RULE_CUSTOM.get(lang).to_string()
    };
    let school = match form.school {
        SchoolType::General => s::RULE_SCHOOL_GENERAL.get(lang),
        SchoolType::Vocational => s::RULE_SCHOOL_VOCATIONAL.get(lang),
    };
    format!("{bands} {school}")
}
