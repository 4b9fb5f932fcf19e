//! The memo of the conversation (001 Lisa 9 2, 8; 000 10.1): its fields,
//! what it still lacks (`Memo::problems`), the A4 print view marked
//! confidential to the participants (000 5), the file that is next
//! period's starting point, and a copy sealed with a passphrase for the
//! student or parent.

use kooliabi_core::conversation::memo::{labels, Memo, MemoField, MemoProblem};
use kooliabi_core::questionnaire::Role;
use yew::prelude::*;

use crate::components::copy::CopyButton;
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::passphrase::{PassphraseFields, PassphraseForm};
use crate::components::status::status_line;
use crate::conversation_store::MemoEdit;
use crate::crypto;
use crate::files;
use crate::i18n::{conversation as s, use_lang, Lang};
use crate::state;

#[derive(Properties, PartialEq)]
pub struct AreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
}

/// A labelled multi-line field.
#[function_component(TextArea)]
pub fn text_area(props: &AreaProps) -> Html {
    let oninput = props.oninput.reform(|e: InputEvent| {
        e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_default()
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} rows="3" value={props.value.clone()} {oninput} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MemoProps {
    pub memo: Memo,
    pub onedit: Callback<MemoEdit>,
}

fn field_name(f: MemoField) -> kooliabi_core::i18n::Tr {
    match f {
        MemoField::StudentName => labels::STUDENT,
        MemoField::Date | MemoField::Time => labels::TIME,
        MemoField::Place => labels::PLACE,
        MemoField::Summary => labels::SUMMARY,
        MemoField::Goals => labels::GOALS,
    }
}

fn problem_text(lang: Lang, p: &MemoProblem) -> String {
    match p {
        MemoProblem::Missing(f) => s::memo_missing(lang, field_name(*f).get(lang)),
        MemoProblem::Unreadable(f) => s::memo_unreadable(lang, field_name(*f).get(lang)),
        MemoProblem::MissingParticipant(r) => s::memo_missing(lang, r.name().get(lang)),
    }
}

/// The memo's own fields, as the teacher writes them in the conversation.
#[function_component(MemoForm)]
pub fn memo_form(props: &MemoProps) -> Html {
    let lang = use_lang();
    let m = &props.memo;
    let e = |f: fn(String) -> MemoEdit| props.onedit.reform(f);
    let problems = m.problems();
    html! {
        <section aria-labelledby="memo-heading" class="conv-panel no-print">
            <h2 id="memo-heading">{ labels::TITLE.get(lang) }</h2>
            <p class="note">{ s::CONFIDENTIAL_NOTE.get(lang) }</p>
            <Field id="memo-date" label={s::MEMO_DATE.get(lang)} input_type="date" value={m.date.clone()} oninput={e(MemoEdit::Date)} />
            <Field id="memo-time" label={s::MEMO_TIME.get(lang)} input_type="time" value={m.time.clone()} oninput={e(MemoEdit::Time)} />
            <Field id="memo-place" label={labels::PLACE.get(lang)} value={m.place.clone()} oninput={e(MemoEdit::Place)} />
            <fieldset class="memo-participants">
                <legend>{ labels::PARTICIPANTS.get(lang) }</legend>
                { for m.participants.iter().enumerate().map(|(i, p)| html! {
                    <Field id={format!("memo-p-{i}")} label={p.role.name().get(lang)} value={p.name.clone()}
                        oninput={props.onedit.reform(move |v| MemoEdit::ParticipantName(i, v))} />
                }) }
            </fieldset>
            <TextArea id="memo-learner" label={labels::GOAL_LEARNER.get(lang)} value={m.goal_learner_words.clone()} oninput={e(MemoEdit::LearnerWords)} />
            <TextArea id="memo-teacher" label={labels::GOAL_TEACHER.get(lang)} value={m.goal_teacher_words.clone()} oninput={e(MemoEdit::TeacherWords)} />
            { for [Role::Student, m.second_voice(), Role::Teacher].into_iter().map(|r| {
                let value = match r { Role::Student => &m.obligations.student, Role::Parent | Role::Representative => &m.obligations.parent, Role::Teacher => &m.obligations.teacher };
                html! { <TextArea id={format!("memo-ob-{}", obligation_id(r))} label={labels::obligations(r).get(lang)} value={value.clone()}
                    oninput={props.onedit.reform(move |v| MemoEdit::Obligation(r, v))} /> }
            }) }
            <TextArea id="memo-support" label={labels::SUPPORT_MEASURES.get(lang)} value={m.support_measures.clone()} oninput={e(MemoEdit::SupportMeasures)} />
            <TextArea id="memo-summary" label={labels::SUMMARY.get(lang)} value={m.summary.clone()} oninput={e(MemoEdit::Summary)} />
            <TextArea id="memo-confidential" label={labels::CONFIDENTIAL.get(lang)} value={m.confidential_note.clone()} oninput={e(MemoEdit::Confidential)} />
            if !problems.is_empty() {
                <div class="memo-problems" id="memo-problems">
                    <p>{ s::MEMO_TO_FINISH.get(lang) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ problem_text(lang, p) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub memo: Memo,
}

/// The memo as printed: only this part of the page goes on paper.
#[function_component(MemoPrint)]
pub fn memo_print(props: &ViewProps) -> Html {
    let lang = use_lang();
    html! {
        <article class="memo-print" aria-labelledby="memo-print-title">
            <p class="memo-print__confidential">{ s::CONFIDENTIAL_MARK.get(lang) }</p>
            <h2 id="memo-print-title">{ labels::TITLE.get(lang) }</h2>
            <div class="memo-print__text">{ props.memo.to_text(lang, false).lines().skip(1).collect::<Vec<_>>().join("\n") }</div>
        </article>
    }
}

fn print() {
    let _ = gloo::utils::window().print();
}

/// Print, export, copy, and the passphrase-sealed copy.
#[function_component(MemoActions)]
pub fn memo_actions(props: &ViewProps) -> Html {
    let lang = use_lang();
    let (a, b, c) = (props.memo.clone(), props.memo.clone(), props.memo.clone());
    html! {
        <section aria-labelledby="memo-actions" class="conv-panel no-print">
            <h2 id="memo-actions">{ s::MEMO_ACTIONS.get(lang) }</h2>
            <div class="button-row">
                <button type="button" class="button button--primary" onclick={Callback::from(|_| print())}>{ s::PRINT.get(lang) }</button>
                <DownloadButton label={s::EXPORT_MEMO.get(lang)} filename={s::memo_file_name(&a.student_name, a.school_year)} mime="application/json"
                    contents={Callback::from(move |()| a.export())} />
            </div>
            <p class="field__hint">{ s::EXPORT_MEMO_HINT.get(lang) }</p>
            <CopyButton label={s::COPY_MEMO.get(lang)} contents={Callback::from(move |()| b.to_text(lang, false))} />
            <SealMemo memo={c} />
        </section>
    }
}

/// The memo for a student or parent who has no key: a file sealed with a
/// passphrase the teacher tells them another way.
#[function_component(SealMemo)]
fn seal_memo(props: &ViewProps) -> Html {
    let lang = use_lang();
    let pass = use_state(PassphraseForm::default);
    let status = use_state(|| None::<Result<String, String>>);
    let onsubmit = {
        let (pass, status, memo) = (pass.clone(), status.clone(), props.memo.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let mut p = (*pass).clone();
            let usable = p.attempt();
            pass.set(p.clone());
            if !usable {
                return;
            }
            status.set(Some(Ok(s::WORKING.get(lang).into())));
            let (status, memo) = (status.clone(), memo.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = match crypto::seal_with_passphrase(&p.first, memo.export().as_bytes()).await
                {
                    Ok(env) => {
                        let name = format!(
                            "kooliabi-memo-{}-encrypted.json",
                            s::slug(&memo.student_name)
                        );
                        files::download(&name, "application/json", &env.to_file())
                            .map(|_| s::MEMO_SEALED.get(lang).to_string())
                            .map_err(|_| crate::i18n::common::DOWNLOAD_FAILED.get(lang).to_string())
                    }
                    Err(e) => Err(s::crypto_error(lang, e).to_string()),
                };
                status.set(Some(r));
            });
        })
    };
    html! {
        <form class="conv-form" {onsubmit} novalidate=true>
            <h3>{ s::SEAL_MEMO.get(lang) }</h3>
            <p class="field__hint">{ s::SEAL_MEMO_HINT.get(lang) }</p>
            <PassphraseFields id="memo-pass" form={(*pass).clone()} onchange={state::set(&pass)} />
            <button type="submit" class="button">{ s::SEAL_MEMO_BUTTON.get(lang) }</button>
            { status_line("memo-seal-status", &status) }
        </form>
    }
}

/// The id suffix of a voice's obligations field, as the ids have always been
/// written (the role's Rust name), without bringing Debug printing along.
fn obligation_id(role: Role) -> &'static str {
    match role {
        Role::Student => "Student",
        Role::Parent => "Parent",
        Role::Representative => "Representative",
        Role::Teacher => "Teacher",
    }
}
