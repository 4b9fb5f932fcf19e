//! The app's addresses: percent-encoding of a path segment or a query
//! component, and reading a query string (`?a=1&b=2`). One implementation
//! for routes, shared links, widget parameters and the snippet page.

use litemap::LiteMap;

/// Percent-encodes all but ASCII letters, digits and `-_.~` (RFC 3986's
/// unreserved characters; links have always written ids this way).
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// A path segment's `%XX` escapes read exactly: `None` when one is broken
/// or the bytes are not UTF-8 (a route that cannot be read is no route).
pub fn decode_exact(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A query component read leniently, as a browser's form would: `+` is a
/// space, `%xx` a byte; a malformed escape is kept as it is, and bytes
/// that are not UTF-8 are replaced, so reading never fails.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query's `key=value` pairs (with or without the `?`), decoded, in
/// order; a pair without `=` has an empty value.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
}

/// Each parameter's value; of one given twice, the first counts (as a
/// widget's console note says).
pub fn first_values(query: &str) -> LiteMap<String, String> {
    let mut out = LiteMap::new();
    for (k, v) in pairs(query) {
        if !out.contains_key(&k) {
            out.insert(k, v);
        }
    }
    out
}

/// The value of `name`, the first if it is given twice.
pub fn value(query: &str, name: &str) -> Option<String> {
    pairs(query).find(|(k, _)| k == name).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn encoding_keeps_only_unreserved_characters() {
        for (text, encoded) in [
            ("37,5", "37%2C5"),
            ("#8A1538", "%238A1538"),
            ("a b&c=d+e", "a%20b%26c%3Dd%2Be"),
            ("-_.~", "-_.~"),
            ("!*'()", "%21%2A%27%28%29"),
            ("ä", "%C3%A4"),
            ("", ""),
        ] {
            assert_eq!(encode(text), encoded, "{text}");
        }
    }

    #[test]
    fn lenient_decoding_keeps_malformed_escapes() {
        for (text, decoded) in [
            ("a+b", "a b"),
            ("%41", "A"),
            ("%4", "%4"),
            ("%", "%"),
            ("%zz", "%zz"),
            ("%C3%B5", "õ"),
            ("%FF", "\u{fffd}"),
        ] {
            assert_eq!(decode(text), decoded, "{text}");
        }
    }

    #[test]
    fn exact_decoding_refuses_what_it_cannot_read() {
        assert_eq!(decode_exact("%C3%A4+b").as_deref(), Some("ä+b"));
        for broken in ["%4", "%zz", "%FF", "%"] {
            assert_eq!(decode_exact(broken), None, "{broken}");
        }
    }

    #[test]
    fn the_first_of_a_repeated_parameter_counts() {
        let q = first_values("?max=40&points=3%2C5&max=10&flag");
        assert_eq!(q.get("max").map(String::as_str), Some("40"));
        assert_eq!(q.get("points").map(String::as_str), Some("3,5"));
        assert_eq!(q.get("flag").map(String::as_str), Some(""));
        assert_eq!(value("a=1&b=2&b=3", "b").as_deref(), Some("2"));
        assert_eq!(value("a=1", "b"), None);
        assert!(first_values("").is_empty() && first_values("?").is_empty());
    }

    proptest! {
        #[test]
        fn any_text_survives_encoding(text in ".*") {
            prop_assert_eq!(decode(&encode(&text)), text.clone());
            prop_assert_eq!(decode_exact(&encode(&text)), Some(text));
        }
    }
}
