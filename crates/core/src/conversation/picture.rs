//! The development picture: 001 Lisa 9 6.1.2 lets the pedagogical
//! observation be shown "graafiliselt isiku arengupildi ringdiagrammil" —
//! graphically, on a ring diagram of the person's development. Each rating
//! question of the template is an axis; the student's, parent's and
//! teacher's ratings are one polygon each, so where they agree and differ
//! is seen at once (000 9.2 steps 3–6).
//!
//! The geometry is computed here, so the web only draws SVG.

use serde::{Deserialize, Serialize};

use super::side_by_side::{slot, voices as voices_of, Voices};
use crate::i18n::Localized;
use crate::questionnaire::validation::is_visible;
use crate::questionnaire::{Answer, Kind, Role, Template};

/// Fewer axes than this make no ring; show the values as a list instead.
pub const MIN_AXES: usize = 3;

/// One rating question and each voice's rating of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Axis {
    pub question_id: String,
    pub label: Localized,
    pub min: u8,
    pub max: u8,
    /// In the order of `VOICES`: student, parent, teacher.
    pub values: [Option<u8>; 3],
}

impl Axis {
    /// Where `value` lies between the ends: 0 at `min`, 1 at `max`.
    pub fn fraction(&self, value: u8) -> f64 {
        let v = value.clamp(self.min, self.max);
        (v - self.min) as f64 / (self.max - self.min) as f64
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Picture {
    pub axes: Vec<Axis>,
}

impl Picture {
    pub fn is_ring(&self) -> bool {
        self.axes.len() >= MIN_AXES
    }
}

/// Rating questions that ask different voices the same thing, as
/// (question, the axis it is drawn on): in `general`, the parent's "How is
/// your child getting on with their studies?" is the student's "How are you
/// getting on with your studies?". Data, so a school template can add pairs.
pub const SAME_AXIS: &[(&str, &str)] = &[("manage_parent", "manage")];

/// The rating questions, in template order, that at least one voice rated.
/// A rating counts only if the question is shown to that voice and the
/// value is within the scale. A question in `SAME_AXIS` is drawn on its
/// partner's axis when both have the same scale.
pub fn picture(template: &Template, voices: &Voices) -> Picture {
    let mut axes: Vec<Axis> = template
        .questions()
        .filter_map(|q| {
            let Kind::Scale { min, max, .. } = q.kind else {
                return None;
            };
            let values = voices_of(template).map(|r| {
                let a = voices.get(r)?;
                match a.given(&q.id) {
                    Some(Answer::Scale(v)) if is_visible(q, a) && (min..=max).contains(v) => {
                        Some(*v)
                    }
                    _ => None,
                }
            });
            values.iter().any(Option::is_some).then(|| Axis {
                question_id: q.id.clone(),
                label: q.text.clone(),
                min,
                max,
                values,
            })
        })
        .collect();
    for (alias, target) in SAME_AXIS {
        let find = |axes: &[Axis], id: &str| axes.iter().position(|a| a.question_id == id);
        let (Some(from), Some(to)) = (find(&axes, alias), find(&axes, target)) else {
            continue;
        };
        if (axes[from].min, axes[from].max) != (axes[to].min, axes[to].max) {
            continue;
        }
        let moved = axes.remove(from);
        let to = find(&axes, target).expect("still there");
        for (slot, value) in axes[to].values.iter_mut().zip(moved.values) {
            *slot = slot.or(value);
        }
    }
    Picture { axes }
}

/// A point in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// How a label at the end of a spoke is aligned (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A ring diagram of the given centre and radius.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Radar {
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
}

impl Radar {
    /// Axis `i` of `n` points straight up for `i = 0` and the others follow
    /// clockwise at equal angles; `fraction` 0 is the centre, 1 the rim.
    pub fn at(&self, i: usize, n: usize, fraction: f64) -> Point {
        let angle = std::f64::consts::TAU * i as f64 / n.max(1) as f64;
        let r = self.radius * fraction.clamp(0.0, 1.0);
        Point {
            x: self.cx + r * angle.sin(),
            y: self.cy - r * angle.cos(),
        }
    }

    /// The end of every spoke.
    pub fn spokes(&self, n: usize) -> Vec<Point> {
        (0..n).map(|i| self.at(i, n, 1.0)).collect()
    }

    /// A grid ring through every spoke at `fraction` of the radius.
    pub fn ring(&self, n: usize, fraction: f64) -> Vec<Point> {
        (0..n).map(|i| self.at(i, n, fraction)).collect()
    }

    /// One voice's polygon: a point per axis, `None` where it gave no rating.
    pub fn voice(&self, picture: &Picture, role: Role) -> Vec<Option<Point>> {
        let k = slot(role);
        let n = picture.axes.len();
        picture
            .axes
            .iter()
            .enumerate()
            .map(|(i, a)| a.values[k].map(|v| self.at(i, n, a.fraction(v))))
            .collect()
    }

    /// Text alignment for the label of axis `i`: left of the centre line
    /// labels end at the spoke, right of it they start there.
    pub fn anchor(&self, i: usize, n: usize) -> Anchor {
        let x = self.at(i, n, 1.0).x - self.cx;
        if x.abs() < self.radius * 1e-6 {
            Anchor::Middle
        } else if x > 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        }
    }
}

/// SVG path data through the points: closed (`Z`) when every point is
/// there, otherwise one open line per run of present points, so a missing
/// rating leaves a gap rather than a false edge.
pub fn path(points: &[Option<Point>]) -> String {
    let fmt = |p: &Point| format!("{:.1} {:.1}", p.x, p.y);
    if !points.is_empty() && points.iter().all(Option::is_some) {
        let body: Vec<String> = points.iter().flatten().map(fmt).collect();
        return format!("M{}Z", body.join("L"));
    }
    let mut out = String::new();
    let mut in_run = false;
    for p in points {
        match p {
            Some(p) => {
                out.push(if in_run { 'L' } else { 'M' });
                out.push_str(&fmt(p));
                in_run = true;
            }
            None => in_run = false,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::fixtures::{answers, general};
    use proptest::prelude::*;

    const R: Radar = Radar {
        cx: 100.0,
        cy: 100.0,
        radius: 80.0,
    };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn rated_questions_become_axes_with_each_voices_value() {
        let t = general();
        let s = answers(
            Role::Student,
            vec![
                ("had_goals", Answer::YesNo(true)),
                ("goals_reached", Answer::Scale(4)),
                ("manage", Answer::Scale(3)),
                ("motivated", Answer::Scale(9)), // out of range: not drawn
                ("classmates", Answer::Scale(5)),
            ],
        );
        let p = answers(
            Role::Parent,
            vec![
                ("had_goals", Answer::YesNo(false)),
                ("goals_reached", Answer::Scale(1)), // hidden for the parent: not drawn
                ("manage_parent", Answer::Scale(2)),
            ],
        );
        let k = answers(
            Role::Teacher,
            vec![
                ("had_goals", Answer::YesNo(true)),
                ("goals_reached", Answer::Scale(2)),
            ],
        );
        let pic = picture(&t, &Voices::of(&t, [&s, &p, &k]));
        let got: Vec<(&str, [Option<u8>; 3])> = pic
            .axes
            .iter()
            .map(|a| (a.question_id.as_str(), a.values))
            .collect();
        assert_eq!(
            got,
            vec![
                ("goals_reached", [Some(4), None, Some(2)]),
                // The parent's "manage_parent" is drawn on the student's "manage".
                ("manage", [Some(3), Some(2), None]),
                ("classmates", [Some(5), None, None]),
            ]
        );
        assert!(pic.is_ring());
        assert_eq!((pic.axes[0].min, pic.axes[0].max), (1, 5));
    }

    #[test]
    fn a_same_axis_question_keeps_its_own_axis_when_its_partner_is_unrated() {
        let t = general();
        let p = answers(Role::Parent, vec![("manage_parent", Answer::Scale(2))]);
        let pic = picture(&t, &Voices::of(&t, [&p]));
        let ids: Vec<&str> = pic.axes.iter().map(|a| a.question_id.as_str()).collect();
        assert_eq!(ids, ["manage_parent"]);
        for (alias, target) in SAME_AXIS {
            assert!(t.question(alias).is_some() && t.question(target).is_some());
        }
    }

    #[test]
    fn fewer_than_three_axes_make_no_ring() {
        let t = general();
        let s = answers(Role::Student, vec![("manage", Answer::Scale(3))]);
        let pic = picture(&t, &Voices::of(&t, [&s]));
        assert_eq!(pic.axes.len(), 1);
        assert!(!pic.is_ring());
        assert!(picture(&t, &Voices::default()).axes.is_empty());
    }

    #[test]
    fn four_axes_point_up_right_down_and_left() {
        let expected = [(100.0, 20.0), (180.0, 100.0), (100.0, 180.0), (20.0, 100.0)];
        for (p, (x, y)) in R.spokes(4).into_iter().zip(expected) {
            assert!(close(p, Point { x, y }), "{p:?}");
        }
        let anchors: Vec<Anchor> = (0..4).map(|i| R.anchor(i, 4)).collect();
        assert_eq!(
            anchors,
            [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
        );
        assert!(close(R.ring(4, 0.5)[1], Point { x: 140.0, y: 100.0 }));
    }

    #[test]
    fn a_scale_minimum_is_the_centre_and_its_maximum_the_rim() {
        let a = Axis {
            question_id: "q".into(),
            label: Localized::default(),
            min: 1,
            max: 5,
            values: [Some(1), Some(3), Some(5)],
        };
        assert_eq!(
            [a.fraction(1), a.fraction(3), a.fraction(5)],
            [0.0, 0.5, 1.0]
        );
        let pic = Picture {
            axes: vec![a.clone(), a.clone(), a],
        };
        let student = R.voice(&pic, Role::Student);
        assert!(student
            .iter()
            .all(|p| close(p.unwrap(), Point { x: 100.0, y: 100.0 })));
        let teacher = R.voice(&pic, Role::Teacher);
        assert!(close(teacher[0].unwrap(), Point { x: 100.0, y: 20.0 }));
    }

    #[test]
    fn paths_close_when_complete_and_leave_gaps_for_missing_ratings() {
        let p = |x, y| Some(Point { x, y });
        assert_eq!(
            path(&[p(1.0, 2.0), p(3.0, 4.0), p(5.25, 6.0)]),
            "M1.0 2.0L3.0 4.0L5.2 6.0Z"
        );
        assert_eq!(
            path(&[p(1.0, 2.0), None, p(3.0, 4.0), p(5.0, 6.0)]),
            "M1.0 2.0M3.0 4.0L5.0 6.0"
        );
        assert_eq!(path(&[None, None]), "");
        assert_eq!(path(&[]), "");
    }

    proptest! {
        #[test]
        fn every_point_lies_on_its_spoke_at_its_fraction(n in 1usize..12, i in 0usize..12, f in 0.0f64..=1.0) {
            let i = i % n;
            let p = R.at(i, n, f);
            let rim = R.at(i, n, 1.0);
            let dist = ((p.x - R.cx).powi(2) + (p.y - R.cy).powi(2)).sqrt();
            prop_assert!((dist - R.radius * f).abs() < 1e-9);
            // On the same ray as the spoke's end.
            let cross = (p.x - R.cx) * (rim.y - R.cy) - (p.y - R.cy) * (rim.x - R.cx);
            prop_assert!(cross.abs() < 1e-6);
            prop_assert!((p.x - R.cx) * (rim.x - R.cx) + (p.y - R.cy) * (rim.y - R.cy) >= -1e-9);
        }
    }
}
