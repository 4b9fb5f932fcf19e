//! The memo of a development conversation.
//!
//! 001 Lisa 9 2: "Õppija arenguvestluse protokoll – arenguvestluse kirjalik
//! memo: õppija üldandmed, vestluse aeg ja koht, osavõtjad, õppimise eesmärk
//! õppija (esindaja) sõnastuses ja grupijuhendaja sõnastuses, õppimise
//! kokkulepe, mis kajastab õppimise eesmärke ja osapoolte kohustusi ühe
//! õppeaasta ulatuses, võimalikke tugitegevusi" — general data, time and
//! place, participants, the learning goal in the learner's and in the
//! supervisor's words, the agreement (goals and each party's obligations),
//! support measures. 001 Lisa 9 8.1: a memo is written of every conversation.
//! 000 10.1: the documentation holds a summary and the next period's goals,
//! is visible to the participants only and is kept at least two years.
//! 000 7.3: the conversation is held in a place or an e-environment.
//! 000 5.1: what is said is confidential — hence a separate confidential note.
//!
//! A memo is exported through `transfer` (kind "memo", version 1); the next
//! period starts from the last memo's goals (000 9.2 step 2).

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::goals::{review, ReviewedGoal};
use super::side_by_side::{Voices, VOICES};
use crate::calendar::days::school_year_start;
use crate::calendar::parse_date;
use crate::code::{as_code, Coded};
use crate::i18n::{Lang, Tr};
use crate::questionnaire::validation::is_visible;
use crate::questionnaire::{Answer, Goal, Kind, Role, Template};
use crate::transfer::{self, ImportError};

pub const FILE_KIND: &str = "memo";
pub const FILE_VERSION: u32 = 1;

/// 000 3.1: the student and class teacher; the parent of a student with
/// restricted capacity; support specialists or subject teachers when that
/// helps. 001 Lisa 9 5.2: others close to the learner when needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ParticipantRole {
    Student,
    Parent,
    ClassTeacher,
    SupportSpecialist,
    SubjectTeacher,
    Other,
}

impl Coded for ParticipantRole {
    const ALL: &'static [Self] = &[
        ParticipantRole::Student,
        ParticipantRole::Parent,
        ParticipantRole::ClassTeacher,
        ParticipantRole::SupportSpecialist,
        ParticipantRole::SubjectTeacher,
        ParticipantRole::Other,
    ];
    fn code(self) -> &'static str {
        match self {
            ParticipantRole::Student => "student",
            ParticipantRole::Parent => "parent",
            ParticipantRole::ClassTeacher => "class-teacher",
            ParticipantRole::SupportSpecialist => "support-specialist",
            ParticipantRole::SubjectTeacher => "subject-teacher",
            ParticipantRole::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    #[serde(with = "as_code")]
    pub role: ParticipantRole,
}

/// 001 Lisa 9 2: "osapoolte kohustused" — what each party undertakes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obligations {
    pub student: String,
    pub parent: String,
    pub teacher: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Memo {
    pub template_id: String,
    // General data (üldandmed).
    pub student_name: String,
    pub class: String,
    /// The school year by the year it starts: 2026 is 2026/2027.
    pub school_year: i32,
    /// As `<input type="date">` gives it: YYYY-MM-DD.
    pub date: String,
    /// As `<input type="time">` gives it: HH:MM; may be empty.
    pub time: String,
    /// A room or an e-environment (000 7.3, 8.4).
    pub place: String,
    pub participants: Vec<Participant>,
    pub goal_learner_words: String,
    pub goal_teacher_words: String,
    /// 000 9.2 step 2: last period's goals and how they went.
    pub previous_goals: Vec<ReviewedGoal>,
    /// The agreement's goals for the next period (000 10.1).
    pub goals: Vec<Goal>,
    pub obligations: Obligations,
    pub support_measures: String,
    pub summary: String,
    /// 000 5.1–5.2: not shared beyond the participants; the web leaves it
    /// out of anything printed or copied unless asked.
    pub confidential_note: String,
}

/// What the teacher knows about the conversation that no answer says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context<'a> {
    pub student_name: &'a str,
    pub class: &'a str,
    pub teacher_name: &'a str,
    /// The parent who answered or takes part, if any.
    pub parent_name: Option<&'a str>,
    pub date: NaiveDate,
    pub time: &'a str,
    pub place: &'a str,
}

/// Questions whose answers describe the support a student needs, by id,
/// in the built-in templates: `general` (needs, needs_view), `vocational`
/// (support_needed), `vocational-sen` (support_missing, specialists_summary),
/// `results-problem` (what_helps). Data, so a school template can add its own.
pub const SUPPORT_QUESTIONS: &[&str] = &[
    "needs",
    "needs_view",
    "support_needed",
    "support_missing",
    "specialists_summary",
    "what_helps",
];

/// The name of each voice in a drafted text.
pub fn voice_name(role: Role) -> Tr {
    match role {
        Role::Student => Tr {
            et: "Õpilane",
            en: "Student",
            ru: "Ученик",
        },
        Role::Parent => Tr {
            et: "Vanem",
            en: "Parent",
            ru: "Родитель",
        },
        Role::Teacher => Tr {
            et: "Klassijuhataja",
            en: "Class teacher",
            ru: "Классный руководитель",
        },
    }
}

fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One voice's goals from every goals question of the template, in order.
fn goals_of(template: &Template, voices: &Voices, role: Role) -> Vec<Goal> {
    let Some(a) = voices.get(role) else {
        return Vec::new();
    };
    template
        .questions()
        .filter(|q| q.kind == Kind::Goals && is_visible(q, a))
        .filter_map(|q| match a.given(&q.id) {
            Some(Answer::Goals(g)) => Some(g.clone()),
            _ => None,
        })
        .flatten()
        .filter(|g| !g.what.trim().is_empty())
        .collect()
}

fn whats(goals: &[Goal]) -> String {
    goals
        .iter()
        .map(|g| g.what.trim())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A first draft from the answers, for the teacher to edit:
/// - the learning goal in the learner's words: the student's goals;
///   in the teacher's words: the teacher's goals (001 Lisa 9 2);
/// - the agreement's goals: the teacher's, then the student's, then the
///   parent's, each wording once (000 4.1: agreed from the student's
///   self-analysis and the teacher's observations);
/// - support measures: the answers to `SUPPORT_QUESTIONS`, each with its voice;
/// - last period's goals, to review, from the previous memo (000 9.2 step 2);
/// - participants: the student and the class teacher (000 3.1.1), and the
///   parent if one answered or is named (000 3.1.2).
///
/// Only answers to questions shown to that voice count (an answer left
/// behind a changed condition is kept on the phone, not reported).
/// The summary, obligations and confidential note are the conversation's
/// own and start empty.
pub fn draft(
    template: &Template,
    voices: &Voices,
    context: &Context,
    previous: Option<&Memo>,
    lang: Lang,
) -> Memo {
    let student = goals_of(template, voices, Role::Student);
    let teacher = goals_of(template, voices, Role::Teacher);
    let parent = goals_of(template, voices, Role::Parent);
    let mut goals: Vec<Goal> = Vec::new();
    for g in teacher.iter().chain(&student).chain(&parent) {
        if !goals.iter().any(|x| normal(&x.what) == normal(&g.what)) {
            goals.push(g.clone());
        }
    }
    let mut support = Vec::new();
    for q in SUPPORT_QUESTIONS
        .iter()
        .filter_map(|id| template.question(id))
    {
        for role in VOICES {
            let shown = voices.get(role).filter(|a| is_visible(q, a));
            if let Some(Answer::Text(t)) = shown.and_then(|a| a.given(&q.id)) {
                support.push(format!("{}: {}", voice_name(role).get(lang), t.trim()));
            }
        }
    }
    let mut participants = vec![Participant {
        name: context.student_name.trim().into(),
        role: ParticipantRole::Student,
    }];
    let parent_name = context.parent_name.map(str::trim).unwrap_or("");
    if voices.parent.is_some() || !parent_name.is_empty() {
        participants.push(Participant {
            name: parent_name.into(),
            role: ParticipantRole::Parent,
        });
    }
    participants.push(Participant {
        name: context.teacher_name.trim().into(),
        role: ParticipantRole::ClassTeacher,
    });
    Memo {
        template_id: template.id.clone(),
        student_name: context.student_name.trim().into(),
        class: context.class.trim().into(),
        school_year: school_year_start(context.date),
        date: context.date.format("%Y-%m-%d").to_string(),
        time: context.time.trim().into(),
        place: context.place.trim().into(),
        participants,
        goal_learner_words: whats(&student),
        goal_teacher_words: whats(&teacher),
        previous_goals: previous.map(next_period).unwrap_or_default(),
        goals,
        obligations: Obligations::default(),
        support_measures: support.join("\n"),
        summary: String::new(),
        confidential_note: String::new(),
    }
}

/// The goals a memo agreed, ready to be reviewed at the next conversation.
pub fn next_period(memo: &Memo) -> Vec<ReviewedGoal> {
    review(&memo.goals)
}

/// A memo field, for problems with their place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemoField {
    StudentName,
    Date,
    Time,
    Place,
    Summary,
    Goals,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemoProblem {
    Missing(MemoField),
    /// Not a date (YYYY-MM-DD) or a time (HH:MM).
    Unreadable(MemoField),
    /// 000 3.1.1: the student and the class teacher take part.
    MissingParticipant(ParticipantRole),
}

impl Memo {
    /// Everything the regulations ask of a memo that this one lacks. The
    /// teacher may still save it; the list says what to finish.
    pub fn problems(&self) -> Vec<MemoProblem> {
        use MemoField as F;
        let mut out = Vec::new();
        let blank = |t: &str| t.trim().is_empty();
        if blank(&self.student_name) {
            out.push(MemoProblem::Missing(F::StudentName));
        }
        if blank(&self.date) {
            out.push(MemoProblem::Missing(F::Date));
        } else if parse_date(&self.date).is_err() {
            out.push(MemoProblem::Unreadable(F::Date));
        }
        if !blank(&self.time) && NaiveTime::parse_from_str(self.time.trim(), "%H:%M").is_err() {
            out.push(MemoProblem::Unreadable(F::Time));
        }
        if blank(&self.place) {
            out.push(MemoProblem::Missing(F::Place));
        }
        for role in [ParticipantRole::Student, ParticipantRole::ClassTeacher] {
            if !self.participants.iter().any(|p| p.role == role) {
                out.push(MemoProblem::MissingParticipant(role));
            }
        }
        if blank(&self.summary) {
            out.push(MemoProblem::Missing(F::Summary));
        }
        if !self.goals.iter().any(|g| !blank(&g.what)) {
            out.push(MemoProblem::Missing(F::Goals));
        }
        out
    }

    /// "2026/2027".
    pub fn school_year_label(&self) -> String {
        format!("{}/{}", self.school_year, self.school_year + 1)
    }

    pub fn export(&self) -> String {
        transfer::write(FILE_KIND, FILE_VERSION, self)
    }

    pub fn import(text: &str) -> Result<Memo, ImportError> {
        transfer::read(text, FILE_KIND, FILE_VERSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::fixtures::{answers, general, goal, text};
    use crate::conversation::goals::{carry_forward, GoalOutcome};
    use crate::questionnaire::templates::by_id;
    use crate::questionnaire::Answers;

    fn context() -> Context<'static> {
        Context {
            student_name: " Mari Maasikas ",
            class: "7.B",
            teacher_name: "Õie Õunapuu",
            parent_name: None,
            date: NaiveDate::from_ymd_opt(2027, 3, 10).unwrap(),
            time: "14:30",
            place: "Ruum 12",
        }
    }

    fn three_voices() -> (Answers, Answers, Answers) {
        let s = answers(
            Role::Student,
            vec![
                (
                    "new_goals",
                    Answer::Goals(vec![
                        goal("Loen 10 raamatut", "päevik", "2027-05-31", "ema"),
                        goal(" ", "", "", ""),
                    ]),
                ),
                ("needs", text("Abi matemaatikas")),
            ],
        );
        let p = answers(
            Role::Parent,
            vec![
                (
                    "new_goals",
                    Answer::Goals(vec![goal("loen  10 RAAMATUT", "", "", "")]),
                ),
                ("needs_view", text("Järeleaitamistunnid")),
            ],
        );
        let k = answers(
            Role::Teacher,
            vec![
                (
                    "new_goals",
                    Answer::Goals(vec![goal(
                        "Esitan kodutööd õigeks ajaks",
                        "e-päevik",
                        "2027-06-01",
                        "klassijuhataja",
                    )]),
                ),
                ("needs_view", text("  Tugiõpe kord nädalas ")),
            ],
        );
        (s, p, k)
    }

    #[test]
    fn a_draft_puts_each_answer_where_the_memo_asks_for_it() {
        let t = general();
        let (s, p, k) = three_voices();
        let m = draft(
            &t,
            &Voices::of(&t, [&s, &p, &k]),
            &context(),
            None,
            Lang::Et,
        );
        assert_eq!(m.student_name, "Mari Maasikas");
        assert_eq!(
            (m.school_year, m.school_year_label()),
            (2026, "2026/2027".to_string())
        );
        assert_eq!(m.date, "2027-03-10");
        assert_eq!(m.goal_learner_words, "Loen 10 raamatut");
        assert_eq!(m.goal_teacher_words, "Esitan kodutööd õigeks ajaks");
        // The teacher's goal first; the parent's repeats the student's and appears once.
        let whats: Vec<&str> = m.goals.iter().map(|g| g.what.as_str()).collect();
        assert_eq!(whats, ["Esitan kodutööd õigeks ajaks", "Loen 10 raamatut"]);
        assert_eq!(
            m.support_measures,
            "Õpilane: Abi matemaatikas\nVanem: Järeleaitamistunnid\nKlassijuhataja: Tugiõpe kord nädalas"
        );
        let roles: Vec<ParticipantRole> = m.participants.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [
                ParticipantRole::Student,
                ParticipantRole::Parent,
                ParticipantRole::ClassTeacher
            ]
        );
        assert!(m.summary.is_empty() && m.confidential_note.is_empty());
        assert_eq!(m.problems(), vec![MemoProblem::Missing(MemoField::Summary)]);
    }

    #[test]
    fn support_lines_name_the_voice_in_the_memos_language() {
        let t = general();
        let (s, _, _) = three_voices();
        let m = draft(&t, &Voices::of(&t, [&s]), &context(), None, Lang::Ru);
        assert_eq!(m.support_measures, "Ученик: Abi matemaatikas");
        let roles: Vec<ParticipantRole> = m.participants.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [ParticipantRole::Student, ParticipantRole::ClassTeacher]
        );
    }

    #[test]
    fn every_built_in_templates_goals_and_support_questions_reach_the_draft() {
        // (template, goals question, support question, role answering both)
        let cases = [
            ("general", "new_goals", "needs", Role::Student),
            ("vocational", "new_goals", "support_needed", Role::Student),
            (
                "vocational-sen",
                "next_year_goals",
                "specialists_summary",
                Role::Teacher,
            ),
            ("results-problem", "agreed", "what_helps", Role::Parent),
        ];
        for (id, goals_q, support_q, role) in cases {
            let t = by_id(id).unwrap();
            assert!(
                t.question(goals_q).is_some_and(|q| q.kind == Kind::Goals),
                "{id}"
            );
            let mut a = Answers::new(id, t.version, role);
            a.values
                .insert("topic".into(), Answer::Choice("results".into()));
            a.values
                .insert(goals_q.into(), Answer::Goals(vec![goal("G", "", "", "")]));
            a.values.insert(support_q.into(), text("S"));
            let m = draft(&t, &Voices::of(&t, [&a]), &context(), None, Lang::En);
            assert_eq!(m.goals, vec![goal("G", "", "", "")], "{id}");
            assert!(
                m.support_measures.ends_with(": S"),
                "{id}: {}",
                m.support_measures
            );
            assert_eq!(m.template_id, id);
        }
        // An answer behind a condition that no longer holds is left out.
        let t = by_id("results-problem").unwrap();
        let mut a = Answers::new(&t.id, t.version, Role::Parent);
        a.values
            .insert("topic".into(), Answer::Choice("behaviour".into()));
        a.values.insert("what_helps".into(), text("S"));
        let m = draft(&t, &Voices::of(&t, [&a]), &context(), None, Lang::En);
        assert_eq!(m.support_measures, "");
        // Every support question id exists in some built-in template.
        let all = crate::questionnaire::templates::built_in();
        for id in SUPPORT_QUESTIONS {
            assert!(all.iter().any(|t| t.question(id).is_some()), "{id}");
        }
    }

    #[test]
    fn the_next_period_starts_from_the_last_memos_goals() {
        let t = general();
        let (s, p, k) = three_voices();
        let first = draft(
            &t,
            &Voices::of(&t, [&s, &p, &k]),
            &context(),
            None,
            Lang::Et,
        );
        let file = first.export();
        let back = Memo::import(&file).unwrap();
        assert_eq!(back, first);

        let later = Context {
            date: NaiveDate::from_ymd_opt(2027, 10, 1).unwrap(),
            ..context()
        };
        let mut second = draft(&t, &Voices::default(), &later, Some(&back), Lang::Et);
        assert_eq!(second.school_year, 2027);
        let reviewed: Vec<(&str, Option<GoalOutcome>)> = second
            .previous_goals
            .iter()
            .map(|r| (r.goal.what.as_str(), r.outcome))
            .collect();
        assert_eq!(
            reviewed,
            [
                ("Esitan kodutööd õigeks ajaks", None),
                ("Loen 10 raamatut", None)
            ]
        );
        second.previous_goals[1].outcome = Some(GoalOutcome::Partly);
        assert_eq!(
            carry_forward(&second.previous_goals),
            vec![goal("Loen 10 raamatut", "päevik", "", "ema")]
        );
    }

    #[test]
    fn a_memo_file_of_another_kind_or_version_is_refused() {
        let m = Memo::default();
        assert_eq!(
            Memo::import(&transfer::write("modules", 1, &m)),
            Err(ImportError::WrongKind("modules".into()))
        );
        assert_eq!(
            Memo::import(&transfer::write(FILE_KIND, 2, &m)),
            Err(ImportError::NewerVersion(2))
        );
        assert!(m.export().contains("\"kind\": \"memo\""));
    }

    #[test]
    fn an_empty_memo_lists_everything_the_regulations_ask_for() {
        use MemoField as F;
        assert_eq!(
            Memo::default().problems(),
            vec![
                MemoProblem::Missing(F::StudentName),
                MemoProblem::Missing(F::Date),
                MemoProblem::Missing(F::Place),
                MemoProblem::MissingParticipant(ParticipantRole::Student),
                MemoProblem::MissingParticipant(ParticipantRole::ClassTeacher),
                MemoProblem::Missing(F::Summary),
                MemoProblem::Missing(F::Goals),
            ]
        );
        let m = Memo {
            date: "10.03.2027".into(),
            time: "14.30".into(),
            ..Memo::default()
        };
        let p = m.problems();
        assert!(p.contains(&MemoProblem::Unreadable(F::Date)));
        assert!(p.contains(&MemoProblem::Unreadable(F::Time)));
        let ok_time = Memo {
            time: "09:05".into(),
            ..Memo::default()
        };
        assert!(!ok_time
            .problems()
            .contains(&MemoProblem::Unreadable(F::Time)));
    }

    #[test]
    fn participant_roles_are_stored_by_code() {
        let p = Participant {
            name: "Anu".into(),
            role: ParticipantRole::SupportSpecialist,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"{"name":"Anu","role":"support-specialist"}"#);
        assert_eq!(serde_json::from_str::<Participant>(&json).unwrap(), p);
        for r in ParticipantRole::ALL {
            assert_eq!(ParticipantRole::from_code(r.code()), Some(*r));
        }
    }
}
