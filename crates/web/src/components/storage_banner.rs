//! Tells the user, on every page, when what they enter will not survive a
//! reload (no usable storage, or storage full), when it will be forgotten
//! with the tab (shared mode), when saved items could not be read, when
//! storage is nearly full, and when another tab changed what is on screen.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::components::link::app_link;

use crate::i18n::{common as s, use_lang};
use crate::routes::Route;
use crate::storage::{self, Mode, StorageError};

#[function_component(StorageBanner)]
pub fn storage_banner() -> Html {
    let lang = use_lang();
    // Bumped by every storage event so the banner reads storage again.
    let version = use_state(|| 0u32);
    let remote = use_state(|| false);
    {
        let (version, remote) = (version.clone(), remote.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let health = {
                let version = version.clone();
                EventListener::new(&window, storage::HEALTH_EVENT, move |_| {
                    version.set(*version + 1)
                })
            };
            let changed =
                EventListener::new(&window, storage::REMOTE_EVENT, move |_| remote.set(true));
            // Pages read storage in the same first render, before this
            // listener existed: look again now.
            version.set(*version + 1);
            move || drop((health, changed))
        });
    }
    let unreadable = storage::unreadable().len();
    html! {
        <>
            { match storage::last_error() {
                Some(StorageError::WriteRefused) => html! {
                    <p class="banner banner--warning" role="alert" id="storage-full">{ s::STORAGE_FULL.get(lang) }</p>
                },
                Some(StorageError::Unavailable) => html! {
                    <p class="banner banner--warning" role="status">{ s::STORAGE_UNAVAILABLE.get(lang) }</p>
                },
                None if storage::nearly_full() => html! {
                    <p class="banner banner--warning" role="status">{ s::storage_nearly_full(lang, storage::used_bytes()) }</p>
                },
                None => html! {},
            } }
            if storage::mode() == Mode::SharedComputer {
                <p class="banner" role="status">{ s::SHARED_MODE_ON.get(lang) }</p>
            }
            if unreadable > 0 {
                <p class="banner banner--warning" role="status" id="unreadable-banner">
                    { s::unreadable_items(lang, unreadable) }{ " " }
                    { app_link(&Route::Privacy, "", s::SEE_PRIVACY.get(lang)) }
                </p>
            }
            if *remote {
                <p class="banner" role="status" id="remote-banner">{ s::UPDATED_FROM_OTHER_TAB.get(lang) }</p>
            }
        </>
    }
}
