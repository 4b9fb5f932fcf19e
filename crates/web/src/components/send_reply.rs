//! "Send to the class teacher": the answers sealed for the teacher's key
//! alone (the invitation carries it), given back as a reply link when it is
//! short enough for mail and chat apps, and always as a file. What was sent
//! stays on the device, marked sent.

use kooliabi_core::conversation::envelope::Envelope;
use kooliabi_core::conversation::invite::{self, Delivery};
use kooliabi_core::conversation::reply::Reply;
use kooliabi_core::questionnaire::{Role, Session};
use yew::prelude::*;

use crate::area::Area;
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::share::ShareLink;
use crate::components::status::status_line;
use crate::crypto;
use crate::i18n::{conversation as s, use_lang, Lang};
use crate::questionnaire_store::{self as store, Meta, Sent};

#[derive(Properties, PartialEq)]
pub struct SendProps {
    pub meta: Meta,
    pub session: Session,
}

async fn seal(meta: &Meta, session: &Session, name: &str, lang: Lang) -> Result<Sent, String> {
    let Some(inv) = meta.invitation.as_ref() else {
        return Err(String::new());
    };
    let at = crate::clock::now_local();
    let reply = Reply::new(inv, Some(name.to_string()), session.answers.clone(), at);
    let env = crypto::seal_for(&inv.teacher_key, inv.kid, reply.to_plaintext().as_bytes())
        .await
        .map_err(|e| s::crypto_error(lang, e).to_string())?;
    let fragment = invite::reply_fragment(&env.to_text());
    let base = Area::Teacher.address();
    let link =
        (invite::delivery(&base, &fragment) == Delivery::Link).then(|| format!("{base}{fragment}"));
    Ok(Sent {
        at,
        link,
        file: env.to_file(),
    })
}

#[function_component(SendReply)]
pub fn send_reply(props: &SendProps) -> Html {
    let lang = use_lang();
    let sent = use_state(|| props.meta.sent.clone());
    let name = use_state(String::new);
    crate::storage::use_unsaved(!name.trim().is_empty());
    let status = use_state(|| None::<Result<String, String>>);
    let onsubmit = {
        let (sent, name, status) = (sent.clone(), name.clone(), status.clone());
        let (meta, session) = (props.meta.clone(), props.session.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            status.set(Some(Ok(s::WORKING.get(lang).into())));
            let (sent, name, status, meta, session) = (
                sent.clone(),
                (*name).clone(),
                status.clone(),
                meta.clone(),
                session.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match seal(&meta, &session, &name, lang).await {
                    Ok(record) => {
                        store::mark_sent(&meta.id, record.clone());
                        sent.set(Some(record));
                        status.set(None);
                    }
                    Err(e) => status.set(Some(Err(e))),
                }
            });
        })
    };
    html! {
        <section class="conv-panel" aria-labelledby="send-heading">
            <h2 id="send-heading">{ s::SEND_HEADING.get(lang) }</h2>
            <p>{ s::SEND_INTRO.get(lang) }</p>
            <form {onsubmit} novalidate=true>
                if matches!(props.meta.role, Role::Parent | Role::Representative) {
                    <Field id="respondent-name" label={s::RESPONDENT_NAME.get(lang)} value={(*name).clone()} autocomplete="name"
                        oninput={let name = name.clone(); Callback::from(move |v| name.set(v))} />
                }
                <button type="submit" class="button button--primary">{ s::SEND.get(lang) }</button>
            </form>
            { status_line("send-status", &status) }
            if let Some(record) = &*sent {
                <SentView record={record.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SentProps {
    record: Sent,
}

/// The reply link (or why there is none) and the file.
#[function_component(SentView)]
fn sent_view(props: &SentProps) -> Html {
    let lang = use_lang();
    let r = &props.record;
    let file = r.file.clone();
    let why = r.link.is_none().then(|| {
        let text = Envelope::parse_file(&r.file)
            .map(|e| e.to_text())
            .unwrap_or_default();
        invite::delivery(&Area::Teacher.address(), &invite::reply_fragment(&text))
    });
    html! {
        <div id="sent">
            <p role="status" class="note">{ s::sent_on(lang, &kooliabi_core::calendar::dotted(r.at.date())) }</p>
            if let Some(link) = &r.link {
                <ShareLink id="reply-link" label={s::REPLY_LINK.get(lang)} link={link.clone()} title={s::SEND_HEADING.get(lang)} />
            }
            if let Some(d) = why {
                <p class="banner" id="file-only">{ s::file_only(lang, d) }</p>
            }
            <div class="button-row">
                <DownloadButton label={s::REPLY_FILE.get(lang)} filename="kooliabi-reply.json" mime="application/json"
                    contents={Callback::from(move |()| file.clone())} />
            </div>
        </div>
    }
}
