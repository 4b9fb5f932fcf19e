//! A link to pass on: shown in a read-only field (to select by hand), a
//! copy button, and the phone's share sheet where the browser has one
//! (`navigator.share`, the Web Share API).

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::components::copy::CopyButton;
use crate::i18n::{conversation as s, use_lang};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub link: AttrValue,
    /// The title the share sheet shows.
    pub title: AttrValue,
}

fn can_share() -> bool {
    js_sys::Reflect::has(&gloo::utils::window().navigator(), &"share".into()).unwrap_or(false)
}

fn share(title: &str, url: &str) {
    let nav = gloo::utils::window().navigator();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(f) = js_sys::Reflect::get(&nav, &"share".into()) else {
        return;
    };
    let f: js_sys::Function = wasm_bindgen::JsCast::unchecked_into(f);
    if let Ok(p) = f.call1(&nav, &data) {
        let p: js_sys::Promise = wasm_bindgen::JsCast::unchecked_into(p);
        // The user may close the sheet: that is not an error to report.
        wasm_bindgen_futures::spawn_local(async move {
            let _: Result<JsValue, JsValue> = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

#[function_component(ShareLink)]
pub fn share_link(props: &ShareProps) -> Html {
    let lang = use_lang();
    let link = props.link.clone();
    let onshare = {
        let (title, link) = (props.title.clone(), props.link.clone());
        Callback::from(move |_| share(&title, &link))
    };
    html! {
        <div class="share">
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} class="share__link" readonly=true rows="4" value={props.link.clone()} />
            <CopyButton label={s::COPY_LINK.get(lang)} primary=true contents={Callback::from(move |()| link.to_string())} />
            if can_share() {
                <div class="button-row">
                    <button type="button" class="button" onclick={onshare}>{ s::SHARE.get(lang) }</button>
                </div>
            }
        </div>
    }
}
