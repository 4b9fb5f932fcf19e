//! Reading what a field holds: "empty → nothing, else the value or what is
//! wrong", in one place for every optional field of every page.

use chrono::NaiveDate;
use kooliabi_core::calendar::parse_date;
use yew::AttrValue;

use crate::i18n::{calendar, Lang};

/// An optional field read with `parse`: `(None, None)` when empty, else the
/// value or the message `explain` gives for the error, ready for `Field`.
pub fn optional<T, E>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
    explain: impl FnOnce(E) -> String,
) -> (Option<T>, Option<AttrValue>) {
    if text.trim().is_empty() {
        return (None, None);
    }
    match parse(text) {
        Ok(v) => (Some(v), None),
        Err(e) => (None, Some(AttrValue::from(explain(e)))),
    }
}

/// An optional date field.
pub fn date(lang: Lang, text: &str) -> (Option<NaiveDate>, Option<AttrValue>) {
    optional(text, parse_date, |e| calendar::date_error(lang, e))
}
