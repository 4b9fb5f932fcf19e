//! Goals in the conversation: last period's goals reviewed (achieved /
//! partly / not, with a comment) and carried forward (000 9.2 step 2), and
//! the new goals — what, measure, by when, who supports (000 4.2–4.3) —
//! with the core's non-blocking hints and its good example.

use kooliabi_core::conversation::goals::{self, GoalOutcome, GOOD_EXAMPLE};
use kooliabi_core::conversation::memo::{labels, Memo};
use yew::prelude::*;

use crate::components::field::Field;
use crate::conversation_store::{GoalPart, MemoEdit};
use crate::i18n::{conversation as s, use_lang};

#[derive(Properties, PartialEq)]
pub struct GoalsProps {
    pub memo: Memo,
    pub onedit: Callback<MemoEdit>,
}

const OUTCOMES: [GoalOutcome; 3] = [
    GoalOutcome::Achieved,
    GoalOutcome::Partly,
    GoalOutcome::NotAchieved,
];

fn outcome_code(o: GoalOutcome) -> &'static str {
    match o {
        GoalOutcome::Achieved => "achieved",
        GoalOutcome::Partly => "partly",
        GoalOutcome::NotAchieved => "not",
    }
}

#[function_component(ReviewGoals)]
pub fn review_goals(props: &GoalsProps) -> Html {
    let lang = use_lang();
    let m = &props.memo;
    html! {
        <section aria-labelledby="review-heading" class="conv-panel no-print">
            <h2 id="review-heading">{ labels::PREVIOUS_GOALS.get(lang) }</h2>
            if m.previous_goals.is_empty() {
                <p>{ s::NO_PREVIOUS.get(lang) }</p>
            }
            { for m.previous_goals.iter().enumerate().map(|(i, r)| html! {
                <fieldset class="goal-review">
                    <legend>{ &r.goal.what }</legend>
                    <div class="choices--inline">
                        { for OUTCOMES.iter().map(|o| {
                            let id = format!("prev-{i}-{}", outcome_code(*o));
                            let o = *o;
                            let onchange = props.onedit.reform(move |_: Event| MemoEdit::Outcome(i, o));
                            html! { <div class="radio">
                                <input type="radio" id={id.clone()} name={format!("prev-{i}")} checked={r.outcome == Some(o)} {onchange} />
                                <label for={id}>{ o.name().get(lang) }</label>
                            </div> }
                        }) }
                    </div>
                    <Field id={format!("prev-{i}-comment")} label={s::COMMENT.get(lang)} value={r.comment.clone()}
                        oninput={props.onedit.reform(move |v| MemoEdit::Comment(i, v))} />
                </fieldset>
            }) }
            if !m.previous_goals.is_empty() {
                <div class="button-row">
                    <button type="button" class="button" onclick={props.onedit.reform(|_: MouseEvent| MemoEdit::CarryForward)}>{ s::CARRY_FORWARD.get(lang) }</button>
                </div>
            }
        </section>
    }
}

#[function_component(NewGoals)]
pub fn new_goals(props: &GoalsProps) -> Html {
    let lang = use_lang();
    let today = crate::clock::today();
    let m = &props.memo;
    html! {
        <section aria-labelledby="goals-heading" class="conv-panel no-print">
            <h2 id="goals-heading">{ labels::GOALS.get(lang) }</h2>
            <p class="note"><strong>{ s::GOOD_EXAMPLE_LABEL.get(lang) }{ ": " }</strong>{ GOOD_EXAMPLE.get(lang) }</p>
            { for m.goals.iter().enumerate().map(|(i, g)| {
                let hints = goals::check(g, today);
                let part = |p: GoalPart| props.onedit.reform(move |v| MemoEdit::Goal(i, p, v));
                html! {
                    <fieldset class="goal">
                        <legend class="goal__title">{ s::goal_n(lang, i + 1) }</legend>
                        <Field id={format!("goal-{i}-what")} label={s::GOAL_WHAT.get(lang)} value={g.what.clone()} oninput={part(GoalPart::What)} />
                        <Field id={format!("goal-{i}-measure")} label={s::GOAL_MEASURE.get(lang)} value={g.measure.clone()} oninput={part(GoalPart::Measure)} />
                        <Field id={format!("goal-{i}-by")} label={s::GOAL_BY_WHEN.get(lang)} input_type="date" value={g.by_when.clone()} oninput={part(GoalPart::ByWhen)} />
                        <Field id={format!("goal-{i}-support")} label={s::GOAL_SUPPORT.get(lang)} value={g.support.clone()} oninput={part(GoalPart::Support)} />
                        if !hints.is_empty() {
                            <ul class="goal__hints" aria-live="polite">
                                { for hints.iter().map(|h| html! { <li>{ h.explain().get(lang) }{
                                    if let goals::GoalHint::Vague { word } = h { format!(" („{word}“)") } else { String::new() }
                                }</li> }) }
                            </ul>
                        }
                        <div class="button-row">
                            <button type="button" class="button" onclick={props.onedit.reform(move |_: MouseEvent| MemoEdit::RemoveGoal(i))}>{ s::remove_goal(lang, i + 1) }</button>
                        </div>
                    </fieldset>
                }
            }) }
            <div class="button-row">
                <button type="button" class="button" onclick={props.onedit.reform(|_: MouseEvent| MemoEdit::AddGoal)}>{ s::ADD_GOAL.get(lang) }</button>
            </div>
        </section>
    }
}
