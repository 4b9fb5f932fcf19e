//! The class teacher's conversation plan: for each student the questionnaire
//! dates, the latest date the rules allow, and what needs attention.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::days::{add_months, is_working_day, school_year_start};
use super::deadlines::{deadlines, Event, Kind};

/// One student as the teacher entered them. Names stay on the device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StudentPlan {
    pub name: String,
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub conversation: Option<NaiveDate>,
    /// 000 11.1: came from another school on this date.
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub arrived: Option<NaiveDate>,
}

/// 000 7.2: "Õpilase või klassijuhataja vahetumisel viiakse vestlus läbi
/// 2–6 kuu jooksul." The text can be read two ways.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChangeTiming {
    /// Default: two limits, as 000 11 spells them out: within 2 months of a
    /// new student's arrival (11.1), within 6 months of a change of class
    /// teacher (11.2). No earliest day.
    #[default]
    Limits,
    /// A window after a change of class teacher: not before 2 months have
    /// passed (so the new teacher knows the student) and by 6 months. A new
    /// student's 2 months (11.1) stay a limit.
    Window,
}

/// When the school year ends, for 000 7.1 "vähemalt kord õppeaastas".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum YearEnd {
    /// Default for the general-school planner: 31 August. The general-school
    /// sources (000, 002, 003) do not define the school year; the Basic
    /// Schools and Upper Secondary Schools Act's school year runs
    /// 1 September – 31 August.
    #[default]
    August31,
    /// 001 4.3.1 (vocational): "õppeaasta lõpp – 31. august või sellele
    /// eelnev tööpäev": when 31 August is not a working day, the working day
    /// before it.
    WorkingDayBefore,
}

impl YearEnd {
    /// The last day of the school year that starts in `school_year`.
    pub fn date(self, school_year: i32) -> NaiveDate {
        let mut d = NaiveDate::from_ymd_opt(school_year + 1, 8, 31).expect("31 August exists");
        if self == YearEnd::WorkingDayBefore {
            while !is_working_day(d) {
                d -= Duration::days(1);
            }
        }
        d
    }
}

/// The planner's settings where the sources are silent or open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannerSettings {
    pub change_timing: ChangeTiming,
    pub year_end: YearEnd,
}

/// Why the latest allowed date is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Limit {
    /// 000 7.1: at least once a school year (its end: `YearEnd`).
    SchoolYearEnd,
    /// 000 11.1: within 2 months of arriving from another school.
    NewStudent,
    /// 000 11.2: within 6 months of a change of class teacher.
    NewClassTeacher,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// The latest allowed date has passed and no conversation was held by then.
    Overdue,
    /// The planned date is after the latest allowed date.
    PlannedTooLate,
    /// 000 8.1: the questionnaire should go out two weeks before; that day has passed.
    LessThanTwoWeeksToPrepare,
    /// 000 7.1: no conversation planned in the current school year.
    NoConversationThisYear,
    /// 000 11.1–11.2: the conversation is dated before the student arrived or
    /// the class teacher changed, so it does not count for the new limit.
    BeforeChange,
    /// 000 7.2 read as a window (`ChangeTiming::Window`): planned before 2
    /// months have passed since the class teacher changed.
    PlannedTooEarly,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudentStatus {
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub send_by: Option<NaiveDate>,
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub answer_by: Option<NaiveDate>,
    #[serde(with = "crate::calendar::text::serde_date")]
    pub latest: NaiveDate,
    pub limit: Limit,
    /// `ChangeTiming::Window`: the earliest day a conversation counts.
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub earliest: Option<NaiveDate>,
    pub warnings: Vec<Warning>,
}

/// 000 7.1, 8.1, 8.2, 11.1, 11.2 with the default settings.
pub fn status(
    student: &StudentPlan,
    teacher_changed: Option<NaiveDate>,
    today: NaiveDate,
) -> StudentStatus {
    status_with(student, teacher_changed, today, &PlannerSettings::default())
}

/// 000 7.1, 7.2, 8.1, 8.2, 11.1, 11.2: the dates and warnings for one student.
///
/// A limit set by a change (a new student, a new class teacher) is met only
/// by a conversation on or after the change: 11.2 "uus klassijuhataja peab
/// vestlused läbi viima", so one held with the previous teacher does not
/// count. A change whose limit ended before the current school year began is
/// history and no longer narrows the plan.
pub fn status_with(
    student: &StudentPlan,
    teacher_changed: Option<NaiveDate>,
    today: NaiveDate,
    settings: &PlannerSettings,
) -> StudentStatus {
    let this_year = school_year_start(today);
    let year_start = NaiveDate::from_ymd_opt(this_year, 9, 1).expect("1 September exists");
    let year_end = settings.year_end.date(this_year);
    // (latest, limit, the change it follows)
    let mut latest = (year_end, Limit::SchoolYearEnd, None);
    let candidates = [
        student
            .arrived
            .map(|d| (add_months(d, 2).due, Limit::NewStudent, Some(d))),
        teacher_changed.map(|d| (add_months(d, 6).due, Limit::NewClassTeacher, Some(d))),
    ];
    let active: Vec<_> = candidates
        .into_iter()
        .flatten()
        .filter(|c| c.0 >= year_start)
        .collect();
    for c in &active {
        if c.0 < latest.0 {
            latest = *c;
        }
    }
    // A conversation counts for every active change only if it follows all of them.
    let after = active.iter().filter_map(|c| c.2).max();
    let earliest = match (settings.change_timing, teacher_changed) {
        (ChangeTiming::Window, Some(d)) if active.iter().any(|c| c.1 == Limit::NewClassTeacher) => {
            Some(add_months(d, 2).due)
        }
        _ => None,
    };
    let (mut send_by, mut answer_by) = (None, None);
    let mut warnings = Vec::new();
    match student.conversation {
        Some(date) => {
            for d in deadlines(Event::ConversationPlanned, date) {
                match d.kind {
                    Kind::SendQuestionnaire => send_by = Some(d.count.due),
                    Kind::AnswerQuestionnaire => answer_by = Some(d.count.due),
                    _ => {}
                }
            }
            if after.is_some_and(|a| date < a) {
                warnings.push(Warning::BeforeChange);
            } else if earliest.is_some_and(|e| date < e) {
                warnings.push(Warning::PlannedTooEarly);
            }
            if date > latest.0 {
                warnings.push(Warning::PlannedTooLate);
            }
            if date >= today && send_by.is_some_and(|s| s < today) {
                warnings.push(Warning::LessThanTwoWeeksToPrepare);
            }
            if school_year_start(date) != this_year {
                warnings.push(Warning::NoConversationThisYear);
            }
        }
        None => warnings.push(Warning::NoConversationThisYear),
    }
    let held_in_time = student.conversation.is_some_and(|d| {
        d <= latest.0
            && d <= today
            && after.is_none_or(|a| d >= a)
            && earliest.is_none_or(|e| d >= e)
    });
    if latest.0 < today && !held_in_time {
        warnings.push(Warning::Overdue);
    }
    StudentStatus {
        send_by,
        answer_by,
        latest: latest.0,
        limit: latest.1,
        earliest,
        warnings,
    }
}

/// Names pasted one per line; blank lines are skipped and reported by
/// number, nothing else is dropped or changed (surrounding spaces aside).
pub fn parse_names(text: &str) -> (Vec<String>, Vec<usize>) {
    let mut names = Vec::new();
    let mut blank = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() {
            blank.push(i + 1);
        } else {
            names.push(name.to_string());
        }
    }
    (names, blank)
}

/// The plan as calendar events: each conversation (000 7–9) and, for each,
/// the day the questionnaire must be sent by (000 8.1). UIDs come from the
/// student's name and the conversation date, so exporting the same plan
/// again updates a calendar instead of duplicating it; two identical
/// entries get a running number. `conversation` and `reminder` give the
/// summaries in the user's language.
pub fn calendar_events(
    plans: &[(&StudentPlan, &StudentStatus)],
    conversation: impl Fn(&str) -> String,
    reminder: impl Fn(&str) -> String,
) -> Vec<super::ics::AllDayEvent> {
    use super::ics::{stable_uid, AllDayEvent};
    let mut seen: Vec<(String, NaiveDate)> = Vec::new();
    let mut out = Vec::new();
    for (p, st) in plans {
        let (Some(date), Some(send_by)) = (p.conversation, st.send_by) else {
            continue;
        };
        let key = (p.name.trim().to_string(), date);
        let n = seen.iter().filter(|k| **k == key).count().to_string();
        let day = super::text::date_text(date);
        let parts = [key.0.as_str(), day.as_str(), n.as_str()];
        seen.push(key.clone());
        out.push(AllDayEvent {
            uid: stable_uid("conversation", &parts),
            date,
            summary: conversation(&key.0),
            description: "000 7–9".into(),
        });
        out.push(AllDayEvent {
            uid: stable_uid("send", &parts),
            date: send_by,
            summary: reminder(&key.0),
            description: "000 8.1".into(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn plan(conversation: Option<NaiveDate>, arrived: Option<NaiveDate>) -> StudentPlan {
        StudentPlan {
            name: "Mari".into(),
            conversation,
            arrived,
        }
    }

    #[test]
    fn calendar_uids_stay_the_same_when_the_list_is_reordered_and_differ_for_twins() {
        let today = ymd(2026, 11, 1);
        let named = |n: &str, d| StudentPlan {
            name: n.into(),
            conversation: Some(d),
            arrived: None,
        };
        let (a, b, c) = (
            named("Mari", ymd(2026, 12, 1)),
            named("Jüri", ymd(2026, 12, 2)),
            named("Mari", ymd(2026, 12, 1)),
        );
        let st = |p: &StudentPlan| status(p, None, today);
        let (sa, sb, sc) = (st(&a), st(&b), st(&c));
        let events = |list: &[(&StudentPlan, &StudentStatus)]| {
            calendar_events(list, |n| format!("c {n}"), |n| format!("s {n}"))
        };
        let one = events(&[(&a, &sa), (&b, &sb)]);
        let other = events(&[(&b, &sb), (&a, &sa)]);
        let uids = |e: &[crate::calendar::ics::AllDayEvent]| {
            let mut u: Vec<String> = e.iter().map(|x| x.uid.clone()).collect();
            u.sort();
            u
        };
        assert_eq!(one.len(), 4);
        assert_eq!(uids(&one), uids(&other));
        let with_twin = events(&[(&a, &sa), (&b, &sb), (&c, &sc)]);
        let mut all = uids(&with_twin);
        all.dedup();
        assert_eq!(
            all.len(),
            6,
            "two entries with the same name and date get distinct UIDs"
        );
        assert_eq!(with_twin[1].date, sa.send_by.unwrap());
        assert_eq!(with_twin[0].summary, "c Mari");
        // A student with no date gives no event.
        let none = StudentPlan {
            conversation: None,
            ..a.clone()
        };
        assert!(events(&[(&none, &st(&none))]).is_empty());
    }

    #[test]
    fn a_planned_conversation_gets_its_questionnaire_dates() {
        let s = status(&plan(Some(ymd(2027, 2, 15)), None), None, ymd(2026, 11, 23));
        assert_eq!(
            (s.send_by, s.answer_by),
            (Some(ymd(2027, 2, 1)), Some(ymd(2027, 2, 8)))
        );
        assert_eq!(
            (s.latest, s.limit),
            (ymd(2027, 8, 31), Limit::SchoolYearEnd)
        );
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn warnings_at_their_boundaries() {
        let today = ymd(2026, 11, 23);
        // (conversation, arrived, teacher changed, expected warnings)
        type Case = (
            Option<NaiveDate>,
            Option<NaiveDate>,
            Option<NaiveDate>,
            Vec<Warning>,
        );
        let cases: Vec<Case> = vec![
            (None, None, None, vec![Warning::NoConversationThisYear]),
            // Exactly 14 days ahead: the send-by day is today, still in time.
            (Some(ymd(2026, 12, 7)), None, None, vec![]),
            // 13 days ahead: the send-by day was yesterday.
            (
                Some(ymd(2026, 12, 6)),
                None,
                None,
                vec![Warning::LessThanTwoWeeksToPrepare],
            ),
            // Arrived 23 September: latest 23 November = today, not yet overdue.
            (
                None,
                Some(ymd(2026, 9, 23)),
                None,
                vec![Warning::NoConversationThisYear],
            ),
            // Arrived 22 September: latest was yesterday.
            (
                None,
                Some(ymd(2026, 9, 22)),
                None,
                vec![Warning::NoConversationThisYear, Warning::Overdue],
            ),
            // Planned after the new student's limit.
            (
                Some(ymd(2027, 1, 10)),
                Some(ymd(2026, 11, 1)),
                None,
                vec![Warning::PlannedTooLate],
            ),
            // Teacher changed 1 June 2026: six months → 1 December 2026; and 9 days to prepare.
            (
                Some(ymd(2026, 12, 2)),
                None,
                Some(ymd(2026, 6, 1)),
                vec![Warning::PlannedTooLate, Warning::LessThanTwoWeeksToPrepare],
            ),
            // Planned in the next school year.
            (
                Some(ymd(2027, 9, 15)),
                None,
                None,
                vec![Warning::PlannedTooLate, Warning::NoConversationThisYear],
            ),
        ];
        for (conv, arrived, changed, expected) in cases {
            let s = status(&plan(conv, arrived), changed, today);
            assert_eq!(s.warnings, expected, "{conv:?} {arrived:?} {changed:?}");
        }
    }

    #[test]
    fn the_earliest_limit_wins_and_is_named() {
        let s = status(
            &plan(None, Some(ymd(2026, 11, 1))),
            Some(ymd(2026, 10, 1)),
            ymd(2026, 11, 23),
        );
        assert_eq!((s.latest, s.limit), (ymd(2027, 1, 1), Limit::NewStudent));
        let s = status(
            &plan(None, Some(ymd(2026, 11, 1))),
            Some(ymd(2026, 6, 30)),
            ymd(2026, 11, 23),
        );
        assert_eq!(
            (s.latest, s.limit),
            (ymd(2026, 12, 30), Limit::NewClassTeacher)
        );
    }

    #[test]
    fn a_conversation_before_the_teacher_changed_does_not_count_for_the_new_teacher() {
        // 000 11.2: teacher changed 1 September 2026 → by 1 March 2027.
        let changed = ymd(2026, 9, 1);
        let today = ymd(2027, 3, 2);
        // (conversation, expected warnings)
        let cases = [
            (
                ymd(2026, 8, 31),
                vec![
                    Warning::BeforeChange,
                    Warning::NoConversationThisYear,
                    Warning::Overdue,
                ],
            ),
            (ymd(2026, 9, 1), vec![]),
            (ymd(2027, 3, 1), vec![]),
            (
                ymd(2027, 3, 2),
                vec![
                    Warning::PlannedTooLate,
                    Warning::LessThanTwoWeeksToPrepare,
                    Warning::Overdue,
                ],
            ),
        ];
        for (conv, expected) in cases {
            let s = status(&plan(Some(conv), None), Some(changed), today);
            assert_eq!(s.warnings, expected, "{conv}");
        }
        // The same for a new student (000 11.1): a date before arrival does not count.
        let s = status(
            &plan(Some(ymd(2026, 9, 30)), Some(ymd(2026, 10, 1))),
            None,
            ymd(2026, 12, 2),
        );
        assert!(s.warnings.contains(&Warning::BeforeChange));
        assert!(s.warnings.contains(&Warning::Overdue));
    }

    #[test]
    fn a_change_from_an_earlier_school_year_no_longer_sets_the_limit() {
        // Changed 1 January 2026 → by 1 July 2026, before this school year began.
        let s = status(&plan(None, None), Some(ymd(2026, 1, 1)), ymd(2026, 11, 23));
        assert_eq!(
            (s.latest, s.limit),
            (ymd(2027, 8, 31), Limit::SchoolYearEnd)
        );
        assert!(!s.warnings.contains(&Warning::Overdue));
        // Changed 1 April 2026 → by 1 October 2026, in this school year: still counts.
        let s = status(&plan(None, None), Some(ymd(2026, 4, 1)), ymd(2026, 11, 23));
        assert_eq!(
            (s.latest, s.limit),
            (ymd(2026, 10, 1), Limit::NewClassTeacher)
        );
    }

    #[test]
    fn read_as_a_window_a_conversation_after_a_teacher_change_waits_two_months() {
        // 000 7.2 with `ChangeTiming::Window`: changed 1 September 2026.
        let settings = PlannerSettings {
            change_timing: ChangeTiming::Window,
            ..PlannerSettings::default()
        };
        let changed = Some(ymd(2026, 9, 1));
        let today = ymd(2026, 9, 15);
        // (conversation, too early)
        let cases = [
            (ymd(2026, 10, 31), true),
            (ymd(2026, 11, 1), false),
            (ymd(2027, 3, 1), false),
        ];
        for (conv, early) in cases {
            let s = status_with(&plan(Some(conv), None), changed, today, &settings);
            assert_eq!(s.earliest, Some(ymd(2026, 11, 1)));
            assert_eq!(
                s.warnings.contains(&Warning::PlannedTooEarly),
                early,
                "{conv}"
            );
        }
        // By default there is no earliest day.
        let s = status(&plan(Some(ymd(2026, 10, 20)), None), changed, today);
        assert_eq!(s.earliest, None);
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn the_school_year_ends_on_31_august_or_for_vocational_schools_the_working_day_before() {
        // (school year, setting, last day)
        let cases = [
            // 31 August 2026 is a Monday.
            (2025, YearEnd::August31, ymd(2026, 8, 31)),
            (2025, YearEnd::WorkingDayBefore, ymd(2026, 8, 31)),
            // 31 August 2025 is a Sunday: Friday 29 August.
            (2024, YearEnd::August31, ymd(2025, 8, 31)),
            (2024, YearEnd::WorkingDayBefore, ymd(2025, 8, 29)),
            // 31 August 2024 is a Saturday: Friday 30 August.
            (2023, YearEnd::WorkingDayBefore, ymd(2024, 8, 30)),
        ];
        for (year, end, last) in cases {
            assert_eq!(end.date(year), last, "{year} {end:?}");
        }
        let s = status_with(
            &plan(None, None),
            None,
            ymd(2024, 11, 1),
            &PlannerSettings {
                year_end: YearEnd::WorkingDayBefore,
                ..PlannerSettings::default()
            },
        );
        assert_eq!(s.latest, ymd(2025, 8, 29));
    }

    #[test]
    fn a_conversation_held_in_time_is_not_overdue() {
        let s = status(
            &plan(Some(ymd(2026, 10, 20)), Some(ymd(2026, 9, 1))),
            None,
            ymd(2026, 11, 23),
        );
        assert!(!s.warnings.contains(&Warning::Overdue));
    }

    #[test]
    fn pasted_names_keep_every_name_and_report_blank_lines() {
        let (names, blank) = parse_names("  Mari Maasikas \n\nJüri\n   \nAnn-Liis Õun");
        assert_eq!(names, vec!["Mari Maasikas", "Jüri", "Ann-Liis Õun"]);
        assert_eq!(blank, vec![2, 4]);
    }
}
