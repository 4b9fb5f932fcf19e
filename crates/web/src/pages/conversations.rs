//! The class teacher's conversations: the key (fingerprint, backup,
//! restore), invitation links, replies received as files, the class with
//! its students, storage used and the whole-class export.

use chrono::NaiveDate;
use kooliabi_core::conversation::envelope::Envelope;
use kooliabi_core::conversation::invite::{self, ConversationId, Invitation};
use kooliabi_core::conversation::keys::{self, KeyBackup, TeacherKey};
use kooliabi_core::questionnaire::Role;
use kooliabi_core::transfer::FILE_MAX_BYTES;
use yew::prelude::*;

use crate::area::Area;

use crate::components::link::app_link;
use crate::router::use_location;

use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::memo::TextArea;
use crate::components::passphrase::{PassphraseFields, PassphraseForm};
use crate::components::receipt::{receive, Receipt, ReceiptView};
use crate::components::select::{enum_select, Select};
use crate::components::share::ShareLink;
use crate::components::status::{status_line, Fingerprint};
use crate::conversation_store::{self as store, ClassBook, KeyRing, CLASS_KEY, KEYS_KEY};
use crate::crypto;
use crate::files;
use crate::i18n::{conversation as s, use_lang};
use crate::questionnaire_store;
use crate::routes::Route;
use crate::state;
use crate::storage::{self, use_stored, Stored};

#[function_component(ConversationsPage)]
pub fn conversations_page() -> Html {
    let lang = use_lang();
    let ring = use_stored::<KeyRing, _>(KEYS_KEY, KeyRing::default);
    let book = use_stored::<ClassBook, _>(CLASS_KEY, ClassBook::default);
    html! {
        <>
            <h1>{ s::TITLE.get(lang) }</h1>
            <p>{ s::INTRO.get(lang) }</p>
            <InviteForm ring={ring.clone()} book={book.clone()} />
            <KeyPanel ring={ring.clone()} />
            <ReceiveFile ring={ring.clone()} book={book.clone()} />
            <ClassList {book} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RingProps {
    ring: Stored<KeyRing>,
}

/// The key's fingerprint, what losing it means, backup and restore.
#[function_component(KeyPanel)]
fn key_panel(props: &RingProps) -> Html {
    let lang = use_lang();
    let current = props.ring.current().cloned();
    html! {
        <section aria-labelledby="key-heading" class="conv-panel">
            <h2 id="key-heading">{ s::KEY_HEADING.get(lang) }</h2>
            if let Some(k) = &current {
                <Fingerprint key_id={k.backup.key.kid.fingerprint()} />
                <p>{ s::KEY_KEPT_HERE.get(lang) }</p>
                if k.backed_up {
                    <p class="note">{ s::BACKED_UP.get(lang) }</p>
                } else {
                    <p class="banner" role="alert" id="backup-needed">{ s::BACKUP_NEEDED.get(lang) }</p>
                }
                if props.ring.keys.len() > 1 {
                    <p>{ s::OLDER_KEYS.get(lang) }</p>
                    <ul class="conv-keys">
                        { for props.ring.keys.iter().filter(|h| h.backup.key.kid != k.backup.key.kid).map(|h| html! {
                            <li><output class="fingerprint__value">{ h.backup.key.kid.fingerprint() }</output>
                                { " · " }{ kooliabi_core::calendar::dotted(h.backup.key.created) }</li>
                        }) }
                    </ul>
                }
                <BackupForm ring={props.ring.clone()} />
            } else {
                <p>{ s::KEY_NONE.get(lang) }</p>
            }
            <RestoreForm ring={props.ring.clone()} />
        </section>
    }
}

/// Seals the key with a passphrase and offers the file.
#[function_component(BackupForm)]
fn backup_form(props: &RingProps) -> Html {
    let lang = use_lang();
    let form = use_state(PassphraseForm::default);
    let status = use_state(|| None::<Result<String, String>>);
    let onsubmit = {
        let (form, status, ring) = (form.clone(), status.clone(), props.ring.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut f = (*form).clone();
            let usable = f.attempt();
            form.set(f.clone());
            let Some(held) = ring.current().cloned() else {
                return;
            };
            if !usable {
                return;
            }
            status.set(Some(Ok(s::WORKING.get(lang).into())));
            let (status, ring) = (status.clone(), ring.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let plain = held.backup.to_plaintext();
                match crypto::seal_with_passphrase(&f.first, plain.as_bytes()).await {
                    Ok(env) => {
                        let name = store::backup_file_name(&held.backup.key);
                        if files::download(&name, "application/json", &env.to_file()).is_ok() {
                            ring.update(|r| r.mark_backed_up());
                            status.set(Some(Ok(s::BACKED_UP.get(lang).into())));
                        } else {
                            status.set(Some(Err(crate::i18n::common::DOWNLOAD_FAILED
                                .get(lang)
                                .into())));
                        }
                    }
                    Err(e) => status.set(Some(Err(s::crypto_error(lang, e).into()))),
                }
            });
        })
    };
    html! {
        <form class="conv-form" onsubmit={onsubmit} novalidate=true>
            <h3>{ s::BACKUP_HEADING.get(lang) }</h3>
            <PassphraseFields id="backup-pass" form={(*form).clone()} onchange={state::set(&form)} />
            <p class="field__hint">{ s::pbkdf2_note(lang) }</p>
            <button type="submit" class="button button--primary">{ s::SAVE_BACKUP.get(lang) }</button>
            { status_line("backup-status", &status) }
        </form>
    }
}

/// Reads a backup file with its passphrase and adds the key to this device.
#[function_component(RestoreForm)]
fn restore_form(props: &RingProps) -> Html {
    let lang = use_lang();
    let pass = use_state(String::new);
    let status = use_state(|| None::<Result<String, String>>);
    let onchange = {
        let (pass, status, ring) = (pass.clone(), status.clone(), props.ring.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked_file(&e) else {
                return;
            };
            let (pass, status, ring) = ((*pass).clone(), status.clone(), ring.clone());
            status.set(Some(Ok(s::WORKING.get(lang).into())));
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(restore(&file, &pass, &ring, lang).await));
            });
        })
    };
    html! {
        <div class="conv-form">
            <h3>{ s::RESTORE_BACKUP.get(lang) }</h3>
            <Field id="restore-pass" label={s::RESTORE_PASSPHRASE.get(lang)} input_type="password" autocomplete="current-password"
                value={(*pass).clone()} oninput={let pass = pass.clone(); Callback::from(move |v| pass.set(v))} />
            <input id="restore-file" class="visually-hidden" type="file" accept=".json,application/json" {onchange} />
            <label class="button" for="restore-file">{ s::RESTORE_BACKUP.get(lang) }</label>
            { status_line("restore-status", &status) }
        </div>
    }
}

async fn restore(
    file: &web_sys::File,
    pass: &str,
    ring: &Stored<KeyRing>,
    lang: crate::i18n::Lang,
) -> Result<String, String> {
    let text = files::read_text(file, FILE_MAX_BYTES)
        .await
        .map_err(|_| crate::i18n::common::FILE_NOT_TEXT.get(lang).to_string())?;
    let env = Envelope::parse_file(&text).map_err(|e| s::envelope_error(lang, &e))?;
    let plain = crypto::open_with_passphrase(pass, &env)
        .await
        .map_err(|e| s::crypto_error(lang, e).to_string())?;
    let backup = String::from_utf8(plain)
        .ok()
        .ok_or_else(|| s::backup_problem(lang, &keys::BackupError::Damaged).to_string())
        .and_then(|t| KeyBackup::parse(&t).map_err(|e| s::backup_problem(lang, &e).to_string()))?;
    ring.update(|r| r.add(backup, true));
    Ok(s::RESTORED.get(lang).into())
}

/// What the teacher fills to invite someone.
#[derive(Clone, PartialEq)]
struct InviteDraft {
    template: String,
    role: Role,
    student: String,
    class: String,
    teacher: String,
    date: String,
}

impl InviteDraft {
    fn conversation_date(&self) -> Option<NaiveDate> {
        kooliabi_core::calendar::text::date_from_str(&self.date)
    }

    /// One student a line: the whole class at once, or one.
    fn names(&self) -> Vec<String> {
        self.student
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn invitation(&self, name: &str, key: &TeacherKey, id: ConversationId) -> Option<Invitation> {
        let template = questionnaire_store::template(&self.template)?;
        Some(Invitation {
            template_id: template.id.clone(),
            template_version: template.version as u16,
            role: self.role,
            student_name: name.to_string(),
            answer_by: invite::answer_by_for(self.conversation_date()?),
            teacher_name: self.teacher.trim().to_string(),
            class: Some(self.class.trim().to_string()).filter(|c| !c.is_empty()),
            teacher_key: key.public_key,
            kid: key.kid,
            conversation_id: id,
        })
    }
}

/// One invitation per name, all filed under their students only if every
/// one is valid; the links with their names, and the key's fingerprint.
async fn make_links(
    d: InviteDraft,
    ring: &Stored<KeyRing>,
    book: &Stored<ClassBook>,
    lang: crate::i18n::Lang,
) -> Result<(Vec<(String, String)>, String), Vec<String>> {
    use kooliabi_core::conversation::invite::{InviteField, InviteProblem};
    if d.conversation_date().is_none() {
        return Err(vec![s::NEED_DATE.get(lang).into()]);
    }
    let names = d.names();
    if names.is_empty() {
        return Err(vec![s::invite_problem(
            lang,
            InviteProblem::Empty(InviteField::StudentName),
        )]);
    }
    let key = ensure_key(ring)
        .await
        .map_err(|e| vec![s::crypto_error(lang, e).to_string()])?;
    let (mut links, mut invitations, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for name in names {
        let id = crypto::random().map_err(|e| vec![s::crypto_error(lang, e).to_string()])?;
        let Some(inv) = d.invitation(&name, &key, ConversationId(id)) else {
            continue;
        };
        match inv.to_fragment() {
            Err(ps) => problems.extend(
                ps.into_iter()
                    .map(|p| format!("{name}: {}", s::invite_problem(lang, p))),
            ),
            Ok(fragment) => {
                links.push((name, format!("{}{fragment}", Area::Answer.address())));
                invitations.push(inv);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    book.update(|b| {
        b.teacher_name = d.teacher.trim().to_string();
        for inv in invitations {
            b.add_invitation(inv, store::new_id());
        }
    });
    storage::ask_to_persist();
    Ok((links, key.kid.fingerprint()))
}

/// The teacher's key, made on the first invitation.
async fn ensure_key(ring: &Stored<KeyRing>) -> Result<TeacherKey, crypto::CryptoError> {
    if let Some(k) = ring.current() {
        return Ok(k.backup.key.clone());
    }
    let new = crypto::new_key().await?;
    let key = TeacherKey {
        kid: new.kid,
        public_key: new.public_key,
        created: crate::clock::today(),
    };
    ring.update(|r| r.add(KeyBackup::new(key.clone(), new.pkcs8), false));
    Ok(key)
}

#[derive(Properties, PartialEq)]
struct BookProps {
    ring: Stored<KeyRing>,
    book: Stored<ClassBook>,
}

/// Template, role, names and the conversation date → an invitation link.
#[function_component(InviteForm)]
fn invite_form(props: &BookProps) -> Html {
    let lang = use_lang();
    let all = questionnaire_store::templates();
    // The planner links here with the student's name and conversation date.
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let draft = use_state(|| InviteDraft {
        template: all[0].id.clone(),
        role: Role::Student,
        student: kooliabi_core::query::value(&query, "student").unwrap_or_default(),
        class: String::new(),
        teacher: props.book.teacher_name.clone(),
        date: kooliabi_core::query::value(&query, "date").unwrap_or_default(),
    });
    let made = use_state(|| None::<(Vec<(String, String)>, String)>);
    // Until the links are made: the student's name and date come again from
    // the planner's link, the class typed here lives on screen only.
    storage::use_unsaved(
        made.is_none()
            && (!draft.class.trim().is_empty()
                || draft.student
                    != kooliabi_core::query::value(&query, "student").unwrap_or_default()),
    );
    let problems = use_state(Vec::<String>::new);
    let roles: Vec<Role> = questionnaire_store::template(&draft.template)
        .map(|t| {
            t.roles
                .iter()
                .copied()
                .filter(|r| *r != Role::Teacher)
                .collect()
        })
        .unwrap_or_default();
    let role = if roles.contains(&draft.role) {
        draft.role
    } else {
        roles.first().copied().unwrap_or(Role::Student)
    };
    let onsubmit = {
        let (draft, made, problems) = (draft.clone(), made.clone(), problems.clone());
        let (ring, book) = (props.ring.clone(), props.book.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut d = (*draft).clone();
            d.role = role;
            let (made, problems, ring, book) =
                (made.clone(), problems.clone(), ring.clone(), book.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match make_links(d, &ring, &book, lang).await {
                    Ok(links) => {
                        problems.set(Vec::new());
                        made.set(Some(links));
                    }
                    Err(p) => problems.set(p),
                }
            });
        })
    };
    let set = |which: fn(&mut InviteDraft, String)| state::edit(&draft, which);
    let template_options = questionnaire_store::template_options(lang);
    let on_role = state::edit(&draft, |d, r: Role| d.role = r);
    html! {
        <section aria-labelledby="invite-heading" class="conv-panel">
            <h2 id="invite-heading">{ s::INVITE_HEADING.get(lang) }</h2>
            <form class="conv-form" {onsubmit} novalidate=true>
                <Select id="inv-template" label={s::TEMPLATE.get(lang)} options={template_options} value={draft.template.clone()}
                    onchange={set(|d, v| d.template = v)} />
                { enum_select::<Role>(lang, "inv-role", s::WHO_ANSWERS.get(lang), role, on_role, Some(roles)) }
                <TextArea id="inv-student" label={s::STUDENT_NAMES.get(lang)} value={draft.student.clone()} oninput={set(|d, v| d.student = v)} />
                <Field id="inv-class" label={s::CLASS.get(lang)} value={draft.class.clone()} oninput={set(|d, v| d.class = v)} />
                <Field id="inv-teacher" label={s::TEACHER_NAME.get(lang)} value={draft.teacher.clone()} autocomplete="name" oninput={set(|d, v| d.teacher = v)} />
                <Field id="inv-date" label={s::CONVERSATION_DATE.get(lang)} input_type="date" value={draft.date.clone()} oninput={set(|d, v| d.date = v)}
                    hint={draft.conversation_date().map(|c| AttrValue::from(s::answer_by(lang, &kooliabi_core::calendar::dotted(invite::answer_by_for(c)))))} />
                <button type="submit" class="button button--primary">{ s::MAKE_LINK.get(lang) }</button>
                { for problems.iter().map(|p| html! { <p class="field__error" role="alert">{ p }</p> }) }
            </form>
            if let Some((links, fp)) = &*made {
                <MadeLinks links={links.clone()} fingerprint={fp.clone()}
                    backed_up={props.ring.current().is_some_and(|k| k.backed_up)} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MadeProps {
    links: Vec<(String, String)>,
    fingerprint: AttrValue,
    backed_up: bool,
}

/// The invitation links just made, to copy or share, and the key's fingerprint.
#[function_component(MadeLinks)]
fn made_links(props: &MadeProps) -> Html {
    let lang = use_lang();
    let (links, fp) = (&props.links, &props.fingerprint);
    html! { <>
                if !props.backed_up {
                    <p class="note" id="backup-prompt"><strong>{ s::BACKUP_NEEDED.get(lang) }</strong>{ " " }{ s::BACKUP_BELOW.get(lang) }</p>
                }
                if let [(_, link)] = links.as_slice() {
                    <ShareLink id="invite-link" label={s::INVITE_LINK.get(lang)} link={link.clone()} title={s::ANSWER_TITLE.get(lang)} />
                } else {
                    <ul class="conv-links">
                        { for links.iter().enumerate().map(|(i, (name, link))| html! {
                            <li><ShareLink id={format!("invite-link-{i}")} label={s::invite_link_for(lang, name)} link={link.clone()} title={s::ANSWER_TITLE.get(lang)} /></li>
                        }) }
                    </ul>
                }
                <Fingerprint key_id={fp.clone()} />
                <p class="field__hint">{ s::LINK_PRIVATE.get(lang) }</p>
    </> }
}

/// A reply that came as a file.
#[function_component(ReceiveFile)]
fn receive_file(props: &BookProps) -> Html {
    let lang = use_lang();
    let receipt = use_state(|| None::<Receipt>);
    let onchange = {
        let (receipt, ring, book) = (receipt.clone(), props.ring.clone(), props.book.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked_file(&e) else {
                return;
            };
            receipt.set(Some(Receipt::Working));
            let (receipt, ring, book) = (receipt.clone(), ring.clone(), book.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = match files::read_text(&file, FILE_MAX_BYTES).await {
                    Ok(text) => receive(Envelope::parse_file(&text), &ring, &book, lang).await,
                    Err(_) => {
                        Receipt::Refused(vec![crate::i18n::common::FILE_NOT_TEXT.get(lang).into()])
                    }
                };
                receipt.set(Some(r));
            });
        })
    };
    let onreceipt = {
        let receipt = receipt.clone();
        Callback::from(move |r| receipt.set(Some(r)))
    };
    html! {
        <section aria-labelledby="receive-heading" class="conv-panel">
            <h2 id="receive-heading">{ s::RECEIVE_HEADING.get(lang) }</h2>
            <input id="reply-file" class="visually-hidden" type="file" accept=".json,application/json" {onchange} />
            <label class="button" for="reply-file">{ s::IMPORT_REPLY.get(lang) }</label>
            if let Some(r) = &*receipt {
                <ReceiptView receipt={r.clone()} book={props.book.clone()} onchange={onreceipt} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ClassProps {
    book: Stored<ClassBook>,
}

/// The students with their replies, storage used, and the class export.
#[function_component(ClassList)]
fn class_list(props: &ClassProps) -> Html {
    let lang = use_lang();
    let book = (*props.book).clone();
    let export = {
        let book = book.clone();
        Callback::from(move |()| book.export())
    };
    html! {
        <section aria-labelledby="class-heading" class="conv-panel">
            <h2 id="class-heading">{ s::CLASS_HEADING.get(lang) }</h2>
            if book.students.is_empty() {
                <p>{ s::NO_STUDENTS.get(lang) }</p>
            } else {
                <ul class="conv-students">
                    { for book.students.iter().map(|st| html! {
                        <li>
                            { app_link(&Route::Conversation { id: st.id.clone() }, "", &st.name) }
                            <span class="conv-students__meta">{ " — " }{ s::replies_count(lang, st.replies.len(), st.invitations.len()) }</span>
                        </li>
                    }) }
                </ul>
            }
            <p id="conv-storage">{ s::storage_used(lang, store::class_bytes(), storage::LOCAL_BUDGET_BYTES) }</p>
            <DownloadButton label={s::EXPORT_CLASS.get(lang)} filename="kooliabi-class-conversations.json" mime="application/json" contents={export} />
        </section>
    }
}
