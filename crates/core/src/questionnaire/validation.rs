//! What a person sees, what is missing or wrong, and how far they are.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::template::{
    Condition, Kind, Question, Section, Template, GOALS_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX,
};
use crate::calendar::parse_date;

/// Whether `q` is shown to this person now: their role answers it, and its
/// condition (if any) is met by the answers so far.
pub fn is_visible(q: &Question, answers: &Answers) -> bool {
    if !q.roles.contains(&answers.role) {
        return false;
    }
    match &q.show_if {
        None => true,
        Some(Condition::YesNo { question, value }) => {
            answers.given(question) == Some(&Answer::YesNo(*value))
        }
        Some(Condition::Choice { question, choice }) => {
            matches!(answers.given(question), Some(Answer::Choice(c)) if c == choice)
        }
    }
}

/// The questions of `section` this person sees, in order.
pub fn visible_questions<'a>(section: &'a Section, answers: &Answers) -> Vec<&'a Question> {
    section
        .questions
        .iter()
        .filter(|q| is_visible(q, answers))
        .collect()
}

/// The sections with at least one question for this person.
pub fn visible_sections<'a>(template: &'a Template, answers: &Answers) -> Vec<&'a Section> {
    template
        .sections
        .iter()
        .filter(|s| !visible_questions(s, answers).is_empty())
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    Required,
    TooLong {
        max: usize,
    },
    ScaleOutOfRange {
        min: u8,
        max: u8,
    },
    UnknownChoice,
    BadDate,
    TooManyGoals {
        max: usize,
    },
    /// A goal with a "by when" that is not a date, at this 1-based position.
    GoalBadDate {
        goal: usize,
    },
    /// The stored answer is of another kind than the question (an old or edited file).
    WrongType,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub question: String,
    pub kind: ProblemKind,
}

fn check(q: &Question, a: &Answer) -> Option<ProblemKind> {
    let too_long =
        |t: &str, max: usize| (t.chars().count() > max).then_some(ProblemKind::TooLong { max });
    match (&q.kind, a) {
        (Kind::ShortText, Answer::Text(t)) => too_long(t, SHORT_TEXT_MAX),
        (Kind::LongText, Answer::Text(t)) => too_long(t, LONG_TEXT_MAX),
        (Kind::Scale { min, max, .. }, Answer::Scale(v)) => {
            (!(min..=max).contains(&v)).then_some(ProblemKind::ScaleOutOfRange {
                min: *min,
                max: *max,
            })
        }
        (Kind::SingleChoice { options }, Answer::Choice(c)) => {
            (!options.iter().any(|o| &o.id == c)).then_some(ProblemKind::UnknownChoice)
        }
        (Kind::MultipleChoice { options }, Answer::Choices(cs)) => cs
            .iter()
            .any(|c| !options.iter().any(|o| &o.id == c))
            .then_some(ProblemKind::UnknownChoice),
        (Kind::YesNo, Answer::YesNo(_)) => None,
        (Kind::Date, Answer::Date(d)) => {
            (!d.trim().is_empty() && parse_date(d).is_err()).then_some(ProblemKind::BadDate)
        }
        (Kind::Goals, Answer::Goals(goals)) => {
            if goals.len() > GOALS_MAX {
                return Some(ProblemKind::TooManyGoals { max: GOALS_MAX });
            }
            for (i, g) in goals.iter().enumerate() {
                if [&g.what, &g.measure, &g.support]
                    .iter()
                    .any(|t| t.chars().count() > SHORT_TEXT_MAX * 2)
                {
                    return Some(ProblemKind::TooLong {
                        max: SHORT_TEXT_MAX * 2,
                    });
                }
                if !g.by_when.trim().is_empty() && parse_date(&g.by_when).is_err() {
                    return Some(ProblemKind::GoalBadDate { goal: i + 1 });
                }
            }
            None
        }
        _ => Some(ProblemKind::WrongType),
    }
}

/// Every problem with the visible questions' answers, by question, in order.
/// Hidden questions are not checked (their answers are kept, not judged).
pub fn validate(template: &Template, answers: &Answers) -> Vec<Problem> {
    let mut out = Vec::new();
    for q in template.questions().filter(|q| is_visible(q, answers)) {
        let problem = match answers.values.get(&q.id) {
            Some(a) => check(q, a)
                .or_else(|| (q.required && !a.is_given()).then_some(ProblemKind::Required)),
            None => q.required.then_some(ProblemKind::Required),
        };
        if let Some(kind) = problem {
            out.push(Problem {
                question: q.id.clone(),
                kind,
            });
        }
    }
    out
}

/// Counts for one section or the whole questionnaire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub answered: usize,
    pub required_answered: usize,
    pub required: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Per visible section: its id and counts.
    pub sections: Vec<(String, Counts)>,
    pub overall: Counts,
}

/// Answered / required / total per visible section and overall.
pub fn progress(template: &Template, answers: &Answers) -> Progress {
    let mut sections = Vec::new();
    let mut overall = Counts::default();
    for s in visible_sections(template, answers) {
        let mut c = Counts::default();
        for q in visible_questions(s, answers) {
            let given = answers.given(&q.id).is_some_and(|a| check(q, a).is_none());
            c.total += 1;
            c.answered += given as usize;
            if q.required {
                c.required += 1;
                c.required_answered += given as usize;
            }
        }
        overall.total += c.total;
        overall.answered += c.answered;
        overall.required += c.required;
        overall.required_answered += c.required_answered;
        sections.push((s.id.clone(), c));
    }
    Progress { sections, overall }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::answers::Goal;
    use crate::questionnaire::template::Role;
    use crate::questionnaire::templates::by_id;

    fn general(role: Role) -> (Template, Answers) {
        let t = by_id("general").unwrap();
        let a = Answers::new(&t.id, t.version, role);
        (t, a)
    }

    fn kinds(problems: &[Problem]) -> Vec<(&str, &ProblemKind)> {
        problems
            .iter()
            .map(|p| (p.question.as_str(), &p.kind))
            .collect()
    }

    #[test]
    fn an_empty_student_questionnaire_lists_every_required_question() {
        let (t, a) = general(Role::Student);
        let problems = validate(&t, &a);
        let missing: Vec<&str> = problems.iter().map(|p| p.question.as_str()).collect();
        assert_eq!(
            missing,
            vec!["had_goals", "manage", "classmates", "safe", "my_strengths"]
        );
    }

    #[test]
    fn a_condition_hides_and_shows_the_right_questions() {
        let (t, mut a) = general(Role::Student);
        let previous = &t.sections[1];
        let ids = |a: &Answers| {
            visible_questions(previous, a)
                .iter()
                .map(|q| q.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&a), vec!["had_goals"]);
        a.values.insert("had_goals".into(), Answer::YesNo(true));
        assert_eq!(ids(&a), vec!["had_goals", "goals_reached", "helped"]);
        a.values.insert("had_goals".into(), Answer::YesNo(false));
        assert_eq!(ids(&a), vec!["had_goals"]);
        // "unsafe_why" only when the student does not feel safe.
        a.values.insert("safe".into(), Answer::YesNo(false));
        assert!(visible_questions(&t.sections[4], &a)
            .iter()
            .any(|q| q.id == "unsafe_why"));
    }

    #[test]
    fn roles_see_only_their_questions() {
        let (t, a) = general(Role::Parent);
        let learning: Vec<&str> = visible_questions(&t.sections[2], &a)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(
            learning,
            vec!["manage_parent", "good_subjects", "hard_subjects"]
        );
    }

    #[test]
    fn each_question_kind_checks_its_answers() {
        let (t, mut a) = general(Role::Student);
        a.values
            .insert("topics".into(), Answer::Text("x".repeat(LONG_TEXT_MAX + 1)));
        a.values.insert(
            "good_subjects".into(),
            Answer::Text("y".repeat(SHORT_TEXT_MAX + 1)),
        );
        a.values.insert("manage".into(), Answer::Scale(6));
        a.values.insert(
            "study_home".into(),
            Answer::Choices(vec!["alone".into(), "nope".into()]),
        );
        a.values
            .insert("classmates".into(), Answer::Text("wrong kind".into()));
        a.values.insert(
            "new_goals".into(),
            Answer::Goals(vec![Goal {
                what: "Read".into(),
                by_when: "31.02.2027".into(),
                ..Goal::default()
            }]),
        );
        let p = validate(&t, &a);
        let got = kinds(&p);
        assert!(got.contains(&("topics", &ProblemKind::TooLong { max: LONG_TEXT_MAX })));
        assert!(got.contains(&(
            "good_subjects",
            &ProblemKind::TooLong {
                max: SHORT_TEXT_MAX
            }
        )));
        assert!(got.contains(&("manage", &ProblemKind::ScaleOutOfRange { min: 1, max: 5 })));
        assert!(got.contains(&("study_home", &ProblemKind::UnknownChoice)));
        assert!(got.contains(&("classmates", &ProblemKind::WrongType)));
        assert!(got.contains(&("new_goals", &ProblemKind::GoalBadDate { goal: 1 })));
        let too_many = Answer::Goals(vec![
            Goal {
                what: "g".into(),
                ..Goal::default()
            };
            GOALS_MAX + 1
        ]);
        a.values.insert("new_goals".into(), too_many);
        assert!(kinds(&validate(&t, &a))
            .contains(&("new_goals", &ProblemKind::TooManyGoals { max: GOALS_MAX })));
    }

    #[test]
    fn limits_are_inclusive_and_blank_text_counts_as_unanswered() {
        let (t, mut a) = general(Role::Student);
        a.values
            .insert("topics".into(), Answer::Text("x".repeat(LONG_TEXT_MAX)));
        a.values
            .insert("my_strengths".into(), Answer::Text("   ".into()));
        a.values.insert("manage".into(), Answer::Scale(1));
        let got = validate(&t, &a);
        assert!(!got
            .iter()
            .any(|p| p.question == "topics" || p.question == "manage"));
        assert!(kinds(&got).contains(&("my_strengths", &ProblemKind::Required)));
    }

    #[test]
    fn progress_counts_per_section_and_overall() {
        let (t, mut a) = general(Role::Student);
        let p = progress(&t, &a);
        assert_eq!(p.overall.answered, 0);
        assert_eq!(p.overall.required, 5);
        let total_before = p.overall.total;
        a.values.insert("had_goals".into(), Answer::YesNo(true));
        a.values.insert("manage".into(), Answer::Scale(9)); // invalid: not counted
        let p = progress(&t, &a);
        assert_eq!(p.overall.total, total_before + 2, "two questions appeared");
        assert_eq!(p.overall.required, 6, "goals_reached became required");
        assert_eq!((p.overall.answered, p.overall.required_answered), (1, 1));
        let previous = p
            .sections
            .iter()
            .find(|(id, _)| id == "previous")
            .unwrap()
            .1;
        assert_eq!(
            (previous.answered, previous.required, previous.total),
            (1, 2, 3)
        );
    }

    #[test]
    fn answers_round_trip_through_json() {
        let (_, mut a) = general(Role::Teacher);
        a.values.insert(
            "teacher_learning".into(),
            Answer::Text("<script>alert(1)</script>".into()),
        );
        a.values.insert(
            "new_goals".into(),
            Answer::Goals(vec![Goal {
                what: "Loe".into(),
                measure: "10 raamatut".into(),
                by_when: "2027-05-31".into(),
                support: "ema".into(),
            }]),
        );
        let back: Answers = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back, a);
    }
}
