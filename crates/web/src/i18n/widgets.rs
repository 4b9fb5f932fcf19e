//! Strings of the snippet page (`pages::widgets`), where a school's web
//! editor makes the `<iframe>` code for a widget.

use kooliabi_core::i18n::{Lang, Tr};
use kooliabi_core::tr;

pub const INTRO: Tr = tr! {
    et: "Iga kalkulaatori ja küsimustiku alustamise saab panna kooli veebilehele. Vidin töötab Kooliabi aadressilt: kooli leht ei näe, mida sinna kirjutatakse, ja see jääb kasutaja seadmesse nagu Kooliabis endas.",
    en: "Each calculator and the questionnaire start can be placed on the school's website. The widget runs from Kooliabi's address: the school's page cannot see what is typed into it, and it stays on the user's device as in Kooliabi itself.",
    ru: "Любой калькулятор и начало анкеты можно разместить на сайте школы. Виджет работает с адреса Kooliabi: страница школы не видит, что в него вводят, и всё остаётся на устройстве пользователя, как в самом Kooliabi.",
};
pub const SETTINGS: Tr = tr! {
    et: "Seaded",
    en: "Settings",
    ru: "Настройки",
};
pub const TOOL: Tr = tr! {
    et: "Tööriist",
    en: "Tool",
    ru: "Инструмент",
};
pub const LANGUAGE: Tr = tr! {
    et: "Keel",
    en: "Language",
    ru: "Язык",
};
pub const ACCENT: Tr = tr! {
    et: "Kooli värv (värvikood, kuus märki, nt 1d4e89)",
    en: "School colour (six hex digits, e.g. 1d4e89)",
    ru: "Цвет школы (шесть шестнадцатеричных цифр, напр. 1d4e89)",
};
pub const ACCENT_HINT: Tr = tr! {
    et: "Nuppudel on sellel värvil valge tekst; liiga hele värv jäetakse kasutamata. Tühi: Kooliabi sinine.",
    en: "Buttons show white text on this colour; a colour too light for it is not used. Empty: Kooliabi's blue.",
    ru: "На кнопках белый текст на этом цвете; слишком светлый цвет не используется. Пусто: синий Kooliabi.",
};
pub const ACCENT_NOT_A_COLOUR: Tr = tr! {
    et: "See ei ole värvikood: kirjuta kuus numbrit või tähte a–f, nt 1d4e89.",
    en: "This is not a colour code: type six digits or letters a–f, e.g. 1d4e89.",
    ru: "Это не код цвета: введите шесть цифр или букв a–f, напр. 1d4e89.",
};

/// The accent is valid but white text on it would be hard to read.
pub fn accent_too_light(lang: Lang, ratio: f64) -> String {
    let ratio = crate::i18n::decimal(lang, kooliabi_core::number::fixed(ratio, 1));
    match lang.only() {
        Lang::Et => format!("Valge tekst on sellel värvil halvasti loetav (kontrast {ratio} : 1, vaja vähemalt 4,5 : 1). Vali tumedam värv."),
        Lang::En => format!("White text is hard to read on this colour (contrast {ratio} : 1, at least 4.5 : 1 is needed). Choose a darker colour."),
        Lang::Ru => format!("Белый текст плохо читается на этом цвете (контраст {ratio} : 1, нужно не меньше 4,5 : 1). Выберите цвет темнее."),
    }
}

pub const PREVIEW: Tr = tr! {
    et: "Eelvaade",
    en: "Preview",
    ru: "Предпросмотр",
};
pub const CODE: Tr = tr! {
    et: "Kood veebilehele",
    en: "Code for the website",
    ru: "Код для сайта",
};
pub const CODE_HINT: Tr = tr! {
    et: "Pane see kood lehe HTML-i sinna, kus vidin peab olema.",
    en: "Put this code in the page's HTML where the widget should be.",
    ru: "Вставьте этот код в HTML страницы там, где должен быть виджет.",
};
pub const COPY_CODE: Tr = tr! {
    et: "Kopeeri <iframe> kood",
    en: "Copy the <iframe> code",
    ru: "Скопировать код <iframe>",
};
pub const AUTO_HEIGHT: Tr = tr! {
    et: "Automaatne kõrgus (soovi korral)",
    en: "Automatic height (optional)",
    ru: "Автоматическая высота (по желанию)",
};
pub const AUTO_HEIGHT_HINT: Tr = tr! {
    et: "Selle rea lisamisel kohandub vidina kõrgus sisuga. Skript võtab vastu ainult Kooliabi vidinate kõrguse ega loe lehelt midagi.",
    en: "With this line on the page, the widget's height follows its content. The script accepts only the height of Kooliabi's widgets and reads nothing from the page.",
    ru: "С этой строкой на странице высота виджета подстраивается под содержимое. Скрипт принимает только высоту виджетов Kooliabi и ничего не читает со страницы.",
};
pub const COPY_SCRIPT: Tr = tr! {
    et: "Kopeeri skripti rida",
    en: "Copy the script line",
    ru: "Скопировать строку скрипта",
};
pub const PRIVACY_NOTE: Tr = tr! {
    et: "Brauserid hoiavad teise saidi sisse pandud vidina andmeid eraldi: vidinas kirjutatu on näha samas vidinas sellel kooli lehel, mitte Kooliabi enda lehel.",
    en: "Browsers keep the data of a widget inside another site apart: what is typed in the widget is seen in the same widget on this school's page, not on Kooliabi's own page.",
    ru: "Браузеры хранят данные виджета на чужом сайте отдельно: введённое в виджете видно в том же виджете на странице школы, а не на странице самого Kooliabi.",
};
/// The iframe's `title` (what a screen reader announces for the frame).
pub fn frame_title(tool_title: &str) -> String {
    format!("Kooliabi: {tool_title}")
}
