//! The questionnaires on this device: an index of the ones in progress (the
//! name the user chose, template, role) and one stored `Session` each. Both
//! questionnaire pages go through here; neither knows the storage keys.

use std::cell::OnceCell;
use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime};
use kooliabi_core::conversation::invite::{ConversationId, Invitation};
use kooliabi_core::questionnaire::{templates, Answers, Role, Session, Template};
use kooliabi_core::transfer;
use serde::{Deserialize, Serialize};
use yew::AttrValue;

use crate::i18n::Lang;

use crate::storage;

const INDEX_KEY: &str = "q:index";
/// The kind and version of an exported answers file (`transfer` envelope).
pub const FILE_KIND: &str = "answers";
pub const FILE_VERSION: u32 = 1;
/// Long enough for "Mari Maasikas, 7.b, sügis 2026"; short enough for a list.
pub const NAME_MAX: usize = 60;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    pub name: String,
    pub template: String,
    pub role: Role,
    /// The day it was started on this device (absent in the first release's
    /// index), for the reminder to export one that has been open for days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "kooliabi_core::calendar::text::serde_date::option"
    )]
    pub started: Option<NaiveDate>,
    /// The class teacher's invitation this questionnaire answers (opened
    /// from an invitation link); its answers go back sealed for that key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invitation>,
    /// What was sent to the class teacher, kept until erased.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Sent>,
}

/// A sealed reply as it was sent: its link (when short enough) and its file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    #[serde(with = "kooliabi_core::calendar::text::serde_datetime")]
    pub at: NaiveDateTime,
    pub link: Option<String>,
    pub file: String,
}

/// The list of questionnaires on this device, as stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
struct Index(Vec<Meta>);

impl kooliabi_core::stored::Stored for Index {
    const VERSION: u32 = 1;
}

/// Days after which a questionnaire still in progress gets a reminder to
/// export it: browsers may clear a site's data (Safari after seven days
/// without a visit), and an exported file survives that.
pub const EXPORT_NUDGE_DAYS: i64 = 3;

/// What an exported answers file holds.
#[derive(Serialize)]
struct Exported<'a> {
    name: &'a str,
    answers: &'a Answers,
}

thread_local! {
    /// The built-in templates, built once per page load, not per render.
    static TEMPLATES: OnceCell<Rc<Vec<Rc<Template>>>> = const { OnceCell::new() };
}

pub fn templates() -> Rc<Vec<Rc<Template>>> {
    TEMPLATES.with(|t| {
        t.get_or_init(|| Rc::new(templates::built_in().into_iter().map(Rc::new).collect()))
            .clone()
    })
}

/// The built-in templates as (id, title) for a `Select`.
pub fn template_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    templates()
        .iter()
        .map(|t| {
            (
                AttrValue::from(t.id.clone()),
                AttrValue::from(t.title.get(lang).to_string()),
            )
        })
        .collect()
}

pub fn template(id: &str) -> Option<Rc<Template>> {
    templates().iter().find(|t| t.id == id).cloned()
}

fn record_key(id: &str) -> String {
    format!("q:{id}")
}

pub fn list() -> Vec<Meta> {
    storage::load::<Index>(INDEX_KEY).unwrap_or_default().0
}

/// The storage key of the index, so a page can follow another tab's changes.
pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

pub fn find(id: &str) -> Option<Meta> {
    list().into_iter().find(|m| m.id == id)
}

fn new_id() -> String {
    // Unique on this device; not a secret and never leaves it.
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("{t:x}{r:x}")
}

/// Why a name is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
}

pub fn check_name(name: &str) -> Result<String, NameError> {
    let n = name.trim();
    match n.chars().count() {
        0 => Err(NameError::Empty),
        c if c > NAME_MAX => Err(NameError::TooLong),
        _ => Ok(n.to_string()),
    }
}

/// Starts a questionnaire and stores it. A refused write still returns the
/// new entry: the shell's banner says it lives in memory only.
pub fn create(name: String, template: &Template, role: Role, today: NaiveDate) -> Meta {
    let meta = Meta {
        id: new_id(),
        name,
        template: template.id.clone(),
        role,
        started: Some(today),
        invitation: None,
        sent: None,
    };
    save(&meta.id, &Session::new(template, role));
    let mut index = list();
    index.push(meta.clone());
    storage::save(INDEX_KEY, &Index(index));
    meta
}

/// The questionnaire on this device that answers the invitation
/// `conversation`, if one was started.
pub fn find_invited(conversation: &ConversationId) -> Option<Meta> {
    list().into_iter().find(|m| {
        m.invitation
            .as_ref()
            .is_some_and(|i| i.conversation_id == *conversation)
    })
}

/// Starts the questionnaire an invitation link asks for.
pub fn create_invited(invitation: Invitation, template: &Template, today: NaiveDate) -> Meta {
    let name = invitation.student_name.clone();
    let mut meta = create(name, template, invitation.role, today);
    meta.invitation = Some(invitation);
    update_meta(&meta);
    meta
}

/// Records that the answers were sent.
pub fn mark_sent(id: &str, sent: Sent) -> Option<Meta> {
    let mut meta = find(id)?;
    meta.sent = Some(sent);
    update_meta(&meta);
    Some(meta)
}

fn update_meta(meta: &Meta) {
    let index: Vec<Meta> = list()
        .into_iter()
        .map(|m| if m.id == meta.id { meta.clone() } else { m })
        .collect();
    storage::save(INDEX_KEY, &Index(index));
}

pub fn load(id: &str) -> Option<Session> {
    storage::load(&record_key(id))
}

/// Saves one person's answers, merged with what another tab saved of the
/// same questionnaire meanwhile (answer by answer; where both changed the
/// same answer, this save wins). Returns what was written.
pub fn save(id: &str, session: &Session) -> Session {
    storage::save(&record_key(id), session)
}

/// Another tab's newer answers to questionnaire `id`, if `key` is its record:
/// the session and the questions whose answers it replaced here.
pub fn take_remote(
    id: &str,
    key: &str,
    text: &str,
    current: &Session,
) -> Option<(Session, Vec<String>)> {
    if key != record_key(id) {
        return None;
    }
    let (session, changed) = storage::take_remote(key, text, current)?;
    // Paths look like `/answers/values/<question id>/value`.
    let mut questions: Vec<String> = changed
        .iter()
        .filter_map(|c| c.path.strip_prefix("/answers/values/"))
        .filter_map(|rest| rest.split('/').next())
        .map(|q| q.replace("~1", "/").replace("~0", "~"))
        .collect();
    questions.dedup();
    Some((session, questions))
}

pub fn delete(id: &str) {
    storage::remove(&record_key(id));
    let index: Vec<Meta> = list().into_iter().filter(|m| m.id != id).collect();
    storage::save(INDEX_KEY, &Index(index));
}

/// The answers as a versioned Kooliabi file.
pub fn export(meta: &Meta, session: &Session) -> String {
    transfer::write(
        FILE_KIND,
        FILE_VERSION,
        &Exported {
            name: &meta.name,
            answers: &session.answers,
        },
    )
}

/// A file name from the user's own name for the questionnaire.
pub fn export_file_name(meta: &Meta) -> String {
    let name: String = meta
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("kooliabi-{name}.json")
}
