//! The class teacher's key pairs, as the formats know them: the public half
//! and its id (the private half stays a WebCrypto `CryptoKey` in the
//! browser), choosing the key a reply was sealed for, and the plaintext of
//! a key backup (sealed with a passphrase `Envelope`), so clearing the
//! browser does not make the replies still on their way unreadable.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::base64url;
use super::envelope::{Envelope, EnvelopeError, KeyId, PublicKey};

/// A key pair of the teacher's, by its public half.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeacherKey {
    pub kid: KeyId,
    pub public_key: PublicKey,
    #[serde(with = "crate::calendar::text::serde_date")]
    pub created: NaiveDate,
}

/// The key among `keys` that `envelope` was sealed for. After a key change
/// the teacher keeps the old keys, so replies to old invitations still open.
pub fn key_for<'a>(
    keys: &'a [TeacherKey],
    envelope: &Envelope,
) -> Result<&'a TeacherKey, EnvelopeError> {
    if let Some(k) = keys
        .iter()
        .find(|k| envelope.check_recipient(&k.kid).is_ok())
    {
        return Ok(k);
    }
    let newest = keys
        .iter()
        .max_by_key(|k| k.created)
        .ok_or(EnvelopeError::NoKeyHere)?;
    Err(envelope
        .check_recipient(&newest.kid)
        .expect_err("no key of ours matched"))
}

/// The backup format this code writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// A PKCS #8 P-256 private key is about 140 bytes; far more is not one.
pub const PKCS8_MAX: usize = 512;
/// The sources say nothing about passphrases. A backup file can be
/// attacked offline, so the default asks for at least 12 characters — the
/// length NIST SP 800-63B's guidance on memorised secrets makes easy to
/// reach with a few words. A setting, shown to the teacher.
pub const PASSPHRASE_MIN_CHARS: usize = 12;

/// What a key backup holds, before it is sealed with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyBackup {
    pub v: u32,
    pub key: TeacherKey,
    /// `exportKey("pkcs8", privateKey)`, base64url in the JSON.
    #[serde(with = "bytes_as_text")]
    pub private_pkcs8: Vec<u8>,
}

mod bytes_as_text {
    use super::base64url;
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64url::encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        base64url::decode(&String::deserialize(d)?)
            .map_err(|_| D::Error::custom(base64url::NOT_BASE64URL))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BackupError {
    /// Not a backup (or the passphrase opened something else).
    Damaged,
    NewerVersion(u32),
    /// The private key is empty or too large to be a P-256 key.
    BadPrivateKey,
}

impl KeyBackup {
    pub fn new(key: TeacherKey, private_pkcs8: Vec<u8>) -> KeyBackup {
        KeyBackup {
            v: BACKUP_VERSION,
            key,
            private_pkcs8,
        }
    }

    pub fn to_plaintext(&self) -> String {
        crate::stored::to_text(self)
    }

    pub fn parse(plaintext: &str) -> Result<KeyBackup, BackupError> {
        let value: serde_json::Value =
            serde_json::from_str(plaintext).map_err(|_| BackupError::Damaged)?;
        match value.get("v").and_then(|v| v.as_u64()) {
            Some(v) if v > BACKUP_VERSION as u64 => {
                return Err(BackupError::NewerVersion(v.min(u32::MAX as u64) as u32))
            }
            Some(0) | None => return Err(BackupError::Damaged),
            Some(_) => {}
        }
        let b: KeyBackup = crate::stored::from_value(&value).map_err(|_| BackupError::Damaged)?;
        if b.private_pkcs8.is_empty() || b.private_pkcs8.len() > PKCS8_MAX {
            return Err(BackupError::BadPrivateKey);
        }
        Ok(b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PassphraseProblem {
    TooShort {
        min: usize,
    },
    /// The two entries differ.
    NotRepeated,
}

/// Every problem with a new passphrase and its repetition.
pub fn passphrase_problems(
    passphrase: &str,
    repeated: &str,
    min_chars: usize,
) -> Vec<PassphraseProblem> {
    let mut out = Vec::new();
    if passphrase.chars().count() < min_chars {
        out.push(PassphraseProblem::TooShort { min: min_chars });
    }
    if passphrase != repeated {
        out.push(PassphraseProblem::NotRepeated);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::envelope::{Sealing, IV_LEN, PUBLIC_KEY_LEN};

    fn key(id: u8, day: u32) -> TeacherKey {
        let mut pk = [id; PUBLIC_KEY_LEN];
        pk[0] = 0x04;
        TeacherKey {
            kid: KeyId([id; 10]),
            public_key: PublicKey(pk),
            created: NaiveDate::from_ymd_opt(2026, 9, day).unwrap(),
        }
    }

    fn sealed_for(kid: KeyId) -> Envelope {
        Envelope {
            sealing: Sealing::PublicKey {
                kid,
                epk: key(9, 1).public_key,
                salt: None,
            },
            iv: [0; IV_LEN],
            ct: vec![1; 20],
        }
    }

    #[test]
    fn a_reply_finds_the_key_it_was_sealed_for_among_old_and_new() {
        let keys = [key(1, 1), key(2, 20)];
        assert_eq!(key_for(&keys, &sealed_for(KeyId([1; 10]))), Ok(&keys[0]));
        assert_eq!(key_for(&keys, &sealed_for(KeyId([2; 10]))), Ok(&keys[1]));
        // Sealed for no key of ours: the error names the newest key as expected.
        assert_eq!(
            key_for(&keys, &sealed_for(KeyId([7; 10]))),
            Err(EnvelopeError::WrongKey {
                expected: KeyId([2; 10]),
                found: KeyId([7; 10])
            })
        );
        assert_eq!(
            key_for(&[], &sealed_for(KeyId([7; 10]))),
            Err(EnvelopeError::NoKeyHere)
        );
    }

    #[test]
    fn a_backup_round_trips_and_damaged_ones_are_refused() {
        let b = KeyBackup::new(key(3, 5), vec![0x30; 138]);
        assert_eq!(KeyBackup::parse(&b.to_plaintext()), Ok(b.clone()));
        let mut v: serde_json::Value = serde_json::from_str(&b.to_plaintext()).unwrap();
        v["v"] = 2.into();
        assert_eq!(
            KeyBackup::parse(&v.to_string()),
            Err(BackupError::NewerVersion(2))
        );
        v["v"] = 1.into();
        v["private_pkcs8"] = "".into();
        assert_eq!(
            KeyBackup::parse(&v.to_string()),
            Err(BackupError::BadPrivateKey)
        );
        v["private_pkcs8"] = base64url::encode(&[1; PKCS8_MAX + 1]).into();
        assert_eq!(
            KeyBackup::parse(&v.to_string()),
            Err(BackupError::BadPrivateKey)
        );
        v["private_pkcs8"] = base64url::encode(&[1; PKCS8_MAX]).into();
        assert!(KeyBackup::parse(&v.to_string()).is_ok());
        v["key"]["public_key"] = "AAAA".into();
        assert_eq!(KeyBackup::parse(&v.to_string()), Err(BackupError::Damaged));
        assert_eq!(KeyBackup::parse("garbage"), Err(BackupError::Damaged));
    }

    #[test]
    fn passphrases_need_the_minimum_length_and_the_same_repetition() {
        let min = PASSPHRASE_MIN_CHARS;
        let at_min = "õ".repeat(min);
        assert_eq!(passphrase_problems(&at_min, &at_min, min), vec![]);
        let short = "õ".repeat(min - 1);
        assert_eq!(
            passphrase_problems(&short, "x", min),
            vec![
                PassphraseProblem::TooShort { min },
                PassphraseProblem::NotRepeated
            ]
        );
    }
}
