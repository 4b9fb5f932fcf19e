//! `#/conversation/<id>`: one student's conversation for the class
//! teacher — the three voices side by side, last period's goals reviewed
//! and carried forward, new goals with hints, the development picture and
//! the memo. The comparisons, hints and drafts are the core's.

use std::rc::Rc;

use kooliabi_core::conversation::side_by_side::{side_by_side, voices, Cell, Row, Voices};
use kooliabi_core::questionnaire::{Answer, Answers, Kind, Question, Role, Template};
use yew::prelude::*;

use crate::components::link::app_link;
use crate::router::use_navigator;

use kooliabi_core::conversation::memo::{self, Context, Memo};
use kooliabi_core::conversation::picture::picture;

use crate::components::file_import::FileImport;
use crate::components::goals::{NewGoals, ReviewGoals};
use crate::components::memo::{MemoActions, MemoForm, MemoPrint};
use crate::components::radar::RadarChart;
use crate::conversation_store::{ClassBook, MemoEdit, Student, CLASS_KEY};
use crate::i18n::{conversation as s, questionnaire as qs, use_lang, Lang};
use crate::questionnaire_store;
use crate::routes::Route;
use crate::storage::{use_stored, Stored};

#[derive(Properties, PartialEq)]
pub struct ConversationProps {
    pub id: String,
}

/// The answer sets of one student's conversation, as the core takes them.
#[derive(Clone, PartialEq)]
pub struct VoiceSets {
    pub template: Rc<Template>,
    pub sets: Vec<Answers>,
}

impl VoiceSets {
    fn of(student: &Student) -> Option<VoiceSets> {
        let template = questionnaire_store::template(student.template_id()?)?;
        let mut sets: Vec<Answers> = student.replies.iter().map(|r| r.answers.clone()).collect();
        if let Some(own) = student.own.as_deref().and_then(questionnaire_store::load) {
            sets.push(own.answers);
        }
        Some(VoiceSets { template, sets })
    }

    pub fn voices(&self) -> Voices<'_> {
        Voices::of(&self.template, self.sets.iter())
    }
}

#[function_component(ConversationPage)]
pub fn conversation_page(props: &ConversationProps) -> Html {
    let lang = use_lang();
    let book = use_stored::<ClassBook, _>(CLASS_KEY, ClassBook::default);
    let Some(student) = book.student(&props.id).cloned() else {
        return html! { <>
            <h1>{ s::TITLE.get(lang) }</h1>
            <p>{ s::NO_SUCH_STUDENT.get(lang) }</p>
            <p>{ app_link(&Route::Conversations, "", s::TITLE.get(lang)) }</p>
        </> };
    };
    let sets = VoiceSets::of(&student);
    let onedit = {
        let id = student.id.clone();
        book.edit(move |b: &mut ClassBook, e: MemoEdit| b.edit_memo(&id, e))
    };
    html! {
        <>
            <h1 class="no-print">{ &student.name }{ if student.class.is_empty() { String::new() } else { format!(", {}", student.class) } }</h1>
            <p class="no-print">{ app_link(&Route::Conversations, "", s::TITLE.get(lang)) }</p>
            <OwnAnswers book={book.clone()} student={student.clone()} />
            if let Some(sets) = &sets {
                <SideBySide sets={sets.clone()} />
                <section aria-labelledby="picture-heading" class="conv-panel no-print">
                    <h2 id="picture-heading">{ s::PICTURE_HEADING.get(lang) }</h2>
                    <RadarChart picture={picture(&sets.template, &sets.voices())} voices={voices(&sets.template)} />
                </section>
            }
            <PreviousMemo book={book.clone()} student={student.clone()} />
            if let Some(memo) = student.memo.clone() {
                <ReviewGoals memo={memo.clone()} onedit={onedit.clone()} />
                <NewGoals memo={memo.clone()} onedit={onedit.clone()} />
                <MemoForm memo={memo.clone()} onedit={onedit} />
                <MemoActions memo={memo.clone()} />
                <MemoPrint {memo} />
            } else if let Some(sets) = sets {
                <DraftMemo {book} {student} {sets} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StudentProps {
    book: Stored<ClassBook>,
    student: Student,
}

/// The teacher's own answers: a questionnaire on this device, as any other.
#[function_component(OwnAnswers)]
fn own_answers(props: &StudentProps) -> Html {
    let lang = use_lang();
    let navigator = use_navigator();
    let onclick = {
        let (book, student) = (props.book.clone(), props.student.clone());
        Callback::from(move |_| {
            let id = match student
                .own
                .clone()
                .filter(|id| questionnaire_store::find(id).is_some())
            {
                Some(id) => id,
                None => {
                    let Some(t) = student
                        .template_id()
                        .and_then(questionnaire_store::template)
                    else {
                        return;
                    };
                    let name = format!("{} — {}", student.name, qs::role(lang, Role::Teacher));
                    let meta =
                        questionnaire_store::create(name, &t, Role::Teacher, crate::clock::today());
                    let (sid, qid) = (student.id.clone(), meta.id.clone());
                    book.update(|b| {
                        if let Some(s) = b.student_mut(&sid) {
                            s.own = Some(qid);
                        }
                    });
                    meta.id
                }
            };
            if let Some(nav) = &navigator {
                nav.push(&Route::Questionnaire { id });
            }
        })
    };
    html! {
        <div class="button-row no-print">
            <button type="button" class="button" {onclick}>{ s::MY_ANSWERS.get(lang) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SetsProps {
    pub sets: VoiceSets,
}

/// Question by question, the student's, parent's and teacher's answers:
/// stacked on a phone, in columns on a wider screen.
#[function_component(SideBySide)]
fn side_by_side_view(props: &SetsProps) -> Html {
    let lang = use_lang();
    let rows = side_by_side(&props.sets.template, &props.sets.voices());
    html! {
        <section aria-labelledby="sbs-heading" class="conv-panel no-print">
            <h2 id="sbs-heading">{ s::SIDE_BY_SIDE.get(lang) }</h2>
            <div class="sbs">
                { for rows.iter().map(|row| match row {
                    Row::Section { title, .. } => html! { <h3 class="sbs__section">{ title.get(lang) }</h3> },
                    Row::Question { question, cells } => html! {
                        <div class="sbs__row">
                            <p class="sbs__question">{ question.text.get(lang) }</p>
                            <dl class="sbs__cells">
                                { for voices(&props.sets.template).iter().zip(cells.iter()).map(|(role, cell)| html! {
                                    <div class="sbs__cell">
                                        <dt>{ qs::role(lang, *role) }</dt>
                                        <dd>{ cell_text(lang, question, cell) }</dd>
                                    </div>
                                }) }
                            </dl>
                        </div>
                    },
                }) }
            </div>
        </section>
    }
}

fn cell_text(lang: Lang, q: &Question, cell: &Cell) -> String {
    match cell {
        Cell::NotAsked => s::NOT_ASKED.get(lang).into(),
        Cell::NoReply => s::NO_REPLY.get(lang).into(),
        Cell::Unanswered => s::UNANSWERED.get(lang).into(),
        Cell::Answered(a) => answer_text(lang, q, a),
    }
}

/// An answer as words, with choices by their names in `lang`.
pub fn answer_text(lang: Lang, q: &Question, a: &Answer) -> String {
    let choice = |id: &str| match &q.kind {
        Kind::SingleChoice { options } | Kind::MultipleChoice { options } => options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.text.get(lang).to_string())
            .unwrap_or_else(|| id.to_string()),
        _ => id.to_string(),
    };
    match a {
        Answer::Text(t) | Answer::Date(t) => t.clone(),
        Answer::Scale(n) => match &q.kind {
            Kind::Scale { max, .. } => format!("{n} / {max}"),
            _ => n.to_string(),
        },
        Answer::Choice(c) => choice(c),
        Answer::Choices(cs) => cs.iter().map(|c| choice(c)).collect::<Vec<_>>().join(", "),
        Answer::YesNo(b) => if *b {
            s::YES.get(lang)
        } else {
            s::NO.get(lang)
        }
        .into(),
        Answer::Goals(gs) => gs
            .iter()
            .map(|g| g.what.clone())
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Last period's memo file: its goals come up for review.
#[function_component(PreviousMemo)]
fn previous_memo(props: &StudentProps) -> Html {
    let lang = use_lang();
    let onload = {
        let (book, id) = (props.book.clone(), props.student.id.clone());
        Callback::from(move |text: String| match Memo::import(&text) {
            Ok(m) => {
                book.update(|b| b.set_previous(&id, m));
                Ok(s::PREVIOUS_IMPORTED.get(lang).to_string())
            }
            Err(e) => Err(s::import_error(lang, &e)),
        })
    };
    html! {
        <section aria-labelledby="previous-heading" class="conv-panel no-print">
            <h2 id="previous-heading">{ s::IMPORT_PREVIOUS.get(lang) }</h2>
            if let Some(prev) = &props.student.previous {
                <p class="note">{ memo::labels::TITLE.get(lang) }{ " " }{ prev.school_year_label() }{ " · " }{ &prev.date }</p>
            }
            <div class="button-row">
                <FileImport id="previous-memo" label={s::IMPORT_PREVIOUS.get(lang)} {onload} note_id="previous-note" />
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DraftProps {
    book: Stored<ClassBook>,
    student: Student,
    sets: VoiceSets,
}

/// The memo's first draft, from the answers and last period's memo.
#[function_component(DraftMemo)]
fn draft_memo(props: &DraftProps) -> Html {
    let lang = use_lang();
    let onclick = {
        let (book, st, sets) = (
            props.book.clone(),
            props.student.clone(),
            props.sets.clone(),
        );
        Callback::from(move |_| {
            let voices = sets.voices();
            let parent = st
                .replies
                .iter()
                // The second voice: the parent, or the learner's representative (001 Lisa 9 2).
                .find(|r| matches!(r.role, Role::Parent | Role::Representative))
                .and_then(|r| r.respondent_name.clone());
            let teacher = st
                .invitations
                .first()
                .map(|i| i.teacher_name.clone())
                .unwrap_or_default();
            let context = Context {
                student_name: &st.name,
                class: &st.class,
                teacher_name: &teacher,
                parent_name: parent.as_deref(),
                date: crate::clock::today(),
                time: "",
                place: "",
            };
            let m = memo::draft(
                &sets.template,
                &voices,
                &context,
                st.previous.as_ref(),
                lang,
            );
            let id = st.id.clone();
            book.update(|b| {
                if let Some(s) = b.student_mut(&id) {
                    s.memo = Some(m);
                }
            });
        })
    };
    html! {
        <div class="button-row no-print">
            <button type="button" class="button button--primary" {onclick}>{ s::DRAFT_MEMO.get(lang) }</button>
        </div>
    }
}
