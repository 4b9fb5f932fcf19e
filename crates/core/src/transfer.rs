//! Files the user exports and imports: a small versioned envelope around
//! plain data, so a file from another tool, a newer version, or a damaged
//! download is refused with the reason — and nothing is half-imported.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// An exported file this large is not one of ours: the app refuses it
/// before reading, so a huge file cannot freeze the page.
pub const FILE_MAX_BYTES: u64 = 1_000_000;

#[derive(Serialize)]
struct Envelope<T> {
    /// Always "kooliabi": tells our files from any other JSON.
    app: String,
    kind: String,
    version: u32,
    data: T,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportError {
    /// Not JSON at all; where the parser stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Kooliabi file.
    NotOurs,
    /// A Kooliabi file of another tool (its kind).
    WrongKind(String),
    /// Made by a newer Kooliabi.
    NewerVersion(u32),
    /// Ours and the right kind, but its contents do not fit.
    Damaged,
}

pub fn write<T: Serialize>(kind: &str, version: u32, data: &T) -> String {
    let env = Envelope {
        app: "kooliabi".into(),
        kind: kind.into(),
        version,
        data,
    };
    pretty(&crate::stored::to_text(&env))
}

/// Compact JSON laid out as `serde_json::to_string_pretty` lays it out (two
/// spaces, `": "`, `[]` and `{}` when empty), character for character.
/// Files are written compact and laid out here because serde_json's pretty
/// writer is a second serializer: every exported type, already compiled
/// for storage (compact), would be compiled again.
fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

/// Reads a file written by `write` with this `kind` and at most `version`.
pub fn read<T: DeserializeOwned>(text: &str, kind: &str, version: u32) -> Result<T, ImportError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    if value.get("app").and_then(|a| a.as_str()) != Some("kooliabi") {
        return Err(ImportError::NotOurs);
    }
    let found = value
        .get("kind")
        .and_then(|k| k.as_str())
        .unwrap_or_default();
    if found != kind {
        return Err(ImportError::WrongKind(found.to_string()));
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        // Compared as u64: a version past u32::MAX is newer, not truncated.
        Some(v) if v > u64::from(version) => {
            return Err(ImportError::NewerVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        Some(_) => {}
        None => return Err(ImportError::Damaged),
    }
    // The header is checked above; the data is read from text like any
    // typed data (`stored::from_value`). Missing data reads as `null`, as
    // the derived envelope read it.
    let data = value.get("data").unwrap_or(&serde_json::Value::Null);
    crate::stored::from_value(data).map_err(|_| ImportError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Data {
        names: Vec<String>,
    }

    #[test]
    fn files_are_laid_out_as_serde_json_lays_them_out() {
        let value = serde_json::json!({
            "names": ["Mari", "a \\\"quoted\\\" {brace} [x], y: z", "\\\\", "ü\\n"],
            "empty": [],
            "none": {},
            "nested": [{"a": [[], {}, [1, 2.5, -3e-7]]}, null, true, false],
            "": {"deep": {"deeper": [{"x": ""}]}}
        });
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(pretty("[]"), "[]");
        assert_eq!(pretty("\"a\""), "\"a\"");
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_laid_out_as_serde_json_lays_it_out(
            names in proptest::collection::vec(proptest::prelude::any::<String>(), 0..4),
            kind in proptest::prelude::any::<String>(),
        ) {
            let data = serde_json::json!({"names": names, "kind": {kind.clone(): [kind]}});
            let compact = serde_json::to_string(&data).unwrap();
            proptest::prop_assert_eq!(pretty(&compact), serde_json::to_string_pretty(&data).unwrap());
        }
    }

    #[test]
    fn a_written_file_reads_back() {
        let d = Data {
            names: vec!["Mari".into(), "<script>".into()],
        };
        assert_eq!(read::<Data>(&write("modules", 1, &d), "modules", 1), Ok(d));
    }

    #[test]
    fn foreign_damaged_and_newer_files_are_refused_with_the_reason() {
        let ok = write("modules", 1, &Data { names: vec![] });
        assert!(matches!(
            read::<Data>("{\"a\":", "modules", 1),
            Err(ImportError::NotJson { line: 1, .. })
        ));
        assert_eq!(
            read::<Data>("[1,2,3]", "modules", 1),
            Err(ImportError::NotOurs)
        );
        assert_eq!(
            read::<Data>(&ok, "courses", 1),
            Err(ImportError::WrongKind("modules".into()))
        );
        assert_eq!(
            read::<Data>(&write("modules", 2, &Data { names: vec![] }), "modules", 1),
            Err(ImportError::NewerVersion(2))
        );
        // Found by the fuzz tests: 2^32 was truncated to 0 and then called
        // damaged instead of newer.
        let huge = ok.replace("\"version\": 1", "\"version\": 4294967296");
        assert_eq!(
            read::<Data>(&huge, "modules", 1),
            Err(ImportError::NewerVersion(u32::MAX))
        );
        let damaged = ok.replace("\"names\": []", "\"names\": 5");
        assert_eq!(
            read::<Data>(&damaged, "modules", 1),
            Err(ImportError::Damaged)
        );
        assert!(matches!(
            read::<Data>("\u{0}\u{1}binary", "modules", 1),
            Err(ImportError::NotJson { .. })
        ));
    }
}
