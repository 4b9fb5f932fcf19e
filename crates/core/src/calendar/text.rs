//! Dates and times as text: read and written by hand.
//!
//! chrono's text parser (`parse_from_str`, `FromStr`, and the serde impls
//! built on them) carries a strftime interpreter and RFC 2822 and RFC 3339
//! readers, about 22 KB of wasm, into every page that reads a date. Kooliabi
//! reads a few fixed forms, so this module reads them itself: it accepts
//! exactly the text chrono accepted for the same form (the tests compare the
//! two on arbitrary strings), and writes exactly the text chrono's serde
//! wrote, so every file an earlier release stored still
//! loads and a file written today is byte for byte what it was.
//!
//! The language, as chrono reads it: before every number any whitespace; a
//! year is 1 to 4 digits, or a sign (`+`/`-`) and any number of digits; month,
//! day, hour, minute and second are 1 or 2 digits (`2026-1-5` is 5 January);
//! the date must exist (`2026-02-29` does not). Nothing may follow the last
//! item, except whitespace where said.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// What is left of a text being read, with chrono's rules for each item.
struct Scan<'a>(&'a str);

impl Scan<'_> {
    /// chrono's `Space`: any whitespace, or none.
    fn space(&mut self) {
        self.0 = self.0.trim_start();
    }

    fn literal(&mut self, c: char) -> Option<()> {
        self.0 = self.0.strip_prefix(c)?;
        Some(())
    }

    /// 1 to `max` ASCII digits (chrono's `scan::number`).
    fn digits(&mut self, max: usize) -> Option<i64> {
        let n = self
            .0
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if n == 0 {
            return None;
        }
        let (digits, rest) = self.0.split_at(n);
        self.0 = rest;
        digits.bytes().try_fold(0i64, |v, b| {
            v.checked_mul(10)?.checked_add(i64::from(b - b'0'))
        })
    }

    /// chrono's `Numeric` item: whitespace, then 1 to `max` digits.
    fn number(&mut self, max: usize) -> Option<u32> {
        self.space();
        // At most 2 digits here, so the value always fits.
        self.digits(max).and_then(|v| u32::try_from(v).ok())
    }

    /// chrono's year: whitespace, then 1 to 4 digits, or a sign and any
    /// number of digits.
    fn year(&mut self) -> Option<i32> {
        self.space();
        let v = if self.literal('-').is_some() {
            -self.digits(usize::MAX)?
        } else if self.literal('+').is_some() {
            self.digits(usize::MAX)?
        } else {
            self.digits(4)?
        };
        i32::try_from(v).ok()
    }

    /// `Y-M-D`; `spaced`: whitespace may also come before each `-`.
    fn date(&mut self, spaced: bool) -> Option<NaiveDate> {
        let year = self.year()?;
        let dash = |s: &mut Self| {
            if spaced {
                s.space();
            }
            s.literal('-')
        };
        dash(self)?;
        let month = self.number(2)?;
        dash(self)?;
        let day = self.number(2)?;
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// Optional `.` and 1 or more digits, of which the first 9 count
    /// (chrono's `Fixed::Nanosecond`).
    fn nanosecond(&mut self) -> Option<u32> {
        if self.literal('.').is_none() {
            return Some(0);
        }
        let before = self.0.len();
        let v = self.digits(9)?;
        let scale = 10i64.pow(9 - (before - self.0.len()) as u32);
        self.0 = self.0.trim_start_matches(|c: char| c.is_ascii_digit());
        u32::try_from(v * scale).ok()
    }

    /// Whether nothing is left.
    fn end(&self) -> Option<()> {
        self.0.is_empty().then_some(())
    }
}

/// A time from hour, minute, second (60 is a leap second) and nanosecond,
/// as chrono's `Parsed::to_naive_time` makes it.
fn time(hour: u32, minute: u32, second: u32, nano: u32) -> Option<NaiveTime> {
    let (second, leap) = match second {
        60 => (59, 1_000_000_000),
        s => (s, 0),
    };
    if hour > 23 || minute > 59 || second > 59 || nano > 999_999_999 {
        return None;
    }
    NaiveTime::from_hms_nano_opt(hour, minute, second, nano + leap)
}

/// `2026-11-23`, as `NaiveDate::parse_from_str(text, "%Y-%m-%d")` read it:
/// whitespace before each number, none after the day (trim first). The value
/// of an `<input type="date">`.
pub fn date(text: &str) -> Option<NaiveDate> {
    let mut s = Scan(text);
    let d = s.date(false)?;
    s.end()?;
    Some(d)
}

/// A date as chrono's `str::parse::<NaiveDate>()` and its serde read it:
/// like [`date`], and whitespace may also come before each `-` and after the
/// day.
pub fn date_from_str(text: &str) -> Option<NaiveDate> {
    let mut s = Scan(text);
    let d = s.date(true)?;
    s.space();
    s.end()?;
    Some(d)
}

/// `14:30`, as `NaiveTime::parse_from_str(text, "%H:%M")` read it:
/// whitespace before each number, none after the minutes.
pub fn hour_minute(text: &str) -> Option<NaiveTime> {
    let mut s = Scan(text);
    let hour = s.number(2)?;
    s.literal(':')?;
    let minute = s.number(2)?;
    s.end()?;
    time(hour, minute, 0, 0)
}

/// `2026-11-23T14:30:05.123`, as chrono's `str::parse::<NaiveDateTime>()`
/// and its serde read it: a date as [`date_from_str`], `T`, hours, minutes,
/// seconds (60: a leap second) and an optional fraction; whitespace may come
/// before each `-` and `:` and at the end.
pub fn datetime_from_str(text: &str) -> Option<NaiveDateTime> {
    let mut s = Scan(text);
    let date = s.date(true)?;
    s.space();
    s.literal('T')?;
    let hour = s.number(2)?;
    s.space();
    s.literal(':')?;
    let minute = s.number(2)?;
    s.space();
    s.literal(':')?;
    let second = s.number(2)?;
    let nano = s.nanosecond()?;
    s.space();
    s.end()?;
    Some(date.and_time(time(hour, minute, second, nano)?))
}

/// `2026-11-23`: what chrono's `Display` and serde write (years outside
/// 0–9999 with a sign, `+10000-01-01`).
pub fn date_text(d: NaiveDate) -> String {
    let year = d.year();
    if (0..=9999).contains(&year) {
        format!("{year:04}-{:02}-{:02}", d.month(), d.day())
    } else {
        format!("{year:+05}-{:02}-{:02}", d.month(), d.day())
    }
}

/// `2026-11-23T14:30:05`, with `.123`, `.123456` or `.123456789` when there
/// is a fraction of a second: what chrono's `Debug` and serde write (its
/// `Display` puts a space for the `T`).
pub fn datetime_text(dt: NaiveDateTime) -> String {
    let (second, nano) = match dt.nanosecond() {
        n if n >= 1_000_000_000 => (dt.second() + 1, n - 1_000_000_000),
        n => (dt.second(), n),
    };
    let mut text = format!(
        "{}T{:02}:{:02}:{second:02}",
        date_text(dt.date()),
        dt.hour(),
        dt.minute()
    );
    if nano == 0 {
    } else if nano % 1_000_000 == 0 {
        text += &format!(".{:03}", nano / 1_000_000);
    } else if nano % 1_000 == 0 {
        text += &format!(".{:06}", nano / 1_000);
    } else {
        text += &format!(".{nano:09}");
    }
    text
}

/// `#[serde(with = "calendar::text::serde_date")]` on a `NaiveDate` field:
/// the same JSON string chrono's serde wrote and read.
pub mod serde_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// A date on its own, where serde needs a type (in an `Option`, a tuple).
    #[derive(Serialize, Deserialize)]
    struct Date(#[serde(with = "self")] NaiveDate);

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::date_text(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(super::TextVisitor(
            super::date_from_str,
            "a date YYYY-MM-DD",
        ))
    }

    /// The same for an `Option<NaiveDate>` field (with `#[serde(default)]`
    /// when the field may be missing).
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            Ok(Option::<super::Date>::deserialize(d)?.map(|super::Date(d)| d))
        }
    }

    /// The same for a `Vec<(NaiveDate, T)>` field.
    pub mod pairs {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        pub fn serialize<S: Serializer, T: Serialize>(
            v: &[(NaiveDate, T)],
            s: S,
        ) -> Result<S::Ok, S::Error> {
            s.collect_seq(v.iter().map(|(d, t)| (super::Date(*d), t)))
        }

        pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
            d: D,
        ) -> Result<Vec<(NaiveDate, T)>, D::Error> {
            let v = Vec::<(super::Date, T)>::deserialize(d)?;
            Ok(v.into_iter().map(|(super::Date(d), t)| (d, t)).collect())
        }
    }
}

/// `#[serde(with = "calendar::text::serde_datetime")]` on a `NaiveDateTime`
/// field: the same JSON string chrono's serde wrote and read.
pub mod serde_datetime {
    use chrono::NaiveDateTime;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(dt: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::datetime_text(*dt))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        d.deserialize_str(super::TextVisitor(
            super::datetime_from_str,
            "a date and time YYYY-MM-DDTHH:MM:SS",
        ))
    }
}

/// Reads a JSON string with one of the readers above.
struct TextVisitor<T>(fn(&str) -> Option<T>, &'static str);

impl<T> serde::de::Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(v).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_read_as_chrono_read_them() {
        // (text, `date`, `date_from_str`)
        type Ymd = Option<(i32, u32, u32)>;
        let cases: &[(&str, Ymd, Ymd)] = &[
            ("2026-11-23", Some((2026, 11, 23)), Some((2026, 11, 23))),
            ("2026-1-5", Some((2026, 1, 5)), Some((2026, 1, 5))),
            ("+2026-01-05", Some((2026, 1, 5)), Some((2026, 1, 5))),
            ("-0044-03-15", Some((-44, 3, 15)), Some((-44, 3, 15))),
            ("+12345-6-7", Some((12345, 6, 7)), Some((12345, 6, 7))),
            ("26-01-05", Some((26, 1, 5)), Some((26, 1, 5))),
            (" 2026- 1-\t5", Some((2026, 1, 5)), Some((2026, 1, 5))),
            ("\u{3000}2026-01-05", Some((2026, 1, 5)), Some((2026, 1, 5))),
            ("2026 -01-05", None, Some((2026, 1, 5))),
            ("2026-01-05 ", None, Some((2026, 1, 5))),
            ("2028-02-29", Some((2028, 2, 29)), Some((2028, 2, 29))),
            ("2026-02-29", None, None),
            ("2026-04-31", None, None),
            ("2026-00-10", None, None),
            ("2026-13-01", None, None),
            ("2026-01-00", None, None),
            ("2026-001-05", None, None),
            ("2026-01-005", None, None),
            ("02026-01-05", None, None),
            ("+-2026-01-05", None, None),
            ("2026-01-05T00:00:00", None, None),
            ("2026/01/05", None, None),
            ("2026-01", None, None),
            ("+99999999999-01-01", None, None),
            ("+300000-01-01", None, None),
            ("", None, None),
            ("05.01.2026", None, None),
        ];
        for &(text, strict, loose) in cases {
            let ymd = |o: Ymd| o.map(|(y, m, d)| ymd(y, m, d));
            assert_eq!(date(text), ymd(strict), "{text:?}");
            assert_eq!(date_from_str(text), ymd(loose), "{text:?}");
            assert_eq!(
                date(text),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text:?}"
            );
            assert_eq!(date_from_str(text), text.parse().ok(), "{text:?}");
        }
    }

    #[test]
    fn hours_and_minutes_read_as_chrono_read_them() {
        let cases: &[(&str, Option<(u32, u32)>)] = &[
            ("14:30", Some((14, 30))),
            ("0:0", Some((0, 0))),
            ("00:00", Some((0, 0))),
            ("23:59", Some((23, 59))),
            (" 9: 5", Some((9, 5))),
            ("24:00", None),
            ("12:60", None),
            ("12:30 ", None),
            ("12 :30", None),
            ("12:30:00", None),
            ("123:00", None),
            ("12.30", None),
            ("", None),
        ];
        for &(text, expected) in cases {
            let expected = expected.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap());
            assert_eq!(hour_minute(text), expected, "{text:?}");
            assert_eq!(
                hour_minute(text),
                NaiveTime::parse_from_str(text, "%H:%M").ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn datetimes_read_and_write_as_chrono_did() {
        let at = |h, m, s, nano| ymd(2026, 11, 23).and_hms_nano_opt(h, m, s, nano).unwrap();
        let cases: &[(&str, Option<NaiveDateTime>, &str)] = &[
            (
                "2026-11-23T14:30:05",
                Some(at(14, 30, 5, 0)),
                "2026-11-23T14:30:05",
            ),
            (
                "2026-11-23T14:30:05.1",
                Some(at(14, 30, 5, 100_000_000)),
                "2026-11-23T14:30:05.100",
            ),
            (
                "2026-11-23T14:30:05.123",
                Some(at(14, 30, 5, 123_000_000)),
                "2026-11-23T14:30:05.123",
            ),
            (
                "2026-11-23T14:30:05.000123",
                Some(at(14, 30, 5, 123_000)),
                "2026-11-23T14:30:05.000123",
            ),
            (
                "2026-11-23T14:30:05.1234567891",
                Some(at(14, 30, 5, 123_456_789)),
                "2026-11-23T14:30:05.123456789",
            ),
            (
                "2026-11-23T23:59:60.5",
                Some(at(23, 59, 59, 1_500_000_000)),
                "2026-11-23T23:59:60.500",
            ),
            (
                "2026-11-23 T 1 : 2 : 3 ",
                Some(at(1, 2, 3, 0)),
                "2026-11-23T01:02:03",
            ),
            ("2026-11-23T14:30", None, ""),
            ("2026-11-23t14:30:05", None, ""),
            ("2026-11-23T14:30:05.", None, ""),
            ("2026-11-23T14:30:61", None, ""),
            ("2026-11-23T24:00:00", None, ""),
        ];
        for &(text, expected, written) in cases {
            assert_eq!(datetime_from_str(text), expected, "{text:?}");
            assert_eq!(datetime_from_str(text), text.parse().ok(), "{text:?}");
            if let Some(dt) = expected {
                assert_eq!(datetime_text(dt), written);
                assert_eq!(datetime_text(dt), format!("{dt:?}"));
            }
        }
    }

    #[test]
    fn dates_are_written_as_chrono_wrote_them() {
        for d in [
            ymd(2026, 1, 5),
            ymd(1990, 12, 31),
            ymd(5, 1, 1),
            ymd(-1, 1, 1),
            ymd(10000, 12, 31),
        ] {
            assert_eq!(date_text(d), d.to_string());
            assert_eq!(date_text(d), format!("{d:?}"));
        }
        assert_eq!(date_text(ymd(10000, 12, 31)), "+10000-12-31");
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Stored {
        #[serde(with = "serde_date")]
        date: NaiveDate,
        #[serde(default, with = "serde_date::option")]
        maybe: Option<NaiveDate>,
        #[serde(with = "serde_date::pairs")]
        pairs: Vec<(NaiveDate, u8)>,
        #[serde(with = "serde_datetime")]
        at: NaiveDateTime,
    }

    #[test]
    fn stored_dates_round_trip_byte_for_byte() {
        let json = r#"{"date":"2026-11-23","maybe":"2028-02-29","pairs":[["2026-12-24",1]],"at":"2026-11-23T14:30:05.123"}"#;
        let stored: Stored = serde_json::from_str(json).unwrap();
        assert_eq!(
            stored,
            Stored {
                date: ymd(2026, 11, 23),
                maybe: Some(ymd(2028, 2, 29)),
                pairs: vec![(ymd(2026, 12, 24), 1)],
                at: ymd(2026, 11, 23).and_hms_milli_opt(14, 30, 5, 123).unwrap(),
            }
        );
        assert_eq!(serde_json::to_string(&stored).unwrap(), json);

        let none = r#"{"date":"2026-11-23","maybe":null,"pairs":[],"at":"2026-11-23T14:30:05"}"#;
        let stored: Stored = serde_json::from_str(none).unwrap();
        assert_eq!(stored.maybe, None);
        assert_eq!(serde_json::to_string(&stored).unwrap(), none);
        // A missing optional date is None, as with chrono's serde.
        let missing = r#"{"date":"2026-11-23","pairs":[],"at":"2026-11-23T14:30:05"}"#;
        assert_eq!(serde_json::from_str::<Stored>(missing).unwrap().maybe, None);
        // Escaped text is read too (an owned string).
        let escaped = r#"{"date":"2026-11-\u0032\u0033","pairs":[],"at":"2026-11-23T14:30:05"}"#;
        assert_eq!(
            serde_json::from_str::<Stored>(escaped).unwrap().date,
            ymd(2026, 11, 23)
        );
        for bad in [
            r#"{"date":"2026-02-29","pairs":[],"at":"2026-11-23T14:30:05"}"#,
            r#"{"date":20261123,"pairs":[],"at":"2026-11-23T14:30:05"}"#,
            r#"{"date":"2026-11-23","pairs":[],"at":"2026-11-23"}"#,
        ] {
            assert!(serde_json::from_str::<Stored>(bad).is_err(), "{bad}");
        }
    }

    /// Pieces of dates and times, so that random texts are often nearly
    /// right and reach every rule.
    const TOKENS: &[&str] = &[
        "0",
        "1",
        "2",
        "5",
        "9",
        "00",
        "02",
        "12",
        "13",
        "23",
        "24",
        "29",
        "30",
        "31",
        "59",
        "60",
        "2026",
        "2028",
        "1990",
        "0000",
        "99999",
        "123456789",
        "9999999999",
        "-",
        "+",
        ":",
        ".",
        "T",
        "t",
        " ",
        "\t",
        "\u{3000}",
        "x",
        "é",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(select(TOKENS), 0..12).prop_map(|v| v.concat()),
            "\\PC{0,12}",
        ]
    }

    proptest! {
        #[test]
        fn readers_agree_with_chrono(s in text()) {
            prop_assert_eq!(date(&s), NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
            prop_assert_eq!(date_from_str(&s), s.parse::<NaiveDate>().ok());
            prop_assert_eq!(hour_minute(&s), NaiveTime::parse_from_str(&s, "%H:%M").ok());
            prop_assert_eq!(datetime_from_str(&s), s.parse::<NaiveDateTime>().ok());
        }

        #[test]
        fn every_date_in_range_reads_back_what_was_written(
            days in 0i64..=(ymd(super::super::LAST_YEAR, 12, 31) - ymd(super::super::FIRST_YEAR, 1, 1)).num_days(),
            secs in 0u32..86_400,
            nano in prop_oneof![Just(0u32), (0u32..1000).prop_map(|n| n * 1_000_000), 0u32..2_000_000_000],
        ) {
            let d = ymd(super::super::FIRST_YEAR, 1, 1) + chrono::Duration::days(days);
            prop_assert_eq!(date_text(d), d.to_string());
            prop_assert_eq!(super::super::parse_date(&date_text(d)), Ok(d));
            prop_assert_eq!(date_from_str(&date_text(d)), Some(d));
            let nano = if secs % 60 == 59 { nano } else { nano % 1_000_000_000 };
            let t = NaiveTime::from_num_seconds_from_midnight_opt(secs, nano).unwrap();
            let dt = d.and_time(t);
            prop_assert_eq!(datetime_text(dt), format!("{dt:?}"));
            prop_assert_eq!(datetime_from_str(&datetime_text(dt)), Some(dt));
        }
    }
}
