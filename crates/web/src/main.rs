//! Kooliabi in the browser. Rules live in `kooliabi-core`; this crate renders
//! them, keeps the user's inputs on the device and handles files.

mod app;
mod clock;
mod components;
mod conversation_store;
mod crash;
mod crypto;
mod files;
mod i18n;
mod input;
mod pages;
mod questionnaire_store;
mod routes;
mod state;
mod storage;
mod test_hooks;

fn main() {
    crash::install();
    yew::Renderer::<app::App>::new().render();
}
