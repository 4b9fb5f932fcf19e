//! The deadlines the seeds set, each with its clause and how it is counted.
//!
//! "Working days" count Monday–Friday except public holidays; where a rule
//! says "days" (päeva) it means calendar days, and where it says weeks
//! (nädal) the term ends on the same weekday of its last week; the result
//! says which was used. Counting starts the day after the event, except
//! where a rule names the event's own day ("esimesel õppepäeval"). The seeds do not say what happens when a calendar-day deadline ends
//! on a weekend or holiday, so the date is shown as counted, and the UI says
//! that it was not moved.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::days::{
    add_calendar_days, add_months, add_weeks, add_working_days, first_month_last_day,
    is_working_day, school_year_start, Count,
};

/// What happened, as the user picks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// 002 8.6: a grade or verbal assessment became known.
    LearnedGrade,
    /// 002 8.6: the grade of a practical, creative or research work became known.
    LearnedPracticalGrade,
    /// 002 8.6: the director decided on an appeal.
    DirectorDecided,
    /// 002 8.2.3: a written test was taken.
    WrittenWorkTaken,
    /// 001 4.13.15: a vocational exam result was announced.
    ExamResultAnnounced,
    /// 001 4.13.15: an appeal against an exam result was received.
    ExamAppealReceived,
    /// 001 6.2.2: an academic debt arose.
    DebtArose,
    /// 001 4.6.4.8: an "X" was recorded.
    XRecorded,
    /// 001 7.3: the person learned of an administrative decision.
    AdministrativeDecision,
    /// 000 8.1–8.2: a development conversation is planned on this date.
    ConversationPlanned,
    /// 000 11.1: a student came from another school.
    StudentArrived,
    /// 000 11.2: the class teacher changed.
    ClassTeacherChanged,
    /// 000 10: a development conversation was held.
    ConversationHeld,
    /// 001 Lisa 5 III 15: an application to recognise earlier studies or
    /// work experience (VÕTA) was filed.
    RecognitionApplied,
    /// 001 6.1.6: a vocational student's absence began (its first day).
    AbsenceBeganVocational,
    /// 003 IV 3, IV 6: a general-school student's absence began (its first day).
    AbsenceBegan,
    /// 001 6.3.1: the school year began for a student moved on conditionally.
    ConditionalTransferYearBegan,
    /// 001 6.3.1: a student moved on conditionally returned from practice.
    ReturnedFromPractice,
    /// 001 7.6: the school received an application.
    ApplicationReceived,
    /// 001 Lisa 3 III 4.2: the transition exam (üleminekueksam) was held.
    TransitionExamHeld,
    /// 002 8.7: the student was left for additional study (täiendav õppetöö).
    AdditionalStudyAssigned,
    /// 004 § 18 (5): a person means to graduate as an external student this
    /// school year (the date is any day of that school year).
    ExternalGraduationSought,
}

/// What a deadline is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    AppealGrade,
    AppealPracticalGrade,
    DirectorInforms,
    WrittenGradePublished,
    AppealExamResult,
    ExamCommitteeAnswers,
    AgreeOnResit,
    ClearDebt,
    XBecomesTwo,
    ContestDecision,
    SendQuestionnaire,
    AnswerQuestionnaire,
    ConversationForNewStudent,
    ConversationsByNewTeacher,
    KeepRecords,
    RecognitionAnswered,
    /// 001 6.1.6: the student tells the group tutor the reasons.
    StudentReportsAbsence,
    /// 003 IV 3: the parent tells the school of the absence and its reasons.
    ParentReportsAbsence,
    /// 003 IV 3: the parent tells the support teacher of a longer absence.
    ParentReportsLongAbsence,
    /// 003 IV 6: if the parent has not, the school tells the parent.
    SchoolInformsParent,
    /// 001 6.3.1: debts cleared within the first month of the school year.
    ClearDebtsAfterTransfer,
    /// 001 6.3.1: debts cleared within three weeks of returning from practice.
    ClearDebtsAfterPractice,
    /// 001 7.6: the applicant is told the decision.
    DecisionOnApplication,
    /// 001 7.7: a challenge to the school's owner or a complaint to the
    /// administrative court.
    AppealToOwnerOrCourt,
    /// 001 Lisa 3 III 4.2: the first resit, not before this day.
    FirstResitNotBefore,
    /// 001 Lisa 3 III 4.2: the second resit, in August before the new school year.
    SecondResitBy,
    /// 002 8.7: moved on to the next class by 30 August.
    TransferAfterAdditionalStudy,
    /// 004 § 18 (5): the written application to graduate as an external
    /// student, by 1 November.
    ExternalApplication,
}

/// How the days were counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counting {
    WorkingDaysAfter(u32),
    CalendarDaysAfter(u32),
    /// No rule counts this way now (000 8.1–8.2 say weeks); kept so the web
    /// crate's labels still match.
    CalendarDaysBefore(u32),
    /// The rule says weeks ("nädala"); the term ends on the same weekday of
    /// its last week (`days::add_weeks`).
    WeeksAfter(u32),
    /// The rule says weeks before ("kaks nädalat enne", "nädal enne"): the
    /// same weekday `n` weeks earlier.
    WeeksBefore(u32),
    MonthsAfter(u32),
    /// The day of the event itself ("esimesel õppepäeval", "koheselt").
    SameDay,
    /// The `n`th school day counting the event's day as the first
    /// ("hiljemalt kolmandal õppepäeval"). School days are counted as working
    /// days: the sources know no other school calendar.
    SchoolDayOf(u32),
    /// Within the first month from the event's day, which itself belongs to
    /// the month ("õppeaasta esimese kuu jooksul": 1–30 September).
    FirstMonth,
    /// A fixed day of the school year (1 September – 31 August) the event
    /// falls in, e.g. 30 August or 1 November.
    FixedDay {
        month: u32,
        day: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    pub kind: Kind,
    /// The seed clause, e.g. "002 8.6".
    pub clause: &'static str,
    pub counting: Counting,
    pub count: Count,
}

fn rule(kind: Kind, clause: &'static str, counting: Counting, event: NaiveDate) -> Deadline {
    let count = match counting {
        Counting::WorkingDaysAfter(n) => add_working_days(event, n),
        Counting::CalendarDaysAfter(n) => add_calendar_days(event, n),
        Counting::CalendarDaysBefore(n) => {
            let mut c = add_calendar_days(event, 0);
            c.due = event - Duration::days(n as i64);
            c
        }
        Counting::WeeksAfter(n) => add_weeks(event, n),
        Counting::WeeksBefore(n) => {
            let mut c = add_calendar_days(event, 0);
            c.due = event - Duration::weeks(n as i64);
            c
        }
        Counting::MonthsAfter(n) => add_months(event, n),
        Counting::SameDay => add_calendar_days(event, 0),
        Counting::SchoolDayOf(n) => {
            let first_counts = is_working_day(event);
            add_working_days(event, n.saturating_sub(u32::from(first_counts)))
        }
        Counting::FirstMonth => add_calendar_days(first_month_last_day(event), 0),
        Counting::FixedDay { month, day } => {
            let start = school_year_start(event);
            let year = if month >= 9 { start } else { start + 1 };
            add_calendar_days(
                NaiveDate::from_ymd_opt(year, month, day).expect("a fixed day the rules name"),
                0,
            )
        }
    };
    Deadline {
        kind,
        clause,
        counting,
        count,
    }
}

/// Every deadline that follows from `event` on `date`.
pub fn deadlines(event: Event, date: NaiveDate) -> Vec<Deadline> {
    use Counting::*;
    match event {
        // 002 8.6: "kümne tööpäeva jooksul pärast hinde või hinnangu teadasaamist".
        Event::LearnedGrade => vec![rule(
            Kind::AppealGrade,
            "002 8.6",
            WorkingDaysAfter(10),
            date,
        )],
        // 002 8.6: "praktiliste, loov- ja uurimistööde puhul kolme päeva jooksul".
        Event::LearnedPracticalGrade => {
            vec![rule(
                Kind::AppealPracticalGrade,
                "002 8.6",
                CalendarDaysAfter(3),
                date,
            )]
        }
        // 002 8.6: the director informs "viie tööpäeva jooksul pärast otsuse vastuvõtmist".
        Event::DirectorDecided => vec![rule(
            Kind::DirectorInforms,
            "002 8.6",
            WorkingDaysAfter(5),
            date,
        )],
        // 002 8.2.3: written-work grades "10 tööpäeva jooksul pärast töö sooritamist".
        Event::WrittenWorkTaken => {
            vec![rule(
                Kind::WrittenGradePublished,
                "002 8.2.3",
                WorkingDaysAfter(10),
                date,
            )]
        }
        // 001 4.13.15: "kolme tööpäeva jooksul eksamitulemuse teatavaks tegemise päevast".
        Event::ExamResultAnnounced => {
            vec![rule(
                Kind::AppealExamResult,
                "001 4.13.15",
                WorkingDaysAfter(3),
                date,
            )]
        }
        // 001 4.13.15: the committee answers "kümne päeva jooksul arvates avalduse laekumisest".
        Event::ExamAppealReceived => {
            vec![rule(
                Kind::ExamCommitteeAnswers,
                "001 4.13.15",
                CalendarDaysAfter(10),
                date,
            )]
        }
        // 001 6.2.2: agree "10 tööpäeva jooksul"; clear "hiljemalt kolme nädala jooksul",
        // after which the debt is "aegunud" (expired).
        Event::DebtArose => vec![
            rule(
                Kind::AgreeOnResit,
                "001 6.2.2",
                WorkingDaysAfter(crate::grading::vocational::AGREE_WORKING_DAYS),
                date,
            ),
            rule(
                Kind::ClearDebt,
                "001 6.2.2",
                WeeksAfter(crate::grading::vocational::DEBT_TERM_WEEKS),
                date,
            ),
        ],
        // 001 4.6.4.8: "2 nädala jooksul tegemata jätmisel arvestatakse … „2”".
        // The due date is the last day to make the work up; the "2" comes the day after.
        Event::XRecorded => vec![rule(
            Kind::XBecomesTwo,
            "001 4.6.4.8",
            WeeksAfter(crate::grading::vocational::X_TERM_WEEKS),
            date,
        )],
        // 001 7.3: "vaie 30 päeva jooksul sellest teada saamisest"; 7.7: "vaide kooli
        // pidajale või kaebuse halduskohtule 30 päeva jooksul".
        Event::AdministrativeDecision => vec![
            rule(
                Kind::ContestDecision,
                "001 7.3",
                CalendarDaysAfter(30),
                date,
            ),
            rule(
                Kind::AppealToOwnerOrCourt,
                "001 7.7",
                CalendarDaysAfter(30),
                date,
            ),
        ],
        // 000 8.1: sent "kaks nädalat enne vestlust"; 8.2: answered "hiljemalt nädal enne".
        Event::ConversationPlanned => vec![
            rule(Kind::SendQuestionnaire, "000 8.1", WeeksBefore(2), date),
            rule(Kind::AnswerQuestionnaire, "000 8.2", WeeksBefore(1), date),
        ],
        // 000 11.1: "viiakse vestlus läbi 2 kuu jooksul".
        Event::StudentArrived => vec![rule(
            Kind::ConversationForNewStudent,
            "000 11.1",
            MonthsAfter(2),
            date,
        )],
        // 000 11.2: "uus klassijuhataja … 6 kuu jooksul".
        Event::ClassTeacherChanged => {
            vec![rule(
                Kind::ConversationsByNewTeacher,
                "000 11.2",
                MonthsAfter(6),
                date,
            )]
        }
        // 000 10: records are kept "vähemalt 2 aastat".
        Event::ConversationHeld => vec![rule(Kind::KeepRecords, "000 10", MonthsAfter(24), date)],
        // 001 Lisa 5 III 15: "vaadatakse läbi reeglina ühe kuu jooksul arvates
        // taotluse esitamisest" (`grading::recognition::answer_due`).
        Event::RecognitionApplied => vec![rule(
            Kind::RecognitionAnswered,
            "001 Lisa 5 III 15",
            MonthsAfter(1),
            date,
        )],
        // 001 6.1.6: "teavitama õppegrupi juhendajat … koheselt ehk puudumise
        // esimese päeva jooksul".
        Event::AbsenceBeganVocational => {
            vec![rule(
                Kind::StudentReportsAbsence,
                "001 6.1.6",
                SameDay,
                date,
            )]
        }
        // 003 IV 3: "esimesel õppepäeval"; "Hiljemalt kolmandal õppepäeval teavitab
        // vanem tugiõpetajat … pikemaajalisest puudumisest"; IV 6: "teavitab kool
        // sellest vanemat kohe õppepäeva jooksul".
        Event::AbsenceBegan => vec![
            rule(Kind::ParentReportsAbsence, "003 IV 3", SameDay, date),
            rule(
                Kind::ParentReportsLongAbsence,
                "003 IV 3",
                SchoolDayOf(3),
                date,
            ),
            rule(Kind::SchoolInformsParent, "003 IV 6", SameDay, date),
        ],
        // 001 6.3.1: "likvideerima alanud õppeaasta esimese kuu jooksul".
        Event::ConditionalTransferYearBegan => vec![rule(
            Kind::ClearDebtsAfterTransfer,
            "001 6.3.1",
            FirstMonth,
            date,
        )],
        // 001 6.3.1: "alates kooli naasmisest kolme nädala jooksul".
        Event::ReturnedFromPractice => vec![rule(
            Kind::ClearDebtsAfterPractice,
            "001 6.3.1",
            WeeksAfter(3),
            date,
        )],
        // 001 7.6: "hiljemalt 30 tööpäeva jooksul alates avalduse saamisest".
        Event::ApplicationReceived => vec![rule(
            Kind::DecisionOnApplication,
            "001 7.6",
            WorkingDaysAfter(30),
            date,
        )],
        // 001 Lisa 3 III 4.2: "esimene kord vähemalt 3 päeva pärast üleminekueksamit
        // ja teine kord augustikuus, enne uue õppeaasta algust".
        Event::TransitionExamHeld => vec![
            rule(
                Kind::FirstResitNotBefore,
                "001 Lisa 3 III 4.2",
                CalendarDaysAfter(3),
                date,
            ),
            rule(
                Kind::SecondResitBy,
                "001 Lisa 3 III 4.2",
                FixedDay { month: 8, day: 31 },
                date,
            ),
        ],
        // 002 8.7: "viiakse järgmisse klassi üle hiljemalt 30. augustiks".
        Event::AdditionalStudyAssigned => vec![rule(
            Kind::TransferAfterAdditionalStudy,
            "002 8.7",
            FixedDay { month: 8, day: 30 },
            date,
        )],
        // 004 § 18 (5): "esitanud koolile sellekohase kirjaliku taotluse hiljemalt
        // jooksva õppeaasta 1. novembriks".
        Event::ExternalGraduationSought => vec![rule(
            Kind::ExternalApplication,
            "004 § 18 (5)",
            FixedDay { month: 11, day: 1 },
            date,
        )],
    }
}

/// The deadlines that follow `event` on `on` as calendar events, one per
/// deadline, with UIDs stable across exports (the event, its date and the
/// deadline's kind). `text` gives each one's summary and description in the
/// user's language.
pub fn calendar_events(
    event: Event,
    on: NaiveDate,
    list: &[Deadline],
    text: impl Fn(&Deadline) -> (String, String),
) -> Vec<super::ics::AllDayEvent> {
    use crate::code::Coded;
    let day = on.to_string();
    list.iter()
        .map(|d| {
            let (summary, description) = text(d);
            super::ics::AllDayEvent {
                uid: super::ics::stable_uid(d.kind.code(), &[event.code(), &day]),
                date: d.count.due,
                summary,
                description,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn calendar_events_have_one_stable_uid_per_deadline() {
        let on = ymd(2026, 11, 23);
        let list = deadlines(Event::DebtArose, on);
        let make = || {
            calendar_events(Event::DebtArose, on, &list, |d| {
                (d.clause.into(), String::new())
            })
        };
        let (a, b) = (make(), make());
        assert_eq!(a, b);
        assert_eq!(a.len(), list.len());
        let mut uids: Vec<_> = a.iter().map(|e| e.uid.clone()).collect();
        uids.dedup();
        assert_eq!(uids.len(), list.len());
        let other_day = calendar_events(Event::DebtArose, on.succ_opt().unwrap(), &list, |_| {
            Default::default()
        });
        assert_ne!(a[0].uid, other_day[0].uid);
        assert!(a.iter().zip(&list).all(|(e, d)| e.date == d.count.due));
    }

    #[test]
    fn every_rule_gives_its_deadline_from_a_known_date() {
        // Event on Friday 11 December 2026 unless stated; Christmas 24–26 Dec falls in the way.
        let d = ymd(2026, 12, 11);
        // (event, kind, due)
        let cases = [
            (Event::LearnedGrade, Kind::AppealGrade, ymd(2026, 12, 29)),
            (
                Event::LearnedPracticalGrade,
                Kind::AppealPracticalGrade,
                ymd(2026, 12, 14),
            ),
            (
                Event::DirectorDecided,
                Kind::DirectorInforms,
                ymd(2026, 12, 18),
            ),
            (
                Event::WrittenWorkTaken,
                Kind::WrittenGradePublished,
                ymd(2026, 12, 29),
            ),
            (
                Event::ExamResultAnnounced,
                Kind::AppealExamResult,
                ymd(2026, 12, 16),
            ),
            (
                Event::ExamAppealReceived,
                Kind::ExamCommitteeAnswers,
                ymd(2026, 12, 21),
            ),
            (Event::DebtArose, Kind::AgreeOnResit, ymd(2026, 12, 29)),
            (Event::DebtArose, Kind::ClearDebt, ymd(2027, 1, 1)),
            (Event::XRecorded, Kind::XBecomesTwo, ymd(2026, 12, 25)),
            (
                Event::AdministrativeDecision,
                Kind::ContestDecision,
                ymd(2027, 1, 10),
            ),
            (
                Event::ConversationPlanned,
                Kind::SendQuestionnaire,
                ymd(2026, 11, 27),
            ),
            (
                Event::ConversationPlanned,
                Kind::AnswerQuestionnaire,
                ymd(2026, 12, 4),
            ),
            (
                Event::StudentArrived,
                Kind::ConversationForNewStudent,
                ymd(2027, 2, 11),
            ),
            (
                Event::ClassTeacherChanged,
                Kind::ConversationsByNewTeacher,
                ymd(2027, 6, 11),
            ),
            (
                Event::ConversationHeld,
                Kind::KeepRecords,
                ymd(2028, 12, 11),
            ),
            (
                Event::RecognitionApplied,
                Kind::RecognitionAnswered,
                ymd(2027, 1, 11),
            ),
            (
                Event::AdministrativeDecision,
                Kind::AppealToOwnerOrCourt,
                ymd(2027, 1, 10),
            ),
            (
                Event::AbsenceBeganVocational,
                Kind::StudentReportsAbsence,
                d,
            ),
            (Event::AbsenceBegan, Kind::ParentReportsAbsence, d),
            (Event::AbsenceBegan, Kind::SchoolInformsParent, d),
            // Friday, Monday, Tuesday.
            (
                Event::AbsenceBegan,
                Kind::ParentReportsLongAbsence,
                ymd(2026, 12, 15),
            ),
            (
                Event::ReturnedFromPractice,
                Kind::ClearDebtsAfterPractice,
                ymd(2027, 1, 1),
            ),
            // 30 working days from 11 December, past Christmas and New Year.
            (
                Event::ApplicationReceived,
                Kind::DecisionOnApplication,
                ymd(2027, 1, 27),
            ),
            (
                Event::TransitionExamHeld,
                Kind::FirstResitNotBefore,
                ymd(2026, 12, 14),
            ),
            (
                Event::TransitionExamHeld,
                Kind::SecondResitBy,
                ymd(2027, 8, 31),
            ),
            (
                Event::AdditionalStudyAssigned,
                Kind::TransferAfterAdditionalStudy,
                ymd(2027, 8, 30),
            ),
            (
                Event::ExternalGraduationSought,
                Kind::ExternalApplication,
                ymd(2026, 11, 1),
            ),
        ];
        for (event, kind, due) in cases {
            let found = deadlines(event, d)
                .into_iter()
                .find(|x| x.kind == kind)
                .expect("rule present");
            assert_eq!(found.count.due, due, "{event:?} {kind:?}");
        }
    }

    #[test]
    fn ten_working_days_across_christmas_name_the_skipped_holidays() {
        let x = &deadlines(Event::LearnedGrade, ymd(2026, 12, 11))[0];
        assert_eq!(x.counting, Counting::WorkingDaysAfter(10));
        let names: Vec<NaiveDate> = x.count.holidays_skipped.iter().map(|(d, _)| *d).collect();
        assert_eq!(names, vec![ymd(2026, 12, 24), ymd(2026, 12, 25)]);
    }

    #[test]
    fn the_boundary_day_is_the_last_allowed_day_not_the_first_late_one() {
        // Grade learned Monday 2 March 2026: 10 working days → Monday 16 March.
        let x = &deadlines(Event::LearnedGrade, ymd(2026, 3, 2))[0];
        assert_eq!(x.count.due, ymd(2026, 3, 16));
        // Exam result on Wednesday 22 April 2026: 3 working days → Monday 27 April.
        let x = &deadlines(Event::ExamResultAnnounced, ymd(2026, 4, 22))[0];
        assert_eq!(x.count.due, ymd(2026, 4, 27));
    }

    #[test]
    fn terms_in_weeks_are_counted_in_weeks_and_agree_with_the_grading_rules() {
        use crate::grading::vocational::{debt_expired_from, x_becomes_two_on};
        // X recorded Monday 2 November 2026: last day Monday 16 November, "2" from the 17th.
        let x = &deadlines(Event::XRecorded, ymd(2026, 11, 2))[0];
        assert_eq!(x.counting, Counting::WeeksAfter(2));
        assert_eq!(x.count.due, ymd(2026, 11, 16));
        assert_eq!(
            x_becomes_two_on(ymd(2026, 11, 2)),
            x.count.due + Duration::days(1)
        );
        // Debt arose Monday 2 November: last day Monday 23 November, expired from the 24th.
        let d = deadlines(Event::DebtArose, ymd(2026, 11, 2));
        let clear = d.iter().find(|x| x.kind == Kind::ClearDebt).unwrap();
        assert_eq!(clear.counting, Counting::WeeksAfter(3));
        assert_eq!(clear.count.due, ymd(2026, 11, 23));
        assert_eq!(debt_expired_from(ymd(2026, 11, 2)), ymd(2026, 11, 24));
        // 000 8.1–8.2: "kaks nädalat enne", "nädal enne" a Monday conversation: Mondays.
        let q = deadlines(Event::ConversationPlanned, ymd(2026, 11, 30));
        let got: Vec<(Counting, NaiveDate)> = q.iter().map(|d| (d.counting, d.count.due)).collect();
        assert_eq!(
            got,
            vec![
                (Counting::WeeksBefore(2), ymd(2026, 11, 16)),
                (Counting::WeeksBefore(1), ymd(2026, 11, 23))
            ]
        );
    }

    #[test]
    fn school_days_count_the_first_day_of_absence_as_the_first() {
        // 003 IV 3 "hiljemalt kolmandal õppepäeval". (absence began, third school day)
        let cases = [
            // Monday → Wednesday.
            (ymd(2026, 11, 23), ymd(2026, 11, 25)),
            // Thursday → Monday.
            (ymd(2026, 11, 26), ymd(2026, 11, 30)),
            // Wednesday 23 December: 24–26 are holidays and the weekend → 29 Dec.
            (ymd(2026, 12, 23), ymd(2026, 12, 29)),
            // Begun on a Saturday (e.g. a trip): Monday is the first school day.
            (ymd(2026, 11, 21), ymd(2026, 11, 25)),
        ];
        for (began, third) in cases {
            let d = deadlines(Event::AbsenceBegan, began)
                .into_iter()
                .find(|x| x.kind == Kind::ParentReportsLongAbsence)
                .unwrap();
            assert_eq!(d.counting, Counting::SchoolDayOf(3));
            assert_eq!(d.count.due, third, "{began}");
        }
    }

    #[test]
    fn the_first_month_of_the_school_year_is_september() {
        // 001 6.3.1. (school year began, last day)
        let cases = [
            (ymd(2026, 9, 1), ymd(2026, 9, 30)),
            // 4.3.1: or the Monday nearest 1 September.
            (ymd(2025, 9, 1), ymd(2025, 9, 30)),
            (ymd(2024, 9, 2), ymd(2024, 10, 1)),
        ];
        for (began, last) in cases {
            let d = &deadlines(Event::ConditionalTransferYearBegan, began)[0];
            assert_eq!(d.count.due, last, "{began}");
        }
    }

    #[test]
    fn fixed_days_fall_in_the_school_year_of_the_event() {
        // (event, kind, due)
        let cases = [
            // 002 8.7: decided in June 2027 → 30 August 2027.
            (
                Event::AdditionalStudyAssigned,
                Kind::TransferAfterAdditionalStudy,
                ymd(2027, 6, 10),
                ymd(2027, 8, 30),
            ),
            // 004 § 18 (5): any day from September to August → 1 November of that school year.
            (
                Event::ExternalGraduationSought,
                Kind::ExternalApplication,
                ymd(2026, 9, 1),
                ymd(2026, 11, 1),
            ),
            (
                Event::ExternalGraduationSought,
                Kind::ExternalApplication,
                ymd(2027, 8, 31),
                ymd(2026, 11, 1),
            ),
            (
                Event::TransitionExamHeld,
                Kind::SecondResitBy,
                ymd(2027, 6, 20),
                ymd(2027, 8, 31),
            ),
        ];
        for (event, kind, on, due) in cases {
            let d = deadlines(event, on)
                .into_iter()
                .find(|x| x.kind == kind)
                .unwrap();
            assert_eq!(d.count.due, due, "{event:?} {on}");
        }
    }

    #[test]
    fn a_change_of_teacher_on_31_august_clamps_to_the_end_of_february() {
        let x = &deadlines(Event::ClassTeacherChanged, ymd(2026, 8, 31))[0];
        assert_eq!(x.count.due, ymd(2027, 2, 28));
        assert!(x.count.clamped_to_month_end);
    }

    #[test]
    fn every_event_has_at_least_one_rule_with_a_clause() {
        for &e in <Event as crate::code::Coded>::ALL {
            let list = deadlines(e, ymd(2026, 1, 15));
            assert!(!list.is_empty(), "{e:?}");
            assert!(list.iter().all(|d| d.clause.starts_with("00")), "{e:?}");
        }
    }
}
