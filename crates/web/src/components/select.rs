//! Labelled `<select>`s: `Select` over a list of (value, text) pairs that is
//! data (template ids, class numbers), and `EnumSelect` for every closed set
//! of values in the core — it stores and emits the value itself, by its
//! stable code.

use yew::prelude::*;

use crate::i18n::{use_lang, Labelled};

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, visible text) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                cb.emit(el.value());
            }
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={*v == props.value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EnumSelectProps<T: PartialEq> {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: T,
    pub onchange: Callback<T>,
    /// A subset to offer, in order; every value of the type when absent.
    #[prop_or_default]
    pub only: Option<Vec<T>>,
}

#[function_component(EnumSelect)]
pub fn enum_select<T: Labelled>(props: &EnumSelectProps<T>) -> Html {
    let lang = use_lang();
    let values: &[T] = props.only.as_deref().unwrap_or(T::ALL);
    let options = values
        .iter()
        .map(|v| (AttrValue::Static(v.code()), AttrValue::from(v.label(lang))))
        .collect::<Vec<_>>();
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |code: String| {
            if let Some(v) = T::from_code(&code) {
                cb.emit(v);
            }
        })
    };
    html! {
        <Select id={props.id.clone()} label={props.label.clone()} {options}
            value={AttrValue::Static(props.value.code())} {onchange} />
    }
}
