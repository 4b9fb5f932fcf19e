//! Counting days: working days (Monday–Friday except public holidays),
//! calendar days and months. Counting starts the day after the event.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::holidays::{holiday_on, Holiday};

pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !is_weekend(date) && holiday_on(date).is_none()
}

/// The result of a count: the last day, and what was passed over on the way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Count {
    #[serde(with = "crate::calendar::text::serde_date")]
    pub due: NaiveDate,
    /// Holidays on weekdays that were not counted as working days.
    #[serde(with = "crate::calendar::text::serde_date::pairs")]
    pub holidays_skipped: Vec<(NaiveDate, Holiday)>,
    /// Saturdays and Sundays passed over.
    pub weekend_days_skipped: u32,
    /// Month arithmetic hit a day the month does not have (31 → 30 June) and
    /// used the month's last day.
    pub clamped_to_month_end: bool,
}

impl Count {
    fn plain(due: NaiveDate) -> Count {
        Count {
            due,
            holidays_skipped: Vec::new(),
            weekend_days_skipped: 0,
            clamped_to_month_end: false,
        }
    }
}

/// The `n`th working day after `event` (n ≥ 1); the event day itself never counts.
pub fn add_working_days(event: NaiveDate, n: u32) -> Count {
    let mut c = Count::plain(event);
    let mut left = n;
    let mut day = event;
    while left > 0 {
        day += Duration::days(1);
        if is_weekend(day) {
            c.weekend_days_skipped += 1;
        } else if let Some(h) = holiday_on(day) {
            c.holidays_skipped.push((day, h));
        } else {
            left -= 1;
        }
    }
    c.due = day;
    c
}

/// `n` calendar days after `event`.
pub fn add_calendar_days(event: NaiveDate, n: u32) -> Count {
    Count::plain(event + Duration::days(n as i64))
}

/// `n` weeks after `event`: a term in weeks ends on the same weekday of its
/// last week (counting starts the day after the event, so a two-week term
/// from a Monday ends on the Monday two weeks later, which still belongs to
/// it). 001 4.6.4.8 ("2 nädala jooksul") and 6.2.2 ("kolme nädala jooksul")
/// are counted this way.
pub fn add_weeks(event: NaiveDate, n: u32) -> Count {
    Count::plain(event + Duration::weeks(n as i64))
}

/// `n` months after `event`; a day the target month lacks becomes its last
/// day (31 August + 6 months → 28 or 29 February), and the count says so.
pub fn add_months(event: NaiveDate, n: u32) -> Count {
    let due = event
        .checked_add_months(Months::new(n))
        .expect("dates stay within chrono's range");
    let mut c = Count::plain(due);
    c.clamped_to_month_end = due.day() != event.day();
    c
}

/// The last day of the month that begins on `start`, a day that itself
/// belongs to the month ("õppeaasta esimese kuu jooksul" from 1 September:
/// 30 September): the day before the same date a month on, or, when the
/// next month has no such date (from 31 January), its last day.
pub fn first_month_last_day(start: NaiveDate) -> NaiveDate {
    let c = add_months(start, 1);
    if c.clamped_to_month_end {
        c.due
    } else {
        c.due - Duration::days(1)
    }
}

/// `n` months before `event`, clamped the same way.
pub fn sub_months(event: NaiveDate, n: u32) -> Count {
    let due = event
        .checked_sub_months(Months::new(n))
        .expect("dates stay within chrono's range");
    let mut c = Count::plain(due);
    c.clamped_to_month_end = due.day() != event.day();
    c
}

/// The school year (1 September – 31 August, 001 4.3.1) a date falls in,
/// named by the year it starts in.
pub fn school_year_start(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // (event, n, due, holidays skipped, weekend days skipped)
        let cases = [
            // Friday + 1 → Monday.
            (ymd(2026, 11, 20), 1, ymd(2026, 11, 23), 0, 2),
            // Monday + 10 → two weeks later, Monday.
            (ymd(2026, 11, 23), 10, ymd(2026, 12, 7), 0, 4),
            // Across Christmas 2026: 24, 25 Dec (Thu, Fri) are holidays, 26 is Saturday.
            (ymd(2026, 12, 18), 5, ymd(2026, 12, 29), 2, 4),
            // Across Easter 2026: Good Friday 3 April; Easter Sunday is a weekend day already.
            (ymd(2026, 4, 1), 2, ymd(2026, 4, 6), 1, 2),
            // Midsummer week 2026: 23 (Tue) and 24 (Wed) June.
            (ymd(2026, 6, 22), 3, ymd(2026, 6, 29), 2, 2),
            // New Year 2027 is a Friday.
            (ymd(2026, 12, 31), 1, ymd(2027, 1, 4), 1, 2),
        ];
        for (event, n, due, hol, wk) in cases {
            let c = add_working_days(event, n);
            assert_eq!(c.due, due, "{event} + {n}");
            assert_eq!(c.holidays_skipped.len(), hol, "{event} + {n} holidays");
            assert_eq!(c.weekend_days_skipped, wk, "{event} + {n} weekend days");
        }
        let xmas = add_working_days(ymd(2026, 12, 18), 5);
        assert_eq!(
            xmas.holidays_skipped,
            vec![
                (ymd(2026, 12, 24), Holiday::ChristmasEve),
                (ymd(2026, 12, 25), Holiday::ChristmasDay)
            ]
        );
    }

    #[test]
    fn the_event_day_itself_never_counts() {
        // A Monday event with 1 working day ends on Tuesday, not Monday.
        assert_eq!(
            add_working_days(ymd(2026, 11, 23), 1).due,
            ymd(2026, 11, 24)
        );
        assert_eq!(
            add_calendar_days(ymd(2026, 11, 23), 3).due,
            ymd(2026, 11, 26)
        );
    }

    #[test]
    fn a_term_in_weeks_ends_on_the_same_weekday() {
        // (event, weeks, last day of the term)
        let cases = [
            (ymd(2026, 11, 2), 2, ymd(2026, 11, 16)),
            (ymd(2026, 11, 2), 3, ymd(2026, 11, 23)),
            // Across a month and a year end.
            (ymd(2026, 12, 21), 2, ymd(2027, 1, 4)),
            // Across 29 February 2028.
            (ymd(2028, 2, 20), 2, ymd(2028, 3, 5)),
        ];
        for (event, n, due) in cases {
            let c = add_weeks(event, n);
            assert_eq!(c.due, due, "{event} + {n} weeks");
            assert_eq!(c.due.weekday(), event.weekday());
        }
    }

    #[test]
    fn the_first_month_from_a_day_ends_the_day_before_the_same_date_next_month() {
        let cases = [
            (ymd(2026, 9, 1), ymd(2026, 9, 30)),
            (ymd(2024, 9, 2), ymd(2024, 10, 1)),
            (ymd(2027, 1, 28), ymd(2027, 2, 27)),
            (ymd(2027, 1, 29), ymd(2027, 2, 28)),
            (ymd(2027, 1, 31), ymd(2027, 2, 28)),
            (ymd(2028, 1, 31), ymd(2028, 2, 29)),
        ];
        for (start, last) in cases {
            assert_eq!(first_month_last_day(start), last, "{start}");
        }
    }

    #[test]
    fn months_clamp_to_the_last_day_and_say_so() {
        let cases = [
            (ymd(2026, 8, 31), 6, ymd(2027, 2, 28), true),
            (ymd(2027, 8, 31), 6, ymd(2028, 2, 29), true),
            (ymd(2026, 12, 31), 2, ymd(2027, 2, 28), true),
            (ymd(2026, 1, 31), 2, ymd(2026, 3, 31), false),
            (ymd(2026, 3, 15), 2, ymd(2026, 5, 15), false),
        ];
        for (event, n, due, clamped) in cases {
            let c = add_months(event, n);
            assert_eq!(
                (c.due, c.clamped_to_month_end),
                (due, clamped),
                "{event} + {n} months"
            );
        }
        assert_eq!(sub_months(ymd(2026, 3, 31), 1).due, ymd(2026, 2, 28));
    }

    #[test]
    fn school_year_starts_on_1_september() {
        assert_eq!(school_year_start(ymd(2026, 8, 31)), 2025);
        assert_eq!(school_year_start(ymd(2026, 9, 1)), 2026);
        assert_eq!(school_year_start(ymd(2027, 1, 15)), 2026);
    }

    proptest! {
        #[test]
        fn a_working_day_count_lands_on_a_working_day_after_exactly_n_of_them(
            days in 0i64..40000, n in 1u32..60
        ) {
            let event = ymd(1990, 1, 1) + Duration::days(days);
            let c = add_working_days(event, n);
            prop_assert!(is_working_day(c.due));
            let counted = event.iter_days().skip(1).take_while(|d| *d <= c.due).filter(|d| is_working_day(*d)).count();
            prop_assert_eq!(counted, n as usize);
            let span = (c.due - event).num_days() as u32;
            prop_assert_eq!(span, n + c.weekend_days_skipped + c.holidays_skipped.len() as u32);
        }
    }
}
