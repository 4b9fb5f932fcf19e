//! The class teacher's conversations on this device: the teacher's keys
//! (`conv:keys`) and the class book (`conv:class`) — per student the
//! invitations sent, the replies filed, the teacher's own questionnaire,
//! last period's memo and this period's memo. The pages go through the
//! operations here; the formats and rules are the core's.

use kooliabi_core::conversation::envelope::{Envelope, EnvelopeError};
use kooliabi_core::conversation::goals::{self, GoalOutcome};
use kooliabi_core::conversation::invite::Invitation;
use kooliabi_core::conversation::keys::{self, KeyBackup, TeacherKey};
use kooliabi_core::conversation::memo::{self, Memo};
use kooliabi_core::conversation::reply::{same_name, Mismatch, Reply, ReplyError};
use kooliabi_core::questionnaire::Goal;
use kooliabi_core::transfer;
use serde::{Deserialize, Serialize};

use crate::crypto::{self, CryptoError};
use crate::{questionnaire_store, storage};

pub const KEYS_KEY: &str = "conv:keys";
pub const CLASS_KEY: &str = "conv:class";
/// The kind and version of the whole-class export (`transfer` envelope).
pub const CLASS_FILE_KIND: &str = "class-conversations";
pub const CLASS_FILE_VERSION: u32 = 1;

/// One of the teacher's keys with its private half, and whether the
/// teacher has saved a backup of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeldKey {
    pub backup: KeyBackup,
    pub backed_up: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyRing {
    pub keys: Vec<HeldKey>,
}

impl kooliabi_core::stored::Stored for KeyRing {
    const VERSION: u32 = 1;
}

impl KeyRing {
    pub fn public(&self) -> Vec<TeacherKey> {
        self.keys.iter().map(|k| k.backup.key.clone()).collect()
    }

    /// The key new invitations carry: the newest (of keys made the same
    /// day, the one this device had first, so a restore does not switch it).
    pub fn current(&self) -> Option<&HeldKey> {
        self.keys.iter().rev().max_by_key(|k| k.backup.key.created)
    }

    /// The private key for `envelope`, or why there is none.
    pub fn private_for(&self, envelope: &Envelope) -> Result<&HeldKey, EnvelopeError> {
        let public = self.public();
        let k = keys::key_for(&public, envelope)?;
        self.keys
            .iter()
            .find(|h| h.backup.key.kid == k.kid)
            .ok_or(EnvelopeError::NoKeyHere)
    }

    /// Adds a key (a restored backup of one already here changes nothing
    /// but its backup mark).
    pub fn add(&mut self, backup: KeyBackup, backed_up: bool) {
        match self
            .keys
            .iter_mut()
            .find(|h| h.backup.key.kid == backup.key.kid)
        {
            Some(h) => h.backed_up |= backed_up,
            None => self.keys.push(HeldKey { backup, backed_up }),
        }
    }

    pub fn mark_backed_up(&mut self) {
        for k in &mut self.keys {
            k.backed_up = true;
        }
    }
}

/// One student's conversation in this period.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Student {
    /// Stable on this device; the workspace's route.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub class: String,
    #[serde(default)]
    pub invitations: Vec<Invitation>,
    /// At most one per invitation (conversation id).
    #[serde(default)]
    pub replies: Vec<Reply>,
    /// The teacher's own questionnaire (`questionnaire_store` id).
    #[serde(default)]
    pub own: Option<String>,
    /// Last period's memo, imported from its file.
    #[serde(default)]
    pub previous: Option<Memo>,
    #[serde(default)]
    pub memo: Option<Memo>,
}

impl Student {
    pub fn template_id(&self) -> Option<&str> {
        self.invitations
            .first()
            .map(|i| i.template_id.as_str())
            .or_else(|| self.replies.first().map(|r| r.template_id.as_str()))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassBook {
    #[serde(default)]
    pub teacher_name: String,
    #[serde(default)]
    pub students: Vec<Student>,
}

impl kooliabi_core::stored::Stored for ClassBook {
    const VERSION: u32 = 1;
}

/// The class file: the book's fields, and the teacher's own answers by
/// student id (they are questionnaires of their own on this device).
#[derive(Serialize)]
struct ClassExport<'a> {
    #[serde(flatten)]
    book: &'a ClassBook,
    #[serde(serialize_with = "kooliabi_core::map::as_object")]
    own_answers: litemap::LiteMap<&'a str, kooliabi_core::questionnaire::Answers>,
}

/// What receiving a reply did, or would do.
#[derive(Clone, Debug, PartialEq)]
pub enum Filing {
    /// Filed under the student (index into `students`).
    Filed { student: String },
    /// This person has replied before: replacing needs the teacher's yes.
    Replaces { student: String, previous: Reply },
    /// The reply claims an invitation it does not belong to.
    Mismatch(Vec<Mismatch>),
}

impl ClassBook {
    pub fn invitations(&self) -> Vec<Invitation> {
        self.students
            .iter()
            .flat_map(|s| s.invitations.iter().cloned())
            .collect()
    }

    pub fn student(&self, id: &str) -> Option<&Student> {
        self.students.iter().find(|s| s.id == id)
    }

    pub fn student_mut(&mut self, id: &str) -> Option<&mut Student> {
        self.students.iter_mut().find(|s| s.id == id)
    }

    /// Files `invitation` under its student (by name as people write it),
    /// adding the student when new. Returns the student's id.
    pub fn add_invitation(&mut self, invitation: Invitation, new_id: String) -> String {
        let class = invitation.class.clone().unwrap_or_default();
        let index = match self
            .students
            .iter()
            .position(|s| same_name(&s.name, &invitation.student_name))
        {
            Some(i) => i,
            None => {
                self.students.push(Student {
                    id: new_id,
                    name: invitation.student_name.clone(),
                    class,
                    ..Student::default()
                });
                self.students.len() - 1
            }
        };
        let s = &mut self.students[index];
        s.invitations.push(invitation);
        s.id.clone()
    }

    /// Where `reply` belongs, without changing anything.
    pub fn place(&self, reply: &Reply) -> Filing {
        let all = self.invitations();
        let inv = match reply.invitation_in(&all) {
            Ok(inv) => inv,
            Err(m) => return Filing::Mismatch(m),
        };
        let student = self
            .students
            .iter()
            .find(|s| {
                s.invitations
                    .iter()
                    .any(|i| i.conversation_id == inv.conversation_id)
            })
            .expect("the invitation is one of the students'");
        match student
            .replies
            .iter()
            .find(|r| r.conversation_id == reply.conversation_id)
        {
            Some(prev) if prev == reply => Filing::Filed {
                student: student.id.clone(),
            },
            Some(prev) => Filing::Replaces {
                student: student.id.clone(),
                previous: prev.clone(),
            },
            None => Filing::Filed {
                student: student.id.clone(),
            },
        }
    }

    /// Files `reply` (replacing the same person's earlier one). Call after
    /// `place` said where, and after the teacher confirmed a replacement.
    pub fn file(&mut self, reply: Reply) {
        if let Filing::Filed { student } | Filing::Replaces { student, .. } = self.place(&reply) {
            if let Some(s) = self.student_mut(&student) {
                s.replies
                    .retain(|r| r.conversation_id != reply.conversation_id);
                s.replies.push(reply);
            }
        }
    }

    /// Files a newly opened reply where it belongs, unless it would replace
    /// one already there (that waits for the teacher's yes: `file`) or
    /// claims an invitation it does not belong to. Says which.
    pub fn receive(&mut self, reply: &Reply) -> Filing {
        let filing = self.place(reply);
        if matches!(filing, Filing::Filed { .. }) {
            self.file(reply.clone());
        }
        filing
    }

    /// The whole class as one file, for the school's archive (000 10):
    /// the class book and the teacher's own answers for each student.
    pub fn export(&self) -> String {
        let own_answers = self
            .students
            .iter()
            .filter_map(|st| {
                let session = questionnaire_store::load(st.own.as_deref()?)?;
                Some((st.id.as_str(), session.answers))
            })
            .collect();
        let file = ClassExport {
            book: self,
            own_answers,
        };
        transfer::write(CLASS_FILE_KIND, CLASS_FILE_VERSION, &file)
    }
}

/// The link from the planner that opens the invitation form filled in.
pub fn invite_href(student: &str, date: &str) -> String {
    let enc = kooliabi_core::query::encode;
    crate::area::Area::Teacher.href(&format!(
        "/conversations?student={}&date={}",
        enc(student),
        enc(date)
    ))
}

/// Bytes the class book takes in storage (two a character).
pub fn class_bytes() -> usize {
    storage::entries("conv:")
        .iter()
        .map(|(k, n)| 2 * (k.len() + n))
        .sum()
}

/// A random id for a student on this device.
pub fn new_id() -> String {
    crate::crypto::random::<8>()
        .map(|b| b.iter().map(|x| format!("{x:02x}")).collect())
        .unwrap_or_else(|_| format!("{:x}", js_sys::Date::now() as u64))
}

/// The file name of a key backup.
pub fn backup_file_name(key: &TeacherKey) -> String {
    format!(
        "kooliabi-key-{}.json",
        key.kid.fingerprint().replace('-', "").to_ascii_lowercase()
    )
}

/// Why a reply could not be opened; nothing is filed.
#[derive(Clone, Debug, PartialEq)]
pub enum ReceiveError {
    Envelope(EnvelopeError),
    Crypto(CryptoError),
    Reply(ReplyError),
}

/// Opens `envelope` with the key of this device it was sealed for and
/// reads the reply against its built-in template.
pub async fn open_reply(ring: &KeyRing, envelope: &Envelope) -> Result<Reply, ReceiveError> {
    let held = ring.private_for(envelope).map_err(ReceiveError::Envelope)?;
    let plain = crypto::open_with(&held.backup.private_pkcs8, envelope)
        .await
        .map_err(ReceiveError::Crypto)?;
    let text = String::from_utf8(plain).map_err(|_| ReceiveError::Reply(ReplyError::Damaged))?;
    // The template is named inside the reply; read against our copy of it.
    let template_id = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("template_id")?.as_str().map(str::to_string))
        .unwrap_or_default();
    let template = questionnaire_store::template(&template_id)
        .or_else(|| questionnaire_store::templates().first().cloned())
        .ok_or(ReceiveError::Reply(ReplyError::Damaged))?;
    Reply::parse(&text, &template)
        .map(|(reply, _problems)| reply)
        .map_err(ReceiveError::Reply)
}

/// A part of a goal the teacher edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalPart {
    What,
    Measure,
    ByWhen,
    Support,
}

/// Every change the workspace makes to a memo; one `match`, so the pages
/// hold no edit closures of their own.
#[derive(Clone, Debug, PartialEq)]
pub enum MemoEdit {
    Date(String),
    Time(String),
    Place(String),
    ParticipantName(usize, String),
    LearnerWords(String),
    TeacherWords(String),
    Obligation(kooliabi_core::questionnaire::Role, String),
    SupportMeasures(String),
    Summary(String),
    Confidential(String),
    Outcome(usize, GoalOutcome),
    Comment(usize, String),
    /// 000 9.2 step 2: goals not or partly reached become new goals.
    CarryForward,
    AddGoal,
    RemoveGoal(usize),
    Goal(usize, GoalPart, String),
}

impl MemoEdit {
    pub fn apply(self, m: &mut Memo) {
        use kooliabi_core::questionnaire::Role;
        match self {
            MemoEdit::Date(v) => m.date = v,
            MemoEdit::Time(v) => m.time = v,
            MemoEdit::Place(v) => m.place = v,
            MemoEdit::ParticipantName(i, v) => {
                if let Some(p) = m.participants.get_mut(i) {
                    p.name = v;
                }
            }
            MemoEdit::LearnerWords(v) => m.goal_learner_words = v,
            MemoEdit::TeacherWords(v) => m.goal_teacher_words = v,
            MemoEdit::Obligation(Role::Student, v) => m.obligations.student = v,
            MemoEdit::Obligation(Role::Parent | Role::Representative, v) => {
                m.obligations.parent = v
            }
            MemoEdit::Obligation(Role::Teacher, v) => m.obligations.teacher = v,
            MemoEdit::SupportMeasures(v) => m.support_measures = v,
            MemoEdit::Summary(v) => m.summary = v,
            MemoEdit::Confidential(v) => m.confidential_note = v,
            MemoEdit::Outcome(i, o) => {
                if let Some(g) = m.previous_goals.get_mut(i) {
                    g.outcome = Some(o);
                }
            }
            MemoEdit::Comment(i, v) => {
                if let Some(g) = m.previous_goals.get_mut(i) {
                    g.comment = v;
                }
            }
            MemoEdit::CarryForward => {
                for g in goals::carry_forward(&m.previous_goals) {
                    if !m.goals.iter().any(|x| same_name(&x.what, &g.what)) {
                        m.goals.push(g);
                    }
                }
            }
            MemoEdit::AddGoal => m.goals.push(Goal::default()),
            MemoEdit::RemoveGoal(i) => {
                if i < m.goals.len() {
                    m.goals.remove(i);
                }
            }
            MemoEdit::Goal(i, part, v) => {
                if let Some(g) = m.goals.get_mut(i) {
                    match part {
                        GoalPart::What => g.what = v,
                        GoalPart::Measure => g.measure = v,
                        GoalPart::ByWhen => g.by_when = v,
                        GoalPart::Support => g.support = v,
                    }
                }
            }
        }
    }
}

impl ClassBook {
    /// Applies `edit` to the memo of student `id`, if it has one.
    pub fn edit_memo(&mut self, id: &str, edit: MemoEdit) {
        if let Some(m) = self.student_mut(id).and_then(|s| s.memo.as_mut()) {
            edit.apply(m);
        }
    }

    /// Last period's memo, imported from its file: its goals are this
    /// period's to review (000 9.2 step 2).
    pub fn set_previous(&mut self, id: &str, previous: Memo) {
        if let Some(s) = self.student_mut(id) {
            if let Some(m) = s.memo.as_mut() {
                m.previous_goals = memo::next_period(&previous);
            }
            s.previous = Some(previous);
        }
    }
}
