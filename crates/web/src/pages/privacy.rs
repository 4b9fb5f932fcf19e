//! Privacy and data: what Kooliabi does with data (nothing leaves the
//! device), what is stored here right now, shared-computer mode, and erasing.

use yew::prelude::*;

use crate::components::download::DownloadButton;
use crate::i18n::{common as s, use_lang};
use crate::storage::{self, Mode};

#[function_component(PrivacyPage)]
pub fn privacy_page() -> Html {
    let lang = use_lang();
    // Bumped after every change so what is stored is read again.
    let version = use_state(|| 0u32);
    let changed = {
        let version = version.clone();
        Callback::from(move |()| version.set(*version + 1))
    };
    html! {
        <>
            <h1>{ s::PRIVACY_TITLE.get(lang) }</h1>
            <ul class="privacy-points">
                { for s::PRIVACY_POINTS.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }
            </ul>
            <p id="privacy-key">{ crate::i18n::conversation::PRIVACY_KEY.get(lang) }</p>
            <StoredList version={*version} />
            <UnreadableList version={*version} onchange={changed.clone()} />
            <StorageUse version={*version} />
            <SharedMode onchange={changed.clone()} />
            <EraseAll onerase={changed} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StoredListProps {
    /// Changes whenever storage may have changed.
    version: u32,
}

/// Every item stored on this device and its size.
#[function_component(StoredList)]
fn stored_list(_: &StoredListProps) -> Html {
    let lang = use_lang();
    let entries = storage::entries("");
    html! {
        <section aria-labelledby="stored-heading">
            <h2 id="stored-heading">{ s::STORED_HEADING.get(lang) }</h2>
            if entries.is_empty() {
                <p id="stored-nothing">{ s::STORED_NOTHING.get(lang) }</p>
            } else {
                <table class="stored-table">
                    <thead><tr>
                        <th scope="col">{ s::STORED_COL_ITEM.get(lang) }</th>
                        <th scope="col">{ s::STORED_COL_SIZE.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for entries.iter().map(|(k, n)| html! {
                            <tr><td><code>{ k }</code></td><td>{ s::bytes(lang, *n) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UnreadableProps {
    version: u32,
    onchange: Callback<()>,
}

/// Saved text that could not be read (damaged, or from a newer release):
/// kept as it was, to download or to erase.
#[function_component(UnreadableList)]
fn unreadable_list(props: &UnreadableProps) -> Html {
    let lang = use_lang();
    let items = storage::unreadable();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="unreadable-heading" id="unreadable">
            <h2 id="unreadable-heading">{ s::unreadable_items(lang, items.len()) }</h2>
            <p class="field__hint">{ s::UNREADABLE_HELP.get(lang) }</p>
            <ul class="unreadable-list">
                { for items.into_iter().map(|(key, raw)| {
                    let file = format!("kooliabi-{}.txt", key.replace([':', '#'], "-"));
                    let erase = {
                        let (key, onchange) = (key.clone(), props.onchange.clone());
                        Callback::from(move |_| {
                            storage::erase_unreadable(&key);
                            onchange.emit(());
                        })
                    };
                    html! {
                        <li>
                            <code>{ key.trim_start_matches(storage::UNREADABLE_PREFIX) }</code>{ " — " }{ s::bytes(lang, raw.len()) }
                            <div class="button-row">
                                <DownloadButton label={s::DOWNLOAD_AS_IS.get(lang)} filename={file} mime="text/plain;charset=utf-8"
                                    contents={Callback::from(move |()| raw.clone())} />
                                <button type="button" class="button button--danger" onclick={erase}>{ s::ERASE_ITEM.get(lang) }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UseProps {
    version: u32,
}

/// How much is stored, and whether the browser promised to keep it.
#[function_component(StorageUse)]
fn storage_use(_: &UseProps) -> Html {
    let lang = use_lang();
    let persisted = use_state(|| None::<bool>);
    {
        let persisted = persisted.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                persisted.set(storage::is_persisted().await);
            });
        });
    }
    let ask = {
        let persisted = persisted.clone();
        Callback::from(move |_| {
            let persisted = persisted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                persisted.set(storage::persist().await);
            });
        })
    };
    html! {
        <section aria-labelledby="use-heading">
            <h2 id="use-heading">{ s::STORAGE_USE_HEADING.get(lang) }</h2>
            <p id="storage-used">{ s::storage_used(lang, storage::used_bytes()) }</p>
            { match *persisted {
                Some(true) => html! { <p id="persisted">{ s::PERSISTED_YES.get(lang) }</p> },
                Some(false) => html! { <>
                    <p id="persisted">{ s::PERSISTED_NO.get(lang) }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={ask}>{ s::ASK_PERSIST.get(lang) }</button>
                    </div>
                </> },
                None => html! {},
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChangeProps {
    onchange: Callback<()>,
}

/// Shared-computer mode: data moves to storage the browser forgets with the tab.
#[function_component(SharedMode)]
fn shared_mode(props: &ChangeProps) -> Html {
    let lang = use_lang();
    let shared = storage::mode() == Mode::SharedComputer;
    let onchange = props.onchange.reform(|e: Event| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            storage::set_mode(if input.checked() {
                Mode::SharedComputer
            } else {
                Mode::Device
            });
        }
    });
    html! {
        <section class="shared-mode">
            <div class="checkbox">
                <input id="shared-mode" type="checkbox" checked={shared}
                    aria-describedby="shared-mode-help" {onchange} />
                <label for="shared-mode">{ s::SHARED_MODE_LABEL.get(lang) }</label>
            </div>
            <p id="shared-mode-help" class="field__hint">{ s::SHARED_MODE_HELP.get(lang) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EraseProps {
    onerase: Callback<()>,
}

/// Erase everything, after an in-page confirmation.
#[function_component(EraseAll)]
fn erase_all(props: &EraseProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let erased = use_state(|| false);
    let ask = {
        let (confirming, erased) = (confirming.clone(), erased.clone());
        Callback::from(move |_| {
            erased.set(false);
            confirming.set(true)
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let erase = {
        let (confirming, erased, onerase) =
            (confirming.clone(), erased.clone(), props.onerase.clone());
        Callback::from(move |_| {
            storage::erase_all();
            confirming.set(false);
            erased.set(true);
            onerase.emit(());
        })
    };
    html! {
        <section class="erase">
            if *confirming {
                <div class="confirm" role="alertdialog" aria-labelledby="erase-confirm-text">
                    <p id="erase-confirm-text">{ s::ERASE_CONFIRM_TEXT.get(lang) }</p>
                    <button type="button" class="button button--danger" onclick={erase}>
                        { s::ERASE_CONFIRM_YES.get(lang) }
                    </button>
                    <button type="button" class="button" onclick={cancel}>{ s::CANCEL.get(lang) }</button>
                </div>
            } else {
                <button type="button" class="button button--danger" onclick={ask}>
                    { s::ERASE_BUTTON.get(lang) }
                </button>
            }
            if *erased {
                <p role="status" class="note">{ s::ERASED.get(lang) }</p>
            }
        </section>
    }
}
