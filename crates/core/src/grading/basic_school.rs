//! What follows from a basic-school student's grades (002 8.1.4, 8.2.4–8.2.5,
//! 8.4, 8.5, 8.7; honours 003 IX 4).
//!
//! The rules say what a teacher *applies* or a council *may* decide; the
//! checker reports them as findings with their clause, never as verdicts.

use crate::tr;
use serde::{Deserialize, Serialize};

use super::scale::Grade;
use crate::i18n::Tr;

/// Basic school (põhikool) is classes 1 to 9.
pub const FIRST_CLASS: u8 = 1;
pub const LAST_CLASS: u8 = 9;
/// 002 8.2.4: "1.–3. klassis kasutatakse kirjeldavaid sõnalisi hinnanguid" —
/// grades 1–3 get verbal assessments only; 4–9 the five-point scale.
pub const FIRST_NUMERIC_CLASS: u8 = 4;

pub fn uses_numeric_grades(class: u8) -> bool {
    (FIRST_NUMERIC_CLASS..=LAST_CLASS).contains(&class)
}

/// One current (jooksev) mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    Grade(Grade),
    /// 002 8.2.4: "X" marks work not done or not meeting requirements.
    X,
    /// 002 8.2.5: a resit grade is marked with an asterisk; the original, when
    /// known, is kept beside it.
    Resit {
        original: Option<Grade>,
        resit: Grade,
    },
}

impl Mark {
    /// The grade that stands at the end of the period. 002 8.2.4 / 8.2.5 2):
    /// an X left undone by then is replaced by "1".
    pub fn at_period_end(self) -> Grade {
        match self {
            Mark::Grade(g) => g,
            Mark::X => Grade::Weak,
            Mark::Resit { resit, .. } => resit,
        }
    }
}

/// A mark that could not be read, with its 1-based position in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkError {
    pub position: usize,
    pub text: String,
}

/// Reads marks written as in e-school: `5 4 X 3`, a resit as `4*` or, with
/// its original, `2/4*`. Separators: spaces, commas, semicolons. Returns every
/// mark it could read and every piece it could not.
pub fn parse_marks(text: &str) -> (Vec<Mark>, Vec<MarkError>) {
    let mut marks = Vec::new();
    let mut errors = Vec::new();
    let pieces = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty());
    for (i, piece) in pieces.enumerate() {
        match parse_mark(piece) {
            Some(m) => marks.push(m),
            None => errors.push(MarkError {
                position: i + 1,
                text: piece.to_string(),
            }),
        }
    }
    (marks, errors)
}

fn parse_grade(s: &str) -> Option<Grade> {
    s.parse::<u8>().ok().and_then(Grade::from_value)
}

fn parse_mark(piece: &str) -> Option<Mark> {
    if piece.eq_ignore_ascii_case("x") {
        return Some(Mark::X);
    }
    if let Some(body) = piece.strip_suffix('*') {
        return match body.split_once('/') {
            Some((orig, resit)) => Some(Mark::Resit {
                original: Some(parse_grade(orig)?),
                resit: parse_grade(resit)?,
            }),
            None => Some(Mark::Resit {
                original: None,
                resit: parse_grade(body)?,
            }),
        };
    }
    parse_grade(piece).map(Mark::Grade)
}

/// 002 8.4: "Trimestri kokkuvõtvad hinded ei ole jooksvate hinnete
/// aritmeetiline keskmine." These figures are information for the teacher
/// and the student, never the summative grade.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarkStats {
    pub mean: f64,
    pub median: f64,
    pub latest: Grade,
    pub count: usize,
}

/// Statistics over the marks as they stand at the end of the period (X as 1,
/// resits by their resit grade). `None` when there are no marks.
pub fn mark_stats(marks: &[Mark]) -> Option<MarkStats> {
    let latest = marks.last()?.at_period_end();
    let mut values: Vec<f64> = marks
        .iter()
        .map(|m| m.at_period_end().value() as f64)
        .collect();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    Some(MarkStats {
        mean: values.iter().sum::<f64>() / n as f64,
        median,
        latest,
        count: n,
    })
}

/// Which curriculum the student follows; 002 8.7: students of the simplified
/// and the coping national curriculum are not left to repeat a year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Curriculum {
    #[default]
    Regular,
    Simplified,
    Coping,
}

/// Behaviour and diligence grades (002 8.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conduct {
    Exemplary,
    Good,
    Satisfactory,
    Unsatisfactory,
}

/// 002 8.5: its code (`Coded`) is the report card's letter: E, H, R, MR.
impl Conduct {
    pub fn name(self) -> Tr {
        match self {
            Conduct::Exemplary => tr! {
                et: "eeskujulik",
                en: "exemplary",
                ru: "примерное",
            },
            Conduct::Good => tr! {
                et: "hea",
                en: "good",
                ru: "хорошее",
            },
            Conduct::Satisfactory => tr! {
                et: "rahuldav",
                en: "satisfactory",
                ru: "удовлетворительное",
            },
            Conduct::Unsatisfactory => tr! {
                et: "mitterahuldav",
                en: "unsatisfactory",
                ru: "неудовлетворительное",
            },
        }
    }

    /// 002 8.5.1: what each behaviour grade means.
    pub fn behaviour_meaning(self) -> Tr {
        match self {
            Conduct::Exemplary => tr! {
                et: "Järgib üldtunnustatud käitumis- ja kõlblusnorme harjumuspäraselt igas olukorras ning täidab kooli kodukorda eeskujulikult ja järjepidevalt.",
                en: "Follows generally accepted norms of behaviour and morals habitually in every situation, and keeps the school rules in an exemplary and consistent way.",
                ru: "Привычно соблюдает общепринятые нормы поведения и морали в любой ситуации и образцово и последовательно выполняет правила школы.",
            },
            Conduct::Good => tr! {
                et: "Järgib üldtunnustatud käitumis- ja kõlblusnorme ning täidab kooli kodukorra nõudeid.",
                en: "Follows generally accepted norms of behaviour and morals and keeps the school rules.",
                ru: "Соблюдает общепринятые нормы поведения и морали и выполняет правила школы.",
            },
            Conduct::Satisfactory => tr! {
                et: "Üldiselt järgib käitumis- ja kõlblusnorme ning täidab kodukorda, kuid on esinenud eksimusi.",
                en: "Generally follows the norms and keeps the school rules, but there have been lapses.",
                ru: "В целом соблюдает нормы и правила школы, но были нарушения.",
            },
            Conduct::Unsatisfactory => tr! {
                et: "Ei täida kodukorra nõudeid, ei allu õpetajate nõudmistele ega järgi käitumis- ja kõlblusnorme. Võib anda ka üksiku õigusvastase või ebakõlbelise teo eest.",
                en: "Does not keep the school rules, follow teachers' requirements or the norms of behaviour. May also be given for a single unlawful or immoral act.",
                ru: "Не выполняет правила школы, требования учителей и нормы поведения. Может быть выставлено и за единичный противоправный или безнравственный поступок.",
            },
        }
    }

    /// 002 8.5.2: what each diligence grade means.
    pub fn diligence_meaning(self) -> Tr {
        match self {
            Conduct::Exemplary => tr! {
                et: "Suhtub õppeülesannetesse alati kohusetundlikult, õpib kõiki aineid võimetekohaselt, on töökas ja järjekindel, ilmutab omaalgatust ja viib alustatud töö lõpuni.",
                en: "Always conscientious about schoolwork, studies every subject to their ability, is hard-working and persistent, shows initiative and finishes what they start.",
                ru: "Всегда добросовестно относится к учебным заданиям, учит все предметы в меру способностей, трудолюбив и настойчив, проявляет инициативу и доводит начатое до конца.",
            },
            Conduct::Good => tr! {
                et: "Suhtub õppeülesannetesse kohusetundlikult, on töökas, järjekindel ja hoolikas ning õpib võimetekohaselt.",
                en: "Conscientious about schoolwork, hard-working, persistent and careful, and studies to their ability.",
                ru: "Добросовестно относится к учебным заданиям, трудолюбив, настойчив и аккуратен, учится в меру способностей.",
            },
            Conduct::Satisfactory => tr! {
                et: "Üldiselt täidab õppeülesandeid, kuid ei ole piisavalt töökas ja järjekindel ega õpi oma tegelike võimete kohaselt.",
                en: "Generally does the schoolwork, but is not hard-working or persistent enough and does not study to their real ability.",
                ru: "В целом выполняет задания, но недостаточно трудолюбив и настойчив и учится не в меру своих реальных способностей.",
            },
            Conduct::Unsatisfactory => tr! {
                et: "Ei õpi võimetekohaselt, suhtub õppeülesannetesse lohakalt, ei täida tundides nõudmisi ja jätab sageli kodused ülesanded tegemata.",
                en: "Does not study to their ability, is careless about schoolwork, does not meet requirements in lessons and often leaves homework undone.",
                ru: "Учится не в меру способностей, небрежно относится к заданиям, не выполняет требования на уроках и часто не делает домашние задания.",
            },
        }
    }
}

/// A summative grade (trimester or year) as the teacher left it. "Not
/// entered yet" is `None` beside it; "left unset" is a decision with its own
/// consequences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Summative {
    /// A grade (classes 4–9) or, in classes 1–3, the verbal assessment's
    /// reference to a grade ("väga hea", "hea" …, 002 8.4), read as the
    /// equivalent assessment ("samaväärne hinnang", 002 8.1.4, 8.4, 8.7).
    Given(Grade),
    /// 002 8.2.4, 8.4: "hinne on jäetud välja panemata", deliberately not
    /// given (e.g. absent with a reason, or a failed test just before the
    /// trimester end).
    LeftUnset,
}

impl Summative {
    /// "puudulik", "nõrk" or the equivalent verbal assessment.
    pub fn is_failing(self) -> bool {
        matches!(self, Summative::Given(g) if is_failing(g))
    }

    pub fn grade(self) -> Option<Grade> {
        match self {
            Summative::Given(g) => Some(g),
            Summative::LeftUnset => None,
        }
    }
}

impl From<Grade> for Summative {
    fn from(g: Grade) -> Self {
        Summative::Given(g)
    }
}

/// One subject as the user entered it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    pub name: String,
    pub marks: Vec<Mark>,
    pub trimester: Option<Summative>,
    pub year: Option<Summative>,
    /// The stage grade (kooliastmehinne, 002 8.4), where the school gives one.
    #[serde(default)]
    pub stage: Option<Grade>,
    /// Final or school exam grade, where the subject has one (class 9).
    pub exam: Option<Grade>,
    /// 002 8.2.4: the grade of a test written just before the trimester end.
    #[serde(default)]
    pub test_before_trimester_end: Option<Grade>,
    /// 002 8.4: the student did not use the chance to resit, or the support
    /// offered, despite the parent's and the support staff's intervention.
    #[serde(default)]
    pub resit_unused: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Student {
    /// Class 1–9.
    pub class: u8,
    pub curriculum: Curriculum,
    pub subjects: Vec<Subject>,
    pub behaviour: Option<Conduct>,
    /// 002 8.2.4: the trimester entered is the last of the school year (the
    /// failed-test rule does not apply then).
    #[serde(default)]
    pub last_trimester: bool,
}

/// Which class-9 grade leads to additional study after the final exams.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Class9Ground {
    /// Kooliastmehinne.
    Stage,
    /// Koolieksami- or lõpueksamihinne.
    Exam,
}

/// A consequence the rules attach to the grades entered, with its clause.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Finding {
    /// 002 8.2.4, 8.4: classes 1–3 get verbal assessments; the findings
    /// that follow read their reference to a grade ("puudulik", "nõrk") as
    /// the equivalent assessment the rules name ("samaväärne hinnang").
    VerbalAssessmentOnly,
    /// 002 8.2.4, 8.2.5 2): X marks left undone become "1" at the period end
    /// (classes 4–9 only).
    XBecomesWeak { subject: String, count: usize },
    /// 002 8.1.4: a "puudulik" or "nõrk" grade or the equivalent assessment,
    /// and 002 8.4: a trimester grade "puudulik"/"nõrk" or left unset →
    /// individual learning-support plan or other support.
    SupportPlan { subject: String },
    /// 002 8.1.4: a trimester grade "puudulik"/"nõrk" or the equivalent
    /// assessment → the parent is invited to school.
    ParentInvited { subject: String },
    /// 002 8.2.4: "Kui vahetult enne trimestri lõppu tehtud kontrolltöö on
    /// „puudulik“ või „nõrk“, siis õpilasele trimestrihinnet välja ei panda,
    /// v.a õppeaasta viimane trimester." The student may resit the test.
    TrimesterGradeWithheld { subject: String },
    /// 002 8.4: a failing or unset trimester grade and the resit or support
    /// not used → that trimester counts as "nõrk" in the yearly grade.
    TrimesterCountsAsWeak { subject: String },
    /// 002 8.4: a yearly grade "puudulik"/"nõrk" or the equivalent verbal
    /// assessment → additional study (täiendav õppetöö).
    AdditionalStudy { subject: String },
    /// 002 8.4: "Täiendavale õppetööle võib jätta pärast lõpueksamite
    /// sooritamist põhikooli 9. klassi õpilase, kellel on „puudulik“ või
    /// „nõrk“ aasta- kooliastme- või koolieksamihinne." (The yearly grade is
    /// `AdditionalStudy`.)
    AdditionalStudyAfterExams {
        subject: String,
        ground: Class9Ground,
    },
    /// 002 8.7: three or more such yearly grades (or equivalent verbal
    /// assessments) → the teachers' council *may*, as an exception and with
    /// reasons, leave the student to repeat the year.
    MayRepeatYear { subjects: usize },
    /// 002 8.7: not for students of the simplified or coping curriculum.
    NoRepeatForCurriculum { subjects: usize },
}

/// The honours rule's state: met, not met (with every failing condition), or
/// not yet known (with every reason it cannot be decided yet).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Honours {
    Met,
    /// Which conditions fail.
    NotMet(Vec<HonoursGap>),
    /// What it still depends on.
    NotYetKnown(Vec<HonoursUnknown>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HonoursGap {
    YearGradeBelowVeryGood { subject: String },
    ExamGradeBelowVeryGood { subject: String },
    Behaviour(Conduct),
}

/// Why 003 IX 4 cannot be decided yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HonoursUnknown {
    /// 003 IX 4 is for "põhikooli lõpetaja", a class 9 graduate; in other
    /// classes it is not decided at all.
    NotAGraduateClass {
        class: u8,
    },
    NoSubjects,
    YearGradeMissing {
        subject: String,
    },
    /// 002 8.4: the yearly grade was left unset (e.g. until additional study ends).
    YearGradeLeftUnset {
        subject: String,
    },
    /// 003 IX 4 needs the "lõpueksami-hinne"; fewer exam grades are entered
    /// than the setting's number of final exams.
    ExamGradesMissing {
        entered: usize,
        required: usize,
    },
    BehaviourMissing,
}

impl HonoursUnknown {
    /// The reason in words; the web adds the subject or the numbers where
    /// the variant carries them.
    pub fn label(&self) -> Tr {
        match self {
            HonoursUnknown::NotAGraduateClass { .. } => tr! {
                et: "Kiitusega lõputunnistus on 9. klassi lõpetajale (003 IX 4); selles klassis seda ei otsustata.",
                en: "The certificate with honours is for a class 9 graduate (003 IX 4); it is not decided in this class.",
                ru: "Аттестат с отличием выдаётся выпускнику 9 класса (003 IX 4); в этом классе он не решается.",
            },
            HonoursUnknown::NoSubjects => tr! {
                et: "Ühtegi õppeainet pole sisestatud.",
                en: "No subjects have been entered.",
                ru: "Не введено ни одного предмета.",
            },
            HonoursUnknown::YearGradeMissing { .. } => tr! {
                et: "Aastahinne on sisestamata",
                en: "The yearly grade has not been entered",
                ru: "Годовая оценка не введена",
            },
            HonoursUnknown::YearGradeLeftUnset { .. } => tr! {
                et: "Aastahinne on jäetud välja panemata",
                en: "The yearly grade has been left unset",
                ru: "Годовая оценка не выставлена",
            },
            HonoursUnknown::ExamGradesMissing { .. } => tr! {
                et: "Kõik lõpueksamite hinded pole sisestatud (003 IX 4 nõuab ka lõpueksami-hindeid)",
                en: "Not all final exam grades have been entered (003 IX 4 also needs the final exam grades)",
                ru: "Введены не все оценки выпускных экзаменов (003 IX 4 требует и оценки экзаменов)",
            },
            HonoursUnknown::BehaviourMissing => tr! {
                et: "Käitumishinne on sisestamata.",
                en: "The behaviour grade has not been entered.",
                ru: "Оценка за поведение не введена.",
            },
        }
    }
}

/// Settings for 003 IX 4 that the house rules leave open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HonoursSetting {
    /// 003 IX 4 asks that every "lõpueksami-hinne" be "väga hea" but does not
    /// say how many final exams there are. Default 3: a basic-school
    /// graduate takes three final exams (Estonian or Estonian as a second
    /// language, mathematics, and one of the student's choice). Until this
    /// many exam grades are entered, honours are "not yet known".
    pub final_exams: usize,
}

impl Default for HonoursSetting {
    fn default() -> Self {
        HonoursSetting { final_exams: 3 }
    }
}

/// 003 IX 4 is about "põhikooli lõpetaja": the last class of basic school.
pub const GRADUATING_CLASS: u8 = LAST_CLASS;

fn is_failing(g: Grade) -> bool {
    !g.is_positive()
}

/// 002 8.1.4, 8.2.4–8.2.5, 8.4, 8.7: everything that follows from the
/// grades, in classes 1–3 from the equivalent verbal assessments.
pub fn findings(student: &Student) -> Vec<Finding> {
    let mut out = Vec::new();
    let verbal = !uses_numeric_grades(student.class);
    if verbal {
        out.push(Finding::VerbalAssessmentOnly);
    }
    for s in &student.subjects {
        let subject = || s.name.clone();
        let xs = s.marks.iter().filter(|m| matches!(m, Mark::X)).count();
        // 002 8.2.4: "Märge „X” tähistab eKoolis 4.-9. klassis tegemata … tööd."
        if xs > 0 && !verbal {
            out.push(Finding::XBecomesWeak {
                subject: subject(),
                count: xs,
            });
        }
        let failing_mark = s.marks.iter().any(|m| match m {
            Mark::Grade(g) => is_failing(*g),
            // The original is kept beside the resit; the plan was due when it was given.
            Mark::Resit { original, resit } => {
                original.is_some_and(is_failing) || is_failing(*resit)
            }
            Mark::X => false,
        });
        let withheld =
            !student.last_trimester && s.test_before_trimester_end.is_some_and(is_failing);
        let trimester_failing = s.trimester.is_some_and(Summative::is_failing);
        let trimester_unset = withheld || s.trimester == Some(Summative::LeftUnset);
        if withheld {
            out.push(Finding::TrimesterGradeWithheld { subject: subject() });
        }
        if failing_mark || trimester_failing || trimester_unset {
            out.push(Finding::SupportPlan { subject: subject() });
        }
        if trimester_failing {
            out.push(Finding::ParentInvited { subject: subject() });
        }
        if s.resit_unused && (trimester_failing || trimester_unset) {
            out.push(Finding::TrimesterCountsAsWeak { subject: subject() });
        }
        if s.year.is_some_and(Summative::is_failing) {
            out.push(Finding::AdditionalStudy { subject: subject() });
        }
        if student.class == GRADUATING_CLASS {
            let grounds = [(Class9Ground::Stage, s.stage), (Class9Ground::Exam, s.exam)];
            for (ground, grade) in grounds {
                if grade.is_some_and(is_failing) {
                    out.push(Finding::AdditionalStudyAfterExams {
                        subject: subject(),
                        ground,
                    });
                }
            }
        }
    }
    let failing_years = student
        .subjects
        .iter()
        .filter(|s| s.year.is_some_and(Summative::is_failing))
        .count();
    if failing_years >= 3 {
        out.push(match student.curriculum {
            Curriculum::Regular => Finding::MayRepeatYear {
                subjects: failing_years,
            },
            Curriculum::Simplified | Curriculum::Coping => Finding::NoRepeatForCurriculum {
                subjects: failing_years,
            },
        });
    }
    out
}

/// 003 IX 4 with the default setting (`HonoursSetting::default`).
pub fn honours(student: &Student) -> Honours {
    honours_with(student, &HonoursSetting::default())
}

/// 003 IX 4: "Kiitusega põhikooli lõputunnistusega tunnustatakse põhikooli
/// lõpetajat, kellel kõigi lõputunnistusele kantavate õppeainete viimane
/// aastahinne ja lõpueksami-hinne on „väga hea” ning käitumine on
/// „eeskujulik” või „hea”." (The teachers' council decides; this only
/// checks.) Any condition already failing makes it `NotMet`; otherwise a
/// missing grade, missing exam grades or a class other than 9 make it
/// `NotYetKnown`, never `Met`.
pub fn honours_with(student: &Student, setting: &HonoursSetting) -> Honours {
    if student.class != GRADUATING_CLASS {
        return Honours::NotYetKnown(vec![HonoursUnknown::NotAGraduateClass {
            class: student.class,
        }]);
    }
    let mut gaps = Vec::new();
    let mut unknown = Vec::new();
    if student.subjects.is_empty() {
        unknown.push(HonoursUnknown::NoSubjects);
    }
    for s in &student.subjects {
        match s.year {
            None => unknown.push(HonoursUnknown::YearGradeMissing {
                subject: s.name.clone(),
            }),
            Some(Summative::LeftUnset) => unknown.push(HonoursUnknown::YearGradeLeftUnset {
                subject: s.name.clone(),
            }),
            Some(Summative::Given(g)) if g != Grade::VeryGood => {
                gaps.push(HonoursGap::YearGradeBelowVeryGood {
                    subject: s.name.clone(),
                })
            }
            Some(Summative::Given(_)) => {}
        }
        if s.exam.is_some_and(|g| g != Grade::VeryGood) {
            gaps.push(HonoursGap::ExamGradeBelowVeryGood {
                subject: s.name.clone(),
            });
        }
    }
    let exams = student.subjects.iter().filter(|s| s.exam.is_some()).count();
    if exams < setting.final_exams {
        unknown.push(HonoursUnknown::ExamGradesMissing {
            entered: exams,
            required: setting.final_exams,
        });
    }
    match student.behaviour {
        None => unknown.push(HonoursUnknown::BehaviourMissing),
        Some(b) if !matches!(b, Conduct::Exemplary | Conduct::Good) => {
            gaps.push(HonoursGap::Behaviour(b))
        }
        Some(_) => {}
    }
    if !gaps.is_empty() {
        Honours::NotMet(gaps)
    } else if !unknown.is_empty() {
        Honours::NotYetKnown(unknown)
    } else {
        Honours::Met
    }
}

/// 003 IX 2 names a praise letter "for very good and good results" but gives
/// no criteria, so they are a setting. Default: every yearly grade at least
/// this grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PraiseLetterSetting {
    pub lowest_year_grade: Grade,
}

impl Default for PraiseLetterSetting {
    fn default() -> Self {
        PraiseLetterSetting {
            lowest_year_grade: Grade::Good,
        }
    }
}

/// 003 IX 2 with the school's setting: `None` until every yearly grade is
/// in (a grade left unset is not in).
pub fn praise_letter(student: &Student, setting: &PraiseLetterSetting) -> Option<bool> {
    if student.subjects.is_empty() {
        return None;
    }
    let years: Option<Vec<Grade>> = student
        .subjects
        .iter()
        .map(|s| s.year.and_then(Summative::grade))
        .collect();
    Some(years?.iter().all(|g| *g >= setting.lowest_year_grade))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Grade::*;

    fn subject(name: &str, marks: &str, trimester: Option<Grade>, year: Option<Grade>) -> Subject {
        let (marks, errors) = parse_marks(marks);
        assert!(errors.is_empty());
        Subject {
            name: name.into(),
            marks,
            trimester: trimester.map(Summative::Given),
            year: year.map(Summative::Given),
            ..Subject::default()
        }
    }

    fn student(subjects: Vec<Subject>) -> Student {
        Student {
            class: 7,
            curriculum: Curriculum::Regular,
            subjects,
            behaviour: Some(Conduct::Good),
            last_trimester: false,
        }
    }

    #[test]
    fn numeric_grades_start_in_class_4_and_end_in_class_9() {
        let numeric: Vec<u8> = (0..=10).filter(|c| uses_numeric_grades(*c)).collect();
        assert_eq!(numeric, vec![4, 5, 6, 7, 8, 9]);
    }

    fn kinds(f: &[Finding]) -> Vec<&'static str> {
        f.iter()
            .map(|f| match f {
                Finding::VerbalAssessmentOnly => "verbal",
                Finding::XBecomesWeak { .. } => "x",
                Finding::SupportPlan { .. } => "support",
                Finding::ParentInvited { .. } => "parent",
                Finding::TrimesterGradeWithheld { .. } => "withheld",
                Finding::TrimesterCountsAsWeak { .. } => "counts-weak",
                Finding::AdditionalStudy { .. } => "additional",
                Finding::AdditionalStudyAfterExams {
                    ground: Class9Ground::Stage,
                    ..
                } => "after-exams-stage",
                Finding::AdditionalStudyAfterExams {
                    ground: Class9Ground::Exam,
                    ..
                } => "after-exams-exam",
                Finding::MayRepeatYear { .. } => "repeat",
                Finding::NoRepeatForCurriculum { .. } => "no-repeat",
            })
            .collect()
    }

    #[test]
    fn classes_1_to_3_equivalent_verbal_assessments_trigger_the_same_rules() {
        // 002 8.1.4, 8.4, 8.7: "samaväärne hinnang". (class, marks, trimester, year, expected)
        type Case<'a> = (u8, &'a str, Option<Grade>, Option<Grade>, &'a [&'a str]);
        let cases: &[Case] = &[
            (1, "", Some(Poor), None, &["verbal", "support", "parent"]),
            (2, "", None, Some(Weak), &["verbal", "additional"]),
            (3, "2", None, None, &["verbal", "support"]),
            (3, "", Some(Satisfactory), Some(Satisfactory), &["verbal"]),
            // 002 8.2.4: the "X" mark is for classes 4–9.
            (3, "X", None, None, &["verbal"]),
            (4, "X", None, None, &["x"]),
            (
                4,
                "",
                Some(Poor),
                Some(Weak),
                &["support", "parent", "additional"],
            ),
        ];
        for (class, marks, tri, year, expected) in cases {
            let s = Student {
                class: *class,
                ..student(vec![subject("Matemaatika", marks, *tri, *year)])
            };
            assert_eq!(
                &kinds(&findings(&s)),
                expected,
                "class {class} {marks} {tri:?} {year:?}"
            );
        }
        let three = Student {
            class: 2,
            ..student(
                ["a", "b", "c"]
                    .iter()
                    .map(|n| subject(n, "", None, Some(Poor)))
                    .collect(),
            )
        };
        assert!(findings(&three).contains(&Finding::MayRepeatYear { subjects: 3 }));
    }

    #[test]
    fn a_class_9_failing_stage_or_exam_grade_may_lead_to_additional_study() {
        // 002 8.4 last paragraph. (class, year, stage, exam, expected)
        type Case<'a> = (
            u8,
            Option<Grade>,
            Option<Grade>,
            Option<Grade>,
            &'a [&'a str],
        );
        let cases: &[Case] = &[
            (9, Some(Poor), None, None, &["additional"]),
            (9, Some(Good), Some(Weak), None, &["after-exams-stage"]),
            (9, Some(Good), None, Some(Poor), &["after-exams-exam"]),
            (9, Some(Good), Some(Satisfactory), Some(Satisfactory), &[]),
            (
                9,
                Some(Poor),
                Some(Poor),
                Some(Weak),
                &["additional", "after-exams-stage", "after-exams-exam"],
            ),
            // Stage and exam grades lead to additional study only in class 9.
            (8, Some(Good), Some(Weak), Some(Weak), &[]),
        ];
        for (class, year, stage, exam, expected) in cases {
            let s = Student {
                class: *class,
                ..student(vec![Subject {
                    stage: *stage,
                    exam: *exam,
                    ..subject("Matemaatika", "", None, *year)
                }])
            };
            assert_eq!(
                &kinds(&findings(&s)),
                expected,
                "class {class} {year:?} {stage:?} {exam:?}"
            );
        }
    }

    #[test]
    fn a_trimester_grade_left_unset_is_not_the_same_as_not_entered() {
        let mut s = student(vec![subject("Füüsika", "4", None, None)]);
        assert_eq!(kinds(&findings(&s)), Vec::<&str>::new());
        // 002 8.4: "või on hinne jäetud välja panemata" → support plan; 8.1.4's
        // parent invitation names only "puudulik", "nõrk" or the equivalent.
        s.subjects[0].trimester = Some(Summative::LeftUnset);
        assert_eq!(kinds(&findings(&s)), vec!["support"]);
        s.subjects[0].resit_unused = true;
        assert_eq!(kinds(&findings(&s)), vec!["support", "counts-weak"]);
    }

    #[test]
    fn an_unused_resit_makes_a_failing_trimester_count_as_weak() {
        // 002 8.4. (trimester, resit unused, counts as "nõrk")
        let cases = [
            (Some(Summative::Given(Poor)), true, true),
            (Some(Summative::Given(Weak)), true, true),
            (Some(Summative::LeftUnset), true, true),
            (Some(Summative::Given(Satisfactory)), true, false),
            (None, true, false),
            (Some(Summative::Given(Poor)), false, false),
        ];
        for (trimester, resit_unused, expected) in cases {
            let s = student(vec![Subject {
                trimester,
                resit_unused,
                ..subject("Keemia", "", None, None)
            }]);
            assert_eq!(
                kinds(&findings(&s)).contains(&"counts-weak"),
                expected,
                "{trimester:?} {resit_unused}"
            );
        }
    }

    #[test]
    fn a_failed_test_just_before_the_trimester_end_withholds_the_grade_except_in_the_last() {
        // 002 8.2.4. (test grade, last trimester, expected)
        type Case<'a> = (Grade, bool, &'a [&'a str]);
        let cases: &[Case] = &[
            (Poor, false, &["withheld", "support"]),
            (Weak, false, &["withheld", "support"]),
            (Satisfactory, false, &[]),
            (Poor, true, &[]),
        ];
        for (test, last, expected) in cases {
            let s = Student {
                last_trimester: *last,
                ..student(vec![Subject {
                    test_before_trimester_end: Some(*test),
                    ..subject("Bioloogia", "", None, None)
                }])
            };
            assert_eq!(&kinds(&findings(&s)), expected, "{test:?} last={last}");
        }
    }

    #[test]
    fn marks_read_as_in_e_school_and_bad_pieces_are_reported_by_position() {
        let (marks, errors) = parse_marks("5 4,X;x 2/4* 3* 7 abc 4/*");
        assert_eq!(
            marks,
            vec![
                Mark::Grade(VeryGood),
                Mark::Grade(Good),
                Mark::X,
                Mark::X,
                Mark::Resit {
                    original: Some(Poor),
                    resit: Good
                },
                Mark::Resit {
                    original: None,
                    resit: Satisfactory
                },
            ]
        );
        let bad: Vec<(usize, &str)> = errors
            .iter()
            .map(|e| (e.position, e.text.as_str()))
            .collect();
        assert_eq!(bad, vec![(7, "7"), (8, "abc"), (9, "4/*")]);
    }

    #[test]
    fn an_x_left_undone_counts_as_weak_at_the_end_of_the_period() {
        assert_eq!(Mark::X.at_period_end(), Weak);
        assert_eq!(
            Mark::Resit {
                original: Some(Poor),
                resit: Good
            }
            .at_period_end(),
            Good
        );
        let f = findings(&student(vec![subject("Ajalugu", "5 X X", None, None)]));
        assert_eq!(
            f,
            vec![Finding::XBecomesWeak {
                subject: "Ajalugu".into(),
                count: 2
            }]
        );
    }

    #[test]
    fn stats_are_information_over_end_of_period_marks() {
        let (marks, _) = parse_marks("5 X 2/4* 3");
        let s = mark_stats(&marks).unwrap();
        assert_eq!(
            (s.mean, s.median, s.latest, s.count),
            (3.25, 3.5, Satisfactory, 4)
        );
        assert_eq!(mark_stats(&[]), None);
    }

    #[test]
    fn each_weak_grade_triggers_its_own_rule() {
        // (marks, trimester, year, expected finding kinds)
        type Case<'a> = (&'a str, Option<Grade>, Option<Grade>, &'a [&'a str]);
        let cases: &[Case] = &[
            ("5 4 3", Some(Satisfactory), Some(Satisfactory), &[]),
            ("5 2", None, None, &["support"]),
            ("1", None, None, &["support"]),
            ("2/4*", None, None, &["support"]),
            ("4", Some(Poor), None, &["support", "parent"]),
            ("4", Some(Weak), None, &["support", "parent"]),
            ("4", None, Some(Poor), &["additional"]),
            ("4", None, Some(Satisfactory), &[]),
        ];
        for (marks, tri, year, expected) in cases {
            let got = kinds(&findings(&student(vec![subject(
                "Keemia", marks, *tri, *year,
            )])));
            assert_eq!(&got, expected, "{marks} {tri:?} {year:?}");
        }
    }

    #[test]
    fn three_failing_years_allow_but_do_not_require_repeating_except_on_special_curricula() {
        let two = student(vec![
            subject("a", "", None, Some(Poor)),
            subject("b", "", None, Some(Weak)),
        ]);
        assert!(!findings(&two)
            .iter()
            .any(|f| matches!(f, Finding::MayRepeatYear { .. })));
        let mut three = two.clone();
        three.subjects.push(subject("c", "", None, Some(Poor)));
        assert!(findings(&three).contains(&Finding::MayRepeatYear { subjects: 3 }));
        for c in [Curriculum::Simplified, Curriculum::Coping] {
            let s = Student {
                curriculum: c,
                ..three.clone()
            };
            let f = findings(&s);
            assert!(f.contains(&Finding::NoRepeatForCurriculum { subjects: 3 }));
            assert!(!f.iter().any(|f| matches!(f, Finding::MayRepeatYear { .. })));
        }
    }

    fn graduate(years: &[Grade], exams: &[Option<Grade>]) -> Student {
        let subjects = years
            .iter()
            .zip(exams)
            .enumerate()
            .map(|(i, (y, e))| Subject {
                exam: *e,
                ..subject(&format!("s{i}"), "", None, Some(*y))
            })
            .collect();
        Student {
            class: 9,
            ..student(subjects)
        }
    }

    #[test]
    fn honours_need_all_fives_the_exam_fives_and_good_behaviour() {
        let five = Some(VeryGood);
        let mut s = graduate(&[VeryGood; 4], &[five, five, five, None]);
        assert_eq!(honours(&s), Honours::Met);
        s.behaviour = Some(Conduct::Exemplary);
        assert_eq!(honours(&s), Honours::Met);
        s.behaviour = Some(Conduct::Satisfactory);
        assert_eq!(
            honours(&s),
            Honours::NotMet(vec![HonoursGap::Behaviour(Conduct::Satisfactory)])
        );
        s.behaviour = Some(Conduct::Good);
        s.subjects[1].exam = Some(Good);
        assert_eq!(
            honours(&s),
            Honours::NotMet(vec![HonoursGap::ExamGradeBelowVeryGood {
                subject: "s1".into()
            }])
        );
        s.subjects[1].exam = Some(VeryGood);
        s.subjects[0].year = Some(Summative::Given(Good));
        assert_eq!(
            honours(&s),
            Honours::NotMet(vec![HonoursGap::YearGradeBelowVeryGood {
                subject: "s0".into()
            }])
        );
        s.subjects[0].year = None;
        assert_eq!(
            honours(&s),
            Honours::NotYetKnown(vec![HonoursUnknown::YearGradeMissing {
                subject: "s0".into()
            }])
        );
        s.subjects[0].year = Some(Summative::LeftUnset);
        assert_eq!(
            honours(&s),
            Honours::NotYetKnown(vec![HonoursUnknown::YearGradeLeftUnset {
                subject: "s0".into()
            }])
        );
        s.subjects[0].year = Some(Summative::Given(VeryGood));
        s.behaviour = None;
        assert_eq!(
            honours(&s),
            Honours::NotYetKnown(vec![HonoursUnknown::BehaviourMissing])
        );
    }

    #[test]
    fn honours_are_not_met_without_the_exam_grades() {
        // (exam grades entered, setting, expected)
        let five = Some(VeryGood);
        let unknown = |entered, required| {
            Honours::NotYetKnown(vec![HonoursUnknown::ExamGradesMissing {
                entered,
                required,
            }])
        };
        let cases = [
            ([None, None, None], 3, unknown(0, 3)),
            ([five, five, None], 3, unknown(2, 3)),
            ([five, five, five], 3, Honours::Met),
            ([five, five, None], 2, Honours::Met),
            ([None, None, None], 0, Honours::Met),
        ];
        for (exams, final_exams, expected) in cases {
            let s = graduate(&[VeryGood; 3], &exams);
            assert_eq!(
                honours_with(&s, &HonoursSetting { final_exams }),
                expected,
                "{exams:?} of {final_exams}"
            );
        }
        // A failing condition is "not met" even before the exams.
        let s = graduate(&[VeryGood, Good, VeryGood], &[None, None, None]);
        assert!(matches!(honours(&s), Honours::NotMet(_)));
    }

    #[test]
    fn honours_are_decided_only_in_class_9() {
        let five = Some(VeryGood);
        for class in FIRST_CLASS..=LAST_CLASS {
            let s = Student {
                class,
                ..graduate(&[VeryGood; 3], &[five, five, five])
            };
            let expected = if class == 9 {
                Honours::Met
            } else {
                Honours::NotYetKnown(vec![HonoursUnknown::NotAGraduateClass { class }])
            };
            assert_eq!(honours(&s), expected, "class {class}");
        }
    }

    #[test]
    fn praise_letter_follows_the_school_setting() {
        let s = student(vec![
            subject("a", "", None, Some(Good)),
            subject("b", "", None, Some(VeryGood)),
        ]);
        assert_eq!(
            praise_letter(&s, &PraiseLetterSetting::default()),
            Some(true)
        );
        assert_eq!(
            praise_letter(
                &s,
                &PraiseLetterSetting {
                    lowest_year_grade: VeryGood
                }
            ),
            Some(false)
        );
        let mut unset = s.clone();
        unset.subjects[0].year = Some(Summative::LeftUnset);
        assert_eq!(praise_letter(&unset, &PraiseLetterSetting::default()), None);
        let missing = student(vec![subject("a", "", None, None)]);
        assert_eq!(
            praise_letter(&missing, &PraiseLetterSetting::default()),
            None
        );
    }
}
