//! Labelled `<select>`s: `Select` over a list of (value, text) pairs that is
//! data (template ids, class numbers), and `enum_select` for every closed set
//! of values in the core — it stores and emits the value itself, by its
//! stable code.

use yew::prelude::*;

use crate::i18n::{Labelled, Lang};

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

/// A labelled `<select>` of every value of `T` (or `only` those, in order),
/// by stable code. A function, not a generic component: a component per
/// type brought Yew's lifecycle code once for every type shown (#13).
pub fn enum_select<T: Labelled>(
    lang: Lang,
    id: impl Into<AttrValue>,
    label: impl Into<AttrValue>,
    value: T,
    onchange: Callback<T>,
    only: Option<Vec<T>>,
) -> Html {
    let values: &[T] = only.as_deref().unwrap_or(T::ALL);
    let options = values
        .iter()
        .map(|v| (AttrValue::Static(v.code()), AttrValue::from(v.label(lang))))
        .collect::<Vec<_>>();
    let onchange = Callback::from(move |code: String| {
        if let Some(v) = T::from_code(&code) {
            onchange.emit(v);
        }
    });
    html! {
        <Select id={id.into()} label={label.into()} {options}
            value={AttrValue::Static(value.code())} {onchange} />
    }
}
