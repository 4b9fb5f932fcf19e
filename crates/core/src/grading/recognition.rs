//! Recognising earlier studies and work experience (VÕTA): 001 4.6.4.10–11,
//! Lisa 5 I 3, II 1, III 6–8 and III 15.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::scale::Grade;
use crate::calendar::days::{add_months, first_month_last_day, sub_months, Count};

/// 001 Lisa 5 III 8: a general-education subject transfers only if the part
/// studied covered at least 60 % of the curriculum's volume.
pub const MIN_COVERED_SHARE: f64 = 0.60;

/// A numeric grading scale: lowest and highest grade and the lowest pass.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceScale {
    pub min: f64,
    pub max: f64,
    pub pass: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleError {
    /// Needs min < pass ≤ max.
    Inconsistent,
    GradeOutside,
}

/// How an earlier grade is carried over.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Recognition {
    /// 001 4.6.4.10, Lisa 5 III 6: same system and volume → the original grade.
    AsIs(Grade),
    /// 001 4.6.4.10: a comparable system → the computed equivalent. `position`
    /// is where the grade sits between the pass mark (0) and the maximum (1).
    Equivalent { grade: Grade, position: f64 },
    /// Below the source scale's pass mark: not passed, nothing to transfer.
    NotPassed,
    /// 001 4.6.4.10: systems that cannot be compared → non-differentiated "A".
    NonDifferentiated,
    /// 001 Lisa 5 III 8: a general-education subject with less than 60 % of
    /// the volume covered → the grade cannot be transferred; the knowledge
    /// is assessed (exam, test) instead.
    NeedsAssessment,
    /// 001 Lisa 5 III 7, 4.6.4.11: a vocational module studied at another
    /// level or in a smaller volume than the curriculum's → recognised only
    /// through an assessment of its content (exam, practical work, test),
    /// never with the grade as it is. Both reasons are named.
    NeedsContentAssessment {
        other_level: bool,
        smaller_volume: bool,
    },
}

/// Maps `grade` on `scale` onto the five-point scale: the pass mark becomes
/// 3, the maximum 5, linearly in between, rounded half up. The method is
/// ours (the seed says "arvutatakse vasted" without a formula) and the UI
/// shows it.
pub fn equivalent(grade: f64, scale: SourceScale) -> Result<Recognition, ScaleError> {
    let SourceScale { min, max, pass } = scale;
    if !(min.is_finite() && max.is_finite() && pass.is_finite() && min < pass && pass <= max) {
        return Err(ScaleError::Inconsistent);
    }
    if !(min..=max).contains(&grade) {
        return Err(ScaleError::GradeOutside);
    }
    if grade < pass {
        return Ok(Recognition::NotPassed);
    }
    let position = if max == pass {
        1.0
    } else {
        (grade - pass) / (max - pass)
    };
    let value = (3.0 + 2.0 * position + 0.5 + 1e-9).floor() as u8;
    Ok(Recognition::Equivalent {
        grade: Grade::from_value(value.min(5)).expect("3..=5"),
        position,
    })
}

/// 001 Lisa 5 III 8 for general-education subjects: `covered` is the share
/// (0–1) of the curriculum's volume the earlier study covered.
pub fn general_subject(covered: f64, converted: Recognition) -> Recognition {
    if covered + 1e-12 < MIN_COVERED_SHARE {
        Recognition::NeedsAssessment
    } else {
        converted
    }
}

/// 001 Lisa 5 III 6: "Samal õppetasel ning samas mahus … sooritatud
/// õpingute arvestamine toimub … hinde ülekandmise kaudu." III 7 (and
/// 4.6.4.11): "Erineval õppetasel sooritatud või väiksemas mahus kui
/// õppekavas ettenähtud läbitud õpingute arvestamine toimub sisulise
/// hindamise … tulemusena." For a vocational module: `same_level` is whether
/// the earlier study was at the curriculum's level, `covered` the share (0–1)
/// of the module's volume it covered; any share under the whole volume is
/// "väiksemas mahus".
pub fn vocational_module(same_level: bool, covered: f64, converted: Recognition) -> Recognition {
    let smaller_volume = covered + 1e-12 < 1.0;
    if !same_level || smaller_volume {
        Recognition::NeedsContentAssessment {
            other_level: !same_level,
            smaller_volume,
        }
    } else {
        converted
    }
}

/// 001 Lisa 5 I 3: "Arvestatakse viimase 10 aasta jooksul omandatud õpi- ja
/// töokogemust."
pub const RECOGNITION_YEARS: u32 = 10;

/// 001 Lisa 5 I 3: the earliest day learning or work experience may have
/// been acquired to be recognised on an application of `applied`: the same
/// calendar day ten years before (29 February → 28 February). That day is
/// still within the ten years.
pub fn earliest_recognised(applied: NaiveDate) -> NaiveDate {
    sub_months(applied, RECOGNITION_YEARS * 12).due
}

/// 001 Lisa 5 I 3: whether experience acquired (completed) on `acquired` is
/// within the last ten years on `applied`.
pub fn within_recognition_period(acquired: NaiveDate, applied: NaiveDate) -> bool {
    acquired >= earliest_recognised(applied) && acquired <= applied
}

/// 001 Lisa 5 II 1: the application is filed "õppeaasta alguses 1 kuu
/// jooksul". `year_began` is the first day of the school year (001 4.3.1:
/// "1. september või sellele lähim esmaspäev"), which belongs to the school
/// year itself, so from 1 September the last day to apply is 30 September
/// (the same count as 6.3.1's first month in `calendar::deadlines`).
pub fn application_deadline(year_began: NaiveDate) -> NaiveDate {
    first_month_last_day(year_began)
}

/// 001 Lisa 5 II 1: whether an application filed on `applied` is within the
/// first month of the school year that began on `year_began`.
pub fn applied_in_time(applied: NaiveDate, year_began: NaiveDate) -> bool {
    (year_began..=application_deadline(year_began)).contains(&applied)
}

/// 001 Lisa 5 III 15: "Taotlused vaadatakse läbi reeglina ühe kuu jooksul
/// arvates taotluse esitamisest": the committee's answer is due one month
/// after the application (the same day of the next month, or its last day).
pub fn answer_due(applied: NaiveDate) -> Count {
    add_months(applied, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_module_at_another_level_or_in_a_smaller_volume_needs_an_assessment() {
        // 001 Lisa 5 III 6–7, 4.6.4.11. (same level, covered, expected)
        let four = Recognition::AsIs(Grade::Good);
        let cases = [
            (true, 1.0, four),
            (true, 1.2, four),
            (
                true,
                0.99,
                Recognition::NeedsContentAssessment {
                    other_level: false,
                    smaller_volume: true,
                },
            ),
            (
                false,
                1.0,
                Recognition::NeedsContentAssessment {
                    other_level: true,
                    smaller_volume: false,
                },
            ),
            (
                false,
                0.5,
                Recognition::NeedsContentAssessment {
                    other_level: true,
                    smaller_volume: true,
                },
            ),
        ];
        for (same_level, covered, expected) in cases {
            assert_eq!(
                vocational_module(same_level, covered, four),
                expected,
                "{same_level} {covered}"
            );
        }
    }

    #[test]
    fn only_the_last_ten_years_are_recognised() {
        // 001 Lisa 5 I 3. (acquired, applied, recognised)
        let cases = [
            (ymd(2016, 9, 15), ymd(2026, 9, 15), true),
            (ymd(2016, 9, 14), ymd(2026, 9, 15), false),
            (ymd(2026, 9, 15), ymd(2026, 9, 15), true),
            (ymd(2026, 9, 16), ymd(2026, 9, 15), false),
            // A leap day ten years on: the last day of February.
            (ymd(2018, 2, 28), ymd(2028, 2, 29), true),
            (ymd(2018, 2, 27), ymd(2028, 2, 29), false),
        ];
        for (acquired, applied, expected) in cases {
            assert_eq!(
                within_recognition_period(acquired, applied),
                expected,
                "{acquired} on {applied}"
            );
        }
    }

    #[test]
    fn applications_are_filed_in_the_first_month_of_the_school_year() {
        // 001 Lisa 5 II 1. (school year began, applied, in time)
        let cases = [
            (ymd(2026, 9, 1), ymd(2026, 8, 31), false),
            (ymd(2026, 9, 1), ymd(2026, 9, 1), true),
            (ymd(2026, 9, 1), ymd(2026, 9, 30), true),
            (ymd(2026, 9, 1), ymd(2026, 10, 1), false),
            (ymd(2026, 9, 1), ymd(2027, 3, 1), false),
            // 4.3.1: the year began on Monday 2 September 2024.
            (ymd(2024, 9, 2), ymd(2024, 10, 1), true),
            (ymd(2024, 9, 2), ymd(2024, 10, 2), false),
        ];
        for (began, applied, expected) in cases {
            assert_eq!(
                applied_in_time(applied, began),
                expected,
                "{applied} (year began {began})"
            );
        }
        assert_eq!(application_deadline(ymd(2026, 9, 1)), ymd(2026, 9, 30));
    }

    #[test]
    fn the_committee_answers_within_a_month() {
        // 001 Lisa 5 III 15. (applied, answer due)
        let cases = [
            (ymd(2026, 9, 15), ymd(2026, 10, 15)),
            (ymd(2026, 9, 30), ymd(2026, 10, 30)),
            (ymd(2027, 1, 31), ymd(2027, 2, 28)),
        ];
        use crate::calendar::deadlines::{deadlines, Event};
        for (applied, due) in cases {
            assert_eq!(answer_due(applied).due, due, "{applied}");
            // The deadlines page gives the same day.
            let d = &deadlines(Event::RecognitionApplied, applied)[0];
            assert_eq!(d.count.due, due, "{applied}");
        }
    }

    fn grade_of(r: Recognition) -> Option<u8> {
        match r {
            Recognition::Equivalent { grade, .. } | Recognition::AsIs(grade) => Some(grade.value()),
            _ => None,
        }
    }

    #[test]
    fn a_ten_point_scale_maps_pass_to_three_and_top_to_five() {
        let ten = SourceScale {
            min: 1.0,
            max: 10.0,
            pass: 5.0,
        };
        let cases = [
            (10.0, Some(5)),
            (9.0, Some(5)),
            (8.0, Some(4)),
            (7.0, Some(4)),
            (6.0, Some(3)),
            (5.0, Some(3)),
            (4.0, None),
        ];
        for (g, expected) in cases {
            assert_eq!(grade_of(equivalent(g, ten).unwrap()), expected, "{g}");
        }
        assert_eq!(equivalent(4.0, ten), Ok(Recognition::NotPassed));
    }

    #[test]
    fn a_percentage_scale_and_the_same_scale_work_too() {
        let pct = SourceScale {
            min: 0.0,
            max: 100.0,
            pass: 50.0,
        };
        assert_eq!(grade_of(equivalent(75.0, pct).unwrap()), Some(4));
        assert_eq!(grade_of(equivalent(74.0, pct).unwrap()), Some(4));
        assert_eq!(grade_of(equivalent(62.0, pct).unwrap()), Some(3));
        let five = SourceScale {
            min: 1.0,
            max: 5.0,
            pass: 3.0,
        };
        for g in 3..=5 {
            assert_eq!(grade_of(equivalent(g as f64, five).unwrap()), Some(g as u8));
        }
    }

    #[test]
    fn inconsistent_scales_and_grades_outside_are_refused() {
        assert_eq!(
            equivalent(
                5.0,
                SourceScale {
                    min: 5.0,
                    max: 10.0,
                    pass: 5.0
                }
            ),
            Err(ScaleError::Inconsistent)
        );
        assert_eq!(
            equivalent(
                5.0,
                SourceScale {
                    min: 1.0,
                    max: 10.0,
                    pass: 11.0
                }
            ),
            Err(ScaleError::Inconsistent)
        );
        assert_eq!(
            equivalent(
                11.0,
                SourceScale {
                    min: 1.0,
                    max: 10.0,
                    pass: 5.0
                }
            ),
            Err(ScaleError::GradeOutside)
        );
    }

    #[test]
    fn the_sixty_percent_rule_is_inclusive() {
        let ok = Recognition::AsIs(Grade::Good);
        assert_eq!(general_subject(0.60, ok), ok);
        assert_eq!(general_subject(0.5999, ok), Recognition::NeedsAssessment);
        assert_eq!(general_subject(1.0, ok), ok);
    }
}
