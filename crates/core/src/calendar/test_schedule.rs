//! A class's test (kontrolltöö) schedule against 002 8.2.4: "Kontrolltöö
//! täpsustatud aja teatab õpetaja vähemalt ühe nädala ette … Üldjuhul
//! planeeritakse õppepäevale maksimaalselt üks kontrolltöö ning õppenädalale
//! ei planeerita üle kolme kontrolltöö."
//!
//! "Üldjuhul" (as a rule): the limits are warnings the teacher may have
//! reasons to override, each with its place in the list.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// 002 8.2.4: announced "vähemalt ühe nädala ette".
pub const NOTICE_DAYS: i64 = 7;
/// 002 8.2.4: "õppepäevale maksimaalselt üks kontrolltöö".
pub const MAX_PER_DAY: usize = 1;
/// 002 8.2.4: "õppenädalale ei planeerita üle kolme kontrolltöö".
pub const MAX_PER_WEEK: usize = 3;

/// One planned test of the class.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedTest {
    pub subject: String,
    #[serde(with = "crate::calendar::text::serde_date")]
    pub date: NaiveDate,
    /// When the exact date was announced; `None` while not yet announced.
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub announced: Option<NaiveDate>,
}

/// What is wrong, with the 0-based positions of the tests concerned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScheduleProblem {
    /// Announced less than a week ahead; `latest` is the last day it could
    /// have been announced (the test date minus 7 days).
    AnnouncedLate {
        test: usize,
        #[serde(with = "crate::calendar::text::serde_date")]
        latest: NaiveDate,
    },
    /// Not announced yet and the last day to announce it has passed on `today`.
    NotAnnounced {
        test: usize,
        #[serde(with = "crate::calendar::text::serde_date")]
        latest: NaiveDate,
    },
    /// More than one test on a school day.
    TooManyOnDay {
        #[serde(with = "crate::calendar::text::serde_date")]
        date: NaiveDate,
        tests: Vec<usize>,
    },
    /// More than three tests in a school week (Monday to Sunday).
    TooManyInWeek {
        #[serde(with = "crate::calendar::text::serde_date")]
        monday: NaiveDate,
        tests: Vec<usize>,
    },
}

/// The last day the test on `date` can be announced.
pub fn announce_by(date: NaiveDate) -> NaiveDate {
    date - Duration::days(NOTICE_DAYS)
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday() as i64)
}

/// 002 8.2.4: every problem of the schedule, per test in list order, then
/// per day and per week in date order.
pub fn check(tests: &[PlannedTest], today: NaiveDate) -> Vec<ScheduleProblem> {
    let mut out = Vec::new();
    for (i, t) in tests.iter().enumerate() {
        let latest = announce_by(t.date);
        match t.announced {
            Some(a) if a > latest => out.push(ScheduleProblem::AnnouncedLate { test: i, latest }),
            None if today > latest => out.push(ScheduleProblem::NotAnnounced { test: i, latest }),
            _ => {}
        }
    }
    let mut days: Vec<NaiveDate> = tests.iter().map(|t| t.date).collect();
    days.sort();
    days.dedup();
    for date in &days {
        let on_day: Vec<usize> = positions(tests, |t| t.date == *date);
        if on_day.len() > MAX_PER_DAY {
            out.push(ScheduleProblem::TooManyOnDay {
                date: *date,
                tests: on_day,
            });
        }
    }
    let mut weeks: Vec<NaiveDate> = days.iter().map(|d| monday_of(*d)).collect();
    weeks.dedup();
    for monday in weeks {
        let in_week = positions(tests, |t| monday_of(t.date) == monday);
        if in_week.len() > MAX_PER_WEEK {
            out.push(ScheduleProblem::TooManyInWeek {
                monday,
                tests: in_week,
            });
        }
    }
    out
}

fn positions(tests: &[PlannedTest], keep: impl Fn(&PlannedTest) -> bool) -> Vec<usize> {
    tests
        .iter()
        .enumerate()
        .filter(|(_, t)| keep(t))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn test(date: NaiveDate, announced: Option<NaiveDate>) -> PlannedTest {
        PlannedTest {
            subject: "Matemaatika".into(),
            date,
            announced,
        }
    }

    #[test]
    fn a_test_is_announced_at_least_a_week_ahead() {
        let on = ymd(2026, 12, 10);
        let today = ymd(2026, 11, 23);
        // (announced, expected)
        let cases = [
            (Some(ymd(2026, 12, 3)), vec![]),
            (Some(ymd(2026, 11, 23)), vec![]),
            (
                Some(ymd(2026, 12, 4)),
                vec![ScheduleProblem::AnnouncedLate {
                    test: 0,
                    latest: ymd(2026, 12, 3),
                }],
            ),
            // Not yet announced, still time.
            (None, vec![]),
        ];
        for (announced, expected) in cases {
            assert_eq!(
                check(&[test(on, announced)], today),
                expected,
                "{announced:?}"
            );
        }
        // Not announced and the last day has passed.
        assert_eq!(
            check(&[test(on, None)], ymd(2026, 12, 4)),
            vec![ScheduleProblem::NotAnnounced {
                test: 0,
                latest: ymd(2026, 12, 3)
            }]
        );
        assert_eq!(check(&[test(on, None)], ymd(2026, 12, 3)), vec![]);
    }

    #[test]
    fn one_test_a_day_and_three_a_week() {
        let early = Some(ymd(2026, 11, 1));
        let today = ymd(2026, 11, 1);
        // Monday 23 – Sunday 29 November 2026.
        let three: Vec<PlannedTest> = [23, 24, 25]
            .iter()
            .map(|d| test(ymd(2026, 11, *d), early))
            .collect();
        assert_eq!(check(&three, today), vec![]);
        let mut four = three.clone();
        four.push(test(ymd(2026, 11, 29), early));
        assert_eq!(
            check(&four, today),
            vec![ScheduleProblem::TooManyInWeek {
                monday: ymd(2026, 11, 23),
                tests: vec![0, 1, 2, 3]
            }]
        );
        // The fourth in the next week is fine.
        let mut next_week = three.clone();
        next_week.push(test(ymd(2026, 11, 30), early));
        assert_eq!(check(&next_week, today), vec![]);
        let two_on_a_day = [
            test(ymd(2026, 11, 24), early),
            test(ymd(2026, 11, 26), early),
            test(ymd(2026, 11, 24), early),
        ];
        assert_eq!(
            check(&two_on_a_day, today),
            vec![ScheduleProblem::TooManyOnDay {
                date: ymd(2026, 11, 24),
                tests: vec![0, 2]
            }]
        );
    }

    proptest! {
        #[test]
        fn a_schedule_with_at_most_one_test_per_day_and_three_per_week_announced_in_time_is_clean(
            offsets in proptest::collection::btree_set(0i64..200, 0..40)
        ) {
            let start = ymd(2026, 9, 7); // a Monday
            // Keep the first three days of each week that appear.
            let mut per_week = std::collections::BTreeMap::<i64, usize>::new();
            let tests: Vec<PlannedTest> = offsets
                .into_iter()
                .filter(|o| {
                    let n = per_week.entry(o / 7).or_default();
                    *n += 1;
                    *n <= MAX_PER_WEEK
                })
                .map(|o| {
                    let date = start + Duration::days(o);
                    test(date, Some(announce_by(date)))
                })
                .collect();
            prop_assert_eq!(check(&tests, start), vec![]);
        }
    }
}
