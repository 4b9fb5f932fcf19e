//! The shell: language context, header, storage banner, router.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{header::Header, storage_banner::StorageBanner};
use crate::i18n::{self, common as s, Lang, LangContext};
use crate::routes::{switch, Route};

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(i18n::initial_lang);
    {
        let lang = *lang;
        use_effect_with(lang, move |l| i18n::apply_lang(*l));
    }
    let ctx = LangContext {
        lang: *lang,
        set: {
            let lang = lang.clone();
            Callback::from(move |l: Lang| lang.set(l))
        },
    };
    html! {
        <ContextProvider<LangContext> context={ctx}>
            <HashRouter>
                <Header />
                <StorageBanner />
                <crate::components::update_prompt::UpdatePrompt />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <footer class="site-footer">
                    <p>{ s::DATA_STAYS_NOTE.get(*lang) }</p>
                </footer>
            </HashRouter>
        </ContextProvider<LangContext>>
    }
}
