//! Recognising earlier studies (001 4.6.4.10, Lisa 5 III 6–8).

use serde::{Deserialize, Serialize};

use super::scale::Grade;

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
    /// 001 Lisa 5 III 7–8: less than 60 % of the volume covered → the grade
    /// cannot be transferred; the knowledge is assessed (exam, test) instead.
    NeedsAssessment,
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

#[cfg(test)]
mod tests {
    use super::*;

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
