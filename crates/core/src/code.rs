//! Stable codes for the values a user picks from a list.
//!
//! A form stores the code, never Debug text or a list index, so a stored
//! form keeps its meaning when a variant is renamed or the list reordered.
//! The web crate binds every `Coded` type to one generic `<select>`.

use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};

/// The message of a serde error for a code this version does not know.
/// Fixed (not the code itself, `{code:?}`): `Debug` formatting of text would
/// be carried into every page for a message nobody reads; the loaders report
/// a damaged file by its line and column.
const UNKNOWN_CODE: &str = "unknown code";

use crate::allowance::{Commute, DayOff, TravelReason, TripMonth};
use crate::attendance::Rules;
use crate::calendar::deadlines::{Event, Kind};
use crate::calendar::planner::{ChangeTiming, YearEnd};
use crate::conversation::goals::GoalOutcome;
use crate::grading::bands::{PercentRounding, PointsStep, SchoolType};
use crate::grading::basic_school::{Conduct, Curriculum};
use crate::grading::scale::Grade;
use crate::grading::upper_secondary::{Outcome, StudyForm, Subject};
use crate::grading::vocational::{AverageRule, FinalExam, HalfYearCheck};
use crate::questionnaire::Role;

/// A closed set of values with a stable text code each.
pub trait Coded: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order a list offers them.
    const ALL: &'static [Self];

    /// Never changes once released: stored forms and files hold it.
    fn code(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

/// `#[serde(with = "kooliabi_core::code::as_code")]` stores a field by its code.
pub mod as_code {
    use super::*;

    pub fn serialize<T: Coded, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.code())
    }

    pub fn deserialize<'de, T: Coded, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        let code = String::deserialize(d)?;
        // The first release stored some values by their serde names, which
        // differ from the codes only in case ("Regular" for "regular").
        T::from_code(&code)
            .or_else(|| {
                T::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(&code))
            })
            .ok_or_else(|| D::Error::custom(UNKNOWN_CODE))
    }
}

/// Like `as_code`, for a field the first release stored by serde (the
/// variant's name, `null` for none): it now stores the code and still reads
/// the old text, so a form saved by that release keeps its meaning.
pub mod as_code_was_serde {
    use super::*;

    pub fn serialize<T: Coded, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.code())
    }

    pub fn deserialize<'de, T, D>(d: D) -> Result<T, D::Error>
    where
        T: Coded + Serialize,
        D: Deserializer<'de>,
    {
        let stored = serde_json::Value::deserialize(d)?;
        let by_code = stored.as_str().and_then(T::from_code);
        by_code
            .or_else(|| {
                T::ALL
                    .iter()
                    .copied()
                    .find(|v| crate::stored::to_value(v) == stored)
            })
            .ok_or_else(|| D::Error::custom(format!("unknown code {stored}")))
    }
}

/// Serialize and Deserialize by the code, for the types whose code is the
/// name serde's derive wrote before (`codes_of_already_stored_types_are_their_serde_names`
/// below), so stored text is unchanged: one shared string reader instead of
/// a derived enum reader (about 1 KB of wasm) per type on every page.
macro_rules! serde_by_code {
    ($($t:ty),+ $(,)?) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                by_code(d)
            }
        }
    )+};
}

fn by_code<'de, T: Coded, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let code = String::deserialize(d)?;
    T::from_code(&code).ok_or_else(|| D::Error::custom(UNKNOWN_CODE))
}

serde_by_code!(
    Role,
    Outcome,
    PercentRounding,
    PointsStep,
    SchoolType,
    StudyForm,
    ChangeTiming,
    YearEnd,
    AverageRule,
    HalfYearCheck,
    Rules,
    DayOff,
    TravelReason,
    TripMonth,
    Commute,
    Event,
);

/// Implements `Coded` from a table of (value, code). The codes of types that
/// were stored by serde before this trait existed are their serde names, so
/// data already on users' devices still reads (tested below).
macro_rules! coded {
    ($t:ty { $($v:expr => $c:literal),+ $(,)? }) => {
        impl Coded for $t {
            const ALL: &'static [Self] = &[$($v),+];
            fn code(self) -> &'static str {
                $(if self == $v { return $c; })+
                unreachable!("every value of the type is in its table")
            }
        }
    };
}

coded!(Role {
    Role::Student => "student",
    Role::Parent => "parent",
    Role::Teacher => "teacher",
    Role::Representative => "representative",
});

coded!(Curriculum {
    Curriculum::Regular => "regular",
    Curriculum::Simplified => "simplified",
    Curriculum::Coping => "coping",
});

// 002 8.5: the report card's own letters.
coded!(Conduct {
    Conduct::Exemplary => "E",
    Conduct::Good => "H",
    Conduct::Satisfactory => "R",
    Conduct::Unsatisfactory => "MR",
});

// "Not entered" first, then the grades best first, as a report card is read.
coded!(Option<Grade> {
    None => "",
    Some(Grade::VeryGood) => "5",
    Some(Grade::Good) => "4",
    Some(Grade::Satisfactory) => "3",
    Some(Grade::Poor) => "2",
    Some(Grade::Weak) => "1",
});

// "Not entered" first, then the report card's letters (002 8.5).
impl Coded for Option<Conduct> {
    const ALL: &'static [Self] = &[
        None,
        Some(Conduct::Exemplary),
        Some(Conduct::Good),
        Some(Conduct::Satisfactory),
        Some(Conduct::Unsatisfactory),
    ];
    fn code(self) -> &'static str {
        self.map_or("", Coded::code)
    }
}

// "Not looked at yet" first, then best first (000 9.2 step 2).
coded!(Option<GoalOutcome> {
    None => "",
    Some(GoalOutcome::Achieved) => "achieved",
    Some(GoalOutcome::Partly) => "partly",
    Some(GoalOutcome::NotAchieved) => "not-achieved",
});

// The codes the first release stored as text in the modules form.
coded!(FinalExam {
    FinalExam::NotYet => "none",
    FinalExam::Differentiated(Grade::VeryGood) => "5",
    FinalExam::Differentiated(Grade::Good) => "4",
    FinalExam::Differentiated(Grade::Satisfactory) => "3",
    FinalExam::Differentiated(Grade::Poor) => "2",
    FinalExam::Passed => "passed",
    FinalExam::ProfessionalExam => "professional",
});

coded!(Outcome { Outcome::NotYet => "NotYet", Outcome::Passed => "Passed", Outcome::Failed => "Failed" });

// Element ids and stored course lists name subjects by these.
coded!(Subject {
    Subject::Estonian => "estonian",
    Subject::LanguageOfInstruction => "languageofinstruction",
    Subject::Literature => "literature",
    Subject::EstonianSecondLanguage => "estoniansecondlanguage",
    Subject::ForeignB2 => "foreignb2",
    Subject::ForeignB1 => "foreignb1",
    Subject::OneForeignLanguage => "oneforeignlanguage",
    Subject::Mathematics => "mathematics",
    Subject::Biology => "biology",
    Subject::PhysicalGeography => "physicalgeography",
    Subject::Chemistry => "chemistry",
    Subject::Physics => "physics",
    Subject::History => "history",
    Subject::Civics => "civics",
    Subject::HealthEducation => "healtheducation",
    Subject::HumanGeography => "humangeography",
    Subject::Music => "music",
    Subject::Art => "art",
    Subject::PhysicalEducation => "physicaleducation",
});

// Calendar UIDs are made from these (`calendar::ics::stable_uid`).
coded!(Kind {
    Kind::AppealGrade => "appeal-grade",
    Kind::AppealPracticalGrade => "appeal-practical-grade",
    Kind::DirectorInforms => "director-informs",
    Kind::WrittenGradePublished => "written-grade-published",
    Kind::AppealExamResult => "appeal-exam-result",
    Kind::ExamCommitteeAnswers => "exam-committee-answers",
    Kind::AgreeOnResit => "agree-on-resit",
    Kind::ClearDebt => "clear-debt",
    Kind::XBecomesTwo => "x-becomes-two",
    Kind::ContestDecision => "contest-decision",
    Kind::SendQuestionnaire => "send-questionnaire",
    Kind::AnswerQuestionnaire => "answer-questionnaire",
    Kind::ConversationForNewStudent => "conversation-for-new-student",
    Kind::ConversationsByNewTeacher => "conversations-by-new-teacher",
    Kind::KeepRecords => "keep-records",
    Kind::RecognitionAnswered => "recognition-answered",
    Kind::StudentReportsAbsence => "student-reports-absence",
    Kind::ParentReportsAbsence => "parent-reports-absence",
    Kind::ParentReportsLongAbsence => "parent-reports-long-absence",
    Kind::SchoolInformsParent => "school-informs-parent",
    Kind::ClearDebtsAfterTransfer => "clear-debts-after-transfer",
    Kind::ClearDebtsAfterPractice => "clear-debts-after-practice",
    Kind::DecisionOnApplication => "decision-on-application",
    Kind::AppealToOwnerOrCourt => "appeal-to-owner-or-court",
    Kind::FirstResitNotBefore => "first-resit-not-before",
    Kind::SecondResitBy => "second-resit-by",
    Kind::TransferAfterAdditionalStudy => "transfer-after-additional-study",
    Kind::ExternalApplication => "external-application",
});

coded!(PercentRounding { PercentRounding::Exact => "Exact", PercentRounding::WholePercent => "WholePercent" });

coded!(PointsStep { PointsStep::Whole => "Whole", PointsStep::Half => "Half" });

coded!(SchoolType { SchoolType::General => "General", SchoolType::Vocational => "Vocational" });

// The settings added for issue #11 use their serde names as codes, so a
// form that stores them either way reads the same.
coded!(StudyForm {
    StudyForm::Daytime => "Daytime",
    StudyForm::Distance => "Distance",
    StudyForm::External => "External",
});

coded!(ChangeTiming { ChangeTiming::Limits => "Limits", ChangeTiming::Window => "Window" });

coded!(YearEnd { YearEnd::August31 => "August31", YearEnd::WorkingDayBefore => "WorkingDayBefore" });

coded!(AverageRule {
    AverageRule::Exact => "Exact",
    AverageRule::RoundedToOneDecimal => "RoundedToOneDecimal",
});

coded!(HalfYearCheck {
    HalfYearCheck::Projection => "Projection",
    HalfYearCheck::AtHalfYearEndOnly => "AtHalfYearEndOnly",
});

coded!(Rules { Rules::Vocational => "Vocational", Rules::GeneralHouseRules => "GeneralHouseRules" });

coded!(DayOff { DayOff::AsWritten => "AsWritten", DayOff::WorkingDayBefore => "WorkingDayBefore" });

coded!(TravelReason {
    TravelReason::NoPublicTransport => "NoPublicTransport",
    TravelReason::MobilityDisability => "MobilityDisability",
    TravelReason::Neither => "Neither",
});

coded!(Commute {
    Commute::DormitorySecondaryOrLevel2To3 => "DormitorySecondaryOrLevel2To3",
    Commute::DormitoryLevel4To5 => "DormitoryLevel4To5",
    Commute::Daily => "Daily",
});

coded!(TripMonth {
    TripMonth::ThisMonth => "ThisMonth",
    TripMonth::PreviousMonth => "PreviousMonth",
    TripMonth::Earlier => "Earlier",
});

coded!(Event {
    Event::LearnedGrade => "LearnedGrade",
    Event::LearnedPracticalGrade => "LearnedPracticalGrade",
    Event::DirectorDecided => "DirectorDecided",
    Event::WrittenWorkTaken => "WrittenWorkTaken",
    Event::ExamResultAnnounced => "ExamResultAnnounced",
    Event::ExamAppealReceived => "ExamAppealReceived",
    Event::DebtArose => "DebtArose",
    Event::XRecorded => "XRecorded",
    Event::AdministrativeDecision => "AdministrativeDecision",
    Event::ConversationPlanned => "ConversationPlanned",
    Event::StudentArrived => "StudentArrived",
    Event::ClassTeacherChanged => "ClassTeacherChanged",
    Event::ConversationHeld => "ConversationHeld",
    Event::RecognitionApplied => "RecognitionApplied",
    Event::AbsenceBeganVocational => "AbsenceBeganVocational",
    Event::AbsenceBegan => "AbsenceBegan",
    Event::ConditionalTransferYearBegan => "ConditionalTransferYearBegan",
    Event::ReturnedFromPractice => "ReturnedFromPractice",
    Event::ApplicationReceived => "ApplicationReceived",
    Event::TransitionExamHeld => "TransitionExamHeld",
    Event::AdditionalStudyAssigned => "AdditionalStudyAssigned",
    Event::ExternalGraduationSought => "ExternalGraduationSought",
});

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::HashSet;

    fn round_trips<T: Coded + std::fmt::Debug>() {
        let codes: HashSet<&str> = T::ALL.iter().map(|v| v.code()).collect();
        assert_eq!(codes.len(), T::ALL.len(), "codes are unique");
        for v in T::ALL {
            assert_eq!(T::from_code(v.code()), Some(*v));
        }
        assert_eq!(T::from_code("no such code"), None);
    }

    /// Types stored by serde before: the code is the stored text, so old
    /// forms still read.
    fn code_is_serde_name<T: Coded + Serialize>() {
        for v in T::ALL {
            assert_eq!(
                serde_json::to_string(v).unwrap(),
                format!("\"{}\"", v.code())
            );
        }
    }

    #[test]
    fn every_code_is_unique_and_reads_back() {
        round_trips::<Role>();
        round_trips::<Curriculum>();
        round_trips::<Conduct>();
        round_trips::<Option<Grade>>();
        round_trips::<Option<Conduct>>();
        round_trips::<FinalExam>();
        round_trips::<Outcome>();
        round_trips::<PercentRounding>();
        round_trips::<PointsStep>();
        round_trips::<SchoolType>();
        round_trips::<StudyForm>();
        round_trips::<ChangeTiming>();
        round_trips::<YearEnd>();
        round_trips::<AverageRule>();
        round_trips::<HalfYearCheck>();
        round_trips::<Rules>();
        round_trips::<DayOff>();
        round_trips::<TravelReason>();
        round_trips::<TripMonth>();
        round_trips::<Commute>();
        round_trips::<Event>();
        round_trips::<Subject>();
        round_trips::<Kind>();
        round_trips::<Option<GoalOutcome>>();
    }

    #[test]
    fn codes_of_already_stored_types_are_their_serde_names() {
        code_is_serde_name::<Role>();
        code_is_serde_name::<Outcome>();
        code_is_serde_name::<PercentRounding>();
        code_is_serde_name::<PointsStep>();
        code_is_serde_name::<SchoolType>();
        code_is_serde_name::<StudyForm>();
        code_is_serde_name::<ChangeTiming>();
        code_is_serde_name::<YearEnd>();
        code_is_serde_name::<AverageRule>();
        code_is_serde_name::<HalfYearCheck>();
        code_is_serde_name::<Rules>();
        code_is_serde_name::<DayOff>();
        code_is_serde_name::<TravelReason>();
        code_is_serde_name::<TripMonth>();
        code_is_serde_name::<Commute>();
        code_is_serde_name::<Event>();
    }

    #[test]
    fn a_field_stored_by_code_reads_the_first_releases_text() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Form {
            #[serde(with = "as_code")]
            exam: FinalExam,
        }
        let f: Form = serde_json::from_str(r#"{"exam":"none"}"#).unwrap();
        assert_eq!(f.exam, FinalExam::NotYet);
        let f: Form = serde_json::from_str(r#"{"exam":"4"}"#).unwrap();
        assert_eq!(f.exam, FinalExam::Differentiated(Grade::Good));
        assert!(serde_json::from_str::<Form>(r#"{"exam":"Passing"}"#).is_err());
        assert_eq!(
            serde_json::to_string(&Form {
                exam: FinalExam::ProfessionalExam
            })
            .unwrap(),
            r#"{"exam":"professional"}"#
        );
    }

    #[test]
    fn conduct_is_stored_by_its_letter_and_the_first_releases_text_still_reads() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Form {
            #[serde(with = "as_code_was_serde")]
            behaviour: Option<Conduct>,
        }
        let read = |json: &str| serde_json::from_str::<Form>(json).map(|f| f.behaviour);
        // What the first release wrote: serde's names and null.
        assert_eq!(
            read(r#"{"behaviour":"Exemplary"}"#).unwrap(),
            Some(Conduct::Exemplary)
        );
        assert_eq!(
            read(r#"{"behaviour":"Unsatisfactory"}"#).unwrap(),
            Some(Conduct::Unsatisfactory)
        );
        assert_eq!(read(r#"{"behaviour":null}"#).unwrap(), None);
        // What is written now: the report card's letters, "" for none.
        assert_eq!(
            read(r#"{"behaviour":"MR"}"#).unwrap(),
            Some(Conduct::Unsatisfactory)
        );
        assert_eq!(read(r#"{"behaviour":""}"#).unwrap(), None);
        assert!(read(r#"{"behaviour":"X"}"#).is_err());
        assert!(read(r#"{"behaviour":7}"#).is_err());
        let f = Form {
            behaviour: Some(Conduct::Good),
        };
        assert_eq!(serde_json::to_string(&f).unwrap(), r#"{"behaviour":"H"}"#);
    }

    #[test]
    fn a_value_stored_by_its_serde_name_reads_by_its_code() {
        #[derive(Deserialize)]
        struct Form {
            #[serde(with = "as_code")]
            curriculum: Curriculum,
        }
        let f: Form = serde_json::from_str(r#"{"curriculum":"Simplified"}"#).unwrap();
        assert_eq!(f.curriculum, Curriculum::Simplified);
    }
}
