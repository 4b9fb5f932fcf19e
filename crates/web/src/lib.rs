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

/// Every page's allocator: Talc instead of the standard library's dlmalloc,
/// smaller and faster in WebAssembly (#13; BENCHMARKS.md: −1.4 to −1.8 KB
/// brotli on every page). Realloc-in-place is left out for size: a grown
/// `Vec` or `String` is copied instead. The pages are single-threaded
/// (no `atomics`), which Talc's cell requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
