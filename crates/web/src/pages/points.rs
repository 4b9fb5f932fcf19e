//! Points to grade: one test's points (or a percentage) as a five-point grade
//! with its name and meaning, and the points table for every grade.
//!
//! Deep link: `#/points?max=37&points=30&b5=90&b4=75&b3=50&b2=20` (any subset;
//! `pct=` enters a percentage instead of points).

use litemap::LiteMap;

use crate::router::use_location;
use kooliabi_core::grading::bands::{self, Boundary, PointsError, Settings};
use kooliabi_core::grading::class_list::{format_percent, format_points};
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::number::parse_decimal;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

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

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for PointsForm {
    const VERSION: u32 = 1;
}

impl PointsForm {
    /// A shared link's `max`, `points` and `pct` replace what was typed.
    pub fn apply_link(&mut self, q: &LiteMap<String, String>) {
        if let Some(v) = q.get("max") {
            self.max = v.clone();
        }
        if let Some(v) = q.get("points") {
            self.points = v.clone();
            self.by_percent = false;
        }
        if let Some(v) = q.get("pct") {
            self.percent = v.clone();
            self.by_percent = true;
        }
    }

    /// What the fields say: the grade and the percentage it came from (or
    /// why there is none), each field's problem, and the points table.
    fn read(&self, lang: Lang, settings: Option<Settings>, step: bands::PointsStep) -> Reading {
        let max = parse_decimal(&self.max).ok();
        let max_error = number_error(lang, &self.max).or_else(|| {
            max.and_then(|m| bands::check_max(m).err())
                .map(|e| s::points_error(lang, e).to_string())
        });
        let result = settings.and_then(|st| {
            if self.by_percent {
                let pct = parse_decimal(&self.percent).ok()?;
                Some(bands::grade_for_percent(pct, &st).map(|g| (g, pct)))
            } else {
                let (m, p) = (max?, parse_decimal(&self.points).ok()?);
                Some(
                    bands::percent(p, m)
                        .and_then(|pct| bands::grade_for_percent(pct, &st).map(|g| (g, pct))),
                )
            }
        });
        // The result's own error belongs to the field the user is typing in.
        let input_error = |text: &str| {
            number_error(lang, text).or_else(|| match &result {
                Some(Err(e)) if *e != PointsError::MaxNotPositive && *e != PointsError::Bands => {
                    Some(s::points_error(lang, *e).to_string())
                }
                _ => None,
            })
        };
        let (points_error, percent_error) = if self.by_percent {
            (None, input_error(&self.percent))
        } else {
            (input_error(&self.points), None)
        };
        let table = match (max, settings) {
            (Some(m), Some(st)) if max_error.is_none() => bands::boundaries(m, &st, step).ok(),
            _ => None,
        };
        Reading {
            result: result.and_then(Result::ok),
            max_error,
            points_error,
            percent_error,
            table,
        }
    }
}

struct Reading {
    result: Option<(Grade, f64)>,
    max_error: Option<String>,
    points_error: Option<String>,
    percent_error: Option<String>,
    table: Option<Vec<Boundary>>,
}

fn number_error(lang: Lang, text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    parse_decimal(text)
        .err()
        .map(|_| s::NOT_A_NUMBER.get(lang).to_string())
}

#[derive(Properties, PartialEq, Default)]
pub struct PointsProps {
    /// Settings given another way than the hash's query (a widget's page
    /// parameters, already checked), as `a=1&b=2`.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

#[function_component(PointsPage)]
pub fn points_page(props: &PointsProps) -> Html {
    let lang = use_lang();
    let form = use_stored("grading:points", PointsForm::default);
    let settings_form = use_stored(grading_settings::KEY, SettingsForm::default);
    let location = use_location();
    {
        // A shared link pre-fills the calculator once, over what was stored.
        let (form, settings_form) = (form.clone(), settings_form.clone());
        let query = match &props.link {
            Some(link) => link.to_string(),
            None => location
                .map(|l| l.query_str().to_string())
                .unwrap_or_default(),
        };
        use_effect_with(query, move |query| {
            let q = kooliabi_core::query::first_values(query);
            if !q.is_empty() {
                form.update(|f| f.apply_link(&q));
                settings_form.update(|f| f.apply_link(&q));
            }
        });
    }

    let (settings, _) = settings_form.parse(lang);
    let reading = form.read(lang, settings, settings_form.step);
    let err = |e: Option<String>| e.map(AttrValue::from);

    html! {
        <>
            <h1>{ common::TOOL_POINTS.title.get(lang) }</h1>
            <ModeSwitch by_percent={form.by_percent} onchange={form.edit(|f, by_percent| f.by_percent = by_percent)} />
            if form.by_percent {
                <Field id="percent" label={s::PERCENT.get(lang)} value={form.percent.clone()} inputmode="decimal"
                    error={err(reading.percent_error)} oninput={form.edit(|f, v| f.percent = v)} />
            } else {
                <div class="points-fields">
                    <Field id="max" label={s::MAX_POINTS.get(lang)} value={form.max.clone()} inputmode="decimal"
                        error={err(reading.max_error)} oninput={form.edit(|f, v| f.max = v)} />
                    <Field id="points" label={s::POINTS.get(lang)} value={form.points.clone()} inputmode="decimal"
                        hint={s::HALF_POINTS_HINT.get(lang)}
                        error={err(reading.points_error)} oninput={form.edit(|f, v| f.points = v)} />
                </div>
            }
            <section class="result" aria-labelledby="result-heading">
                <h2 id="result-heading">{ s::RESULT.get(lang) }</h2>
                <PointsResult result={reading.result} />
                <p class="rule-note">{ rule_note(lang, &settings_form) }</p>
            </section>
            if let Some(rows) = reading.table {
                <PointsTable {rows} />
            }
            <GradingSettings form={settings_form.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ModeSwitchProps {
    by_percent: bool,
    onchange: Callback<bool>,
}

/// Points or a percentage: two radio buttons.
#[function_component(ModeSwitch)]
fn mode_switch(props: &ModeSwitchProps) -> Html {
    let lang = use_lang();
    let pick = |by_percent: bool| props.onchange.reform(move |_: Event| by_percent);
    html! {
        <fieldset class="mode-switch">
            <legend>{ s::ENTER_AS.get(lang) }</legend>
            <div class="radio">
                <input type="radio" id="by-points" name="enter-as" checked={!props.by_percent} onchange={pick(false)} />
                <label for="by-points">{ s::ENTER_POINTS.get(lang) }</label>
            </div>
            <div class="radio">
                <input type="radio" id="by-percent" name="enter-as" checked={props.by_percent} onchange={pick(true)} />
                <label for="by-percent">{ s::ENTER_PERCENT.get(lang) }</label>
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct ResultProps {
    result: Option<(Grade, f64)>,
}

/// The grade, its name, the percentage and the meaning from 004 § 17 (2).
#[function_component(PointsResult)]
fn points_result(props: &ResultProps) -> Html {
    let lang = use_lang();
    html! {
        <output id="grade-output" for="max points percent" aria-live="polite">
            if let Some((g, pct)) = props.result {
                <span class={classes!("grade-badge", format!("grade-{}", g.value()))}>{ g.value() }</span>
                <span class="grade-name">{ g.name_in(lang) }</span>
                <span class="grade-percent">{ s::percent_of_max(lang, &decimal(lang, format_percent(pct))) }</span>
                <span class="grade-meaning">{ g.meaning().get(lang) }</span>
            } else {
                <span class="note">{ s::RESULT_EMPTY.get(lang) }</span>
            }
        </output>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    rows: Vec<Boundary>,
}

/// The lowest and highest points for every grade that can be reached.
#[function_component(PointsTable)]
fn points_table(props: &TableProps) -> Html {
    let lang = use_lang();
    let rows = &props.rows;
    let unreachable = Grade::ALL_DESC
        .iter()
        .filter(|g| !rows.iter().any(|b| b.grade == **g))
        .map(|g| g.value().to_string())
        .collect::<Vec<_>>();
    html! {
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
            if !unreachable.is_empty() {
                <p class="note">{ s::TABLE_UNREACHABLE.get(lang) }{ " " }{ unreachable.join(", ") }</p>
            }
        </section>
    }
}
