//! The browser's WebCrypto (`window.crypto.subtle`, `getRandomValues`), the
//! only cryptography in Kooliabi. What goes in and out of it — envelopes,
//! key ids, lengths, limits — is defined and tested in
//! `kooliabi_core::conversation`; this module only calls the browser, in
//! the steps `envelope` expects:
//!
//! - replies: ECDH P-256 (an ephemeral key per reply) → HKDF-SHA-256 (random
//!   32-byte salt, `HKDF_INFO`) → AES-256-GCM (random 12-byte nonce, the
//!   envelope header as additional data);
//! - passphrase files (key backup, memo for someone without a key):
//!   PBKDF2-SHA-256 (`PBKDF2_MIN_ITERATIONS`, random 16-byte salt) →
//!   AES-256-GCM, the same additional-data rule.
//!
//! Algorithm parameters are plain JS objects, so few `web-sys` features are
//! needed. Errors are values the pages turn into messages.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use kooliabi_core::conversation::envelope::{
    Envelope, KeyId, PublicKey, Sealing, HKDF_INFO, HKDF_SALT_LEN, IV_LEN, PBKDF2_MIN_ITERATIONS,
    PBKDF2_SALT_LEN, TAG_LEN,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why WebCrypto could not do what was asked, told apart as far as the API
/// allows (AES-GCM only says "failed": after the key id matched, that means
/// damaged data, or the wrong passphrase in passphrase mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here (an old browser, or a page not served securely).
    Unavailable,
    /// A stored or sent key could not be imported (damaged key data).
    BadKey,
    /// The ciphertext failed authentication: changed or cut in transit.
    Damaged,
    /// A passphrase file that did not open: wrong passphrase (or damaged).
    WrongPassphrase,
}

/// A new key pair of the teacher's: the raw public key, its id and the
/// private half as PKCS #8 (kept on the device, and in the backup).
pub struct NewKey {
    pub public_key: PublicKey,
    pub kid: KeyId,
    pub pkcs8: Vec<u8>,
}

fn crypto() -> Result<JsValue, CryptoError> {
    let c = Reflect::get(&gloo::utils::window(), &"crypto".into())
        .map_err(|_| CryptoError::Unavailable)?;
    if c.is_undefined() || c.is_null() {
        return Err(CryptoError::Unavailable);
    }
    Ok(c)
}

fn subtle() -> Result<JsValue, CryptoError> {
    let s = Reflect::get(&crypto()?, &"subtle".into()).map_err(|_| CryptoError::Unavailable)?;
    if s.is_undefined() || s.is_null() {
        return Err(CryptoError::Unavailable);
    }
    Ok(s)
}

/// `crypto.subtle[method](...args)`, awaited.
async fn call(method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let s = subtle().map_err(|_| JsValue::from_str("no subtle"))?;
    let f: Function = Reflect::get(&s, &method.into())?.dyn_into()?;
    let arr: Array = args.iter().collect();
    let promise: Promise = f.apply(&s, &arr)?.dyn_into()?;
    JsFuture::from(promise).await
}

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

fn to_vec(v: &JsValue) -> Vec<u8> {
    Uint8Array::new(v).to_vec()
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

fn ecdh() -> Object {
    obj(&[("name", "ECDH".into()), ("namedCurve", "P-256".into())])
}

/// `n` bytes from `crypto.getRandomValues`.
pub fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let c = crypto()?;
    let arr = Uint8Array::new_with_length(N as u32);
    let f: Function = Reflect::get(&c, &"getRandomValues".into())
        .and_then(|f| f.dyn_into())
        .map_err(|_| CryptoError::Unavailable)?;
    f.call1(&c, &arr).map_err(|_| CryptoError::Unavailable)?;
    let mut out = [0u8; N];
    arr.copy_to(&mut out);
    Ok(out)
}

/// SHA-256 of `data`.
pub async fn sha256(data: &[u8]) -> Result<[u8; 32], CryptoError> {
    let d = call("digest", &["SHA-256".into(), bytes(data)])
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    to_vec(&d).try_into().map_err(|_| CryptoError::Unavailable)
}

/// The key id of a raw public key (first bytes of its SHA-256).
pub async fn key_id(public_key: &PublicKey) -> Result<KeyId, CryptoError> {
    Ok(KeyId::from_sha256(&sha256(&public_key.0).await?))
}

/// A new ECDH P-256 key pair for the teacher (extractable, for the backup).
pub async fn new_key() -> Result<NewKey, CryptoError> {
    let pair = call(
        "generateKey",
        &[ecdh().into(), true.into(), usages(&["deriveBits"])],
    )
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    let public = Reflect::get(&pair, &"publicKey".into()).map_err(|_| CryptoError::Unavailable)?;
    let private =
        Reflect::get(&pair, &"privateKey".into()).map_err(|_| CryptoError::Unavailable)?;
    let raw = call("exportKey", &["raw".into(), public])
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    let public_key = PublicKey::from_raw(&to_vec(&raw)).map_err(|_| CryptoError::BadKey)?;
    let pkcs8 = call("exportKey", &["pkcs8".into(), private])
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(NewKey {
        kid: key_id(&public_key).await?,
        public_key,
        pkcs8: to_vec(&pkcs8),
    })
}

/// HKDF-SHA-256 over the ECDH secret of `private` and `public` → AES-256-GCM key.
async fn reply_key(
    private: &JsValue,
    public: &JsValue,
    salt: Option<&[u8; HKDF_SALT_LEN]>,
    usage: &str,
) -> Result<JsValue, CryptoError> {
    let params = obj(&[("name", "ECDH".into()), ("public", public.clone())]);
    let bits = call("deriveBits", &[params.into(), private.clone(), 256.into()])
        .await
        .map_err(|_| CryptoError::BadKey)?;
    let ikm = call(
        "importKey",
        &[
            "raw".into(),
            bits,
            "HKDF".into(),
            false.into(),
            usages(&["deriveKey"]),
        ],
    )
    .await
    .map_err(|_| CryptoError::BadKey)?;
    let hkdf = obj(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt.map(|s| &s[..]).unwrap_or(&[]))),
        ("info", bytes(HKDF_INFO)),
    ]);
    derive_aes(hkdf, ikm, usage).await
}

async fn derive_aes(params: Object, base: JsValue, usage: &str) -> Result<JsValue, CryptoError> {
    let aes = obj(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    call(
        "deriveKey",
        &[
            params.into(),
            base,
            aes.into(),
            false.into(),
            usages(&[usage]),
        ],
    )
    .await
    .map_err(|_| CryptoError::BadKey)
}

fn gcm(iv: &[u8; IV_LEN], aad: &[u8]) -> JsValue {
    obj(&[
        ("name", "AES-GCM".into()),
        ("iv", bytes(iv)),
        ("additionalData", bytes(aad)),
        ("tagLength", ((TAG_LEN * 8) as u32).into()),
    ])
    .into()
}

async fn encrypt(
    key: JsValue,
    sealing: Sealing,
    plaintext: &[u8],
) -> Result<Envelope, CryptoError> {
    let iv = random::<IV_LEN>()?;
    let aad = Envelope::aad_for(&sealing, &iv);
    let ct = call("encrypt", &[gcm(&iv, &aad), key, bytes(plaintext)])
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(Envelope {
        sealing,
        iv,
        ct: to_vec(&ct),
    })
}

async fn decrypt(
    key: JsValue,
    envelope: &Envelope,
    failed: CryptoError,
) -> Result<Vec<u8>, CryptoError> {
    let pt = call(
        "decrypt",
        &[gcm(&envelope.iv, &envelope.aad()), key, bytes(&envelope.ct)],
    )
    .await
    .map_err(|_| failed)?;
    Ok(to_vec(&pt))
}

/// Seals `plaintext` for the holder of `teacher_key` (whose id is `kid`),
/// with a new ephemeral key.
pub async fn seal_for(
    teacher_key: &PublicKey,
    kid: KeyId,
    plaintext: &[u8],
) -> Result<Envelope, CryptoError> {
    let teacher = call(
        "importKey",
        &[
            "raw".into(),
            bytes(&teacher_key.0),
            ecdh().into(),
            false.into(),
            usages(&[]),
        ],
    )
    .await
    .map_err(|_| CryptoError::BadKey)?;
    let pair = call(
        "generateKey",
        &[ecdh().into(), true.into(), usages(&["deriveBits"])],
    )
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    let eph_public =
        Reflect::get(&pair, &"publicKey".into()).map_err(|_| CryptoError::Unavailable)?;
    let eph_private =
        Reflect::get(&pair, &"privateKey".into()).map_err(|_| CryptoError::Unavailable)?;
    let raw = call("exportKey", &["raw".into(), eph_public])
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    let epk = PublicKey::from_raw(&to_vec(&raw)).map_err(|_| CryptoError::BadKey)?;
    let salt = random::<HKDF_SALT_LEN>()?;
    let key = reply_key(&eph_private, &teacher, Some(&salt), "encrypt").await?;
    let sealing = Sealing::PublicKey {
        kid,
        epk,
        salt: Some(salt),
    };
    encrypt(key, sealing, plaintext).await
}

/// Opens a reply sealed for the key whose private half is `pkcs8`. The
/// caller has already matched the key id (`keys::key_for`), so a failure
/// here means the envelope was changed or damaged.
pub async fn open_with(pkcs8: &[u8], envelope: &Envelope) -> Result<Vec<u8>, CryptoError> {
    let Sealing::PublicKey { epk, salt, .. } = &envelope.sealing else {
        return Err(CryptoError::BadKey);
    };
    let private = call(
        "importKey",
        &[
            "pkcs8".into(),
            bytes(pkcs8),
            ecdh().into(),
            false.into(),
            usages(&["deriveBits"]),
        ],
    )
    .await
    .map_err(|_| CryptoError::BadKey)?;
    // A changed ephemeral key may not be a point on the curve at all.
    let public = call(
        "importKey",
        &[
            "raw".into(),
            bytes(&epk.0),
            ecdh().into(),
            false.into(),
            usages(&[]),
        ],
    )
    .await
    .map_err(|_| CryptoError::Damaged)?;
    let key = reply_key(&private, &public, salt.as_ref(), "decrypt")
        .await
        .map_err(|_| CryptoError::Damaged)?;
    decrypt(key, envelope, CryptoError::Damaged).await
}

async fn passphrase_key(
    passphrase: &str,
    salt: &[u8; PBKDF2_SALT_LEN],
    iterations: u32,
    usage: &str,
) -> Result<JsValue, CryptoError> {
    let base = call(
        "importKey",
        &[
            "raw".into(),
            bytes(passphrase.as_bytes()),
            "PBKDF2".into(),
            false.into(),
            usages(&["deriveKey"]),
        ],
    )
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("iterations", iterations.into()),
    ]);
    derive_aes(params, base, usage).await
}

/// Seals `plaintext` with a passphrase (PBKDF2-SHA-256, random salt).
pub async fn seal_with_passphrase(
    passphrase: &str,
    plaintext: &[u8],
) -> Result<Envelope, CryptoError> {
    let salt = random::<PBKDF2_SALT_LEN>()?;
    let iterations = PBKDF2_MIN_ITERATIONS;
    let key = passphrase_key(passphrase, &salt, iterations, "encrypt").await?;
    encrypt(key, Sealing::Passphrase { iterations, salt }, plaintext).await
}

/// Opens a passphrase file; a failure is told as a wrong passphrase (AES-GCM
/// cannot tell it from a damaged file).
pub async fn open_with_passphrase(
    passphrase: &str,
    envelope: &Envelope,
) -> Result<Vec<u8>, CryptoError> {
    let Sealing::Passphrase { iterations, salt } = &envelope.sealing else {
        return Err(CryptoError::BadKey);
    };
    let key = passphrase_key(passphrase, salt, *iterations, "decrypt").await?;
    decrypt(key, envelope, CryptoError::WrongPassphrase).await
}
