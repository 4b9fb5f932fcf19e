//! What the app keeps on the device, with a format version, so data stored by
//! one release is read by the next (issue #12: stored data survives
//! releases, nothing a user typed is lost).
//!
//! A stored value is `{"v": 2, "data": …}`. Releases before this module
//! stored the bare value (`{"answers": …, "section": 0, …}` for a
//! questionnaire); such a value reads as version 0. Each type says which
//! version it writes ([`Stored::VERSION`]) and how to lift data one version
//! up ([`Stored::migrate`]), so a future change of shape has a path: add a
//! step, raise `VERSION`, add a fixture of the old shape.
//!
//! Data written by a newer release is refused with [`StoredError::Newer`]
//! rather than misread; the web app keeps such a value untouched and lists
//! it as unreadable instead of overwriting it.

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::merge::{self, Conflict};

/// A stored value and the format version it was written in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Versioned<T> {
    pub v: u32,
    pub data: T,
}

/// Why a stored value could not be read. The web app shows the entry in a
/// list of unreadable data (with its key) and keeps the text for download.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StoredError {
    /// Not JSON; where the parser stopped.
    NotJson { line: usize, column: usize },
    /// Written by a newer release (`found`) than this one reads (`supported`).
    Newer { found: u32, supported: u32 },
    /// No migration step from this version.
    NoMigration { from: u32 },
    /// A migration step refused the data.
    Migration { from: u32 },
    /// JSON of the right version whose contents do not fit the type.
    Damaged,
}

/// A migration step's refusal: the data of the old version is not what the
/// step expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MigrateError;

/// A type the app stores on the device.
pub trait Stored: Serialize + DeserializeOwned {
    /// The version this release writes. Raised by one with each change of
    /// shape, together with a step in `migrate`.
    const VERSION: u32;

    /// Lifts `data` of version `from` to version `from + 1`. The default
    /// knows one step: version 0 (the bare value of releases before
    /// versioning) is the shape of version 1.
    fn migrate(from: u32, data: Value) -> Result<Value, StoredError> {
        match from {
            0 => Ok(data),
            _ => Err(StoredError::NoMigration { from }),
        }
    }
}

/// The text to store for `data`, at `T::VERSION`.
pub fn write<T: Stored>(data: &T) -> String {
    to_text(&Versioned {
        v: T::VERSION,
        data,
    })
}

/// `t` as compact JSON. Plain data (no maps with non-text keys) always
/// serialises; the error is not put into the panic message, since
/// formatting it would bring serde_json's error texts into every page.
pub fn to_text<T: Serialize + ?Sized>(t: &T) -> String {
    match serde_json::to_string(t) {
        Ok(text) => text,
        Err(_) => unreachable!("plain data serialises"),
    }
}

/// The version and the data of a stored value, the bare shape of older
/// releases being version 0. An object is versioned when it has exactly
/// the keys `v` (a whole number) and `data`.
pub fn split(value: Value) -> (u32, Value) {
    match value {
        Value::Object(mut map) if is_envelope(&map) => {
            let v = map.get("v").and_then(Value::as_u64).unwrap_or(0);
            let data = map.remove("data").unwrap_or(Value::Null);
            (u32::try_from(v).unwrap_or(u32::MAX), data)
        }
        bare => (0, bare),
    }
}

fn is_envelope(map: &Map<String, Value>) -> bool {
    map.len() == 2 && map.get("v").is_some_and(Value::is_u64) && map.contains_key("data")
}

/// Reads stored text as JSON of the current version, migrating step by step,
/// without deserialising it into `T` (for merging).
pub fn read_value<T: Stored>(text: &str) -> Result<Value, StoredError> {
    let value: Value = serde_json::from_str(text).map_err(|e| StoredError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let (mut v, mut data) = split(value);
    if v > T::VERSION {
        return Err(StoredError::Newer {
            found: v,
            supported: T::VERSION,
        });
    }
    while v < T::VERSION {
        data = T::migrate(v, data)?;
        v += 1;
    }
    Ok(data)
}

/// Reads a stored value of any version up to `T::VERSION`.
pub fn read<T: Stored>(text: &str) -> Result<T, StoredError> {
    from_value(&read_value::<T>(text)?).map_err(|_| StoredError::Damaged)
}

/// `T` from JSON already read into a `Value` (to check its envelope or to
/// migrate it), by way of the value's text. `serde_json::from_value` would
/// do the same without the text, but it is a second deserializer: every
/// type read through it is compiled twice into a page that also reads it
/// (or a part of it) from text, about 20 KB of wasm on the answer page.
/// Typed data is therefore only ever read from text; a `Value` only ever
/// from text or into text.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    serde_json::from_str(&serde_json::to_string(value)?)
}

/// The JSON of `t` as a `Value` (for merging), by way of its text, for the
/// reason given at [`from_value`].
pub fn to_value<T: Serialize>(t: &T) -> Value {
    match serde_json::from_str(&to_text(t)) {
        Ok(value) => value,
        Err(_) => unreachable!("serde_json reads its own output"),
    }
}

/// Two tabs' edits of a stored value, merged.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedStored<T> {
    pub value: T,
    pub conflicts: Vec<Conflict>,
}

/// Merges `mine` (this tab's value) with `theirs` (what is stored now,
/// perhaps written by another tab), both edits of `base` (what this tab last
/// read), with the rules of [`merge::merge`]. When the merged JSON is not a
/// valid `T` (one tab changed an answer's kind, the other its text), `mine`
/// is kept whole and the whole value is reported as one conflict at `""`.
pub fn merge<T: Stored + Clone>(base: &T, mine: &T, theirs: &T) -> MergedStored<T> {
    let (b, m, t) = (to_value(base), to_value(mine), to_value(theirs));
    let merged = merge::merge(&b, &m, &t);
    match from_value(&merged.value) {
        Ok(value) => MergedStored {
            value,
            conflicts: merged.conflicts,
        },
        Err(_) => MergedStored {
            value: mine.clone(),
            conflicts: vec![Conflict {
                path: String::new(),
                lost: Some(t),
            }],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// Version 1 had `name`; version 2 splits it into `first` and `last`.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Person {
        first: String,
        last: String,
    }

    impl Stored for Person {
        const VERSION: u32 = 2;
        fn migrate(from: u32, data: Value) -> Result<Value, StoredError> {
            match from {
                0 => Ok(data),
                1 => {
                    let name = data
                        .get("name")
                        .and_then(Value::as_str)
                        .ok_or(StoredError::Migration { from })?;
                    let (first, last) = name.split_once(' ').unwrap_or((name, ""));
                    Ok(json!({"first": first, "last": last}))
                }
                _ => Err(StoredError::NoMigration { from }),
            }
        }
    }

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        text: String,
        count: u32,
    }

    impl Stored for Note {
        const VERSION: u32 = 1;
    }

    fn mari() -> Person {
        Person {
            first: "Mari".into(),
            last: "Maasikas".into(),
        }
    }

    #[test]
    fn every_stored_shape_reads_or_is_refused_with_the_reason() {
        let cases: &[(&str, Result<Person, StoredError>)] = &[
            (
                r#"{"v":2,"data":{"first":"Mari","last":"Maasikas"}}"#,
                Ok(mari()),
            ),
            (r#"{"v":1,"data":{"name":"Mari Maasikas"}}"#, Ok(mari())),
            // The bare shape of a release before versioning is version 0.
            (r#"{"name":"Mari Maasikas"}"#, Ok(mari())),
            (
                r#"{"v":3,"data":{}}"#,
                Err(StoredError::Newer {
                    found: 3,
                    supported: 2,
                }),
            ),
            (
                r#"{"v":99999999999,"data":{}}"#,
                Err(StoredError::Newer {
                    found: u32::MAX,
                    supported: 2,
                }),
            ),
            (
                r#"{"v":1,"data":{"nimi":"Mari"}}"#,
                Err(StoredError::Migration { from: 1 }),
            ),
            (
                r#"{"v":2,"data":{"first":"Mari"}}"#,
                Err(StoredError::Damaged),
            ),
            (
                "{\n\"v\":",
                Err(StoredError::NotJson { line: 2, column: 4 }),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&read::<Person>(text), expected, "{text}");
        }
    }

    #[test]
    fn a_missing_step_is_named() {
        // A type at version 3 that forgot the step from 1 to 2.
        #[derive(Serialize, Deserialize)]
        struct Three;
        impl Stored for Three {
            const VERSION: u32 = 3;
        }
        assert_eq!(
            read::<Three>(r#"{"v":1,"data":null}"#).map(|_| ()),
            Err(StoredError::NoMigration { from: 1 })
        );
    }

    #[test]
    fn an_object_is_versioned_only_with_exactly_v_and_data() {
        let cases = [
            (json!({"v": 1, "data": 5}), (1, json!(5))),
            (
                json!({"v": 1, "data": 5, "x": 0}),
                (0, json!({"v": 1, "data": 5, "x": 0})),
            ),
            (
                json!({"v": "1", "data": 5}),
                (0, json!({"v": "1", "data": 5})),
            ),
            (
                json!({"v": -1, "data": 5}),
                (0, json!({"v": -1, "data": 5})),
            ),
            (json!([1, 2]), (0, json!([1, 2]))),
        ];
        for (value, expected) in cases {
            assert_eq!(split(value.clone()), expected, "{value}");
        }
    }

    #[test]
    fn merging_keeps_both_tabs_edits_of_different_fields() {
        let base = Note {
            text: "a".into(),
            count: 1,
        };
        let mine = Note {
            text: "mine".into(),
            ..base.clone()
        };
        let theirs = Note {
            count: 2,
            ..base.clone()
        };
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(
            merged.value,
            Note {
                text: "mine".into(),
                count: 2
            }
        );
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn a_merge_that_does_not_fit_the_type_keeps_mine_whole() {
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "type", content = "value")]
        enum Answer {
            Text(String),
            Scale(u8),
        }
        impl Stored for Answer {
            const VERSION: u32 = 1;
        }
        // Mine edits the text; theirs turns it into a scale: the merged
        // {"type": "Scale", "value": "b"} is no answer.
        let base = Answer::Text("a".into());
        let mine = Answer::Text("b".into());
        let theirs = Answer::Scale(3);
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(merged.value, mine);
        assert_eq!(
            merged.conflicts,
            vec![Conflict {
                path: String::new(),
                lost: Some(json!({"type": "Scale", "value": 3}))
            }]
        );
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(first in any::<String>(), last in any::<String>()) {
            let p = Person { first, last };
            prop_assert_eq!(read::<Person>(&write(&p)), Ok(p));
        }

        #[test]
        fn any_text_reads_or_is_refused_without_panic(text in any::<String>()) {
            let _ = read::<Person>(&text);
            let _ = read::<Note>(&text);
        }
    }
}
