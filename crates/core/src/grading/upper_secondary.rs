//! Graduating from upper secondary school (004 § 18 (3)) and the course load
//! (004 § 9 compulsory courses, § 11 (1) at least 96 courses of 35 lessons).

use serde::{Deserialize, Serialize};

use super::scale::{Grade, PassFail};
use crate::i18n::Tr;

/// 004 § 11 (1): "The student's minimum study load … shall be 96 courses".
pub const MIN_COURSES: u32 = 96;
/// 004 § 11 (1): one course is 35 academic hours.
pub const LESSONS_PER_COURSE: u32 = 35;
/// More courses than anyone takes in three years is a typing error.
pub const COURSES_MAX: u32 = 200;

/// The compulsory subjects of 004 § 9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Estonian,
    Literature,
    EstonianSecondLanguage,
    ForeignB2,
    ForeignB1,
    Mathematics,
    Biology,
    PhysicalGeography,
    Chemistry,
    Physics,
    History,
    Civics,
    HealthEducation,
    HumanGeography,
    Music,
    Art,
    PhysicalEducation,
}

/// Which mathematics (004 § 9 (3)) and which Estonian (§ 9 (1)–(2)) the student takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub extensive_maths: bool,
    pub estonian_as_second_language: bool,
}

impl Subject {
    pub const ALL: [Subject; 17] = [
        Subject::Estonian,
        Subject::Literature,
        Subject::EstonianSecondLanguage,
        Subject::ForeignB2,
        Subject::ForeignB1,
        Subject::Mathematics,
        Subject::Biology,
        Subject::PhysicalGeography,
        Subject::Chemistry,
        Subject::Physics,
        Subject::History,
        Subject::Civics,
        Subject::HealthEducation,
        Subject::HumanGeography,
        Subject::Music,
        Subject::Art,
        Subject::PhysicalEducation,
    ];

    /// 004 § 9: compulsory courses, given the student's choices; 0 when the
    /// subject is not theirs (Estonian vs Estonian as a second language).
    pub fn compulsory(self, c: Choices) -> u32 {
        match self {
            Subject::Estonian if c.estonian_as_second_language => 0,
            Subject::Estonian => 6,
            Subject::Literature => 5,
            Subject::EstonianSecondLanguage if c.estonian_as_second_language => 9,
            Subject::EstonianSecondLanguage => 0,
            Subject::ForeignB2 | Subject::ForeignB1 => 5,
            Subject::Mathematics if c.extensive_maths => 14,
            Subject::Mathematics => 8,
            Subject::Biology => 4,
            Subject::PhysicalGeography => 2,
            Subject::Chemistry => 3,
            Subject::Physics => 5,
            Subject::History => 6,
            Subject::Civics => 2,
            Subject::HealthEducation | Subject::HumanGeography => 1,
            Subject::Music => 3,
            Subject::Art => 2,
            Subject::PhysicalEducation => 5,
        }
    }

    pub fn name(self) -> Tr {
        match self {
            Subject::Estonian => Tr {
                et: "eesti keel",
                en: "Estonian",
                ru: "эстонский язык",
            },
            Subject::Literature => Tr {
                et: "kirjandus",
                en: "literature",
                ru: "литература",
            },
            Subject::EstonianSecondLanguage => Tr {
                et: "eesti keel teise keelena",
                en: "Estonian as a second language",
                ru: "эстонский как второй язык",
            },
            Subject::ForeignB2 => Tr {
                et: "B2-keel",
                en: "foreign language (B2)",
                ru: "иностранный язык (B2)",
            },
            Subject::ForeignB1 => Tr {
                et: "B1-keel",
                en: "foreign language (B1)",
                ru: "иностранный язык (B1)",
            },
            Subject::Mathematics => Tr {
                et: "matemaatika",
                en: "mathematics",
                ru: "математика",
            },
            Subject::Biology => Tr {
                et: "bioloogia",
                en: "biology",
                ru: "биология",
            },
            Subject::PhysicalGeography => Tr {
                et: "geograafia (loodus)",
                en: "physical geography",
                ru: "география (физическая)",
            },
            Subject::Chemistry => Tr {
                et: "keemia",
                en: "chemistry",
                ru: "химия",
            },
            Subject::Physics => Tr {
                et: "füüsika",
                en: "physics",
                ru: "физика",
            },
            Subject::History => Tr {
                et: "ajalugu",
                en: "history",
                ru: "история",
            },
            Subject::Civics => Tr {
                et: "ühiskonnaõpetus",
                en: "civics",
                ru: "обществоведение",
            },
            Subject::HealthEducation => Tr {
                et: "inimeseõpetus",
                en: "personal, social and health education",
                ru: "человековедение",
            },
            Subject::HumanGeography => Tr {
                et: "geograafia (inim)",
                en: "human geography",
                ru: "география (социальная)",
            },
            Subject::Music => Tr {
                et: "muusika",
                en: "music",
                ru: "музыка",
            },
            Subject::Art => Tr {
                et: "kunst",
                en: "art",
                ru: "искусство",
            },
            Subject::PhysicalEducation => Tr {
                et: "kehaline kasvatus",
                en: "physical education",
                ru: "физкультура",
            },
        }
    }
}

/// A stage grade (kooliastmehinne): five-point, or pass/fail for electives (§ 18 (1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StageGrade {
    Grade(Grade),
    PassFail(PassFail),
}

/// Yes, no, or not yet (an exam still to come).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    #[default]
    NotYet,
    Passed,
    Failed,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub choices: Choices,
    /// Courses taken per compulsory subject.
    pub courses: Vec<(Subject, u32)>,
    /// All courses taken, compulsory and optional.
    pub total_courses: u32,
    pub stage_grades: Vec<StageGrade>,
    /// § 18 (3) 2): Estonian (or Estonian as a second language), mathematics, foreign language.
    pub state_exam_estonian: Outcome,
    pub state_exam_maths: Outcome,
    pub state_exam_foreign: Outcome,
    /// § 18 (3) 3).
    pub school_exam: Outcome,
    /// § 18 (3) 4).
    pub research_work: Outcome,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// § 18 (3) 1): every stage grade at least "rahuldav" (or "arvestatud").
    StageGrades,
    StateExamEstonian,
    StateExamMaths,
    StateExamForeign,
    SchoolExam,
    ResearchWork,
    /// § 11 (1): at least 96 courses.
    Load {
        taken: u32,
    },
    /// § 11 (3), § 9: compulsory courses of a subject.
    Compulsory {
        subject: Subject,
        taken: u32,
        needed: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    Met,
    Missing,
    NotYet,
}

impl State {
    /// The style a condition list gives this state (explicit, not Debug text).
    pub fn css_class(self) -> &'static str {
        match self {
            State::Met => "cond--met",
            State::Missing => "cond--missing",
            State::NotYet => "cond--notyet",
        }
    }
}

/// Stage grades as a student types them ("5 4 A MA", commas or semicolons
/// allowed): the grades (§ 17 (2) five-point, § 18 (1) pass/fail "A"/"MA"),
/// and every piece that is not one, so the field can name it.
pub fn parse_stage_grades(text: &str) -> (Vec<StageGrade>, Vec<String>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for piece in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty())
    {
        match piece.to_uppercase().as_str() {
            "A" => ok.push(StageGrade::PassFail(PassFail::Pass)),
            "MA" => ok.push(StageGrade::PassFail(PassFail::Fail)),
            p => match p.parse().ok().and_then(Grade::from_value) {
                Some(g) => ok.push(StageGrade::Grade(g)),
                None => bad.push(piece.to_string()),
            },
        }
    }
    (ok, bad)
}

/// A course count as typed: `None` when empty, else the count (at most
/// `COURSES_MAX`) or `Err` for anything else.
pub fn parse_count(text: &str) -> Option<Result<u32, ()>> {
    let t = text.trim();
    (!t.is_empty()).then(|| {
        t.parse::<u32>()
            .ok()
            .filter(|n| *n <= COURSES_MAX)
            .ok_or(())
    })
}

/// 004 § 18 (3), § 11, § 9: every condition and its state.
pub fn graduation(r: &Record) -> Vec<(Condition, State)> {
    let outcome = |o: Outcome| match o {
        Outcome::Passed => State::Met,
        Outcome::Failed => State::Missing,
        Outcome::NotYet => State::NotYet,
    };
    let stage_ok = r.stage_grades.iter().all(|g| match g {
        StageGrade::Grade(g) => g.is_positive(),
        StageGrade::PassFail(p) => *p == PassFail::Pass,
    });
    let mut out = vec![
        (
            Condition::StageGrades,
            if !stage_ok {
                State::Missing
            } else if r.stage_grades.is_empty() {
                State::NotYet
            } else {
                State::Met
            },
        ),
        (Condition::StateExamEstonian, outcome(r.state_exam_estonian)),
        (Condition::StateExamMaths, outcome(r.state_exam_maths)),
        (Condition::StateExamForeign, outcome(r.state_exam_foreign)),
        (Condition::SchoolExam, outcome(r.school_exam)),
        (Condition::ResearchWork, outcome(r.research_work)),
        (
            Condition::Load {
                taken: r.total_courses,
            },
            if r.total_courses >= MIN_COURSES {
                State::Met
            } else {
                State::Missing
            },
        ),
    ];
    for subject in Subject::ALL {
        let needed = subject.compulsory(r.choices);
        if needed == 0 {
            continue;
        }
        let taken = r
            .courses
            .iter()
            .find(|(s, _)| *s == subject)
            .map_or(0, |(_, n)| *n);
        out.push((
            Condition::Compulsory {
                subject,
                taken,
                needed,
            },
            if taken >= needed {
                State::Met
            } else {
                State::Missing
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_grades_read_as_typed_and_name_what_is_not_a_grade() {
        use PassFail::{Fail, Pass};
        use StageGrade::{Grade as G, PassFail as P};
        let cases: [(&str, Vec<StageGrade>, Vec<&str>); 6] = [
            ("", vec![], vec![]),
            (
                "5 4 a ma",
                vec![G(Grade::VeryGood), G(Grade::Good), P(Pass), P(Fail)],
                vec![],
            ),
            (
                "3,2;1",
                vec![G(Grade::Satisfactory), G(Grade::Poor), G(Grade::Weak)],
                vec![],
            ),
            ("6 0 x", vec![], vec!["6", "0", "x"]),
            (
                "  4\t\n5 ",
                vec![G(Grade::Good), G(Grade::VeryGood)],
                vec![],
            ),
            ("4.5 AA", vec![], vec!["4.5", "AA"]),
        ];
        for (text, grades, bad) in cases {
            let (g, b) = parse_stage_grades(text);
            assert_eq!(
                (g, b.iter().map(String::as_str).collect::<Vec<_>>()),
                (grades, bad),
                "{text:?}"
            );
        }
    }

    #[test]
    fn course_counts_up_to_the_maximum() {
        assert_eq!(parse_count(" "), None);
        assert_eq!(parse_count("0"), Some(Ok(0)));
        assert_eq!(parse_count(&COURSES_MAX.to_string()), Some(Ok(COURSES_MAX)));
        assert_eq!(parse_count(&(COURSES_MAX + 1).to_string()), Some(Err(())));
        assert_eq!(parse_count("-1"), Some(Err(())));
        assert_eq!(parse_count("kaks"), Some(Err(())));
    }

    fn full(choices: Choices) -> Record {
        Record {
            choices,
            courses: Subject::ALL
                .iter()
                .map(|s| (*s, s.compulsory(choices)))
                .collect(),
            total_courses: 96,
            stage_grades: vec![
                StageGrade::Grade(Grade::Satisfactory),
                StageGrade::PassFail(PassFail::Pass),
            ],
            state_exam_estonian: Outcome::Passed,
            state_exam_maths: Outcome::Passed,
            state_exam_foreign: Outcome::Passed,
            school_exam: Outcome::Passed,
            research_work: Outcome::Passed,
        }
    }

    #[test]
    fn compulsory_courses_follow_par_9_and_the_students_choices() {
        let narrow: u32 = Subject::ALL
            .iter()
            .map(|s| s.compulsory(Choices::default()))
            .sum();
        let broad: u32 = Subject::ALL
            .iter()
            .map(|s| {
                s.compulsory(Choices {
                    extensive_maths: true,
                    ..Choices::default()
                })
            })
            .sum();
        assert_eq!(broad - narrow, 6, "extensive maths is 14 courses, narrow 8");
        let second = Choices {
            estonian_as_second_language: true,
            ..Choices::default()
        };
        assert_eq!(Subject::Estonian.compulsory(second), 0);
        assert_eq!(Subject::EstonianSecondLanguage.compulsory(second), 9);
        assert_eq!(Subject::Physics.compulsory(second), 5);
        assert_eq!(narrow, 63);
    }

    #[test]
    fn a_complete_record_meets_every_condition() {
        for c in [
            Choices::default(),
            Choices {
                extensive_maths: true,
                estonian_as_second_language: true,
            },
        ] {
            assert!(
                graduation(&full(c)).iter().all(|(_, s)| *s == State::Met),
                "{c:?}"
            );
        }
    }

    #[test]
    fn each_gap_is_reported_with_what_is_missing() {
        let mut r = full(Choices::default());
        r.total_courses = 95;
        r.courses.retain(|(s, _)| *s != Subject::Physics);
        r.courses.push((Subject::Physics, 3));
        r.stage_grades.push(StageGrade::Grade(Grade::Poor));
        r.state_exam_maths = Outcome::NotYet;
        r.research_work = Outcome::Failed;
        let g = graduation(&r);
        let state = |c: &Condition| g.iter().find(|(x, _)| x == c).map(|(_, s)| *s);
        assert_eq!(state(&Condition::Load { taken: 95 }), Some(State::Missing));
        assert_eq!(
            state(&Condition::Compulsory {
                subject: Subject::Physics,
                taken: 3,
                needed: 5
            }),
            Some(State::Missing)
        );
        assert_eq!(state(&Condition::StageGrades), Some(State::Missing));
        assert_eq!(state(&Condition::StateExamMaths), Some(State::NotYet));
        assert_eq!(state(&Condition::ResearchWork), Some(State::Missing));
        let failed_elective = Record {
            stage_grades: vec![StageGrade::PassFail(PassFail::Fail)],
            ..full(Choices::default())
        };
        assert_eq!(graduation(&failed_elective)[0].1, State::Missing);
    }
}
