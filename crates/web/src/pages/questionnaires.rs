//! The questionnaires on this device: continue one, start one (template,
//! role and a name the user chooses), delete one. Several can be in progress
//! side by side — two children, say.

use kooliabi_core::questionnaire::{progress, Role};
use yew::prelude::*;

use crate::components::link::app_link;
use crate::router::use_navigator;

use chrono::NaiveDate;

use crate::clock;
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::select::{enum_select, Select};
use crate::i18n::{common, conversation as cs, questionnaire as s, use_lang};
use crate::questionnaire_store::{self as store, Meta, NameError};
use crate::routes::Route;
use crate::storage;

#[function_component(QuestionnairesPage)]
pub fn questionnaires_page() -> Html {
    let lang = use_lang();
    let index = use_state(store::list);
    {
        // A questionnaire started or deleted in another tab shows here too.
        let index = index.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_remote_change(move |change| {
                if store::is_index_key(&change.key) {
                    index.set(store::list());
                }
            });
            move || drop(listener)
        });
    }
    let on_delete = {
        let index = index.clone();
        Callback::from(move |id: String| {
            store::delete(&id);
            index.set(store::list());
        })
    };
    html! {
        <>
            <h1>{ common::TOOL_QUESTIONNAIRES.title.get(lang) }</h1>
            <p id="invite-by-link">{ crate::i18n::conversation::INVITE_FROM_QUESTIONNAIRES.get(lang) }{ " " }
                { app_link(&Route::Conversations, "", common::TOOL_CONVERSATIONS.title.get(lang)) }</p>
            <p class="note">{ s::SAVED_HERE.get(lang) }{ " " }{ app_link(&Route::Privacy, "", common::NAV_PRIVACY.get(lang)) }</p>
            <section aria-labelledby="in-progress">
                <h2 id="in-progress">{ s::IN_PROGRESS.get(lang) }</h2>
                if index.is_empty() {
                    <p>{ s::NONE_YET.get(lang) }</p>
                } else {
                    <ul class="q-list">
                        { for index.iter().map(|m| html! { <Item key={m.id.clone()} meta={m.clone()} on_delete={on_delete.clone()} /> }) }
                    </ul>
                }
            </section>
            <StartForm />
            <section aria-labelledby="open-memo-heading">
                <h2 id="open-memo-heading">{ cs::OPEN_MEMO.get(lang) }</h2>
                <p class="field__hint">{ cs::OPEN_MEMO_HINT.get(lang) }</p>
                <p>{ app_link(&Route::Memo, "", cs::OPEN_MEMO_BUTTON.get(lang)) }</p>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    meta: Meta,
    on_delete: Callback<String>,
}

/// One questionnaire in progress, with its progress read once when shown.
#[function_component(Item)]
fn item(props: &ItemProps) -> Html {
    let lang = use_lang();
    let m = &props.meta;
    let confirming = use_state(|| false);
    let summary = use_memo(m.id.clone(), |id| {
        let t = store::template(&m.template)?;
        let counts = store::load(id).map(|s| progress(&t, &s.answers).overall);
        Some((t.title.get(lang).to_string(), counts))
    });
    let set_confirming = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(on))
    };
    let delete = {
        let (cb, id) = (props.on_delete.clone(), m.id.clone());
        Callback::from(move |_| cb.emit(id.clone()))
    };
    let (title, counts) = (*summary).clone().unwrap_or_default();
    let unfinished = counts.is_some_and(|c| c.answered < c.total);
    let open_since = m
        .started
        .filter(|d| unfinished && (clock::today() - *d).num_days() >= store::EXPORT_NUDGE_DAYS);
    html! {
        <li class="q-item">
            <p class="q-item__name">{ &m.name }</p>
            <p class="q-item__meta">
                { title }{ " · " }{ s::role(lang, m.role) }
                if let Some(c) = counts { { " · " }{ s::answered_of(lang, c.answered, c.total) } }
                if let Some(sent) = &m.sent { { " · " }{ crate::i18n::conversation::sent_short(lang, &kooliabi_core::calendar::dotted(sent.at.date())) } }
            </p>
            if let Some(since) = open_since {
                <ExportNudge meta={m.clone()} {since} />
            }
            if *confirming {
                <div class="confirm" role="alertdialog" aria-label={s::delete_named(lang, &m.name)}>
                    <p>{ s::delete_confirm(lang, &m.name) }</p>
                    <button type="button" class="button button--danger" onclick={delete}>{ s::YES_DELETE.get(lang) }</button>
                    <button type="button" class="button" onclick={set_confirming(false)}>{ common::CANCEL.get(lang) }</button>
                </div>
            } else {
                <div class="button-row">
                    { app_link(&Route::Questionnaire { id: m.id.clone() }, "button button--primary", s::CONTINUE.get(lang)) }
                    <button type="button" class="button button--danger" onclick={set_confirming(true)} aria-label={s::delete_named(lang, &m.name)}>{ s::DELETE.get(lang) }</button>
                </div>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct NudgeProps {
    meta: Meta,
    since: NaiveDate,
}

/// A questionnaire open for days: a copy in a file survives the browser
/// clearing the site's data.
#[function_component(ExportNudge)]
fn export_nudge(props: &NudgeProps) -> Html {
    let lang = use_lang();
    let contents = {
        let meta = props.meta.clone();
        Callback::from(move |()| {
            store::load(&meta.id)
                .map(|session| store::export(&meta, &session))
                .unwrap_or_default()
        })
    };
    html! {
        <div class="q-item__nudge">
            <p class="note">{ s::export_nudge(lang, props.since) }</p>
            <DownloadButton label={s::EXPORT.get(lang)} filename={store::export_file_name(&props.meta)}
                mime="application/json" {contents} />
        </div>
    }
}

/// Template, role and name → a new questionnaire, opened at once.
#[function_component(StartForm)]
fn start_form() -> Html {
    let lang = use_lang();
    let all = store::templates();
    let name = use_state(String::new);
    let name_error = use_state(|| None::<NameError>);
    let template = use_state(|| all[0].id.clone());
    let role = use_state(|| Role::Student);
    storage::use_unsaved(!name.trim().is_empty());
    let navigator = use_navigator();

    let chosen = store::template(&template).unwrap_or_else(|| all[0].clone());
    // A role the chosen template does not have falls back to its first.
    let current_role = if chosen.roles.contains(&role) {
        *role
    } else {
        chosen.roles[0]
    };

    let start = {
        let (name, name_error, chosen) = (name.clone(), name_error.clone(), chosen.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match store::check_name(&name) {
                Err(err) => name_error.set(Some(err)),
                Ok(n) => {
                    let meta = store::create(n, &chosen, current_role, crate::clock::today());
                    storage::ask_to_persist();
                    if let Some(nav) = &navigator {
                        nav.push(&Route::Questionnaire { id: meta.id });
                    }
                }
            }
        })
    };
    let template_options = store::template_options(lang);
    let on_name = {
        let (name, name_error) = (name.clone(), name_error.clone());
        Callback::from(move |v: String| {
            name_error.set(None);
            name.set(v)
        })
    };

    html! {
        <section aria-labelledby="start-new">
            <h2 id="start-new">{ s::START_NEW.get(lang) }</h2>
            <form onsubmit={start} novalidate=true>
                <Field id="q-name" label={s::NAME_LABEL.get(lang)} hint={s::NAME_HINT.get(lang)} value={(*name).clone()}
                    error={name_error.map(|_| AttrValue::from(s::name_required(lang, store::NAME_MAX)))} oninput={on_name} />
                <Select id="q-template" label={s::TEMPLATE_LABEL.get(lang)} options={template_options} value={chosen.id.clone()}
                    onchange={let template = template.clone(); Callback::from(move |v: String| template.set(v))} />
                <p class="field__hint">{ chosen.intro.get(lang) }</p>
                { enum_select::<Role>(lang, "q-role", s::ROLE_LABEL.get(lang), current_role, { let role = role.clone(); Callback::from(move |r| role.set(r)) }, Some(chosen.roles.clone())) }
                <button type="submit" class="button button--primary">{ s::START.get(lang) }</button>
            </form>
        </section>
    }
}
