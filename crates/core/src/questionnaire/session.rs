//! One person's way through one questionnaire: their answers, the section on
//! screen, and whether they are looking at the overview. The page only calls
//! these transitions and renders the result; nothing about the order of
//! sections or what counts as missing lives in the view.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::template::{Question, Role, Section, Template};
use super::validation::{
    progress, validate, visible_questions, visible_sections, Counts, Problem, ProblemKind,
};
use crate::stored::Stored;

/// Stored as it is (the same JSON shape as the first release's record), so a
/// questionnaire in progress survives an update of the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
    /// Index into the sections visible to this person.
    pub section: usize,
    pub overview: bool,
    /// "Required" is shown only after the person tried to finish (opened the
    /// overview or jumped from it), not while they are still on their way.
    #[serde(skip)]
    pub show_required: bool,
}

/// 1: the shape above. The first release stored it bare (version 0, the
/// same shape), which `stored::read` still reads.
impl Stored for Session {
    const VERSION: u32 = 1;
}

/// One line of the overview: a section, its counts and what is still open.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewEntry<'t> {
    pub index: usize,
    pub section: &'t Section,
    pub counts: Counts,
    /// Visible questions with a problem (missing or invalid), in order.
    pub open: Vec<&'t Question>,
}

impl Session {
    /// Takes the answers of `other`, the same questionnaire as saved (and
    /// merged) with another tab's edits; the section on screen and the
    /// overview stay this tab's, so another tab never moves this one.
    pub fn take_answers(&mut self, other: Session) {
        self.answers = other.answers;
    }

    pub fn new(template: &Template, role: Role) -> Session {
        Session {
            answers: Answers::new(&template.id, template.version, role),
            section: 0,
            overview: false,
            show_required: false,
        }
    }

    /// The sections this person sees now (conditions can add or hide some).
    pub fn sections<'t>(&self, template: &'t Template) -> Vec<&'t Section> {
        visible_sections(template, &self.answers)
    }

    /// The index of the section on screen, kept inside the visible sections
    /// even when an answer has just hidden the last one.
    pub fn section_index(&self, template: &Template) -> usize {
        self.section
            .min(self.sections(template).len().saturating_sub(1))
    }

    pub fn current_section<'t>(&self, template: &'t Template) -> Option<&'t Section> {
        self.sections(template)
            .get(self.section_index(template))
            .copied()
    }

    pub fn is_last_section(&self, template: &Template) -> bool {
        self.section_index(template) + 1 >= self.sections(template).len()
    }

    /// The visible questions of the section on screen.
    pub fn questions<'t>(&self, template: &'t Template) -> Vec<&'t Question> {
        self.current_section(template)
            .map(|s| visible_questions(s, &self.answers))
            .unwrap_or_default()
    }

    /// Sets (`Some`) or clears (`None`) the answer to `question`.
    pub fn set_answer(&mut self, question: &str, answer: Option<Answer>) {
        match answer {
            Some(a) => self.answers.values.insert(question.to_string(), a),
            None => self.answers.values.remove(question),
        };
    }

    /// Forward one section; from the last one, to the overview.
    pub fn next(&mut self, template: &Template) {
        if self.is_last_section(template) {
            self.open_overview();
        } else {
            self.section = self.section_index(template) + 1;
            self.show_required = false;
        }
    }

    /// Back one section; from the overview, to the last section.
    pub fn back(&mut self, template: &Template) {
        if self.overview {
            self.overview = false;
            self.section = self.sections(template).len().saturating_sub(1);
        } else {
            self.section = self.section_index(template).saturating_sub(1);
        }
        self.show_required = false;
    }

    pub fn open_overview(&mut self) {
        self.overview = true;
        self.show_required = true;
    }

    /// From the overview to the section holding `question`, with what is
    /// missing shown. Returns false (and changes nothing) for a question that
    /// is not visible to this person.
    pub fn jump_to(&mut self, template: &Template, question: &str) -> bool {
        let Some(index) = self.sections(template).iter().position(|s| {
            visible_questions(s, &self.answers)
                .iter()
                .any(|q| q.id == question)
        }) else {
            return false;
        };
        self.section = index;
        self.overview = false;
        self.show_required = true;
        true
    }

    pub fn problems(&self, template: &Template) -> Vec<Problem> {
        validate(template, &self.answers)
    }

    /// The problem to show at `question` now: an invalid answer at once, a
    /// missing required one only after the person tried to finish.
    pub fn problem_at(
        problems: &[Problem],
        question: &str,
        show_required: bool,
    ) -> Option<ProblemKind> {
        problems
            .iter()
            .find(|p| p.question == question && (p.kind != ProblemKind::Required || show_required))
            .map(|p| p.kind.clone())
    }

    pub fn overall(&self, template: &Template) -> Counts {
        progress(template, &self.answers).overall
    }

    /// Every visible section with its counts and its open questions.
    pub fn overview_entries<'t>(&self, template: &'t Template) -> Vec<OverviewEntry<'t>> {
        let problems = self.problems(template);
        let prog = progress(template, &self.answers);
        self.sections(template)
            .into_iter()
            .enumerate()
            .map(|(index, section)| OverviewEntry {
                index,
                section,
                counts: prog
                    .sections
                    .iter()
                    .find(|(id, _)| *id == section.id)
                    .map(|(_, c)| *c)
                    .unwrap_or_default(),
                open: visible_questions(section, &self.answers)
                    .into_iter()
                    .filter(|q| problems.iter().any(|p| p.question == q.id))
                    .collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::templates::by_id;
    use proptest::prelude::*;

    fn general(role: Role) -> (Template, Session) {
        let t = by_id("general").unwrap();
        let s = Session::new(&t, role);
        (t, s)
    }

    #[test]
    fn another_tabs_answers_do_not_move_this_tab() {
        let t = crate::questionnaire::templates::built_in().remove(0);
        let mut here = Session::new(&t, Role::Student);
        here.next(&t);
        let mut there = here.clone();
        there.back(&t);
        there.open_overview();
        there
            .answers
            .values
            .insert("x".into(), Answer::Text("from there".into()));
        let place = (here.section, here.overview);
        here.take_answers(there.clone());
        assert_eq!((here.section, here.overview), place);
        assert_eq!(here.answers, there.answers);
    }

    #[test]
    fn a_new_session_starts_at_the_first_section_with_nothing_shown_as_missing() {
        let (t, s) = general(Role::Student);
        assert_eq!(s.section_index(&t), 0);
        assert!(!s.overview && !s.show_required);
        assert_eq!(s.current_section(&t).unwrap().id, t.sections[0].id);
        let problems = s.problems(&t);
        assert!(
            !problems.is_empty(),
            "the general template has required questions"
        );
        let first = &problems[0].question;
        assert_eq!(Session::problem_at(&problems, first, s.show_required), None);
        assert_eq!(
            Session::problem_at(&problems, first, true),
            Some(ProblemKind::Required)
        );
    }

    #[test]
    fn next_walks_the_visible_sections_then_opens_the_overview() {
        let (t, mut s) = general(Role::Parent);
        let n = s.sections(&t).len();
        assert!(n >= 2);
        for i in 1..n {
            s.next(&t);
            assert_eq!((s.section_index(&t), s.overview), (i, false));
        }
        assert!(s.is_last_section(&t));
        s.next(&t);
        assert!(s.overview && s.show_required);
    }

    #[test]
    fn back_from_the_overview_returns_to_the_last_section_and_stops_at_the_first() {
        let (t, mut s) = general(Role::Student);
        s.open_overview();
        s.back(&t);
        assert!(!s.overview);
        assert_eq!(s.section_index(&t), s.sections(&t).len() - 1);
        for _ in 0..20 {
            s.back(&t);
        }
        assert_eq!(s.section_index(&t), 0);
    }

    #[test]
    fn jump_to_opens_the_section_of_the_question_and_shows_what_is_missing() {
        let (t, mut s) = general(Role::Student);
        s.open_overview();
        let entries = s.overview_entries(&t);
        let (entry, q) = entries
            .iter()
            .filter(|e| e.index > 0)
            .find_map(|e| e.open.first().map(|q| (e.index, q.id.clone())))
            .expect("an open question past the first section");
        assert!(s.jump_to(&t, &q));
        assert_eq!(
            (s.section_index(&t), s.overview, s.show_required),
            (entry, false, true)
        );
    }

    #[test]
    fn jump_to_an_unknown_or_hidden_question_changes_nothing() {
        let (t, mut s) = general(Role::Student);
        s.open_overview();
        let before = s.clone();
        assert!(!s.jump_to(&t, "no-such-question"));
        assert_eq!(s, before);
    }

    #[test]
    fn answering_and_clearing_an_answer() {
        let (t, mut s) = general(Role::Student);
        let q = s.questions(&t)[0].id.clone();
        s.set_answer(&q, Some(Answer::Text("Mulle meeldib matemaatika".into())));
        assert!(s.answers.given(&q).is_some());
        assert!(s.overall(&t).answered >= 1);
        s.set_answer(&q, None);
        assert!(!s.answers.values.contains_key(&q));
    }

    #[test]
    fn a_stored_record_of_the_first_release_still_reads() {
        let json = r#"{"answers":{"template_id":"general","template_version":1,"role":"parent","values":{"x":{"type":"text","value":"hi"}}},"section":2,"overview":false}"#;
        let s: Session = serde_json::from_str(json).unwrap();
        assert_eq!((s.section, s.answers.role), (2, Role::Parent));
        assert_eq!(s.answers.values.get("x"), Some(&Answer::Text("hi".into())));
    }

    #[test]
    fn a_section_index_past_the_end_is_kept_inside() {
        let (t, mut s) = general(Role::Teacher);
        s.section = 999;
        assert_eq!(s.section_index(&t), s.sections(&t).len() - 1);
        assert!(s.is_last_section(&t));
    }

    proptest! {
        /// Whatever the person presses, the section on screen is a visible one.
        #[test]
        fn any_walk_stays_inside_the_visible_sections(moves in proptest::collection::vec(0u8..4, 0..40)) {
            let (t, mut s) = general(Role::Student);
            for m in moves {
                match m {
                    0 => s.next(&t),
                    1 => s.back(&t),
                    2 => s.open_overview(),
                    _ => { s.jump_to(&t, "no-such"); }
                }
                prop_assert!(s.section_index(&t) < s.sections(&t).len());
                prop_assert!(s.current_section(&t).is_some());
            }
        }
    }
}
