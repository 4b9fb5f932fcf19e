//! Kooliabi's domain rules as plain data in, plain data out.
//!
//! Architecture invariant: this crate knows nothing about the browser — no
//! `web-sys`, no storage, no clock. Today's date is always a parameter.
//! Every rule names the clause of `../shared/seeds` it implements.

pub mod allowance;
pub mod attendance;
pub mod calendar;
pub mod code;
pub mod conversation;
pub mod embed;
pub mod grading;
pub mod i18n;
pub mod map;
pub mod merge;
pub mod number;
pub mod paste;
pub mod query;
pub mod questionnaire;
pub mod stored;
pub mod transfer;
