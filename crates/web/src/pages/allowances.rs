//! Allowances of a vocational student: who may apply for the basic
//! allowance (001 Lisa 11 III), the next round's dates and each month's
//! payment (III 5, IV 4, V 1, V 4–5), the special allowance's monthly dates
//! (Lisa 12 3.4–3.5) and the exceptional travel compensation by car
//! (Lisa 13) and the bus fares' trips and dates (Lisa 14). The rules are the core's (`kooliabi_core::allowance`).

use kooliabi_core::allowance::{
    self, Applicant, Commute, DayOff, TravelClaim, TravelReason, TripMonth,
};
use kooliabi_core::code::as_code;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::today;
use crate::components::checkbox::Checkbox;
use crate::components::field::Field;
use crate::components::select::enum_select;
use crate::i18n::{allowances as s, use_lang, Lang, Tr};
use crate::input;
use crate::storage::{use_stored, Stored};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AllowancesForm {
    #[serde(with = "as_code")]
    pub day_off: DayOff,
    pub applicant: Applicant,
    pub first_year: bool,
    pub same_settlement: bool,
    #[serde(with = "as_code")]
    pub reason: TravelReason,
    pub full_attendance: bool,
    pub fuel_receipts: bool,
    #[serde(with = "as_code")]
    pub trip_month: TripMonth,
    pub trip_km: String,
    pub trips: String,
    #[serde(with = "as_code")]
    pub commute: Commute,
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for AllowancesForm {
    const VERSION: u32 = 1;
}

#[derive(Properties, PartialEq)]
struct FormProps {
    form: Stored<AllowancesForm>,
}

#[function_component(AllowancesPage)]
pub fn allowances_page() -> Html {
    let lang = use_lang();
    let form = use_stored("allowances", AllowancesForm::default);
    html! {
        <>
            <h1>{ s::TOOL.title.get(lang) }</h1>
            <p class="lead">{ s::INTRO.get(lang) }</p>
            <BasicEligibility form={form.clone()} />
            <BasicDates form={form.clone()} />
            <SpecialMonthDates form={form.clone()} />
            <TravelCompensation form={form.clone()} />
            <BusFares form={form.clone()} />
            <details class="settings" open={form.day_off != DayOff::default()}>
                <summary>{ s::SETTINGS.get(lang) }</summary>
                { enum_select::<DayOff>(lang, "day-off", s::DAY_OFF.get(lang), form.day_off, form.edit(|f, v| f.day_off = v), None) }
                <p class="field__hint">{ s::DAY_OFF_HINT.get(lang) }</p>
            </details>
        </>
    }
}

/// 001 Lisa 11 III 1–2, VII 1: the conditions, and every bar with its clause.
#[function_component(BasicEligibility)]
fn basic_eligibility(props: &FormProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let a = form.applicant;
    let bars = allowance::basic_bars(&a);
    let check = |id: &'static str, label: Tr, on: bool, set: fn(&mut Applicant, bool)| {
        html! {
            <Checkbox {id} label={label.get(lang)} checked={on}
                onchange={form.edit(move |f, v| set(&mut f.applicant, v))} />
        }
    };
    html! {
        <section aria-labelledby="basic-heading">
            <h2 id="basic-heading">{ s::BASIC_HEADING.get(lang) }</h2>
            { check("resident", s::RESIDENT, a.resident, |a, v| a.resident = v) }
            { check("level-study", s::LEVEL_STUDY, a.level_study, |a, v| a.level_study = v) }
            { check("full-time", s::FULL_TIME, a.full_time, |a, v| a.full_time = v) }
            { check("state-commissioned", s::STATE_COMMISSIONED, a.state_commissioned, |a, v| a.state_commissioned = v) }
            { check("over-nominal", s::OVER_NOMINAL, a.over_nominal_duration, |a, v| a.over_nominal_duration = v) }
            { check("academic-leave", s::ACADEMIC_LEAVE, a.academic_leave, |a, v| a.academic_leave = v) }
            { check("academic-debts", s::ACADEMIC_DEBTS, a.academic_debts, |a, v| a.academic_debts = v) }
            { check("lost-right", s::LOST_RIGHT, a.lost_right, |a, v| a.lost_right = v) }
            <div class="result">
                <h3>{ s::BASIC_RESULT.get(lang) }</h3>
                <output id="basic-result" class="result-list" for="resident level-study full-time state-commissioned over-nominal academic-leave academic-debts lost-right" aria-live="polite">
                    if bars.is_empty() {
                        <p>{ s::MAY_APPLY.get(lang) }</p>
                    } else {
                        <p>{ s::MAY_NOT_APPLY.get(lang) }</p>
                        <ul class="findings">
                            { for bars.iter().map(|b| html! { <li>{ s::bar(lang, *b) }{ " (" }{ b.clause() }{ ")" }</li> }) }
                        </ul>
                    }
                </output>
            </div>
            <p class="note">{ s::GROUNDS.get(lang) }</p>
        </section>
    }
}

/// 001 Lisa 11 III 5, IV 4, V 1, V 4–5: the next round a student can still
/// apply in, and each month's payment.
#[function_component(BasicDates)]
fn basic_dates(props: &FormProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let today = today();
    let round = allowance::next_round(today, form.first_year, form.day_off);
    html! {
        <section aria-labelledby="dates-heading">
            <h2 id="dates-heading">{ s::DATES_HEADING.get(lang) }</h2>
            <Checkbox id="first-year" label={s::FIRST_YEAR.get(lang)} checked={form.first_year}
                hint={s::FIRST_YEAR_HINT.get(lang)} onchange={form.edit(|f, on| f.first_year = on)} />
            <div class="result">
                <h3>{ s::round_title(lang, &round) }</h3>
                <output id="basic-dates" for="first-year day-off" aria-live="polite">
                    <p>{ s::round_open(lang, round.is_open(today), round.opens) }</p>
                    <dl class="allowance-dates">
                        <dt>{ s::apply_by(lang) }</dt>
                        <dd id="round-apply-by">{ s::dated(lang, &round.apply_by) }</dd>
                        <dt>{ s::decision_by(lang) }</dt>
                        <dd id="round-decision-by">{ s::dated(lang, &round.decision_by) }</dd>
                        <dt>{ s::payments_heading(lang) }</dt>
                        <dd>
                            <ul id="round-payments">
                                { for round.payments.iter().map(|p| html! {
                                    <li>{ s::payment(lang, p.month, &p.by, p.paid_next_month) }</li>
                                }) }
                            </ul>
                        </dd>
                    </dl>
                </output>
            </div>
        </section>
    }
}

/// 001 Lisa 12 3.4–3.5: the special allowance's dates this month (or the
/// next, once this month's application day has passed).
#[function_component(SpecialMonthDates)]
fn special_month_dates(props: &FormProps) -> Html {
    let lang = use_lang();
    let m = allowance::next_special_month(today(), props.form.day_off);
    html! {
        <section aria-labelledby="special-heading">
            <h2 id="special-heading">{ s::SPECIAL_HEADING.get(lang) }</h2>
            <p>{ s::SPECIAL_INTRO.get(lang) }</p>
            <div class="result">
                <h3>{ s::special_month_heading(lang, m.month) }</h3>
                <output id="special-dates" for="day-off" aria-live="polite">
                    <ul>
                        <li>{ s::special_apply(lang, &m.apply_by) }</li>
                        <li>{ s::special_decision(lang, &m.decision_by) }</li>
                        <li>{ s::special_pay(lang, &m.pay_by) }</li>
                    </ul>
                </output>
            </div>
        </section>
    }
}

fn trips(lang: Lang, text: &str) -> (Option<u32>, Option<AttrValue>) {
    input::optional(
        text,
        |t| t.trim().parse::<u32>(),
        |_| s::TRIPS_ERROR.get(lang).to_string(),
    )
}

fn km(lang: Lang, text: &str) -> (Option<u32>, Option<AttrValue>) {
    input::optional(
        text,
        |t| allowance::parse_km_tenths(t).ok_or(()),
        |()| s::KM_ERROR.get(lang).to_string(),
    )
}

/// 001 Lisa 13: the conditions and the amount at 6 cents a kilometre.
#[function_component(TravelCompensation)]
fn travel_compensation(props: &FormProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let (trip_km, km_error) = km(lang, &form.trip_km);
    let (n, trips_error) = trips(lang, &form.trips);
    let result = trip_km.zip(n).map(|(trip_km_tenths, trips)| {
        let claim = TravelClaim {
            same_settlement: form.same_settlement,
            reason: form.reason,
            full_attendance: form.full_attendance,
            fuel_receipts: form.fuel_receipts,
            month: form.trip_month,
            trip_km_tenths,
            trips,
        };
        (claim, allowance::travel_compensation(&claim))
    });
    html! {
        <section aria-labelledby="travel-heading">
            <h2 id="travel-heading">{ s::TRAVEL_HEADING.get(lang) }</h2>
            <p>{ s::travel_intro(lang) }</p>
            <Checkbox id="same-settlement" label={s::SAME_SETTLEMENT.get(lang)} checked={form.same_settlement}
                onchange={form.edit(|f, on| f.same_settlement = on)} />
            { enum_select::<TravelReason>(lang, "travel-reason", s::REASON.get(lang), form.reason, form.edit(|f, v| f.reason = v), None) }
            <Checkbox id="full-attendance" label={s::full_attendance(lang)} checked={form.full_attendance}
                onchange={form.edit(|f, on| f.full_attendance = on)} />
            <Checkbox id="fuel-receipts" label={s::FUEL_RECEIPTS.get(lang)} checked={form.fuel_receipts}
                onchange={form.edit(|f, on| f.fuel_receipts = on)} />
            { enum_select::<TripMonth>(lang, "trip-month", s::TRIP_MONTH.get(lang), form.trip_month, form.edit(|f, v| f.trip_month = v), None) }
            <div class="allowance-grid">
                <Field id="trip-km" label={s::TRIP_KM.get(lang)} value={form.trip_km.clone()} inputmode="decimal"
                    error={km_error} oninput={form.edit(|f, v| f.trip_km = v)} />
                <Field id="trips" label={s::TRIPS.get(lang)} value={form.trips.clone()} inputmode="numeric"
                    error={trips_error} oninput={form.edit(|f, v| f.trips = v)} />
            </div>
            <div class="result">
                <output id="travel-result" class="result-list" aria-live="polite"
                    for="same-settlement travel-reason full-attendance fuel-receipts trip-month trip-km trips">
                    { match result {
                        None => html! { <p class="note">{ s::TRAVEL_EMPTY.get(lang) }</p> },
                        Some((_, r)) if !r.bars.is_empty() => html! {
                            <>
                                <p>{ s::TRAVEL_BARRED.get(lang) }</p>
                                <ul class="findings">
                                    { for r.bars.iter().map(|b| html! { <li>{ s::travel_bar(lang, *b) }{ " (" }{ b.clause() }{ ")" }</li> }) }
                                </ul>
                            </>
                        },
                        Some((c, r)) => html! { <p>{ s::travel_amount(lang, c.trip_km_tenths, c.trips, r.cents) }</p> },
                    } }
                </output>
            </div>
            <p class="note">{ s::TRAVEL_PRINCIPLES.get(lang) }</p>
        </section>
    }
}

/// 001 Lisa 14: how many trips are compensated, and this month's report and
/// payment dates.
#[function_component(BusFares)]
fn bus_fares(props: &FormProps) -> Html {
    use chrono::Datelike;
    let lang = use_lang();
    let form = &props.form;
    let (trips, holidays) = allowance::bus_trips(form.commute);
    let today = today();
    let b = allowance::bus_month(today.year(), today.month(), form.day_off);
    html! {
        <section aria-labelledby="bus-heading">
            <h2 id="bus-heading">{ s::BUS_HEADING.get(lang) }</h2>
            <p>{ s::BUS_INTRO.get(lang) }</p>
            { enum_select::<Commute>(lang, "commute", s::COMMUTE.get(lang), form.commute, form.edit(|f, v| f.commute = v), None) }
            <div class="result">
                <output id="bus-trips" for="commute" aria-live="polite">
                    <p>{ s::bus_trips(lang, trips, holidays) }</p>
                </output>
                <h3>{ s::bus_month_heading(lang, &b) }</h3>
                <output id="bus-dates" for="day-off" aria-live="polite">
                    <ul>
                        <li>{ s::bus_report(lang, &b.report_by) }</li>
                        <li>{ s::bus_supervisor(lang, &b.supervisor_by) }</li>
                        <li>{ s::bus_paid(lang, &b.paid_by) }</li>
                    </ul>
                </output>
            </div>
        </section>
    }
}
