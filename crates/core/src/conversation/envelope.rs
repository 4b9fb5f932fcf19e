//! The encrypted envelope: what travels back from a student's or parent's
//! phone to the teacher, and what a passphrase-protected file holds.
//!
//! No cryptography happens here — WebCrypto does it in the browser. This
//! module fixes the format, so both sides agree byte for byte, and refuses
//! anything malformed with the reason before WebCrypto is asked to decrypt.
//!
//! Two modes:
//! - **public key** (`ECDH-P256+HKDF-SHA256+A256GCM`): a fresh ephemeral
//!   P-256 key per reply; ECDH with the teacher's public key gives 256 shared
//!   bits; HKDF-SHA-256 (salt = `salt` or empty, info = [`HKDF_INFO`]) turns
//!   them into an AES-256-GCM key. Only the teacher's private key opens it.
//! - **passphrase** (`PBKDF2-SHA256+A256GCM`): PBKDF2-SHA-256 over a
//!   passphrase with a random 16-byte salt and at least
//!   [`PBKDF2_MIN_ITERATIONS`] iterations gives the AES-256-GCM key.
//!
//! In both, AES-GCM takes the 12-byte `iv` and, as additional data,
//! [`Envelope::aad`] — the header bytes — so changing any header field makes
//! decryption fail, not just changing the ciphertext.
//!
//! Two encodings of the same fields:
//! - **text** ([`Envelope::to_text`]): base64url (no padding) of a compact
//!   binary layout, for a URL fragment. Measured (test
//!   `binary_text_is_shorter_than_json_text_by_measure`): for a 2 000-byte
//!   ciphertext (with an HKDF salt) the binary text is 2 838 characters and
//!   base64url of the JSON form 3 888: JSON would base64 the ciphertext
//!   twice (× 16/9 instead of × 4/3) and spell every field name. Links are
//!   scarce (see `invite::LINK_MAX_CHARS`), so the binary layout wins.
//! - **file** ([`Envelope::to_file`]): readable JSON through `transfer`
//!   (kind [`FILE_KIND`]), byte fields in base64url.
//!
//! Binary layout, version 1 (integers big-endian):
//! ```text
//! "KA" 0x01 alg
//! alg 1 (public key): kid[10] epk[65] salt_len[1] (0 or 32) salt[salt_len]
//! alg 2 (passphrase): iterations[4] salt[16]
//! iv[12]                      — the header (the AES-GCM additional data) ends here
//! ct_len[4] ct[ct_len]        — ciphertext with its 16-byte GCM tag; nothing after
//! ```

use serde::{Deserialize, Serialize};

use super::base64url::{self, Base64Error};
use super::wire::{copied, Reader, WireError, Writer};
use crate::transfer::{self, ImportError};

/// The format version this code writes and the newest it reads.
pub const FORMAT_VERSION: u8 = 1;
/// The first two bytes of every envelope: tells ours from any other data.
const MAGIC: [u8; 2] = *b"KA";

/// HKDF `info` in public-key mode: binds the key to this use.
pub const HKDF_INFO: &[u8] = b"kooliabi reply v1";
/// AES-GCM nonce length (NIST SP 800-38D recommends 96 bits); random per envelope.
pub const IV_LEN: usize = 12;
/// AES-GCM authentication tag length; WebCrypto appends it to the ciphertext.
pub const TAG_LEN: usize = 16;
/// Raw uncompressed P-256 point: 0x04, x (32 bytes), y (32 bytes).
pub const PUBLIC_KEY_LEN: usize = 65;
/// HKDF salt length when a salt is sent: the hash length (RFC 5869 § 3.1).
pub const HKDF_SALT_LEN: usize = 32;
/// PBKDF2 salt length: 128 bits (NIST SP 800-132 asks for at least 128).
pub const PBKDF2_SALT_LEN: usize = 16;
/// OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 needs
/// 600 000 iterations. Fewer is refused, not just warned about.
pub const PBKDF2_MIN_ITERATIONS: u32 = 600_000;
/// More than this would keep a phone busy for minutes; such a file is
/// refused (`TooManyIterations`) rather than hanging the page.
pub const PBKDF2_MAX_ITERATIONS: u32 = 10_000_000;
/// The largest ciphertext accepted: every answer of a long questionnaire at
/// its text limits fits with room to spare, and the file form stays under
/// `transfer::FILE_MAX_BYTES` (tested).
pub const CT_MAX: usize = 700_000;
/// The key id is the first 10 bytes (80 bits) of SHA-256 of the raw public key.
pub const KEY_ID_LEN: usize = 10;
/// `transfer` kind of an envelope saved as a file.
pub const FILE_KIND: &str = "encrypted";

/// The two algorithm suites, named exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Alg {
    EcdhP256HkdfSha256A256Gcm,
    Pbkdf2Sha256A256Gcm,
}

impl Alg {
    pub const ALL: [Alg; 2] = [Alg::EcdhP256HkdfSha256A256Gcm, Alg::Pbkdf2Sha256A256Gcm];

    pub fn name(self) -> &'static str {
        match self {
            Alg::EcdhP256HkdfSha256A256Gcm => "ECDH-P256+HKDF-SHA256+A256GCM",
            Alg::Pbkdf2Sha256A256Gcm => "PBKDF2-SHA256+A256GCM",
        }
    }

    fn id(self) -> u8 {
        match self {
            Alg::EcdhP256HkdfSha256A256Gcm => 1,
            Alg::Pbkdf2Sha256A256Gcm => 2,
        }
    }

    fn from_id(id: u8) -> Option<Alg> {
        Alg::ALL.into_iter().find(|a| a.id() == id)
    }

    fn from_name(name: &str) -> Option<Alg> {
        Alg::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// A raw uncompressed P-256 public key, as `exportKey("raw", …)` gives it.
/// Only the shape is checked here; WebCrypto's `importKey` checks the point
/// is on the curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; PUBLIC_KEY_LEN]);

impl PublicKey {
    pub fn from_raw(bytes: &[u8]) -> Result<PublicKey, EnvelopeError> {
        let key: [u8; PUBLIC_KEY_LEN] =
            bytes.try_into().map_err(|_| EnvelopeError::WrongLength {
                field: Field::Epk,
                expected: PUBLIC_KEY_LEN,
                found: bytes.len(),
            })?;
        if key[0] != 0x04 {
            return Err(EnvelopeError::NotUncompressedPoint);
        }
        Ok(PublicKey(key))
    }
}

/// Which public key an envelope is for: the first 10 bytes of SHA-256 of
/// the raw public key (the browser computes the digest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub [u8; KEY_ID_LEN]);

/// Crockford's base32 alphabet: no I, L, O or U, so read-aloud and typed
/// fingerprints are not misread.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl KeyId {
    /// From `crypto.subtle.digest("SHA-256", rawPublicKey)`.
    pub fn from_sha256(digest: &[u8; 32]) -> KeyId {
        KeyId(copied(&digest[..KEY_ID_LEN]))
    }

    /// The human-comparable form: 80 bits as 16 Crockford base32 characters
    /// in four groups, e.g. `7QK2-M9ZD-4XTA-W1HB`. A teacher and a parent
    /// compare it on the phone and on the teacher's screen (or over the
    /// phone) to be sure the link carries the teacher's real key.
    pub fn fingerprint(&self) -> String {
        let bits = self.0.iter().fold(0u128, |acc, b| acc << 8 | *b as u128);
        let chars: Vec<char> = (0..16)
            .map(|i| CROCKFORD[(bits >> (75 - 5 * i) & 31) as usize] as char)
            .collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Whether a fingerprint someone typed or read out is this key's:
    /// case, spaces and dashes do not matter, and O/I/L are read as 0/1/1
    /// as Crockford's base32 prescribes.
    pub fn matches_fingerprint(&self, typed: &str) -> bool {
        let normal: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        normal == self.fingerprint().replace('-', "")
    }

    pub fn to_text(&self) -> String {
        base64url::encode(&self.0)
    }
}

/// Stored and sent as base64url text, with its length checked on reading.
macro_rules! serde_as_base64url {
    ($t:ident, $check:expr) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&base64url::encode(&self.0))
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                let text = String::deserialize(d)?;
                let bytes = base64url::decode(&text)
                    .map_err(|_| D::Error::custom(base64url::NOT_BASE64URL))?;
                let check: fn(&[u8]) -> Result<$t, EnvelopeError> = $check;
                check(&bytes).map_err(|_| D::Error::custom(concat!("not a ", stringify!($t))))
            }
        }
    };
}

serde_as_base64url!(PublicKey, PublicKey::from_raw);
serde_as_base64url!(KeyId, |b| {
    Ok(KeyId(b.try_into().map_err(|_| {
        EnvelopeError::WrongLength {
            field: Field::Kid,
            expected: KEY_ID_LEN,
            found: b.len(),
        }
    })?))
});

/// How the AES key is derived, with that mode's parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sealing {
    PublicKey {
        /// The recipient's key id.
        kid: KeyId,
        /// The sender's ephemeral public key, new for every envelope.
        epk: PublicKey,
        /// HKDF salt, random; `None` means HKDF's default (an empty salt).
        salt: Option<[u8; HKDF_SALT_LEN]>,
    },
    Passphrase {
        iterations: u32,
        salt: [u8; PBKDF2_SALT_LEN],
    },
}

impl Sealing {
    pub fn alg(&self) -> Alg {
        match self {
            Sealing::PublicKey { .. } => Alg::EcdhP256HkdfSha256A256Gcm,
            Sealing::Passphrase { .. } => Alg::Pbkdf2Sha256A256Gcm,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub sealing: Sealing,
    pub iv: [u8; IV_LEN],
    /// Ciphertext followed by the 16-byte GCM tag, as WebCrypto returns it.
    pub ct: Vec<u8>,
}

/// A byte field of the envelope, for length errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Kid,
    Epk,
    Salt,
    Iv,
    Ct,
}

/// Why an envelope was refused, before any decryption is tried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EnvelopeError {
    /// The text is not canonical base64url.
    Base64(Base64Error),
    /// Not a Kooliabi envelope (another app's data, or a mangled link).
    Foreign,
    /// Made by a newer Kooliabi: this version's format number.
    NewerVersion(u32),
    /// An algorithm this version does not know (its name or number).
    UnknownAlgorithm(String),
    /// Encrypted for another key than the one expected.
    WrongKey {
        expected: KeyId,
        found: KeyId,
    },
    /// Sealed in the other mode (a passphrase file where a reply to a key
    /// was expected, or the reverse).
    WrongMode {
        expected: Alg,
        found: Alg,
    },
    /// This device holds no key of the teacher's to open it with.
    NoKeyHere,
    /// The data ends early (a link cut off by a mail or chat app).
    Truncated,
    /// Bytes after the end of the ciphertext.
    TrailingBytes,
    WrongLength {
        field: Field,
        expected: usize,
        found: usize,
    },
    /// The ephemeral key is not a raw uncompressed point (first byte 0x04).
    NotUncompressedPoint,
    TooFewIterations {
        found: u32,
        min: u32,
    },
    TooManyIterations {
        found: u32,
        max: u32,
    },
    /// Larger than `CT_MAX` (in bytes of ciphertext).
    Oversize {
        max: usize,
    },
    /// The file could not be read as an envelope file.
    File(ImportError),
}

impl From<WireError> for EnvelopeError {
    fn from(e: WireError) -> Self {
        match e {
            WireError::Truncated => EnvelopeError::Truncated,
            WireError::NotText => EnvelopeError::Foreign,
        }
    }
}

/// The longest text `Envelope::parse_text` reads before refusing it unread.
const TEXT_MAX: usize = base64url::encoded_len(CT_MAX + 200);

impl Envelope {
    /// The header bytes: AES-GCM's `additionalData`, on sealing and opening.
    pub fn aad(&self) -> Vec<u8> {
        header(&self.sealing, &self.iv)
    }

    /// The header for an envelope not yet sealed: the web asks for it before
    /// calling `encrypt`, then builds the `Envelope` with the ciphertext.
    pub fn aad_for(sealing: &Sealing, iv: &[u8; IV_LEN]) -> Vec<u8> {
        header(sealing, iv)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer { bytes: self.aad() };
        w.u32(self.ct.len() as u32).raw(&self.ct);
        w.bytes
    }

    /// The compact text for a URL fragment.
    pub fn to_text(&self) -> String {
        base64url::encode(&self.to_bytes())
    }

    pub fn parse_bytes(bytes: &[u8]) -> Result<Envelope, EnvelopeError> {
        let mut r = Reader::new(bytes);
        if r.array::<2>().ok() != Some(MAGIC) {
            return Err(EnvelopeError::Foreign);
        }
        version(r.u8()?.into())?;
        let id = r.u8()?;
        let alg =
            Alg::from_id(id).ok_or_else(|| EnvelopeError::UnknownAlgorithm(id.to_string()))?;
        let sealing = match alg {
            Alg::EcdhP256HkdfSha256A256Gcm => {
                let kid = KeyId(r.array()?);
                let epk = PublicKey::from_raw(r.raw(PUBLIC_KEY_LEN)?)?;
                let salt = match r.u8()? as usize {
                    0 => None,
                    HKDF_SALT_LEN => Some(r.array()?),
                    n => {
                        return Err(EnvelopeError::WrongLength {
                            field: Field::Salt,
                            expected: HKDF_SALT_LEN,
                            found: n,
                        })
                    }
                };
                Sealing::PublicKey { kid, epk, salt }
            }
            Alg::Pbkdf2Sha256A256Gcm => {
                let iterations = iterations(r.u32()?)?;
                Sealing::Passphrase {
                    iterations,
                    salt: r.array()?,
                }
            }
        };
        let iv = r.array()?;
        let n = r.u32()? as usize;
        if n > CT_MAX {
            return Err(EnvelopeError::Oversize { max: CT_MAX });
        }
        let ct = ciphertext(r.raw(n)?.to_vec())?;
        if !r.is_empty() {
            return Err(EnvelopeError::TrailingBytes);
        }
        Ok(Envelope { sealing, iv, ct })
    }

    pub fn parse_text(text: &str) -> Result<Envelope, EnvelopeError> {
        if text.len() > TEXT_MAX {
            return Err(EnvelopeError::Oversize { max: CT_MAX });
        }
        let bytes = base64url::decode(text).map_err(EnvelopeError::Base64)?;
        Envelope::parse_bytes(&bytes)
    }

    /// Refuses an envelope sealed for another key (or with a passphrase
    /// where a key was expected).
    pub fn check_recipient(&self, expected: &KeyId) -> Result<(), EnvelopeError> {
        match &self.sealing {
            Sealing::PublicKey { kid, .. } if kid == expected => Ok(()),
            Sealing::PublicKey { kid, .. } => Err(EnvelopeError::WrongKey {
                expected: *expected,
                found: *kid,
            }),
            Sealing::Passphrase { .. } => Err(EnvelopeError::WrongMode {
                expected: Alg::EcdhP256HkdfSha256A256Gcm,
                found: Alg::Pbkdf2Sha256A256Gcm,
            }),
        }
    }

    /// The key an envelope is sealed for, so the teacher's device can pick
    /// the private key among its keys (after a key change, old replies
    /// still name the old key). `None` for a passphrase envelope.
    pub fn recipient(&self) -> Option<KeyId> {
        match &self.sealing {
            Sealing::PublicKey { kid, .. } => Some(*kid),
            Sealing::Passphrase { .. } => None,
        }
    }

    /// Reads a reply link's text for the teacher whose key id is `expected`.
    pub fn open_text_for(text: &str, expected: &KeyId) -> Result<Envelope, EnvelopeError> {
        let e = Envelope::parse_text(text)?;
        e.check_recipient(expected)?;
        Ok(e)
    }

    /// The readable file form (JSON through `transfer`).
    pub fn to_file(&self) -> String {
        let b = |bytes: &[u8]| Some(base64url::encode(bytes));
        let mut f = EnvelopeFile {
            v: FORMAT_VERSION.into(),
            alg: self.sealing.alg().name().into(),
            kid: None,
            epk: None,
            salt: None,
            iterations: None,
            iv: base64url::encode(&self.iv),
            ct: base64url::encode(&self.ct),
        };
        match &self.sealing {
            Sealing::PublicKey { kid, epk, salt } => {
                f.kid = b(&kid.0);
                f.epk = b(&epk.0);
                f.salt = salt.as_ref().and_then(|s| b(s));
            }
            Sealing::Passphrase { iterations, salt } => {
                f.iterations = Some(*iterations);
                f.salt = b(salt);
            }
        }
        transfer::write(FILE_KIND, FORMAT_VERSION.into(), &f)
    }

    pub fn parse_file(text: &str) -> Result<Envelope, EnvelopeError> {
        let f: EnvelopeFile =
            transfer::read(text, FILE_KIND, FORMAT_VERSION.into()).map_err(|e| match e {
                ImportError::NewerVersion(v) => EnvelopeError::NewerVersion(v),
                ImportError::NotOurs | ImportError::WrongKind(_) => EnvelopeError::Foreign,
                e => EnvelopeError::File(e),
            })?;
        version(f.v)?;
        let alg = Alg::from_name(&f.alg).ok_or(EnvelopeError::UnknownAlgorithm(f.alg.clone()))?;
        let field =
            |text: &Option<String>, field: Field, len: usize| -> Result<Vec<u8>, EnvelopeError> {
                let bytes = match text {
                    Some(t) => base64url::decode(t).map_err(EnvelopeError::Base64)?,
                    None => Vec::new(),
                };
                if len > 0 && bytes.len() != len {
                    return Err(EnvelopeError::WrongLength {
                        field,
                        expected: len,
                        found: bytes.len(),
                    });
                }
                Ok(bytes)
            };
        let sealing = match alg {
            Alg::EcdhP256HkdfSha256A256Gcm => Sealing::PublicKey {
                kid: KeyId(copied(&field(&f.kid, Field::Kid, KEY_ID_LEN)?)),
                epk: PublicKey::from_raw(&field(&f.epk, Field::Epk, PUBLIC_KEY_LEN)?)?,
                salt: match f.salt {
                    None => None,
                    s => Some(copied(&field(&s, Field::Salt, HKDF_SALT_LEN)?)),
                },
            },
            Alg::Pbkdf2Sha256A256Gcm => Sealing::Passphrase {
                iterations: iterations(f.iterations.unwrap_or(0))?,
                salt: copied(&field(&f.salt, Field::Salt, PBKDF2_SALT_LEN)?),
            },
        };
        let iv = copied(&field(&Some(f.iv), Field::Iv, IV_LEN)?);
        if f.ct.len() > base64url::encoded_len(CT_MAX) {
            return Err(EnvelopeError::Oversize { max: CT_MAX });
        }
        let ct = ciphertext(field(&Some(f.ct), Field::Ct, 0)?)?;
        Ok(Envelope { sealing, iv, ct })
    }
}

#[derive(Serialize, Deserialize)]
struct EnvelopeFile {
    v: u32,
    alg: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    epk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    salt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    iterations: Option<u32>,
    iv: String,
    ct: String,
}

fn header(sealing: &Sealing, iv: &[u8; IV_LEN]) -> Vec<u8> {
    let mut w = Writer::default();
    w.raw(&MAGIC).u8(FORMAT_VERSION).u8(sealing.alg().id());
    match sealing {
        Sealing::PublicKey { kid, epk, salt } => {
            w.raw(&kid.0).raw(&epk.0);
            match salt {
                Some(s) => w.u8(HKDF_SALT_LEN as u8).raw(s),
                None => w.u8(0),
            };
        }
        Sealing::Passphrase { iterations, salt } => {
            w.u32(*iterations).raw(salt);
        }
    }
    w.raw(iv);
    w.bytes
}

fn version(v: u32) -> Result<(), EnvelopeError> {
    match v {
        0 => Err(EnvelopeError::Foreign),
        v if v > FORMAT_VERSION.into() => Err(EnvelopeError::NewerVersion(v)),
        _ => Ok(()),
    }
}

fn iterations(n: u32) -> Result<u32, EnvelopeError> {
    if n < PBKDF2_MIN_ITERATIONS {
        Err(EnvelopeError::TooFewIterations {
            found: n,
            min: PBKDF2_MIN_ITERATIONS,
        })
    } else if n > PBKDF2_MAX_ITERATIONS {
        Err(EnvelopeError::TooManyIterations {
            found: n,
            max: PBKDF2_MAX_ITERATIONS,
        })
    } else {
        Ok(n)
    }
}

/// At least the tag and one byte: every plaintext of ours is non-empty.
fn ciphertext(ct: Vec<u8>) -> Result<Vec<u8>, EnvelopeError> {
    if ct.len() <= TAG_LEN {
        return Err(EnvelopeError::WrongLength {
            field: Field::Ct,
            expected: TAG_LEN + 1,
            found: ct.len(),
        });
    }
    Ok(ct)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn epk() -> PublicKey {
        let mut k = [7u8; PUBLIC_KEY_LEN];
        k[0] = 0x04;
        PublicKey(k)
    }

    fn kid() -> KeyId {
        KeyId([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    }

    fn public(ct_len: usize, salt: bool) -> Envelope {
        Envelope {
            sealing: Sealing::PublicKey {
                kid: kid(),
                epk: epk(),
                salt: salt.then_some([9; HKDF_SALT_LEN]),
            },
            iv: [3; IV_LEN],
            ct: (0..ct_len).map(|i| i as u8).collect(),
        }
    }

    fn passphrase(iterations: u32) -> Envelope {
        Envelope {
            sealing: Sealing::Passphrase {
                iterations,
                salt: [5; PBKDF2_SALT_LEN],
            },
            iv: [4; IV_LEN],
            ct: vec![42; 40],
        }
    }

    fn examples() -> Vec<Envelope> {
        vec![
            public(17, false),
            public(300, true),
            passphrase(PBKDF2_MIN_ITERATIONS),
            passphrase(PBKDF2_MAX_ITERATIONS),
        ]
    }

    #[test]
    fn every_envelope_round_trips_through_text_bytes_and_file() {
        for e in examples() {
            assert_eq!(Envelope::parse_text(&e.to_text()), Ok(e.clone()));
            assert_eq!(Envelope::parse_bytes(&e.to_bytes()), Ok(e.clone()));
            assert_eq!(Envelope::parse_file(&e.to_file()), Ok(e.clone()));
        }
    }

    #[test]
    fn the_header_is_the_additional_data_and_precedes_the_ciphertext() {
        let e = public(20, true);
        let aad = e.aad();
        assert_eq!(aad, Envelope::aad_for(&e.sealing, &e.iv));
        assert_eq!(
            aad.len(),
            2 + 1 + 1 + KEY_ID_LEN + PUBLIC_KEY_LEN + 1 + HKDF_SALT_LEN + IV_LEN
        );
        assert!(e.to_bytes().starts_with(&aad));
        assert_eq!(&aad[..4], b"KA\x01\x01");
        assert_eq!(
            passphrase(PBKDF2_MIN_ITERATIONS).aad().len(),
            4 + 4 + PBKDF2_SALT_LEN + IV_LEN
        );
    }

    #[test]
    fn algorithm_names_are_exact() {
        assert_eq!(
            public(17, false).sealing.alg().name(),
            "ECDH-P256+HKDF-SHA256+A256GCM"
        );
        assert_eq!(
            passphrase(PBKDF2_MIN_ITERATIONS).sealing.alg().name(),
            "PBKDF2-SHA256+A256GCM"
        );
        assert!(public(17, false)
            .to_file()
            .contains("\"ECDH-P256+HKDF-SHA256+A256GCM\""));
    }

    #[test]
    fn malformed_text_is_refused_with_the_reason() {
        let good = public(17, false).to_bytes();
        let with = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = good.clone();
            f(&mut b);
            Envelope::parse_text(&base64url::encode(&b))
        };
        use EnvelopeError as E;
        let cases: Vec<(Result<Envelope, EnvelopeError>, EnvelopeError)> = vec![
            (
                Envelope::parse_text("not base64!"),
                E::Base64(Base64Error::BadChar(3)),
            ),
            (
                Envelope::parse_text(&base64url::encode(b"{\"hello\":1}")),
                E::Foreign,
            ),
            (with(&|b| b[2] = 0), E::Foreign),
            (with(&|b| b[2] = 2), E::NewerVersion(2)),
            (with(&|b| b[3] = 9), E::UnknownAlgorithm("9".into())),
            (with(&|b| b[4 + KEY_ID_LEN] = 0x02), E::NotUncompressedPoint),
            (
                with(&|b| b[4 + KEY_ID_LEN + PUBLIC_KEY_LEN] = 16),
                E::WrongLength {
                    field: Field::Salt,
                    expected: 32,
                    found: 16,
                },
            ),
            (with(&|b| b.push(0)), E::TrailingBytes),
            (
                with(&|b| {
                    b.pop();
                }),
                E::Truncated,
            ),
            (
                Envelope::parse_text(&public(16, false).to_text()),
                E::WrongLength {
                    field: Field::Ct,
                    expected: 17,
                    found: 16,
                },
            ),
            (
                with(&|b| {
                    let at = b.len() - 17 - 4;
                    b[at..at + 4].copy_from_slice(&(CT_MAX as u32 + 1).to_be_bytes());
                }),
                E::Oversize { max: CT_MAX },
            ),
            (
                Envelope::parse_text(&"A".repeat(TEXT_MAX + 1)),
                E::Oversize { max: CT_MAX },
            ),
            (
                Envelope::parse_text(&passphrase(PBKDF2_MIN_ITERATIONS - 1).to_text()),
                E::TooFewIterations {
                    found: 599_999,
                    min: 600_000,
                },
            ),
            (
                Envelope::parse_text(&passphrase(PBKDF2_MAX_ITERATIONS + 1).to_text()),
                E::TooManyIterations {
                    found: 10_000_001,
                    max: 10_000_000,
                },
            ),
        ];
        for (i, (got, expected)) in cases.into_iter().enumerate() {
            assert_eq!(got, Err(expected), "case {i}");
        }
    }

    #[test]
    fn an_envelope_for_another_key_is_refused_naming_both_keys() {
        let text = public(30, true).to_text();
        assert!(Envelope::open_text_for(&text, &kid()).is_ok());
        let other = KeyId([0; KEY_ID_LEN]);
        assert_eq!(
            Envelope::open_text_for(&text, &other),
            Err(EnvelopeError::WrongKey {
                expected: other,
                found: kid()
            })
        );
        assert_eq!(
            Envelope::open_text_for(&passphrase(PBKDF2_MIN_ITERATIONS).to_text(), &kid()),
            Err(EnvelopeError::WrongMode {
                expected: Alg::EcdhP256HkdfSha256A256Gcm,
                found: Alg::Pbkdf2Sha256A256Gcm
            })
        );
        assert_eq!(public(30, true).recipient(), Some(kid()));
        assert_eq!(passphrase(PBKDF2_MIN_ITERATIONS).recipient(), None);
    }

    #[test]
    fn malformed_files_are_refused_with_the_reason() {
        let good: serde_json::Value = serde_json::from_str(&public(20, true).to_file()).unwrap();
        let with = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = good.clone();
            f(&mut v);
            Envelope::parse_file(&v.to_string())
        };
        use EnvelopeError as E;
        let len = |field, expected, found| E::WrongLength {
            field,
            expected,
            found,
        };
        let cases: Vec<(Result<Envelope, EnvelopeError>, EnvelopeError)> = vec![
            (Envelope::parse_file("{\"app\":\"other\"}"), E::Foreign),
            (with(&|v| v["kind"] = "memo".into()), E::Foreign),
            (with(&|v| v["version"] = 2.into()), E::NewerVersion(2)),
            (with(&|v| v["data"]["v"] = 3.into()), E::NewerVersion(3)),
            (
                with(&|v| v["data"]["alg"] = "RSA-OAEP".into()),
                E::UnknownAlgorithm("RSA-OAEP".into()),
            ),
            (
                with(&|v| v["data"]["kid"] = "AAAA".into()),
                len(Field::Kid, 10, 3),
            ),
            (
                with(&|v| v["data"]["epk"] = "AAAA".into()),
                len(Field::Epk, 65, 3),
            ),
            (
                with(&|v| v["data"]["salt"] = "AAAA".into()),
                len(Field::Salt, 32, 3),
            ),
            (
                with(&|v| v["data"]["iv"] = "AAAA".into()),
                len(Field::Iv, 12, 3),
            ),
            (
                with(&|v| v["data"]["ct"] = "AAAA".into()),
                len(Field::Ct, 17, 3),
            ),
            (
                with(&|v| v["data"]["iv"] = "AA=A".into()),
                E::Base64(Base64Error::BadChar(2)),
            ),
            (
                with(&|v| v["data"]["ct"] = "A".repeat(base64url::encoded_len(CT_MAX) + 1).into()),
                E::Oversize { max: CT_MAX },
            ),
            (
                with(&|v| v["data"]["iv"] = 5.into()),
                E::File(ImportError::Damaged),
            ),
            (
                Envelope::parse_file("{"),
                E::File(ImportError::NotJson { line: 1, column: 1 }),
            ),
        ];
        for (i, (got, expected)) in cases.into_iter().enumerate() {
            assert_eq!(got, Err(expected), "case {i}");
        }
        let mut no_iterations: serde_json::Value =
            serde_json::from_str(&passphrase(PBKDF2_MIN_ITERATIONS).to_file()).unwrap();
        no_iterations["data"]
            .as_object_mut()
            .unwrap()
            .remove("iterations");
        assert_eq!(
            Envelope::parse_file(&no_iterations.to_string()),
            Err(E::TooFewIterations {
                found: 0,
                min: PBKDF2_MIN_ITERATIONS
            })
        );
    }

    #[test]
    fn the_largest_envelope_fits_in_a_file_we_import() {
        let mut e = public(CT_MAX, true);
        assert!((e.to_file().len() as u64) < transfer::FILE_MAX_BYTES);
        assert_eq!(Envelope::parse_file(&e.to_file()), Ok(e.clone()));
        assert_eq!(Envelope::parse_text(&e.to_text()), Ok(e.clone()));
        e.ct.push(0);
        assert_eq!(
            Envelope::parse_text(&e.to_text()),
            Err(EnvelopeError::Oversize { max: CT_MAX })
        );
    }

    #[test]
    fn binary_text_is_shorter_than_json_text_by_measure() {
        for ct_len in [100, 2000] {
            let e = public(ct_len, true);
            let binary = e.to_text().len();
            let json_data = serde_json::to_string(
                &serde_json::from_str::<serde_json::Value>(&e.to_file()).unwrap()["data"],
            )
            .unwrap();
            let json = base64url::encode(json_data.as_bytes()).len();
            assert!(binary < json, "{ct_len}: {binary} vs {json}");
            if ct_len == 2000 {
                // The numbers quoted in the module documentation.
                assert_eq!(binary, 2838);
                assert_eq!(json, 3888);
            }
        }
    }

    #[test]
    fn fingerprints_are_four_groups_of_crockford_base32() {
        let digest: [u8; 32] = std::array::from_fn(|i| (i * 37) as u8);
        let id = KeyId::from_sha256(&digest);
        assert_eq!(id.0, digest[..10]);
        assert_eq!(KeyId([0; 10]).fingerprint(), "0000-0000-0000-0000");
        assert_eq!(KeyId([0xff; 10]).fingerprint(), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        // 0x08 0x42 … : the first 5 bits are 00001 → "1", the next 00001 → "1", …
        assert_eq!(
            KeyId([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21]).fingerprint(),
            "1111-1111-1111-1111"
        );
        let f = id.fingerprint();
        assert_eq!(f.len(), 19);
        assert!(id.matches_fingerprint(&f));
        assert!(id.matches_fingerprint(&f.to_lowercase().replace('-', " ")));
        assert!(KeyId([0; 10]).matches_fingerprint("oooo-0000 OOOO 0000"));
        assert!(
            KeyId([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21])
                .matches_fingerprint("IIII-llll-1111-LLLL")
        );
        assert!(!id.matches_fingerprint(&f[..18]));
        assert!(!id.matches_fingerprint(""));
    }

    #[test]
    fn public_keys_must_be_raw_uncompressed_points() {
        assert_eq!(PublicKey::from_raw(&epk().0), Ok(epk()));
        assert_eq!(
            PublicKey::from_raw(&[4; 33]),
            Err(EnvelopeError::WrongLength {
                field: Field::Epk,
                expected: 65,
                found: 33
            })
        );
        let mut compressed = epk().0;
        compressed[0] = 0x02;
        assert_eq!(
            PublicKey::from_raw(&compressed),
            Err(EnvelopeError::NotUncompressedPoint)
        );
    }

    proptest! {
        /// A changed byte is refused or gives another envelope, whose
        /// additional data or ciphertext then differs — so AES-GCM refuses it.
        #[test]
        fn a_flipped_byte_never_reads_as_the_same_envelope(which in 0usize..4, pos in any::<prop::sample::Index>(), flip in 1u8..=255) {
            let e = examples().swap_remove(which);
            let mut b = e.to_bytes();
            let i = pos.index(b.len());
            b[i] ^= flip;
            prop_assert_ne!(Envelope::parse_bytes(&b).ok(), Some(e));
        }

        #[test]
        fn a_changed_character_never_reads_as_the_same_envelope(which in 0usize..4, pos in any::<prop::sample::Index>(), c in any::<char>()) {
            let e = examples().swap_remove(which);
            let t = e.to_text();
            let i = pos.index(t.len());
            let mut chars: Vec<char> = t.chars().collect();
            prop_assume!(chars[i] != c);
            chars[i] = c;
            let changed: String = chars.into_iter().collect();
            prop_assert_ne!(Envelope::parse_text(&changed).ok(), Some(e));
        }

        #[test]
        fn any_random_sealing_round_trips(kid in any::<[u8; 10]>(), salt in proptest::option::of(any::<[u8; 32]>()), iv in any::<[u8; 12]>(), ct in proptest::collection::vec(any::<u8>(), 17..300)) {
            let e = Envelope { sealing: Sealing::PublicKey { kid: KeyId(kid), epk: epk(), salt }, iv, ct };
            prop_assert_eq!(Envelope::parse_text(&e.to_text()), Ok(e.clone()));
            prop_assert_eq!(Envelope::parse_file(&e.to_file()), Ok(e));
        }
    }

    #[test]
    fn every_truncation_of_the_bytes_and_of_the_text_is_refused() {
        for e in examples() {
            let b = e.to_bytes();
            for n in 0..b.len() {
                assert!(Envelope::parse_bytes(&b[..n]).is_err(), "{n}");
            }
            let t = e.to_text();
            for n in 0..t.len() {
                assert!(Envelope::parse_text(&t[..n]).is_err(), "{n}");
            }
        }
    }
}
