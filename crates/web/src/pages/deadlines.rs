//! The deadline calculator: pick what happened and when; see every deadline
//! that follows, the rule and clause, how the days were counted and which
//! holidays were skipped; add them to a calendar.

use kooliabi_core::calendar::deadlines::{self, Counting, Event};
use kooliabi_core::calendar::{days, ics, parse_date};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::now_utc;
use crate::components::field::Field;
use crate::components::select::Select;
use crate::files;
use crate::i18n::{calendar as s, common, use_lang};
use crate::storage::use_stored;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeadlineForm {
    pub event: Event,
    pub date: String,
}

impl Default for DeadlineForm {
    fn default() -> Self {
        DeadlineForm {
            event: Event::LearnedGrade,
            date: String::new(),
        }
    }
}

#[function_component(DeadlinesPage)]
pub fn deadlines_page() -> Html {
    let lang = use_lang();
    let form = use_stored("calendar:deadline", DeadlineForm::default);
    let download_failed = use_state(|| false);

    let parsed = (!form.date.trim().is_empty()).then(|| parse_date(&form.date));
    let date_error = parsed
        .and_then(Result::err)
        .map(|e| AttrValue::from(s::date_error(lang, e)));
    let list = parsed
        .and_then(Result::ok)
        .map(|d| (d, deadlines::deadlines(form.event, d)));

    let options: Vec<(AttrValue, AttrValue)> = Event::ALL
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(s::event(lang, *e)),
            )
        })
        .collect();
    let current = Event::ALL
        .iter()
        .position(|e| *e == form.event)
        .unwrap_or(0)
        .to_string();
    let on_event = {
        let form = form.clone();
        Callback::from(move |v: String| {
            let event = v
                .parse::<usize>()
                .ok()
                .and_then(|i| Event::ALL.get(i).copied())
                .unwrap_or(Event::LearnedGrade);
            form.set(DeadlineForm {
                event,
                ..(*form).clone()
            });
        })
    };
    let on_date = {
        let form = form.clone();
        Callback::from(move |v: String| {
            form.set(DeadlineForm {
                date: v,
                ..(*form).clone()
            })
        })
    };
    let on_ics = {
        let list = list.clone();
        let download_failed = download_failed.clone();
        Callback::from(move |_| {
            let Some((event_date, items)) = &list else {
                return;
            };
            let events: Vec<ics::AllDayEvent> = items
                .iter()
                .map(|d| ics::AllDayEvent {
                    uid: format!("{:?}-{}@kooliabi", d.kind, event_date.format("%Y%m%d"))
                        .to_lowercase(),
                    date: d.count.due,
                    summary: s::kind(lang, d.kind).to_string(),
                    description: format!("{} — {}", d.clause, s::counting(lang, d.counting)),
                })
                .collect();
            let text = ics::calendar(s::CALENDAR_NAME.get(lang), &events, now_utc());
            let ok = files::download(
                "kooliabi-tahtajad.ics",
                "text/calendar;charset=utf-8",
                &text,
            )
            .is_ok();
            download_failed.set(!ok);
        })
    };

    html! {
        <>
            <h1>{ common::TOOL_DEADLINES.title.get(lang) }</h1>
            <Select id="event" label={s::EVENT_LABEL.get(lang)} {options} value={current} onchange={on_event} />
            <Field id="event-date" label={s::DATE_LABEL.get(lang)} input_type="date" value={form.date.clone()}
                error={date_error} oninput={on_date} />
            <section aria-labelledby="deadlines-heading" class="result">
                <h2 id="deadlines-heading">{ s::DEADLINES_HEADING.get(lang) }</h2>
                <output id="deadlines" for="event event-date" aria-live="polite">
                    { match &list {
                        None => html! { <p class="note">{ s::RESULT_EMPTY.get(lang) }</p> },
                        Some((_, items)) => html! {
                            <ul class="deadline-list">
                                { for items.iter().map(|d| {
                                    let off_day = matches!(d.counting, Counting::CalendarDaysAfter(_))
                                        && !days::is_working_day(d.count.due);
                                    html! {
                                        <li class="deadline">
                                            <p class="deadline__what">{ s::kind(lang, d.kind) }</p>
                                            <p class="deadline__date">{ s::date_long(lang, d.count.due) }</p>
                                            <dl class="deadline__facts">
                                                <dt>{ s::RULE.get(lang) }</dt><dd>{ d.clause }</dd>
                                                <dt>{ s::COUNTED.get(lang) }</dt><dd>{ s::counting(lang, d.counting) }</dd>
                                                if !d.count.holidays_skipped.is_empty() {
                                                    <dt>{ s::SKIPPED_HOLIDAYS.get(lang) }</dt>
                                                    <dd>{ d.count.holidays_skipped.iter()
                                                        .map(|(date, h)| format!("{} {}", s::date_short(*date), h.name().get(lang)))
                                                        .collect::<Vec<_>>().join("; ") }</dd>
                                                }
                                            </dl>
                                            if d.count.weekend_days_skipped > 0 {
                                                <p class="note">{ s::weekend_days(lang, d.count.weekend_days_skipped) }</p>
                                            }
                                            if d.count.clamped_to_month_end {
                                                <p class="note">{ s::CLAMPED.get(lang) }</p>
                                            }
                                            if off_day {
                                                <p class="note">{ s::NOT_MOVED.get(lang) }</p>
                                            }
                                        </li>
                                    }
                                }) }
                            </ul>
                        },
                    } }
                </output>
                if list.is_some() {
                    <div class="button-row">
                        <button type="button" class="button button--primary" onclick={on_ics}>{ s::ADD_TO_CALENDAR.get(lang) }</button>
                    </div>
                }
                if *download_failed {
                    <p role="alert" class="field__error">{ common::DOWNLOAD_FAILED.get(lang) }</p>
                }
            </section>
        </>
    }
}
