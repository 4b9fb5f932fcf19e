//! Graduating from upper secondary school (004 § 18 (3)–(5)) and the course
//! load (004 § 9 compulsory courses, § 11 (1) at least 96 courses of 35
//! lessons; § 13 (4) home study, § 14 distance learning, § 18 (5) external
//! students).

use crate::tr;
use serde::{Deserialize, Serialize};

use super::scale::{Grade, PassFail};
use crate::i18n::Tr;

/// 004 § 11 (1): "The student's minimum study load … shall be 96 courses".
pub const MIN_COURSES: u32 = 96;
/// 004 § 11 (1): one course is 35 academic hours.
pub const LESSONS_PER_COURSE: u32 = 35;
/// 004 § 14 (1): in distance learning (mittestatsionaarne õpe) the
/// curriculum "peab võimaldama saavutada õpitulemused vähemalt … kohustuslikes
/// kursustes ja kokku vähemalt 72 kursuses".
pub const MIN_COURSES_DISTANCE: u32 = 72;
/// 004 § 13 (4): a student home-schooled for health reasons "õppekoormust
/// võib vähendada kuni kaheksa kursuse võrra iga arvestusliku koduõppel
/// viibitud õppeaasta kohta".
pub const HOME_STUDY_REDUCTION_PER_YEAR: u32 = 8;
/// Upper secondary school is three school years; more home-study years than
/// that cannot reduce the load further.
pub const HOME_STUDY_YEARS_MAX: u32 = 3;
/// More courses than anyone takes in three years is a typing error.
pub const COURSES_MAX: u32 = 200;

/// The compulsory subjects of 004 § 9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Estonian,
    /// 004 § 9 (1) 1): "vene või muu keel gümnaasiumis, kus kooli õppekava
    /// kohaselt õpitakse eesti keelt teise keelena": the language of
    /// instruction in place of Estonian.
    LanguageOfInstruction,
    Literature,
    EstonianSecondLanguage,
    ForeignB2,
    ForeignB1,
    /// 004 § 8 2): "Õpilasel, kes õpib eesti keelt teise keelena, on üks
    /// kohustuslik võõrkeel": one foreign language, at B2 or B1 level.
    OneForeignLanguage,
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

/// How the student studies (004 § 14, § 18 (5)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StudyForm {
    /// Statsionaarne õpe: § 11 (1) 96 courses, § 9 (7) physical education.
    #[default]
    Daytime,
    /// Mittestatsionaarne õpe (§ 14): at least 72 courses, no compulsory
    /// physical education.
    Distance,
    /// Ekstern (§ 18 (5)): "Eksterni ei hinnata kehalises kasvatuses"; no
    /// research work (§ 18 (3) 4)).
    External,
}

/// Which mathematics (004 § 9 (3)), which languages (§ 9 (1)–(2), § 8 2))
/// and which study form (§ 13 (4), § 14, § 18 (5)) apply to the student.
/// Fields added after the first release read as their defaults from a
/// stored form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub extensive_maths: bool,
    /// 004 § 9 (1) 1), (2) 1): a school whose curriculum has Estonian learned
    /// as a second language (its language of instruction is not Estonian).
    pub estonian_as_second_language: bool,
    /// 004 § 9 (2) 1): "õpilaste puhul, kes on põhihariduse omandanud eesti
    /// keelest erineva õppekeelega": Estonian as a second language (9) for
    /// this student even in an Estonian-language school. § 9 (1) 1) makes no
    /// exception for them, so Estonian (6) stays compulsory.
    #[serde(default)]
    pub basic_education_in_other_language: bool,
    #[serde(default)]
    pub study_form: StudyForm,
    /// 004 § 13 (4): school years spent in home study for health reasons
    /// (counted up to `HOME_STUDY_YEARS_MAX`).
    #[serde(default)]
    pub home_study_years: u32,
}

impl Choices {
    /// 004 § 9 (2) 1), § 8 2): the student studies Estonian as a second language.
    pub fn studies_estonian_as_second_language(self) -> bool {
        self.estonian_as_second_language || self.basic_education_in_other_language
    }

    /// The lowest total load: 004 § 11 (1) 96 courses; § 13 (4) up to eight
    /// fewer per home-study year (the individual curriculum sets the actual
    /// load; this is the floor); § 14 (1) 72 in distance learning. § 18 (5)
    /// obliges schools with distance learning to offer graduation as an
    /// external student, so an external student is held to the
    /// distance-learning minimum.
    pub fn min_courses(self) -> u32 {
        match self.study_form {
            StudyForm::Daytime => {
                MIN_COURSES
                    - HOME_STUDY_REDUCTION_PER_YEAR
                        * self.home_study_years.min(HOME_STUDY_YEARS_MAX)
            }
            StudyForm::Distance | StudyForm::External => MIN_COURSES_DISTANCE,
        }
    }
}

impl Subject {
    /// Every subject, in the order of 004 § 9 (the `Coded` table's order).
    pub fn all() -> impl Iterator<Item = Subject> {
        <Subject as crate::code::Coded>::ALL.iter().copied()
    }

    /// 004 § 9: compulsory courses, given the student's choices; 0 when the
    /// subject is not theirs.
    pub fn compulsory(self, c: Choices) -> u32 {
        let second = c.studies_estonian_as_second_language();
        match self {
            // § 9 (1) 1): in a school where Estonian is a second language, the
            // first slot is the language of instruction, 6 courses.
            Subject::Estonian if c.estonian_as_second_language => 0,
            Subject::Estonian => 6,
            Subject::LanguageOfInstruction if c.estonian_as_second_language => 6,
            Subject::LanguageOfInstruction => 0,
            Subject::Literature => 5,
            // § 9 (2) 1): 9 courses in such a school, and for a student whose
            // basic education was in another language.
            Subject::EstonianSecondLanguage if second => 9,
            Subject::EstonianSecondLanguage => 0,
            // § 8 2): one compulsory foreign language for a student of
            // Estonian as a second language; § 9 (2) 2)–3) B2 and B1 otherwise.
            Subject::ForeignB2 | Subject::ForeignB1 if second => 0,
            Subject::ForeignB2 | Subject::ForeignB1 => 5,
            Subject::OneForeignLanguage if second => 5,
            Subject::OneForeignLanguage => 0,
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
            // § 14 (2): "Mittestatsionaarses õppes ei kuulu kehaline kasvatus
            // kohustuslike õppeainete hulka"; § 18 (5): "Eksterni ei hinnata
            // kehalises kasvatuses".
            Subject::PhysicalEducation => match c.study_form {
                StudyForm::Daytime => 5,
                StudyForm::Distance | StudyForm::External => 0,
            },
        }
    }

    pub fn name(self) -> Tr {
        match self {
            Subject::Estonian => tr! {
                et: "eesti keel",
                en: "Estonian",
                ru: "эстонский язык",
            },
            Subject::LanguageOfInstruction => tr! {
                et: "õppekeel (vene või muu keel)",
                en: "language of instruction (Russian or other)",
                ru: "язык обучения (русский или другой)",
            },
            Subject::Literature => tr! {
                et: "kirjandus",
                en: "literature",
                ru: "литература",
            },
            Subject::EstonianSecondLanguage => tr! {
                et: "eesti keel teise keelena",
                en: "Estonian as a second language",
                ru: "эстонский как второй язык",
            },
            Subject::ForeignB2 => tr! {
                et: "B2-keel",
                en: "foreign language (B2)",
                ru: "иностранный язык (B2)",
            },
            Subject::ForeignB1 => tr! {
                et: "B1-keel",
                en: "foreign language (B1)",
                ru: "иностранный язык (B1)",
            },
            Subject::OneForeignLanguage => tr! {
                et: "võõrkeel (B2 või B1)",
                en: "foreign language (B2 or B1)",
                ru: "иностранный язык (B2 или B1)",
            },
            Subject::Mathematics => tr! {
                et: "matemaatika",
                en: "mathematics",
                ru: "математика",
            },
            Subject::Biology => tr! {
                et: "bioloogia",
                en: "biology",
                ru: "биология",
            },
            Subject::PhysicalGeography => tr! {
                et: "geograafia (loodus)",
                en: "physical geography",
                ru: "география (физическая)",
            },
            Subject::Chemistry => tr! {
                et: "keemia",
                en: "chemistry",
                ru: "химия",
            },
            Subject::Physics => tr! {
                et: "füüsika",
                en: "physics",
                ru: "физика",
            },
            Subject::History => tr! {
                et: "ajalugu",
                en: "history",
                ru: "история",
            },
            Subject::Civics => tr! {
                et: "ühiskonnaõpetus",
                en: "civics",
                ru: "обществоведение",
            },
            Subject::HealthEducation => tr! {
                et: "inimeseõpetus",
                en: "personal, social and health education",
                ru: "человековедение",
            },
            Subject::HumanGeography => tr! {
                et: "geograafia (inim)",
                en: "human geography",
                ru: "география (социальная)",
            },
            Subject::Music => tr! {
                et: "muusika",
                en: "music",
                ru: "музыка",
            },
            Subject::Art => tr! {
                et: "kunst",
                en: "art",
                ru: "искусство",
            },
            Subject::PhysicalEducation => tr! {
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
    /// § 11 (1): at least 96 courses; § 13 (4), § 14 (1) fewer
    /// (`Choices::min_courses`).
    Load {
        taken: u32,
        needed: u32,
    },
    /// § 11 (3), § 9: compulsory courses of a subject.
    Compulsory {
        subject: Subject,
        taken: u32,
        needed: u32,
    },
}

pub use super::check::Check;

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
        match piece.to_ascii_uppercase().as_str() {
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

/// 004 § 18 (3), § 11, § 9, § 13 (4), § 14, § 18 (5): every condition that
/// applies to the student's study form, and its state.
pub fn graduation(r: &Record) -> Vec<(Condition, Check)> {
    let outcome = |o: Outcome| match o {
        Outcome::Passed => Check::Met,
        Outcome::Failed => Check::NotMet,
        Outcome::NotYet => Check::NotYetKnown,
    };
    let stage_ok = r.stage_grades.iter().all(|g| match g {
        StageGrade::Grade(g) => g.is_positive(),
        StageGrade::PassFail(p) => *p == PassFail::Pass,
    });
    let mut out = vec![
        (
            Condition::StageGrades,
            if !stage_ok {
                Check::NotMet
            } else if r.stage_grades.is_empty() {
                Check::NotYetKnown
            } else {
                Check::Met
            },
        ),
        (Condition::StateExamEstonian, outcome(r.state_exam_estonian)),
        (Condition::StateExamMaths, outcome(r.state_exam_maths)),
        (Condition::StateExamForeign, outcome(r.state_exam_foreign)),
        (Condition::SchoolExam, outcome(r.school_exam)),
    ];
    // § 18 (3) 4): "välja arvatud kooli lõpetamisel eksternina".
    if r.choices.study_form != StudyForm::External {
        out.push((Condition::ResearchWork, outcome(r.research_work)));
    }
    let needed = r.choices.min_courses();
    out.push((
        Condition::Load {
            taken: r.total_courses,
            needed,
        },
        if r.total_courses >= needed {
            Check::Met
        } else {
            Check::NotMet
        },
    ));
    for subject in Subject::all() {
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
                Check::Met
            } else {
                Check::NotMet
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
            courses: Subject::all().map(|s| (s, s.compulsory(choices))).collect(),
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
        let narrow: u32 = Subject::all()
            .map(|s| s.compulsory(Choices::default()))
            .sum();
        let broad: u32 = Subject::all()
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
    fn the_language_slots_follow_par_9_and_par_8() {
        use Subject::*;
        let school = Choices {
            estonian_as_second_language: true,
            ..Choices::default()
        };
        let student = Choices {
            basic_education_in_other_language: true,
            ..Choices::default()
        };
        let plain = Choices::default();
        // (choices, subject, compulsory courses)
        let cases = [
            // § 9 (1) 1): Estonian, or in a school with Estonian as a second
            // language, Russian or the other language of instruction.
            (plain, Estonian, 6),
            (plain, LanguageOfInstruction, 0),
            (school, Estonian, 0),
            (school, LanguageOfInstruction, 6),
            (student, Estonian, 6),
            (student, LanguageOfInstruction, 0),
            // § 9 (2) 1): Estonian as a second language, 9, in both cases.
            (plain, EstonianSecondLanguage, 0),
            (school, EstonianSecondLanguage, 9),
            (student, EstonianSecondLanguage, 9),
            // § 8 2): one compulsory foreign language when studying Estonian
            // as a second language; § 9 (2) 2)–3) B2 and B1 otherwise.
            (plain, ForeignB2, 5),
            (plain, ForeignB1, 5),
            (plain, OneForeignLanguage, 0),
            (school, ForeignB2, 0),
            (school, ForeignB1, 0),
            (school, OneForeignLanguage, 5),
            (student, ForeignB2, 0),
            (student, OneForeignLanguage, 5),
            (school, Literature, 5),
        ];
        for (c, subject, n) in cases {
            assert_eq!(subject.compulsory(c), n, "{subject:?} {c:?}");
        }
        let total = |c| Subject::all().map(|s| s.compulsory(c)).sum::<u32>();
        assert_eq!((total(plain), total(school), total(student)), (63, 67, 67));
    }

    #[test]
    fn the_minimum_load_and_physical_education_follow_the_study_form() {
        // (study form, home-study years, minimum load, PE courses)
        let cases = [
            (StudyForm::Daytime, 0, 96, 5),
            (StudyForm::Daytime, 1, 88, 5),
            (StudyForm::Daytime, 3, 72, 5),
            (StudyForm::Daytime, 4, 72, 5),
            (StudyForm::Distance, 0, 72, 0),
            (StudyForm::External, 0, 72, 0),
        ];
        for (study_form, home_study_years, min, pe) in cases {
            let c = Choices {
                study_form,
                home_study_years,
                ..Choices::default()
            };
            assert_eq!(c.min_courses(), min, "{c:?}");
            assert_eq!(Subject::PhysicalEducation.compulsory(c), pe, "{c:?}");
            // The boundary: one course short is missing, the minimum is met.
            for (taken, state) in [(min - 1, Check::NotMet), (min, Check::Met)] {
                let r = Record {
                    total_courses: taken,
                    ..full(c)
                };
                let load = graduation(&r)
                    .into_iter()
                    .find(|(x, _)| matches!(x, Condition::Load { .. }))
                    .unwrap();
                assert_eq!(
                    load,
                    (Condition::Load { taken, needed: min }, state),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn an_external_student_needs_no_research_work() {
        // § 18 (3) 4): "välja arvatud kooli lõpetamisel eksternina".
        for (study_form, listed) in [
            (StudyForm::Daytime, true),
            (StudyForm::Distance, true),
            (StudyForm::External, false),
        ] {
            let r = Record {
                research_work: Outcome::NotYet,
                ..full(Choices {
                    study_form,
                    ..Choices::default()
                })
            };
            let g = graduation(&r);
            assert_eq!(
                g.iter().any(|(c, _)| *c == Condition::ResearchWork),
                listed,
                "{study_form:?}"
            );
        }
    }

    #[test]
    fn a_form_stored_before_the_study_form_existed_still_reads() {
        let c: Choices =
            serde_json::from_str(r#"{"extensive_maths":true,"estonian_as_second_language":false}"#)
                .unwrap();
        assert_eq!(
            c,
            Choices {
                extensive_maths: true,
                ..Choices::default()
            }
        );
    }

    #[test]
    fn a_complete_record_meets_every_condition() {
        for c in [
            Choices::default(),
            Choices {
                extensive_maths: true,
                estonian_as_second_language: true,
                ..Choices::default()
            },
            Choices {
                basic_education_in_other_language: true,
                ..Choices::default()
            },
            Choices {
                study_form: StudyForm::Distance,
                ..Choices::default()
            },
            Choices {
                study_form: StudyForm::External,
                ..Choices::default()
            },
        ] {
            assert!(
                graduation(&full(c)).iter().all(|(_, s)| *s == Check::Met),
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
        assert_eq!(
            state(&Condition::Load {
                taken: 95,
                needed: 96
            }),
            Some(Check::NotMet)
        );
        assert_eq!(
            state(&Condition::Compulsory {
                subject: Subject::Physics,
                taken: 3,
                needed: 5
            }),
            Some(Check::NotMet)
        );
        assert_eq!(state(&Condition::StageGrades), Some(Check::NotMet));
        assert_eq!(state(&Condition::StateExamMaths), Some(Check::NotYetKnown));
        assert_eq!(state(&Condition::ResearchWork), Some(Check::NotMet));
        let failed_elective = Record {
            stage_grades: vec![StageGrade::PassFail(PassFail::Fail)],
            ..full(Choices::default())
        };
        assert_eq!(graduation(&failed_elective)[0].1, Check::NotMet);
    }
}
