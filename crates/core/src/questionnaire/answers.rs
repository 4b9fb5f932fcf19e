//! One person's answers to one template, keyed by question id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::template::Role;

/// Written as `{"type": "scale", "value": 3}`. Read through [`AnswerFields`]
/// rather than serde's adjacently tagged enum, whose reader carries serde's
/// `Content` buffer for a `value` before its `type` (several KB of wasm).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    content = "value",
    rename_all = "snake_case",
    try_from = "AnswerFields"
)]
pub enum Answer {
    Text(String),
    Scale(u8),
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    /// As `<input type="date">` gives it: YYYY-MM-DD.
    Date(String),
    Goals(Vec<Goal>),
}

/// An answer's tag and its value as JSON, in either order; the value is
/// then read as the tag says.
#[derive(Deserialize)]
struct AnswerFields {
    #[serde(rename = "type")]
    tag: String,
    value: serde_json::Value,
}

impl TryFrom<AnswerFields> for Answer {
    type Error = serde_json::Error;
    fn try_from(f: AnswerFields) -> Result<Answer, serde_json::Error> {
        use crate::stored::from_value;
        let v = &f.value;
        Ok(match f.tag.as_str() {
            "text" => Answer::Text(from_value(v)?),
            "scale" => Answer::Scale(from_value(v)?),
            "choice" => Answer::Choice(from_value(v)?),
            "choices" => Answer::Choices(from_value(v)?),
            "yes_no" => Answer::YesNo(from_value(v)?),
            "date" => Answer::Date(from_value(v)?),
            "goals" => Answer::Goals(from_value(v)?),
            _ => return Err(serde::de::Error::custom("an unknown kind of answer")),
        })
    }
}

/// 000 4.2: a goal says what, how progress is measured, by when and who supports it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub what: String,
    pub measure: String,
    pub by_when: String,
    pub support: String,
}

impl Answer {
    /// Whether the answer says something (an empty text or list does not).
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(t) | Answer::Date(t) | Answer::Choice(t) => !t.trim().is_empty(),
            Answer::Choices(c) => !c.is_empty(),
            Answer::Goals(g) => g.iter().any(|g| !g.what.trim().is_empty()),
            Answer::Scale(_) | Answer::YesNo(_) => true,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answers {
    pub template_id: String,
    pub template_version: u32,
    pub role: Role,
    pub values: BTreeMap<String, Answer>,
}

impl Answers {
    pub fn new(template_id: &str, template_version: u32, role: Role) -> Answers {
        Answers {
            template_id: template_id.into(),
            template_version,
            role,
            values: BTreeMap::new(),
        }
    }

    pub fn given(&self, id: &str) -> Option<&Answer> {
        self.values.get(id).filter(|a| a.is_given())
    }
}
