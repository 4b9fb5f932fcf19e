//! Tells the user, on every page, when what they enter will not survive a
//! reload (no usable storage) or will be forgotten with the tab (shared mode).

use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{common as s, use_lang};
use crate::storage::{self, Mode};

#[function_component(StorageBanner)]
pub fn storage_banner() -> Html {
    let lang = use_lang();
    let healthy = use_state(storage::is_healthy);
    {
        let healthy = healthy.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), storage::HEALTH_EVENT, move |_| {
                    healthy.set(storage::is_healthy())
                });
            move || drop(listener)
        });
    }
    html! {
        <>
            if !*healthy {
                <p class="banner banner--warning" role="status">{ s::STORAGE_UNAVAILABLE.get(lang) }</p>
            } else if storage::mode() == Mode::SharedComputer {
                <p class="banner" role="status">{ s::SHARED_MODE_ON.get(lang) }</p>
            }
        </>
    }
}
