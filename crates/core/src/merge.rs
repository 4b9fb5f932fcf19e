//! Three-way merge of stored state, so two browser tabs never overwrite each
//! other's work.
//!
//! Each tab remembers the value it last read (`base`). When it saves, the web
//! app reads what is stored now (`theirs`, perhaps written by another tab) and
//! merges its own value (`mine`) into it:
//!
//! - a key changed on one side only takes that side's value;
//! - a key changed on both sides to the same value takes it;
//! - a key changed on both sides to different values takes `mine` (the later
//!   write wins) and is reported as a [`Conflict`] carrying the value that
//!   lost, so nothing a user typed disappears without a trace;
//! - removing a key is a change like any other;
//! - objects are merged key by key, recursively; arrays and scalars are
//!   atomic (an array edited in both tabs is one conflict, not a splice).
//!
//! Plain `serde_json::Value` in and out: the merge knows nothing about what
//! the stored data means.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A place where both sides changed the same value differently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Where, as a JSON Pointer (RFC 6901): `""` for the whole value,
    /// `"/answers/q1"` for a nested key (`~` is written `~0`, `/` is `~1`).
    pub path: String,
    /// What `theirs` held there and was overwritten by `mine`; `None` when
    /// `theirs` had removed it.
    pub lost: Option<Value>,
}

/// The merged value and every conflict, in key order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
}

/// Merges `mine` and `theirs`, two edits of `base`. See the module comment
/// for the rules.
pub fn merge(base: &Value, mine: &Value, theirs: &Value) -> Merged {
    let mut conflicts = Vec::new();
    let value = merge_at(Some(base), Some(mine), Some(theirs), "", &mut conflicts)
        // Both sides are present at the root, so the merge is too.
        .unwrap_or_else(|| mine.clone());
    Merged { value, conflicts }
}

/// One place in the tree; `None` is "no such key".
fn merge_at(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if mine == theirs || theirs == base {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    // Both sides changed it, differently.
    if let (Some(Value::Object(m)), Some(Value::Object(t))) = (mine, theirs) {
        let empty = Map::new();
        let b = match base {
            Some(Value::Object(b)) => b,
            // Added on both sides, or turned into an object on both sides:
            // every key is then an addition.
            _ => &empty,
        };
        return Some(Value::Object(merge_objects(b, m, t, path, conflicts)));
    }
    conflicts.push(Conflict {
        path: path.to_string(),
        lost: theirs.cloned(),
    });
    mine.cloned()
}

/// Every place where `after` differs from `before`, with what `before` held
/// there (`None`: the key was absent). Objects are compared key by key;
/// arrays and scalars are single values, as in [`merge`]. A tab that takes
/// another tab's newer value uses this to say what it replaced.
pub fn changes(before: &Value, after: &Value) -> Vec<Conflict> {
    let mut out = Vec::new();
    changes_at(Some(before), Some(after), "", &mut out);
    out
}

fn changes_at(before: Option<&Value>, after: Option<&Value>, path: &str, out: &mut Vec<Conflict>) {
    match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let child = format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"));
                changes_at(b.get(key), a.get(key), &child, out);
            }
        }
        _ if before == after => {}
        _ => out.push(Conflict {
            path: path.to_string(),
            lost: before.cloned(),
        }),
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let mut keys: Vec<&String> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .collect();
    keys.sort();
    keys.dedup();
    let mut out = Map::new();
    for key in keys {
        let child = format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"));
        if let Some(v) = merge_at(
            base.get(key),
            mine.get(key),
            theirs.get(key),
            &child,
            conflicts,
        ) {
            out.insert(key.clone(), v);
        }
    }
    out
}

#[cfg(test)]
mod change_tests {
    use super::*;
    use serde_json::json;

    fn paths(before: Value, after: Value) -> Vec<(String, Option<Value>)> {
        changes(&before, &after)
            .into_iter()
            .map(|c| (c.path, c.lost))
            .collect()
    }

    #[test]
    fn changes_name_every_changed_place_and_what_was_there() {
        assert_eq!(paths(json!({"a": 1}), json!({"a": 1})), vec![]);
        assert_eq!(
            paths(
                json!({"a": {"q1": "x", "q2": "y"}}),
                json!({"a": {"q1": "z", "q2": "y"}})
            ),
            vec![("/a/q1".to_string(), Some(json!("x")))]
        );
        assert_eq!(
            paths(json!({"a": 1}), json!({"a": 1, "b": 2})),
            vec![("/b".to_string(), None)]
        );
        assert_eq!(
            paths(json!({"a": 1, "b": 2}), json!({"a": 1})),
            vec![("/b".to_string(), Some(json!(2)))]
        );
        assert_eq!(
            paths(json!([1, 2]), json!([1, 3])),
            vec![(String::new(), Some(json!([1, 2])))]
        );
        assert_eq!(
            paths(json!({"a/b": 1}), json!({"a/b": 2})),
            vec![("/a~1b".to_string(), Some(json!(1)))]
        );
    }

    #[test]
    fn a_merge_takes_exactly_the_changes_of_a_one_sided_edit() {
        let base = json!({"answers": {"q1": "a", "q2": "b"}, "section": 1});
        let theirs = json!({"answers": {"q1": "a", "q2": "c", "q3": "d"}, "section": 1});
        let merged = merge(&base, &base, &theirs).value;
        assert_eq!(changes(&base, &merged), changes(&base, &theirs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn paths(m: &Merged) -> Vec<&str> {
        m.conflicts.iter().map(|c| c.path.as_str()).collect()
    }

    #[test]
    fn every_case_of_a_three_way_merge() {
        // (what, base, mine, theirs, merged, conflict paths)
        type Case = (&'static str, Value, Value, Value, Value, Vec<&'static str>);
        let cases: Vec<Case> = vec![
            (
                "nothing changed",
                json!({"a": 1}),
                json!({"a": 1}),
                json!({"a": 1}),
                json!({"a": 1}),
                vec![],
            ),
            (
                "changed in mine only",
                json!({"a": 1, "b": 1}),
                json!({"a": 2, "b": 1}),
                json!({"a": 1, "b": 1}),
                json!({"a": 2, "b": 1}),
                vec![],
            ),
            (
                "changed in theirs only",
                json!({"a": 1, "b": 1}),
                json!({"a": 1, "b": 1}),
                json!({"a": 1, "b": 3}),
                json!({"a": 1, "b": 3}),
                vec![],
            ),
            (
                "different keys changed on each side",
                json!({"a": 1, "b": 1}),
                json!({"a": 2, "b": 1}),
                json!({"a": 1, "b": 3}),
                json!({"a": 2, "b": 3}),
                vec![],
            ),
            (
                "changed on both sides alike",
                json!({"a": 1}),
                json!({"a": 5}),
                json!({"a": 5}),
                json!({"a": 5}),
                vec![],
            ),
            (
                "changed on both sides differently: mine wins",
                json!({"a": 1}),
                json!({"a": 2}),
                json!({"a": 3}),
                json!({"a": 2}),
                vec!["/a"],
            ),
            (
                "added on both sides alike",
                json!({}),
                json!({"n": "x"}),
                json!({"n": "x"}),
                json!({"n": "x"}),
                vec![],
            ),
            (
                "added on both sides differently",
                json!({}),
                json!({"n": "x"}),
                json!({"n": "y"}),
                json!({"n": "x"}),
                vec!["/n"],
            ),
            (
                "added on one side",
                json!({}),
                json!({}),
                json!({"n": 1}),
                json!({"n": 1}),
                vec![],
            ),
            (
                "removed in mine, unchanged in theirs",
                json!({"a": 1, "b": 2}),
                json!({"b": 2}),
                json!({"a": 1, "b": 2}),
                json!({"b": 2}),
                vec![],
            ),
            (
                "removed in theirs, unchanged in mine",
                json!({"a": 1, "b": 2}),
                json!({"a": 1, "b": 2}),
                json!({"b": 2}),
                json!({"b": 2}),
                vec![],
            ),
            (
                "removed on both sides",
                json!({"a": 1, "b": 2}),
                json!({"b": 2}),
                json!({"b": 2}),
                json!({"b": 2}),
                vec![],
            ),
            (
                "changed in mine, removed in theirs: the change stays",
                json!({"a": 1}),
                json!({"a": 2}),
                json!({}),
                json!({"a": 2}),
                vec!["/a"],
            ),
            (
                "removed in mine, changed in theirs: the removal stays",
                json!({"a": 1}),
                json!({}),
                json!({"a": 3}),
                json!({}),
                vec!["/a"],
            ),
            (
                "nested objects merge key by key",
                json!({"s": {"x": 1, "y": 1, "z": 1}}),
                json!({"s": {"x": 2, "y": 1, "z": 1}}),
                json!({"s": {"x": 1, "y": 3, "z": 1}}),
                json!({"s": {"x": 2, "y": 3, "z": 1}}),
                vec![],
            ),
            (
                "nested conflict has its full path",
                json!({"s": {"x": 1}}),
                json!({"s": {"x": 2}}),
                json!({"s": {"x": 3}}),
                json!({"s": {"x": 2}}),
                vec!["/s/x"],
            ),
            (
                "object added on both sides merges as additions",
                json!({}),
                json!({"s": {"x": 1, "y": 2}}),
                json!({"s": {"x": 1, "z": 3}}),
                json!({"s": {"x": 1, "y": 2, "z": 3}}),
                vec![],
            ),
            (
                "arrays are atomic",
                json!({"l": [1, 2]}),
                json!({"l": [1, 2, 3]}),
                json!({"l": [0, 1, 2]}),
                json!({"l": [1, 2, 3]}),
                vec!["/l"],
            ),
            (
                "object against scalar is a conflict",
                json!({"s": 1}),
                json!({"s": {"x": 1}}),
                json!({"s": 2}),
                json!({"s": {"x": 1}}),
                vec!["/s"],
            ),
            (
                "scalar roots",
                json!(1),
                json!(2),
                json!(3),
                json!(2),
                vec![""],
            ),
            (
                "scalar root changed on one side",
                json!(1),
                json!(1),
                json!(3),
                json!(3),
                vec![],
            ),
            (
                "array roots",
                json!([1]),
                json!([2]),
                json!([3]),
                json!([2]),
                vec![""],
            ),
            (
                "root turned from object to null on one side",
                json!({"a": 1}),
                json!({"a": 1}),
                Value::Null,
                Value::Null,
                vec![],
            ),
            (
                "keys with / and ~ are escaped in the path",
                json!({"a/b": {"c~d": 1}}),
                json!({"a/b": {"c~d": 2}}),
                json!({"a/b": {"c~d": 3}}),
                json!({"a/b": {"c~d": 2}}),
                vec!["/a~1b/c~0d"],
            ),
        ];
        for (what, base, mine, theirs, expected, conflict_paths) in cases {
            let merged = merge(&base, &mine, &theirs);
            assert_eq!(merged.value, expected, "{what}");
            assert_eq!(paths(&merged), conflict_paths, "{what}");
        }
    }

    #[test]
    fn a_conflict_keeps_the_value_that_lost() {
        let merged = merge(
            &json!({"note": "a", "gone": 1}),
            &json!({"note": "mine", "gone": 2}),
            &json!({"note": "theirs"}),
        );
        assert_eq!(
            merged.conflicts,
            vec![
                Conflict {
                    path: "/gone".into(),
                    lost: None
                },
                Conflict {
                    path: "/note".into(),
                    lost: Some(json!("theirs"))
                },
            ]
        );
    }

    fn any_json() -> impl Strategy<Value = Value> {
        // A small alphabet of keys and scalars, so the three sides often share
        // keys and values and every merge case is reached.
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (0i64..4).prop_map(|n| json!(n)),
            "[ab/~]{0,2}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                proptest::collection::btree_map("[abc]", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn theirs_unchanged_gives_mine(b in any_json(), m in any_json()) {
            let merged = merge(&b, &m, &b);
            prop_assert_eq!(merged.value, m);
            prop_assert!(merged.conflicts.is_empty());
        }

        #[test]
        fn mine_unchanged_gives_theirs(b in any_json(), t in any_json()) {
            let merged = merge(&b, &b, &t);
            prop_assert_eq!(merged.value, t);
            prop_assert!(merged.conflicts.is_empty());
        }

        #[test]
        fn the_same_edit_on_both_sides_is_no_conflict(b in any_json(), x in any_json()) {
            let merged = merge(&b, &x, &x);
            prop_assert_eq!(merged.value, x);
            prop_assert!(merged.conflicts.is_empty());
        }

        #[test]
        fn without_conflicts_the_order_of_the_sides_does_not_matter(b in any_json(), m in any_json(), t in any_json()) {
            let one = merge(&b, &m, &t);
            let other = merge(&b, &t, &m);
            prop_assert_eq!(one.conflicts.is_empty(), other.conflicts.is_empty());
            if one.conflicts.is_empty() {
                prop_assert_eq!(one.value, other.value);
            }
        }
    }
}
