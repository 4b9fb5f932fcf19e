//! Lateness and absences: how a late arrival is marked (001 6.1.6, 003 IV 1)
//! and where a vocational student stands with unexcused absences (001 4.7.4–
//! 4.7.5, 6.1.8–6.1.10). The rules say what the school *may* or must do;
//! these are findings with their clause, never decisions.
//!
//! The deadlines for reporting an absence (001 6.1.6; 003 IV 3, IV 6) are in
//! `calendar::deadlines`.

use crate::tr;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Whose rules apply: the two sources word lateness differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rules {
    /// 001 (vocational school study regulations).
    #[default]
    Vocational,
    /// 003 (the general school's house rules).
    GeneralHouseRules,
}

/// 001 6.1.6: "Tundi hilinejaks tuleb … märkida õpilane, kes hilineb tundi
/// üle 5 minuti".
pub const LATE_AFTER_MINUTES: u32 = 5;
/// 001 6.1.6: "kui õpilane on tunnist puudunud rohkem, kui 15 minutit, tuleb
/// õpilane märkida puudujaks"; 003 IV 1: "Põhjendamata hilinemine üle 15
/// minuti loetakse tunnist puudumiseks."
pub const ABSENT_AFTER_MINUTES: u32 = 15;

/// How a late arrival goes into the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LateMark {
    NotMarked,
    /// 001 4.7.5 "H" – hilinemine.
    Late,
    /// Counts as absent from the lesson.
    Absent,
}

/// The mark for arriving `minutes` late. `justified`: 001 6.1.6 a lateness
/// with a note (e.g. kept by another teacher) is not marked; 003 IV 1 counts
/// only an *unjustified* lateness over 15 minutes as absence (a justified one
/// is still a lateness, IV 2).
pub fn late_mark(minutes: u32, justified: bool, rules: Rules) -> LateMark {
    match rules {
        Rules::Vocational if justified => LateMark::NotMarked,
        Rules::Vocational if minutes > ABSENT_AFTER_MINUTES => LateMark::Absent,
        Rules::Vocational if minutes > LATE_AFTER_MINUTES => LateMark::Late,
        Rules::Vocational => LateMark::NotMarked,
        Rules::GeneralHouseRules if minutes == 0 => LateMark::NotMarked,
        Rules::GeneralHouseRules if minutes > ABSENT_AFTER_MINUTES && !justified => {
            LateMark::Absent
        }
        Rules::GeneralHouseRules => LateMark::Late,
    }
}

/// 001 6.1.9: "20 või rohkem õppetundi".
pub const INFORM_STUDY_DIRECTOR_FROM: u32 = 20;
/// 001 6.1.10.1: "rohkem kui 20 õppetundi" in the study period.
pub const REPRIMAND_OVER: u32 = 20;
/// 001 6.1.10.3: "rohkem kui 100 õppetundi" in the study period.
pub const REMOVAL_OVER: u32 = 100;

/// A vocational student's absences in one study period (õppeperiood).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Absences {
    /// Lessons missed without a valid reason (001 4.7.5 "P" – põhjusetu),
    /// including lateness over 15 minutes.
    pub unexcused: u32,
    /// Of all lessons missed, those whose reasons neither the student nor
    /// anyone for them has given (001 6.1.10.3).
    pub no_reason_given: u32,
    /// Under 18: the parent is involved (001 6.1.8–6.1.9).
    pub minor: bool,
}

/// What follows, each with its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Consequence {
    /// 001 6.1.8: the group tutor informs a minor's parent of unexcused absences.
    TutorInformsParent,
    /// 001 6.1.9: 20 or more unexcused lessons: for a minor, the tutor also
    /// informs the study director if needed.
    TutorMayInformStudyDirector,
    /// 001 6.1.10.1: more than 20 lessons missed in the period → a director's
    /// reprimand is possible.
    ReprimandPossible,
    /// 001 6.1.10.3: more than 100 lessons missed in the period without any
    /// reason given → the student may be removed from the list on the
    /// learning-support round table's proposal.
    RemovalPossible,
}

impl Consequence {
    pub fn clause(self) -> &'static str {
        match self {
            Consequence::TutorInformsParent => "001 6.1.8",
            Consequence::TutorMayInformStudyDirector => "001 6.1.9",
            Consequence::ReprimandPossible => "001 6.1.10.1",
            Consequence::RemovalPossible => "001 6.1.10.3",
        }
    }

    /// The consequence in `lang`, its thresholds formatted from the
    /// constants above (never retyped).
    pub fn label(self, lang: Lang) -> String {
        let (d, r, x) = (INFORM_STUDY_DIRECTOR_FROM, REPRIMAND_OVER, REMOVAL_OVER);
        match (self, lang.only()) {
            (Consequence::TutorInformsParent, _) => tr! {
                et: "Õppegrupi juhendaja teavitab lapsevanemat põhjuseta puudumistest.",
                en: "The group tutor informs the parent of the unexcused absences.",
                ru: "Руководитель группы сообщает родителю о пропусках без уважительной причины.",
            }
            .get(lang)
            .to_string(),
            (Consequence::TutorMayInformStudyDirector, Lang::Et) => format!("{d} või rohkem põhjuseta puudutud tundi: juhendaja teavitab vajadusel ka õppedirektorit."),
            (Consequence::TutorMayInformStudyDirector, Lang::En) => format!("{d} or more lessons missed without reason: the tutor also informs the study director if needed."),
            (Consequence::TutorMayInformStudyDirector, Lang::Ru) => format!("{d} и более уроков пропущено без причины: руководитель при необходимости сообщает и завучу."),
            (Consequence::ReprimandPossible, Lang::Et) => format!("Perioodis üle {r} puudutud tunni: võimalik direktori käskkirjaline noomitus. See on alus, mitte otsus."),
            (Consequence::ReprimandPossible, Lang::En) => format!("Over {r} lessons missed in the period: a director's reprimand is possible. This is a ground, not a decision."),
            (Consequence::ReprimandPossible, Lang::Ru) => format!("Более {r} пропущенных уроков за период: возможен выговор приказом директора. Это основание, а не решение."),
            (Consequence::RemovalPossible, Lang::Et) => format!("Perioodis üle {x} puudutud tunni ilma põhjustest teatamata: võimalik nimekirjast väljaarvamine õpiabi ümarlaua ettepanekul. See on alus, mitte otsus."),
            (Consequence::RemovalPossible, Lang::En) => format!("Over {x} lessons missed in the period with no reason given: removal from the list is possible on the support round table's proposal. This is a ground, not a decision."),
            (Consequence::RemovalPossible, Lang::Ru) => format!("Более {x} пропущенных уроков за период без сообщения причин: возможно отчисление по предложению круглого стола. Это основание, а не решение."),
        }
    }
}

/// 001 6.1.8–6.1.10: where the student stands, in clause order.
pub fn standing(a: &Absences) -> Vec<Consequence> {
    let mut out = Vec::new();
    if a.minor && a.unexcused > 0 {
        out.push(Consequence::TutorInformsParent);
    }
    if a.minor && a.unexcused >= INFORM_STUDY_DIRECTOR_FROM {
        out.push(Consequence::TutorMayInformStudyDirector);
    }
    if a.unexcused > REPRIMAND_OVER {
        out.push(Consequence::ReprimandPossible);
    }
    if a.no_reason_given > REMOVAL_OVER {
        out.push(Consequence::RemovalPossible);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lateness_is_marked_at_the_boundaries_of_each_source() {
        use LateMark::*;
        // (minutes, justified, 001, 003)
        let cases = [
            (0, false, NotMarked, NotMarked),
            (1, false, NotMarked, Late),
            (5, false, NotMarked, Late),
            (6, false, Late, Late),
            (15, false, Late, Late),
            (16, false, Absent, Absent),
            (45, false, Absent, Absent),
            (6, true, NotMarked, Late),
            (16, true, NotMarked, Late),
        ];
        for (minutes, justified, vocational, general) in cases {
            assert_eq!(
                late_mark(minutes, justified, Rules::Vocational),
                vocational,
                "001 {minutes} {justified}"
            );
            assert_eq!(
                late_mark(minutes, justified, Rules::GeneralHouseRules),
                general,
                "003 {minutes} {justified}"
            );
        }
    }

    #[test]
    fn absences_lead_to_their_consequences_at_each_threshold() {
        use Consequence::*;
        // (unexcused, no reason given, minor, expected)
        let cases: &[(u32, u32, bool, &[Consequence])] = &[
            (0, 0, true, &[]),
            (1, 0, true, &[TutorInformsParent]),
            (1, 0, false, &[]),
            (19, 0, true, &[TutorInformsParent]),
            (
                20,
                0,
                true,
                &[TutorInformsParent, TutorMayInformStudyDirector],
            ),
            (20, 0, false, &[]),
            (21, 0, false, &[ReprimandPossible]),
            (
                21,
                21,
                true,
                &[
                    TutorInformsParent,
                    TutorMayInformStudyDirector,
                    ReprimandPossible,
                ],
            ),
            (100, 100, false, &[ReprimandPossible]),
            (101, 101, false, &[ReprimandPossible, RemovalPossible]),
            // Reasons given (even if not accepted): 6.1.10.3 does not apply.
            (101, 0, false, &[ReprimandPossible]),
        ];
        for &(unexcused, no_reason_given, minor, expected) in cases {
            let a = Absences {
                unexcused,
                no_reason_given,
                minor,
            };
            assert_eq!(standing(&a), expected, "{a:?}");
        }
    }

    #[test]
    fn every_consequence_names_a_clause_of_001() {
        use Consequence::*;
        for c in [
            TutorInformsParent,
            TutorMayInformStudyDirector,
            ReprimandPossible,
            RemovalPossible,
        ] {
            assert!(c.clause().starts_with("001 6.1."), "{c:?}");
            for lang in Lang::ALL {
                assert!(!c.label(lang).is_empty());
            }
        }
    }

    #[test]
    fn every_threshold_in_a_label_is_the_constant_of_its_clause() {
        // 001 6.1.9, 6.1.10.1, 6.1.10.3: the sentences carry the numbers the
        // rules use, in every language.
        for lang in Lang::ALL {
            let has = |c: Consequence, n: u32| c.label(lang).contains(&n.to_string());
            assert!(has(
                Consequence::TutorMayInformStudyDirector,
                INFORM_STUDY_DIRECTOR_FROM
            ));
            assert!(has(Consequence::ReprimandPossible, REPRIMAND_OVER));
            assert!(has(Consequence::RemovalPossible, REMOVAL_OVER));
        }
    }

    proptest! {
        #[test]
        fn more_absences_never_remove_a_consequence(u in 0u32..300, n in 0u32..300, more in 0u32..50, minor in any::<bool>()) {
            let fewer = standing(&Absences { unexcused: u, no_reason_given: n, minor });
            let later = standing(&Absences { unexcused: u + more, no_reason_given: n + more, minor });
            for c in fewer {
                prop_assert!(later.contains(&c));
            }
        }

        #[test]
        fn a_later_arrival_is_never_marked_more_leniently(m in 0u32..90, more in 0u32..30, justified in any::<bool>(), general in any::<bool>()) {
            let rules = if general { Rules::GeneralHouseRules } else { Rules::Vocational };
            let rank = |l: LateMark| match l { LateMark::NotMarked => 0, LateMark::Late => 1, LateMark::Absent => 2 };
            prop_assert!(rank(late_mark(m, justified, rules)) <= rank(late_mark(m + more, justified, rules)));
        }
    }
}
