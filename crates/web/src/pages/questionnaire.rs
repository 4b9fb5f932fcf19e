//! Filling one questionnaire: one section per screen, progress, back/next,
//! an overview that jumps to what is unanswered. Every change is saved on the
//! device at once, and a reload resumes at the same section.

use kooliabi_core::questionnaire::validation::visible_sections;
use kooliabi_core::questionnaire::{
    progress, templates, validate, visible_questions, Answer, ProblemKind,
};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::question::QuestionField;
use crate::files;
use crate::i18n::{questionnaire as s, use_lang};
use crate::pages::questionnaires::{load_index, record_key, Record};
use crate::routes::Route;
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub id: String,
}

#[function_component(QuestionnairePage)]
pub fn questionnaire_page(props: &QuestionnaireProps) -> Html {
    let lang = use_lang();
    let key = record_key(&props.id);
    let meta = load_index().into_iter().find(|m| m.id == props.id);
    let record = {
        let key = key.clone();
        use_state(move || storage::load::<Record>(&key))
    };
    // Required-but-empty is shown only after the person tried to move on.
    let show_required = use_state(|| false);
    let focus_target = use_state(|| None::<String>);
    {
        let focus_target = focus_target.clone();
        use_effect_with((*focus_target).clone(), move |target| {
            if let Some(id) = target {
                if let Some(el) = gloo::utils::document().get_element_by_id(id) {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        el.scroll_into_view();
                        let _ = el.focus();
                    }
                }
                focus_target.set(None);
            }
        });
    }

    let (Some(meta), Some(rec)) = (meta, (*record).clone()) else {
        return html! { <>
            <h1>{ crate::i18n::common::TOOL_QUESTIONNAIRES.title.get(lang) }</h1>
            <p>{ s::NOT_FOUND.get(lang) }</p>
            <p><Link<Route> to={Route::Questionnaires}>{ s::BACK_TO_LIST.get(lang) }</Link<Route>></p>
        </> };
    };
    let Some(template) = templates::by_id(&meta.template) else {
        return html! { <><h1>{ &meta.name }</h1><p>{ s::NOT_FOUND.get(lang) }</p></> };
    };

    let save = {
        let (record, key) = (record.clone(), key.clone());
        Callback::from(move |next: Record| {
            // A failed save keeps the answers on screen; the banner explains.
            let _ = storage::save(&key, &next);
            record.set(Some(next));
        })
    };
    let sections = visible_sections(&template, &rec.answers);
    let section_index = rec.section.min(sections.len().saturating_sub(1));
    let prog = progress(&template, &rec.answers);
    let problems = validate(&template, &rec.answers);
    let problem_for = |qid: &str| {
        problems
            .iter()
            .find(|p| p.question == qid && (p.kind != ProblemKind::Required || *show_required))
            .map(|p| p.kind.clone())
    };

    let go = |section: usize, overview: bool| {
        let (save, rec, show_required) = (save.clone(), rec.clone(), show_required.clone());
        Callback::from(move |_| {
            show_required.set(overview);
            save.emit(Record {
                section,
                overview,
                ..rec.clone()
            });
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let export = {
        let (rec, meta) = (rec.clone(), meta.clone());
        Callback::from(move |_| {
            let json = serde_json::to_string_pretty(&rec.answers).unwrap_or_default();
            let name: String = meta
                .name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            let _ = files::download(&format!("kooliabi-{name}.json"), "application/json", &json);
        })
    };

    let bar = html! {
        <div class="q-progress">
            <label for="q-progress">{ s::PROGRESS_LABEL.get(lang) }{ ": " }
                { s::answered_of(lang, prog.overall.answered, prog.overall.total) }</label>
            <progress id="q-progress" max={prog.overall.total.max(1).to_string()} value={prog.overall.answered.to_string()} />
        </div>
    };

    let body = if rec.overview {
        let items = sections.iter().enumerate().map(|(i, sec)| {
            let open: Vec<_> = visible_questions(sec, &rec.answers)
                .into_iter()
                .filter(|q| problems.iter().any(|p| p.question == q.id))
                .collect();
            let counts = prog.sections.iter().find(|(id, _)| *id == sec.id).map(|(_, c)| *c).unwrap_or_default();
            html! {
                <li class="overview__section">
                    <p class="overview__title">{ sec.title.get(lang) }{ " — " }{ s::answered_of(lang, counts.answered, counts.total) }</p>
                    if !open.is_empty() {
                        <ul>
                            { for open.iter().map(|q| {
                                let (save, rec, focus_target, show_required) = (save.clone(), rec.clone(), focus_target.clone(), show_required.clone());
                                let qid = format!("q-{}", q.id);
                                html! { <li>
                                    <button type="button" class="link-button" onclick={Callback::from(move |_| {
                                        show_required.set(true);
                                        save.emit(Record { section: i, overview: false, ..rec.clone() });
                                        focus_target.set(Some(qid.clone()));
                                    })}>{ s::UNANSWERED.get(lang) }{ ": " }{ q.text.get(lang) }</button>
                                </li> }
                            }) }
                        </ul>
                    }
                </li>
            }
        });
        html! { <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">{ s::OVERVIEW.get(lang) }</h2>
            if problems.is_empty() {
                <p role="status" class="note">{ s::ALL_DONE.get(lang) }</p>
            } else {
                <p>{ s::OVERVIEW_INTRO.get(lang) }</p>
            }
            <ol class="overview">{ for items }</ol>
            <div class="button-row">
                <button type="button" class="button" onclick={go(sections.len().saturating_sub(1), false)}>{ s::BACK.get(lang) }</button>
                <button type="button" class="button" onclick={export}>{ s::EXPORT.get(lang) }</button>
            </div>
        </section> }
    } else {
        let section = sections[section_index];
        let questions = visible_questions(section, &rec.answers)
            .into_iter()
            .map(|q| {
                let answer = rec.answers.values.get(&q.id).cloned();
                let (save, rec) = (save.clone(), rec.clone());
                let qid = q.id.clone();
                let onchange = Callback::from(move |a: Option<Answer>| {
                    let mut next = rec.clone();
                    match a {
                        Some(a) => next.answers.values.insert(qid.clone(), a),
                        None => next.answers.values.remove(&qid),
                    };
                    save.emit(next);
                });
                html! {
                    <QuestionField key={q.id.clone()} question={q.clone()} {answer}
                        problem={problem_for(&q.id)} {onchange} />
                }
            });
        let last = section_index + 1 >= sections.len();
        html! { <section aria-labelledby="section-heading">
            <p class="q-step">{ s::section_of(lang, section_index + 1, sections.len()) }</p>
            <h2 id="section-heading">{ section.title.get(lang) }</h2>
            { for questions }
            <div class="button-row q-nav">
                if section_index > 0 {
                    <button type="button" class="button" onclick={go(section_index - 1, false)}>{ s::BACK.get(lang) }</button>
                }
                if last {
                    <button type="button" class="button button--primary" onclick={go(section_index, true)}>{ s::OVERVIEW.get(lang) }</button>
                } else {
                    <button type="button" class="button button--primary" onclick={go(section_index + 1, false)}>{ s::NEXT.get(lang) }</button>
                    <button type="button" class="button" onclick={go(section_index, true)}>{ s::OVERVIEW.get(lang) }</button>
                }
            </div>
        </section> }
    };

    html! {
        <>
            <h1>{ &meta.name }</h1>
            <p class="q-sub">{ template.title.get(lang) }{ " · " }{ s::role(lang, meta.role) }</p>
            <p class="note">{ s::SAVED_HERE.get(lang) }</p>
            { bar }
            { body }
            <p><Link<Route> to={Route::Questionnaires}>{ s::BACK_TO_LIST.get(lang) }</Link<Route>></p>
        </>
    }
}
