//! The widget shell: one tool alone in a school website's `<iframe>`, beside
//! `app::start`. No header, no footer navigation: the tool, the storage
//! banner when storage fails (for a tool that keeps input) and a small
//! "Open in Kooliabi" link. Its parameters come from the page's query string
//! (`kooliabi_core::embed`); a bad one is ignored with a `console.warn` for
//! the page author.
//!
//! A widget never reads or writes the host page: it is a cross-origin frame
//! and posts only its height to `window.parent` (for `static/embed.js`).

use std::rc::Rc;

use kooliabi_core::code::Coded;
use kooliabi_core::embed::{self, EmbedParams, Tool};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

use crate::area::Area;
use crate::components::storage_banner::StorageBanner;
use crate::i18n::{self, common as s, Lang, LangContext};

/// Renders a widget's tool with what its page was asked for.
pub type RenderTool = fn(Tool, Rc<EmbedParams>) -> Html;

/// The folder of `dist/embed/` a tool's widget is built into.
pub fn dir(tool: Tool) -> &'static str {
    tool.code()
}

/// The tool's route in the full app (`/points`), where "Open in Kooliabi" goes.
fn route(tool: Tool) -> String {
    format!("/{}", tool.code())
}

/// What the shell shows above the tool.
type Banner = fn() -> Html;

fn storage_banner() -> Html {
    html! { <StorageBanner /> }
}

/// Starts the widget of `tool` (of `area`) in the page's body. `routed`: the
/// view brings its own router (links inside the area stay in the widget).
/// Inlined into each widget's `main`, where `tool` is a constant: a widget
/// whose tool keeps no input then does not link the storage banner at all
/// (−6 KB brotli on the behaviour widget, BENCHMARKS.md).
#[inline(always)]
pub fn start(area: Area, tool: Tool, routed: bool, view: RenderTool) {
    crate::crash::install();
    area.set_current();
    Area::set_embedded(routed);
    let window = gloo::utils::window();
    let query = window.location().search().unwrap_or_default();
    let (params, problems) = embed::parse_for(&query, tool);
    for p in &problems {
        web_sys::console::warn_1(&JsValue::from_str(&p.note()));
    }
    if let Some(accent) = params.accent {
        if let Some(root) = gloo::utils::document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // The CSSOM, not a style attribute: the CSP allows no inline styles.
            let _ = root.style().set_property("--accent", &accent.css());
        }
    }
    links_open_new_tabs();
    post_height_on_resize();
    let banner: Banner = if tool.keeps_input() {
        storage_banner
    } else {
        Html::default
    };
    let props = EmbedProps {
        tool,
        params: Rc::new(params),
        view,
        banner,
    };
    yew::Renderer::<Embed>::with_props(props).render();
}

#[derive(Properties)]
pub struct EmbedProps {
    pub tool: Tool,
    pub params: Rc<EmbedParams>,
    pub view: RenderTool,
    banner: Banner,
}

impl PartialEq for EmbedProps {
    /// The props are set once at start and never change.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[function_component(Embed)]
fn embed_shell(props: &EmbedProps) -> Html {
    // A widget's language is the page author's choice, else the device's; it
    // is not stored (the host page, not the user, chose it).
    // `loader.js` loaded the build of that language (`Lang::only`).
    let lang: Lang = props
        .params
        .lang
        .map(Lang::only)
        .unwrap_or_else(i18n::initial_lang);
    use_effect_with(lang, |l| i18n::apply_lang(*l));
    let ctx = LangContext {
        lang,
        set: Callback::noop(),
    };
    let settings: Vec<String> = props
        .params
        .settings
        .iter()
        .map(|(k, v)| format!("{k}={}", kooliabi_core::query::encode(v)))
        .collect();
    let path = if settings.is_empty() {
        route(props.tool)
    } else {
        format!("{}?{}", route(props.tool), settings.join("&"))
    };
    let full = Area::current().href(&path);
    i18n::provide(
        ctx,
        html! {
            <>
                { (props.banner)() }
                <main id="main" class="embed">
                    { (props.view)(props.tool, props.params.clone()) }
                </main>
                <p class="embed-open">
                    <a href={full} target="_blank" rel="noopener">{ s::OPEN_IN_KOOLIABI.get(lang) }</a>
                </p>
            </>
        },
    )
}

/// A link that leaves the widget (to the full app, the privacy page) opens
/// in a new tab: the widget's frame stays the tool the school put there.
fn links_open_new_tabs() {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        if let Some(a) = link {
            let leaves = a.get_attribute("href").is_some_and(|h| !h.starts_with('#'));
            if leaves {
                let _ = a.set_attribute("target", "_blank");
                let _ = a.set_attribute("rel", "noopener");
            }
        }
    });
    let _ = gloo::utils::document().add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    on_click.forget();
}

/// Posts `{kooliabi: 'height', height}` to the parent window whenever the
/// page's height changes, and when the parent's `embed.js` asks with
/// `{kooliabi: 'height?'}` (it may start after the first post), and nothing
/// else ever. The target origin is `*`: the host's origin is unknown (no
/// referrer) and the height is no secret.
fn post_height_on_resize() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let post = {
        let parent = parent.clone();
        move || {
            let Some(root) = gloo::utils::document().document_element() else {
                return;
            };
            let height = root.get_bounding_client_rect().height().ceil();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"kooliabi".into(), &"height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    };
    let on_resize = Closure::<dyn Fn()>::new(post.clone());
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(root) = gloo::utils::document().document_element() {
            observer.observe(&root);
        }
        std::mem::forget(observer);
    }
    on_resize.forget();
    let on_ask = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        let asks = js_sys::Reflect::get(&e.data(), &"kooliabi".into())
            .ok()
            .and_then(|v| v.as_string())
            .is_some_and(|v| v == "height?");
        if from_parent && asks {
            post();
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_ask.as_ref().unchecked_ref());
    on_ask.forget();
}
