//! `#/answer?i=…`: the phone opens the class teacher's invitation. The
//! key and its id are checked, the teacher's name, the answer-by date and
//! the key's fingerprint are shown, and one button opens the questionnaire
//! ready to fill (the usual questionnaire page, with autosave).

use crate::router::{use_location, use_navigator};
use kooliabi_core::conversation::invite::Invitation;
use yew::prelude::*;

use crate::components::status::Fingerprint;
use crate::crypto;
use crate::i18n::{conversation as s, questionnaire as qs, use_lang, Lang};
use crate::questionnaire_store as store;
use crate::routes::Route;

#[derive(Clone, PartialEq)]
enum Opened {
    Checking,
    Refused(String),
    Ready(Box<Invitation>),
}

async fn check(fragment: String, lang: Lang) -> Opened {
    let inv = match Invitation::from_fragment(&fragment) {
        Ok(i) => i,
        Err(e) => return Opened::Refused(s::invite_error(lang, &e)),
    };
    match crypto::sha256(&inv.teacher_key.0).await {
        Ok(d) if inv.key_matches(&d) => {}
        Ok(_) => return Opened::Refused(s::KEY_MISMATCH.get(lang).into()),
        Err(e) => return Opened::Refused(s::crypto_error(lang, e).into()),
    }
    if let Err(p) = inv.template() {
        return Opened::Refused(s::template_problem(lang, &p).into());
    }
    Opened::Ready(Box::new(inv))
}

#[function_component(AnswerPage)]
pub fn answer_page() -> Html {
    let lang = use_lang();
    let location = use_location();
    let opened = use_state(|| Opened::Checking);
    {
        let opened = opened.clone();
        let query = location
            .map(|l| l.query_str().to_string())
            .unwrap_or_default();
        use_effect_with(query, move |q| {
            let fragment = format!("#/answer{q}");
            wasm_bindgen_futures::spawn_local(async move {
                opened.set(check(fragment, lang).await);
            });
        });
    }
    html! {
        <>
            <h1>{ s::ANSWER_TITLE.get(lang) }</h1>
            { match &*opened {
                Opened::Checking => html! { <p role="status">{ s::WORKING.get(lang) }</p> },
                Opened::Refused(why) => html! { <p role="alert" class="field__error" id="answer-error">{ why }</p> },
                Opened::Ready(inv) => html! { <InvitationCard invitation={(**inv).clone()} /> },
            } }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    invitation: Invitation,
}

/// Who asks, about whom, by when, with which key; and the way in.
#[function_component(InvitationCard)]
fn invitation_card(props: &CardProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let inv = &props.invitation;
    let today = crate::clock::today();
    let existing = store::find_invited(&inv.conversation_id);
    let start = {
        let (inv, existing) = (inv.clone(), existing.clone());
        Callback::from(move |_| {
            let id = match &existing {
                Some(m) => m.id.clone(),
                None => {
                    let Ok(t) = inv.template() else { return };
                    crate::storage::ask_to_persist();
                    store::create_invited(inv.clone(), &t, today).id
                }
            };
            if let Some(nav) = &navigator {
                nav.push(&Route::Questionnaire { id });
            }
        })
    };
    let title = inv
        .template()
        .map(|t| t.title.get(lang).to_string())
        .unwrap_or_default();
    html! {
        <section class="conv-panel" aria-labelledby="inv-title">
            <h2 id="inv-title">{ title }</h2>
            <dl class="conv-facts">
                <dt>{ s::FROM_TEACHER.get(lang) }</dt><dd>{ &inv.teacher_name }</dd>
                <dt>{ s::ABOUT_STUDENT.get(lang) }</dt>
                <dd>{ &inv.student_name }{ inv.class.as_ref().map(|c| format!(", {c}")).unwrap_or_default() }</dd>
                <dt>{ s::YOU_ANSWER_AS.get(lang) }</dt><dd>{ qs::role(lang, inv.role) }</dd>
                <dt>{ s::ANSWER_BY.get(lang) }</dt><dd id="answer-by">{ kooliabi_core::calendar::dotted(inv.answer_by) }</dd>
            </dl>
            if inv.is_late(today) {
                <p class="banner" role="status" id="answer-late">{ s::LATE.get(lang) }</p>
            }
            <Fingerprint key_id={inv.kid.fingerprint()} />
            <div class="button-row">
                <button type="button" class="button button--primary" onclick={start}>
                    { if existing.is_some() { s::CONTINUE_ANSWERING.get(lang) } else { s::START_ANSWERING.get(lang) } }
                </button>
            </div>
        </section>
    }
}
