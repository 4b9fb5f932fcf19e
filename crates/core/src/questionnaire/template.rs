//! The template: sections of questions, each for some roles, some shown only
//! after a given earlier answer. Serialised as JSON with a schema version so
//! a school can later load its own file through the same `load`.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::i18n::Localized;

/// The schema this code reads. A file with another number is refused with a
/// message rather than half-read.
pub const SCHEMA_VERSION: u32 = 1;

/// Who answers. 000 3: student, parent, class teacher; in vocational school
/// (001 Lisa 9) the teacher role is the group supervisor, and the
/// conversation is between the supervisor and the learner or the learner's
/// representative (*õppija (esindaja)*, Lisa 9 2; others close to the
/// learner when needed, 5.2).
///
/// Stored by its code (`code::serde_by_code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Student,
    Parent,
    Teacher,
    /// 001 Lisa 9 2, 5.2: the learner's representative (*õppija esindaja*).
    /// Added after the first release: appended, so stored roles keep their
    /// codes.
    Representative,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub schema: u32,
    pub id: String,
    pub version: u32,
    pub title: Localized,
    pub intro: Localized,
    /// The seed clauses the template follows, e.g. "000 9.2".
    pub source: String,
    pub roles: Vec<Role>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: Localized,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub text: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Localized>,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub required: bool,
    /// Shown only when an earlier question has this answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
}

/// Bounds are generous but finite, so a pasted novel cannot fill the device.
pub const SHORT_TEXT_MAX: usize = 200;
pub const LONG_TEXT_MAX: usize = 4000;
pub const GOALS_MAX: usize = 10;

/// Written as `{"type": "scale", "min": 1, …}`. Read through [`KindFields`]
/// rather than serde's internally tagged enum, which buffers every object
/// into serde's `Content` first (several KB of wasm on every page that reads
/// a template, and slower).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "KindFields")]
pub enum Kind {
    ShortText,
    LongText,
    /// A rating from `min` to `max` with labelled ends.
    Scale {
        min: u8,
        max: u8,
        min_label: Localized,
        max_label: Localized,
    },
    SingleChoice {
        options: Vec<Choice>,
    },
    MultipleChoice {
        options: Vec<Choice>,
    },
    YesNo,
    Date,
    /// 000 4.2: goals that are clear, realistic, trackable and measurable —
    /// each with what, how progress is measured, by when, who supports.
    Goals,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: Localized,
}

/// Every field any [`Kind`] has, read flat; the tag says which it needs.
/// (The tag is a plain string: a derived enum of tags would be one more
/// enum reader.)
#[derive(Deserialize)]
struct KindFields {
    #[serde(rename = "type")]
    tag: String,
    min: Option<u8>,
    max: Option<u8>,
    min_label: Option<Localized>,
    max_label: Option<Localized>,
    options: Option<Vec<Choice>>,
}

impl TryFrom<KindFields> for Kind {
    type Error = &'static str;
    fn try_from(f: KindFields) -> Result<Kind, &'static str> {
        Ok(match f.tag.as_str() {
            "short_text" => Kind::ShortText,
            "long_text" => Kind::LongText,
            "scale" => match (f.min, f.max, f.min_label, f.max_label) {
                (Some(min), Some(max), Some(min_label), Some(max_label)) => Kind::Scale {
                    min,
                    max,
                    min_label,
                    max_label,
                },
                _ => return Err("a scale needs min, max, min_label and max_label"),
            },
            "single_choice" => Kind::SingleChoice {
                options: f.options.ok_or("a choice needs options")?,
            },
            "multiple_choice" => Kind::MultipleChoice {
                options: f.options.ok_or("a choice needs options")?,
            },
            "yes_no" => Kind::YesNo,
            "date" => Kind::Date,
            "goals" => Kind::Goals,
            _ => return Err("an unknown kind of question"),
        })
    }
}

/// Written as `{"when": "yes_no", "question": …, "value": …}`; read flat
/// (see [`Kind`] for why).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "when", rename_all = "snake_case", try_from = "ConditionFields")]
pub enum Condition {
    /// The yes/no question `question` was answered `value`.
    YesNo { question: String, value: bool },
    /// The single-choice question `question` was answered `choice`.
    Choice { question: String, choice: String },
}

#[derive(Deserialize)]
struct ConditionFields {
    when: String,
    question: String,
    value: Option<bool>,
    choice: Option<String>,
}

impl TryFrom<ConditionFields> for Condition {
    type Error = &'static str;
    fn try_from(f: ConditionFields) -> Result<Condition, &'static str> {
        let question = f.question;
        Ok(match f.when.as_str() {
            "yes_no" => Condition::YesNo {
                question,
                value: f.value.ok_or("a yes/no condition needs a value")?,
            },
            "choice" => Condition::Choice {
                question,
                choice: f.choice.ok_or("a choice condition needs a choice")?,
            },
            _ => return Err("an unknown condition"),
        })
    }
}

impl Condition {
    pub fn question(&self) -> &str {
        match self {
            Condition::YesNo { question, .. } | Condition::Choice { question, .. } => question,
        }
    }
}

/// What is wrong with a template file, with the place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateError {
    /// Not JSON of a template's shape; the parser's line and column.
    Unreadable {
        line: usize,
        column: usize,
    },
    UnsupportedSchema(u32),
    Empty,
    DuplicateId(String),
    /// A question no role answers, or a role the template does not declare.
    BadRoles(String),
    /// A condition that refers to a missing or later question, or to a choice it does not have.
    BadCondition(String),
    BadScale(String),
    NoOptions(String),
    /// A text missing in one of the three languages.
    MissingTranslation(String),
}

impl Template {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Reads and checks a template file. Built-in templates go through here too.
    pub fn load(json: &str) -> Result<Template, TemplateError> {
        let t: Template = serde_json::from_str(json).map_err(|e| TemplateError::Unreadable {
            line: e.line(),
            column: e.column(),
        })?;
        t.check()?;
        Ok(t)
    }

    fn check(&self) -> Result<(), TemplateError> {
        if self.schema != SCHEMA_VERSION {
            return Err(TemplateError::UnsupportedSchema(self.schema));
        }
        if self.sections.is_empty() || self.roles.is_empty() {
            return Err(TemplateError::Empty);
        }
        let complete = |l: &Localized| {
            !l.et.trim().is_empty() && !l.en.trim().is_empty() && !l.ru.trim().is_empty()
        };
        if !complete(&self.title) {
            return Err(TemplateError::MissingTranslation(self.id.clone()));
        }
        let mut seen: HashSet<&str> = HashSet::new();
        // The questions before the one being checked, by id: one lookup per
        // condition keeps a hostile file of many questions linear.
        let mut earlier: HashMap<&str, &Kind> = HashMap::new();
        for s in &self.sections {
            if !seen.insert(&s.id) {
                return Err(TemplateError::DuplicateId(s.id.clone()));
            }
            if !complete(&s.title) {
                return Err(TemplateError::MissingTranslation(s.id.clone()));
            }
            for q in &s.questions {
                if !seen.insert(&q.id) {
                    return Err(TemplateError::DuplicateId(q.id.clone()));
                }
                if !complete(&q.text) || q.help.as_ref().is_some_and(|h| !complete(h)) {
                    return Err(TemplateError::MissingTranslation(q.id.clone()));
                }
                if q.roles.is_empty() || q.roles.iter().any(|r| !self.roles.contains(r)) {
                    return Err(TemplateError::BadRoles(q.id.clone()));
                }
                match &q.kind {
                    Kind::Scale {
                        min,
                        max,
                        min_label,
                        max_label,
                    } if min >= max
                        || *max > 10
                        || !complete(min_label)
                        || !complete(max_label) =>
                    {
                        return Err(TemplateError::BadScale(q.id.clone()));
                    }
                    Kind::SingleChoice { options } | Kind::MultipleChoice { options } => {
                        let ids: HashSet<&str> = options.iter().map(|o| o.id.as_str()).collect();
                        if options.is_empty() || ids.len() != options.len() {
                            return Err(TemplateError::NoOptions(q.id.clone()));
                        }
                        if options.iter().any(|o| !complete(&o.text)) {
                            return Err(TemplateError::MissingTranslation(q.id.clone()));
                        }
                    }
                    _ => {}
                }
                if let Some(c) = &q.show_if {
                    // Only an earlier question can decide, so filling never loops.
                    let target = earlier
                        .get(c.question())
                        .ok_or_else(|| TemplateError::BadCondition(q.id.clone()))?;
                    let fits = match (c, target) {
                        (Condition::YesNo { .. }, Kind::YesNo) => true,
                        (Condition::Choice { choice, .. }, Kind::SingleChoice { options }) => {
                            options.iter().any(|o| &o.id == choice)
                        }
                        _ => false,
                    };
                    if !fits {
                        return Err(TemplateError::BadCondition(q.id.clone()));
                    }
                }
                earlier.insert(&q.id, &q.kind);
            }
        }
        Ok(())
    }
}
