//! Shared test data: an invitation and the three voices' answers.

use chrono::{NaiveDate, NaiveDateTime};

use super::envelope::{KeyId, PublicKey, KEY_ID_LEN, PUBLIC_KEY_LEN};
use super::invite::{ConversationId, Invitation, CONVERSATION_ID_LEN};
use crate::questionnaire::{templates::by_id, Answer, Answers, Goal, Role, Template};

pub fn invitation(role: Role) -> Invitation {
    let mut key = [0x5a; PUBLIC_KEY_LEN];
    key[0] = 0x04;
    Invitation {
        template_id: "general".into(),
        template_version: 1,
        role,
        student_name: "Mari Maasikas".into(),
        answer_by: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        teacher_name: "Õie Õunapuu".into(),
        class: Some("7.B".into()),
        teacher_key: PublicKey(key),
        kid: KeyId([1; KEY_ID_LEN]),
        conversation_id: ConversationId([role as u8; CONVERSATION_ID_LEN]),
    }
}

pub fn general() -> Template {
    by_id("general").unwrap()
}

pub fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

pub fn goal(what: &str, measure: &str, by_when: &str, support: &str) -> Goal {
    Goal {
        what: what.into(),
        measure: measure.into(),
        by_when: by_when.into(),
        support: support.into(),
    }
}

/// Answers of `role` to the general template, with `values`.
pub fn answers(role: Role, values: Vec<(&str, Answer)>) -> Answers {
    let mut a = Answers::new("general", 1, role);
    for (id, v) in values {
        a.values.insert(id.into(), v);
    }
    a
}

pub fn text(t: &str) -> Answer {
    Answer::Text(t.into())
}
