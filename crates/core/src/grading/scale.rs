//! The five-point scale shared by basic school, upper secondary school and
//! (without the "1") vocational school.

use crate::i18n::{Lang, Tr};
use crate::tr;
use serde::{Deserialize, Serialize};

/// 004 § 17 (2): grading on the five-point scale, 5 "väga hea" … 1 "nõrk".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Grade {
    Weak = 1,
    Poor = 2,
    Satisfactory = 3,
    Good = 4,
    VeryGood = 5,
}

impl Grade {
    /// Best first, as a points table is read.
    pub const ALL_DESC: [Grade; 5] = [
        Grade::VeryGood,
        Grade::Good,
        Grade::Satisfactory,
        Grade::Poor,
        Grade::Weak,
    ];

    pub fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(v: u8) -> Option<Grade> {
        match v {
            1 => Some(Grade::Weak),
            2 => Some(Grade::Poor),
            3 => Some(Grade::Satisfactory),
            4 => Some(Grade::Good),
            5 => Some(Grade::VeryGood),
            _ => None,
        }
    }

    /// 004 § 17 (2): a grade of 3 or better is "positive".
    pub fn is_positive(self) -> bool {
        self >= Grade::Satisfactory
    }

    /// The grade's name as the regulation words it.
    pub fn name(self) -> Tr {
        match self {
            Grade::VeryGood => tr! {
                et: "väga hea",
                en: "very good",
                ru: "отлично",
            },
            Grade::Good => tr! {
                et: "hea",
                en: "good",
                ru: "хорошо",
            },
            Grade::Satisfactory => tr! {
                et: "rahuldav",
                en: "satisfactory",
                ru: "удовлетворительно",
            },
            Grade::Poor => tr! {
                et: "puudulik",
                en: "poor",
                ru: "неудовлетворительно",
            },
            Grade::Weak => tr! {
                et: "nõrk",
                en: "weak",
                ru: "слабо",
            },
        }
    }

    pub fn name_in(self, lang: Lang) -> &'static str {
        self.name().get(lang)
    }

    /// 004 § 17 (2) 1)–5): what the grade says about the learning outcomes.
    pub fn meaning(self) -> Tr {
        match self {
            Grade::VeryGood => tr! {
                et: "Õpitulemused vastavad nõutule täiel määral ja ületavad seda.",
                en: "The learning outcomes fully meet, and exceed, what is required.",
                ru: "Результаты обучения полностью соответствуют требуемым и превосходят их.",
            },
            Grade::Good => tr! {
                et: "Õpitulemused vastavad nõutule üldiselt.",
                en: "The learning outcomes generally meet what is required.",
                ru: "Результаты обучения в целом соответствуют требуемым.",
            },
            Grade::Satisfactory => tr! {
                et: "Õpitulemused vastavad nõutule üldiselt, kuid esineb puudusi ja vigu.",
                en: "The learning outcomes generally meet what is required, but there are gaps and errors.",
                ru: "Результаты обучения в целом соответствуют требуемым, но есть недочёты и ошибки.",
            },
            Grade::Poor => tr! {
                et: "Õpitulemustes esineb olulisi puudusi.",
                en: "There are substantial gaps in the learning outcomes.",
                ru: "В результатах обучения есть существенные недостатки.",
            },
            Grade::Weak => tr! {
                et: "Õpitulemustes esineb olulisi puudusi ja areng puudub.",
                en: "There are substantial gaps in the learning outcomes and no development.",
                ru: "В результатах обучения есть существенные недостатки, и развития нет.",
            },
        }
    }
}

/// 004 § 18 (1): elective courses may be assessed "arvestatud" / "mittearvestatud"
/// (pass / fail), and such assessments are *not* converted to the five-point
/// scale — so this type has no conversion to `Grade`, on purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PassFail {
    Pass,
    Fail,
}

impl PassFail {
    pub fn name(self) -> Tr {
        match self {
            PassFail::Pass => tr! {
                et: "arvestatud",
                en: "pass",
                ru: "зачтено",
            },
            PassFail::Fail => tr! {
                et: "mittearvestatud",
                en: "fail",
                ru: "не зачтено",
            },
        }
    }
}

impl From<Grade> for u8 {
    fn from(g: Grade) -> u8 {
        g.value()
    }
}

impl TryFrom<u8> for Grade {
    type Error = String;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        Grade::from_value(v).ok_or_else(|| format!("{v} is not a grade on the five-point scale"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_round_trips_for_every_grade_and_nothing_else() {
        for g in Grade::ALL_DESC {
            assert_eq!(Grade::from_value(g.value()), Some(g));
        }
        assert_eq!(Grade::from_value(0), None);
        assert_eq!(Grade::from_value(6), None);
    }

    #[test]
    fn three_is_the_lowest_positive_grade() {
        let positive: Vec<u8> = Grade::ALL_DESC
            .iter()
            .filter(|g| g.is_positive())
            .map(|g| g.value())
            .collect();
        assert_eq!(positive, vec![5, 4, 3]);
    }

    #[test]
    fn serialises_as_its_number() {
        assert_eq!(serde_json::to_string(&Grade::Good).unwrap(), "4");
        assert_eq!(serde_json::from_str::<Grade>("2").unwrap(), Grade::Poor);
        assert!(serde_json::from_str::<Grade>("7").is_err());
    }
}
