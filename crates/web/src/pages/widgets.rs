//! The snippet page: a school's web editor picks a tool, language, colour and
//! the tool's settings, sees the widget live and copies its `<iframe>` code
//! and the optional auto-height script line. The page's fields go through
//! the same parser the widget uses (`kooliabi_core::embed`), so the code
//! never carries a value the widget would ignore.

use kooliabi_core::embed::snippet::Snippet;
use kooliabi_core::embed::{Accent, Tool, MIN_CONTRAST};
use kooliabi_core::grading::bands;
use kooliabi_core::number::parse_decimal;
use yew::prelude::*;

use crate::area::Area;
use crate::components::copy::CopyButton;
use crate::components::field::Field;
use crate::components::select::{enum_select, Select};
use crate::i18n::{common, grading, use_lang, widgets as s, Labelled, Lang};
use crate::router::use_location;
use crate::routes::Route;

/// What every widget's frame allows: its scripts, its own storage (same
/// origin as itself, never the host's), forms, downloads (`.ics`, exports)
/// and the "Open in Kooliabi" tab outside the sandbox.
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox";

impl Labelled for Tool {
    fn label(self, lang: Lang) -> String {
        tool_text(self).title.get(lang).to_string()
    }
}

fn tool_text(tool: Tool) -> &'static common::ToolText {
    match tool {
        Tool::Points => &common::TOOL_POINTS,
        Tool::Class => &common::TOOL_CLASS,
        Tool::Follows => &common::TOOL_FOLLOWS,
        Tool::Behaviour => &common::TOOL_BEHAVIOUR,
        Tool::Modules => &common::TOOL_MODULES,
        Tool::Courses => &common::TOOL_COURSES,
        Tool::Recognise => &common::TOOL_RECOGNISE,
        Tool::Deadlines => &common::TOOL_DEADLINES,
        Tool::TestSchedule => &common::TOOL_TEST_SCHEDULE,
        Tool::Attendance => &common::TOOL_ATTENDANCE,
        Tool::Questionnaires => &common::TOOL_QUESTIONNAIRES,
    }
}

/// The form's checks, in the page's language.
trait Checks {
    fn accent_error(&self, lang: Lang) -> Option<String>;
    fn max_error(&self, lang: Lang) -> Option<String>;
}

impl Checks for Snippet {
    fn accent_error(&self, lang: Lang) -> Option<String> {
        let text = self.accent.trim();
        if text.is_empty() {
            return None;
        }
        match Accent::parse(text) {
            None => Some(s::ACCENT_NOT_A_COLOUR.get(lang).to_string()),
            Some(a) if a.contrast_with_white() < MIN_CONTRAST => {
                Some(s::accent_too_light(lang, a.contrast_with_white()))
            }
            Some(_) => None,
        }
    }

    fn max_error(&self, lang: Lang) -> Option<String> {
        let text = self.max.trim();
        if text.is_empty() {
            return None;
        }
        match parse_decimal(text) {
            Err(_) => Some(grading::NOT_A_NUMBER.get(lang).to_string()),
            Ok(m) => bands::check_max(m)
                .err()
                .map(|e| grading::points_error(lang, e)),
        }
    }
}

/// The form into the page's address, replacing the entry (no new history
/// step per keystroke): a reload or a language switch reads it back.
fn keep_in_address(form: &Snippet) {
    if let Ok(history) = gloo::utils::window().history() {
        let url = format!("#{}?{}", Route::Widgets.to_path(), form.to_query());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// `&` and `"` escaped for an HTML attribute value.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;")
}

#[function_component(WidgetsPage)]
pub fn widgets_page() -> Html {
    let lang = use_lang();
    let location = use_location();
    let choice =
        use_state(|| Snippet::from_query(location.as_ref().map_or("", |l| l.query_str()), lang));
    let edit = |f: fn(&mut Snippet, String)| {
        let choice = choice.clone();
        Callback::from(move |v: String| {
            let mut c = (*choice).clone();
            f(&mut c, v);
            keep_in_address(&c);
            choice.set(c);
        })
    };
    let on_tool = {
        let choice = choice.clone();
        Callback::from(move |tool: Tool| {
            let c = Snippet {
                tool,
                ..(*choice).clone()
            };
            keep_in_address(&c);
            choice.set(c)
        })
    };
    let on_lang = edit(|c, code| c.lang = Lang::from_code(&code).unwrap_or(c.lang));

    let (query, _) = choice.widget_query();
    let root = Area::Home.address();
    let src = format!("{root}embed/{}/?{query}", crate::embed::dir(choice.tool));
    let title = s::frame_title(tool_text(choice.tool).title.get(choice.lang));
    let code = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\" referrerpolicy=\"no-referrer\" sandbox=\"{SANDBOX}\"></iframe>",
        attr(&src),
        attr(&title)
    );
    let script = format!(
        "<script src=\"{}\" async></script>",
        attr(&format!("{root}embed.js"))
    );
    let lang_options = Lang::ALL
        .iter()
        .map(|l| {
            (
                AttrValue::Static(l.code()),
                AttrValue::Static(common::lang_own_name(*l)),
            )
        })
        .collect::<Vec<_>>();
    let copy_code = {
        let code = code.clone();
        Callback::from(move |()| code.clone())
    };
    let copy_script = {
        let script = script.clone();
        Callback::from(move |()| script.clone())
    };

    html! {
        <>
            <h1>{ common::TOOL_WIDGETS.title.get(lang) }</h1>
            <p class="lead">{ s::INTRO.get(lang) }</p>
            <section aria-labelledby="widget-settings">
                <h2 id="widget-settings">{ s::SETTINGS.get(lang) }</h2>
                { enum_select::<Tool>(lang, "widget-tool", s::TOOL.get(lang), choice.tool, on_tool, None) }
                <Select id="widget-lang" label={s::LANGUAGE.get(lang)} options={lang_options}
                    value={AttrValue::Static(choice.lang.code())} onchange={on_lang} />
                <Field id="widget-accent" label={s::ACCENT.get(lang)} hint={s::ACCENT_HINT.get(lang)}
                    value={choice.accent.clone()} error={choice.accent_error(lang).map(AttrValue::from)}
                    oninput={edit(|c, v| c.accent = v)} />
                if choice.tool == Tool::Points {
                    <Field id="widget-max" label={grading::MAX_POINTS.get(lang)} value={choice.max.clone()}
                        inputmode="decimal" error={choice.max_error(lang).map(AttrValue::from)}
                        oninput={edit(|c, v| c.max = v)} />
                }
            </section>
            <section aria-labelledby="widget-preview">
                <h2 id="widget-preview">{ s::PREVIEW.get(lang) }</h2>
                // A new frame for each address (keyed), not a new `src` on the
                // old one: a `src` changed while the previous widget was still
                // loading was sometimes not followed (seen in Chromium under
                // load), and the preview showed the settings before.
                <iframe key={src.clone()} class="widget-preview" src={src} title={title} width="100%" height="600"
                    loading="lazy" referrerpolicy="no-referrer" sandbox={SANDBOX}></iframe>
            </section>
            <section aria-labelledby="widget-code">
                <h2 id="widget-code">{ s::CODE.get(lang) }</h2>
                <label for="iframe-code">{ s::CODE_HINT.get(lang) }</label>
                <textarea id="iframe-code" readonly=true rows="6" value={code} />
                <CopyButton label={s::COPY_CODE.get(lang)} contents={copy_code} primary=true />
                <h3>{ s::AUTO_HEIGHT.get(lang) }</h3>
                <label for="script-code">{ s::AUTO_HEIGHT_HINT.get(lang) }</label>
                <textarea id="script-code" readonly=true rows="2" value={script} />
                <CopyButton label={s::COPY_SCRIPT.get(lang)} contents={copy_script} />
                <p class="note">{ s::PRIVACY_NOTE.get(lang) }</p>
            </section>
        </>
    }
}
