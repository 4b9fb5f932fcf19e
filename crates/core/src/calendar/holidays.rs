//! Estonian public holidays (rahvuspühad ja riigipühad), computed for any
//! year — Easter by the Gregorian computus, not from a table. The list is the
//! one issue #6 names (the seeds count "working days" but do not list them).

use crate::tr;
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::Tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Holiday {
    NewYear,
    IndependenceDay,
    GoodFriday,
    EasterSunday,
    SpringDay,
    Pentecost,
    VictoryDay,
    Midsummer,
    RestorationOfIndependence,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
}

impl Holiday {
    pub fn name(self) -> Tr {
        match self {
            Holiday::NewYear => tr! {
                et: "uusaasta",
                en: "New Year's Day",
                ru: "Новый год",
            },
            Holiday::IndependenceDay => tr! {
                et: "iseseisvuspäev",
                en: "Independence Day",
                ru: "День независимости",
            },
            Holiday::GoodFriday => tr! {
                et: "suur reede",
                en: "Good Friday",
                ru: "Страстная пятница",
            },
            Holiday::EasterSunday => tr! {
                et: "ülestõusmispühade 1. püha",
                en: "Easter Sunday",
                ru: "Пасха",
            },
            Holiday::SpringDay => tr! {
                et: "kevadpüha",
                en: "Spring Day",
                ru: "Праздник весны",
            },
            Holiday::Pentecost => tr! {
                et: "nelipühade 1. püha",
                en: "Pentecost",
                ru: "Троица",
            },
            Holiday::VictoryDay => tr! {
                et: "võidupüha",
                en: "Victory Day",
                ru: "День победы",
            },
            Holiday::Midsummer => tr! {
                et: "jaanipäev",
                en: "Midsummer Day",
                ru: "Иванов день",
            },
            Holiday::RestorationOfIndependence => tr! {
                et: "taasiseseisvumispäev",
                en: "Day of Restoration of Independence",
                ru: "День восстановления независимости",
            },
            Holiday::ChristmasEve => tr! {
                et: "jõululaupäev",
                en: "Christmas Eve",
                ru: "Сочельник",
            },
            Holiday::ChristmasDay => tr! {
                et: "esimene jõulupüha",
                en: "Christmas Day",
                ru: "Рождество",
            },
            Holiday::BoxingDay => tr! {
                et: "teine jõulupüha",
                en: "Boxing Day",
                ru: "Второй день Рождества",
            },
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian
/// algorithm, "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
        .expect("the computus yields a date in March or April")
}

/// Every public holiday of `year`, in date order.
pub fn holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let fixed = |m: u32, d: u32| {
        NaiveDate::from_ymd_opt(year, m, d).expect("fixed holidays are real dates")
    };
    let easter = easter_sunday(year);
    let mut list = vec![
        (fixed(1, 1), Holiday::NewYear),
        (fixed(2, 24), Holiday::IndependenceDay),
        (easter - Duration::days(2), Holiday::GoodFriday),
        (easter, Holiday::EasterSunday),
        (fixed(5, 1), Holiday::SpringDay),
        (easter + Duration::days(49), Holiday::Pentecost),
        (fixed(6, 23), Holiday::VictoryDay),
        (fixed(6, 24), Holiday::Midsummer),
        (fixed(8, 20), Holiday::RestorationOfIndependence),
        (fixed(12, 24), Holiday::ChristmasEve),
        (fixed(12, 25), Holiday::ChristmasDay),
        (fixed(12, 26), Holiday::BoxingDay),
    ];
    list.sort_by_key(|(d, _)| *d);
    list
}

/// The holiday on `date`, if any.
pub fn holiday_on(date: NaiveDate) -> Option<Holiday> {
    holidays(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, h)| h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_matches_the_published_dates_2024_to_2030() {
        // Checked by hand against church calendars.
        let table = [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2029, 4, 1),
            (2030, 4, 21),
            (2019, 4, 21),
            (2038, 4, 25), // latest possible in this century's range
            (2008, 3, 23),
        ];
        for (y, m, d) in table {
            assert_eq!(easter_sunday(y), ymd(y, m, d), "{y}");
        }
    }

    #[test]
    fn movable_holidays_follow_easter() {
        // (year, Good Friday, Pentecost)
        let table = [
            (2024, (3, 29), (5, 19)),
            (2025, (4, 18), (6, 8)),
            (2026, (4, 3), (5, 24)),
            (2027, (3, 26), (5, 16)),
            (2028, (4, 14), (6, 4)),
            (2029, (3, 30), (5, 20)),
            (2030, (4, 19), (6, 9)),
        ];
        for (y, gf, pe) in table {
            let h = holidays(y);
            assert!(
                h.contains(&(ymd(y, gf.0, gf.1), Holiday::GoodFriday)),
                "{y} Good Friday"
            );
            assert!(
                h.contains(&(ymd(y, pe.0, pe.1), Holiday::Pentecost)),
                "{y} Pentecost"
            );
        }
    }

    #[test]
    fn every_year_has_twelve_holidays_on_distinct_days_in_order() {
        for y in 1990..=2100 {
            let h = holidays(y);
            assert_eq!(h.len(), 12, "{y}");
            assert!(
                h.windows(2).all(|w| w[0].0 < w[1].0),
                "{y} sorted and distinct"
            );
            assert_eq!(easter_sunday(y).weekday(), chrono::Weekday::Sun, "{y}");
        }
    }

    #[test]
    fn fixed_holidays_are_found_by_date() {
        assert_eq!(holiday_on(ymd(2026, 2, 24)), Some(Holiday::IndependenceDay));
        assert_eq!(
            holiday_on(ymd(2026, 8, 20)),
            Some(Holiday::RestorationOfIndependence)
        );
        assert_eq!(holiday_on(ymd(2026, 12, 26)), Some(Holiday::BoxingDay));
        assert_eq!(holiday_on(ymd(2026, 12, 27)), None);
    }
}
