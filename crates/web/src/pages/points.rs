//! Points to grade: one test's points (or a percentage) as a five-point grade
//! with its name and meaning, and the points table for every grade.
//!
//! Deep link: `#/points?max=37&points=30&b5=90&b4=75&b3=50&b2=20` (any subset;
//! `pct=` enters a percentage instead of points).

use std::collections::HashMap;

use kooliabi_core::grading::bands::{self, PointsError};
use kooliabi_core::grading::class_list::{format_percent, format_points};
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::field::Field;
use crate::components::grading_settings::{self, rule_note, GradingSettings, SettingsForm};
use crate::i18n::{common, decimal, grading as s, use_lang, Lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PointsForm {
    pub max: String,
    pub points: String,
    pub percent: String,
    pub by_percent: bool,
}

/// `a=1&b=2` as a map; values are URI-decoded.
pub fn query_map(query: &str) -> HashMap<String, String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| {
            let v = js_sys::decode_uri_component(&v.replace('+', " "))
                .map(String::from)
                .unwrap_or_else(|_| v.to_string());
            (k.to_string(), v)
        })
        .collect()
}

fn number_error(lang: Lang, text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    parse_decimal(text)
        .err()
        .map(|_| s::NOT_A_NUMBER.get(lang).to_string())
}

#[function_component(PointsPage)]
pub fn points_page() -> Html {
    let lang = use_lang();
    let form = use_stored("grading:points", PointsForm::default);
    let settings_form = use_stored(grading_settings::KEY, SettingsForm::default);
    let location = use_location();
    {
        // A shared link pre-fills the calculator once, over what was stored.
        let (form, settings_form) = (form.clone(), settings_form.clone());
        let query = location
            .map(|l| l.query_str().to_string())
            .unwrap_or_default();
        use_effect_with(query, move |query| {
            let q = query_map(query);
            if !q.is_empty() {
                let mut f = (*form).clone();
                if let Some(v) = q.get("max") {
                    f.max = v.clone();
                }
                if let Some(v) = q.get("points") {
                    f.points = v.clone();
                    f.by_percent = false;
                }
                if let Some(v) = q.get("pct") {
                    f.percent = v.clone();
                    f.by_percent = true;
                }
                form.set(f);
                let mut sf = (*settings_form).clone();
                for (i, key) in ["b5", "b4", "b3", "b2"].iter().enumerate() {
                    if let Some(v) = q.get(*key) {
                        sf.bounds[i] = v.clone();
                    }
                }
                settings_form.set(sf);
            }
        });
    }

    let (settings, _) = settings_form.parse(lang);
    let max = parse_decimal(&form.max).ok();
    let max_error = number_error(lang, &form.max).or_else(|| {
        max.and_then(|m| bands::check_max(m).err())
            .map(|e| s::points_error(lang, e).to_string())
    });

    // The grade and the percentage it came from, or why there is none.
    let result: Option<Result<(kooliabi_core::grading::scale::Grade, f64), PointsError>> = settings
        .and_then(|st| {
            if form.by_percent {
                let pct = parse_decimal(&form.percent).ok()?;
                Some(bands::grade_for_percent(pct, &st).map(|g| (g, pct)))
            } else {
                let (m, p) = (max?, parse_decimal(&form.points).ok()?);
                Some(
                    bands::percent(p, m)
                        .and_then(|pct| bands::grade_for_percent(pct, &st).map(|g| (g, pct))),
                )
            }
        });
    let input_error = |text: &str| {
        number_error(lang, text).or_else(|| match &result {
            Some(Err(e)) if *e != PointsError::MaxNotPositive && *e != PointsError::Bands => {
                Some(s::points_error(lang, *e).to_string())
            }
            _ => None,
        })
    };
    let points_error = if form.by_percent {
        None
    } else {
        input_error(&form.points)
    };
    let percent_error = if form.by_percent {
        input_error(&form.percent)
    } else {
        None
    };

    let table = match (max, settings) {
        (Some(m), Some(st)) if max_error.is_none() => {
            bands::boundaries(m, &st, settings_form.step).ok()
        }
        _ => None,
    };

    let set = |f: fn(&mut PointsForm, String)| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    };
    let set_mode = |by_percent: bool| {
        let form = form.clone();
        Callback::from(move |_| {
            form.set(PointsForm {
                by_percent,
                ..(*form).clone()
            })
        })
    };
    let on_settings = {
        let settings_form = settings_form.clone();
        Callback::from(move |f: SettingsForm| settings_form.set(f))
    };

    html! {
        <>
            <h1>{ common::TOOL_POINTS.title.get(lang) }</h1>
            <fieldset class="mode-switch">
                <legend>{ s::ENTER_AS.get(lang) }</legend>
                <div class="radio">
                    <input type="radio" id="by-points" name="enter-as" checked={!form.by_percent} onchange={set_mode(false)} />
                    <label for="by-points">{ s::ENTER_POINTS.get(lang) }</label>
                </div>
                <div class="radio">
                    <input type="radio" id="by-percent" name="enter-as" checked={form.by_percent} onchange={set_mode(true)} />
                    <label for="by-percent">{ s::ENTER_PERCENT.get(lang) }</label>
                </div>
            </fieldset>
            if form.by_percent {
                <Field id="percent" label={s::PERCENT.get(lang)} value={form.percent.clone()} inputmode="decimal"
                    error={percent_error.map(AttrValue::from)} oninput={set(|f, v| f.percent = v)} />
            } else {
                <div class="points-fields">
                    <Field id="max" label={s::MAX_POINTS.get(lang)} value={form.max.clone()} inputmode="decimal"
                        error={max_error.clone().map(AttrValue::from)} oninput={set(|f, v| f.max = v)} />
                    <Field id="points" label={s::POINTS.get(lang)} value={form.points.clone()} inputmode="decimal"
                        hint={s::HALF_POINTS_HINT.get(lang)}
                        error={points_error.map(AttrValue::from)} oninput={set(|f, v| f.points = v)} />
                </div>
            }
            <section class="result" aria-labelledby="result-heading">
                <h2 id="result-heading">{ s::RESULT.get(lang) }</h2>
                <output id="grade-output" for="max points percent" aria-live="polite">
                    { match &result {
                        Some(Ok((g, pct))) => html! {
                            <>
                                <span class={classes!("grade-badge", format!("grade-{}", g.value()))}>{ g.value() }</span>
                                <span class="grade-name">{ g.name_in(lang) }</span>
                                <span class="grade-percent">{ s::percent_of_max(lang, &decimal(lang, format_percent(*pct))) }</span>
                                <span class="grade-meaning">{ g.meaning().get(lang) }</span>
                            </>
                        },
                        _ => html! { <span class="note">{ s::RESULT_EMPTY.get(lang) }</span> },
                    } }
                </output>
                <p class="rule-note">{ rule_note(lang, &settings_form) }</p>
            </section>
            if let Some(rows) = table {
                <section aria-labelledby="table-heading">
                    <h2 id="table-heading">{ s::TABLE_HEADING.get(lang) }</h2>
                    <table class="points-table">
                        <thead><tr>
                            <th scope="col">{ s::TABLE_GRADE.get(lang) }</th>
                            <th scope="col">{ s::TABLE_POINTS.get(lang) }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|b| html! {
                                <tr>
                                    <th scope="row">{ format!("{} — {}", b.grade.value(), b.grade.name_in(lang)) }</th>
                                    <td>{ format!("{} – {}", decimal(lang, format_points(b.min_points)), decimal(lang, format_points(b.max_points))) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    if rows.len() < 5 {
                        <p class="note">
                            { s::TABLE_UNREACHABLE.get(lang) }{ " " }
                            { kooliabi_core::grading::scale::Grade::ALL_DESC.iter()
                                .filter(|g| !rows.iter().any(|b| b.grade == **g))
                                .map(|g| g.value().to_string()).collect::<Vec<_>>().join(", ") }
                        </p>
                    }
                </section>
            }
            <GradingSettings form={(*settings_form).clone()} onchange={on_settings} />
        </>
    }
}
