//! Says when a new release has been downloaded and is waiting, with a
//! button that switches to it. The service worker and its registration are
//! plain JavaScript (`static/sw.js`, `static/sw-register.js`); this
//! component only speaks to them through window events:
//! `kooliabi:update-ready` (a new release waits), `kooliabi:update-query`
//! (sent once on mount: the registration may have found a waiting release
//! before this component existed, and answers with `update-ready` again)
//! and `kooliabi:apply-update` (the user asked for it: the registration
//! activates the waiting worker and reloads once).
//!
//! Nothing needs saving before the reload: every form saves on each
//! keystroke. The questionnaire, for example, sends every `input` event of a
//! text answer (`components::question`) to its reducer as `Action::Answer`,
//! and `pages::questionnaire`'s `reduce` calls `questionnaire_store::save`
//! after every action, so what is on screen is already stored.

use gloo::events::EventListener;
use web_sys::Event;
use yew::prelude::*;

use crate::i18n::{offline as s, use_lang};

pub const READY_EVENT: &str = "kooliabi:update-ready";
pub const QUERY_EVENT: &str = "kooliabi:update-query";
pub const APPLY_EVENT: &str = "kooliabi:apply-update";

pub fn dispatch(name: &str) {
    if let Ok(event) = Event::new(name) {
        // Nothing listens when there is no service worker (an old browser, a
        // page opened from disk); the button then simply does nothing.
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

#[function_component(UpdatePrompt)]
pub fn update_prompt() -> Html {
    let lang = use_lang();
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), READY_EVENT, move |_| {
                ready.set(true)
            });
            dispatch(QUERY_EVENT);
            move || drop(listener)
        });
    }
    if !*ready {
        return html! {};
    }
    html! {
        <p class="banner update-prompt" role="status" id="update-prompt">
            { s::UPDATE_READY.get(lang) }{ " " }
            <button type="button" class="button button--primary" onclick={Callback::from(|_| dispatch(APPLY_EVENT))}>
                { s::RELOAD.get(lang) }
            </button>
        </p>
    }
}
