//! Kooliabi in the browser. Rules live in `kooliabi-core`; this crate renders
//! them, keeps the user's inputs on the device and handles files.

mod app;
// Shared helpers that tool pages adopt as they land.
#[allow(dead_code)]
mod components;
#[allow(dead_code)]
mod files;
#[allow(dead_code)]
mod i18n;
mod pages;
mod routes;
#[allow(dead_code)]
mod storage;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
