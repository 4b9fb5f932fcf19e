//! Points to grades on the five-point scale.
//!
//! 004 § 17 (3): "if the teacher has not stated otherwise … 90–100 % of the
//! maximum number of points → 5, 75–89 % → 4, 50–74 % → 3, 20–49 % → 2 and
//! 0–19 % → 1". The default bands are that clause; a teacher may set others.
//! 002 8.2.4 repeats the rule for basic school but its table was lost in
//! extraction, so basic school uses the national default too.

use serde::{Deserialize, Serialize};

use super::scale::Grade;

/// Lower bounds, in percent of the maximum, for the grades 5, 4, 3 and 2;
/// everything below the last bound is a 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bands {
    pub five: f64,
    pub four: f64,
    pub three: f64,
    pub two: f64,
}

impl Bands {
    /// 004 § 17 (3): 90 / 75 / 50 / 20.
    pub const NATIONAL: Bands = Bands {
        five: 90.0,
        four: 75.0,
        three: 50.0,
        two: 20.0,
    };

    /// Lower bound for each grade, best first (the 1 starts at 0 %).
    pub fn lower_bounds(&self) -> [(Grade, f64); 5] {
        [
            (Grade::VeryGood, self.five),
            (Grade::Good, self.four),
            (Grade::Satisfactory, self.three),
            (Grade::Poor, self.two),
            (Grade::Weak, 0.0),
        ]
    }

    /// Every bound within 0–100 and strictly falling from 5 to 2 (and above
    /// the 1's 0 %), so each grade has a non-empty range. All problems are
    /// listed, not just the first.
    pub fn validate(&self) -> Result<(), Vec<BandError>> {
        let mut errors = Vec::new();
        let bounds = self.lower_bounds();
        for (grade, bound) in &bounds[..4] {
            if !(bound.is_finite() && (0.0..=100.0).contains(bound)) {
                errors.push(BandError::OutOfRange(*grade));
            }
        }
        for pair in bounds.windows(2) {
            let ((upper_grade, upper), (_, lower)) = (pair[0], pair[1]);
            if upper.is_finite() && lower.is_finite() && upper <= lower {
                errors.push(BandError::NotAboveNext(upper_grade));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

impl Default for Bands {
    fn default() -> Self {
        Bands::NATIONAL
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BandError {
    /// The bound for this grade is not a number from 0 to 100.
    OutOfRange(Grade),
    /// The bound for this grade is not above the bound of the next lower grade.
    NotAboveNext(Grade),
}

/// How a fractional percentage meets a band. The regulation gives whole
/// percentages (89 % → 4, 90 % → 5) and is silent on 89.9 %, so this is a
/// visible setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PercentRounding {
    /// Default: compare the exact percentage; 89.9 % is below 90 %, a 4.
    #[default]
    Exact,
    /// Round to a whole percent first (half up): 89.5 % → 90 % → 5.
    WholePercent,
}

/// Which school's scale the points are converted to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SchoolType {
    /// Basic and upper secondary school: 5 to 1 (004 § 17 (2)).
    #[default]
    General,
    /// 001 4.6.4.4: "„5“ – „väga hea“; „4“ – „hea“; „3“ – „rahuldav“; „2“ –
    /// „puudulik“" — no "1", so everything under the "3" band is a "2".
    Vocational,
}

/// The teacher's settings for a points-to-grade conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub bands: Bands,
    pub rounding: PercentRounding,
    /// Added after the first release; a stored form without it is general.
    #[serde(default)]
    pub school: SchoolType,
}

/// What can be wrong with one conversion's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PointsError {
    MaxNotPositive,
    /// The maximum is above [`MAX_POINTS`]; the UI names the limit.
    MaxTooLarge,
    /// Points and maximum are given in whole or half points.
    NotHalfPoints,
    Negative,
    OverMax,
    PercentOutOfRange,
    Bands,
}

/// Floating-point slack, far below half a point of any real test.
const EPS: f64 = 1e-9;

fn is_half_step(x: f64) -> bool {
    let doubled = x * 2.0;
    (doubled - doubled.round()).abs() < EPS
}

/// The largest maximum a test may have. The regulation sets none (004 § 17 (3)
/// speaks only of percentages); real tests have tens or a few hundred points.
/// 10 000 leaves ample room while every half point stays a distinct
/// percentage at the two decimals the UI shows (0.5 / 10 000 = 0.005 %), and
/// a typed-in or linked `max=99999999` is refused with a message instead of
/// producing a meaningless table.
pub const MAX_POINTS: f64 = 10_000.0;

/// Checks a maximum: positive, finite, in half points, at most [`MAX_POINTS`].
pub fn check_max(max: f64) -> Result<(), PointsError> {
    if !(max.is_finite() && max > 0.0) {
        return Err(PointsError::MaxNotPositive);
    }
    if max > MAX_POINTS {
        return Err(PointsError::MaxTooLarge);
    }
    if !is_half_step(max) {
        return Err(PointsError::NotHalfPoints);
    }
    Ok(())
}

/// Checks points against a (valid) maximum.
pub fn check_points(points: f64, max: f64) -> Result<(), PointsError> {
    check_max(max)?;
    if !points.is_finite() || points < 0.0 {
        return Err(PointsError::Negative);
    }
    if !is_half_step(points) {
        return Err(PointsError::NotHalfPoints);
    }
    if points > max + EPS {
        return Err(PointsError::OverMax);
    }
    Ok(())
}

/// The share of the maximum, in percent.
pub fn percent(points: f64, max: f64) -> Result<f64, PointsError> {
    check_points(points, max)?;
    Ok(points * 100.0 / max)
}

/// 004 § 17 (3): the grade for a percentage of the maximum.
pub fn grade_for_percent(pct: f64, settings: &Settings) -> Result<Grade, PointsError> {
    if settings.bands.validate().is_err() {
        return Err(PointsError::Bands);
    }
    if !(pct.is_finite() && (0.0..=100.0 + EPS).contains(&pct)) {
        return Err(PointsError::PercentOutOfRange);
    }
    let pct = match settings.rounding {
        PercentRounding::Exact => pct,
        PercentRounding::WholePercent => (pct + 0.5 + EPS).floor(),
    };
    let grade = settings
        .bands
        .lower_bounds()
        .into_iter()
        .find(|(_, bound)| pct + EPS >= *bound)
        .map(|(g, _)| g)
        .unwrap_or(Grade::Weak);
    Ok(match (settings.school, grade) {
        (SchoolType::Vocational, Grade::Weak) => Grade::Poor,
        _ => grade,
    })
}

/// 004 § 17 (3): the grade for `points` out of `max`.
pub fn grade_for(points: f64, max: f64, settings: &Settings) -> Result<Grade, PointsError> {
    grade_for_percent(percent(points, max)?, settings)
}

/// Whether a points table counts in whole points or allows halves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PointsStep {
    Whole,
    #[default]
    Half,
}

impl PointsStep {
    pub fn size(self) -> f64 {
        match self {
            PointsStep::Whole => 1.0,
            PointsStep::Half => 0.5,
        }
    }
}

/// One row of a points table: the fewest and the most points that give `grade`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Boundary {
    pub grade: Grade,
    pub min_points: f64,
    pub max_points: f64,
}

/// The points each grade needs for a given maximum, best grade first. A grade
/// no reachable score gives (e.g. bands closer together than one point on a
/// short test) is left out rather than shown with an impossible range.
///
/// Computed in closed form from the band percentages, so the work does not
/// grow with `max`: a hostile link with a huge maximum cannot freeze the page.
pub fn boundaries(
    max: f64,
    settings: &Settings,
    step: PointsStep,
) -> Result<Vec<Boundary>, PointsError> {
    check_max(max)?;
    if settings.bands.validate().is_err() {
        return Err(PointsError::Bands);
    }
    Ok(table(max, settings, step))
}

/// The grade for `points` of `max` with the very arithmetic of `grade_for`
/// (`points * 100 / max`), for a maximum and bands already checked.
fn grade_at(points: f64, max: f64, settings: &Settings) -> Grade {
    grade_for_percent(points * 100.0 / max, settings).unwrap_or(Grade::Weak)
}

/// `boundaries` without the limit on `max`, for any positive half-point
/// maximum and valid bands.
fn table(max: f64, settings: &Settings, step: PointsStep) -> Vec<Boundary> {
    let s = step.size();
    // The highest score the step allows: `steps * s <= max`.
    let steps = (max / s + EPS).floor();
    // For each grade, the fewest steps that reach it (`steps + 1`: never).
    let lowest = settings.bands.lower_bounds().map(|(grade, bound)| {
        let reaches = |k: f64| k <= steps && grade_at(k * s, max, settings) >= grade;
        (
            grade,
            lowest_step(bound, settings.rounding, max, s, steps, reaches),
        )
    });
    let mut rows = Vec::new();
    // The first step of the next better grade, which ends this grade's row.
    let mut above = steps + 1.0;
    for (grade, first) in lowest {
        if first < above {
            rows.push(Boundary {
                grade,
                min_points: first * s,
                max_points: (above - 1.0) * s,
            });
            above = first;
        }
    }
    rows
}

/// The least `k` in `0..=steps + 1` with `reaches(k)`, where `reaches` is
/// monotone (more points never give a lower grade) and `reaches(steps + 1)` is
/// false by definition. The percentage bound gives the answer up to rounding
/// of floating point; a few neighbours settle it exactly. Should the estimate
/// ever be off by more, a bisection (at most 64 halvings of a `u64` range)
/// still finds it, so the work never depends on `max`.
fn lowest_step(
    bound: f64,
    rounding: PercentRounding,
    max: f64,
    s: f64,
    steps: f64,
    reaches: impl Fn(f64) -> bool,
) -> f64 {
    if bound <= 0.0 || reaches(0.0) {
        return 0.0;
    }
    // The least exact percentage that meets `bound` under the rounding.
    let threshold = match rounding {
        PercentRounding::Exact => bound,
        PercentRounding::WholePercent => bound.ceil() - 0.5,
    };
    let estimate = (threshold * max / (100.0 * s))
        .ceil()
        .clamp(1.0, steps + 1.0);
    let is_first =
        |k: f64| k >= 1.0 && k <= steps + 1.0 && (k > steps || reaches(k)) && !reaches(k - 1.0);
    for delta in [0.0, -1.0, 1.0, -2.0, 2.0] {
        let k = estimate + delta;
        if is_first(k) {
            return k;
        }
    }
    // Invariant: !reaches(lo), and hi is steps + 1 or reaches(hi).
    let (mut lo, mut hi) = (0.0_f64, steps + 1.0);
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        if reaches(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn national() -> Settings {
        Settings::default()
    }

    #[test]
    fn national_bands_match_004_par_17_3_at_every_edge() {
        // (points, max, expected grade)
        let cases: &[(f64, f64, u8)] = &[
            (100.0, 100.0, 5),
            (90.0, 100.0, 5),
            (89.5, 100.0, 4),
            (89.0, 100.0, 4),
            (75.0, 100.0, 4),
            (74.5, 100.0, 3),
            (50.0, 100.0, 3),
            (49.5, 100.0, 2),
            (20.0, 100.0, 2),
            (19.5, 100.0, 1),
            (0.0, 100.0, 1),
            (33.5, 37.0, 5), // 90.54 %
            (33.0, 37.0, 4), // 89.19 %
            (18.5, 37.0, 3), // exactly 50 %
            (18.0, 37.0, 2), // 48.65 %
            (9.0, 10.0, 5),  // exactly 90 %
            (0.5, 0.5, 5),
            (0.0, 0.5, 1),
        ];
        for &(points, max, expected) in cases {
            assert_eq!(
                grade_for(points, max, &national()).unwrap().value(),
                expected,
                "{points}/{max}"
            );
        }
    }

    #[test]
    fn fractional_percent_is_compared_exactly_by_default_and_rounded_when_asked() {
        let exact = national();
        let rounded = Settings {
            rounding: PercentRounding::WholePercent,
            ..national()
        };
        let cases: &[(f64, u8, u8)] = &[
            // (percent, exact, whole-percent)
            (89.99, 4, 5),
            (89.9, 4, 5),
            (89.5, 4, 5),
            (89.49, 4, 4),
            (74.5, 3, 4),
            (49.5, 2, 3),
            (19.5, 1, 2),
            (19.49, 1, 1),
            (90.0, 5, 5),
        ];
        for &(pct, e, r) in cases {
            assert_eq!(
                grade_for_percent(pct, &exact).unwrap().value(),
                e,
                "exact {pct}"
            );
            assert_eq!(
                grade_for_percent(pct, &rounded).unwrap().value(),
                r,
                "rounded {pct}"
            );
        }
    }

    #[test]
    fn custom_bands_are_used_when_the_teacher_sets_them() {
        let s = Settings {
            bands: Bands {
                five: 95.0,
                four: 80.0,
                three: 60.0,
                two: 30.0,
            },
            ..national()
        };
        let cases: &[(f64, u8)] = &[
            (95.0, 5),
            (94.5, 4),
            (80.0, 4),
            (79.5, 3),
            (60.0, 3),
            (59.5, 2),
            (30.0, 2),
            (29.5, 1),
        ];
        for &(points, expected) in cases {
            assert_eq!(
                grade_for(points, 100.0, &s).unwrap().value(),
                expected,
                "{points}"
            );
        }
    }

    #[test]
    fn vocational_grading_has_no_one_and_its_lowest_band_is_two() {
        // 001 4.6.4.4. (percent, general, vocational)
        let general = national();
        let vocational = Settings {
            school: SchoolType::Vocational,
            ..national()
        };
        let cases: &[(f64, u8, u8)] = &[
            (100.0, 5, 5),
            (90.0, 5, 5),
            (75.0, 4, 4),
            (50.0, 3, 3),
            (49.5, 2, 2),
            (20.0, 2, 2),
            (19.5, 1, 2),
            (0.0, 1, 2),
        ];
        for &(pct, g, v) in cases {
            assert_eq!(
                grade_for_percent(pct, &general).unwrap().value(),
                g,
                "{pct}"
            );
            assert_eq!(
                grade_for_percent(pct, &vocational).unwrap().value(),
                v,
                "vocational {pct}"
            );
        }
        let rows = boundaries(10.0, &vocational, PointsStep::Whole).unwrap();
        let table: Vec<(u8, f64, f64)> = rows
            .iter()
            .map(|b| (b.grade.value(), b.min_points, b.max_points))
            .collect();
        assert_eq!(
            table,
            vec![(5, 9.0, 10.0), (4, 8.0, 8.0), (3, 5.0, 7.0), (2, 0.0, 4.0)]
        );
        let stored: Settings = serde_json::from_str(
            r#"{"bands":{"five":90.0,"four":75.0,"three":50.0,"two":20.0},"rounding":"Exact"}"#,
        )
        .unwrap();
        assert_eq!(stored, general);
    }

    #[test]
    fn bad_numbers_are_refused_with_the_reason() {
        let cases: &[(f64, f64, PointsError)] = &[
            (1.0, 0.0, PointsError::MaxNotPositive),
            (1.0, -5.0, PointsError::MaxNotPositive),
            (1.0, f64::NAN, PointsError::MaxNotPositive),
            (1.0, 10.25, PointsError::NotHalfPoints),
            (-0.5, 10.0, PointsError::Negative),
            (10.5, 10.0, PointsError::OverMax),
            (3.3, 10.0, PointsError::NotHalfPoints),
            (f64::INFINITY, 10.0, PointsError::Negative),
        ];
        for &(points, max, err) in cases {
            assert_eq!(
                grade_for(points, max, &national()),
                Err(err),
                "{points}/{max}"
            );
        }
        assert_eq!(
            grade_for_percent(100.5, &national()),
            Err(PointsError::PercentOutOfRange)
        );
        assert_eq!(
            grade_for_percent(-1.0, &national()),
            Err(PointsError::PercentOutOfRange)
        );
    }

    #[test]
    fn invalid_bands_list_every_problem() {
        let b = Bands {
            five: 101.0,
            four: 75.0,
            three: 80.0,
            two: 0.0,
        };
        let errors = b.validate().unwrap_err();
        assert!(errors.contains(&BandError::OutOfRange(Grade::VeryGood)));
        assert!(errors.contains(&BandError::NotAboveNext(Grade::Good)));
        assert!(
            errors.contains(&BandError::NotAboveNext(Grade::Poor)),
            "2 must start above 0 %"
        );
        assert_eq!(Bands::NATIONAL.validate(), Ok(()));
        let nan = Bands {
            five: f64::NAN,
            ..Bands::NATIONAL
        };
        assert_eq!(
            nan.validate(),
            Err(vec![BandError::OutOfRange(Grade::VeryGood)])
        );
        assert_eq!(
            grade_for(
                5.0,
                10.0,
                &Settings {
                    bands: b,
                    ..national()
                }
            ),
            Err(PointsError::Bands)
        );
    }

    #[test]
    fn points_table_for_max_37_needs_33_5_or_34_for_a_five() {
        let half = boundaries(37.0, &national(), PointsStep::Half).unwrap();
        let mins: Vec<(u8, f64, f64)> = half
            .iter()
            .map(|b| (b.grade.value(), b.min_points, b.max_points))
            .collect();
        assert_eq!(
            mins,
            vec![
                (5, 33.5, 37.0),
                (4, 28.0, 33.0),
                (3, 18.5, 27.5),
                (2, 7.5, 18.0),
                (1, 0.0, 7.0)
            ]
        );
        let whole = boundaries(37.0, &national(), PointsStep::Whole).unwrap();
        let mins: Vec<(u8, f64)> = whole
            .iter()
            .map(|b| (b.grade.value(), b.min_points))
            .collect();
        assert_eq!(
            mins,
            vec![(5, 34.0), (4, 28.0), (3, 19.0), (2, 8.0), (1, 0.0)]
        );
    }

    #[test]
    fn points_table_leaves_out_grades_no_score_reaches() {
        // Max 1 in whole points: 0 → 1, 1 → 5; nothing gives 2, 3 or 4.
        let rows = boundaries(1.0, &national(), PointsStep::Whole).unwrap();
        let grades: Vec<u8> = rows.iter().map(|b| b.grade.value()).collect();
        assert_eq!(grades, vec![5, 1]);
    }

    #[test]
    fn maximum_is_limited_to_max_points() {
        let cases: &[(f64, Result<(), PointsError>)] = &[
            (MAX_POINTS, Ok(())),
            (MAX_POINTS - 0.5, Ok(())),
            (MAX_POINTS + 0.5, Err(PointsError::MaxTooLarge)),
            (99_999_999.0, Err(PointsError::MaxTooLarge)),
            (f64::MAX, Err(PointsError::MaxTooLarge)),
        ];
        for &(max, expected) in cases {
            assert_eq!(check_max(max), expected, "{max}");
            assert_eq!(
                boundaries(max, &national(), PointsStep::Half).map(|_| ()),
                expected,
                "table for {max}"
            );
        }
        let rows = boundaries(MAX_POINTS, &national(), PointsStep::Half).unwrap();
        let mins: Vec<f64> = rows.iter().map(|b| b.min_points).collect();
        assert_eq!(mins, vec![9000.0, 7500.0, 5000.0, 2000.0, 0.0]);
    }

    #[test]
    fn huge_maximum_table_is_computed_without_walking_every_point() {
        // 2·10^9 half points: walking them would take minutes; the closed form
        // answers at once.
        let rows = table(1e9, &national(), PointsStep::Half);
        let mins: Vec<(u8, f64, f64)> = rows
            .iter()
            .map(|b| (b.grade.value(), b.min_points, b.max_points))
            .collect();
        assert_eq!(
            mins,
            vec![
                (5, 9e8, 1e9),
                (4, 7.5e8, 9e8 - 0.5),
                (3, 5e8, 7.5e8 - 0.5),
                (2, 2e8, 5e8 - 0.5),
                (1, 0.0, 2e8 - 0.5)
            ]
        );
    }

    #[test]
    fn whole_percent_rounding_moves_each_edge_half_a_percent_down() {
        let s = Settings {
            rounding: PercentRounding::WholePercent,
            ..national()
        };
        // 89.5 % of 200 is 179 points: rounds to 90 % → 5.
        let rows = boundaries(200.0, &s, PointsStep::Half).unwrap();
        let mins: Vec<f64> = rows.iter().map(|b| b.min_points).collect();
        assert_eq!(mins, vec![179.0, 149.0, 99.0, 39.0, 0.0]);
    }

    #[test]
    fn whole_steps_on_a_half_point_maximum_end_at_the_last_whole_point() {
        let rows = boundaries(10.5, &national(), PointsStep::Whole).unwrap();
        assert_eq!(rows[0].max_points, 10.0);
        // 9 of 10.5 is 85.7 %, so only the last whole point gives a 5.
        assert_eq!(rows[0].min_points, 10.0);
    }

    /// The former algorithm, kept as the reference: walk every step.
    fn walk(max: f64, settings: &Settings, step: PointsStep) -> Vec<Boundary> {
        let s = step.size();
        let steps = (max / s + EPS).floor() as u64;
        let mut rows: Vec<Boundary> = Vec::new();
        for i in 0..=steps {
            let points = i as f64 * s;
            let grade = grade_at(points, max, settings);
            match rows.last_mut() {
                Some(row) if row.grade == grade => row.max_points = points,
                _ => rows.push(Boundary {
                    grade,
                    min_points: points,
                    max_points: points,
                }),
            }
        }
        rows.reverse();
        rows
    }

    /// Valid bands: four distinct bounds in (0, 100], whole or with one or
    /// two decimals, best grade highest.
    fn any_bands() -> impl Strategy<Value = Bands> {
        let bound = prop_oneof![
            (1u32..=100).prop_map(f64::from),
            (1u32..=1000).prop_map(|t| f64::from(t) / 10.0),
            (1u32..=10000).prop_map(|h| f64::from(h) / 100.0),
        ];
        proptest::collection::vec(bound, 4)
            .prop_map(|mut v| {
                v.sort_by(|a, b| b.total_cmp(a));
                Bands {
                    five: v[0],
                    four: v[1],
                    three: v[2],
                    two: v[3],
                }
            })
            .prop_filter("bands must be valid", |b| b.validate().is_ok())
    }

    fn any_settings() -> impl Strategy<Value = Settings> {
        (any_bands(), any::<bool>(), any::<bool>()).prop_map(|(bands, whole, vocational)| {
            Settings {
                bands,
                rounding: if whole {
                    PercentRounding::WholePercent
                } else {
                    PercentRounding::Exact
                },
                school: if vocational {
                    SchoolType::Vocational
                } else {
                    SchoolType::General
                },
            }
        })
    }

    fn any_step() -> impl Strategy<Value = PointsStep> {
        prop_oneof![Just(PointsStep::Half), Just(PointsStep::Whole)]
    }

    /// A maximum in half points: small ones (where edges crowd), everyday
    /// ones, and huge ones up to 10^9.
    fn any_max() -> impl Strategy<Value = f64> {
        prop_oneof![
            (1u64..=40).prop_map(|h| h as f64 / 2.0),
            (1u64..=2_000).prop_map(|h| h as f64 / 2.0),
            (1u64..=2_000_000_000).prop_map(|h| h as f64 / 2.0),
        ]
    }

    proptest! {
        #[test]
        fn closed_form_table_agrees_with_the_converter_at_every_edge(max in any_max(), settings in any_settings(), step in any_step()) {
            let s = step.size();
            let rows = table(max, &settings, step);
            let top = (max / s + EPS).floor() * s;
            // The rows tile 0..=top without gap or overlap, best grade first.
            prop_assert_eq!(rows.first().unwrap().max_points, top);
            prop_assert_eq!(rows.last().unwrap().min_points, 0.0);
            for pair in rows.windows(2) {
                prop_assert_eq!(pair[1].max_points + s, pair[0].min_points);
                prop_assert!(pair[0].grade > pair[1].grade);
            }
            for row in &rows {
                prop_assert!(row.min_points <= row.max_points);
                prop_assert_eq!(grade_at(row.min_points, max, &settings), row.grade);
                prop_assert_eq!(grade_at(row.max_points, max, &settings), row.grade);
                if row.min_points > 0.0 {
                    prop_assert!(grade_at(row.min_points - s, max, &settings) < row.grade);
                }
                if row.max_points + s <= max {
                    prop_assert!(grade_at(row.max_points + s, max, &settings) > row.grade);
                }
                if max <= MAX_POINTS {
                    prop_assert_eq!(grade_for(row.min_points, max, &settings), Ok(row.grade));
                    prop_assert_eq!(grade_for(row.max_points, max, &settings), Ok(row.grade));
                }
            }
        }

        #[test]
        fn closed_form_table_equals_walking_every_step(max2 in 1u32..=400, settings in any_settings(), step in any_step()) {
            let max = f64::from(max2) / 2.0;
            prop_assert_eq!(table(max, &settings, step), walk(max, &settings, step));
        }
    }

    proptest! {
        #[test]
        fn more_points_never_give_a_lower_grade(max2 in 1u32..400, a in 0u32..400, b in 0u32..400, whole in any::<bool>()) {
            let max = max2 as f64 / 2.0;
            let (lo, hi) = (a.min(b).min(max2) as f64 / 2.0, a.max(b).min(max2) as f64 / 2.0);
            let s = Settings { rounding: if whole { PercentRounding::WholePercent } else { PercentRounding::Exact }, ..national() };
            prop_assert!(grade_for(lo, max, &s).unwrap() <= grade_for(hi, max, &s).unwrap());
        }

        #[test]
        fn vocational_differs_from_general_only_where_general_gives_a_one(points2 in 0u32..400, max2 in 1u32..400) {
            let max = max2 as f64 / 2.0;
            let points = points2.min(max2) as f64 / 2.0;
            let general = grade_for(points, max, &national()).unwrap();
            let vocational = grade_for(points, max, &Settings { school: SchoolType::Vocational, ..national() }).unwrap();
            prop_assert!(vocational != Grade::Weak);
            if general == Grade::Weak {
                prop_assert_eq!(vocational, Grade::Poor);
            } else {
                prop_assert_eq!(vocational, general);
            }
        }

        #[test]
        fn points_table_agrees_with_the_converter(max2 in 1u32..300, five in 60u32..100, gap in 1u32..15) {
            let bands = Bands { five: five as f64, four: (five - gap) as f64, three: (five - 2 * gap) as f64, two: (five - 3 * gap) as f64 };
            let s = Settings { bands, ..national() };
            let max = max2 as f64 / 2.0;
            let rows = boundaries(max, &s, PointsStep::Half).unwrap();
            // The rows tile 0..=max without gaps, best grade first.
            prop_assert_eq!(rows.first().unwrap().max_points, max);
            prop_assert_eq!(rows.last().unwrap().min_points, 0.0);
            for pair in rows.windows(2) {
                prop_assert_eq!(pair[1].max_points + 0.5, pair[0].min_points);
                prop_assert!(pair[0].grade > pair[1].grade);
            }
            for row in &rows {
                prop_assert_eq!(grade_for(row.min_points, max, &s).unwrap(), row.grade);
                prop_assert_eq!(grade_for(row.max_points, max, &s).unwrap(), row.grade);
                if row.min_points > 0.0 {
                    prop_assert!(grade_for(row.min_points - 0.5, max, &s).unwrap() < row.grade);
                }
            }
        }
    }
}
