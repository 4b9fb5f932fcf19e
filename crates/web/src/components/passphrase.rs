//! A new passphrase typed twice, for the files sealed with one (the key
//! backup, a memo for someone without a key): the form with its operations
//! and its two fields.

use kooliabi_core::conversation::keys::{self, PassphraseProblem, PASSPHRASE_MIN_CHARS};
use yew::prelude::*;

use crate::components::field::Field;
use crate::i18n::{conversation as s, use_lang, Lang};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PassphraseForm {
    pub first: String,
    pub second: String,
    /// Problems are shown only once the user has tried to use it.
    pub tried: bool,
}

impl PassphraseForm {
    pub fn problems(&self) -> Vec<PassphraseProblem> {
        keys::passphrase_problems(&self.first, &self.second, PASSPHRASE_MIN_CHARS)
    }

    /// Marks the form as tried; whether the passphrase may be used.
    pub fn attempt(&mut self) -> bool {
        self.tried = true;
        self.problems().is_empty()
    }

    /// What is wrong, in words, once the user has tried.
    fn error(&self, lang: Lang) -> Option<AttrValue> {
        let problems = if self.tried {
            self.problems()
        } else {
            Vec::new()
        };
        (!problems.is_empty()).then(|| {
            let words: Vec<_> = problems
                .iter()
                .map(|p| s::passphrase_problem(lang, *p))
                .collect();
            AttrValue::from(words.join(" "))
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct PassphraseProps {
    /// The first field's id; the second's is this with a `2`.
    pub id: AttrValue,
    pub form: PassphraseForm,
    pub onchange: Callback<PassphraseForm>,
}

#[function_component(PassphraseFields)]
pub fn passphrase_fields(props: &PassphraseProps) -> Html {
    let lang = use_lang();
    let set = |f: fn(&mut PassphraseForm, String)| {
        let (form, onchange) = (props.form.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = form.clone();
            f(&mut next, v);
            onchange.emit(next);
        })
    };
    let form = &props.form;
    html! { <>
        <Field id={props.id.clone()} label={s::PASSPHRASE.get(lang)} input_type="password" autocomplete="new-password"
            hint={s::passphrase_help(lang, PASSPHRASE_MIN_CHARS)} value={form.first.clone()} oninput={set(|f, v| f.first = v)} />
        <Field id={format!("{}2", props.id)} label={s::PASSPHRASE_AGAIN.get(lang)} input_type="password" autocomplete="new-password"
            value={form.second.clone()} error={form.error(lang)} oninput={set(|f, v| f.second = v)} />
    </> }
}
