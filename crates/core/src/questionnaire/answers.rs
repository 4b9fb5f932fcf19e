//! One person's answers to one template, keyed by question id.

use litemap::LiteMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    value: Value,
}

impl TryFrom<AnswerFields> for Answer {
    type Error = serde_json::Error;
    /// Takes the value apart by hand rather than reading it again with
    /// serde (`stored::from_value` per kind: serde_json's reader compiled
    /// once for each of String, u8, Vec<String>, bool and Vec<Goal>),
    /// accepting what those readers accepted — except a goal written as an
    /// array of its four fields, a form serde's derived reader takes but no
    /// release ever wrote.
    fn try_from(f: AnswerFields) -> Result<Answer, serde_json::Error> {
        let v = f.value;
        match f.tag.as_str() {
            "text" => text(v).map(Answer::Text),
            "scale" => v
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .map(Answer::Scale),
            "choice" => text(v).map(Answer::Choice),
            "choices" => list(v, text).map(Answer::Choices),
            "yes_no" => v.as_bool().map(Answer::YesNo),
            "date" => text(v).map(Answer::Date),
            "goals" => list(v, goal).map(Answer::Goals),
            _ => None,
        }
        .ok_or_else(|| serde::de::Error::custom("an answer that does not fit its kind"))
    }
}

fn text(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn list<T>(v: Value, item: fn(Value) -> Option<T>) -> Option<Vec<T>> {
    match v {
        Value::Array(items) => items.into_iter().map(item).collect(),
        _ => None,
    }
}

/// All four fields, in any order; other fields (of a later release) are
/// left out, as a derived reader does.
fn goal(v: Value) -> Option<Goal> {
    let Value::Object(mut fields) = v else {
        return None;
    };
    let mut field = |name| fields.remove(name).and_then(text);
    Some(Goal {
        what: field("what")?,
        measure: field("measure")?,
        by_when: field("by_when")?,
        support: field("support")?,
    })
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
    /// By question id, in id order. A sorted Vec rather than a BTreeMap:
    /// the same order and the same JSON, much less code in every page
    /// that holds answers (#13).
    #[serde(serialize_with = "crate::map::as_object")]
    pub values: LiteMap<String, Answer>,
}

impl Answers {
    pub fn new(template_id: &str, template_version: u32, role: Role) -> Answers {
        Answers {
            template_id: template_id.into(),
            template_version,
            role,
            values: LiteMap::new(),
        }
    }

    pub fn given(&self, id: &str) -> Option<&Answer> {
        self.values.get(id).filter(|a| a.is_given())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Option<Answer> {
        serde_json::from_str(json).ok()
    }

    #[test]
    fn every_kind_of_answer_round_trips_and_reads_with_the_value_first() {
        let goal = Goal {
            what: "loen".into(),
            measure: "raamatuid".into(),
            by_when: "mai".into(),
            support: "ema".into(),
        };
        for a in [
            Answer::Text("tekst".into()),
            Answer::Scale(0),
            Answer::Scale(255),
            Answer::Choice("yes".into()),
            Answer::Choices(vec![]),
            Answer::Choices(vec!["a".into(), "b".into()]),
            Answer::YesNo(false),
            Answer::Date("2026-05-31".into()),
            Answer::Goals(vec![]),
            Answer::Goals(vec![goal.clone(), Goal::default()]),
        ] {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(read(&json), Some(a.clone()), "{json}");
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            let reversed = format!(r#"{{"value":{},"type":{}}}"#, v["value"], v["type"]);
            assert_eq!(read(&reversed), Some(a), "{reversed}");
        }
        // A goal's fields in any order, with a field of a later release.
        assert_eq!(
            read(
                r#"{"type":"goals","value":[{"support":"ema","by_when":"mai","new":1,
                "measure":"raamatuid","what":"loen"}]}"#
            ),
            Some(Answer::Goals(vec![goal]))
        );
    }

    #[test]
    fn answers_are_a_json_object_in_id_order_even_when_empty() {
        let mut a = Answers::new("t", 1, Role::Student);
        let empty = serde_json::to_value(&a).unwrap();
        assert_eq!(empty["values"], serde_json::json!({}));
        a.values.insert("b".into(), Answer::YesNo(true));
        a.values.insert("a".into(), Answer::Scale(2));
        a.values.insert("b".into(), Answer::YesNo(false));
        let text = serde_json::to_string(&a.values.iter().collect::<Vec<_>>()).unwrap();
        assert!(text.starts_with(r#"[["a","#), "{text}");
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains(r#""values":{"a":"#), "{json}");
        // Read back in any order, the later of two equal ids winning (as
        // serde_json's own maps do).
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        let shuffled = r#"{"template_id":"t","template_version":1,"role":"student","values":{"b":{"type":"yes_no","value":true},"a":{"type":"scale","value":2},"b":{"type":"yes_no","value":false}}}"#;
        let read: Answers = serde_json::from_str(shuffled).unwrap();
        assert_eq!(read, a);
        assert_eq!(
            serde_json::from_str::<Answers>(&empty.to_string())
                .unwrap()
                .values
                .len(),
            0
        );
    }

    #[test]
    fn an_answer_whose_value_does_not_fit_its_kind_is_refused() {
        for json in [
            r#"{"type":"text","value":3}"#,
            r#"{"type":"text","value":null}"#,
            r#"{"type":"scale","value":256}"#,
            r#"{"type":"scale","value":-1}"#,
            r#"{"type":"scale","value":3.0}"#,
            r#"{"type":"scale","value":"3"}"#,
            r#"{"type":"choice","value":["a"]}"#,
            r#"{"type":"choices","value":"a"}"#,
            r#"{"type":"choices","value":["a",1]}"#,
            r#"{"type":"yes_no","value":1}"#,
            r#"{"type":"date","value":false}"#,
            r#"{"type":"goals","value":{}}"#,
            r#"{"type":"goals","value":[{"what":"a","measure":"b","by_when":"c"}]}"#,
            r#"{"type":"goals","value":[{"what":"a","measure":"b","by_when":"c","support":2}]}"#,
            r#"{"type":"goals","value":["a"]}"#,
            r#"{"type":"essay","value":"a"}"#,
            r#"{"type":"text"}"#,
            r#"{"value":"a"}"#,
        ] {
            assert_eq!(read(json), None, "{json}");
        }
    }
}
