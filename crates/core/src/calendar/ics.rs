//! iCalendar (RFC 5545) output: all-day events the user adds to their own
//! calendar. CRLF line ends, lines folded at 75 octets, text escaped.

use chrono::{Duration, NaiveDate, NaiveDateTime};

/// One all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct AllDayEvent {
    /// Unique within the file and stable across exports of the same plan, so
    /// a calendar updates rather than duplicates on re-import.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// A UID made from what the event is (`kind`) and stable facts about it
/// (`parts`: a name, a date), so exporting the same plan again gives the
/// same UIDs and a calendar updates rather than duplicates. FNV-1a (64 bit)
/// because it is fixed by its definition; std's hasher may change between
/// Rust releases. Not a secret and not for security.
pub fn stable_uid(kind: &str, parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // The separator keeps ["ab", "c"] and ["a", "bc"] apart.
        for b in part.bytes().chain([0x1f]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{kind}-{h:016x}@kooliabi")
}

/// RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space,
/// never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

fn date(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A calendar file with `events`; `stamp` (UTC) is when it was made, passed in
/// because the core has no clock.
pub fn calendar(name: &str, events: &[AllDayEvent], stamp: NaiveDateTime) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Kooliabi//Kooliabi//ET".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let dtstamp = {
        use chrono::Timelike;
        let t = stamp.time();
        format!(
            "{}T{:02}{:02}{:02}Z",
            date(stamp.date()),
            t.hour(),
            t.minute(),
            t.second()
        )
    };
    for e in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape(&e.uid)),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", date(e.date)),
            // All-day: DTEND is exclusive, the next day.
            format!("DTEND;VALUE=DATE:{}", date(e.date + Duration::days(1))),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_are_stable_and_tell_different_facts_apart() {
        let a = stable_uid("conversation", &["Mari Maasikas", "2026-12-01"]);
        assert_eq!(
            a,
            stable_uid("conversation", &["Mari Maasikas", "2026-12-01"])
        );
        // FNV-1a is fixed (checked against an independent computation of
        // FNV-1a over "a" and the 0x1f separator): it must never change.
        assert_eq!(stable_uid("x", &[]), "x-cbf29ce484222325@kooliabi");
        assert_eq!(stable_uid("x", &["a"]), "x-089be907b544fdc9@kooliabi");
        for other in [
            stable_uid("send", &["Mari Maasikas", "2026-12-01"]),
            stable_uid("conversation", &["Mari Maasikas", "2026-12-02"]),
            stable_uid("conversation", &["Mari Maasika", "s2026-12-01"]),
        ] {
            assert_ne!(a, other);
        }
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
    }

    /// Unfolds and splits an iCalendar text, checking the framing on the way.
    fn parse(text: &str) -> Vec<String> {
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
        for raw in text.split("\r\n") {
            assert!(raw.len() <= 75, "line over 75 octets: {raw:?}");
        }
        text.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }

    #[test]
    fn a_calendar_has_the_required_properties_and_all_day_events() {
        let events = [AllDayEvent {
            uid: "a-1@kooliabi".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 29).unwrap(),
            summary: "Vaide tähtaeg".into(),
            description: "002 8.6".into(),
        }];
        let lines = parse(&calendar("Kooliabi", &events, stamp()));
        assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        for needed in [
            "VERSION:2.0",
            "PRODID:-//Kooliabi//Kooliabi//ET",
            "UID:a-1@kooliabi",
            "DTSTAMP:20261123T100000Z",
            "DTSTART;VALUE=DATE:20261229",
            "DTEND;VALUE=DATE:20261230",
            "SUMMARY:Vaide tähtaeg",
        ] {
            assert!(lines.iter().any(|l| l == needed), "missing {needed}");
        }
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_without_splitting_characters() {
        let long = "Õpilase arenguvestlus; küsimustik, mis saadetakse kaks nädalat enne vestlust \\ märkus\nteine rida".repeat(3);
        let events = [AllDayEvent {
            uid: "x".into(),
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            summary: long.clone(),
            description: String::new(),
        }];
        let text = calendar("K", &events, stamp());
        let lines = parse(&text);
        let summary = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert!(summary.contains("arenguvestlus\\; küsimustik\\, mis"));
        assert!(summary.contains("\\\\ märkus\\nteine"));
        // Folding kept every character: unescaping gives the input back.
        let unescaped = summary["SUMMARY:".len()..]
            .replace("\\n", "\n")
            .replace("\\;", ";")
            .replace("\\,", ",")
            .replace("\\\\", "\\");
        assert_eq!(unescaped, long);
    }
}
