//! The class teacher's conversation plan: for each student the questionnaire
//! dates, the latest date the rules allow, and what needs attention.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::days::{add_months, school_year_start};
use super::deadlines::{deadlines, Event, Kind};

/// One student as the teacher entered them. Names stay on the device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StudentPlan {
    pub name: String,
    pub conversation: Option<NaiveDate>,
    /// 000 11.1: came from another school on this date.
    pub arrived: Option<NaiveDate>,
}

/// Why the latest allowed date is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Limit {
    /// 000 7.1: at least once a school year, which ends on 31 August (001 4.3.1).
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudentStatus {
    pub send_by: Option<NaiveDate>,
    pub answer_by: Option<NaiveDate>,
    pub latest: NaiveDate,
    pub limit: Limit,
    pub warnings: Vec<Warning>,
}

/// 000 7.1, 8.1, 8.2, 11.1, 11.2: the dates and warnings for one student.
pub fn status(
    student: &StudentPlan,
    teacher_changed: Option<NaiveDate>,
    today: NaiveDate,
) -> StudentStatus {
    let year_end =
        NaiveDate::from_ymd_opt(school_year_start(today) + 1, 8, 31).expect("31 August exists");
    let mut latest = (year_end, Limit::SchoolYearEnd);
    let candidates = [
        student
            .arrived
            .map(|d| (add_months(d, 2).due, Limit::NewStudent)),
        teacher_changed.map(|d| (add_months(d, 6).due, Limit::NewClassTeacher)),
    ];
    for c in candidates.into_iter().flatten() {
        // Only a limit that still falls in or before this school year narrows it.
        if c.0 < latest.0 {
            latest = c;
        }
    }
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
            if date > latest.0 {
                warnings.push(Warning::PlannedTooLate);
            }
            if date >= today && send_by.is_some_and(|s| s < today) {
                warnings.push(Warning::LessThanTwoWeeksToPrepare);
            }
            if school_year_start(date) != school_year_start(today) {
                warnings.push(Warning::NoConversationThisYear);
            }
        }
        None => warnings.push(Warning::NoConversationThisYear),
    }
    let held_in_time = student
        .conversation
        .is_some_and(|d| d <= latest.0 && d <= today);
    if latest.0 < today && !held_in_time {
        warnings.push(Warning::Overdue);
    }
    StudentStatus {
        send_by,
        answer_by,
        latest: latest.0,
        limit: latest.1,
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
        let day = date.format("%Y-%m-%d").to_string();
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
