//! The teacher's grading settings (bands, rounding, points step), shared by
//! the single-test and the whole-class calculator and kept on the device.

use kooliabi_core::grading::bands::{BandError, Bands, PercentRounding, PointsStep, Settings};
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::field::Field;
use crate::i18n::{grading as s, use_lang, Lang};

/// Storage key shared by both calculators.
pub const KEY: &str = "grading:settings";

/// The settings as typed, so a half-typed bound is never lost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsForm {
    pub bounds: [String; 4],
    pub rounding: PercentRounding,
    pub step: PointsStep,
}

impl Default for SettingsForm {
    fn default() -> Self {
        SettingsForm::from_bands(&Bands::NATIONAL)
    }
}

const BAND_GRADES: [Grade; 4] = [
    Grade::VeryGood,
    Grade::Good,
    Grade::Satisfactory,
    Grade::Poor,
];

fn format_bound(x: f64) -> String {
    let s = format!("{x}");
    s.replace('.', ",")
}

impl SettingsForm {
    pub fn from_bands(b: &Bands) -> Self {
        SettingsForm {
            bounds: [b.five, b.four, b.three, b.two].map(format_bound),
            rounding: PercentRounding::Exact,
            step: PointsStep::Half,
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
    pub form: SettingsForm,
    pub onchange: Callback<SettingsForm>,
}

#[function_component(GradingSettings)]
pub fn grading_settings(props: &GradingSettingsProps) -> Html {
    let lang = use_lang();
    let (_, errors) = props.form.parse(lang);
    let fields = BAND_GRADES.iter().enumerate().map(|(i, g)| {
        let form = props.form.clone();
        let onchange = props.onchange.clone();
        html! {
            <Field id={format!("band-{}", g.value())} label={s::band_label(lang, *g)}
                value={props.form.bounds[i].clone()} inputmode="decimal"
                error={errors[i].clone().map(AttrValue::from)}
                oninput={Callback::from(move |v: String| {
                    let mut f = form.clone();
                    f.bounds[i] = v;
                    onchange.emit(f);
                })} />
        }
    });
    let radio = |name: &'static str,
                 id: &'static str,
                 label: &'static str,
                 checked: bool,
                 next: SettingsForm| {
        let onchange = props.onchange.clone();
        html! {
            <div class="radio">
                <input type="radio" {id} {name} {checked} onchange={Callback::from(move |_| onchange.emit(next.clone()))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let f = &props.form;
    let reset = {
        let onchange = props.onchange.clone();
        let (rounding, step) = (f.rounding, f.step);
        Callback::from(move |_| {
            onchange.emit(SettingsForm {
                rounding,
                step,
                ..SettingsForm::default()
            })
        })
    };
    html! {
        <details class="settings" open={!f.is_national()}>
            <summary>{ s::SETTINGS.get(lang) }</summary>
            <p class="field__hint">{ s::SETTINGS_NOTE.get(lang) }</p>
            <div class="band-fields">{ for fields }</div>
            <fieldset>
                <legend>{ s::ROUNDING.get(lang) }</legend>
                { radio("rounding", "rounding-exact", s::ROUNDING_EXACT.get(lang), f.rounding == PercentRounding::Exact,
                    SettingsForm { rounding: PercentRounding::Exact, ..f.clone() }) }
                { radio("rounding", "rounding-whole", s::ROUNDING_WHOLE.get(lang), f.rounding == PercentRounding::WholePercent,
                    SettingsForm { rounding: PercentRounding::WholePercent, ..f.clone() }) }
            </fieldset>
            <fieldset>
                <legend>{ s::STEP.get(lang) }</legend>
                { radio("step", "step-half", s::STEP_HALF.get(lang), f.step == PointsStep::Half,
                    SettingsForm { step: PointsStep::Half, ..f.clone() }) }
                { radio("step", "step-whole", s::STEP_WHOLE.get(lang), f.step == PointsStep::Whole,
                    SettingsForm { step: PointsStep::Whole, ..f.clone() }) }
            </fieldset>
            <button type="button" class="button" onclick={reset}>{ s::RESET.get(lang) }</button>
        </details>
    }
}

/// Which rule was applied, in words, with its clause.
pub fn rule_note(lang: Lang, form: &SettingsForm) -> &'static str {
    if form.is_national() {
        s::RULE_NATIONAL.get(lang)
    } else {
        s::RULE_CUSTOM.get(lang)
    }
}
