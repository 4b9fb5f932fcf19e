//! The reply: what a student's or parent's phone encrypts for the teacher
//! (000 8.2: the questionnaire is answered at least a week before the
//! conversation; 000 5.1: the self-analysis is confidential, hence the
//! encryption). Plain JSON inside the envelope; the envelope is what
//! travels.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::invite::{ConversationId, Invitation, NAME_MAX};
use super::normalized;
use crate::questionnaire::{validate, Answers, Problem, Role, Template};

/// The reply format this code writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub v: u32,
    pub conversation_id: ConversationId,
    pub template_id: String,
    pub role: Role,
    /// As the invitation named the student.
    pub student_name: String,
    /// Who answered, if they wrote their name (a parent, usually).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent_name: Option<String>,
    pub answers: Answers,
    /// When the phone sealed it (the caller's clock; the core has none).
    #[serde(with = "crate::calendar::text::serde_datetime")]
    pub sent_at: NaiveDateTime,
}

/// Why a decrypted reply cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplyError {
    /// Not JSON; where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a reply's shape.
    Damaged,
    NewerVersion(u32),
    /// The reply answers another questionnaire than the one given.
    WrongTemplate {
        expected: String,
        found: String,
    },
    /// Answered with a newer version of the questionnaire than this device has.
    NewerTemplate {
        have: u32,
        found: u32,
    },
    /// The reply's role and its answers' role differ, or it claims to be the teacher's.
    BadRole,
    /// A respondent name over `NAME_MAX`.
    NameTooLong,
}

/// Why a reply does not belong to the invitation it claims to answer: a
/// reply for another student replayed into this one, or an edited file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mismatch {
    /// No invitation on this device has the reply's conversation id.
    UnknownConversation,
    StudentName {
        invited: String,
        found: String,
    },
    Role {
        invited: Role,
        found: Role,
    },
    Template {
        invited: String,
        found: String,
    },
}

/// Names compared as people write them: spaces and case do not matter.
pub fn same_name(a: &str, b: &str) -> bool {
    normalized(a) == normalized(b)
}

impl Reply {
    /// The reply to `invitation` with these answers.
    pub fn new(
        invitation: &Invitation,
        respondent_name: Option<String>,
        answers: Answers,
        sent_at: NaiveDateTime,
    ) -> Reply {
        Reply {
            v: FORMAT_VERSION,
            conversation_id: invitation.conversation_id,
            template_id: invitation.template_id.clone(),
            role: invitation.role,
            student_name: invitation.student_name.clone(),
            respondent_name: respondent_name
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty()),
            answers,
            sent_at,
        }
    }

    /// The plaintext the phone encrypts (compact JSON, UTF-8).
    pub fn to_plaintext(&self) -> String {
        crate::stored::to_text(self)
    }

    /// Reads a decrypted reply against the teacher's copy of its template.
    /// The answers' problems (a required question left empty, a value out
    /// of range) are returned beside the reply, not instead of it: the
    /// teacher still sees what was answered.
    pub fn parse(
        plaintext: &str,
        template: &Template,
    ) -> Result<(Reply, Vec<Problem>), ReplyError> {
        let value: serde_json::Value =
            serde_json::from_str(plaintext).map_err(|e| ReplyError::NotJson {
                line: e.line(),
                column: e.column(),
            })?;
        match value.get("v").and_then(|v| v.as_u64()) {
            Some(v) if v > FORMAT_VERSION as u64 => {
                return Err(ReplyError::NewerVersion(v.min(u32::MAX as u64) as u32))
            }
            Some(0) | None => return Err(ReplyError::Damaged),
            Some(_) => {}
        }
        let reply: Reply = crate::stored::from_value(&value).map_err(|_| ReplyError::Damaged)?;
        for found in [&reply.template_id, &reply.answers.template_id] {
            if *found != template.id {
                return Err(ReplyError::WrongTemplate {
                    expected: template.id.clone(),
                    found: found.clone(),
                });
            }
        }
        if reply.answers.template_version > template.version {
            return Err(ReplyError::NewerTemplate {
                have: template.version,
                found: reply.answers.template_version,
            });
        }
        if reply.role != reply.answers.role || reply.role == Role::Teacher {
            return Err(ReplyError::BadRole);
        }
        if reply
            .respondent_name
            .as_ref()
            .is_some_and(|n| n.chars().count() > NAME_MAX)
        {
            return Err(ReplyError::NameTooLong);
        }
        let problems = validate(template, &reply.answers);
        Ok((reply, problems))
    }

    /// The invitation this reply answers, among those the teacher sent;
    /// a typed error when it claims a conversation it does not belong to.
    pub fn invitation_in<'a>(
        &self,
        sent: &'a [Invitation],
    ) -> Result<&'a Invitation, Vec<Mismatch>> {
        let inv = sent
            .iter()
            .find(|i| i.conversation_id == self.conversation_id)
            .ok_or_else(|| vec![Mismatch::UnknownConversation])?;
        let mut out = Vec::new();
        if !same_name(&inv.student_name, &self.student_name) {
            out.push(Mismatch::StudentName {
                invited: inv.student_name.clone(),
                found: self.student_name.clone(),
            });
        }
        if inv.role != self.role {
            out.push(Mismatch::Role {
                invited: inv.role,
                found: self.role,
            });
        }
        if inv.template_id != self.template_id {
            out.push(Mismatch::Template {
                invited: inv.template_id.clone(),
                found: self.template_id.clone(),
            });
        }
        if out.is_empty() {
            Ok(inv)
        } else {
            Err(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::fixtures::{answers, at, general, invitation, text};
    use crate::questionnaire::{Answer, ProblemKind};

    fn student_reply() -> Reply {
        let a = answers(
            Role::Student,
            vec![
                ("had_goals", Answer::YesNo(false)),
                ("my_strengths", text("joonistamine")),
            ],
        );
        Reply::new(
            &invitation(Role::Student),
            Some("  Mari ".into()),
            a,
            at(2026, 11, 30, 18),
        )
    }

    #[test]
    fn a_reply_round_trips_and_keeps_its_problems_beside_it() {
        let r = student_reply();
        assert_eq!(r.respondent_name.as_deref(), Some("Mari"));
        let (back, problems) = Reply::parse(&r.to_plaintext(), &general()).unwrap();
        assert_eq!(back, r);
        let missing: Vec<&str> = problems.iter().map(|p| p.question.as_str()).collect();
        assert_eq!(missing, vec!["manage", "classmates", "safe"]);
        assert!(problems.iter().all(|p| p.kind == ProblemKind::Required));
    }

    #[test]
    fn an_empty_respondent_name_is_none() {
        let r = Reply::new(
            &invitation(Role::Parent),
            Some("   ".into()),
            answers(Role::Parent, vec![]),
            at(2026, 11, 30, 18),
        );
        assert_eq!(r.respondent_name, None);
        assert!(!r.to_plaintext().contains("respondent_name"));
    }

    #[test]
    fn malformed_replies_are_refused_with_the_reason() {
        let t = general();
        let good: serde_json::Value =
            serde_json::from_str(&student_reply().to_plaintext()).unwrap();
        let with = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v = good.clone();
            f(&mut v);
            Reply::parse(&v.to_string(), &t).map(|(r, _)| r)
        };
        let cases: Vec<(Result<Reply, ReplyError>, ReplyError)> = vec![
            (
                Reply::parse("{", &t).map(|(r, _)| r),
                ReplyError::NotJson { line: 1, column: 1 },
            ),
            (with(&|v| v["v"] = 2.into()), ReplyError::NewerVersion(2)),
            (with(&|v| v["v"] = 0.into()), ReplyError::Damaged),
            (with(&|v| v["answers"] = 5.into()), ReplyError::Damaged),
            (
                with(&|v| v["conversation_id"] = "AAAA".into()),
                ReplyError::Damaged,
            ),
            (
                with(&|v| v["template_id"] = "vocational".into()),
                ReplyError::WrongTemplate {
                    expected: "general".into(),
                    found: "vocational".into(),
                },
            ),
            (
                with(&|v| v["answers"]["template_id"] = "x".into()),
                ReplyError::WrongTemplate {
                    expected: "general".into(),
                    found: "x".into(),
                },
            ),
            (
                with(&|v| v["answers"]["template_version"] = 3.into()),
                ReplyError::NewerTemplate { have: 2, found: 3 },
            ),
            (with(&|v| v["role"] = "parent".into()), ReplyError::BadRole),
            (
                with(&|v| {
                    v["role"] = "teacher".into();
                    v["answers"]["role"] = "teacher".into();
                }),
                ReplyError::BadRole,
            ),
            (
                with(&|v| v["respondent_name"] = "n".repeat(NAME_MAX + 1).into()),
                ReplyError::NameTooLong,
            ),
        ];
        for (i, (got, expected)) in cases.into_iter().enumerate() {
            assert_eq!(got, Err(expected), "case {i}");
        }
        let ok = with(&|v| v["respondent_name"] = "n".repeat(NAME_MAX).into());
        assert!(ok.is_ok());
    }

    #[test]
    fn a_reply_finds_its_invitation_and_a_replayed_one_is_refused() {
        let sent = vec![invitation(Role::Parent), invitation(Role::Student)];
        let r = student_reply();
        assert_eq!(r.invitation_in(&sent), Ok(&sent[1]));

        // Spaces and case in the name do not matter.
        let mut spaced = r.clone();
        spaced.student_name = " mari  MAASIKAS ".into();
        assert!(spaced.invitation_in(&sent).is_ok());

        // Mari's reply, edited to look like Jüri's, or sent for another conversation.
        let mut other = r.clone();
        other.student_name = "Jüri Juurikas".into();
        other.role = Role::Parent;
        assert_eq!(
            other.invitation_in(&sent),
            Err(vec![
                Mismatch::StudentName {
                    invited: "Mari Maasikas".into(),
                    found: "Jüri Juurikas".into()
                },
                Mismatch::Role {
                    invited: Role::Student,
                    found: Role::Parent
                },
            ])
        );
        let mut template = r.clone();
        template.template_id = "vocational".into();
        assert_eq!(
            template.invitation_in(&sent),
            Err(vec![Mismatch::Template {
                invited: "general".into(),
                found: "vocational".into()
            }])
        );
        let mut unknown = r;
        unknown.conversation_id.0[0] ^= 1;
        assert_eq!(
            unknown.invitation_in(&sent),
            Err(vec![Mismatch::UnknownConversation])
        );
    }
}
