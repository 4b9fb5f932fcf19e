//! Reference card: behaviour and diligence grades (002 8.5) and the
//! five-point scale's meanings (004 § 17 (2)).

use kooliabi_core::code::Coded;
use kooliabi_core::grading::basic_school::Conduct;
use kooliabi_core::grading::scale::Grade;
use yew::prelude::*;

use crate::i18n::{common, grading as s, use_lang};

#[function_component(BehaviourPage)]
pub fn behaviour_page() -> Html {
    let lang = use_lang();
    let card = |title: &'static str,
                source: &'static str,
                meaning: fn(Conduct) -> kooliabi_core::i18n::Tr| {
        html! {
            <section class="reference-card">
                <h2>{ title }</h2>
                <dl>
                    { for Conduct::ALL.iter().map(|c| html! { <>
                        <dt><abbr class="conduct-code">{ c.code() }</abbr>{ " — " }{ c.name().get(lang) }</dt>
                        <dd>{ meaning(*c).get(lang) }</dd>
                    </> }) }
                </dl>
                <p class="note">{ source }</p>
            </section>
        }
    };
    html! {
        <>
            <h1>{ common::TOOL_BEHAVIOUR.title.get(lang) }</h1>
            <p>{ s::BEHAVIOUR_INTRO.get(lang) }</p>
            { card(s::BEHAVIOUR.get(lang), s::BEHAVIOUR_SOURCE.get(lang), Conduct::behaviour_meaning) }
            { card(s::DILIGENCE.get(lang), s::DILIGENCE_SOURCE.get(lang), Conduct::diligence_meaning) }
            <section class="reference-card">
                <h2>{ s::SCALE_HEADING.get(lang) }</h2>
                <dl>
                    { for Grade::ALL_DESC.iter().map(|g| html! { <>
                        <dt>{ format!("{} — {}", g.value(), g.name_in(lang)) }</dt>
                        <dd>{ g.meaning().get(lang) }</dd>
                    </> }) }
                </dl>
            </section>
        </>
    }
}
