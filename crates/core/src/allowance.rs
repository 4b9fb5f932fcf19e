//! Allowances of a vocational student (001 6.12, Lisa 11–14): whether the
//! student may apply for the basic study allowance (*põhitoetus*, Lisa 11),
//! the dates of an application round and of each month's payment, the
//! monthly dates of the special allowance (*eritoetus*, Lisa 12), and the
//! exceptional travel compensation by car (*sõidukulu erakorraline
//! hüvitamine*, Lisa 13) at 6 cents a kilometre, and the bus fares of
//! Lisa 14 (how many trips, and the month's report and payment dates).
//!
//! The rules say who may *apply* and by when; the commission decides
//! (Lisa 11 I 2, V 2). Every result here is a finding with its clause, never
//! a decision. Where the text gives a day of the month and is silent about a
//! day off, `DayOff` is a visible setting.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::days::is_working_day;

/// 001 Lisa 11 IV 4: documents "hiljemalt 10.septembriks või 10.
/// veebruariks"; Lisa 12 3.4: the special allowance "reeglina iga kuu 10.
/// kuupäevaks".
pub const APPLY_BY_DAY: u32 = 10;
/// 001 Lisa 11 V 1: the decision "hiljemalt 10. oktoobriks … 10. märtsiks".
pub const BASIC_DECISION_BY_DAY: u32 = 10;
/// 001 Lisa 12 3.5: the special allowance is decided "üldjuhul iga kuu 15.
/// kuupäevaks".
pub const SPECIAL_DECISION_BY_DAY: u32 = 15;
/// 001 Lisa 11 V 4: "iga õppekuu 26. kuupäevaks vastava õppekuu eest";
/// Lisa 12 3.5: "26. kuupäevaks".
pub const PAY_BY_DAY: u32 = 26;
/// 001 Lisa 11 III 5: "viieks õppekuuks".
pub const MONTHS_PER_ROUND: u32 = 5;
/// 001 Lisa 13 3.1: "arvestusega 6 senti 1 kilomeetri kohta".
pub const CENTS_PER_KM: u32 = 6;
/// 001 Lisa 13 3.2: "õppetöös 100% osalemise korral".
pub const TRAVEL_ATTENDANCE_PERCENT: u32 = 100;
/// 001 Lisa 14 3.4: the month's bus report to the group supervisor "sõidukulude
/// tekkimisele järgneva kuu 5. kuupäevaks".
pub const BUS_REPORT_BY_DAY: u32 = 5;
/// 001 Lisa 14 3.5: the supervisor passes it on "iga kuu 7. kuupäevaks".
pub const BUS_SUPERVISOR_BY_DAY: u32 = 7;
/// 001 Lisa 14 3.6: paid "järgmise kuu 25. kuupäevaks".
pub const BUS_PAID_BY_DAY: u32 = 25;

/// What a date the text gives becomes when it is not a working day. The
/// sources are silent (Lisa 11 IV 4, V 1, V 4; Lisa 12 3.4–3.5 name a day of
/// the month only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DayOff {
    /// The day as written, with a note that it is a day off (the default,
    /// as the deadline calculator shows calendar-day deadlines).
    #[default]
    AsWritten,
    /// The working day before (safe for an applicant: nothing is late).
    WorkingDayBefore,
}

/// A day the text names, and what the setting makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// The day as the clause writes it.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub written: NaiveDate,
    /// The day shown: `written`, or the working day before it.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub date: NaiveDate,
    /// `written` is a Saturday, Sunday or public holiday.
    pub day_off: bool,
}

impl Dated {
    pub fn new(written: NaiveDate, setting: DayOff) -> Dated {
        let day_off = !is_working_day(written);
        let mut date = written;
        if setting == DayOff::WorkingDayBefore {
            while !is_working_day(date) {
                date -= Duration::days(1);
            }
        }
        Dated {
            written,
            date,
            day_off,
        }
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("days 1–31 of a real month")
}

/// The two application rounds of a school year (001 Lisa 11 III 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Round {
    /// Applied in September, paid September–January.
    Autumn,
    /// Applied in February, paid February–June.
    Spring,
}

impl Round {
    /// 001 Lisa 11 III 5: "septembris … ja veebruaris".
    pub fn application_month(self) -> u32 {
        match self {
            Round::Autumn => 9,
            Round::Spring => 2,
        }
    }

    /// 001 Lisa 11 V 1: decided by 10 October or 10 March.
    pub fn decision_month(self) -> u32 {
        self.application_month() + 1
    }
}

/// One study month's payment of the basic allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// The first day of the study month paid for.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub month: NaiveDate,
    pub by: Dated,
    /// 001 Lisa 11 V 5: September is paid in October and February in March
    /// (the decision comes only on the 10th of those months, V 1); `by` is
    /// then the 26th of the next month (V 4's day).
    pub paid_next_month: bool,
}

impl RoundDates {
    /// 001 Lisa 11 III 5, IV 4: from the first day of the application month
    /// to the application deadline, both included.
    pub fn is_open(&self, today: NaiveDate) -> bool {
        self.opens <= today && today <= self.apply_by.date
    }
}

/// The dates of one application round of the basic allowance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundDates {
    pub round: Round,
    /// 001 Lisa 11 III 5: the round is applied for in its month; its first day.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub opens: NaiveDate,
    /// 001 Lisa 11 IV 4.
    pub apply_by: Dated,
    /// 001 Lisa 11 V 1.
    pub decision_by: Dated,
    /// 001 Lisa 11 III 5, V 4–5: five study months.
    pub payments: Vec<Payment>,
}

/// 001 Lisa 11 III 5, IV 4, V 1, V 4–5: the round of `round` whose
/// application month falls in the calendar year `year`.
pub fn round_dates(round: Round, year: i32, setting: DayOff) -> RoundDates {
    let first = round.application_month();
    let payments = (0..MONTHS_PER_ROUND)
        .map(|i| {
            let m0 = first - 1 + i; // months since January, 0-based
            let (y, m) = (year + (m0 / 12) as i32, m0 % 12 + 1);
            let paid_next_month = i == 0;
            let (py, pm) = if paid_next_month {
                (year, round.decision_month())
            } else {
                (y, m)
            };
            Payment {
                month: ymd(y, m, 1),
                by: Dated::new(ymd(py, pm, PAY_BY_DAY), setting),
                paid_next_month,
            }
        })
        .collect();
    RoundDates {
        round,
        opens: ymd(year, first, 1),
        apply_by: Dated::new(ymd(year, first, APPLY_BY_DAY), setting),
        decision_by: Dated::new(
            ymd(year, round.decision_month(), BASIC_DECISION_BY_DAY),
            setting,
        ),
        payments,
    }
}

/// The round a student can still apply in on `today`: the one whose
/// application deadline (as the setting shows it) is today or later, the
/// earliest first. 001 Lisa 11 III 5: a first-year student (*esmakursuslane*)
/// may apply from February, so for them the next round is a spring one.
pub fn next_round(today: NaiveDate, first_year: bool, setting: DayOff) -> RoundDates {
    let y = today.year();
    let candidates = [
        round_dates(Round::Spring, y, setting),
        round_dates(Round::Autumn, y, setting),
        round_dates(Round::Spring, y + 1, setting),
    ];
    candidates
        .into_iter()
        .filter(|r| !(first_year && r.round == Round::Autumn))
        .find(|r| r.apply_by.date >= today)
        .expect("a spring round of next year is always ahead")
}

/// What the student says about themself (all the conditions 001 Lisa 11 III
/// names; 001 6.7.8 for academic leave).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applicant {
    /// III 1 a): an Estonian citizen, or in Estonia on a long-term resident's
    /// or temporary residence permit or a right of residence.
    pub resident: bool,
    /// III 1.1: on a vocational level-study curriculum (*kutseõppe
    /// tasemeõpe*).
    pub level_study: bool,
    /// III 1.1: in full-time study (*statsionaarne õpe*).
    pub full_time: bool,
    /// III 1.1: on a curriculum with state-commissioned places (*riiklik
    /// koolitustellimus*).
    pub state_commissioned: bool,
    /// III 1.1, 2.3, 4: past the curriculum's nominal duration.
    pub over_nominal_duration: bool,
    /// III 2.1; 001 6.7.8.
    pub academic_leave: bool,
    /// III 2.2 (*õppevõlgnevused*).
    pub academic_debts: bool,
    /// VII 1: payment was stopped this school year or the last because the
    /// student did not meet the conditions and knew it or should have.
    pub lost_right: bool,
}

/// Why the student may not apply for or receive the basic allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Bar {
    NotResident,
    NotLevelStudy,
    NotFullTime,
    NotStateCommissioned,
    OverNominalDuration,
    AcademicLeave,
    AcademicDebts,
    LostRight,
}

impl Bar {
    pub const ALL: [Bar; 8] = [
        Bar::NotResident,
        Bar::NotLevelStudy,
        Bar::NotFullTime,
        Bar::NotStateCommissioned,
        Bar::OverNominalDuration,
        Bar::AcademicLeave,
        Bar::AcademicDebts,
        Bar::LostRight,
    ];

    pub fn clause(self) -> &'static str {
        match self {
            Bar::NotResident => "001 Lisa 11 III 1 a",
            Bar::NotLevelStudy | Bar::NotFullTime | Bar::NotStateCommissioned => {
                "001 Lisa 11 III 1.1"
            }
            Bar::OverNominalDuration => "001 Lisa 11 III 1.1, 2.3, 4",
            Bar::AcademicLeave => "001 Lisa 11 III 2.1; 6.7.8",
            Bar::AcademicDebts => "001 Lisa 11 III 2.2",
            Bar::LostRight => "001 Lisa 11 VII 1",
        }
    }
}

/// 001 Lisa 11 III 1–2, 4; VII 1; 6.7.8: every bar, in clause order; empty
/// means the student may apply. The school may still refuse or stop the
/// allowance for the reasons of III 3 and V 6 — grounds, not bars, so the
/// page names them beside the result.
pub fn basic_bars(a: &Applicant) -> Vec<Bar> {
    let checks = [
        (!a.resident, Bar::NotResident),
        (!a.level_study, Bar::NotLevelStudy),
        (!a.full_time, Bar::NotFullTime),
        (!a.state_commissioned, Bar::NotStateCommissioned),
        (a.over_nominal_duration, Bar::OverNominalDuration),
        (a.academic_leave, Bar::AcademicLeave),
        (a.academic_debts, Bar::AcademicDebts),
        (a.lost_right, Bar::LostRight),
    ];
    checks
        .into_iter()
        .filter_map(|(applies, bar)| applies.then_some(bar))
        .collect()
}

/// One month's dates of the special allowance (001 Lisa 12 3.4–3.5), all
/// "as a rule" (*reeglina*, *üldjuhul*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialMonth {
    /// The first day of the month.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub month: NaiveDate,
    /// 001 Lisa 12 3.4: "reeglina iga kuu 10. kuupäevaks".
    pub apply_by: Dated,
    /// 001 Lisa 12 3.5: "üldjuhul iga kuu 15. kuupäevaks".
    pub decision_by: Dated,
    /// 001 Lisa 12 3.5: "arveldusarvele 26. kuupäevaks".
    pub pay_by: Dated,
}

/// 001 Lisa 12 3.4–3.5 for the month `month` (1–12) of `year`.
pub fn special_month(year: i32, month: u32, setting: DayOff) -> SpecialMonth {
    SpecialMonth {
        month: ymd(year, month, 1),
        apply_by: Dated::new(ymd(year, month, APPLY_BY_DAY), setting),
        decision_by: Dated::new(ymd(year, month, SPECIAL_DECISION_BY_DAY), setting),
        pay_by: Dated::new(ymd(year, month, PAY_BY_DAY), setting),
    }
}

/// The month a special-allowance application made on `today` can still be
/// in time for: this month until its application day (as the setting shows
/// it), then the next.
pub fn next_special_month(today: NaiveDate, setting: DayOff) -> SpecialMonth {
    let this = special_month(today.year(), today.month(), setting);
    if today <= this.apply_by.date {
        return this;
    }
    let (y, m) = if today.month() == 12 {
        (today.year() + 1, 1)
    } else {
        (today.year(), today.month() + 1)
    };
    special_month(y, m, setting)
}

/// Why the student rides to school by car (001 Lisa 13 1.1–1.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TravelReason {
    /// 1.1: no public transport where the registered home is.
    #[default]
    NoPublicTransport,
    /// 1.2: a severe or profound mobility disability needing special transport.
    MobilityDisability,
    /// Neither: public transport exists and there is no such disability.
    Neither,
}

/// Which month the trips were in, seen from the application (001 Lisa 13 3.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TripMonth {
    /// The month of the application.
    #[default]
    ThisMonth,
    /// The month before the application.
    PreviousMonth,
    /// Any earlier month.
    Earlier,
}

/// One month's claim for exceptional travel compensation (001 Lisa 13).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelClaim {
    /// 1: the registered home (*rahvastikuregistrijärgne elukoht*) is in the
    /// same settlement as the school.
    pub same_settlement: bool,
    pub reason: TravelReason,
    /// 3.2: took part in all of the month's study.
    pub full_attendance: bool,
    /// 2.3: fuel receipts issued during that month.
    pub fuel_receipts: bool,
    pub month: TripMonth,
    /// 2.1: kilometres of one trip in tenths ("1 sõit = 1 edasi-tagasi
    /// sõit": there and back).
    pub trip_km_tenths: u32,
    /// 2.1: trips in the month.
    pub trips: u32,
}

/// Why the claim is not compensated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TravelBar {
    SameSettlement,
    NoReason,
    NotFullAttendance,
    NoFuelReceipts,
    TooEarlyMonth,
}

impl TravelBar {
    pub const ALL: [TravelBar; 5] = [
        TravelBar::SameSettlement,
        TravelBar::NoReason,
        TravelBar::NotFullAttendance,
        TravelBar::NoFuelReceipts,
        TravelBar::TooEarlyMonth,
    ];

    pub fn clause(self) -> &'static str {
        match self {
            TravelBar::SameSettlement => "001 Lisa 13 1",
            TravelBar::NoReason => "001 Lisa 13 1.1–1.2",
            TravelBar::NotFullAttendance => "001 Lisa 13 3.2",
            TravelBar::NoFuelReceipts => "001 Lisa 13 2.3, 3.1",
            TravelBar::TooEarlyMonth => "001 Lisa 13 3.3",
        }
    }
}

/// What a claim comes to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelResult {
    /// Every bar, in clause order; empty means the claim meets the text's
    /// conditions (the commission still weighs it, Lisa 13 5–6).
    pub bars: Vec<TravelBar>,
    /// 3.1: kilometres × trips × 6 cents, to the nearest cent (half up).
    pub cents: u64,
    /// Kilometres in all, in tenths.
    pub km_tenths: u64,
}

/// 001 Lisa 13 1, 2.3, 3.1–3.3: the claim's bars and its amount.
pub fn travel_compensation(c: &TravelClaim) -> TravelResult {
    let checks = [
        (c.same_settlement, TravelBar::SameSettlement),
        (c.reason == TravelReason::Neither, TravelBar::NoReason),
        (!c.full_attendance, TravelBar::NotFullAttendance),
        (!c.fuel_receipts, TravelBar::NoFuelReceipts),
        (c.month == TripMonth::Earlier, TravelBar::TooEarlyMonth),
    ];
    let km_tenths = c.trip_km_tenths as u64 * c.trips as u64;
    TravelResult {
        bars: checks
            .into_iter()
            .filter_map(|(applies, bar)| applies.then_some(bar))
            .collect(),
        // u32 × u32 × 6 / 10 fits a u64; the product before dividing may not.
        cents: ((km_tenths as u128 * CENTS_PER_KM as u128 + 5) / 10) as u64,
        km_tenths,
    }
}

/// How a student travels between home and school (001 Lisa 14 2.2–2.4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Commute {
    /// 2.2: lives in the dormitory (or other housing for the study period)
    /// and studies for vocational secondary education or at level 2 or 3.
    #[default]
    DormitorySecondaryOrLevel2To3,
    /// 2.3: lives in the dormitory and studies at level 4 (other than
    /// vocational secondary) or level 5.
    DormitoryLevel4To5,
    /// 2.4: travels to school and home every study day.
    Daily,
}

/// How many trips between home and school are compensated (001 Lisa 14
/// 2.2–2.4). One trip is there and back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BusTrips {
    /// 2.2: one a week.
    OneAWeek,
    /// 2.3: two a month.
    TwoAMonth,
    /// 2.4: one a study day.
    OneAStudyDay,
}

impl BusTrips {
    /// How many round trips in each period (2.2 "üks … nädalas", 2.3 "kaks
    /// korda kuus", 2.4 "üks … päevas").
    pub fn count(self) -> u32 {
        match self {
            BusTrips::OneAWeek | BusTrips::OneAStudyDay => 1,
            BusTrips::TwoAMonth => 2,
        }
    }
}

/// 001 Lisa 14 2.2–2.4: the trips compensated, and whether the trips home
/// for public holidays and school holidays are compensated as well (2.2,
/// 2.3: "samuti riigipühadeks ja koolivaheajaks").
pub fn bus_trips(c: Commute) -> (BusTrips, bool) {
    match c {
        Commute::DormitorySecondaryOrLevel2To3 => (BusTrips::OneAWeek, true),
        Commute::DormitoryLevel4To5 => (BusTrips::TwoAMonth, true),
        Commute::Daily => (BusTrips::OneAStudyDay, false),
    }
}

/// The dates of one month's bus trips (001 Lisa 14 3.4–3.6), all in the
/// month after the trips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusMonth {
    /// The first day of the month of the trips.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub month: NaiveDate,
    /// 3.4: the report with the tickets to the group supervisor.
    pub report_by: Dated,
    /// 3.5: the supervisor's checked report to the study director and the
    /// accounts.
    pub supervisor_by: Dated,
    /// 3.6: "järgmise kuu 25. kuupäevaks" — read as the month after the
    /// trips, the month the report is made in (README: settings).
    pub paid_by: Dated,
}

/// 001 Lisa 14 3.4–3.6 for the bus trips of `month` (1–12) of `year`.
pub fn bus_month(year: i32, month: u32, setting: DayOff) -> BusMonth {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    BusMonth {
        month: ymd(year, month, 1),
        report_by: Dated::new(ymd(y, m, BUS_REPORT_BY_DAY), setting),
        supervisor_by: Dated::new(ymd(y, m, BUS_SUPERVISOR_BY_DAY), setting),
        paid_by: Dated::new(ymd(y, m, BUS_PAID_BY_DAY), setting),
    }
}

/// Reads a distance as people type it ("23", "23,5", "23.5") into tenths of
/// a kilometre; more than one decimal, a sign or anything else is refused.
pub fn parse_km_tenths(text: &str) -> Option<u32> {
    let t = text.trim();
    let (whole, frac) = match t.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (t, ""),
    };
    let digits = |s: &str| s.chars().all(|ch| ch.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 1 {
        return None;
    }
    let w: u32 = whole.parse().ok()?;
    let f: u32 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    w.checked_mul(10)?.checked_add(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        ymd(y, m, day)
    }

    /// One change to a test's input (a row of a clause table).
    type Change<T> = fn(&mut T);

    fn eligible() -> Applicant {
        Applicant {
            resident: true,
            level_study: true,
            full_time: true,
            state_commissioned: true,
            ..Applicant::default()
        }
    }

    #[test]
    fn each_condition_of_lisa_11_iii_bars_the_basic_allowance_alone() {
        assert_eq!(basic_bars(&eligible()), vec![]);
        // (change, the one bar it makes, clause)
        let cases: [(Change<Applicant>, Bar, &str); 8] = [
            (|a| a.resident = false, Bar::NotResident, "III 1 a"),
            (|a| a.level_study = false, Bar::NotLevelStudy, "III 1.1"),
            (|a| a.full_time = false, Bar::NotFullTime, "III 1.1"),
            (
                |a| a.state_commissioned = false,
                Bar::NotStateCommissioned,
                "III 1.1",
            ),
            (
                |a| a.over_nominal_duration = true,
                Bar::OverNominalDuration,
                "2.3",
            ),
            (|a| a.academic_leave = true, Bar::AcademicLeave, "III 2.1"),
            (|a| a.academic_debts = true, Bar::AcademicDebts, "III 2.2"),
            (|a| a.lost_right = true, Bar::LostRight, "VII 1"),
        ];
        for (change, bar, clause) in cases {
            let mut a = eligible();
            change(&mut a);
            assert_eq!(basic_bars(&a), vec![bar], "{clause}");
            assert!(bar.clause().contains(clause), "{bar:?}");
        }
    }

    #[test]
    fn the_default_applicant_meets_none_of_the_positive_conditions() {
        // Nothing ticked: every positive condition of III 1 is unmet, so
        // nobody reads "you may apply" before saying anything.
        assert_eq!(
            basic_bars(&Applicant::default()),
            vec![
                Bar::NotResident,
                Bar::NotLevelStudy,
                Bar::NotFullTime,
                Bar::NotStateCommissioned
            ]
        );
    }

    #[test]
    fn rounds_apply_by_the_10th_decide_by_the_10th_of_the_next_month_pay_by_the_26th() {
        // 2026: 10 Sept is a Thursday, 10 Oct a Saturday, 26 Oct a Monday.
        let r = round_dates(Round::Autumn, 2026, DayOff::AsWritten);
        assert_eq!(r.opens, d(2026, 9, 1), "III 5");
        assert_eq!(r.apply_by.date, d(2026, 9, 10), "IV 4");
        assert!(!r.apply_by.day_off);
        assert_eq!(r.decision_by.written, d(2026, 10, 10), "V 1");
        assert!(r.decision_by.day_off);
        let months: Vec<_> = r.payments.iter().map(|p| p.month).collect();
        assert_eq!(
            months,
            vec![
                d(2026, 9, 1),
                d(2026, 10, 1),
                d(2026, 11, 1),
                d(2026, 12, 1),
                d(2027, 1, 1)
            ],
            "III 5: September to January"
        );
        // V 5: September's is paid in October; V 4: each month by the 26th.
        let by: Vec<_> = r.payments.iter().map(|p| p.by.written).collect();
        assert_eq!(
            by,
            vec![
                d(2026, 10, 26),
                d(2026, 10, 26),
                d(2026, 11, 26),
                d(2026, 12, 26),
                d(2027, 1, 26)
            ]
        );
        assert!(r.payments[0].paid_next_month && !r.payments[1].paid_next_month);

        let s = round_dates(Round::Spring, 2027, DayOff::AsWritten);
        assert_eq!(s.apply_by.written, d(2027, 2, 10), "IV 4");
        assert_eq!(s.decision_by.written, d(2027, 3, 10), "V 1");
        assert_eq!(s.payments[0].by.written, d(2027, 3, 26), "V 5");
        assert_eq!(s.payments[4].month, d(2027, 6, 1), "III 5: to June");
        assert_eq!(s.payments[4].by.written, d(2027, 6, 26));
    }

    #[test]
    fn a_day_off_moves_only_under_the_working_day_before_setting() {
        // (written, as written, working day before)
        let cases = [
            (d(2026, 10, 10), d(2026, 10, 10), d(2026, 10, 9)), // Saturday
            (d(2026, 10, 11), d(2026, 10, 11), d(2026, 10, 9)), // Sunday
            (d(2026, 12, 26), d(2026, 12, 26), d(2026, 12, 23)), // 2nd Christmas Day, Saturday
            (d(2026, 2, 24), d(2026, 2, 24), d(2026, 2, 23)),   // Independence Day
            (d(2026, 9, 10), d(2026, 9, 10), d(2026, 9, 10)),   // Thursday
        ];
        for (written, as_written, before) in cases {
            let a = Dated::new(written, DayOff::AsWritten);
            let b = Dated::new(written, DayOff::WorkingDayBefore);
            assert_eq!(a.date, as_written, "{written}");
            assert_eq!(b.date, before, "{written}");
            assert_eq!(a.day_off, written != before, "{written}");
            assert_eq!(b.written, written);
        }
    }

    #[test]
    fn the_next_round_is_the_first_whose_deadline_has_not_passed() {
        // (today, first year, round, year of its application month) — III 5, IV 4
        let cases = [
            (d(2026, 9, 1), false, Round::Autumn, 2026),
            (d(2026, 9, 10), false, Round::Autumn, 2026),
            (d(2026, 9, 11), false, Round::Spring, 2027),
            (d(2027, 2, 10), false, Round::Spring, 2027),
            (d(2027, 2, 11), false, Round::Autumn, 2027),
            (d(2026, 6, 30), false, Round::Autumn, 2026),
            // A first-year student may apply from February (III 5).
            (d(2026, 9, 1), true, Round::Spring, 2027),
            (d(2027, 2, 10), true, Round::Spring, 2027),
            (d(2027, 2, 11), true, Round::Spring, 2028),
        ];
        for (today, first_year, round, year) in cases {
            let r = next_round(today, first_year, DayOff::AsWritten);
            assert_eq!(
                (r.round, r.opens.year()),
                (round, year),
                "{today} {first_year}"
            );
        }
    }

    #[test]
    fn a_deadline_moved_to_the_working_day_before_closes_the_round_earlier() {
        // 10 February 2029 is a Saturday: the round closes on Friday the 9th.
        let r = next_round(d(2029, 2, 10), false, DayOff::WorkingDayBefore);
        assert_eq!(r.round, Round::Autumn, "10 Feb moved to 9 Feb has passed");
        let r = next_round(d(2029, 2, 9), false, DayOff::WorkingDayBefore);
        assert_eq!((r.round, r.apply_by.date), (Round::Spring, d(2029, 2, 9)));
    }

    #[test]
    fn the_special_allowance_month_is_the_10th_15th_and_26th() {
        // 001 Lisa 12 3.4–3.5; November 2026: 10th Tue, 15th Sun, 26th Thu.
        let m = special_month(2026, 11, DayOff::AsWritten);
        assert_eq!(m.apply_by.date, d(2026, 11, 10));
        assert_eq!(m.decision_by.date, d(2026, 11, 15));
        assert!(m.decision_by.day_off);
        assert_eq!(m.pay_by.date, d(2026, 11, 26));
        let moved = special_month(2026, 11, DayOff::WorkingDayBefore);
        assert_eq!(moved.decision_by.date, d(2026, 11, 13));
    }

    #[test]
    fn a_round_is_open_from_the_first_of_its_month_to_its_deadline() {
        // 001 Lisa 11 III 5 ("septembris"), IV 4 (by 10 September).
        let r = round_dates(Round::Autumn, 2026, DayOff::AsWritten);
        for (today, open) in [
            (d(2026, 8, 31), false),
            (d(2026, 9, 1), true),
            (d(2026, 9, 10), true),
            (d(2026, 9, 11), false),
        ] {
            assert_eq!(r.is_open(today), open, "{today}");
        }
    }

    #[test]
    fn the_special_allowance_month_turns_after_its_10th() {
        // (today, setting, month) — Lisa 12 3.4; 10 October 2026 is a Saturday.
        let cases = [
            (d(2026, 10, 9), DayOff::AsWritten, d(2026, 10, 1)),
            (d(2026, 10, 10), DayOff::AsWritten, d(2026, 10, 1)),
            (d(2026, 10, 11), DayOff::AsWritten, d(2026, 11, 1)),
            (d(2026, 10, 10), DayOff::WorkingDayBefore, d(2026, 11, 1)),
            (d(2026, 12, 11), DayOff::AsWritten, d(2027, 1, 1)),
        ];
        for (today, setting, month) in cases {
            assert_eq!(next_special_month(today, setting).month, month, "{today}");
        }
    }

    #[test]
    fn bus_trips_are_compensated_as_lisa_14_2_2_to_2_4_count_them() {
        // (commute, trips, holidays too) — 001 Lisa 14 2.2, 2.3, 2.4
        let cases = [
            (
                Commute::DormitorySecondaryOrLevel2To3,
                BusTrips::OneAWeek,
                true,
            ),
            (Commute::DormitoryLevel4To5, BusTrips::TwoAMonth, true),
            (Commute::Daily, BusTrips::OneAStudyDay, false),
        ];
        for (c, trips, holidays) in cases {
            assert_eq!(bus_trips(c), (trips, holidays), "{c:?}");
        }
    }

    #[test]
    fn a_months_bus_report_is_due_on_the_5th_and_paid_by_the_25th_of_the_next_month() {
        // 001 Lisa 14 3.4–3.6. Trips in December 2026: 5 January 2027 is a
        // Tuesday, 7 January a Thursday, 25 January a Monday.
        let b = bus_month(2026, 12, DayOff::AsWritten);
        assert_eq!(b.month, d(2026, 12, 1));
        assert_eq!(b.report_by.date, d(2027, 1, 5));
        assert_eq!(b.supervisor_by.date, d(2027, 1, 7));
        assert_eq!(b.paid_by.date, d(2027, 1, 25));
        // Trips in September 2026: 25 October is a Sunday.
        let b = bus_month(2026, 9, DayOff::WorkingDayBefore);
        assert_eq!(b.report_by.date, d(2026, 10, 5));
        assert_eq!(b.paid_by.written, d(2026, 10, 25));
        assert_eq!(b.paid_by.date, d(2026, 10, 23));
    }

    fn claim() -> TravelClaim {
        TravelClaim {
            full_attendance: true,
            fuel_receipts: true,
            trip_km_tenths: 400,
            trips: 20,
            ..TravelClaim::default()
        }
    }

    #[test]
    fn travel_is_6_cents_a_kilometre_rounded_to_the_cent() {
        // (km of one trip in tenths, trips, cents) — Lisa 13 3.1
        let cases = [
            (400, 20, 4800), // 40 km × 20 × 6 c = 48.00 €
            (0, 20, 0),
            (400, 0, 0),
            (10, 1, 6),                                       // 1 km
            (1, 1, 1),                                        // 0.1 km = 0.6 c → 1 c (half up)
            (1, 4, 2),                                        // 0.4 km = 2.4 c → 2 c
            (5, 5, 15),                                       // 2.5 km = 15 c
            (235, 3, 423),                                    // 70.5 km = 4.23 €
            (u32::MAX, u32::MAX, 11_068_046_439_071_770_215), // no overflow
        ];
        for (km, trips, cents) in cases {
            let r = travel_compensation(&TravelClaim {
                trip_km_tenths: km,
                trips,
                ..claim()
            });
            assert_eq!(r.cents, cents, "{km} {trips}");
            assert!(r.bars.is_empty());
        }
    }

    #[test]
    fn each_condition_of_lisa_13_bars_the_travel_claim() {
        let cases: [(Change<TravelClaim>, TravelBar, &str); 5] = [
            (|c| c.same_settlement = true, TravelBar::SameSettlement, "1"),
            (
                |c| c.reason = TravelReason::Neither,
                TravelBar::NoReason,
                "1.1–1.2",
            ),
            (
                |c| c.full_attendance = false,
                TravelBar::NotFullAttendance,
                "3.2",
            ),
            (
                |c| c.fuel_receipts = false,
                TravelBar::NoFuelReceipts,
                "2.3",
            ),
            (
                |c| c.month = TripMonth::Earlier,
                TravelBar::TooEarlyMonth,
                "3.3",
            ),
        ];
        for (change, bar, clause) in cases {
            let mut c = claim();
            change(&mut c);
            assert_eq!(travel_compensation(&c).bars, vec![bar], "{clause}");
            assert!(bar.clause().contains(clause));
        }
        // 1.2 is a reason as good as 1.1; the previous month is still in time (3.3).
        for ok in [
            TravelClaim {
                reason: TravelReason::MobilityDisability,
                ..claim()
            },
            TravelClaim {
                month: TripMonth::PreviousMonth,
                ..claim()
            },
        ] {
            assert!(travel_compensation(&ok).bars.is_empty(), "{ok:?}");
        }
    }

    #[test]
    fn distances_read_with_a_comma_or_a_point_and_one_decimal() {
        let cases = [
            ("23", Some(230)),
            (" 23,5 ", Some(235)),
            ("23.5", Some(235)),
            ("0", Some(0)),
            ("23,", Some(230)),
            ("23,55", None),
            (",5", None),
            ("-3", None),
            ("", None),
            ("2 3", None),
            ("1.2.3", None),
            ("429496730", None), // overflows tenths
        ];
        for (text, tenths) in cases {
            assert_eq!(parse_km_tenths(text), tenths, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn the_amount_is_never_more_than_half_a_cent_off_6_cents_a_km(km in 0u32..100_000, trips in 0u32..100) {
            let r = travel_compensation(&TravelClaim { trip_km_tenths: km, trips, ..claim() });
            let exact = km as f64 * trips as f64 * CENTS_PER_KM as f64 / 10.0;
            prop_assert!((r.cents as f64 - exact).abs() <= 0.5 + 1e-9);
        }

        #[test]
        fn the_next_round_is_never_closed_and_never_skips_an_open_one(days in 0i64..3650, first_year in any::<bool>(), before in any::<bool>()) {
            let setting = if before { DayOff::WorkingDayBefore } else { DayOff::AsWritten };
            let today = d(2025, 1, 1) + Duration::days(days);
            let r = next_round(today, first_year, setting);
            prop_assert!(r.apply_by.date >= today);
            prop_assert!(r.apply_by.date <= r.decision_by.written);
            prop_assert!(r.apply_by.date - today <= Duration::days(366));
            prop_assert!(!first_year || r.round == Round::Spring);
        }

        #[test]
        fn a_moved_day_is_a_working_day_no_later_than_written(days in 0i64..3650) {
            let written = d(2025, 1, 1) + Duration::days(days);
            let moved = Dated::new(written, DayOff::WorkingDayBefore);
            prop_assert!(is_working_day(moved.date));
            prop_assert!(moved.date <= written);
            prop_assert!(written - moved.date <= Duration::days(5));
            prop_assert_eq!(moved.day_off, moved.date != written);
        }
    }
}
