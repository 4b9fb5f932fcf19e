//! Every parser and importer of the core, fed hostile text (issue #12: no
//! input can block or crash the page, nothing typed is lost).
//!
//! Each parser gets three kinds of input: any Unicode string, any bytes
//! turned lossily into text (what a damaged file becomes), and text built
//! from the parser's own alphabet (digits, commas, points, tabs, newlines,
//! minus signs, huge numbers, non-ASCII digits and letters) so the cases
//! reach deep into the parser instead of failing at the first character.
//! Importers of JSON also get the built-in files with random damage.
//!
//! The invariants: never a panic; a rejection is a typed error with its place
//! (a line within the input's lines) where the parser has places; what is
//! accepted is within the documented bounds; where a formatter exists,
//! parsing what it wrote gives the value back.
//!
//! Case count: `PROPTEST_CASES` (256 per property unless set). A longer run:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test -p kooliabi-core --release --test fuzz
//! ```

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use proptest::sample::select;

use kooliabi_core::calendar::{self, parse_date, planner, DateError};
use kooliabi_core::grading::bands::{self, Settings};
use kooliabi_core::grading::basic_school;
use kooliabi_core::grading::class_list::{self, format_points};
use kooliabi_core::grading::upper_secondary::{self, StageGrade, COURSES_MAX};
use kooliabi_core::grading::vocational::{self, SYMBOLS};
use kooliabi_core::number::{parse_decimal, NumberError};
use kooliabi_core::questionnaire::{templates, Session, Template, TemplateError};
use kooliabi_core::stored::{self, StoredError};
use kooliabi_core::transfer::{self, ImportError};

/// Pieces that make parsers work: separators, signs, edge numbers, and
/// characters that look like digits or change length when upper-cased.
const TOKENS: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "9", ",", ".", ";", "-", "+", " ", "\t", "\n", "\r\n", "\r",
    "*", "/", "x", "X", "A", "a", "MA", "ma", "e", "E", "inf", "NaN", "1e309", "0.5", "12,5",
    "99999999999999999999999999999999999999",
    "0.000000000000000000000000000000000000000000000001",
    "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0",
    "2026-11-23", "1990-01-01", "2100-12-31", "2101-01-01", "+2026-01-01", "-0001-01-01",
    "٣", "５", "ß", "ǆ", "ﬃ", "İ", "\u{0}", "\u{feff}", "\u{2028}", "\u{a0}", "Ä", "õ",
    "\"", "{", "}", "[", "]", ":", "\\", "\\u0000", "\\ud800",
];

fn tokens_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => select(TOKENS).prop_map(String::from),
            1 => any::<char>().prop_map(String::from),
        ],
        0..48,
    )
    .prop_map(|parts| parts.concat())
}

fn lossy_bytes() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<u8>(), 0..256)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Numbers of every length, up to far beyond what an `f64` holds, with a
/// sign, a decimal comma or point, and spaces around.
fn long_number() -> impl Strategy<Value = String> {
    " ?[+-]?[0-9]{0,400}([.,][0-9]{0,400})? ?"
}

/// Any text a user could paste or a file could hold.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), lossy_bytes(), tokens_text(), long_number(),]
}

/// `original` with a few random edits: a byte range removed, text from
/// `TOKENS` inserted, a range repeated. Keeps most of a valid JSON file so
/// the damage is met deep inside, not at the first brace.
fn damaged(original: &'static str) -> impl Strategy<Value = String> {
    let edit = (
        any::<prop::sample::Index>(),
        0usize..40,
        select(TOKENS),
        0u8..3,
    );
    proptest::collection::vec(edit, 1..4).prop_map(move |edits| {
        let mut s = original.to_string();
        for (at, len, token, op) in edits {
            let mut i = at.index(s.len() + 1);
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            let mut j = (i + len).min(s.len());
            while !s.is_char_boundary(j) {
                j -= 1;
            }
            match op {
                0 => s.replace_range(i..j, ""),
                1 => s.insert_str(i, token),
                _ => {
                    let piece = s[i..j].to_string();
                    s.insert_str(j, &piece);
                }
            }
        }
        s
    })
}

/// The 1-based line a parser may name in `text` (`text.lines()` does not
/// count an empty last line, JSON parsers do).
fn line_in(line: usize, text: &str) -> bool {
    (1..=text.split('\n').count()).contains(&line)
}

fn half_points() -> impl Strategy<Value = f64> {
    (0u32..=20_000).prop_map(|h| f64::from(h) / 2.0)
}

const SESSION_FIXTURE: &str = include_str!("../../../tests/fixtures/questionnaire_session_v0.json");
const ANSWERS_FILE_FIXTURE: &str = include_str!("../../../tests/fixtures/answers_file_v1.json");

proptest! {
    // ----- number::parse_decimal -----

    #[test]
    fn decimal_never_panics_and_accepts_only_finite_numbers(text in hostile()) {
        match parse_decimal(&text) {
            Ok(x) => {
                prop_assert!(x.is_finite(), "{text:?} gave {x}");
                prop_assert!(text.trim().chars().all(|c| c.is_ascii_digit() || ",.+-".contains(c)));
            }
            Err(NumberError::Empty) => prop_assert!(text.trim().is_empty()),
            Err(NumberError::NotANumber) => prop_assert!(!text.trim().is_empty()),
        }
    }

    #[test]
    fn decimal_reads_back_what_rust_and_the_class_list_write(x in any::<f64>().prop_filter("normal", |x| x.is_normal() || *x == 0.0), p in half_points()) {
        // `Display` for f64 never uses an exponent. What it writes reads back
        // within a relative 10^-15: up to 17 significant digits, past the 15
        // `parse_decimal` reads exactly (number.rs says why). Points, the
        // numbers the class list writes, read back exactly.
        for text in [x.to_string(), x.to_string().replace('.', ",")] {
            let read = parse_decimal(&text).unwrap();
            let off = if x == 0.0 { read.abs() } else { (read / x - 1.0).abs() };
            prop_assert!(off < 1e-15, "{} read as {}", text, read);
        }
        prop_assert_eq!(parse_decimal(&format_points(p)), Ok(p));
    }

    #[test]
    fn decimal_reads_numbers_below_the_normal_range_as_tiny_or_zero(x in any::<f64>().prop_filter("subnormal", |x| x.is_subnormal())) {
        let read = parse_decimal(&x.to_string()).unwrap();
        prop_assert!(read.abs() <= f64::MIN_POSITIVE && read.signum() == x.signum(), "{} read as {}", x, read);
    }

    // ----- calendar::parse_date -----

    #[test]
    fn date_never_panics_and_accepts_only_1990_to_2100(text in hostile()) {
        match parse_date(&text) {
            Ok(d) => prop_assert!((calendar::FIRST_YEAR..=calendar::LAST_YEAR).contains(&d.year())),
            Err(DateError::NotADate | DateError::OutOfRange) => {}
        }
    }

    #[test]
    fn date_reads_back_what_a_date_input_writes(days in -60_000i64..60_000) {
        let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(days);
        let text = d.format("%Y-%m-%d").to_string();
        let expected = if (calendar::FIRST_YEAR..=calendar::LAST_YEAR).contains(&d.year()) {
            Ok(d)
        } else {
            Err(DateError::OutOfRange)
        };
        prop_assert_eq!(parse_date(&text), expected, "{}", text);
    }

    // ----- grading::class_list (pasted class list) -----

    #[test]
    fn class_list_keeps_every_line_and_converts_within_bounds(text in hostile(), max in half_points().prop_filter("positive", |m| *m > 0.0)) {
        let settings = Settings::default();
        let list = class_list::convert(&text, max, &settings).unwrap();
        let lines = text.lines().count();
        // Every line is a row or a counted blank, in order, none twice.
        let mut seen: Vec<usize> = list.rows.iter().map(|r| r.line).chain(list.blank_lines.iter().copied()).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (1..=lines).collect::<Vec<_>>());
        for row in &list.rows {
            prop_assert!(row.line >= 1 && row.line <= lines);
            if let Ok(c) = row.outcome {
                prop_assert!((0.0..=max).contains(&c.points));
                prop_assert!((0.0..=100.0).contains(&c.percent));
                prop_assert_eq!(Ok(c.grade), bands::grade_for(c.points, max, &settings));
            }
        }
        // The export has a header and one line per row, whatever the names held.
        let tsv = list.to_tsv(["n", "p", "%", "g"], kooliabi_core::i18n::Lang::Et);
        prop_assert_eq!(tsv.lines().count(), 1 + list.rows.len());
        prop_assert!(tsv.lines().all(|l| l.split('\t').count() == 4));
    }

    #[test]
    fn class_list_reads_back_the_points_it_formats(points in proptest::collection::vec(half_points(), 1..30)) {
        let max = 10_000.0;
        let text: Vec<String> = points.iter().enumerate().map(|(i, p)| format!("Õpilane {i}\t{}", format_points(*p))).collect();
        let list = class_list::convert(&text.join("\n"), max, &Settings::default()).unwrap();
        let read: Vec<f64> = list.rows.iter().map(|r| r.outcome.unwrap().points).collect();
        prop_assert_eq!(read, points);
    }

    // ----- calendar::planner::parse_names -----

    #[test]
    fn pasted_names_keep_every_line(text in hostile()) {
        let (names, blank) = planner::parse_names(&text);
        let lines = text.lines().count();
        prop_assert_eq!(names.len() + blank.len(), lines);
        prop_assert!(names.iter().all(|n| !n.is_empty() && n.trim() == n));
        prop_assert!(blank.iter().all(|b| (1..=lines).contains(b)));
        prop_assert!(blank.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn pasted_names_read_back_as_written(names in proptest::collection::vec("[^\\s]([^\n\r]*[^\\s])?", 0..20)) {
        prop_assert_eq!(planner::parse_names(&names.join("\n")).0, names);
    }

    // ----- grading::basic_school::parse_marks -----

    #[test]
    fn marks_keep_every_piece_with_its_position(text in hostile()) {
        let (marks, errors) = basic_school::parse_marks(&text);
        let pieces = text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|p| !p.is_empty()).count();
        prop_assert_eq!(marks.len() + errors.len(), pieces);
        for e in &errors {
            prop_assert!((1..=pieces).contains(&e.position));
            prop_assert!(!e.text.is_empty() && text.contains(&e.text));
        }
    }

    // ----- grading::vocational -----

    #[test]
    fn symbols_never_panic_and_accept_only_the_journal_symbols(text in hostile(), with_date in any::<bool>()) {
        let date = with_date.then(|| NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        if vocational::parse_symbol(&text, date).is_ok() {
            let t = text.trim().to_uppercase();
            prop_assert!(SYMBOLS.contains(&t.as_str()), "{text:?}");
        }
    }

    #[test]
    fn module_volumes_accepted_are_within_bounds(text in hostile()) {
        // A module row's EKAP field as the modules page reads it.
        if let Ok(ekap) = parse_decimal(&text) {
            if vocational::check_ekap(ekap).is_ok() {
                prop_assert!(ekap > 0.0 && ekap <= vocational::EKAP_MAX);
            }
        }
    }

    #[test]
    fn session_stored_values_never_panic(text in prop_oneof![hostile(), damaged(SESSION_FIXTURE)]) {
        match stored::read::<Session>(&text) {
            Err(StoredError::NotJson { line, .. }) => prop_assert!(line_in(line, &text)),
            Err(StoredError::Newer { found, supported }) => prop_assert!(found > supported),
            _ => {}
        }
    }

    // ----- grading::upper_secondary -----

    #[test]
    fn stage_grades_keep_every_piece(text in hostile()) {
        let (ok, bad) = upper_secondary::parse_stage_grades(&text);
        let pieces = text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|p| !p.is_empty()).count();
        prop_assert_eq!(ok.len() + bad.len(), pieces);
        prop_assert!(bad.iter().all(|b| !b.is_empty() && text.contains(b.as_str())));
    }

    #[test]
    fn stage_grades_read_back_as_written(grades in proptest::collection::vec(prop_oneof![select(&["5", "4", "3", "2", "1", "A", "MA", "a", "ma"][..])], 0..20), sep in select(&[" ", ", ", ";", "\t"][..])) {
        let (ok, bad) = upper_secondary::parse_stage_grades(&grades.join(sep));
        prop_assert!(bad.is_empty());
        let back: Vec<String> = ok.iter().map(|g| match g {
            StageGrade::Grade(g) => g.value().to_string(),
            StageGrade::PassFail(p) => if *p == kooliabi_core::grading::scale::PassFail::Pass { "A".into() } else { "MA".into() },
        }).collect();
        prop_assert_eq!(back, grades.iter().map(|g| g.to_uppercase()).collect::<Vec<_>>());
    }

    #[test]
    fn course_counts_stay_within_the_limit(text in hostile(), n in 0u32..=COURSES_MAX) {
        match upper_secondary::parse_count(&text) {
            None => prop_assert!(text.trim().is_empty()),
            Some(Ok(c)) => prop_assert!(c <= COURSES_MAX),
            Some(Err(())) => {}
        }
        prop_assert_eq!(upper_secondary::parse_count(&n.to_string()), Some(Ok(n)));
        prop_assert_eq!(upper_secondary::parse_count(&(COURSES_MAX + 1 + n).to_string()), Some(Err(())));
    }

    // ----- questionnaire: templates, answers, sessions -----

    #[test]
    fn templates_never_panic_and_refuse_with_the_place(text in prop_oneof![hostile(), damaged(templates::BUILT_IN[0].1), damaged(templates::BUILT_IN[2].1)]) {
        match Template::load(&text) {
            Ok(t) => {
                // What loads is checked, and saving it loads the same template.
                let again = Template::load(&serde_json::to_string(&t).unwrap());
                prop_assert_eq!(again, Ok(t));
            }
            Err(TemplateError::Unreadable { line, .. }) => prop_assert!(line_in(line, &text), "line {line}"),
            Err(_) => {}
        }
    }

    #[test]
    fn stored_sessions_never_panic_when_read_and_used(text in prop_oneof![hostile(), damaged(SESSION_FIXTURE)]) {
        if let Ok(mut session) = serde_json::from_str::<Session>(&text) {
            for template in templates::built_in() {
                let _ = session.current_section(&template);
                let _ = session.questions(&template);
                let _ = session.overview_entries(&template);
                let _ = session.overall(&template);
                session.next(&template);
                session.back(&template);
                prop_assert!(session.section_index(&template) < session.sections(&template).len().max(1));
            }
            let again: Session = serde_json::from_str(&serde_json::to_string(&session).unwrap()).unwrap();
            prop_assert_eq!(again.answers, session.answers);
        }
    }

    #[test]
    fn sessions_survive_any_section_index(section in any::<usize>(), overview in any::<bool>()) {
        for template in templates::built_in() {
            let mut s: Session = serde_json::from_str(SESSION_FIXTURE).unwrap();
            s.section = section;
            s.overview = overview;
            let _ = s.current_section(&template);
            s.next(&template);
            s.back(&template);
            prop_assert!(s.section_index(&template) < s.sections(&template).len().max(1));
        }
    }

    // ----- transfer::read (versioned envelopes) -----

    #[test]
    fn envelopes_never_panic_and_refuse_with_the_place(text in prop_oneof![hostile(), damaged(ANSWERS_FILE_FIXTURE)], version in 0u32..4) {
        match transfer::read::<serde_json::Value>(&text, "answers", version) {
            Ok(_) => {}
            Err(ImportError::NotJson { line, .. }) => prop_assert!(line_in(line, &text)),
            Err(ImportError::NewerVersion(v)) => prop_assert!(v > version),
            Err(ImportError::NotOurs | ImportError::WrongKind(_) | ImportError::Damaged) => {}
        }
    }

    #[test]
    fn envelopes_of_any_version_number_are_read_only_up_to_the_supported_one(found in prop_oneof![0u64..5, any::<u64>(), (0u64..4).prop_map(|v| v + (1 << 32))], supported in 0u32..4) {
        let text = format!(r#"{{"app":"kooliabi","kind":"answers","version":{found},"data":[]}}"#);
        match transfer::read::<Vec<String>>(&text, "answers", supported) {
            Ok(_) => prop_assert!(found <= u64::from(supported)),
            Err(ImportError::NewerVersion(v)) => {
                prop_assert!(found > u64::from(supported));
                prop_assert_eq!(u64::from(v), found.min(u64::from(u32::MAX)));
            }
            Err(e) => prop_assert!(false, "{:?}", e),
        }
    }

    #[test]
    fn envelopes_read_back_what_they_wrote(names in proptest::collection::vec(any::<String>(), 0..8), kind in "[a-z-]{1,12}", version in 0u32..5) {
        let text = transfer::write(&kind, version, &names);
        prop_assert_eq!(transfer::read::<Vec<String>>(&text, &kind, version), Ok(names.clone()));
        prop_assert_eq!(transfer::read::<Vec<String>>(&text, &kind, version + 1), Ok(names));
    }
}
