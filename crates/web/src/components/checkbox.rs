//! A labelled checkbox with an optional hint, the whole row a touch target.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                cb.emit(input.checked());
            }
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <>
            <div class="checkbox">
                <input type="checkbox" id={props.id.clone()} checked={props.checked} {onchange}
                    aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} />
                <label for={props.id.clone()}>{ &props.label }</label>
            </div>
            if let Some(hint) = &props.hint {
                <p class="field__hint" id={hint_id}>{ hint }</p>
            }
        </>
    }
}
