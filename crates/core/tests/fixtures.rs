//! Stored formats: files under the repository's `tests/fixtures/` hold JSON
//! exactly as a release wrote it. Every later release must still read them
//! (issue #12: stored data survives releases), so a fixture is never edited
//! — a new shape gets a new fixture beside the old one.
//!
//! Each fixture was made by serialising a real value (the `*_value`
//! functions below). To add one for a new format version, write its value
//! function and run once with `KOOLIABI_WRITE_FIXTURES=1`; existing files are
//! never overwritten.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use kooliabi_core::questionnaire::{templates, Answer, Answers, Goal, Role, Session};
use kooliabi_core::stored;
use kooliabi_core::transfer;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// The fixture's text; with `KOOLIABI_WRITE_FIXTURES=1`, a missing fixture is
/// first written from `current` (what this release writes).
fn fixture(name: &str, current: impl FnOnce() -> String) -> String {
    let path = fixture_path(name);
    if std::env::var_os("KOOLIABI_WRITE_FIXTURES").is_some() && !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, current()).unwrap();
    }
    read_fixture(name)
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// A student's questionnaire half-way through: every kind of answer the
/// general template asks, and a goal with a date.
fn session_value() -> Session {
    let template = templates::by_id("general").unwrap();
    let mut s = Session::new(&template, Role::Student);
    // The fixtures were written while `general` was at version 1; the
    // template has since gained questions (000 8.3, 9.2 step 8) and a record
    // of version 1 must still read and work with it (`check_session`).
    s.answers.template_version = 1;
    s.set_answer(
        "topics",
        Some(Answer::Text(
            "Matemaatika ja \"kodutööd\"\nJärgmine rida".into(),
        )),
    );
    s.set_answer("had_goals", Some(Answer::YesNo(true)));
    s.set_answer("goals_reached", Some(Answer::Scale(4)));
    s.set_answer(
        "study_home",
        Some(Answer::Choices(vec!["alone".into(), "friends".into()])),
    );
    s.set_answer(
        "new_goals",
        Some(Answer::Goals(vec![Goal {
            what: "Loen iga päev 20 minutit".into(),
            measure: "lugemispäevik".into(),
            by_when: "2027-01-31".into(),
            support: "ema".into(),
        }])),
    );
    s.section = 2;
    s
}

/// The exported answers file: `questionnaire_store::export` in the web app
/// writes `{name, answers}` in a `transfer` envelope of kind "answers",
/// version 1. Mirrored here field for field.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct AnswersFile {
    name: String,
    answers: Answers,
}

fn answers_file_value() -> AnswersFile {
    let mut answers = Answers::new("vocational", 1, Role::Student);
    answers
        .values
        .insert("plans".into(), Answer::Choice("profession".into()));
    answers
        .values
        .insert("when".into(), Answer::Date("2026-12-01".into()));
    AnswersFile {
        name: "Mari Maasikas, 7.b, sügis 2026".into(),
        answers,
    }
}

fn check_session(s: &Session) {
    assert_eq!(s.answers.template_id, "general");
    assert_eq!(s.answers.template_version, 1);
    assert_eq!(s.answers.role, Role::Student);
    assert_eq!(s.section, 2);
    assert!(!s.overview);
    assert_eq!(s.answers.values.len(), 5);
    assert_eq!(
        *s.answers.values.get("goals_reached").unwrap(),
        Answer::Scale(4)
    );
    assert_eq!(
        *s.answers.values.get("topics").unwrap(),
        Answer::Text("Matemaatika ja \"kodutööd\"\nJärgmine rida".into())
    );
    match s.answers.values.get("new_goals").unwrap() {
        Answer::Goals(g) => assert_eq!(g[0].by_when, "2027-01-31"),
        other => panic!("goals read as {other:?}"),
    }
    // The record still works with the template it was made for.
    let template = templates::by_id("general").unwrap();
    assert!(s.current_section(&template).is_some());
    assert!(s.overall(&template).answered >= 5);
}

#[test]
fn questionnaire_record_of_the_first_release_reads() {
    // Stored under `kooliabi:q:<id>` as the bare `Session` (no version).
    let text = fixture("questionnaire_session_v0.json", || {
        serde_json::to_string(&session_value()).unwrap()
    });
    check_session(&serde_json::from_str(&text).unwrap());
    check_session(&stored::read::<Session>(&text).unwrap());
}

#[test]
fn questionnaire_record_in_the_versioned_shape_reads() {
    let text = fixture("questionnaire_session_v1.json", || {
        stored::write(&session_value())
    });
    assert!(text.starts_with("{\"v\":1,\"data\":"));
    check_session(&stored::read::<Session>(&text).unwrap());
}

#[test]
fn this_release_writes_what_the_fixtures_hold() {
    // If this fails, the stored shape changed: raise the version, add a
    // migration step and a fixture of the new shape; keep the old fixtures.
    let bare = read_fixture("questionnaire_session_v0.json");
    assert_eq!(serde_json::to_string(&session_value()).unwrap(), bare);
    let versioned = read_fixture("questionnaire_session_v1.json");
    assert_eq!(stored::write(&session_value()), versioned);
    let file = read_fixture("answers_file_v1.json");
    assert_eq!(transfer::write("answers", 1, &answers_file_value()), file);
}

#[test]
fn exported_answers_file_of_the_first_release_reads() {
    let text = fixture("answers_file_v1.json", || {
        transfer::write("answers", 1, &answers_file_value())
    });
    let file: AnswersFile = transfer::read(&text, "answers", 1).unwrap();
    assert_eq!(file.name, "Mari Maasikas, 7.b, sügis 2026");
    assert_eq!(file.answers.template_id, "vocational");
    assert_eq!(file.answers.role, Role::Student);
    let expected: litemap::LiteMap<String, Answer> = [
        ("plans".to_string(), Answer::Choice("profession".into())),
        ("when".to_string(), Answer::Date("2026-12-01".into())),
    ]
    .into_iter()
    .collect();
    assert_eq!(file.answers.values, expected);
}
