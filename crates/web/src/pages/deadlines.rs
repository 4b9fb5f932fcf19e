//! The deadline calculator: pick what happened and when; see every deadline
//! that follows, the rule and clause, how the days were counted and which
//! holidays were skipped; add them to a calendar.

use kooliabi_core::calendar::deadlines::{self, Counting, Event};
use kooliabi_core::calendar::{days, ics};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::now_utc;
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::select::enum_select;
use crate::i18n::{calendar as s, common, use_lang};
use crate::input;
use crate::storage::use_stored;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeadlineForm {
    pub event: Event,
    pub date: String,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for DeadlineForm {
    const VERSION: u32 = 1;
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

    let (date, date_error) = input::date(lang, &form.date);
    let list = date.map(|d| (d, deadlines::deadlines(form.event, d)));

    let ics_file = {
        let (list, event) = (list.clone(), form.event);
        Callback::from(move |()| {
            let events = list.as_ref().map_or_else(Vec::new, |(on, items)| {
                deadlines::calendar_events(event, *on, items, |d| {
                    (
                        s::kind(lang, d.kind).to_string(),
                        format!("{} — {}", d.clause, s::counting(lang, d.counting)),
                    )
                })
            });
            ics::calendar(s::CALENDAR_NAME.get(lang), &events, now_utc())
        })
    };

    html! {
        <>
            <h1>{ common::TOOL_DEADLINES.title.get(lang) }</h1>
            { enum_select::<Event>(lang, "event", s::EVENT_LABEL.get(lang), form.event, form.edit(|f, e| f.event = e), None) }
            <Field id="event-date" label={s::DATE_LABEL.get(lang)} input_type="date" value={form.date.clone()}
                error={date_error} oninput={form.edit(|f, v| f.date = v)} />
            <section aria-labelledby="deadlines-heading" class="result">
                <h2 id="deadlines-heading">{ s::DEADLINES_HEADING.get(lang) }</h2>
                <output id="deadlines" for="event event-date" aria-live="polite">
                    { match &list {
                        None => html! { <p class="note">{ s::RESULT_EMPTY.get(lang) }</p> },
                        Some((_, items)) => html! {
                            <ul class="deadline-list">
                                { for items.iter().map(|d| {
                                    let off_day = matches!(
                                        d.counting,
                                        Counting::CalendarDaysAfter(_)
                                            | Counting::WeeksAfter(_)
                                            | Counting::FirstMonth
                                            | Counting::FixedDay { .. }
                                    ) && !days::is_working_day(d.count.due);
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
                        <DownloadButton primary=true label={s::ADD_TO_CALENDAR.get(lang)} filename="kooliabi-tahtajad.ics"
                            mime="text/calendar;charset=utf-8" contents={ics_file} />
                    </div>
                }
            </section>
        </>
    }
}
