//! A labelled input with its hint and error, wired for screen readers.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// Unique on the page; the label, hint and error hang off it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// `decimal` brings up a number pad with a comma on phones.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                cb.emit(input.value());
            }
        })
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "field--error"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="field__hint" id={hint_id}>{ hint }</p>
            }
            <input
                id={props.id.clone()}
                type={props.input_type.clone()}
                value={props.value.clone()}
                inputmode={props.inputmode.clone()}
                autocomplete={props.autocomplete.clone().unwrap_or(AttrValue::Static("off"))}
                required={props.required}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                {oninput}
            />
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id} role="alert">{ error }</p>
            }
        </div>
    }
}
