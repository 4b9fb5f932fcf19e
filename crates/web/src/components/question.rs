//! One question, rendered by its kind. A new kind needs one arm here and one
//! type in the core. Whatever the user types is shown back as text.

use kooliabi_core::questionnaire::template::{Kind, Question, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use kooliabi_core::questionnaire::{Answer, Goal, ProblemKind};
use yew::prelude::*;

use crate::i18n::{questionnaire as s, use_lang, Lang};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: Question,
    pub answer: Option<Answer>,
    pub problem: Option<ProblemKind>,
    pub onchange: Callback<Option<Answer>>,
}

fn text_of(a: &Option<Answer>) -> String {
    match a {
        Some(Answer::Text(t)) | Some(Answer::Date(t)) => t.clone(),
        _ => String::new(),
    }
}

fn input_value(e: &InputEvent) -> String {
    if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

#[function_component(QuestionField)]
pub fn question_field(props: &QuestionProps) -> Html {
    let lang = use_lang();
    let q = &props.question;
    let id = format!("q-{}", q.id);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described = [
        q.help.as_ref().map(|_| help_id.clone()),
        props.problem.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = props.problem.as_ref().map(|_| "true");
    let label_text = html! { <>
        { q.text.get(lang) }
        if q.required { { " " }<span class="required">{ s::REQUIRED_MARK.get(lang) }</span> }
    </> };
    let help = q
        .help
        .as_ref()
        .map(|h| html! { <p class="field__hint" id={help_id.clone()}>{ h.get(lang) }</p> });
    let error = props.problem.as_ref().map(
        |p| html! { <p class="field__error" id={error_id.clone()}>{ s::problem(lang, p) }</p> },
    );
    let emit = props.onchange.clone();

    let body = match &q.kind {
        Kind::ShortText | Kind::LongText | Kind::Date => {
            let value = text_of(&props.answer);
            let is_date = matches!(q.kind, Kind::Date);
            let oninput = Callback::from(move |e: InputEvent| {
                let v = input_value(&e);
                emit.emit(if v.is_empty() {
                    None
                } else if is_date {
                    Some(Answer::Date(v))
                } else {
                    Some(Answer::Text(v))
                });
            });
            let max = if matches!(q.kind, Kind::LongText) {
                LONG_TEXT_MAX
            } else {
                SHORT_TEXT_MAX
            };
            let counter = (!is_date).then(|| html! {
                <p class="char-count" aria-hidden="true">{ s::chars_left(lang, value.chars().count(), max) }</p>
            });
            let control = match q.kind {
                Kind::LongText => html! {
                    <textarea id={id.clone()} rows="5" value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} {oninput} />
                },
                Kind::Date => html! {
                    <input id={id.clone()} type="date" value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} {oninput} />
                },
                _ => html! {
                    <input id={id.clone()} type="text" value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} {oninput} />
                },
            };
            return html! {
                <div class={classes!("question", "field", invalid.map(|_| "field--error"))}>
                    <label for={id}>{ label_text }</label>
                    { help }{ control }{ counter }{ error }
                </div>
            };
        }
        Kind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => {
            let current = match props.answer {
                Some(Answer::Scale(v)) => Some(v),
                _ => None,
            };
            html! { <>
                <div class="scale">
                    <span class="scale__end">{ min_label.get(lang) }</span>
                    <div class="scale__options">
                        { for (*min..=*max).map(|v| {
                            let emit = emit.clone();
                            let rid = format!("{id}-{v}");
                            html! {
                                <label class="scale__option" for={rid.clone()}>
                                    <input type="radio" id={rid} name={id.clone()} checked={current == Some(v)}
                                        onchange={Callback::from(move |_| emit.emit(Some(Answer::Scale(v))))} />
                                    <span>{ v }</span>
                                </label>
                            }
                        }) }
                    </div>
                    <span class="scale__end">{ max_label.get(lang) }</span>
                </div>
            </> }
        }
        Kind::YesNo => {
            let current = match props.answer {
                Some(Answer::YesNo(v)) => Some(v),
                _ => None,
            };
            html! {
                <div class="choices choices--inline">
                    { for [(true, s::YES), (false, s::NO)].into_iter().map(|(v, t)| {
                        let emit = emit.clone();
                        let rid = format!("{id}-{v}");
                        html! {
                            <div class="radio">
                                <input type="radio" id={rid.clone()} name={id.clone()} checked={current == Some(v)}
                                    onchange={Callback::from(move |_| emit.emit(Some(Answer::YesNo(v))))} />
                                <label for={rid}>{ t.get(lang) }</label>
                            </div>
                        }
                    }) }
                </div>
            }
        }
        Kind::SingleChoice { options } => {
            let current = match &props.answer {
                Some(Answer::Choice(c)) => Some(c.clone()),
                _ => None,
            };
            html! {
                <div class="choices">
                    { for options.iter().map(|o| {
                        let emit = emit.clone();
                        let oid = o.id.clone();
                        let rid = format!("{id}-{}", o.id);
                        html! {
                            <div class="radio">
                                <input type="radio" id={rid.clone()} name={id.clone()} checked={current.as_deref() == Some(o.id.as_str())}
                                    onchange={Callback::from(move |_| emit.emit(Some(Answer::Choice(oid.clone()))))} />
                                <label for={rid}>{ o.text.get(lang) }</label>
                            </div>
                        }
                    }) }
                </div>
            }
        }
        Kind::MultipleChoice { options } => {
            let current = match &props.answer {
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            html! {
                <div class="choices">
                    { for options.iter().map(|o| {
                        let emit = emit.clone();
                        let oid = o.id.clone();
                        let cur = current.clone();
                        let rid = format!("{id}-{}", o.id);
                        html! {
                            <div class="checkbox">
                                <input type="checkbox" id={rid.clone()} checked={current.contains(&o.id)}
                                    onchange={Callback::from(move |e: Event| {
                                        let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                                        let mut next: Vec<String> = cur.iter().filter(|c| **c != oid).cloned().collect();
                                        if on { next.push(oid.clone()); }
                                        emit.emit((!next.is_empty()).then_some(Answer::Choices(next)));
                                    })} />
                                <label for={rid}>{ o.text.get(lang) }</label>
                            </div>
                        }
                    }) }
                </div>
            }
        }
        Kind::Goals => goals_editor(lang, &id, &props.answer, emit),
    };
    html! {
        <fieldset class={classes!("question", invalid.map(|_| "field--error"))} id={id.clone()} aria-describedby={described}>
            <legend>{ label_text }</legend>
            { help }{ body }{ error }
        </fieldset>
    }
}

fn goals_editor(
    lang: Lang,
    id: &str,
    answer: &Option<Answer>,
    emit: Callback<Option<Answer>>,
) -> Html {
    let goals = match answer {
        Some(Answer::Goals(g)) => g.clone(),
        _ => Vec::new(),
    };
    let set = {
        let emit = emit.clone();
        move |next: Vec<Goal>| emit.emit((!next.is_empty()).then_some(Answer::Goals(next)))
    };
    let field = |i: usize,
                 name: &str,
                 label: &'static str,
                 value: &str,
                 is_date: bool,
                 f: fn(&mut Goal, String)| {
        let goals = goals.clone();
        let set = set.clone();
        let fid = format!("{id}-{i}-{name}");
        let oninput = Callback::from(move |e: InputEvent| {
            let mut next = goals.clone();
            f(&mut next[i], input_value(&e));
            set(next);
        });
        html! {
            <div class="field">
                <label for={fid.clone()}>{ label }</label>
                <input id={fid} type={if is_date { "date" } else { "text" }} value={value.to_string()} {oninput} />
            </div>
        }
    };
    let add = {
        let (goals, set) = (goals.clone(), set.clone());
        Callback::from(move |_| {
            let mut next = goals.clone();
            next.push(Goal::default());
            set(next);
        })
    };
    html! { <>
        { for goals.iter().enumerate().map(|(i, g)| {
            let remove = {
                let (goals, set) = (goals.clone(), set.clone());
                Callback::from(move |_| {
                    let mut next = goals.clone();
                    next.remove(i);
                    set(next);
                })
            };
            html! {
                <div class="goal" role="group" aria-label={s::goal_n(lang, i + 1)}>
                    <p class="goal__title">{ s::goal_n(lang, i + 1) }</p>
                    { field(i, "what", s::GOAL_WHAT.get(lang), &g.what, false, |g, v| g.what = v) }
                    { field(i, "measure", s::GOAL_MEASURE.get(lang), &g.measure, false, |g, v| g.measure = v) }
                    { field(i, "by", s::GOAL_BY.get(lang), &g.by_when, true, |g, v| g.by_when = v) }
                    { field(i, "support", s::GOAL_SUPPORT.get(lang), &g.support, false, |g, v| g.support = v) }
                    <button type="button" class="button button--danger" onclick={remove}>{ s::remove_goal(lang, i + 1) }</button>
                </div>
            }
        }) }
        <button type="button" class="button" onclick={add}>{ s::ADD_GOAL.get(lang) }</button>
    </> }
}
