//! The parameters of an embedded widget (a tool alone in a school website's
//! `<iframe>`), read from the page's query string: `lang`, `accent`, `tool`
//! and the tool's own settings (for points: `max`, `points`, `pct`, `b5`…`b2`).
//!
//! Like every parser here, reading never fails: it returns what could be read
//! and the list of problems, one per ignored parameter, so the widget always
//! works and the page author gets a console note naming what was wrong.

use crate::code::Coded;
use crate::grading::bands;
use crate::i18n::Lang;
use crate::number::parse_decimal;
use crate::query::pairs;

pub mod snippet;

/// The tools that have a widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Points,
    Class,
    Follows,
    Behaviour,
    Modules,
    Courses,
    Recognise,
    Deadlines,
    TestSchedule,
    Attendance,
    /// The questionnaire start (the answer area's list of questionnaires).
    Questionnaires,
}

impl Coded for Tool {
    const ALL: &'static [Tool] = &[
        Tool::Points,
        Tool::Class,
        Tool::Follows,
        Tool::Behaviour,
        Tool::Modules,
        Tool::Courses,
        Tool::Recognise,
        Tool::Deadlines,
        Tool::TestSchedule,
        Tool::Attendance,
        Tool::Questionnaires,
    ];

    /// The same as the tool's route in the full app (`#/points`).
    fn code(self) -> &'static str {
        match self {
            Tool::Points => "points",
            Tool::Class => "class",
            Tool::Follows => "follows",
            Tool::Behaviour => "behaviour",
            Tool::Modules => "modules",
            Tool::Courses => "courses",
            Tool::Recognise => "recognise",
            Tool::Deadlines => "deadlines",
            Tool::TestSchedule => "test-schedule",
            Tool::Attendance => "attendance",
            Tool::Questionnaires => "questionnaires",
        }
    }
}

impl Tool {
    /// The tool's own settings a widget takes, with what each accepts.
    pub fn settings(self) -> &'static [Setting] {
        match self {
            Tool::Points => POINTS_SETTINGS,
            _ => &[],
        }
    }

    /// Whether the user enters anything the tool keeps on the device. Only
    /// a tool that does needs the storage banner (full, refused, shared
    /// mode, another tab's change); the behaviour reference card is read,
    /// not filled in.
    pub const fn keeps_input(self) -> bool {
        !matches!(self, Tool::Behaviour)
    }
}

/// One setting of a tool: its parameter name and the values it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub accepts: Accepts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepts {
    /// A maximum of points: positive, in half points, at most `bands::MAX_POINTS`.
    MaxPoints,
    /// A number of points, zero or more (whole or half; decimal comma or point).
    Points,
    /// A percentage from 0 to 100.
    Percent,
}

/// The points calculator's deep-link parameters (README "Deep links").
const POINTS_SETTINGS: &[Setting] = &[
    Setting {
        name: "max",
        accepts: Accepts::MaxPoints,
    },
    Setting {
        name: "points",
        accepts: Accepts::Points,
    },
    Setting {
        name: "pct",
        accepts: Accepts::Percent,
    },
    Setting {
        name: "b5",
        accepts: Accepts::Percent,
    },
    Setting {
        name: "b4",
        accepts: Accepts::Percent,
    },
    Setting {
        name: "b3",
        accepts: Accepts::Percent,
    },
    Setting {
        name: "b2",
        accepts: Accepts::Percent,
    },
];

impl Accepts {
    /// Whether `value` is one this setting accepts.
    fn check(self, value: &str) -> bool {
        let Ok(n) = parse_decimal(value) else {
            return false;
        };
        match self {
            Accepts::MaxPoints => bands::check_max(n).is_ok(),
            Accepts::Points => (0.0..=bands::MAX_POINTS).contains(&n),
            Accepts::Percent => (0.0..=100.0).contains(&n),
        }
    }

    /// What a page author is told the parameter accepts.
    pub fn describe(self) -> &'static str {
        match self {
            Accepts::MaxPoints => {
                "a maximum of points above 0 and at most 10000, in whole or half points"
            }
            Accepts::Points => "a number of points from 0 to 10000",
            Accepts::Percent => "a percentage from 0 to 100",
        }
    }
}

/// A school's accent colour, `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// WCAG 2.x 1.4.3: normal text needs a contrast of at least 4.5 : 1. The
/// widget writes white text on the accent (buttons, grade badges).
pub const MIN_CONTRAST: f64 = 4.5;

impl Accent {
    /// Six hex digits, with or without a leading `#`; any case.
    pub fn parse(text: &str) -> Option<Accent> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Accent {
            r: byte(0)?,
            g: byte(2)?,
            b: byte(4)?,
        })
    }

    /// `#rrggbb`, lower case: what the widget sets as `--accent`.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The contrast ratio of white text on this colour (1 to 21).
    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }
}

/// What a widget was asked for. Every field holds only accepted values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedParams {
    pub lang: Option<Lang>,
    pub accent: Option<Accent>,
    pub tool: Option<Tool>,
    /// The tool's own settings, by name, each one accepted by its `Setting`.
    pub settings: Vec<(String, String)>,
}

/// A parameter that was ignored, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub param: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A value outside what the parameter accepts.
    NotAccepted { accepts: String },
    /// The accent colour is valid but white text on it is too faint.
    LowContrast { ratio: f64 },
    /// Neither a common parameter nor a setting of this tool.
    Unknown { tool: Option<Tool> },
    /// Given twice; the first one counts.
    Repeated,
}

impl Problem {
    /// The note for the page author (English: it goes to the console of a
    /// web editor's browser, not to a student).
    pub fn note(&self) -> String {
        let p = &self.param;
        let what = match &self.kind {
            ProblemKind::NotAccepted { accepts } => {
                format!("ignored: it accepts {accepts}")
            }
            ProblemKind::LowContrast { ratio } => format!(
                "ignored: white text on this colour has a contrast of {}:1, below the {}:1 WCAG asks for; choose a darker colour",
                crate::number::fixed(*ratio, 2),
                crate::number::fixed(MIN_CONTRAST, 1)
            ),
            ProblemKind::Unknown { tool: Some(t) } => {
                let names: Vec<&str> = t.settings().iter().map(|s| s.name).collect();
                if names.is_empty() {
                    format!(
                        "ignored: unknown parameter; this widget accepts lang, accent and tool, and the tool {} has no settings",
                        t.code()
                    )
                } else {
                    format!(
                        "ignored: unknown parameter; this widget accepts lang, accent, tool and the tool's settings {}",
                        names.join(", ")
                    )
                }
            }
            ProblemKind::Unknown { tool: None } => {
                "ignored: unknown parameter; a widget accepts lang, accent and tool".to_string()
            }
            ProblemKind::Repeated => "given more than once: the first value counts".to_string(),
        };
        format!("Kooliabi widget: parameter \"{p}\" {what}.")
    }
}

/// Reads a query string (`?lang=en&accent=1d4e89&max=40`, with or without
/// the `?`) for a widget page holding the tools `allowed`: the `tool`
/// parameter picks among them, and the first is shown without one.
pub fn parse(query: &str, allowed: &[Tool]) -> (EmbedParams, Vec<Problem>) {
    parse_checked(query, allowed, Accepts::check)
}

/// [`parse`] for the widget page of `tool` alone. Inlined: where `tool` is
/// a constant (each widget's `main`), a tool without settings passes a
/// check that is never called, and its page does not link the settings'
/// check and the number reader it needs (#13).
#[inline(always)]
pub fn parse_for(query: &str, tool: Tool) -> (EmbedParams, Vec<Problem>) {
    let check: fn(Accepts, &str) -> bool = if tool.settings().is_empty() {
        |_, _| false
    } else {
        Accepts::check
    };
    parse_checked(query, &[tool], check)
}

/// [`parse`], with the check of the tool's settings given by the caller.
fn parse_checked(
    query: &str,
    allowed: &[Tool],
    check: fn(Accepts, &str) -> bool,
) -> (EmbedParams, Vec<Problem>) {
    let mut params = EmbedParams::default();
    let mut problems = Vec::new();
    let pairs: Vec<(String, String)> = pairs(query).collect();
    let mut seen: Vec<&str> = Vec::new();
    let not_accepted = |param: &str, accepts: String| Problem {
        param: param.to_string(),
        kind: ProblemKind::NotAccepted { accepts },
    };

    // The tool first: it decides which settings are known.
    for (k, v) in pairs.iter().filter(|(k, _)| k == "tool").take(1) {
        match Tool::from_code(v).filter(|t| allowed.contains(t)) {
            Some(t) => params.tool = Some(t),
            None => problems.push(not_accepted(k, one_of(allowed.iter().map(|t| t.code())))),
        }
    }
    let tool = params.tool.or_else(|| allowed.first().copied());

    for (k, v) in &pairs {
        if seen.contains(&k.as_str()) {
            problems.push(Problem {
                param: k.clone(),
                kind: ProblemKind::Repeated,
            });
            continue;
        }
        seen.push(k);
        match k.as_str() {
            "tool" => {}
            "lang" => match Lang::from_code(v) {
                Some(l) => params.lang = Some(l),
                None => problems.push(not_accepted(k, one_of(Lang::ALL.map(Lang::code)))),
            },
            "accent" => match Accent::parse(v) {
                Some(a) if a.contrast_with_white() >= MIN_CONTRAST => params.accent = Some(a),
                Some(a) => problems.push(Problem {
                    param: k.clone(),
                    kind: ProblemKind::LowContrast {
                        ratio: a.contrast_with_white(),
                    },
                }),
                None => problems.push(not_accepted(
                    k,
                    "a colour as six hex digits, like 1d4e89".to_string(),
                )),
            },
            _ => match tool.and_then(|t| t.settings().iter().find(|s| s.name == k)) {
                Some(s) if check(s.accepts, v) => params.settings.push((k.clone(), v.clone())),
                Some(s) => problems.push(not_accepted(k, s.accepts.describe().to_string())),
                None => problems.push(Problem {
                    param: k.clone(),
                    kind: ProblemKind::Unknown { tool },
                }),
            },
        }
    }
    (params, problems)
}

fn one_of<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let codes: Vec<&str> = codes.into_iter().collect();
    format!("one of {}", codes.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_widget_page_reads_its_parameters_as_parse_does() {
        for tool in Tool::ALL {
            for query in [
                "",
                "lang=en&accent=1d4e89",
                "max=40&points=31,5&pct=50",
                "max=0&b5=101&x=1&lang=fi&lang=en",
                "tool=points&accent=ffffff",
            ] {
                assert_eq!(
                    parse_for(query, *tool),
                    parse(query, &[*tool]),
                    "{tool:?} {query}"
                );
            }
        }
    }

    #[test]
    fn the_contrast_note_names_the_ratio_and_the_minimum() {
        let note = Problem {
            param: "accent".into(),
            kind: ProblemKind::LowContrast { ratio: 1.0 },
        }
        .note();
        assert!(
            note.contains(&format!("contrast of 1.00:1, below the {MIN_CONTRAST}:1")),
            "{note}"
        );
    }
    use proptest::prelude::*;

    const ALL: &[Tool] = Tool::ALL;

    fn kinds(query: &str, allowed: &[Tool]) -> (EmbedParams, Vec<(String, &'static str)>) {
        let (p, problems) = parse(query, allowed);
        let k = problems
            .into_iter()
            .map(|p| {
                let kind = match p.kind {
                    ProblemKind::NotAccepted { .. } => "not accepted",
                    ProblemKind::LowContrast { .. } => "low contrast",
                    ProblemKind::Unknown { .. } => "unknown",
                    ProblemKind::Repeated => "repeated",
                };
                (p.param, kind)
            })
            .collect();
        (p, k)
    }

    #[test]
    fn lang_accepts_the_three_codes_only() {
        for (query, lang, problem) in [
            ("lang=et", Some(Lang::Et), false),
            ("lang=en", Some(Lang::En), false),
            ("?lang=ru", Some(Lang::Ru), false),
            ("lang=EN", None, true),
            ("lang=fi", None, true),
            ("lang=", None, true),
            ("lang", None, true),
            ("", None, false),
        ] {
            let (p, k) = kinds(query, &[Tool::Points]);
            assert_eq!(p.lang, lang, "{query}");
            assert_eq!(!k.is_empty(), problem, "{query}: {k:?}");
        }
    }

    #[test]
    fn accent_is_six_hex_digits_dark_enough_for_white_text() {
        for (query, accent, problem) in [
            ("accent=1d4e89", Some("#1d4e89"), None),
            ("accent=%231D4E89", Some("#1d4e89"), None),
            ("accent=000000", Some("#000000"), None),
            ("accent=1d4e8", None, Some("not accepted")),
            ("accent=1d4e899", None, Some("not accepted")),
            ("accent=1d4e8g", None, Some("not accepted")),
            ("accent=red", None, Some("not accepted")),
            ("accent=", None, Some("not accepted")),
            ("accent=ffffff", None, Some("low contrast")),
            ("accent=ffd700", None, Some("low contrast")),
            // #767676 is the lightest grey with 4.5:1 on white (4.54); #777777 is 4.48.
            ("accent=767676", Some("#767676"), None),
            ("accent=777777", None, Some("low contrast")),
        ] {
            let (p, k) = kinds(query, &[Tool::Points]);
            assert_eq!(p.accent.map(Accent::css).as_deref(), accent, "{query}");
            assert_eq!(k.first().map(|(_, kind)| *kind), problem, "{query}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        let white = Accent::parse("ffffff").unwrap();
        let black = Accent::parse("000000").unwrap();
        assert!((white.contrast_with_white() - 1.0).abs() < 1e-9);
        assert!((black.contrast_with_white() - 21.0).abs() < 1e-9);
        assert!(Accent::parse("767676").unwrap().contrast_with_white() >= MIN_CONTRAST);
        assert!(Accent::parse("777777").unwrap().contrast_with_white() < MIN_CONTRAST);
    }

    #[test]
    fn points_settings_take_what_the_calculator_takes() {
        for (query, kept) in [
            ("max=40", true),
            ("max=37,5", true),
            ("max=37.5", true),
            ("max=10000", true),
            ("max=10000.5", false),
            ("max=0", false),
            ("max=-3", false),
            ("max=0.5", true),
            ("max=1.25", false),
            ("max=abc", false),
            ("max=", false),
            ("points=0", true),
            ("points=30", true),
            ("points=-1", false),
            ("pct=0", true),
            ("pct=100", true),
            ("pct=100.1", false),
            ("b5=90", true),
            ("b2=-0.1", false),
            ("b3=50%25", false),
        ] {
            let (p, k) = kinds(query, &[Tool::Points]);
            assert_eq!(p.settings.len() == 1, kept, "{query}: {p:?}");
            assert_eq!(k.is_empty(), kept, "{query}: {k:?}");
            if !kept {
                assert_eq!(k[0].1, "not accepted", "{query}");
            }
        }
    }

    #[test]
    fn the_tool_picks_among_the_pages_tools_and_decides_the_settings() {
        let grades = [Tool::Class, Tool::Follows, Tool::Behaviour];
        let (p, k) = kinds("tool=follows", &grades);
        assert_eq!((p.tool, k.len()), (Some(Tool::Follows), 0));
        // A tool of another widget page is not accepted; the first is shown.
        let (p, k) = kinds("tool=points", &grades);
        assert_eq!(p.tool, None);
        assert_eq!(k, vec![("tool".to_string(), "not accepted")]);
        let (p, k) = kinds("tool=nope", ALL);
        assert_eq!((p.tool, k.len()), (None, 1));
        // `max` is a setting of points only.
        let (p, k) = kinds("max=40", &[Tool::Class]);
        assert!(p.settings.is_empty());
        assert_eq!(k, vec![("max".to_string(), "unknown")]);
        let (p, k) = kinds("tool=points&max=40", ALL);
        assert_eq!(p.settings, vec![("max".to_string(), "40".to_string())]);
        assert!(k.is_empty());
    }

    #[test]
    fn unknown_and_repeated_parameters_are_noted_and_the_rest_kept() {
        let (p, k) = kinds("lang=en&colour=red&lang=ru&max=40&max=50", &[Tool::Points]);
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.settings, vec![("max".to_string(), "40".to_string())]);
        assert_eq!(
            k,
            vec![
                ("colour".to_string(), "unknown"),
                ("lang".to_string(), "repeated"),
                ("max".to_string(), "repeated"),
            ]
        );
    }

    #[test]
    fn notes_name_the_parameter_and_what_it_accepts() {
        let (_, problems) = parse("lang=fi&accent=ffffff&max=0&x=1", &[Tool::Points]);
        let notes: Vec<String> = problems.iter().map(Problem::note).collect();
        assert!(notes[0].contains("\"lang\"") && notes[0].contains("et, en, ru"));
        assert!(notes[1].contains("\"accent\"") && notes[1].contains("4.5:1"));
        assert!(notes[2].contains("\"max\"") && notes[2].contains("10000"));
        assert!(notes[3].contains("\"x\"") && notes[3].contains("max, points, pct"));
    }

    proptest! {
        #[test]
        fn no_query_panics_and_kept_values_are_accepted(query in ".{0,200}") {
            let (p, _) = parse(&query, ALL);
            let tool = p.tool.unwrap_or(Tool::Points);
            for (name, value) in &p.settings {
                let s = tool.settings().iter().find(|s| s.name == name).expect("a known setting");
                prop_assert!(s.accepts.check(value));
            }
            if let Some(a) = p.accent {
                prop_assert!(a.contrast_with_white() >= MIN_CONTRAST);
            }
        }

        #[test]
        fn no_query_of_parameter_like_pieces_panics(
            pieces in proptest::collection::vec(
                ("(lang|accent|tool|max|points|pct|b5|x|%|\\+)", "[0-9a-fA-F%#,.+-]{0,8}"), 0..8)
        ) {
            let query: Vec<String> = pieces.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let _ = parse(&query.join("&"), &[Tool::Points]);
        }
    }
}
