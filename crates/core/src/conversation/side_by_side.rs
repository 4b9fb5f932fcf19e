//! The teacher's comparison view: per question, the student's, the
//! parent's and the teacher's own answer side by side (000 9.2 steps 3–5:
//! the student's self-analysis, the class teacher's and the parent's
//! feedback; 000 4.1: goals are agreed from the student's self-analysis and
//! the teacher's observations).

use serde::{Deserialize, Serialize};

use crate::i18n::Localized;
use crate::questionnaire::validation::is_visible;
use crate::questionnaire::{Answer, Answers, Question, Role, Template};

/// The three voices in the order every view shows them (a general-school
/// template's; `voices` gives any template's).
pub const VOICES: [Role; 3] = [Role::Student, Role::Parent, Role::Teacher];

/// The voices of `template`, in `VOICES` order: the second is the parent
/// (000 3.1.2) or, in a template that declares one, the learner's
/// representative (001 Lisa 9 2, 5.2). Both sit in the second place.
pub fn voices(template: &Template) -> [Role; 3] {
    let second = if template.roles.contains(&Role::Representative) {
        Role::Representative
    } else {
        Role::Parent
    };
    [Role::Student, second, Role::Teacher]
}

/// The place of a role among the three voices.
pub fn slot(role: Role) -> usize {
    match role {
        Role::Student => 0,
        Role::Parent | Role::Representative => 1,
        Role::Teacher => 2,
    }
}

/// Up to one answer set per voice.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Voices<'a> {
    pub student: Option<&'a Answers>,
    /// The parent's, or the learner's representative's (see `voices`).
    pub parent: Option<&'a Answers>,
    pub teacher: Option<&'a Answers>,
}

impl<'a> Voices<'a> {
    /// Each set in its role's place (a later set of the same role replaces
    /// an earlier one); sets of another template are left out.
    pub fn of(template: &Template, sets: impl IntoIterator<Item = &'a Answers>) -> Voices<'a> {
        let mut v = Voices::default();
        for a in sets.into_iter().filter(|a| a.template_id == template.id) {
            match a.role {
                Role::Student => v.student = Some(a),
                Role::Parent | Role::Representative => v.parent = Some(a),
                Role::Teacher => v.teacher = Some(a),
            }
        }
        v
    }

    pub fn get(&self, role: Role) -> Option<&'a Answers> {
        match role {
            Role::Student => self.student,
            Role::Parent | Role::Representative => self.parent,
            Role::Teacher => self.teacher,
        }
    }
}

/// One voice's place in a row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    /// The question is not for this role, or its condition hid it.
    NotAsked,
    /// This role would be asked, but has not replied at all.
    NoReply,
    /// Asked and replied, but this question was left empty.
    Unanswered,
    Answered(Answer),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Row {
    Section {
        id: String,
        title: Localized,
    },
    /// `cells` in the order of `VOICES`: student, parent, teacher.
    Question {
        question: Box<Question>,
        cells: [Cell; 3],
    },
}

fn cell(q: &Question, role: Role, answers: Option<&Answers>) -> Cell {
    match answers {
        None if q.roles.contains(&role) => Cell::NoReply,
        None => Cell::NotAsked,
        Some(a) if !is_visible(q, a) => Cell::NotAsked,
        Some(a) => a
            .given(&q.id)
            .map_or(Cell::Unanswered, |x| Cell::Answered(x.clone())),
    }
}

/// Every question of `template` in order, each section heading before its
/// questions, with the three voices' answers. A question no voice is asked
/// (by role or condition) is left out, and so is a section left empty.
pub fn side_by_side(template: &Template, voices: &Voices) -> Vec<Row> {
    let mut rows = Vec::new();
    for s in &template.sections {
        let questions: Vec<Row> = s
            .questions
            .iter()
            .filter_map(|q| {
                let cells = self::voices(template).map(|r| cell(q, r, voices.get(r)));
                (!cells.iter().all(|c| *c == Cell::NotAsked)).then(|| Row::Question {
                    question: Box::new(q.clone()),
                    cells,
                })
            })
            .collect();
        if !questions.is_empty() {
            rows.push(Row::Section {
                id: s.id.clone(),
                title: s.title.clone(),
            });
            rows.extend(questions);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::fixtures::{answers, general, text};

    fn ids(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| match r {
                Row::Section { id, .. } => format!("[{id}]"),
                Row::Question { question, .. } => question.id.clone(),
            })
            .collect()
    }

    fn cells<'r>(rows: &'r [Row], id: &str) -> &'r [Cell; 3] {
        rows.iter()
            .find_map(|r| match r {
                Row::Question { question, cells } if question.id == id => Some(cells),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{id} missing"))
    }

    #[test]
    fn the_three_voices_line_up_per_question_in_template_order() {
        let t = general();
        let s = answers(
            Role::Student,
            vec![
                ("had_goals", Answer::YesNo(true)),
                ("goals_reached", Answer::Scale(4)),
                ("topics", text(" ")),
            ],
        );
        let p = answers(Role::Parent, vec![("had_goals", Answer::YesNo(false))]);
        let k = answers(
            Role::Teacher,
            vec![
                ("had_goals", Answer::YesNo(true)),
                ("goals_reached", Answer::Scale(2)),
            ],
        );
        let rows = side_by_side(&t, &Voices::of(&t, [&s, &p, &k]));
        assert_eq!(
            ids(&rows)[..7],
            [
                "[purpose]",
                "topics",
                // 000 8.3, the parent's only; its follow-up is hidden until a "yes".
                "first_conversation",
                "[previous]",
                "had_goals",
                "goals_reached",
                "helped"
            ]
        );
        assert_eq!(
            cells(&rows, "topics"),
            &[Cell::Unanswered, Cell::Unanswered, Cell::Unanswered]
        );
        // The parent said no goals were set, so "how well reached" was hidden for them.
        assert_eq!(
            cells(&rows, "goals_reached"),
            &[
                Cell::Answered(Answer::Scale(4)),
                Cell::NotAsked,
                Cell::Answered(Answer::Scale(2))
            ]
        );
        // Only the student is asked "manage"; only the parent "manage_parent".
        assert_eq!(
            cells(&rows, "manage"),
            &[Cell::Unanswered, Cell::NotAsked, Cell::NotAsked]
        );
        assert_eq!(
            cells(&rows, "manage_parent"),
            &[Cell::NotAsked, Cell::Unanswered, Cell::NotAsked]
        );
    }

    #[test]
    fn a_voice_that_has_not_replied_shows_where_it_would_answer() {
        let t = general();
        let k = answers(Role::Teacher, vec![]);
        let rows = side_by_side(&t, &Voices::of(&t, [&k]));
        assert_eq!(
            cells(&rows, "manage"),
            &[Cell::NoReply, Cell::NotAsked, Cell::NotAsked]
        );
        assert_eq!(
            cells(&rows, "teacher_learning"),
            &[Cell::NotAsked, Cell::NotAsked, Cell::Unanswered]
        );
        // Without a reply the condition cannot be judged: the student's
        // place shows "no reply", not a guess.
        assert_eq!(
            cells(&rows, "unsafe_why"),
            &[Cell::NoReply, Cell::NotAsked, Cell::NotAsked]
        );
    }

    #[test]
    fn hidden_questions_and_empty_sections_are_left_out() {
        let t = general();
        let no = ("had_goals", Answer::YesNo(false));
        let s = answers(
            Role::Student,
            vec![no.clone(), ("safe", Answer::YesNo(true))],
        );
        let p = answers(Role::Parent, vec![no.clone()]);
        let k = answers(Role::Teacher, vec![no]);
        let rows = side_by_side(&t, &Voices::of(&t, [&s, &p, &k]));
        let got = ids(&rows);
        assert!(got.contains(&"had_goals".to_string()));
        for hidden in ["goals_reached", "helped", "unsafe_why"] {
            assert!(!got.contains(&hidden.to_string()), "{hidden}");
        }
        // With one voice, the others' places are kept for their reply.
        let alone = side_by_side(&t, &Voices::of(&t, [&s]));
        assert_eq!(
            cells(&alone, "goals_reached"),
            &[Cell::NotAsked, Cell::NoReply, Cell::NoReply]
        );
        assert!(!ids(&alone).contains(&"unsafe_why".to_string()));
        // Every section heading is followed by at least one question.
        for pair in rows.windows(2) {
            if let Row::Section { .. } = pair[0] {
                assert!(matches!(pair[1], Row::Question { .. }));
            }
        }
        assert!(matches!(rows.last(), Some(Row::Question { .. })));
    }

    #[test]
    fn voices_take_each_set_by_role_and_ignore_other_templates() {
        let t = general();
        let s = answers(Role::Student, vec![]);
        let mut other = answers(Role::Parent, vec![]);
        other.template_id = "vocational".into();
        let v = Voices::of(&t, [&s, &other]);
        assert_eq!(v.get(Role::Student), Some(&s));
        assert_eq!(v.get(Role::Parent), None);
        assert_eq!(v.get(Role::Teacher), None);
    }

    #[test]
    fn the_learners_representative_is_the_second_voice_of_a_vocational_template() {
        // 001 Lisa 9 2, 5.2: the conversation is with the learner (or their
        // representative) and the group supervisor.
        let v = crate::questionnaire::templates::by_id("vocational").unwrap();
        assert_eq!(
            voices(&v),
            [Role::Student, Role::Representative, Role::Teacher]
        );
        assert_eq!(voices(&general()), VOICES);
        let mut r = Answers::new(&v.id, v.version, Role::Representative);
        r.values
            .insert("representative_view".into(), text("Tuleb toime"));
        let sets = [r];
        let got = Voices::of(&v, &sets);
        assert_eq!(got.get(Role::Representative), Some(&sets[0]));
        let rows = side_by_side(&v, &got);
        assert_eq!(
            cells(&rows, "representative_view"),
            &[
                Cell::NotAsked,
                Cell::Answered(text("Tuleb toime")),
                Cell::NotAsked
            ]
        );
        assert_eq!(slot(Role::Representative), slot(Role::Parent));
        let memo = crate::conversation::memo::draft(
            &v,
            &got,
            &crate::conversation::memo::Context {
                student_name: "Mari",
                class: "KE-23",
                teacher_name: "Õie",
                parent_name: None,
                date: chrono::NaiveDate::from_ymd_opt(2027, 3, 10).unwrap(),
                time: "14:30",
                place: "Ruum 12",
            },
            None,
            crate::i18n::Lang::Et,
        );
        assert!(memo
            .participants
            .iter()
            .any(|p| p.role == crate::conversation::memo::ParticipantRole::Representative));
        assert_eq!(memo.second_voice(), Role::Representative);
    }

    #[test]
    fn a_section_whose_questions_are_all_hidden_has_no_heading() {
        let t = crate::questionnaire::templates::by_id("results-problem").unwrap();
        let results = Answer::Choice("results".into());
        let sets: Vec<Answers> = VOICES
            .iter()
            .map(|r| {
                let mut a = Answers::new(&t.id, t.version, *r);
                a.values.insert("topic".into(), results.clone());
                a
            })
            .collect();
        let rows = side_by_side(&t, &Voices::of(&t, &sets));
        assert_eq!(
            ids(&rows),
            [
                "[about]",
                "topic",
                "participants",
                "[results]",
                "subjects",
                "causes",
                "what_helps",
                "[agreements]",
                "agreed"
            ]
        );
    }
}
