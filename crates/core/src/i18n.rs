//! The languages Kooliabi speaks and the one type every user-visible string
//! lives in. A `Tr` cannot be built without all three languages, so a missing
//! translation is a compile error, not a blank on screen.

use serde::{Deserialize, Serialize};

/// Estonian first; English and Russian complete.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Et,
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Et, Lang::En, Lang::Ru];

    /// BCP 47 tag, used for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Et => "et",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The one language this build carries, if it was built for one
    /// (features `lang-et`, `lang-en`, `lang-ru`): each page is built once
    /// per language and loads only the build of the language in use (#13).
    pub const BUILT: Option<Lang> = if cfg!(feature = "lang-et") {
        Some(Lang::Et)
    } else if cfg!(feature = "lang-en") {
        Some(Lang::En)
    } else if cfg!(feature = "lang-ru") {
        Some(Lang::Ru)
    } else {
        None
    };

    /// The language text is picked in: this one, or the build's own. Every
    /// choice of a string by language goes through here, so in a
    /// one-language build the other languages' strings are never reached
    /// and the linker leaves them out.
    #[inline(always)]
    pub const fn only(self) -> Lang {
        match Lang::BUILT {
            Some(built) => built,
            None => self,
        }
    }
}

/// The language chosen on this device is stored (key `lang`).
impl crate::stored::Stored for Lang {
    const VERSION: u32 = 1;
}

impl Lang {
    /// Reads the stored choice without a JSON parser, which the home page
    /// does not carry: the two forms `stored::write` has written, `"et"`
    /// (version 0) and `{"v":1,"data":"et"}`. Anything else is no choice.
    pub fn from_stored(text: &str) -> Option<Lang> {
        let text = text.trim();
        let quoted = text
            .strip_prefix("{\"v\":1,\"data\":")
            .and_then(|rest| rest.strip_suffix('}'))
            .unwrap_or(text);
        let code = quoted.strip_prefix('"')?.strip_suffix('"')?;
        Lang::from_code(code)
    }

    /// What `stored::write` writes for this choice.
    pub fn to_stored(self) -> String {
        format!("{{\"v\":1,\"data\":\"{}\"}}", self.code())
    }
}

/// A fixed string in all three languages, written with [`tr!`].
///
/// In a one-language build ([`Lang::BUILT`]) it holds that language's text
/// in every field, so the other two are never referenced and the linker
/// leaves them out, also where a `Tr` is kept in a table or returned from a
/// function that is not inlined (#13: before, the home page's tool list
/// carried all three languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    et: &'static str,
    en: &'static str,
    ru: &'static str,
}

/// A [`Tr`]: `tr! { et: "…", en: "…", ru: "…" }`. All three are required,
/// so a missing translation is a compile error.
#[macro_export]
macro_rules! tr {
    { et: $et:expr, en: $en:expr, ru: $ru:expr $(,)? } => {
        $crate::i18n::Tr::new($et, $en, $ru)
    };
}

impl Tr {
    /// Use [`tr!`], which names the languages.
    #[doc(hidden)]
    #[inline(always)]
    pub const fn new(et: &'static str, en: &'static str, ru: &'static str) -> Tr {
        let all = Tr { et, en, ru };
        let Some(built) = Lang::BUILT else {
            return all;
        };
        let only = all.get(built);
        Tr {
            et: only,
            en: only,
            ru: only,
        }
    }

    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang.only() {
            Lang::Et => self.et,
            Lang::En => self.en,
            Lang::Ru => self.ru,
        }
    }
}

/// Text that is data rather than code (questionnaire templates a school may
/// author), in all three languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub et: String,
    pub en: String,
    pub ru: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang.only() {
            Lang::Et => &self.et,
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_code_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn estonian_is_the_default_language() {
        assert_eq!(Lang::default(), Lang::Et);
    }

    #[test]
    fn the_stored_choice_reads_without_a_json_parser_as_stored_reads_it() {
        for lang in Lang::ALL {
            let written = crate::stored::write(&lang);
            assert_eq!(lang.to_stored(), written);
            assert_eq!(Lang::from_stored(&written), Some(lang));
            assert_eq!(
                crate::stored::read::<Lang>(&lang.to_stored()).ok(),
                Some(lang)
            );
            // The first release stored the bare value (version 0).
            let bare = format!("\"{}\"", lang.code());
            assert_eq!(Lang::from_stored(&bare), Some(lang));
            assert_eq!(crate::stored::read::<Lang>(&bare).ok(), Some(lang));
        }
        for bad in [
            "",
            "et",
            "\"de\"",
            "{\"v\":2,\"data\":\"en\"}",
            "{\"v\":1,\"data\":\"en\"",
            "null",
        ] {
            assert_eq!(Lang::from_stored(bad), None, "{bad}");
        }
    }
}

/// A one-language build (`--features lang-ru`, as scripts/test.sh runs
/// these): every string is read in Russian, whatever language is asked.
#[cfg(all(
    test,
    feature = "lang-ru",
    not(any(feature = "lang-et", feature = "lang-en"))
))]
mod one_language {
    use super::*;

    #[test]
    fn every_string_is_read_in_the_built_language() {
        assert_eq!(Lang::BUILT, Some(Lang::Ru));
        let tr = tr! {
            et: "tere",
            en: "hello",
            ru: "привет",
        };
        let localized = Localized {
            et: "a".into(),
            en: "b".into(),
            ru: "в".into(),
        };
        for lang in Lang::ALL {
            assert_eq!(lang.only(), Lang::Ru);
            assert_eq!(tr.get(lang), "привет");
            assert_eq!(localized.get(lang), "в");
        }
    }

    /// What keeps the other languages out of a page's `.wasm`: a `Tr` of a
    /// one-language build refers to its own text only, as a table or a
    /// function's return value keeps every field it holds.
    #[test]
    fn a_tr_holds_only_the_built_language() {
        const TABLE: [Tr; 2] = [
            tr! { et: "üks", en: "one", ru: "один" },
            tr! { et: "kaks", en: "two", ru: "два" },
        ];
        for (t, ru) in TABLE.iter().zip(["один", "два"]) {
            assert_eq!((t.et, t.en, t.ru), (ru, ru, ru));
        }
    }
}
