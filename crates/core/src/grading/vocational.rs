//! Vocational grading (001): EKAP-weighted average, graduating with
//! honours, conditional transfer, academic debts.

use chrono::{Duration, NaiveDate};

use crate::calendar::days::add_weeks;
use serde::{Deserialize, Serialize};

use super::scale::Grade;

/// 001 4.5.1: "Üks arvestuspunkt vastab 26 tunnile õpilase tööle".
pub const HOURS_PER_EKAP: f64 = 26.0;
/// 001 4.5.1: "Keskmine arvestuslik õppetöö maht õppeaastas on 60 arvestuspunkti".
pub const EKAP_PER_YEAR: f64 = 60.0;
/// No module is larger than a whole three-year curriculum; anything above is a typing error.
pub const EKAP_MAX: f64 = 180.0;
/// 001 6.10.4.1: weighted average "4,6" or higher.
pub const HONOURS_AVERAGE: f64 = 4.6;
/// 001 6.10.4.1 names "4,6" without saying whether an average such as 4.55
/// (which rounds to "4,6" at one decimal) meets it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AverageRule {
    /// Default: the exact weighted average must be 4.6 or more; 4.599 is not.
    #[default]
    Exact,
    /// The average rounded half up to one decimal, as the clause writes
    /// "4,6": 4.55 counts, 4.549 does not.
    RoundedToOneDecimal,
}

impl AverageRule {
    /// The lowest exact average that meets 6.10.4.1 under this rule.
    pub fn threshold(self) -> f64 {
        match self {
            AverageRule::Exact => HONOURS_AVERAGE,
            AverageRule::RoundedToOneDecimal => HONOURS_AVERAGE - 0.05,
        }
    }

    pub fn meets(self, average: f64) -> bool {
        average + 1e-9 >= self.threshold()
    }
}

/// 001 6.8.5 is a ground "poolaasta lõppedes" (at the end of the half-year);
/// during the half-year the figure is only a projection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HalfYearCheck {
    /// Default: during the half-year show the share so far, labelled as a
    /// projection (`DebtWarning::HalfOrMoreUnsatisfactorySoFar`); at its end
    /// the ground itself.
    #[default]
    Projection,
    /// Warn only at the end of the half-year.
    AtHalfYearEndOnly,
}

/// The vocational rules' settings where 001 is silent or open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VocationalSettings {
    pub honours_average: AverageRule,
    pub half_year: HalfYearCheck,
}

/// 001 6.3.1: conditional transfer with at most 20 % of the year's volume unfinished.
pub const CONDITIONAL_TRANSFER_SHARE: f64 = 0.20;

/// A list of this many modules is more than any curriculum has (a
/// three-year curriculum of 180 EKAP has a few dozen); a longer imported
/// file is refused as not a module list.
pub const MODULES_MAX: usize = 200;
/// A module's name longer than this is not a name; an imported file with one is refused.
pub const MODULE_NAME_MAX: usize = 200;

/// The symbols a module result is recorded with (001 4.6.4.4–4.6.4.8), in
/// the order a list offers them.
pub const SYMBOLS: [&str; 7] = ["5", "4", "3", "2", "A", "MA", "X"];

/// A module's result as recorded in the study journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModuleResult {
    /// 001 4.6.4.4: differentiated 5 / 4 / 3 / 2 (no "1" in vocational school).
    Graded(Grade),
    /// 001 4.6.4.5: "A" arvestatud (pass).
    Pass,
    /// 001 4.6.4.5: "MA" mittearvestatud (fail).
    Fail,
    /// 001 4.6.4.8: "X" not done or not submitted, on the date it was recorded.
    X(#[serde(with = "crate::calendar::text::serde_date")] NaiveDate),
}

/// Why a grade symbol was not understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SymbolError {
    Unknown,
    /// "1" exists in general education, not in vocational grading (001 4.6.4.4).
    OneIsNotVocational,
    /// An "X" needs the date it was recorded.
    XNeedsDate,
}

/// Reads `5`, `4`, `3`, `2`, `A`, `MA`, `X` (the last with its date).
pub fn parse_symbol(symbol: &str, x_date: Option<NaiveDate>) -> Result<ModuleResult, SymbolError> {
    match symbol.trim().to_ascii_uppercase().as_str() {
        "5" => Ok(ModuleResult::Graded(Grade::VeryGood)),
        "4" => Ok(ModuleResult::Graded(Grade::Good)),
        "3" => Ok(ModuleResult::Graded(Grade::Satisfactory)),
        "2" => Ok(ModuleResult::Graded(Grade::Poor)),
        "1" => Err(SymbolError::OneIsNotVocational),
        "A" => Ok(ModuleResult::Pass),
        "MA" => Ok(ModuleResult::Fail),
        "X" => x_date.map(ModuleResult::X).ok_or(SymbolError::XNeedsDate),
        _ => Err(SymbolError::Unknown),
    }
}

/// 001 4.6.4.8: "Tegemata või esitamata töö määratakse õppetööpäevikus „X“,
/// mis fikseerimise järgselt õpilase poolt 2 nädala jooksul tegemata jätmisel
/// arvestatakse eristava hindena „2“".
pub const X_TERM_WEEKS: u32 = 2;
/// 001 6.2.2: "likvideerima õppevõlgnevuse hiljemalt kolme nädala jooksul
/// alates õppevõlgnevuse tekkimise kuupäevast".
pub const DEBT_TERM_WEEKS: u32 = 3;

/// 001 4.6.4.8: the last day an X can still be made up. Counting starts the
/// day after it was recorded, so a term of two weeks from a Monday ends on
/// the Monday two weeks later (recording date + 14 days), which is still in
/// time.
pub fn x_last_day(recorded: NaiveDate) -> NaiveDate {
    add_weeks(recorded, X_TERM_WEEKS).due
}

/// 001 4.6.4.8: the first day an X not made up counts as "2": the day after
/// `x_last_day` (recording date + 15 days).
pub fn x_becomes_two_on(recorded: NaiveDate) -> NaiveDate {
    x_last_day(recorded) + Duration::days(1)
}

/// 001 6.2.2: the last day a debt that arose on `arose` can be cleared
/// (three weeks, counted like `x_last_day`: `arose` + 21 days).
pub fn debt_last_day(arose: NaiveDate) -> NaiveDate {
    add_weeks(arose, DEBT_TERM_WEEKS).due
}

/// 001 6.2.2: the first day a debt not cleared is "aegunud" (expired):
/// the day after `debt_last_day`.
pub fn debt_expired_from(arose: NaiveDate) -> NaiveDate {
    debt_last_day(arose) + Duration::days(1)
}

/// 001 6.2: "Õppevõlgnevus … on järelvastamisele kuuluv negatiivne tulemus
/// või tegemata töö." An X is "tegemata töö", so it is a debt from the day it
/// is recorded, and stays the same debt when it turns into a "2" (nothing new
/// arises then): its 6.2.2 clock runs from the X's own date. Any other
/// unfinished result ("2", "MA") arises on the date it was recorded.
/// `None` when the module carries no debt on `today`, or the date is unknown.
pub fn debt_arose(module: &Module, today: NaiveDate) -> Option<NaiveDate> {
    let result = module.result?;
    if !result.on(today).is_unfinished() {
        return None;
    }
    match result {
        ModuleResult::X(recorded) => Some(recorded),
        _ => module.date,
    }
}

/// Every X not yet turned into a "2" on `today`, with the day it turns
/// (001 4.6.4.8), for the warnings list.
pub fn pending_x(modules: &[Module], today: NaiveDate) -> Vec<(String, NaiveDate)> {
    modules
        .iter()
        .filter_map(|m| match m.result.map(|r| r.on(today)) {
            Some(ModuleResult::X(d)) => Some((m.name.clone(), x_becomes_two_on(d))),
            _ => None,
        })
        .collect()
}

impl ModuleResult {
    /// The result as it stands on `today`: an X not made up by `x_last_day` is a "2".
    pub fn on(self, today: NaiveDate) -> ModuleResult {
        match self {
            ModuleResult::X(d) if today >= x_becomes_two_on(d) => ModuleResult::Graded(Grade::Poor),
            other => other,
        }
    }

    /// 001 6.2: a negative result or work not done ("tegemata töö"), i.e. a debt.
    pub fn is_unfinished(self) -> bool {
        matches!(
            self,
            ModuleResult::Graded(Grade::Poor)
                | ModuleResult::Graded(Grade::Weak)
                | ModuleResult::Fail
                | ModuleResult::X(_)
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub name: String,
    pub ekap: f64,
    /// `None` while the module is still being studied.
    pub result: Option<ModuleResult>,
    /// When the result was recorded (for debts: 001 6.2.2 counts from then).
    #[serde(default, with = "crate::calendar::text::serde_date::option")]
    pub date: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EkapError {
    NotPositive,
    TooLarge,
}

/// A module's volume: more than 0 and at most `EKAP_MAX`.
pub fn check_ekap(ekap: f64) -> Result<(), EkapError> {
    if !(ekap.is_finite() && ekap > 0.0) {
        Err(EkapError::NotPositive)
    } else if ekap > EKAP_MAX {
        Err(EkapError::TooLarge)
    } else {
        Ok(())
    }
}

/// The EKAP-weighted mean of the differentiated grades (kaalutud keskmine
/// hinne). A and MA carry no grade and are left out (001 4.6.4.5); a pending
/// X is left out until it turns into a "2". `None` when no module has a
/// differentiated grade.
pub fn weighted_average(modules: &[Module], today: NaiveDate) -> Option<f64> {
    let (sum, weight) =
        graded(modules, today).fold((0.0, 0.0), |(s, w), (g, e)| (s + g * e, w + e));
    (weight > 0.0).then(|| sum / weight)
}

fn graded(modules: &[Module], today: NaiveDate) -> impl Iterator<Item = (f64, f64)> + '_ {
    modules
        .iter()
        .filter_map(move |m| match m.result.map(|r| r.on(today)) {
            Some(ModuleResult::Graded(g)) => Some((g.value() as f64, m.ekap)),
            _ => None,
        })
}

/// Two decimals, rounded *down*, so the figure shown never overstates: a
/// 4.5999 shows as 4.59, not as a 4.60 that would look like honours.
pub fn format_average(avg: f64) -> String {
    format!("{:.2}", ((avg * 100.0) + 1e-9).floor() / 100.0)
}

/// The final exam, for 001 6.10.4.3.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FinalExam {
    #[default]
    NotYet,
    Differentiated(Grade),
    /// Non-differentiated pass: does not meet 6.10.4.3.
    Passed,
    /// 6.10.4.3 (second): a professional exam (kutseeksam) passed.
    ProfessionalExam,
}

pub use super::check::Check;

/// Every condition of 001 6.10.4 with its state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Honours {
    /// 6.10.4.1: weighted average ≥ 4.6.
    pub average: Check,
    /// 6.10.4.2: every summative result "hea" or "väga hea".
    pub all_good: Check,
    /// 6.10.4.3: final exam differentiated "5", or a professional exam.
    pub exam: Check,
    /// 6.10.4.4: at least half of the module final grades differentiated.
    pub half_differentiated: Check,
    /// The average the ungraded modules would need for 4.6 overall; `None`
    /// when nothing is left to grade or no EKAP is known.
    pub needed_in_remaining: Option<Needed>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Needed {
    pub average: f64,
    pub remaining_ekap: f64,
    /// Above 5: 4.6 can no longer be reached.
    pub reachable: bool,
}

/// 001 6.10.4 with the default settings.
pub fn honours(modules: &[Module], exam: FinalExam, today: NaiveDate) -> Honours {
    honours_with(modules, exam, today, &VocationalSettings::default())
}

/// 001 6.10.4: graduating with honours, condition by condition; 6.10.4.1's
/// "4,6" read as `settings.honours_average` says.
pub fn honours_with(
    modules: &[Module],
    exam: FinalExam,
    today: NaiveDate,
    settings: &VocationalSettings,
) -> Honours {
    let rule = settings.honours_average;
    let results: Vec<Option<ModuleResult>> = modules
        .iter()
        .map(|m| m.result.map(|r| r.on(today)))
        .collect();
    let pending = results
        .iter()
        .any(|r| r.is_none() || matches!(r, Some(ModuleResult::X(_))));
    let avg = weighted_average(modules, today);
    let remaining_ekap: f64 = modules
        .iter()
        .zip(&results)
        .filter(|(_, r)| r.is_none())
        .map(|(m, _)| m.ekap)
        .sum();
    let average = match avg {
        Some(a) if rule.meets(a) && !pending => Check::Met,
        Some(a) if !rule.meets(a) && remaining_ekap == 0.0 && !pending => Check::NotMet,
        _ => Check::NotYetKnown,
    };
    let bad = results.iter().any(|r| {
        matches!(r, Some(ModuleResult::Graded(g)) if *g < Grade::Good)
            || matches!(r, Some(ModuleResult::Fail))
    });
    let all_good = if bad {
        Check::NotMet
    } else if pending {
        Check::NotYetKnown
    } else {
        Check::Met
    };
    let exam = match exam {
        FinalExam::Differentiated(Grade::VeryGood) | FinalExam::ProfessionalExam => Check::Met,
        FinalExam::NotYet => Check::NotYetKnown,
        _ => Check::NotMet,
    };
    let finals: Vec<&ModuleResult> = results
        .iter()
        .flatten()
        .filter(|r| !matches!(r, ModuleResult::X(_)))
        .collect();
    let differentiated = finals
        .iter()
        .filter(|r| matches!(r, ModuleResult::Graded(_)))
        .count();
    let half_differentiated = if finals.is_empty() {
        Check::NotYetKnown
    } else if differentiated * 2 >= finals.len() {
        if pending {
            Check::NotYetKnown
        } else {
            Check::Met
        }
    } else if pending {
        Check::NotYetKnown
    } else {
        Check::NotMet
    };
    let needed_in_remaining = (remaining_ekap > 0.0).then(|| {
        let (sum, weight) =
            graded(modules, today).fold((0.0, 0.0), |(s, w), (g, e)| (s + g * e, w + e));
        let average = (rule.threshold() * (weight + remaining_ekap) - sum) / remaining_ekap;
        Needed {
            average,
            remaining_ekap,
            reachable: average <= 5.0 + 1e-12,
        }
    });
    Honours {
        average,
        all_good,
        exam,
        half_differentiated,
        needed_in_remaining,
    }
}

/// 001 6.3.1: the unfinished share of the year's volume.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transfer {
    pub unfinished_ekap: f64,
    pub volume_ekap: f64,
    pub share: f64,
    /// Nothing unfinished: moves on normally.
    pub clear: bool,
    /// Unfinished, but at most 20 %: may move on conditionally, as an exception.
    pub conditional_possible: bool,
}

/// Unfinished = a "2", an "MA", an X, or no result yet at the year's end,
/// over the EKAP of all modules listed for the year. A pending X counts as
/// unfinished here exactly as it counts as a debt in `debt_warnings` (001 6.2
/// "tegemata töö"), so the two agree.
pub fn transfer(modules: &[Module], today: NaiveDate) -> Option<Transfer> {
    let volume_ekap: f64 = modules.iter().map(|m| m.ekap).sum();
    if volume_ekap <= 0.0 {
        return None;
    }
    let unfinished_ekap: f64 = modules
        .iter()
        .filter(|m| {
            m.result
                .map(|r| r.on(today).is_unfinished())
                .unwrap_or(true)
        })
        .map(|m| m.ekap)
        .sum::<f64>()
        // An empty float sum is -0.0, which would print as "-0".
        + 0.0;
    let share = unfinished_ekap / volume_ekap;
    Some(Transfer {
        unfinished_ekap,
        volume_ekap,
        share,
        clear: unfinished_ekap == 0.0,
        conditional_possible: unfinished_ekap > 0.0 && share <= CONDITIONAL_TRANSFER_SHARE + 1e-12,
    })
}

/// One open debt (001 6.2) and its 6.2.2 term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debt {
    pub module: String,
    /// `debt_arose`: for an X, the day it was recorded.
    #[serde(with = "crate::calendar::text::serde_date")]
    pub arose: NaiveDate,
    /// 001 6.2.2: the last day to agree on the resit times ("10 tööpäeva jooksul").
    #[serde(with = "crate::calendar::text::serde_date")]
    pub agree_by: NaiveDate,
    /// 001 6.2.2: the last day to clear it (`debt_last_day`).
    #[serde(with = "crate::calendar::text::serde_date")]
    pub clear_by: NaiveDate,
    /// Not cleared by `clear_by`: "aegunud" from the day after.
    pub expired: bool,
}

/// 001 6.2: 10 working days to agree on resit times (6.2.2).
pub const AGREE_WORKING_DAYS: u32 = 10;

/// Every open debt on `today` with its terms, in list order; modules whose
/// result has no date are left out (their term cannot be counted).
pub fn debts(modules: &[Module], today: NaiveDate) -> Vec<Debt> {
    modules
        .iter()
        .filter_map(|m| {
            let arose = debt_arose(m, today)?;
            Some(Debt {
                module: m.name.clone(),
                arose,
                agree_by: crate::calendar::days::add_working_days(arose, AGREE_WORKING_DAYS).due,
                clear_by: debt_last_day(arose),
                expired: today >= debt_expired_from(arose),
            })
        })
        .collect()
}

/// Grounds the school *may* act on; warnings with their clause, not verdicts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DebtWarning {
    /// 001 6.2.2: not cleared within three weeks of arising: "aegunud".
    /// `since` is the first day it is expired (`debt_expired_from`), never a
    /// day still within the three weeks.
    Expired {
        module: String,
        #[serde(with = "crate::calendar::text::serde_date")]
        since: NaiveDate,
    },
    /// 001 6.2.5: five or more expired debts.
    FiveOrMoreExpired(usize),
    /// 001 6.8.5: unsatisfactory in half or more of the assessed modules at
    /// the end of the half-year.
    HalfOrMoreUnsatisfactory {
        unsatisfactory: usize,
        assessed: usize,
    },
    /// 001 6.8.5 as a projection during the half-year: the same share so far,
    /// not yet a ground (`HalfYearCheck::Projection`).
    HalfOrMoreUnsatisfactorySoFar {
        unsatisfactory: usize,
        assessed: usize,
    },
}

/// 001 6.2.2, 6.2.5, 6.8.5 with the default settings, during the half-year
/// (6.8.5 as a projection).
pub fn debt_warnings(modules: &[Module], today: NaiveDate) -> Vec<DebtWarning> {
    debt_warnings_with(modules, today, &VocationalSettings::default(), false)
}

/// 001 6.2.2, 6.2.5, 6.8.5. `half_year_ended`: `today` is at the end of the
/// half-year, when 6.8.5 applies.
pub fn debt_warnings_with(
    modules: &[Module],
    today: NaiveDate,
    settings: &VocationalSettings,
    half_year_ended: bool,
) -> Vec<DebtWarning> {
    let mut out = Vec::new();
    let mut expired = 0;
    for d in debts(modules, today).into_iter().filter(|d| d.expired) {
        expired += 1;
        out.push(DebtWarning::Expired {
            module: d.module,
            since: debt_expired_from(d.arose),
        });
    }
    if expired >= 5 {
        out.push(DebtWarning::FiveOrMoreExpired(expired));
    }
    let assessed: Vec<ModuleResult> = modules
        .iter()
        .filter_map(|m| m.result.map(|r| r.on(today)))
        .filter(|r| !matches!(r, ModuleResult::X(_)))
        .collect();
    let unsatisfactory = assessed.iter().filter(|r| r.is_unfinished()).count();
    if !assessed.is_empty() && unsatisfactory * 2 >= assessed.len() {
        let assessed = assessed.len();
        match (half_year_ended, settings.half_year) {
            (true, _) => out.push(DebtWarning::HalfOrMoreUnsatisfactory {
                unsatisfactory,
                assessed,
            }),
            (false, HalfYearCheck::Projection) => {
                out.push(DebtWarning::HalfOrMoreUnsatisfactorySoFar {
                    unsatisfactory,
                    assessed,
                })
            }
            (false, HalfYearCheck::AtHalfYearEndOnly) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }
    const TODAY: fn() -> NaiveDate = || ymd(2026, 11, 23);

    fn m(name: &str, ekap: f64, symbol: &str) -> Module {
        let result =
            (!symbol.is_empty()).then(|| parse_symbol(symbol, Some(ymd(2026, 11, 20))).unwrap());
        Module {
            name: name.into(),
            ekap,
            result,
            date: Some(ymd(2026, 11, 1)),
        }
    }

    #[test]
    fn every_offered_symbol_reads() {
        for sym in SYMBOLS {
            assert!(parse_symbol(sym, Some(TODAY())).is_ok(), "{sym}");
        }
    }

    #[test]
    fn pending_x_lists_only_xs_still_in_time_with_their_turning_day() {
        let recorded = ymd(2026, 11, 20);
        let mut late = m("late", 3.0, "X");
        late.result = Some(ModuleResult::X(ymd(2026, 10, 1)));
        let mods = [m("a", 3.0, "X"), m("b", 2.0, "4"), late];
        assert_eq!(
            pending_x(&mods, TODAY()),
            vec![("a".to_string(), x_becomes_two_on(recorded))]
        );
    }

    #[test]
    fn symbols_read_as_the_journal_writes_them() {
        assert_eq!(parse_symbol(" ma ", None), Ok(ModuleResult::Fail));
        assert_eq!(parse_symbol("A", None), Ok(ModuleResult::Pass));
        assert_eq!(
            parse_symbol("5", None),
            Ok(ModuleResult::Graded(Grade::VeryGood))
        );
        assert_eq!(
            parse_symbol("1", None),
            Err(SymbolError::OneIsNotVocational)
        );
        assert_eq!(parse_symbol("X", None), Err(SymbolError::XNeedsDate));
        assert_eq!(parse_symbol("B", None), Err(SymbolError::Unknown));
    }

    #[test]
    fn an_x_can_be_made_up_on_the_same_weekday_two_weeks_later_and_is_a_two_the_day_after() {
        // 001 4.6.4.8: recorded Monday 2 November 2026.
        let rec = ymd(2026, 11, 2);
        let x = ModuleResult::X(rec);
        assert_eq!(x_last_day(rec), ymd(2026, 11, 16));
        assert_eq!(x_becomes_two_on(rec), ymd(2026, 11, 17));
        // (today, result as it stands)
        let cases = [
            (ymd(2026, 11, 2), x),
            (ymd(2026, 11, 15), x),
            (ymd(2026, 11, 16), x),
            (ymd(2026, 11, 17), ModuleResult::Graded(Grade::Poor)),
        ];
        for (today, expected) in cases {
            assert_eq!(x.on(today), expected, "{today}");
        }
    }

    #[test]
    fn a_debt_is_not_expired_on_its_last_day_and_is_from_the_next() {
        // 001 6.2.2: a "2" recorded Monday 2 November 2026; last day Monday 23 November.
        let mut two = m("Keevitus", 5.0, "2");
        two.date = Some(ymd(2026, 11, 2));
        assert_eq!(debt_last_day(ymd(2026, 11, 2)), ymd(2026, 11, 23));
        let expired = |today| {
            debt_warnings(std::slice::from_ref(&two), today)
                .into_iter()
                .find(|w| matches!(w, DebtWarning::Expired { .. }))
        };
        assert_eq!(expired(ymd(2026, 11, 23)), None);
        assert_eq!(
            expired(ymd(2026, 11, 24)),
            Some(DebtWarning::Expired {
                module: "Keevitus".into(),
                since: ymd(2026, 11, 24)
            })
        );
    }

    #[test]
    fn each_debt_lists_its_terms_and_the_calendar_gives_the_same_days() {
        use crate::calendar::deadlines::{deadlines, Event, Kind};
        // A "2" recorded Friday 11 December 2026.
        let mut two = m("Keevitus", 5.0, "2");
        two.date = Some(ymd(2026, 12, 11));
        let list = [two, m("Eesti keel", 5.0, "5")];
        let d = debts(&list, ymd(2026, 12, 20));
        let cal = deadlines(Event::DebtArose, ymd(2026, 12, 11));
        let due = |k| cal.iter().find(|x| x.kind == k).unwrap().count.due;
        assert_eq!(
            d,
            vec![Debt {
                module: "Keevitus".into(),
                arose: ymd(2026, 12, 11),
                agree_by: due(Kind::AgreeOnResit),
                clear_by: due(Kind::ClearDebt),
                expired: false,
            }]
        );
        assert_eq!(d[0].agree_by, ymd(2026, 12, 29));
        assert_eq!(d[0].clear_by, ymd(2027, 1, 1));
        assert!(debts(&list, ymd(2027, 1, 2))[0].expired);
    }

    #[test]
    fn an_x_is_a_debt_from_the_day_it_is_recorded() {
        // 001 6.2: "tegemata töö" is a debt. X recorded 2 November: a "2" from the
        // 17th, and the same debt is expired from the 24th (three weeks from the X).
        let x = Module {
            name: "Joonestamine".into(),
            ekap: 5.0,
            result: Some(ModuleResult::X(ymd(2026, 11, 2))),
            date: Some(ymd(2026, 11, 2)),
        };
        // (today, debt arose, expired warning since)
        let cases = [
            (ymd(2026, 11, 2), Some(ymd(2026, 11, 2)), None),
            (ymd(2026, 11, 17), Some(ymd(2026, 11, 2)), None),
            (ymd(2026, 11, 23), Some(ymd(2026, 11, 2)), None),
            (
                ymd(2026, 11, 24),
                Some(ymd(2026, 11, 2)),
                Some(ymd(2026, 11, 24)),
            ),
        ];
        for (today, arose, since) in cases {
            assert_eq!(debt_arose(&x, today), arose, "{today}");
            let got = debt_warnings(std::slice::from_ref(&x), today)
                .into_iter()
                .find_map(|w| match w {
                    DebtWarning::Expired { since, .. } => Some(since),
                    _ => None,
                });
            assert_eq!(got, since, "{today}");
            // 6.3.1 agrees: the X is unfinished volume on every one of these days.
            let t = transfer(std::slice::from_ref(&x), today).unwrap();
            assert_eq!(t.unfinished_ekap, 5.0, "{today}");
        }
        let done = m("Eesti keel", 5.0, "4");
        assert_eq!(debt_arose(&done, TODAY()), None);
    }

    #[test]
    fn ekap_must_be_positive_and_sane() {
        assert_eq!(check_ekap(0.0), Err(EkapError::NotPositive));
        assert_eq!(check_ekap(-3.0), Err(EkapError::NotPositive));
        assert_eq!(check_ekap(f64::NAN), Err(EkapError::NotPositive));
        assert_eq!(check_ekap(181.0), Err(EkapError::TooLarge));
        assert_eq!(check_ekap(180.0), Ok(()));
        assert_eq!(check_ekap(0.5), Ok(()));
        assert_eq!(HOURS_PER_EKAP * EKAP_PER_YEAR, 1560.0);
    }

    #[test]
    fn the_average_weights_by_ekap_and_leaves_out_pass_fail() {
        let list = [
            m("a", 10.0, "5"),
            m("b", 5.0, "3"),
            m("c", 20.0, "A"),
            m("d", 3.0, "MA"),
        ];
        let avg = weighted_average(&list, TODAY()).unwrap();
        assert!((avg - (50.0 + 15.0) / 15.0).abs() < 1e-12);
        assert_eq!(format_average(avg), "4.33");
        let all_pass_fail = [m("c", 20.0, "A"), m("d", 3.0, "MA")];
        assert_eq!(weighted_average(&all_pass_fail, TODAY()), None);
    }

    #[test]
    fn honours_average_boundary_is_4_6_exactly() {
        // 3 × 5 and 2 × 4 at equal EKAP: 23 / 5 = 4.6.
        let exact: Vec<Module> = ["5", "5", "5", "4", "4"]
            .iter()
            .map(|g| m("x", 6.0, g))
            .collect();
        let h = honours(&exact, FinalExam::Differentiated(Grade::VeryGood), TODAY());
        assert_eq!(
            (h.average, h.all_good, h.exam, h.half_differentiated),
            (Check::Met, Check::Met, Check::Met, Check::Met)
        );
        // Slightly below: 5 × 46 EKAP + 4 × 31 EKAP … = 4.5974.
        let below = [m("a", 46.0, "5"), m("b", 31.0, "4")];
        let h = honours(&below, FinalExam::ProfessionalExam, TODAY());
        assert_eq!(h.average, Check::NotMet);
        assert_eq!(
            format_average(weighted_average(&below, TODAY()).unwrap()),
            "4.59"
        );
    }

    #[test]
    fn each_honours_condition_fails_on_its_own() {
        let with_three = [m("a", 6.0, "5"), m("b", 6.0, "3")];
        assert_eq!(
            honours(&with_three, FinalExam::ProfessionalExam, TODAY()).all_good,
            Check::NotMet
        );
        let good = [m("a", 6.0, "5"), m("b", 6.0, "5")];
        assert_eq!(
            honours(&good, FinalExam::Differentiated(Grade::Good), TODAY()).exam,
            Check::NotMet
        );
        assert_eq!(
            honours(&good, FinalExam::Passed, TODAY()).exam,
            Check::NotMet
        );
        assert_eq!(
            honours(&good, FinalExam::NotYet, TODAY()).exam,
            Check::NotYetKnown
        );
        // 1 graded of 3 final results: under half.
        let mostly_pass = [m("a", 6.0, "5"), m("b", 6.0, "A"), m("c", 6.0, "A")];
        assert_eq!(
            honours(&mostly_pass, FinalExam::ProfessionalExam, TODAY()).half_differentiated,
            Check::NotMet
        );
        let half = [m("a", 6.0, "5"), m("b", 6.0, "A")];
        assert_eq!(
            honours(&half, FinalExam::ProfessionalExam, TODAY()).half_differentiated,
            Check::Met
        );
    }

    #[test]
    fn the_honours_average_is_exact_by_default_or_rounded_to_one_decimal_when_set() {
        // 001 6.10.4.1 "4,6". Two modules of equal EKAP: (grades, exact, rounded).
        // 5 and 4 at 11 : 9 EKAP = 4.55; 5 and 4 at 109 : 91 = 4.545.
        let cases = [
            ((11.0, 9.0), Check::NotMet, Check::Met),
            ((109.0, 91.0), Check::NotMet, Check::NotMet),
            ((3.0, 2.0), Check::Met, Check::Met),
        ];
        let rounded = VocationalSettings {
            honours_average: AverageRule::RoundedToOneDecimal,
            ..VocationalSettings::default()
        };
        for ((five, four), exact, round) in cases {
            let list = [m("a", five, "5"), m("b", four, "4")];
            let exam = FinalExam::ProfessionalExam;
            assert_eq!(
                honours(&list, exam, TODAY()).average,
                exact,
                "{five}:{four}"
            );
            assert_eq!(
                honours_with(&list, exam, TODAY(), &rounded).average,
                round,
                "{five}:{four} rounded"
            );
        }
        // What the remaining modules need follows the rule: 4.55 → 4.5 needed.
        let list = [m("a", 10.0, "5"), m("b", 10.0, "4"), m("c", 10.0, "")];
        let n = honours_with(&list, FinalExam::NotYet, TODAY(), &rounded)
            .needed_in_remaining
            .unwrap();
        assert!((n.average - 4.65).abs() < 1e-9, "{}", n.average);
    }

    #[test]
    fn half_or_more_unsatisfactory_is_a_ground_only_at_the_half_year_end() {
        // 001 6.8.5. (half-year ended, setting, expected)
        let list = [m("a", 5.0, "2"), m("b", 5.0, "4")];
        let ground = DebtWarning::HalfOrMoreUnsatisfactory {
            unsatisfactory: 1,
            assessed: 2,
        };
        let so_far = DebtWarning::HalfOrMoreUnsatisfactorySoFar {
            unsatisfactory: 1,
            assessed: 2,
        };
        let cases = [
            (true, HalfYearCheck::Projection, Some(ground.clone())),
            (true, HalfYearCheck::AtHalfYearEndOnly, Some(ground)),
            (false, HalfYearCheck::Projection, Some(so_far)),
            (false, HalfYearCheck::AtHalfYearEndOnly, None),
        ];
        for (ended, half_year, expected) in cases {
            let settings = VocationalSettings {
                half_year,
                ..VocationalSettings::default()
            };
            let got = debt_warnings_with(&list, TODAY(), &settings, ended)
                .into_iter()
                .find(|w| {
                    matches!(
                        w,
                        DebtWarning::HalfOrMoreUnsatisfactory { .. }
                            | DebtWarning::HalfOrMoreUnsatisfactorySoFar { .. }
                    )
                });
            assert_eq!(got, expected, "{ended} {half_year:?}");
        }
        // Under half: no 6.8.5 warning, even at the end.
        let few = [m("a", 5.0, "2"), m("b", 5.0, "4"), m("c", 5.0, "5")];
        assert!(
            !debt_warnings_with(&few, TODAY(), &VocationalSettings::default(), true)
                .iter()
                .any(|w| matches!(w, DebtWarning::HalfOrMoreUnsatisfactory { .. }))
        );
    }

    #[test]
    fn remaining_modules_are_told_what_average_they_need() {
        // 30 EKAP graded at 4.5 average, 30 EKAP left: need 4.7.
        let list = [m("a", 15.0, "5"), m("b", 15.0, "4"), m("c", 30.0, "")];
        let h = honours(&list, FinalExam::NotYet, TODAY());
        let n = h.needed_in_remaining.unwrap();
        assert!((n.average - 4.7).abs() < 1e-9);
        assert_eq!((n.remaining_ekap, n.reachable), (30.0, true));
        assert_eq!(h.average, Check::NotYetKnown);
        let hopeless = [m("a", 50.0, "3"), m("c", 10.0, "")];
        assert!(
            !honours(&hopeless, FinalExam::NotYet, TODAY())
                .needed_in_remaining
                .unwrap()
                .reachable
        );
    }

    #[test]
    fn conditional_transfer_boundary_is_20_percent_inclusive() {
        let at = [m("a", 48.0, "4"), m("b", 12.0, "2")];
        let t = transfer(&at, TODAY()).unwrap();
        assert!((t.share - 0.2).abs() < 1e-12);
        assert!(t.conditional_possible && !t.clear);
        let over = [m("a", 47.0, "4"), m("b", 13.0, "MA")];
        assert!(!transfer(&over, TODAY()).unwrap().conditional_possible);
        let clear = [m("a", 60.0, "A")];
        let t = transfer(&clear, TODAY()).unwrap();
        assert!(t.clear);
        assert_eq!(
            format!("{} {:.1}", t.unfinished_ekap, t.share * 100.0),
            "0 0.0",
            "no negative zero"
        );
        assert_eq!(transfer(&[], TODAY()), None);
    }

    #[test]
    fn debts_expire_after_three_weeks_and_warnings_name_their_clause() {
        let mut old = m("Keevitus", 5.0, "2");
        old.date = Some(ymd(2026, 11, 1)); // last day 22 November, expired from the 23rd
        let fresh = Module {
            date: Some(ymd(2026, 11, 10)),
            ..m("Joonestamine", 5.0, "MA")
        };
        let w = debt_warnings(&[old.clone(), fresh, m("Eesti keel", 5.0, "5")], TODAY());
        assert!(w.contains(&DebtWarning::Expired {
            module: "Keevitus".into(),
            since: ymd(2026, 11, 23)
        }));
        assert_eq!(
            w.iter()
                .filter(|x| matches!(x, DebtWarning::Expired { .. }))
                .count(),
            1
        );
        assert!(w.contains(&DebtWarning::HalfOrMoreUnsatisfactorySoFar {
            unsatisfactory: 2,
            assessed: 3
        }));
        let five: Vec<Module> = (0..5).map(|_| old.clone()).collect();
        assert!(debt_warnings(&five, TODAY()).contains(&DebtWarning::FiveOrMoreExpired(5)));
        let four: Vec<Module> = (0..4).map(|_| old.clone()).collect();
        assert!(!debt_warnings(&four, TODAY())
            .iter()
            .any(|x| matches!(x, DebtWarning::FiveOrMoreExpired(_))));
    }

    proptest::proptest! {
        #[test]
        fn the_last_day_of_a_term_is_still_in_time_and_the_next_is_not(days in 0i64..20000) {
            let d = ymd(2000, 1, 1) + Duration::days(days);
            let x = ModuleResult::X(d);
            proptest::prop_assert_eq!(x.on(x_last_day(d)), x);
            proptest::prop_assert_eq!(x.on(x_becomes_two_on(d)), ModuleResult::Graded(Grade::Poor));
            proptest::prop_assert_eq!(x_last_day(d).weekday(), d.weekday());
            let two = Module { name: "m".into(), ekap: 1.0, result: Some(ModuleResult::Graded(Grade::Poor)), date: Some(d) };
            let expired = |today| debt_warnings(std::slice::from_ref(&two), today)
                .into_iter()
                .any(|w| matches!(w, DebtWarning::Expired { .. }));
            proptest::prop_assert!(!expired(debt_last_day(d)));
            proptest::prop_assert!(expired(debt_expired_from(d)));
            proptest::prop_assert_eq!(debt_last_day(d).weekday(), d.weekday());
        }
    }
}
