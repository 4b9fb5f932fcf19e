//! The development conversation (arenguvestlus) end to end, as formats and
//! rules: the class teacher invites a student or parent by a link, they
//! answer on a phone, the answers travel back encrypted for the teacher
//! alone (in a URL fragment or a file — there is no server), and the teacher
//! compares the voices, agrees goals and writes the memo.
//!
//! Architecture invariant: no cryptographic primitive lives here. The
//! browser's WebCrypto derives keys, encrypts, decrypts and hashes; this
//! module defines and checks what goes in and out (`envelope`), so the
//! formats are tested natively.

pub mod base64url;
pub mod envelope;
pub mod goals;
pub mod invite;
pub mod keys;
pub mod memo;
pub mod picture;
pub mod reply;
pub mod side_by_side;
mod wire;

#[cfg(test)]
mod fixtures;

/// Text as people mean it: runs of spaces are one space, ends trimmed,
/// case ignored. Names and goal wordings are compared this way.
fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The whole way of one conversation, with the browser's part (keys,
/// encryption) stood in for by plain bytes: the formats must carry
/// everything from the teacher's invitation to the next period's memo.
#[cfg(test)]
mod flow {
    use super::envelope::{Envelope, KeyId, PublicKey, Sealing, HKDF_SALT_LEN, IV_LEN, TAG_LEN};
    use super::fixtures::{at, general, goal, invitation};
    use super::invite::{delivery, reply_fragment, reply_param, Delivery, Invitation};
    use super::memo::{draft, Context, Memo};
    use super::picture::picture;
    use super::reply::Reply;
    use super::side_by_side::{side_by_side, Cell, Row, Voices};
    use crate::i18n::Lang;
    use crate::questionnaire::{Answer, Answers, Role};

    /// Stands in for AES-GCM: the plaintext and a tag of zeros. Only the
    /// shape matters here; WebCrypto does the real thing.
    fn seal(plaintext: &[u8]) -> Vec<u8> {
        let mut ct = plaintext.to_vec();
        ct.extend_from_slice(&[0; TAG_LEN]);
        ct
    }

    fn open(ct: &[u8]) -> String {
        String::from_utf8(ct[..ct.len() - TAG_LEN].to_vec()).unwrap()
    }

    #[test]
    fn invitation_to_reply_to_comparison_to_memo_and_back() {
        let app = "https://kool.example.ee/kooliabi/";
        let t = general();
        let sent = invitation(Role::Student);
        let link = sent.to_fragment().unwrap();
        assert_eq!(delivery(app, &link), Delivery::Link);

        // The phone.
        let got = Invitation::from_fragment(&link).unwrap();
        let mut a = Answers::new(&got.template_id, got.template_version.into(), got.role);
        for (id, v) in [
            ("had_goals", Answer::YesNo(false)),
            ("manage", Answer::Scale(4)),
            ("classmates", Answer::Scale(5)),
            ("motivated", Answer::Scale(3)),
            ("safe", Answer::YesNo(true)),
            ("my_strengths", Answer::Text("Joonistan hästi".into())),
            (
                "new_goals",
                Answer::Goals(vec![goal(
                    "Loen 10 raamatut",
                    "päevik",
                    "2027-05-31",
                    "ema",
                )]),
            ),
        ] {
            a.values.insert(id.into(), v);
        }
        let reply = Reply::new(&got, None, a, at(2026, 12, 1, 19));
        let mut epk = [1u8; 65];
        epk[0] = 0x04;
        let envelope = Envelope {
            sealing: Sealing::PublicKey {
                kid: got.kid,
                epk: PublicKey(epk),
                salt: Some([2; HKDF_SALT_LEN]),
            },
            iv: [3; IV_LEN],
            ct: seal(reply.to_plaintext().as_bytes()),
        };
        let back_link = reply_fragment(&envelope.to_text());
        // A short questionnaire's answers fit in a link; a long one goes as a file.
        assert_eq!(
            delivery(app, &back_link),
            Delivery::Link,
            "{}",
            back_link.len()
        );

        // The teacher.
        let text = reply_param(&back_link).unwrap();
        let opened = Envelope::open_text_for(text, &sent.kid).unwrap();
        assert_eq!(
            Envelope::open_text_for(text, &KeyId([0; 10])).map(|_| ()),
            Err(super::envelope::EnvelopeError::WrongKey {
                expected: KeyId([0; 10]),
                found: sent.kid
            })
        );
        let (reply, problems) = Reply::parse(&open(&opened.ct), &t).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let invitations = [invitation(Role::Parent), sent.clone()];
        assert_eq!(reply.invitation_in(&invitations), Ok(&sent));

        let mut mine = Answers::new(&t.id, t.version, Role::Teacher);
        mine.values.insert("had_goals".into(), Answer::YesNo(false));
        let voices = Voices::of(&t, [&reply.answers, &mine]);
        let rows = side_by_side(&t, &voices);
        assert!(rows
            .iter()
            .any(|r| matches!(r, Row::Question { question, cells }
            if question.id == "manage" && cells[0] == Cell::Answered(Answer::Scale(4)))));
        let pic = picture(&t, &voices);
        assert!(pic.is_ring());

        let context = Context {
            student_name: &sent.student_name,
            class: "7.B",
            teacher_name: &sent.teacher_name,
            parent_name: None,
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 11).unwrap(),
            time: "15:00",
            place: "Ruum 12",
        };
        let memo = draft(&t, &voices, &context, None, Lang::Et);
        assert_eq!(memo.goal_learner_words, "Loen 10 raamatut");
        let again = Memo::import(&memo.export()).unwrap();
        let next = draft(&t, &Voices::default(), &context, Some(&again), Lang::Et);
        assert_eq!(next.previous_goals.len(), 1);
    }
}
