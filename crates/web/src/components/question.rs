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
    let id = AttrValue::from(format!("q-{}", q.id));
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
    let described = (!described.is_empty()).then(|| AttrValue::from(described));
    let invalid = props.problem.is_some();
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
    let (answer, onchange) = (props.answer.clone(), props.onchange.clone());

    let body = match &q.kind {
        Kind::ShortText | Kind::LongText | Kind::Date => {
            // A single control: a <label>, not a fieldset with a legend.
            return html! {
                <div class={classes!("question", "field", invalid.then_some("field--error"))}>
                    <label for={id.clone()}>{ label_text }</label>
                    { help }
                    <TextControl {id} kind={q.kind.clone()} {answer} {described} {invalid} {onchange} />
                    { error }
                </div>
            };
        }
        Kind::Scale {
            min_label,
            max_label,
            ..
        } => html! {
            <div class="scale">
                <span class="scale__end">{ min_label.get(lang) }</span>
                { radio_options(RadioProps { id: id.clone(), options: radio_choices(&q.kind, lang), answer, onchange, inline: false, scale: true }) }
                <span class="scale__end">{ max_label.get(lang) }</span>
            </div>
        },
        Kind::YesNo | Kind::SingleChoice { .. } => radio_options(RadioProps {
            id: id.clone(),
            options: radio_choices(&q.kind, lang),
            answer,
            onchange,
            inline: matches!(q.kind, Kind::YesNo),
            scale: false,
        }),
        Kind::MultipleChoice { options } => {
            let options = options
                .iter()
                .map(|o| (o.id.clone(), AttrValue::from(o.text.get(lang).to_string())))
                .collect::<Vec<_>>();
            checkboxes(CheckboxesProps {
                id: id.clone(),
                options,
                answer,
                onchange,
            })
        }
        Kind::Goals => html! { <GoalsEditor id={id.clone()} {answer} {onchange} /> },
    };
    html! {
        <fieldset class={classes!("question", invalid.then_some("field--error"))} id={id} aria-describedby={described}>
            <legend>{ label_text }</legend>
            { help }{ body }{ error }
        </fieldset>
    }
}

/// The radio buttons a kind offers: (id suffix, visible text, the answer it gives).
fn radio_choices(kind: &Kind, lang: Lang) -> Vec<(String, AttrValue, Answer)> {
    match kind {
        Kind::Scale { min, max, .. } => (*min..=*max)
            .map(|v| {
                (
                    v.to_string(),
                    AttrValue::from(v.to_string()),
                    Answer::Scale(v),
                )
            })
            .collect(),
        Kind::YesNo => [(true, s::YES), (false, s::NO)]
            .map(|(v, t)| {
                (
                    v.to_string(),
                    AttrValue::Static(t.get(lang)),
                    Answer::YesNo(v),
                )
            })
            .to_vec(),
        Kind::SingleChoice { options } => options
            .iter()
            .map(|o| {
                let text = AttrValue::from(o.text.get(lang).to_string());
                (o.id.clone(), text, Answer::Choice(o.id.clone()))
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[derive(Properties, PartialEq)]
struct TextProps {
    id: AttrValue,
    kind: Kind,
    answer: Option<Answer>,
    described: Option<AttrValue>,
    invalid: bool,
    onchange: Callback<Option<Answer>>,
}

/// A short or long text or a date, with the characters left for text.
#[function_component(TextControl)]
fn text_control(props: &TextProps) -> Html {
    let lang = use_lang();
    let value = text_of(&props.answer);
    let is_date = matches!(props.kind, Kind::Date);
    let oninput = props.onchange.reform(move |e: InputEvent| {
        let v = input_value(&e);
        match v.is_empty() {
            true => None,
            false if is_date => Some(Answer::Date(v)),
            false => Some(Answer::Text(v)),
        }
    });
    let (id, described) = (props.id.clone(), props.described.clone());
    let invalid = props.invalid.then_some("true");
    let max = if matches!(props.kind, Kind::LongText) {
        LONG_TEXT_MAX
    } else {
        SHORT_TEXT_MAX
    };
    let count = value.chars().count();
    html! { <>
        { match props.kind {
            Kind::LongText => html! {
                <textarea {id} rows="5" {value} aria-describedby={described} aria-invalid={invalid} {oninput} />
            },
            _ => html! {
                <input {id} type={if is_date { "date" } else { "text" }} {value} aria-describedby={described} aria-invalid={invalid} {oninput} />
            },
        } }
        if !is_date {
            <p class="char-count" aria-hidden="true">{ s::chars_left(lang, count, max) }</p>
        }
    </> }
}

/// What `radio_options` shows. The two choice controls are functions, not
/// components: they have no state, and each component type brings its own
/// copy of Yew's lifecycle code into the page.
struct RadioProps {
    id: AttrValue,
    /// (id suffix, visible text, the answer it gives).
    options: Vec<(String, AttrValue, Answer)>,
    answer: Option<Answer>,
    onchange: Callback<Option<Answer>>,
    inline: bool,
    /// Numbered options laid out as a rating scale.
    scale: bool,
}

/// One answer out of several: yes/no, a choice, a point on a scale.
fn radio_options(props: RadioProps) -> Html {
    let class = if props.scale {
        classes!("scale__options")
    } else {
        classes!("choices", props.inline.then_some("choices--inline"))
    };
    html! {
        <div {class}>
            { for props.options.iter().map(|(suffix, text, value)| {
                let rid = format!("{}-{suffix}", props.id);
                let checked = props.answer.as_ref() == Some(value);
                let onchange = props.onchange.reform({
                    let value = value.clone();
                    move |_: Event| Some(value.clone())
                });
                let input = html! { <input type="radio" id={rid.clone()} name={props.id.clone()} {checked} {onchange} /> };
                if props.scale {
                    html! { <label class="scale__option" for={rid}>{ input }<span>{ text }</span></label> }
                } else {
                    html! { <div class="radio">{ input }<label for={rid}>{ text }</label></div> }
                }
            }) }
        </div>
    }
}

struct CheckboxesProps {
    id: AttrValue,
    /// (option id, visible text).
    options: Vec<(String, AttrValue)>,
    answer: Option<Answer>,
    onchange: Callback<Option<Answer>>,
}

/// Any number of options; none ticked is no answer.
fn checkboxes(props: CheckboxesProps) -> Html {
    let current = match &props.answer {
        Some(Answer::Choices(c)) => c.clone(),
        _ => Vec::new(),
    };
    html! {
        <div class="choices">
            { for props.options.iter().map(|(oid, text)| {
                let rid = format!("{}-{oid}", props.id);
                let onchange = props.onchange.reform({
                    let (oid, current) = (oid.clone(), current.clone());
                    move |e: Event| {
                        let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                        let mut next: Vec<String> = current.iter().filter(|c| **c != oid).cloned().collect();
                        if on {
                            next.push(oid.clone());
                        }
                        (!next.is_empty()).then_some(Answer::Choices(next))
                    }
                });
                html! {
                    <div class="checkbox">
                        <input type="checkbox" id={rid.clone()} checked={current.contains(oid)} {onchange} />
                        <label for={rid}>{ text }</label>
                    </div>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GoalsProps {
    id: AttrValue,
    answer: Option<Answer>,
    onchange: Callback<Option<Answer>>,
}

/// A callback that applies `op` to a copy of the goals; an empty list is no answer.
fn edit_goals<A: 'static>(
    goals: &[Goal],
    onchange: &Callback<Option<Answer>>,
    op: impl Fn(&mut Vec<Goal>, A) + 'static,
) -> Callback<A> {
    let goals = goals.to_vec();
    onchange.reform(move |a: A| {
        let mut next = goals.clone();
        op(&mut next, a);
        (!next.is_empty()).then_some(Answer::Goals(next))
    })
}

/// A list of goals: what, how it is measured, by when, who supports it.
#[function_component(GoalsEditor)]
fn goals_editor(props: &GoalsProps) -> Html {
    let lang = use_lang();
    let goals = match &props.answer {
        Some(Answer::Goals(g)) => g.clone(),
        _ => Vec::new(),
    };
    let field = |i: usize,
                 name: &str,
                 label: &'static str,
                 value: &str,
                 is_date: bool,
                 f: fn(&mut Goal, String)| {
        let fid = format!("{}-{i}-{name}", props.id);
        let oninput = edit_goals(&goals, &props.onchange, move |gs, e: InputEvent| {
            f(&mut gs[i], input_value(&e))
        });
        html! {
            <div class="field">
                <label for={fid.clone()}>{ label }</label>
                <input id={fid} type={if is_date { "date" } else { "text" }} value={value.to_string()} {oninput} />
            </div>
        }
    };
    let add = edit_goals(&goals, &props.onchange, |gs, _: MouseEvent| {
        gs.push(Goal::default())
    });
    html! { <>
        { for goals.iter().enumerate().map(|(i, g)| {
            let remove = edit_goals(&goals, &props.onchange, move |gs, _: MouseEvent| {
                gs.remove(i);
            });
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
