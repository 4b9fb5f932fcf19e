//! The built-in templates, written by us from the seeds. Their source is the
//! JSON files in `templates/`, the format a school's own file would have;
//! the app carries them compiled in as the plain tables of `templates/built_in.rs`,
//! generated from those files by the test `built_in_tables_are_generated_from_the_json_files`.
//! Reading them that way leaves out the JSON text, serde's reader for
//! `Template` and `Template::check`: about 15 KB brotli on every page that
//! shows a questionnaire.

use super::template::{Choice, Condition, Kind, Question, Role, Section, Template, SCHEMA_VERSION};
use crate::i18n::{Lang, Localized};

/// (id, JSON) of every built-in template, in the order the app offers them.
/// The source of the compiled-in tables; the app itself does not read these.
pub const BUILT_IN: [(&str, &str); 4] = [
    ("general", include_str!("templates/general.json")),
    ("vocational", include_str!("templates/vocational.json")),
    (
        "vocational-sen",
        include_str!("templates/vocational_sen.json"),
    ),
    (
        "results-problem",
        include_str!("templates/results_problem.json"),
    ),
];

/// Every built-in template, from the compiled-in tables. Not read through
/// `Template::load` nor checked at run time: the tests below check that each
/// table is its JSON file, loaded and checked.
pub fn built_in() -> Vec<Template> {
    built_in::TEMPLATES.iter().map(to_template).collect()
}

pub fn by_id(id: &str) -> Option<Template> {
    built_in::TEMPLATES
        .iter()
        .find(|t| t.id == id)
        .map(to_template)
}

/// A text in et, en, ru as one string, joined by the unit separator: one
/// pointer in the tables rather than three (0.6–0.7 KB brotli less on each
/// page that shows a questionnaire).
type Text = &'static str;

/// `t!("et", "en", "ru")`: a [`Text`].
#[cfg(not(any(feature = "lang-et", feature = "lang-en", feature = "lang-ru")))]
macro_rules! t {
    ($et:literal, $en:literal, $ru:literal $(,)?) => {
        concat!($et, "\u{1f}", $en, "\u{1f}", $ru)
    };
}
// A one-language build (`Lang::BUILT`, same precedence) keeps one text; all
// three are still written, so a missing translation fails every build.
#[cfg(feature = "lang-et")]
macro_rules! t {
    ($et:literal, $en:literal, $ru:literal $(,)?) => {
        $et
    };
}
#[cfg(all(feature = "lang-en", not(feature = "lang-et")))]
macro_rules! t {
    ($et:literal, $en:literal, $ru:literal $(,)?) => {
        $en
    };
}
#[cfg(all(
    feature = "lang-ru",
    not(any(feature = "lang-et", feature = "lang-en"))
))]
macro_rules! t {
    ($et:literal, $en:literal, $ru:literal $(,)?) => {
        $ru
    };
}

// Generated, and laid out by the generator rather than by rustfmt.
#[rustfmt::skip]
mod built_in;

/// A [`Template`] as compiled-in data (its schema is [`SCHEMA_VERSION`]).
struct RawTemplate {
    id: &'static str,
    version: u32,
    title: Text,
    intro: Text,
    source: &'static str,
    roles: &'static [Role],
    sections: &'static [RawSection],
}

struct RawSection {
    id: &'static str,
    title: Text,
    questions: &'static [RawQuestion],
}

struct RawQuestion {
    id: &'static str,
    kind: RawKind,
    text: Text,
    help: Option<Text>,
    roles: &'static [Role],
    required: bool,
    show_if: Option<RawCondition>,
}

enum RawKind {
    ShortText,
    LongText,
    Scale {
        min: u8,
        max: u8,
        min_label: Text,
        max_label: Text,
    },
    /// (id, text) of each option.
    SingleChoice(&'static [(&'static str, Text)]),
    MultipleChoice(&'static [(&'static str, Text)]),
    YesNo,
    #[allow(dead_code)] // no built-in template asks for a date yet
    Date,
    Goals,
}

enum RawCondition {
    /// (question, value)
    YesNo(&'static str, bool),
    /// (question, choice)
    Choice(&'static str, &'static str),
}

fn to_template(raw: &RawTemplate) -> Template {
    fn text(t: &str) -> Localized {
        // A one-language build holds that language's text alone (see `t!`).
        if let Some(built) = Lang::BUILT {
            let mut l = Localized::default();
            *match built {
                Lang::Et => &mut l.et,
                Lang::En => &mut l.en,
                Lang::Ru => &mut l.ru,
            } = t.into();
            return l;
        }
        let mut parts = t.split('\u{1f}').map(String::from);
        let mut next = || parts.next().unwrap_or_default();
        Localized {
            et: next(),
            en: next(),
            ru: next(),
        }
    }
    fn options(o: &[(&str, Text)]) -> Vec<Choice> {
        o.iter()
            .map(|(id, t)| Choice {
                id: (*id).into(),
                text: text(t),
            })
            .collect()
    }
    let question = |q: &RawQuestion| Question {
        id: q.id.into(),
        kind: match &q.kind {
            RawKind::ShortText => Kind::ShortText,
            RawKind::LongText => Kind::LongText,
            RawKind::Scale {
                min,
                max,
                min_label,
                max_label,
            } => Kind::Scale {
                min: *min,
                max: *max,
                min_label: text(min_label),
                max_label: text(max_label),
            },
            RawKind::SingleChoice(o) => Kind::SingleChoice {
                options: options(o),
            },
            RawKind::MultipleChoice(o) => Kind::MultipleChoice {
                options: options(o),
            },
            RawKind::YesNo => Kind::YesNo,
            RawKind::Date => Kind::Date,
            RawKind::Goals => Kind::Goals,
        },
        text: text(q.text),
        help: q.help.map(text),
        roles: q.roles.to_vec(),
        required: q.required,
        show_if: q.show_if.as_ref().map(|c| match *c {
            RawCondition::YesNo(question, value) => Condition::YesNo {
                question: question.into(),
                value,
            },
            RawCondition::Choice(question, choice) => Condition::Choice {
                question: question.into(),
                choice: choice.into(),
            },
        }),
    };
    Template {
        schema: SCHEMA_VERSION,
        id: raw.id.into(),
        version: raw.version,
        title: text(raw.title),
        intro: text(raw.intro),
        source: raw.source.into(),
        roles: raw.roles.to_vec(),
        sections: raw
            .sections
            .iter()
            .map(|s| Section {
                id: s.id.into(),
                title: text(s.title),
                questions: s.questions.iter().map(question).collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::template::{Role, TemplateError};

    #[test]
    fn the_compiled_in_templates_are_the_json_files() {
        let ids: Vec<&str> = built_in::TEMPLATES.iter().map(|t| t.id).collect();
        assert_eq!(ids, BUILT_IN.map(|(id, _)| id));
        for ((id, json), raw) in BUILT_IN.iter().zip(built_in::TEMPLATES) {
            let loaded = Template::load(json).unwrap_or_else(|e| panic!("{id}: {e:?}"));
            assert_eq!(to_template(raw), loaded, "{id}");
        }
    }

    /// Golden file, as rust-analyzer's `sourcegen` tests: the tables are
    /// printed from the JSON files, and the checked-in file must be that.
    #[test]
    fn built_in_tables_are_generated_from_the_json_files() {
        let templates: Vec<Template> = BUILT_IN
            .iter()
            .map(|(id, json)| Template::load(json).unwrap_or_else(|e| panic!("{id}: {e:?}")))
            .collect();
        let source = tables_source(&templates);
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/questionnaire/templates/built_in.rs"
        );
        if std::fs::read_to_string(path).ok().as_deref() == Some(source.as_str()) {
            return;
        }
        if std::env::var_os("UPDATE_BUILT_IN").is_some() {
            std::fs::write(path, source).unwrap();
        } else {
            panic!(
                "{path} is not what the JSON files give; after changing a template, regenerate it with\n\
                 \n    UPDATE_BUILT_IN=1 cargo test -p kooliabi-core --lib built_in_tables\n"
            );
        }
    }

    /// The Rust source of `templates/built_in.rs`.
    fn tables_source(templates: &[Template]) -> String {
        // One item a line; a line ending in an opening bracket indents the
        // next ones, a line starting with a closing one ends that.
        struct Out(String, usize);
        impl Out {
            fn line(&mut self, line: &str) {
                if line.starts_with([']', '}', ')']) {
                    self.1 -= 1;
                }
                self.0 += &"    ".repeat(self.1);
                self.0 += line;
                self.0.push('\n');
                if line.ends_with(['[', '{', '(']) {
                    self.1 += 1;
                }
            }
            /// `{open}t!(` the three languages `){close}`.
            fn text(&mut self, open: &str, l: &Localized, close: &str) {
                self.line(&format!("{open}t!("));
                for s in [&l.et, &l.en, &l.ru] {
                    self.line(&format!("{s:?},"));
                }
                self.line(&format!("){close}"));
            }
        }
        fn roles(r: &[Role]) -> String {
            let r: Vec<String> = r.iter().map(|r| format!("Role::{r:?}")).collect();
            format!("roles: &[{}],", r.join(", "))
        }
        let mut o = Out(String::new(), 0);
        o.line("// @generated from templates/*.json by the test");
        o.line("// `built_in_tables_are_generated_from_the_json_files`; do not edit, run");
        o.line("// `UPDATE_BUILT_IN=1 cargo test -p kooliabi-core --lib built_in_tables` instead.");
        o.line("");
        o.line("use super::{RawCondition, RawKind, RawQuestion, RawSection, RawTemplate};");
        o.line("use crate::questionnaire::Role;");
        o.line("");
        o.line("pub(super) static TEMPLATES: &[RawTemplate] = &[");
        for t in templates {
            assert_eq!(t.schema, crate::questionnaire::template::SCHEMA_VERSION);
            o.line("RawTemplate {");
            o.line(&format!("id: {:?},", t.id));
            o.line(&format!("version: {},", t.version));
            o.text("title: ", &t.title, ",");
            o.text("intro: ", &t.intro, ",");
            o.line(&format!("source: {:?},", t.source));
            o.line(&roles(&t.roles));
            o.line("sections: &[");
            for s in &t.sections {
                o.line("RawSection {");
                o.line(&format!("id: {:?},", s.id));
                o.text("title: ", &s.title, ",");
                o.line("questions: &[");
                for q in &s.questions {
                    o.line("RawQuestion {");
                    o.line(&format!("id: {:?},", q.id));
                    match &q.kind {
                        Kind::Scale {
                            min,
                            max,
                            min_label,
                            max_label,
                        } => {
                            o.line("kind: RawKind::Scale {");
                            o.line(&format!("min: {min},"));
                            o.line(&format!("max: {max},"));
                            o.text("min_label: ", min_label, ",");
                            o.text("max_label: ", max_label, ",");
                            o.line("},");
                        }
                        Kind::SingleChoice { options } | Kind::MultipleChoice { options } => {
                            let single = matches!(q.kind, Kind::SingleChoice { .. });
                            let name = if single { "Single" } else { "Multiple" };
                            o.line(&format!("kind: RawKind::{name}Choice(&["));
                            for c in options {
                                o.text(&format!("({:?}, ", c.id), &c.text, "),");
                            }
                            o.line("]),");
                        }
                        other => {
                            let name = match other {
                                Kind::ShortText => "ShortText",
                                Kind::LongText => "LongText",
                                Kind::YesNo => "YesNo",
                                Kind::Date => "Date",
                                _ => "Goals",
                            };
                            o.line(&format!("kind: RawKind::{name},"));
                        }
                    }
                    o.text("text: ", &q.text, ",");
                    match &q.help {
                        Some(h) => {
                            o.text("help: Some(", h, "),");
                        }
                        None => o.line("help: None,"),
                    }
                    o.line(&roles(&q.roles));
                    o.line(&format!("required: {},", q.required));
                    match &q.show_if {
                        None => o.line("show_if: None,"),
                        Some(Condition::YesNo { question, value }) => o.line(&format!(
                            "show_if: Some(RawCondition::YesNo({question:?}, {value})),"
                        )),
                        Some(Condition::Choice { question, choice }) => o.line(&format!(
                            "show_if: Some(RawCondition::Choice({question:?}, {choice:?})),"
                        )),
                    }
                    o.line("},");
                }
                o.line("],");
                o.line("},");
            }
            o.line("],");
            o.line("},");
        }
        o.line("];");
        o.0
    }

    #[test]
    fn every_built_in_template_loads_and_round_trips_through_json_unchanged() {
        for (id, json) in BUILT_IN {
            let t = Template::load(json).unwrap_or_else(|e| panic!("{id}: {e:?}"));
            assert_eq!(t.id, id);
            let again = Template::load(&serde_json::to_string(&t).unwrap()).unwrap();
            assert_eq!(again, t, "{id}");
        }
    }

    #[test]
    fn every_role_of_every_template_has_questions() {
        for t in built_in() {
            for role in &t.roles {
                assert!(
                    t.questions().any(|q| q.roles.contains(role)),
                    "{} {role:?}",
                    t.id
                );
            }
        }
    }

    #[test]
    fn no_template_asks_for_a_personal_id_code() {
        for (id, json) in BUILT_IN {
            let lower = json.to_lowercase();
            for word in ["isikukood", "personal id", "личный код"] {
                assert!(!lower.contains(word), "{id} mentions {word}");
            }
        }
    }

    #[test]
    fn a_template_of_many_conditional_questions_loads() {
        // 20 000 yes/no questions, each shown on the answer to the one
        // before: searching all earlier questions for each condition took
        // seconds; by id it is one lookup each.
        let mut v: serde_json::Value = serde_json::from_str(BUILT_IN[0].1).unwrap();
        let text = serde_json::json!({"et": "k", "en": "q", "ru": "в"});
        let questions: Vec<serde_json::Value> = (0..20_000)
            .map(|i| {
                let previous = if i == 0 {
                    "had_goals".to_string()
                } else {
                    format!("q{}", i - 1)
                };
                serde_json::json!({
                    "id": format!("q{i}"), "kind": {"type": "yes_no"}, "text": text,
                    "roles": ["student"],
                    "show_if": {"when": "yes_no", "question": previous, "value": true}
                })
            })
            .collect();
        v["sections"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "many", "title": text, "questions": questions}));
        let t = Template::load(&v.to_string()).unwrap();
        assert_eq!(
            t.questions().count(),
            20_000 + Template::load(BUILT_IN[0].1).unwrap().questions().count()
        );
    }

    #[test]
    fn damaged_or_foreign_files_are_refused_with_the_reason() {
        let base: serde_json::Value = serde_json::from_str(BUILT_IN[0].1).unwrap();
        let with = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = base.clone();
            f(&mut v);
            Template::load(&v.to_string())
        };
        assert!(matches!(
            Template::load("{ not json"),
            Err(TemplateError::Unreadable { line: 1, .. })
        ));
        assert_eq!(
            with(&|v| v["schema"] = 2.into()),
            Err(TemplateError::UnsupportedSchema(2))
        );
        assert_eq!(
            with(&|v| v["sections"] = serde_json::json!([])),
            Err(TemplateError::Empty)
        );
        assert_eq!(
            with(&|v| v["sections"][1]["questions"][0]["id"] = "topics".into()),
            Err(TemplateError::DuplicateId("topics".into()))
        );
        assert_eq!(
            with(&|v| v["sections"][0]["questions"][0]["text"]["ru"] = "".into()),
            Err(TemplateError::MissingTranslation("topics".into()))
        );
        // A condition pointing forward, or at a choice that does not exist.
        assert_eq!(
            with(
                &|v| v["sections"][1]["questions"][1]["show_if"]["question"] =
                    "anything_else".into()
            ),
            Err(TemplateError::BadCondition("goals_reached".into()))
        );
        assert_eq!(
            with(&|v| v["sections"][1]["questions"][0]["show_if"] =
                serde_json::json!({"when": "yes_no", "question": "had_goals", "value": true})),
            Err(TemplateError::BadCondition("had_goals".into())),
            "a question cannot depend on itself"
        );
        assert_eq!(
            with(&|v| v["sections"][1]["questions"][1]["show_if"]["question"] = "topics".into()),
            Err(TemplateError::BadCondition("goals_reached".into())),
            "a yes/no condition on a text question"
        );
        assert_eq!(
            with(&|v| v["roles"] = serde_json::json!(["student"])),
            Err(TemplateError::BadRoles("topics".into()))
        );
        let _ = Role::Student;
    }

    fn question<'a>(t: &'a Template, id: &str) -> &'a crate::questionnaire::Question {
        t.question(id)
            .unwrap_or_else(|| panic!("{} has no question {id}", t.id))
    }

    fn option_ids(q: &crate::questionnaire::Question) -> Vec<&str> {
        match &q.kind {
            crate::questionnaire::Kind::MultipleChoice { options } => {
                options.iter().map(|o| o.id.as_str()).collect()
            }
            other => panic!("{} is {other:?}", q.id),
        }
    }

    #[test]
    fn general_asks_everyone_which_agreements_to_record_000_9_2_step_8() {
        let t = by_id("general").unwrap();
        let q = question(&t, "record_agreements");
        assert_eq!(q.roles, [Role::Student, Role::Parent, Role::Teacher]);
        let goals = t.sections.iter().find(|s| s.id == "goals").unwrap();
        let ids: Vec<&str> = goals.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["new_goals", "record_agreements", "anything_else"]);
        assert!(t.source.contains("9.2"));
    }

    #[test]
    fn general_asks_the_parent_about_a_first_conversation_000_8_3() {
        use crate::questionnaire::validation::is_visible;
        use crate::questionnaire::{Answer, Answers, Kind};
        let t = by_id("general").unwrap();
        let first = question(&t, "first_conversation");
        assert_eq!(
            (first.roles.as_slice(), &first.kind),
            ([Role::Parent].as_slice(), &Kind::YesNo)
        );
        let follow_up = question(&t, "procedure_questions");
        assert_eq!(follow_up.roles, [Role::Parent]);
        // Shown only after a "yes".
        let mut a = Answers::new("general", t.version, Role::Parent);
        assert!(!is_visible(follow_up, &a));
        a.values
            .insert("first_conversation".into(), Answer::YesNo(false));
        assert!(!is_visible(follow_up, &a));
        a.values
            .insert("first_conversation".into(), Answer::YesNo(true));
        assert!(is_visible(follow_up, &a));
        assert!(t.source.contains("8.3"));
    }

    #[test]
    fn results_problem_offers_the_further_participants_and_health_002_8_1_2() {
        let t = by_id("results-problem").unwrap();
        assert_eq!(
            option_ids(question(&t, "participants")),
            [
                "social_pedagogue",
                "social_worker",
                "subject_teachers",
                "school_nurse"
            ]
        );
        assert!(option_ids(question(&t, "causes")).contains(&"health"));
        // "muu" stays last.
        assert_eq!(option_ids(question(&t, "causes")).last(), Some(&"other"));
    }

    #[test]
    fn vocational_templates_have_the_learners_representative_001_lisa_9_2_5_2() {
        for t in built_in() {
            let vocational = t.id.starts_with("vocational");
            assert_eq!(
                t.roles.contains(&Role::Representative),
                vocational,
                "{}",
                t.id
            );
            if vocational {
                assert!(t.source.contains("5.2"), "{}", t.id);
                // The representative sets goals with the learner and supervisor.
                assert!(
                    t.questions()
                        .any(|q| q.kind == crate::questionnaire::Kind::Goals
                            && q.roles.contains(&Role::Representative)),
                    "{}",
                    t.id
                );
            }
        }
    }

    #[test]
    fn answers_of_every_earlier_version_still_validate_against_the_current_one() {
        use crate::questionnaire::validation::validate;
        use crate::questionnaire::Answers;
        // Stored answers carry the version they were begun on; a template
        // only gains questions, so a set from version 1 is read and checked
        // against today's template (the invitation and reply checks refuse
        // only a *newer* version).
        for t in built_in() {
            assert!(t.version >= 1);
            for role in &t.roles {
                let old = Answers::new(&t.id, 1, *role);
                let problems = validate(&t, &old);
                assert!(
                    problems
                        .iter()
                        .all(|p| matches!(p.kind, crate::questionnaire::ProblemKind::Required)),
                    "{} {role:?}: {problems:?}",
                    t.id
                );
            }
        }
    }
}

/// A one-language build (`--features lang-ru`, as scripts/test.sh runs
/// these): the templates hold Russian alone, read for any language asked.
#[cfg(all(
    test,
    feature = "lang-ru",
    not(any(feature = "lang-et", feature = "lang-en"))
))]
mod one_language {
    use super::*;

    #[test]
    fn built_in_templates_hold_the_built_language_only() {
        let templates = built_in();
        assert!(!templates.is_empty());
        for t in templates {
            for text in [&t.title, &t.intro] {
                assert!(!text.ru.is_empty(), "{}", t.id);
                assert_eq!((text.et.as_str(), text.en.as_str()), ("", ""), "{}", t.id);
                for lang in Lang::ALL {
                    assert_eq!(text.get(lang), text.ru, "{}", t.id);
                }
            }
        }
        let general = by_id("general").expect("the general template is built in");
        let first = &general.sections[0].questions[0].text;
        assert!(
            first.ru.chars().any(|c| ('а'..='я').contains(&c)),
            "{}",
            first.ru
        );
    }
}
