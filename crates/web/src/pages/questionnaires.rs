//! The questionnaires on this device: continue one, start one (template,
//! role and a name the user chooses), delete one. Several can be in progress
//! side by side — two children, say.

use kooliabi_core::questionnaire::{progress, templates, Answers, Role};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::field::Field;
use crate::components::select::Select;
use crate::i18n::{common, questionnaire as s, use_lang};
use crate::routes::Route;
use crate::storage;

const INDEX_KEY: &str = "q:index";
/// Long enough for "Mari Maasikas, 7.b, sügis 2026"; short enough for a list.
const NAME_MAX: usize = 60;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    pub name: String,
    pub template: String,
    pub role: Role,
}

/// One questionnaire's answers and where the person was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub answers: Answers,
    pub section: usize,
    pub overview: bool,
}

pub fn record_key(id: &str) -> String {
    format!("q:{id}")
}

pub fn load_index() -> Vec<Meta> {
    storage::load(INDEX_KEY).unwrap_or_default()
}

fn new_id() -> String {
    // Unique on this device; not a secret and never leaves it.
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("{t:x}{r:x}")
}

#[function_component(QuestionnairesPage)]
pub fn questionnaires_page() -> Html {
    let lang = use_lang();
    let index = use_state(load_index);
    let name = use_state(String::new);
    let name_error = use_state(|| false);
    let template = use_state(|| templates::BUILT_IN[0].0.to_string());
    let role = use_state(|| Role::Student);
    let confirming = use_state(|| None::<String>);
    let navigator = use_navigator();
    let all = templates::built_in();

    let chosen = all.iter().find(|t| t.id == *template).unwrap_or(&all[0]);
    let roles = chosen.roles.clone();
    let current_role = if roles.contains(&role) {
        *role
    } else {
        roles[0]
    };

    let start = {
        let (index, name, name_error, template) = (
            index.clone(),
            name.clone(),
            name_error.clone(),
            template.clone(),
        );
        let version = chosen.version;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = name.trim().to_string();
            if n.is_empty() || n.chars().count() > NAME_MAX {
                name_error.set(true);
                return;
            }
            let meta = Meta {
                id: new_id(),
                name: n,
                template: (*template).clone(),
                role: current_role,
            };
            let record = Record {
                answers: Answers::new(&meta.template, version, current_role),
                section: 0,
                overview: false,
            };
            let _ = storage::save(&record_key(&meta.id), &record);
            let mut next = (*index).clone();
            next.push(meta.clone());
            let _ = storage::save(INDEX_KEY, &next);
            index.set(next);
            if let Some(nav) = &navigator {
                nav.push(&Route::Questionnaire { id: meta.id });
            }
        })
    };

    let list = index.iter().map(|m| {
        let t = templates::by_id(&m.template);
        let record: Option<Record> = storage::load(&record_key(&m.id));
        let counts = match (&t, &record) {
            (Some(t), Some(r)) => Some(progress(t, &r.answers).overall),
            _ => None,
        };
        let ask = {
            let (confirming, id) = (confirming.clone(), m.id.clone());
            Callback::from(move |_| confirming.set(Some(id.clone())))
        };
        let cancel = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(None))
        };
        let delete = {
            let (index, confirming, id) = (index.clone(), confirming.clone(), m.id.clone());
            Callback::from(move |_| {
                storage::remove(&record_key(&id));
                let next: Vec<Meta> = index.iter().filter(|x| x.id != id).cloned().collect();
                let _ = storage::save(INDEX_KEY, &next);
                index.set(next);
                confirming.set(None);
            })
        };
        html! {
            <li class="q-item" key={m.id.clone()}>
                <p class="q-item__name">{ &m.name }</p>
                <p class="q-item__meta">
                    { t.as_ref().map(|t| t.title.get(lang).to_string()).unwrap_or_default() }{ " · " }{ s::role(lang, m.role) }
                    if let Some(c) = counts { { " · " }{ s::answered_of(lang, c.answered, c.total) } }
                </p>
                if confirming.as_deref() == Some(m.id.as_str()) {
                    <div class="confirm" role="alertdialog" aria-label={s::delete_named(lang, &m.name)}>
                        <p>{ s::delete_confirm(lang, &m.name) }</p>
                        <button type="button" class="button button--danger" onclick={delete}>{ s::YES_DELETE.get(lang) }</button>
                        <button type="button" class="button" onclick={cancel}>{ common::CANCEL.get(lang) }</button>
                    </div>
                } else {
                    <div class="button-row">
                        <Link<Route> to={Route::Questionnaire { id: m.id.clone() }} classes="button button--primary">{ s::CONTINUE.get(lang) }</Link<Route>>
                        <button type="button" class="button button--danger" onclick={ask} aria-label={s::delete_named(lang, &m.name)}>{ s::DELETE.get(lang) }</button>
                    </div>
                }
            </li>
        }
    });

    let template_options: Vec<(AttrValue, AttrValue)> = all
        .iter()
        .map(|t| {
            (
                AttrValue::from(t.id.clone()),
                AttrValue::from(t.title.get(lang).to_string()),
            )
        })
        .collect();
    let role_options: Vec<(AttrValue, AttrValue)> = roles
        .iter()
        .map(|r| {
            (
                AttrValue::from(format!("{r:?}")),
                AttrValue::from(s::role(lang, *r)),
            )
        })
        .collect();

    html! {
        <>
            <h1>{ common::TOOL_QUESTIONNAIRES.title.get(lang) }</h1>
            <p class="note">{ s::SAVED_HERE.get(lang) }{ " " }<Link<Route> to={Route::Privacy}>{ common::NAV_PRIVACY.get(lang) }</Link<Route>></p>
            <section aria-labelledby="in-progress">
                <h2 id="in-progress">{ s::IN_PROGRESS.get(lang) }</h2>
                if index.is_empty() {
                    <p>{ s::NONE_YET.get(lang) }</p>
                } else {
                    <ul class="q-list">{ for list }</ul>
                }
            </section>
            <section aria-labelledby="start-new">
                <h2 id="start-new">{ s::START_NEW.get(lang) }</h2>
                <form onsubmit={start} novalidate=true>
                    <Field id="q-name" label={s::NAME_LABEL.get(lang)} hint={s::NAME_HINT.get(lang)} value={(*name).clone()}
                        error={name_error.then(|| AttrValue::from(s::NAME_REQUIRED.get(lang)))}
                        oninput={let (name, name_error) = (name.clone(), name_error.clone()); Callback::from(move |v: String| { name_error.set(false); name.set(v) })} />
                    <Select id="q-template" label={s::TEMPLATE_LABEL.get(lang)} options={template_options} value={(*template).clone()}
                        onchange={let template = template.clone(); Callback::from(move |v: String| template.set(v))} />
                    <p class="field__hint">{ chosen.intro.get(lang) }</p>
                    <Select id="q-role" label={s::ROLE_LABEL.get(lang)} options={role_options} value={format!("{current_role:?}")}
                        onchange={let role = role.clone(); Callback::from(move |v: String| role.set(match v.as_str() {
                            "Parent" => Role::Parent, "Teacher" => Role::Teacher, _ => Role::Student }))} />
                    <button type="submit" class="button button--primary">{ s::START.get(lang) }</button>
                </form>
            </section>
        </>
    }
}
