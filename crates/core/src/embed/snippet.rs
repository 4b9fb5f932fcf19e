//! The snippet page's form: which tool a school's web editor embeds, in
//! which language, with which accent colour and (points) maximum. The form
//! lives in the page's own address (`#/widgets?tool=points&lang=en&…`), as
//! typed, so a reload, a language switch (a new page load, #13) or a link
//! sent to a colleague shows the same choice; nothing is stored on the
//! device for it.

use super::{parse, EmbedParams, Tool};
use crate::code::Coded;
use crate::i18n::Lang;
use crate::query::{encode, pairs};

#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    pub tool: Tool,
    /// The widget's language (not the page's).
    pub lang: Lang,
    /// As typed: checked by `parse` when the code is made.
    pub accent: String,
    /// As typed; used by the points tool only.
    pub max: String,
}

impl Snippet {
    /// The form read back from its address query (with or without the
    /// `?`). A tool or language that is not one of ours is left at its
    /// default (points; `lang`, the page's language); the text fields come
    /// back exactly as typed.
    pub fn from_query(query: &str, lang: Lang) -> Snippet {
        let mut form = Snippet {
            tool: Tool::Points,
            lang,
            accent: String::new(),
            max: String::new(),
        };
        for (k, v) in pairs(query) {
            match k.as_str() {
                "tool" => form.tool = Tool::from_code(&v).unwrap_or(form.tool),
                "lang" => form.lang = Lang::from_code(&v).unwrap_or(form.lang),
                "accent" => form.accent = v,
                "max" => form.max = v,
                _ => {}
            }
        }
        form
    }

    /// The form as an address query (no `?`): every field as typed, empty
    /// ones left out, so `from_query` gives the same form back.
    pub fn to_query(&self) -> String {
        let mut pairs = vec![
            format!("tool={}", self.tool.code()),
            format!("lang={}", self.lang.code()),
        ];
        if !self.accent.is_empty() {
            pairs.push(format!("accent={}", encode(&self.accent)));
        }
        if !self.max.is_empty() {
            pairs.push(format!("max={}", encode(&self.max)));
        }
        pairs.join("&")
    }

    /// The widget's query string, holding only what the widget accepts
    /// (read by the widget's own parser, so the code never carries a value
    /// the widget would ignore), and the parameters the widget will use.
    pub fn widget_query(&self) -> (String, EmbedParams) {
        let mut asked = vec![format!("lang={}", self.lang.code())];
        let accent = self.accent.trim();
        if !accent.is_empty() {
            asked.push(format!("accent={}", encode(accent.trim_start_matches('#'))));
        }
        if self.tool == Tool::Points && !self.max.trim().is_empty() {
            asked.push(format!("max={}", encode(self.max.trim())));
        }
        let (params, _) = parse(&asked.join("&"), &[self.tool]);
        let mut kept = vec![format!("lang={}", self.lang.code())];
        if let Some(a) = params.accent {
            kept.push(format!("accent={}", &a.css()[1..]));
        }
        for (k, v) in &params.settings {
            kept.push(format!("{k}={}", encode(v)));
        }
        (kept.join("&"), params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_form_reads_back_from_its_query() {
        let form = Snippet {
            tool: Tool::Deadlines,
            lang: Lang::En,
            accent: "#8A1538".into(),
            max: "37,5".into(),
        };
        assert_eq!(
            form.to_query(),
            "tool=deadlines&lang=en&accent=%238A1538&max=37%2C5"
        );
        assert_eq!(Snippet::from_query(&form.to_query(), Lang::Ru), form);
    }

    #[test]
    fn unknown_tool_or_language_keeps_the_defaults_and_the_rest_reads() {
        let form = Snippet::from_query("?tool=nope&lang=EN&accent=ffd7&extra=1", Lang::Ru);
        assert_eq!(form.tool, Tool::Points);
        assert_eq!(form.lang, Lang::Ru);
        assert_eq!(form.accent, "ffd7");
        assert_eq!(
            Snippet::from_query("", Lang::Et),
            Snippet::from_query("?", Lang::Et)
        );
    }

    #[test]
    fn the_widget_query_keeps_only_what_the_widget_accepts() {
        let mut form =
            Snippet::from_query("tool=points&lang=en&accent=%238A1538&max=37%2C5", Lang::Et);
        assert_eq!(form.widget_query().0, "lang=en&accent=8a1538&max=37%2C5");
        // Too light for white text, and a maximum for a tool without one.
        form.accent = "ffd700".into();
        form.tool = Tool::Deadlines;
        assert_eq!(form.widget_query().0, "lang=en");
        form.accent = "not a colour".into();
        assert_eq!(form.widget_query().0, "lang=en");
    }

    proptest! {
        #[test]
        fn any_typed_text_survives_the_address(accent in ".*", max in ".*", t in 0..Tool::ALL.len(), l in 0..3usize) {
            let form = Snippet { tool: Tool::ALL[t], lang: Lang::ALL[l], accent, max };
            prop_assert_eq!(Snippet::from_query(&form.to_query(), Lang::Et), form);
        }
    }
}
