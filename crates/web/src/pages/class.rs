//! A whole class at once: paste points, get every grade, the distribution as
//! a bar chart, and a tab-separated table for the clipboard.

use kooliabi_core::grading::bands;
use kooliabi_core::grading::class_list::{self, format_percent, format_points};
use kooliabi_core::number::parse_decimal;
use kooliabi_core::paste;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::copy::CopyButton;
use crate::components::field::Field;
use crate::components::grading_settings::{self, rule_note, GradingSettings, SettingsForm};
use crate::i18n::{common, decimal, grading as s, use_lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassForm {
    pub max: String,
    pub text: String,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for ClassForm {
    const VERSION: u32 = 1;
}

/// Rows rendered at once: a 1,000-row table takes a visible second to draw on
/// a slow phone, and every row that could not be read is listed above anyway.
const FIRST_ROWS: usize = 100;

/// Bar chart geometry, in SVG user units.
const BAR_MAX_WIDTH: f64 = 200.0;
const BAR_HEIGHT: f64 = 24.0;

#[function_component(ClassPage)]
pub fn class_page() -> Html {
    let lang = use_lang();
    let form = use_stored("grading:class", ClassForm::default);
    let settings_form = use_stored(grading_settings::KEY, SettingsForm::default);

    let (settings, _) = settings_form.parse(lang);
    let max = parse_decimal(&form.max);
    let max_error = if form.max.trim().is_empty() {
        None
    } else {
        match max {
            Err(_) => Some(s::NOT_A_NUMBER.get(lang).to_string()),
            Ok(m) => bands::check_max(m)
                .err()
                .map(|e| s::points_error(lang, e).to_string()),
        }
    };
    // A paste far beyond a class list is refused before it is read.
    let paste_error = paste::check(&form.text, paste::CLASS_ROWS_MAX)
        .err()
        .map(|e| common::paste_error(lang, e));
    let list = {
        let (text, max) = (
            form.text.clone(),
            max.ok().filter(|_| paste_error.is_none()),
        );
        // Settings are plain numbers (never NaN: `parse_decimal` refuses it),
        // so they compare as they are; a Debug text as the key would bring
        // float printing into the page.
        use_memo(
            (text, max.map(f64::to_bits), settings),
            move |(text, _, _)| class_list::convert(text, max?, &settings?).ok(),
        )
    };
    let on_text = form.edit(|f, e: InputEvent| {
        if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            f.text = t.value();
        }
    });

    html! {
        <>
            <h1>{ common::TOOL_CLASS.title.get(lang) }</h1>
            <Field id="max" label={s::MAX_POINTS.get(lang)} value={form.max.clone()} inputmode="decimal"
                error={max_error.map(AttrValue::from)} oninput={form.edit(|f, v| f.max = v)} />
            <div class="field">
                <label for="class-text">{ s::PASTE_LABEL.get(lang) }</label>
                <p class="field__hint" id="class-text-hint">{ s::PASTE_HINT.get(lang) }</p>
                <textarea id="class-text" rows="10" spellcheck="false"
                    aria-describedby={if paste_error.is_some() { "class-text-hint class-text-error" } else { "class-text-hint" }}
                    aria-invalid={paste_error.is_some().then_some("true")}
                    value={form.text.clone()} oninput={on_text} />
                if let Some(e) = &paste_error {
                    <p class="field__error" id="class-text-error">{ e }</p>
                }
            </div>
            <p class="rule-note">{ rule_note(lang, &settings_form) }</p>
            if let Some(list) = (*list).clone() {
                <ClassResults {list} />
            }
            <GradingSettings form={settings_form.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    list: class_list::ClassList,
}

/// The summary, the unreadable rows, the distribution and the table.
#[function_component(ClassResults)]
fn class_results(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let list = &props.list;
    let dist = list.distribution();
    let converted = list.rows.len() - list.error_count();
    let tsv = {
        let list = list.clone();
        Callback::from(move |()| {
            let header =
                [s::COL_NAME, s::COL_POINTS, s::COL_PERCENT, s::COL_GRADE].map(|t| t.get(lang));
            list.to_tsv(header, lang)
        })
    };
    html! {
        <section class="class-results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ s::RESULT.get(lang) }</h2>
            <output id="class-summary" for="class-text max" aria-live="polite">
                { s::class_summary(lang, converted, list.error_count(), list.blank_lines.len()) }
            </output>
            if list.error_count() > 0 {
                <ul class="row-errors" aria-label={s::ROWS_UNREADABLE.get(lang)}>
                    { for list.rows.iter().filter_map(|r| r.outcome.err().map(|e| html! {
                        <li>{ s::row_error_line(lang, r.line, s::row_error(lang, e)) }{ " — " }<q>{ &r.points_text }</q></li>
                    })) }
                </ul>
            }
            <h3>{ s::DISTRIBUTION.get(lang) }</h3>
            <ul class="distribution">
                { for dist.iter().map(|(g, n)| html! { <li>{ s::grade_count(lang, g.value(), *n) }</li> }) }
            </ul>
            <DistributionChart {dist} />
            <CopyButton primary=true label={s::COPY_TABLE.get(lang)} contents={tsv} />
            <ResultsTable list={list.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    dist: [(kooliabi_core::grading::scale::Grade, usize); 5],
}

/// The distribution as bars; SVG geometry only (the CSP allows no inline styles).
#[function_component(DistributionChart)]
fn distribution_chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    let most = props.dist.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let chart_height = BAR_HEIGHT * 5.0 + 8.0;
    html! {
        <svg class="bar-chart" viewBox={format!("0 0 260 {chart_height}")} role="img"
            aria-label={s::DISTRIBUTION.get(lang)} focusable="false">
            { for props.dist.iter().enumerate().map(|(i, (g, n))| {
                let y = i as f64 * BAR_HEIGHT + 4.0;
                let w = (*n as f64 / most * BAR_MAX_WIDTH).max(if *n > 0 { 2.0 } else { 0.0 });
                html! {
                    <g>
                        <text x="0" y={format!("{}", y + 17.0)} class="bar-label">{ g.value() }</text>
                        <rect x="20" y={format!("{y}")} width={format!("{w:.1}")} height={format!("{}", BAR_HEIGHT - 6.0)}
                            class={format!("bar grade-{}", g.value())} />
                        <text x={format!("{:.1}", 26.0 + w)} y={format!("{}", y + 17.0)} class="bar-value">{ n }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    list: class_list::ClassList,
}

/// Every row with its grade or its problem; the first `FIRST_ROWS` until
/// the user asks for all (drawing 1,000 rows at once is slow on a phone).
#[function_component(ResultsTable)]
fn results_table(props: &TableProps) -> Html {
    let lang = use_lang();
    let show_all = use_state(|| false);
    let list = &props.list;
    html! { <>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-heading">
            <table class="class-table">
                <thead><tr>
                    <th scope="col">{ s::COL_LINE.get(lang) }</th>
                    <th scope="col">{ s::COL_NAME.get(lang) }</th>
                    <th scope="col">{ s::COL_POINTS.get(lang) }</th>
                    <th scope="col">{ s::COL_PERCENT.get(lang) }</th>
                    <th scope="col">{ s::COL_GRADE.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for list.rows.iter().take(if *show_all { usize::MAX } else { FIRST_ROWS }).map(|r| html! {
                        <tr class={classes!(r.outcome.is_err().then_some("row--error"))}>
                            <td>{ r.line }</td>
                            <td>{ r.name.clone().unwrap_or_default() }</td>
                            { match r.outcome {
                                Ok(c) => html! { <>
                                    <td>{ decimal(lang, format_points(c.points)) }</td>
                                    <td>{ decimal(lang, format_percent(c.percent)) }</td>
                                    <td>{ c.grade.value() }</td>
                                </> },
                                Err(e) => html! { <>
                                    <td>{ &r.points_text }</td>
                                    <td colspan="2" class="field__error">{ s::row_error(lang, e) }</td>
                                </> },
                            } }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        if !*show_all && list.rows.len() > FIRST_ROWS {
            <div class="button-row">
                <button type="button" class="button" onclick={let show_all = show_all.clone(); Callback::from(move |_| show_all.set(true))}>
                    { s::show_all_rows(lang, FIRST_ROWS, list.rows.len()) }
                </button>
            </div>
        }
    </> }
}
