//! The shell every tool area shares: language context, header, storage
//! banner, router. Each area's binary (`src/bin/`) starts it with its own
//! `switch`, so a build holds only the pages of its own area.

use yew::prelude::*;

use crate::area::Area;
use crate::components::{header::Header, storage_banner::StorageBanner};
use crate::i18n::{self, common as s, Lang, LangContext};
use crate::router::Router;
use crate::routes::Route;

/// Renders the pages of one area; a route of another area goes there.
pub type RenderRoute = fn(Route) -> Html;

/// Starts the app of `area` in the page's body.
pub fn start(area: Area, switch: RenderRoute) {
    crate::crash::install();
    area.set_current();
    yew::Renderer::<App>::with_props(AppProps { switch }).render();
}

#[derive(Properties)]
pub struct AppProps {
    pub switch: RenderRoute,
}

impl PartialEq for AppProps {
    /// The props are set once at start and never change.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_state(i18n::initial_lang);
    {
        let lang = *lang;
        use_effect_with(lang, move |l| i18n::apply_lang(*l));
    }
    let ctx = LangContext {
        lang: *lang,
        set: {
            let lang = lang.clone();
            Callback::from(move |l: Lang| {
                if i18n::switch_to(l) {
                    lang.set(l);
                }
            })
        },
    };
    let switch = props.switch;
    i18n::provide(
        ctx,
        html! {
            <>
                <Header />
                <StorageBanner />
                <crate::components::update_prompt::UpdatePrompt />
                <main id="main" tabindex="-1">
                    <Router render={switch} />
                </main>
                <footer class="site-footer">
                    <p>{ s::DATA_STAYS_NOTE.get(*lang) }</p>
                </footer>
            </>
        },
    )
}
