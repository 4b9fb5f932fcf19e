//! The development conversation (arenguvestlus) end to end, as formats and
//! rules: the class teacher invites a student or parent by a link, they
//! answer on a phone, the answers travel back encrypted for the teacher
//! alone (in a URL fragment or a file — there is no server), and the teacher
//! compares the voices, agrees goals and writes the memo.
//!
//! Architecture invariant: no cryptographic primitive lives here. The
//! browser's WebCrypto derives keys, encrypts, decrypts and hashes; this
//! module defines and checks what goes in and out (`envelope`), so the
//! formats are tested natively.

pub mod base64url;
pub mod envelope;
pub mod goals;
pub mod invite;
pub mod memo;
pub mod picture;
pub mod reply;
pub mod side_by_side;
mod wire;

#[cfg(test)]
mod fixtures;
