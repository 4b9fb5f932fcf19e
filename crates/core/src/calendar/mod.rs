//! Dates the rules set: Estonian public holidays, working days, the
//! deadlines of the seeds, and `.ics` calendar files.
//!
//! Invariant: no clock here. "Today" and the time stamp of an exported file
//! are parameters.

pub mod days;
pub mod deadlines;
pub mod holidays;
pub mod ics;
pub mod planner;
pub mod test_schedule;
pub mod text;

use chrono::NaiveDate;

/// Dates outside this range are almost certainly typing errors (a year 20224)
/// and are refused with a message at the field.
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DateError {
    /// Not a date in the form YYYY-MM-DD (what `<input type="date">` gives).
    NotADate,
    /// A real date, but outside 1990–2100.
    OutOfRange,
}

/// `24.11.2026`: day.month.year, the Estonian order, in every language.
/// Written by hand: chrono's `format` carries a whole strftime interpreter
/// into every page that shows a date.
pub fn dotted(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

/// Reads `2026-11-23`, the value of an `<input type="date">`, after trimming
/// whitespace; accepts what chrono's `%Y-%m-%d` accepted (`2026-1-5` too,
/// see [`text::date`]).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let d = text::date(text.trim()).ok_or(DateError::NotADate)?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&chrono::Datelike::year(&d)) {
        return Err(DateError::OutOfRange);
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_dates_are_day_month_year_with_two_digit_day_and_month() {
        for (y, m, d, text) in [
            (2026, 11, 24, "24.11.2026"),
            (2027, 1, 5, "05.01.2027"),
            (1990, 12, 31, "31.12.1990"),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(dotted(date), text);
            assert_eq!(dotted(date), date.format("%d.%m.%Y").to_string());
        }
    }

    #[test]
    fn dates_parse_only_in_range() {
        type Ymd = (i32, u32, u32);
        let cases: &[(&str, Result<Ymd, DateError>)] = &[
            ("2026-11-23", Ok((2026, 11, 23))),
            (" 1990-01-01 ", Ok((1990, 1, 1))),
            ("2100-12-31", Ok((2100, 12, 31))),
            ("1989-12-31", Err(DateError::OutOfRange)),
            ("2101-01-01", Err(DateError::OutOfRange)),
            ("1990-01-01", Ok((1990, 1, 1))),
            ("2100-12-31 ", Ok((2100, 12, 31))),
            ("2026-1-5", Ok((2026, 1, 5))),
            ("+2026-01-05", Ok((2026, 1, 5))),
            ("2026- 01- 05", Ok((2026, 1, 5))),
            ("2028-02-29", Ok((2028, 2, 29))),
            ("2000-02-29", Ok((2000, 2, 29))),
            ("+12345-01-01", Err(DateError::OutOfRange)),
            ("-2026-01-01", Err(DateError::OutOfRange)),
            ("0000-01-01", Err(DateError::OutOfRange)),
            ("2026-02-29", Err(DateError::NotADate)),
            ("2100-02-29", Err(DateError::NotADate)),
            ("2026-02-30", Err(DateError::NotADate)),
            ("2026-04-31", Err(DateError::NotADate)),
            ("2026-13-01", Err(DateError::NotADate)),
            ("2026-00-01", Err(DateError::NotADate)),
            ("2026-01-00", Err(DateError::NotADate)),
            ("2026 -01-05", Err(DateError::NotADate)),
            ("20260105", Err(DateError::NotADate)),
            ("02026-01-05", Err(DateError::NotADate)),
            ("+300000-01-01", Err(DateError::NotADate)),
            ("2026-01-05T10:00", Err(DateError::NotADate)),
            ("23.11.2026", Err(DateError::NotADate)),
            ("", Err(DateError::NotADate)),
        ];
        for (text, expected) in cases {
            let got = parse_date(text).map(|d| {
                (
                    chrono::Datelike::year(&d),
                    chrono::Datelike::month(&d),
                    chrono::Datelike::day(&d),
                )
            });
            assert_eq!(got, *expected, "{text:?}");
            assert_eq!(parse_date(text), with_chrono(text), "{text:?}");
        }
    }

    /// `parse_date` as it was, on chrono's parser.
    fn with_chrono(text: &str) -> Result<NaiveDate, DateError> {
        let d =
            NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| DateError::NotADate)?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&chrono::Datelike::year(&d)) {
            return Err(DateError::OutOfRange);
        }
        Ok(d)
    }

    proptest::proptest! {
        #[test]
        fn parse_date_reads_what_chrono_read(
            s in "[ 0-9+-]{0,14}|\\PC{0,12}|[ ]?[+-]?[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}[ ]?"
        ) {
            proptest::prop_assert_eq!(parse_date(&s), with_chrono(&s));
        }
    }
}
