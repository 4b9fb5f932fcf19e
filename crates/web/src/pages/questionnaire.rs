//! Filling one questionnaire: one section per screen, progress, back/next,
//! an overview that jumps to what is unanswered. The order of sections and
//! what counts as missing live in the core's `Session`; this page sends it
//! actions, saves it after each, and renders it. A reload resumes at the
//! same section.

use std::rc::Rc;

use kooliabi_core::questionnaire::{Answer, OverviewEntry, Session, Template};
use yew::prelude::*;

use crate::components::link::app_link;

use crate::components::download::DownloadButton;
use crate::components::question::QuestionField;
use crate::components::send_reply::SendReply;
use crate::i18n::{common, questionnaire as s, use_lang};
use crate::questionnaire_store::{self as store, Meta};
use crate::routes::Route;
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub id: String,
}

#[function_component(QuestionnairePage)]
pub fn questionnaire_page(props: &QuestionnaireProps) -> Html {
    let lang = use_lang();
    let id = props.id.clone();
    let opened = use_memo(id, |id| {
        let meta = store::find(id)?;
        let template = store::template(&meta.template)?;
        let session = store::load(id)?;
        Some((meta, template, session))
    });
    match (*opened).clone() {
        Some((meta, template, session)) => html! { <Filling {meta} {template} {session} /> },
        None => html! { <>
            <h1>{ common::TOOL_QUESTIONNAIRES.title.get(lang) }</h1>
            <p>{ s::NOT_FOUND.get(lang) }</p>
            <p>{ app_link(&Route::Questionnaires, "", s::BACK_TO_LIST.get(lang)) }</p>
        </> },
    }
}

/// What the person can do; each is one `Session` transition.
pub enum Action {
    Answer(String, Option<Answer>),
    Next,
    Back,
    Overview,
    JumpTo(String),
    /// Another tab saved this questionnaire: its answers (already merged)
    /// and the questions whose answers here it replaced.
    Remote(Session, Vec<String>),
}

#[derive(Clone, PartialEq)]
struct State {
    id: String,
    template: Rc<Template>,
    session: Session,
    /// The question to scroll to and focus after a jump from the overview.
    focus: Option<String>,
    /// Questions whose answers another tab changed, to say so.
    replaced: Vec<String>,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let t = &next.template;
        next.focus = None;
        match action {
            Action::Remote(theirs, replaced) => {
                next.session.take_answers(theirs);
                next.replaced = replaced;
                return Rc::new(next);
            }
            Action::Answer(q, a) => next.session.set_answer(&q, a),
            Action::Next => next.session.next(t),
            Action::Back => next.session.back(t),
            Action::Overview => next.session.open_overview(),
            Action::JumpTo(q) => {
                if next.session.jump_to(t, &q) {
                    next.focus = Some(format!("q-{q}"));
                }
            }
        }
        // Saving merges in what another tab saved meanwhile; a failed save
        // keeps the answers on screen and the banner explains.
        let saved = store::save(&next.id, &next.session);
        next.session.take_answers(saved);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
struct FillingProps {
    meta: Meta,
    template: Rc<Template>,
    session: Session,
}

#[function_component(Filling)]
fn filling(props: &FillingProps) -> Html {
    let lang = use_lang();
    let state = {
        let p = (
            props.meta.id.clone(),
            props.template.clone(),
            props.session.clone(),
        );
        use_reducer(move || State {
            id: p.0,
            template: p.1,
            session: p.2,
            focus: None,
            replaced: Vec::new(),
        })
    };
    {
        // Another tab's answers to the same questionnaire come in as they are saved.
        let current = use_mut_ref(|| state.session.clone());
        *current.borrow_mut() = state.session.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(props.meta.id.clone(), move |id| {
            let id = id.clone();
            let listener = storage::on_remote_change(move |change| {
                let Some(text) = change.text else { return };
                let here = current.borrow().clone();
                if let Some((theirs, replaced)) = store::take_remote(&id, &change.key, &text, &here)
                {
                    dispatcher.dispatch(Action::Remote(theirs, replaced));
                }
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.focus.clone(), |target| {
        if let Some(el) = target
            .as_ref()
            .and_then(|id| gloo::utils::document().get_element_by_id(id))
        {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                el.scroll_into_view();
                let _ = el.focus();
            }
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| {
            let moves = !matches!(a, Action::Answer(..) | Action::JumpTo(_));
            state.dispatch(a);
            if moves {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    let (t, session) = (&*state.template, &state.session);
    let counts = session.overall(t);
    let export = {
        let (meta, session) = (props.meta.clone(), session.clone());
        html! {
            <DownloadButton label={s::EXPORT.get(lang)} filename={store::export_file_name(&meta)} mime="application/json"
                contents={Callback::from(move |()| store::export(&meta, &session))} />
        }
    };

    html! {
        <>
            <h1>{ &props.meta.name }</h1>
            <p class="q-sub">{ t.title.get(lang) }{ " · " }{ s::role(lang, props.meta.role) }</p>
            <p class="note">{ s::SAVED_HERE.get(lang) }</p>
            if !state.replaced.is_empty() {
                <ReplacedNote template={state.template.clone()} ids={state.replaced.clone()} />
            }
            <div class="q-progress">
                <label for="q-progress">{ s::PROGRESS_LABEL.get(lang) }{ ": " }{ s::answered_of(lang, counts.answered, counts.total) }</label>
                <progress id="q-progress" max={counts.total.max(1).to_string()} value={counts.answered.to_string()} />
            </div>
            if session.overview {
                <Overview entries={Rc::new(session.overview_entries(t).into_iter().map(OverviewLine::from).collect::<Vec<_>>())}
                    done={session.problems(t).is_empty()} dispatch={dispatch.clone()} {export} />
                if props.meta.invitation.is_some() {
                    <SendReply meta={props.meta.clone()} session={session.clone()} />
                }
            } else {
                <SectionView template={state.template.clone()} session={session.clone()} {dispatch} />
            }
            <p>{ app_link(&Route::Questionnaires, "", s::BACK_TO_LIST.get(lang)) }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    template: Rc<Template>,
    session: Session,
    dispatch: Callback<Action>,
}

/// The section on screen: its questions and the way on.
#[function_component(SectionView)]
fn section_view(props: &SectionProps) -> Html {
    let lang = use_lang();
    let (t, session) = (&*props.template, &props.session);
    let Some(section) = session.current_section(t) else {
        return Html::default();
    };
    let index = session.section_index(t);
    let problems = session.problems(t);
    let send = |a: fn() -> Action| props.dispatch.reform(move |_: MouseEvent| a());
    let questions = session.questions(t).into_iter().map(|q| {
        let qid = q.id.clone();
        let onchange = props.dispatch.reform(move |a: Option<Answer>| Action::Answer(qid.clone(), a));
        html! {
            <QuestionField key={q.id.clone()} question={q.clone()} answer={session.answers.values.get(&q.id).cloned()}
                problem={Session::problem_at(&problems, &q.id, session.show_required)} {onchange} />
        }
    });
    html! {
        <section aria-labelledby="section-heading">
            <p class="q-step">{ s::section_of(lang, index + 1, session.sections(t).len()) }</p>
            <h2 id="section-heading">{ section.title.get(lang) }</h2>
            { for questions }
            <div class="button-row q-nav">
                if index > 0 {
                    <button type="button" class="button" onclick={send(|| Action::Back)}>{ s::BACK.get(lang) }</button>
                }
                if session.is_last_section(t) {
                    <button type="button" class="button button--primary" onclick={send(|| Action::Overview)}>{ s::OVERVIEW.get(lang) }</button>
                } else {
                    <button type="button" class="button button--primary" onclick={send(|| Action::Next)}>{ s::NEXT.get(lang) }</button>
                    <button type="button" class="button" onclick={send(|| Action::Overview)}>{ s::OVERVIEW.get(lang) }</button>
                }
            </div>
        </section>
    }
}

/// An overview entry with its texts resolved, so the component can compare props.
#[derive(Clone, PartialEq)]
struct OverviewLine {
    title: kooliabi_core::i18n::Localized,
    answered: usize,
    total: usize,
    open: Vec<(String, kooliabi_core::i18n::Localized)>,
}

impl From<OverviewEntry<'_>> for OverviewLine {
    fn from(e: OverviewEntry<'_>) -> Self {
        OverviewLine {
            title: e.section.title.clone(),
            answered: e.counts.answered,
            total: e.counts.total,
            open: e
                .open
                .iter()
                .map(|q| (q.id.clone(), q.text.clone()))
                .collect(),
        }
    }
}

#[derive(Properties, PartialEq)]
struct OverviewProps {
    entries: Rc<Vec<OverviewLine>>,
    done: bool,
    dispatch: Callback<Action>,
    export: Html,
}

/// Every section with what is still open; each open question is a jump.
#[function_component(Overview)]
fn overview(props: &OverviewProps) -> Html {
    let lang = use_lang();
    let items = props.entries.iter().map(|e| html! {
        <li class="overview__section">
            <p class="overview__title">{ e.title.get(lang) }{ " — " }{ s::answered_of(lang, e.answered, e.total) }</p>
            if !e.open.is_empty() {
                <ul>
                    { for e.open.iter().map(|(id, text)| {
                        let id = id.clone();
                        let onclick = props.dispatch.reform(move |_: MouseEvent| Action::JumpTo(id.clone()));
                        html! { <li><button type="button" class="link-button" {onclick}>{ s::UNANSWERED.get(lang) }{ ": " }{ text.get(lang) }</button></li> }
                    }) }
                </ul>
            }
        </li>
    });
    html! {
        <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">{ s::OVERVIEW.get(lang) }</h2>
            if props.done {
                <p role="status" class="note">{ s::ALL_DONE.get(lang) }</p>
            } else {
                <p>{ s::OVERVIEW_INTRO.get(lang) }</p>
            }
            <ol class="overview">{ for items }</ol>
            <div class="button-row">
                <button type="button" class="button" onclick={props.dispatch.reform(|_: MouseEvent| Action::Back)}>{ s::BACK.get(lang) }</button>
                { props.export.clone() }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReplacedProps {
    template: Rc<Template>,
    ids: Vec<String>,
}

/// Says which answers another tab (or window) just changed here.
#[function_component(ReplacedNote)]
fn replaced_note(props: &ReplacedProps) -> Html {
    let lang = use_lang();
    let questions = props
        .template
        .sections
        .iter()
        .flat_map(|sec| sec.questions.iter())
        .filter(|q| props.ids.contains(&q.id));
    html! {
        <div class="banner" role="status" id="replaced-note">
            <p>{ s::REPLACED_BY_OTHER_TAB.get(lang) }</p>
            <ul>{ for questions.map(|q| html! { <li>{ q.text.get(lang) }</li> }) }</ul>
        </div>
    }
}
