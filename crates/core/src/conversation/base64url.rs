//! Base64url without padding (RFC 4648 § 5), the alphabet that survives a
//! URL fragment, a chat message and a mail client unescaped. It is an
//! encoding, not cryptography; written here (about forty lines) rather than
//! adding a dependency to a wasm bundle with a size budget.
//!
//! Decoding is strict: only canonical text is accepted (no padding, no
//! whitespace, unused low bits zero), so one byte string has exactly one
//! text and changing any character changes the bytes or is refused.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a text is not canonical base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Base64Error {
    /// A character outside `A–Z a–z 0–9 - _`, at this 0-based position.
    BadChar(usize),
    /// A length that no byte string encodes to (one character left over).
    BadLength,
    /// The last character carries bits that are not zero.
    NotCanonical,
}

/// The message of a serde error for text that does not decode. Fixed: the
/// error's `Debug` would carry the formatting machinery into every page that
/// reads a key or an envelope, and nobody reads the text (the web crate maps
/// the failure to its own message).
pub const NOT_BASE64URL: &str = "not canonical base64url text";

/// Encoded length of `n` bytes: 4 characters per 3 bytes, no padding.
pub const fn encoded_len(n: usize) -> usize {
    n / 3 * 4 + [0, 2, 3][n % 3]
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(encoded_len(bytes.len()));
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let t = text.as_bytes();
    if t.len() % 4 == 1 {
        return Err(Base64Error::BadLength);
    }
    let mut out = Vec::with_capacity(t.len() / 4 * 3 + 2);
    for (c, chunk) in t.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, &ch) in chunk.iter().enumerate() {
            n |= value(ch).ok_or(Base64Error::BadChar(c * 4 + i))? << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        if n & (0xFF_FFFF >> (8 * bytes)) != 0 {
            return Err(Base64Error::NotCanonical);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc_4648_test_vectors_without_padding() {
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in cases {
            assert_eq!(encode(plain.as_bytes()), enc);
            assert_eq!(decode(enc).unwrap(), plain.as_bytes());
        }
        // The url-safe characters stand for 62 and 63.
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8").unwrap(), vec![0xfb, 0xff]);
    }

    #[test]
    fn every_single_byte_and_every_two_byte_value_round_trips() {
        for a in 0..=255u8 {
            assert_eq!(decode(&encode(&[a])).unwrap(), vec![a]);
            for b in 0..=255u8 {
                let e = encode(&[a, b]);
                assert_eq!(e.len(), 3);
                assert_eq!(decode(&e).unwrap(), vec![a, b]);
            }
        }
    }

    #[test]
    fn every_character_decodes_to_its_own_value_or_is_refused() {
        for c in 0..=255u8 {
            let text = [b'A', b'A', b'A', c];
            let got = std::str::from_utf8(&text).map(decode);
            match got {
                Ok(Ok(bytes)) => assert_eq!(bytes[2] as u32 & 63, value(c).unwrap()),
                Ok(Err(e)) => {
                    assert_eq!(e, Base64Error::BadChar(3));
                    assert!(value(c).is_none())
                }
                Err(_) => assert!(c >= 0x80),
            }
        }
    }

    #[test]
    fn padding_whitespace_stray_bits_and_impossible_lengths_are_refused() {
        assert_eq!(decode("Zg=="), Err(Base64Error::BadChar(2)));
        assert_eq!(decode("Zm9v Yg"), Err(Base64Error::BadChar(4)));
        assert_eq!(decode("Zm9v+g"), Err(Base64Error::BadChar(4)));
        assert_eq!(decode("Z"), Err(Base64Error::BadLength));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::BadLength));
        // "Zh" would be "f" with a stray bit; "Zm9" would be "fo" with one.
        assert_eq!(decode("Zh"), Err(Base64Error::NotCanonical));
        assert_eq!(decode("Zm9"), Err(Base64Error::NotCanonical));
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip_at_the_predicted_length(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let e = encode(&bytes);
            prop_assert_eq!(e.len(), encoded_len(bytes.len()));
            prop_assert_eq!(decode(&e).unwrap(), bytes);
        }

        /// One text per byte string: any other text decodes to other bytes or not at all.
        #[test]
        fn changing_one_character_never_gives_the_same_bytes(bytes in proptest::collection::vec(any::<u8>(), 1..60), pos in any::<prop::sample::Index>(), c in 0usize..64) {
            let e = encode(&bytes);
            let i = pos.index(e.len());
            let mut t = e.clone().into_bytes();
            prop_assume!(t[i] != ALPHABET[c]);
            t[i] = ALPHABET[c];
            let changed = String::from_utf8(t).unwrap();
            prop_assert_ne!(decode(&changed).ok(), Some(bytes));
        }
    }
}
