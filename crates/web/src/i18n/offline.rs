//! Strings of the offline layer: the prompt that a new release is ready.

use super::Tr;
use kooliabi_core::tr;

pub const UPDATE_READY: Tr = tr! {
    et: "Kooliabi uus versioon on valmis. Sisestatu jääb alles.",
    en: "A new version of Kooliabi is ready. What you entered is kept.",
    ru: "Готова новая версия Kooliabi. Всё введённое сохранится.",
};
pub const RELOAD: Tr = tr! {
    et: "Laadi uuesti",
    en: "Reload",
    ru: "Перезагрузить",
};
