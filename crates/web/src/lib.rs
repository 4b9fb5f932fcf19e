//! Kooliabi in the browser. Rules live in `kooliabi-core`; this crate renders
//! them, keeps the user's inputs on the device and handles files.
//!
//! The site is one small app per tool area (`area::Area`): each binary in
//! `src/bin/` is one Trunk entry and holds only its own pages; this library
//! is what they share (shell, storage, i18n, components, pages).

pub mod app;
pub mod area;
mod clock;
pub mod components;
mod conversation_store;
mod crash;
mod crypto;
pub mod embed;
mod files;
pub mod home;
pub mod i18n;
mod input;
pub mod pages;
mod questionnaire_store;
pub mod router;
pub mod routes;
mod state;
mod storage;
mod test_hooks;
