//! Attendance and lateness: how a late arrival is marked (001 6.1.6, 003
//! IV 1) and where a vocational student stands with this study period's
//! absences (001 6.1.8–6.1.10), each consequence with its clause.

use kooliabi_core::attendance::{self, Absences, Rules};
use kooliabi_core::code::as_code;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::components::link::app_link;

use crate::components::checkbox::Checkbox;
use crate::components::field::Field;
use crate::components::select::enum_select;
use crate::i18n::{attendance as s, common, use_lang, Lang};
use crate::input;
use crate::routes::Route;
use crate::storage::use_stored;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AttendanceForm {
    #[serde(with = "as_code")]
    pub rules: Rules,
    pub minutes: String,
    pub justified: bool,
    pub unexcused: String,
    pub no_reason: String,
    pub minor: bool,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for AttendanceForm {
    const VERSION: u32 = 1;
}

/// A count of lessons or minutes: empty → nothing, else a whole number or the message.
fn count(lang: Lang, text: &str) -> (Option<u32>, Option<AttrValue>) {
    input::optional(text, |t| t.trim().parse::<u32>(), |_| s::count_error(lang))
}

#[function_component(AttendancePage)]
pub fn attendance_page() -> Html {
    let lang = use_lang();
    let form = use_stored("attendance", AttendanceForm::default);
    let (minutes, minutes_error) = count(lang, &form.minutes);
    let (unexcused, unexcused_error) = count(lang, &form.unexcused);
    let (no_reason, no_reason_error) = count(lang, &form.no_reason);
    let mark = minutes.map(|m| {
        s::late_mark(
            lang,
            attendance::late_mark(m, form.justified, form.rules),
            form.rules,
            form.justified,
        )
    });
    let standing = (unexcused.is_some() || no_reason.is_some()).then(|| {
        attendance::standing(&Absences {
            unexcused: unexcused.unwrap_or(0),
            no_reason_given: no_reason.unwrap_or(0),
            minor: form.minor,
        })
    });

    html! {
        <>
            <h1>{ common::TOOL_ATTENDANCE.title.get(lang) }</h1>
            <p class="lead">{ s::INTRO.get(lang) }</p>
            <section aria-labelledby="lateness-heading">
                <h2 id="lateness-heading">{ s::LATENESS_HEADING.get(lang) }</h2>
                { enum_select::<Rules>(lang, "attendance-rules", s::RULES.get(lang), form.rules, form.edit(|f, v| f.rules = v), None) }
                <Field id="late-minutes" label={s::MINUTES.get(lang)} value={form.minutes.clone()} inputmode="numeric"
                    error={minutes_error} oninput={form.edit(|f, v| f.minutes = v)} />
                <Checkbox id="late-justified" label={s::JUSTIFIED.get(lang)} checked={form.justified}
                    onchange={form.edit(|f, on| f.justified = on)} />
                <div class="result">
                    <h3 id="late-mark-heading">{ s::MARK_HEADING.get(lang) }</h3>
                    <output id="late-mark" for="late-minutes late-justified attendance-rules" aria-live="polite">
                        { match mark {
                            Some(m) => html! { { m } },
                            None => html! { <span class="note">{ s::MINUTES_EMPTY.get(lang) }</span> },
                        } }
                    </output>
                </div>
            </section>
            <section aria-labelledby="absences-heading">
                <h2 id="absences-heading">{ s::ABSENCES_HEADING.get(lang) }</h2>
                <Field id="unexcused" label={s::unexcused_label(lang)} value={form.unexcused.clone()} inputmode="numeric"
                    error={unexcused_error} oninput={form.edit(|f, v| f.unexcused = v)} />
                <Field id="no-reason" label={s::NO_REASON.get(lang)} value={form.no_reason.clone()} inputmode="numeric"
                    error={no_reason_error} oninput={form.edit(|f, v| f.no_reason = v)} />
                <Checkbox id="minor" label={s::MINOR.get(lang)} checked={form.minor}
                    onchange={form.edit(|f, on| f.minor = on)} />
                <div class="result">
                    <h3>{ s::STANDING_HEADING.get(lang) }</h3>
                    <output id="standing" class="result-list" for="unexcused no-reason minor" aria-live="polite">
                        { match standing {
                            None => html! { <p class="note">{ s::ABSENCES_EMPTY.get(lang) }</p> },
                            Some(list) if list.is_empty() => html! { <p>{ s::nothing_yet(lang) }</p> },
                            Some(list) => html! {
                                <ul class="findings">
                                    { for list.iter().map(|c| html! {
                                        <li>{ c.label(lang) }{ " (" }{ c.clause() }{ ")" }</li>
                                    }) }
                                </ul>
                            },
                        } }
                    </output>
                </div>
            </section>
            <section aria-labelledby="reporting-heading">
                <h2 id="reporting-heading">{ s::REPORTING_HEADING.get(lang) }</h2>
                <p>{ s::REPORTING.get(lang) }</p>
                <p>{ app_link(&Route::Deadlines, "", s::TO_DEADLINES.get(lang)) }</p>
            </section>
        </>
    }
}
