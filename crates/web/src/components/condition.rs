//! One condition of a list (honours, graduation) with its state.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConditionProps {
    pub label: AttrValue,
    pub state: AttrValue,
    /// From the core state's `css_class()`: met, not met, not yet known.
    pub class: &'static str,
}

#[function_component(ConditionItem)]
pub fn condition_item(props: &ConditionProps) -> Html {
    html! {
        <li class={classes!("cond", props.class)}><span>{ &props.label }</span>{ ": " }<strong>{ &props.state }</strong></li>
    }
}
