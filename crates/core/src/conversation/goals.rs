//! Development goals: checking how they are worded, reviewing last
//! period's, and carrying the unfinished ones forward.
//!
//! 000 4.2: "Arengueesmärgid peavad olema selged, realistlikud, jälgitavad ja
//! mõõdetavad" — goals must be clear, realistic, trackable and measurable.
//! 000 4.3: the class teacher and parents support the student in reaching
//! them. 000 9.2 step 2: the conversation begins by analysing the previous
//! period's goals and activities; step 7 sets new goals.
//!
//! The checks point things out; they never block saving — the regulation
//! asks for good goals, and a teacher and student decide what is good.

use crate::tr;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::parse_date;
use crate::code::as_code;
use crate::i18n::{Lang, Tr};
use crate::questionnaire::Goal;

/// How far a previous period's goal was reached (000 9.2 step 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GoalOutcome {
    Achieved,
    Partly,
    NotAchieved,
}

impl GoalOutcome {
    pub fn name(self) -> Tr {
        match self {
            GoalOutcome::Achieved => tr! {
                et: "saavutatud",
                en: "achieved",
                ru: "достигнута",
            },
            GoalOutcome::Partly => tr! {
                et: "osaliselt",
                en: "partly achieved",
                ru: "достигнута частично",
            },
            GoalOutcome::NotAchieved => tr! {
                et: "saavutamata",
                en: "not achieved",
                ru: "не достигнута",
            },
        }
    }
}

/// A previous period's goal with how it went.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewedGoal {
    pub goal: Goal,
    /// `None` until the conversation has looked at it.
    #[serde(with = "as_code")]
    pub outcome: Option<GoalOutcome>,
    pub comment: String,
}

/// Last period's goals, ready to be reviewed (no outcome yet).
pub fn review(goals: &[Goal]) -> Vec<ReviewedGoal> {
    goals
        .iter()
        .filter(|g| !g.what.trim().is_empty())
        .map(|g| ReviewedGoal {
            goal: g.clone(),
            ..ReviewedGoal::default()
        })
        .collect()
}

/// The goals not or only partly achieved, as new goals for the next period.
/// Their dates belong to the old period, so the date is cleared for the
/// conversation to set again; what, measure and support are kept.
pub fn carry_forward(reviewed: &[ReviewedGoal]) -> Vec<Goal> {
    reviewed
        .iter()
        .filter(|r| {
            matches!(
                r.outcome,
                Some(GoalOutcome::Partly) | Some(GoalOutcome::NotAchieved)
            )
        })
        .map(|r| Goal {
            by_when: String::new(),
            ..r.goal.clone()
        })
        .collect()
}

/// Something to look at in a goal's wording. Never an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GoalHint {
    /// 000 4.2 "selged": the goal does not say what.
    NoWhat,
    /// 000 4.2 "mõõdetavad": no way to measure progress.
    NoMeasure,
    /// 000 4.2 "jälgitavad": no date to check it by.
    NoDate,
    /// A "by when" that is not a date.
    BadDate,
    /// A date that is already past (today is a parameter).
    DateInPast,
    /// 000 4.3: nobody named to support it.
    NoSupport,
    /// A word that makes a goal vague ("paremini", "more", "стараться"),
    /// as written in the goal.
    Vague { word: String },
}

impl GoalHint {
    /// What the hint means, for the person writing the goal.
    pub fn explain(&self) -> Tr {
        match self {
            GoalHint::NoWhat => tr! {
                et: "Kirjuta, mida täpselt soovid saavutada.",
                en: "Write what exactly you want to achieve.",
                ru: "Напишите, чего именно вы хотите достичь.",
            },
            GoalHint::NoMeasure => tr! {
                et: "Kuidas on näha, et eesmärk on täidetud? Lisa mõõdik.",
                en: "How will you see the goal is reached? Add a measure.",
                ru: "Как будет видно, что цель достигнута? Добавьте критерий.",
            },
            GoalHint::NoDate => tr! {
                et: "Lisa kuupäev, milleks eesmärk on täidetud.",
                en: "Add the date by which the goal is reached.",
                ru: "Добавьте дату, к которой цель будет достигнута.",
            },
            GoalHint::BadDate => tr! {
                et: "Tähtaeg ei ole kuupäev.",
                en: "The deadline is not a date.",
                ru: "Срок не является датой.",
            },
            GoalHint::DateInPast => tr! {
                et: "Tähtaeg on juba möödas.",
                en: "The deadline has already passed.",
                ru: "Срок уже прошёл.",
            },
            GoalHint::NoSupport => tr! {
                et: "Kes aitab? Klassijuhataja ja vanem toetavad eesmärgi saavutamist.",
                en: "Who helps? The class teacher and parents support the goal.",
                ru: "Кто поможет? Классный руководитель и родители поддерживают цель.",
            },
            GoalHint::Vague { .. } => tr! {
                et:
                    "See sõna jätab eesmärgi ebamääraseks. Ütle täpsemalt: kui palju, mida, millal.",
                en: "This word leaves the goal vague. Say exactly: how much, what, when.",
                ru: "Это слово делает цель расплывчатой. Скажите точнее: сколько, что, когда.",
            },
        }
    }
}

/// A goal as 000 4.2 asks for one: clear, realistic, trackable, measurable.
pub const GOOD_EXAMPLE: Tr = tr! {
    et: "Loen 31. maini igal nädalal vähemalt ühe raamatu ja kirjutan sellest lugemispäevikusse; klassijuhataja vaatab päeviku üle kord kuus.",
    en: "Until 31 May I read at least one book a week and write about it in my reading diary; the class teacher looks at the diary once a month.",
    ru: "До 31 мая я каждую неделю читаю хотя бы одну книгу и пишу о ней в читательский дневник; классный руководитель раз в месяц смотрит дневник.",
};

/// How a listed word is matched against the words of a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The whole word.
    Word,
    /// Any word beginning with it (Estonian and Russian inflect: "proovin",
    /// "proovida"; "стараюсь", "стараться").
    Prefix,
}

/// Words that make a goal vague — comparisons without a measure and
/// intentions without an act. Data, so a school can extend it.
pub const VAGUE_WORDS: &[(Lang, &str, Match)] = &[
    (Lang::Et, "paremini", Match::Word),
    (Lang::Et, "parem", Match::Word),
    (Lang::Et, "rohkem", Match::Word),
    (Lang::Et, "vähem", Match::Word),
    (Lang::Et, "proovi", Match::Prefix),
    (Lang::Et, "püüa", Match::Prefix),
    (Lang::Et, "püüd", Match::Prefix),
    (Lang::Et, "katsu", Match::Prefix),
    (Lang::Et, "võimalusel", Match::Word),
    (Lang::En, "better", Match::Word),
    (Lang::En, "more", Match::Word),
    (Lang::En, "less", Match::Word),
    (Lang::En, "try", Match::Word),
    (Lang::En, "tries", Match::Word),
    (Lang::En, "trying", Match::Word),
    (Lang::En, "improv", Match::Prefix),
    (Lang::Ru, "лучше", Match::Word),
    (Lang::Ru, "больше", Match::Word),
    (Lang::Ru, "меньше", Match::Word),
    (Lang::Ru, "стара", Match::Prefix),
    (Lang::Ru, "постара", Match::Prefix),
    (Lang::Ru, "попыта", Match::Prefix),
    (Lang::Ru, "попроб", Match::Prefix),
];

/// The vague words in `text`, as written, in order, each once.
pub fn vague_words(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let lower = word.to_lowercase();
        let hit = VAGUE_WORDS.iter().any(|(_, w, m)| match m {
            Match::Word => lower == *w,
            Match::Prefix => lower.starts_with(w),
        });
        if hit && !found.iter().any(|f| f.to_lowercase() == lower) {
            found.push(word.to_string());
        }
    }
    found
}

/// Everything to look at in one goal, in a fixed order. An entirely empty
/// goal (a blank row) has nothing to say.
pub fn check(goal: &Goal, today: NaiveDate) -> Vec<GoalHint> {
    let blank = |t: &str| t.trim().is_empty();
    if [&goal.what, &goal.measure, &goal.by_when, &goal.support]
        .iter()
        .all(|t| blank(t))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    if blank(&goal.what) {
        out.push(GoalHint::NoWhat);
    }
    if blank(&goal.measure) {
        out.push(GoalHint::NoMeasure);
    }
    if blank(&goal.by_when) {
        out.push(GoalHint::NoDate);
    } else {
        match parse_date(&goal.by_when) {
            Ok(d) if d < today => out.push(GoalHint::DateInPast),
            Ok(_) => {}
            Err(_) => out.push(GoalHint::BadDate),
        }
    }
    if blank(&goal.support) {
        out.push(GoalHint::NoSupport);
    }
    for word in vague_words(&format!("{} {}", goal.what, goal.measure)) {
        out.push(GoalHint::Vague { word });
    }
    out
}

/// Hints for a list of goals, with each goal's 0-based position.
pub fn check_all(goals: &[Goal], today: NaiveDate) -> Vec<(usize, GoalHint)> {
    goals
        .iter()
        .enumerate()
        .flat_map(|(i, g)| check(g, today).into_iter().map(move |h| (i, h)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Coded;
    use crate::conversation::fixtures::goal;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn each_missing_part_of_a_goal_is_pointed_out() {
        let full = goal("Loen 10 raamatut", "lugemispäevik", "2027-05-31", "ema");
        let cases: Vec<(Goal, Vec<GoalHint>)> = vec![
            (full.clone(), vec![]),
            (goal("", "", "", ""), vec![]),
            (
                goal(" ", "lugemispäevik", "2027-05-31", "ema"),
                vec![GoalHint::NoWhat],
            ),
            (
                goal("Loen 10 raamatut", "", "2027-05-31", "ema"),
                vec![GoalHint::NoMeasure],
            ),
            (
                goal("Loen 10 raamatut", "päevik", "", "ema"),
                vec![GoalHint::NoDate],
            ),
            (
                goal("Loen 10 raamatut", "päevik", "31.05.2027", "ema"),
                vec![GoalHint::BadDate],
            ),
            (
                goal("Loen 10 raamatut", "päevik", "2027-05-31", ""),
                vec![GoalHint::NoSupport],
            ),
            (
                goal("Õpin", "", "", ""),
                vec![GoalHint::NoMeasure, GoalHint::NoDate, GoalHint::NoSupport],
            ),
        ];
        for (g, expected) in cases {
            assert_eq!(check(&g, today()), expected, "{g:?}");
        }
    }

    #[test]
    fn a_date_is_in_the_past_only_before_today() {
        let on = |d: &str| check(&goal("Loen", "päevik", d, "ema"), today());
        assert_eq!(on("2026-11-23"), vec![GoalHint::DateInPast]);
        assert_eq!(on("2026-11-24"), vec![]);
        assert_eq!(on("2026-11-25"), vec![]);
    }

    #[test]
    fn vague_words_are_found_in_every_language_and_inflection() {
        let cases: &[(&str, &[&str])] = &[
            ("Õpin matemaatikat paremini", &["paremini"]),
            ("Proovin rohkem lugeda", &["Proovin", "rohkem"]),
            ("Püüan tunnis kaasa töötada", &["Püüan"]),
            ("Try to do MORE homework, more often", &["Try", "MORE"]),
            ("Improving my grades", &["Improving"]),
            ("Буду стараться читать больше", &["стараться", "больше"]),
            ("Постараюсь учиться лучше", &["Постараюсь", "лучше"]),
            // Not vague: measured, and words that only contain a listed one.
            ("Loen 10 raamatut 31. maiks", &[]),
            ("Read a book every morning", &[]),
            ("Üheksa tundi und, parema tulemuse nimel", &[]),
            ("Entry test, tryout", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(vague_words(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_vague_goal_names_each_vague_word_after_the_other_hints() {
        let g = goal("Õpin paremini", "rohkem viisi", "2027-05-31", "isa");
        assert_eq!(
            check(&g, today()),
            vec![
                GoalHint::Vague {
                    word: "paremini".into()
                },
                GoalHint::Vague {
                    word: "rohkem".into()
                },
            ]
        );
        assert_eq!(
            check_all(&[goal("", "", "", ""), g], today())
                .iter()
                .map(|(i, _)| *i)
                .collect::<Vec<_>>(),
            vec![1, 1]
        );
    }

    #[test]
    fn the_good_example_passes_its_own_checks() {
        for lang in Lang::ALL {
            assert!(vague_words(GOOD_EXAMPLE.get(lang)).is_empty(), "{lang:?}");
        }
    }

    #[test]
    fn not_and_partly_achieved_goals_carry_forward_without_their_old_date() {
        let reviewed = |what: &str, outcome| ReviewedGoal {
            goal: goal(what, "m", "2026-05-31", "s"),
            outcome,
            comment: String::new(),
        };
        let previous = vec![
            reviewed("a", Some(GoalOutcome::Achieved)),
            reviewed("b", Some(GoalOutcome::Partly)),
            reviewed("c", Some(GoalOutcome::NotAchieved)),
            reviewed("d", None),
        ];
        assert_eq!(
            carry_forward(&previous),
            vec![goal("b", "m", "", "s"), goal("c", "m", "", "s")]
        );
    }

    #[test]
    fn reviewing_starts_without_outcomes_and_skips_blank_goals() {
        let r = review(&[goal("a", "", "", ""), goal(" ", "x", "", "")]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].outcome, None);
        let json = serde_json::to_string(&r[0]).unwrap();
        assert!(json.contains("\"outcome\":\"\""), "{json}");
        let mut done = r[0].clone();
        done.outcome = Some(GoalOutcome::NotAchieved);
        let json = serde_json::to_string(&done).unwrap();
        assert!(json.contains("\"outcome\":\"not-achieved\""), "{json}");
        assert_eq!(serde_json::from_str::<ReviewedGoal>(&json).unwrap(), done);
        assert_eq!(<Option<GoalOutcome>>::ALL.len(), 4);
    }
}
