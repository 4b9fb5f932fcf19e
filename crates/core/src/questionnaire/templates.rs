//! The built-in templates, written by us from the seeds. They are JSON files
//! read through the same `Template::load` a school's own file would use.

use super::template::Template;

/// (id, JSON) of every built-in template, in the order the app offers them.
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

/// Every built-in template, loaded and checked.
pub fn built_in() -> Vec<Template> {
    BUILT_IN
        .iter()
        .map(|(_, json)| load_built_in(json))
        .collect()
}

pub fn by_id(id: &str) -> Option<Template> {
    BUILT_IN
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, json)| load_built_in(json))
}

/// The tests below load every built-in template and name what is wrong; the
/// app does not format the error (that would bring `TemplateError`'s Debug
/// into every page that reads a template).
fn load_built_in(json: &str) -> Template {
    match Template::load(json) {
        Ok(t) => t,
        Err(_) => unreachable!("built-in templates are valid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::template::{Role, TemplateError};

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
