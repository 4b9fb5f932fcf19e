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

use crate::tr;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::goals::{review, ReviewedGoal};
use super::normalized;
use super::side_by_side::{voices as voices_of, Voices};
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
    /// 001 Lisa 9 2, 5.2: the learner's representative.
    Representative,
}

impl Coded for ParticipantRole {
    const ALL: &'static [Self] = &[
        ParticipantRole::Student,
        ParticipantRole::Parent,
        ParticipantRole::ClassTeacher,
        ParticipantRole::SupportSpecialist,
        ParticipantRole::SubjectTeacher,
        ParticipantRole::Other,
        ParticipantRole::Representative,
    ];
    fn code(self) -> &'static str {
        match self {
            ParticipantRole::Student => "student",
            ParticipantRole::Parent => "parent",
            ParticipantRole::ClassTeacher => "class-teacher",
            ParticipantRole::SupportSpecialist => "support-specialist",
            ParticipantRole::SubjectTeacher => "subject-teacher",
            ParticipantRole::Other => "other",
            ParticipantRole::Representative => "representative",
        }
    }
}

impl ParticipantRole {
    pub fn name(self) -> Tr {
        match self {
            ParticipantRole::Student => tr! {
                et: "õpilane",
                en: "student",
                ru: "ученик",
            },
            ParticipantRole::Parent => tr! {
                et: "vanem",
                en: "parent",
                ru: "родитель",
            },
            ParticipantRole::ClassTeacher => tr! {
                et: "klassijuhataja",
                en: "class teacher",
                ru: "классный руководитель",
            },
            ParticipantRole::SupportSpecialist => tr! {
                et: "tugispetsialist",
                en: "support specialist",
                ru: "специалист поддержки",
            },
            ParticipantRole::SubjectTeacher => tr! {
                et: "aineõpetaja",
                en: "subject teacher",
                ru: "учитель-предметник",
            },
            ParticipantRole::Other => tr! {
                et: "muu osaleja",
                en: "other participant",
                ru: "другой участник",
            },
            ParticipantRole::Representative => tr! {
                et: "õppija esindaja",
                en: "learner's representative",
                ru: "представитель учащегося",
            },
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
        Role::Student => labels::STUDENT,
        Role::Parent => labels::PARENT,
        Role::Teacher => labels::CLASS_TEACHER,
        Role::Representative => labels::REPRESENTATIVE,
    }
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
        if !goals
            .iter()
            .any(|x| normalized(&x.what) == normalized(&g.what))
        {
            goals.push(g.clone());
        }
    }
    let mut support = Vec::new();
    for q in SUPPORT_QUESTIONS
        .iter()
        .filter_map(|id| template.question(id))
    {
        for role in voices_of(template) {
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
            role: match voices_of(template)[1] {
                Role::Representative => ParticipantRole::Representative,
                _ => ParticipantRole::Parent,
            },
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
        date: crate::calendar::text::date_text(context.date),
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
        if !blank(&self.time) && crate::calendar::text::hour_minute(self.time.trim()).is_none() {
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

    /// The memo as plain text, to paste into the school's e-diary (000 9.2
    /// step 8: the agreements are recorded on the digital platform). The
    /// confidential note is included only when asked (000 5.2). Empty
    /// parts are left out.
    /// Whose obligations `obligations.parent` holds: the learner's
    /// representative's when one took part (001 Lisa 9 2), else the
    /// parent's.
    pub fn second_voice(&self) -> Role {
        let has = |r| self.participants.iter().any(|p| p.role == r);
        if has(ParticipantRole::Representative) && !has(ParticipantRole::Parent) {
            Role::Representative
        } else {
            Role::Parent
        }
    }

    pub fn to_text(&self, lang: Lang, with_confidential_note: bool) -> String {
        let l = |t: Tr| t.get(lang);
        let mut out = vec![l(labels::TITLE).to_string()];
        let mut line = |label: Tr, value: &str| {
            if !value.trim().is_empty() {
                out.push(format!("{}: {}", l(label), value.trim()));
            }
        };
        let mut general = vec![self.student_name.trim().to_string()];
        if !self.class.trim().is_empty() {
            general.push(self.class.trim().to_string());
        }
        general.push(format!(
            "{} {}",
            l(labels::SCHOOL_YEAR),
            self.school_year_label()
        ));
        line(labels::STUDENT, &general.join(", "));
        let date = parse_date(&self.date).map_or(self.date.clone(), crate::calendar::dotted);
        line(labels::TIME, &format!("{date} {}", self.time.trim()));
        line(labels::PLACE, &self.place);
        let who: Vec<String> = self
            .participants
            .iter()
            .map(|p| match p.name.trim() {
                "" => p.role.name().get(lang).to_string(),
                name => format!("{name} ({})", p.role.name().get(lang)),
            })
            .collect();
        line(labels::PARTICIPANTS, &who.join(", "));
        line(
            labels::GOAL_LEARNER,
            &self.goal_learner_words.replace('\n', "; "),
        );
        line(
            labels::GOAL_TEACHER,
            &self.goal_teacher_words.replace('\n', "; "),
        );
        let previous: Vec<String> = self
            .previous_goals
            .iter()
            .map(|r| {
                let mut t = format!("- {}", r.goal.what.trim());
                if let Some(o) = r.outcome {
                    t.push_str(&format!(" — {}", o.name().get(lang)));
                }
                if !r.comment.trim().is_empty() {
                    t.push_str(&format!(" ({})", r.comment.trim()));
                }
                t
            })
            .collect();
        if !previous.is_empty() {
            out.push(format!(
                "{}:\n{}",
                l(labels::PREVIOUS_GOALS),
                previous.join("\n")
            ));
        }
        let goals: Vec<String> = self
            .goals
            .iter()
            .filter(|g| !g.what.trim().is_empty())
            .map(|g| {
                let mut t = format!("- {}", g.what.trim());
                for (label, value) in [
                    (labels::MEASURE, &g.measure),
                    (labels::BY_WHEN, &g.by_when),
                    (labels::SUPPORT, &g.support),
                ] {
                    if !value.trim().is_empty() {
                        t.push_str(&format!("; {} {}", l(label), value.trim()));
                    }
                }
                t
            })
            .collect();
        if !goals.is_empty() {
            out.push(format!("{}:\n{}", l(labels::GOALS), goals.join("\n")));
        }
        let mut line = |label: Tr, value: &str| {
            if !value.trim().is_empty() {
                out.push(format!("{}: {}", l(label), value.trim()));
            }
        };
        for (role, text) in [
            (Role::Student, &self.obligations.student),
            (self.second_voice(), &self.obligations.parent),
            (Role::Teacher, &self.obligations.teacher),
        ] {
            line(labels::obligations(role), text);
        }
        line(labels::SUPPORT_MEASURES, &self.support_measures);
        line(labels::SUMMARY, &self.summary);
        if with_confidential_note {
            line(labels::CONFIDENTIAL, &self.confidential_note);
        }
        out.join("\n")
    }

    pub fn export(&self) -> String {
        transfer::write(FILE_KIND, FILE_VERSION, self)
    }

    pub fn import(text: &str) -> Result<Memo, ImportError> {
        transfer::read(text, FILE_KIND, FILE_VERSION)
    }
}

/// The headings of the memo's text form.
pub mod labels {
    use super::{Role, Tr};
    use crate::tr;

    pub const TITLE: Tr = tr! {
        et: "Arenguvestluse memo",
        en: "Development conversation memo",
        ru: "Памятка беседы о развитии",
    };
    pub const STUDENT: Tr = tr! {
        et: "Õpilane",
        en: "Student",
        ru: "Ученик",
    };
    pub const PARENT: Tr = tr! {
        et: "Vanem",
        en: "Parent",
        ru: "Родитель",
    };
    pub const CLASS_TEACHER: Tr = tr! {
        et: "Klassijuhataja",
        en: "Class teacher",
        ru: "Классный руководитель",
    };
    pub const REPRESENTATIVE: Tr = tr! {
        et: "Õppija esindaja",
        en: "Learner's representative",
        ru: "Представитель учащегося",
    };
    pub const SCHOOL_YEAR: Tr = tr! {
        et: "õppeaasta",
        en: "school year",
        ru: "учебный год",
    };
    pub const TIME: Tr = tr! {
        et: "Aeg",
        en: "Time",
        ru: "Время",
    };
    pub const PLACE: Tr = tr! {
        et: "Koht või e-keskkond",
        en: "Place or e-environment",
        ru: "Место или э-среда",
    };
    pub const PARTICIPANTS: Tr = tr! {
        et: "Osalejad",
        en: "Participants",
        ru: "Участники",
    };
    pub const GOAL_LEARNER: Tr = tr! {
        et: "Õppimise eesmärk õpilase sõnastuses",
        en: "Learning goal in the student's words",
        ru: "Цель обучения словами ученика",
    };
    pub const GOAL_TEACHER: Tr = tr! {
        et: "Õppimise eesmärk klassijuhataja sõnastuses",
        en: "Learning goal in the class teacher's words",
        ru: "Цель обучения словами классного руководителя",
    };
    pub const PREVIOUS_GOALS: Tr = tr! {
        et: "Eelmise perioodi eesmärgid",
        en: "Previous period's goals",
        ru: "Цели прошлого периода",
    };
    pub const GOALS: Tr = tr! {
        et: "Kokkulepitud eesmärgid",
        en: "Agreed goals",
        ru: "Согласованные цели",
    };
    pub const MEASURE: Tr = tr! {
        et: "mõõdik:",
        en: "measure:",
        ru: "критерий:",
    };
    pub const BY_WHEN: Tr = tr! {
        et: "tähtaeg:",
        en: "by:",
        ru: "срок:",
    };
    pub const SUPPORT: Tr = tr! {
        et: "toetab:",
        en: "supported by:",
        ru: "поддерживает:",
    };
    pub const SUPPORT_MEASURES: Tr = tr! {
        et: "Tugitegevused",
        en: "Support measures",
        ru: "Меры поддержки",
    };
    pub const SUMMARY: Tr = tr! {
        et: "Kokkuvõte",
        en: "Summary",
        ru: "Итог",
    };
    pub const CONFIDENTIAL: Tr = tr! {
        et: "Konfidentsiaalne märkus",
        en: "Confidential note",
        ru: "Конфиденциальная заметка",
    };

    pub fn obligations(role: Role) -> Tr {
        match role {
            Role::Student => tr! {
                et: "Õpilase kohustused",
                en: "The student undertakes",
                ru: "Обязательства ученика",
            },
            Role::Parent => tr! {
                et: "Vanema kohustused",
                en: "The parent undertakes",
                ru: "Обязательства родителя",
            },
            Role::Teacher => tr! {
                et: "Klassijuhataja kohustused",
                en: "The class teacher undertakes",
                ru: "Обязательства классного руководителя",
            },
            Role::Representative => tr! {
                et: "Õppija esindaja kohustused",
                en: "The learner's representative undertakes",
                ru: "Обязательства представителя учащегося",
            },
        }
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
    fn the_text_form_has_every_filled_part_and_the_note_only_when_asked() {
        let mut m = Memo {
            student_name: "Mari Maasikas".into(),
            class: "7.B".into(),
            school_year: 2026,
            date: "2027-03-10".into(),
            time: "14:30".into(),
            place: "Ruum 12".into(),
            participants: vec![
                Participant {
                    name: "Mari Maasikas".into(),
                    role: ParticipantRole::Student,
                },
                Participant {
                    name: String::new(),
                    role: ParticipantRole::Parent,
                },
            ],
            goal_learner_words: "Loen\nJoonistan".into(),
            previous_goals: vec![ReviewedGoal {
                goal: goal("Vana", "", "", ""),
                outcome: Some(GoalOutcome::Partly),
                comment: "pooleli".into(),
            }],
            goals: vec![
                goal("Loen 10 raamatut", "päevik", "2027-05-31", ""),
                goal(" ", "", "", ""),
            ],
            obligations: Obligations {
                parent: "Küsib iga nädal".into(),
                ..Obligations::default()
            },
            summary: "Hea vestlus".into(),
            confidential_note: "Salajane".into(),
            ..Memo::default()
        };
        let expected = "Arenguvestluse memo
Õpilane: Mari Maasikas, 7.B, õppeaasta 2026/2027
Aeg: 10.03.2027 14:30
Koht või e-keskkond: Ruum 12
Osalejad: Mari Maasikas (õpilane), vanem
Õppimise eesmärk õpilase sõnastuses: Loen; Joonistan
Eelmise perioodi eesmärgid:
- Vana — osaliselt (pooleli)
Kokkulepitud eesmärgid:
- Loen 10 raamatut; mõõdik: päevik; tähtaeg: 2027-05-31
Vanema kohustused: Küsib iga nädal
Kokkuvõte: Hea vestlus";
        assert_eq!(m.to_text(Lang::Et, false), expected);
        assert!(m
            .to_text(Lang::Et, true)
            .ends_with("\nKonfidentsiaalne märkus: Salajane"));
        m.confidential_note = " ".into();
        assert_eq!(m.to_text(Lang::Et, true), expected);
        let ru = m.to_text(Lang::Ru, false);
        assert!(ru.starts_with(
            "Памятка беседы о развитии\nУченик: Mari Maasikas, 7.B, учебный год 2026/2027"
        ));
        assert!(m
            .to_text(Lang::En, false)
            .contains("- Vana — partly achieved (pooleli)"));
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

    /// The browser test imports this file as last period's memo; it must
    /// stay a memo this version reads, with its two goals to review.
    #[test]
    fn the_browser_tests_previous_memo_imports_with_two_goals_to_review() {
        let text = include_str!("../../../../tests/fixtures/memo_2025.json");
        let m = Memo::import(text).unwrap();
        assert_eq!(m.school_year, 2025);
        let review = next_period(&m);
        assert_eq!(review.len(), 2);
        assert!(review.iter().all(|r| r.outcome.is_none()));
    }
}
