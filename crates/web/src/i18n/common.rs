//! Strings of the shell: header, home page, privacy page, shared widgets.

use super::{Lang, Tr};
use kooliabi_core::tr;

pub const APP_NAME: Tr = tr! {
    et: "Kooliabi",
    en: "Kooliabi",
    ru: "Kooliabi",
};
pub const TAGLINE: Tr = tr! {
    et: "Arenguvestlused ja hinded — kõik jääb sinu seadmesse.",
    en: "Development conversations and grades — everything stays on your device.",
    ru: "Беседы о развитии и оценки — всё остаётся на вашем устройстве.",
};
pub const SKIP_TO_CONTENT: Tr = tr! {
    et: "Mine sisu juurde",
    en: "Skip to content",
    ru: "Перейти к содержанию",
};
pub const NAV_LABEL: Tr = tr! {
    et: "Peamenüü",
    en: "Main menu",
    ru: "Главное меню",
};
pub const NAV_HOME: Tr = tr! {
    et: "Avaleht",
    en: "Home",
    ru: "Главная",
};
pub const NAV_PRIVACY: Tr = tr! {
    et: "Privaatsus ja andmed",
    en: "Privacy and data",
    ru: "Конфиденциальность и данные",
};
pub const LANG_SWITCH_LABEL: Tr = tr! {
    et: "Keel",
    en: "Language",
    ru: "Язык",
};
pub const BACK_HOME: Tr = tr! {
    et: "Tagasi avalehele",
    en: "Back to home",
    ru: "Назад на главную",
};

/// The short name on a language button (ISO 639-1, upper case).
pub fn lang_short(lang: Lang) -> &'static str {
    match lang {
        Lang::Et => "ET",
        Lang::En => "EN",
        Lang::Ru => "RU",
    }
}

/// Each language's name in itself, as language pickers conventionally show.
pub fn lang_own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Et => "eesti keel",
        Lang::En => "English",
        Lang::Ru => "русский",
    }
}

pub const DATA_STAYS_NOTE: Tr = tr! {
    et: "Kõik, mida siia sisestad, jääb ainult sellesse seadmesse. Midagi ei saadeta kuhugi.",
    en: "Everything you enter here stays on this device only. Nothing is sent anywhere.",
    ru: "Всё, что вы вводите, остаётся только на этом устройстве. Ничего никуда не отправляется.",
};

// Home page: tool groups and tools.
pub const GROUP_CONVERSATION: Tr = tr! {
    et: "Arenguvestlus",
    en: "Development conversation",
    ru: "Беседа о развитии",
};
pub const GROUP_GRADES: Tr = tr! {
    et: "Hinded põhikoolis ja gümnaasiumis",
    en: "Grades in basic and upper secondary school",
    ru: "Оценки в основной школе и гимназии",
};
pub const GROUP_VOCATIONAL: Tr = tr! {
    et: "Kutseõpe ja gümnaasiumi lõpetamine",
    en: "Vocational studies and graduating from upper secondary",
    ru: "Профессиональное обучение и окончание гимназии",
};
pub const GROUP_DATES: Tr = tr! {
    et: "Kuupäevad ja tähtajad",
    en: "Dates and deadlines",
    ru: "Даты и сроки",
};
pub const GROUP_ATTENDANCE: Tr = tr! {
    et: "Puudumised ja hilinemised",
    en: "Absences and lateness",
    ru: "Пропуски и опоздания",
};

/// A tool's name and one-line summary, as listed on the home page and used as
/// its page heading.
pub struct ToolText {
    pub title: Tr,
    pub summary: Tr,
}

pub const TOOL_QUESTIONNAIRES: ToolText = ToolText {
    title: tr! {
        et: "Arenguvestluse küsimustikud",
        en: "Development conversation questionnaires",
        ru: "Анкеты к беседе о развитии",
    },
    summary: tr! {
        et: "Õpilane, vanem ja klassijuhataja valmistuvad vestluseks.",
        en: "Student, parent and class teacher prepare for the conversation.",
        ru: "Ученик, родитель и классный руководитель готовятся к беседе.",
    },
};
pub const TOOL_CONVERSATIONS: ToolText = ToolText {
    title: tr! {
        et: "Arenguvestlused",
        en: "Development conversations",
        ru: "Беседы о развитии",
    },
    summary: tr! {
        et: "Kutse lingid, krüpteeritud vastused, vastused kõrvuti, eesmärgid, arengupilt ja memo.",
        en: "Invitation links, encrypted replies, answers side by side, goals, the development picture and the memo.",
        ru: "Ссылки-приглашения, зашифрованные ответы, ответы рядом, цели, картина развития и памятка.",
    },
};
pub const TOOL_PLANNER: ToolText = ToolText {
    title: tr! {
        et: "Vestluste planeerija",
        en: "Conversation planner",
        ru: "Планировщик бесед",
    },
    summary: tr! {
        et: "Klassi vestluste kuupäevad, küsimustike tähtajad ja hoiatused.",
        en: "A class's conversation dates, questionnaire deadlines and warnings.",
        ru: "Даты бесед класса, сроки анкет и предупреждения.",
    },
};
pub const TOOL_POINTS: ToolText = ToolText {
    title: tr! {
        et: "Punktid hindeks",
        en: "Points to grade",
        ru: "Баллы в оценку",
    },
    summary: tr! {
        et: "Töö punktid viiepallisüsteemi hindeks ja hinnete punktipiirid.",
        en: "A test's points as a five-point grade, and the points each grade needs.",
        ru: "Баллы за работу в оценку по пятибалльной шкале и границы оценок.",
    },
};
pub const TOOL_CLASS: ToolText = ToolText {
    title: tr! {
        et: "Terve klassi hinded",
        en: "A whole class at once",
        ru: "Оценки всего класса",
    },
    summary: tr! {
        et: "Kleebi klassi punktid tabelist ja saa kõigi hinded.",
        en: "Paste a class's points from a spreadsheet and get everyone's grade.",
        ru: "Вставьте баллы класса из таблицы и получите оценки всех.",
    },
};
pub const TOOL_FOLLOWS: ToolText = ToolText {
    title: tr! {
        et: "Mis mu hinnetest järgneb",
        en: "What follows from my grades",
        ru: "Что следует из моих оценок",
    },
    summary: tr! {
        et: "Tugi, täiendav õppetöö, klassikordamine ja kiitusega lõpetamine põhikoolis.",
        en: "Support, additional study, repeating a year and honours in basic school.",
        ru: "Поддержка, дополнительная учёба, оставление на второй год и отличие в основной школе.",
    },
};
pub const TOOL_BEHAVIOUR: ToolText = ToolText {
    title: tr! { et: "Käitumine ja hoolsus", en: "Behaviour and diligence", ru: "Поведение и прилежание" },
    summary: tr! { et: "Hinnete eeskujulik, hea, rahuldav ja mitterahuldav tähendus.", en: "What exemplary, good, satisfactory and unsatisfactory mean.", ru: "Что означают оценки «примерное», «хорошее», «удовлетворительное», «неудовлетворительное»." },
};
pub const TOOL_MODULES: ToolText = ToolText {
    title: tr! {
        et: "Minu moodulid (kutseõpe)",
        en: "My modules (vocational)",
        ru: "Мои модули (профобучение)",
    },
    summary: tr! {
        et: "EKAP-iga kaalutud keskmine, kiitusega lõpetamine, võlgnevused.",
        en: "EKAP-weighted average, graduating with honours, academic debts.",
        ru: "Средний балл с весом EKAP, окончание с отличием, задолженности.",
    },
};
pub const TOOL_COURSES: ToolText = ToolText {
    title: tr! {
        et: "Minu kursused (gümnaasium)",
        en: "My courses (upper secondary)",
        ru: "Мои курсы (гимназия)",
    },
    summary: tr! {
        et: "Lõpetamise tingimused ja kohustuslike kursuste puudujäägid.",
        en: "Graduation conditions and missing compulsory courses.",
        ru: "Условия окончания и недостающие обязательные курсы.",
    },
};
pub const TOOL_RECOGNISE: ToolText = ToolText {
    title: tr! {
        et: "Varasema hinde arvestamine",
        en: "Recognise an earlier grade",
        ru: "Зачёт прежней оценки",
    },
    summary: tr! {
        et: "Teise kooli või skaala hinne selle kooli skaalale.",
        en: "A grade from another school or scale on this school's scale.",
        ru: "Оценка другой школы или шкалы в шкале этой школы.",
    },
};
pub const TOOL_TEST_SCHEDULE: ToolText = ToolText {
    title: tr! {
        et: "Kontrolltööde graafik",
        en: "Test schedule checker",
        ru: "График контрольных",
    },
    summary: tr! {
        et: "Õpetajale: kas kontrolltööd on õigel ajal teatatud ja päeva ning nädala kohta mitte liiga palju (002 8.2.4).",
        en: "For teachers: are tests announced in time, and not too many a day or a week (002 8.2.4).",
        ru: "Для учителя: вовремя ли объявлены контрольные и не слишком ли их много в день и в неделю (002 8.2.4).",
    },
};
pub const TOOL_ATTENDANCE: ToolText = ToolText {
    title: tr! {
        et: "Puudumised ja hilinemised",
        en: "Absences and lateness",
        ru: "Пропуски и опоздания",
    },
    summary: tr! {
        et: "Kuidas hilinemine märgitakse ja mis järgneb puudutud tundidest, iga tagajärg koos punktiga.",
        en: "How a lateness is marked and what follows from lessons missed, each consequence with its clause.",
        ru: "Как отмечается опоздание и что следует из пропущенных уроков, каждое последствие с пунктом.",
    },
};
pub const TOOL_DEADLINES: ToolText = ToolText {
    title: tr! {
        et: "Tähtaegade kalkulaator",
        en: "Deadline calculator",
        ru: "Калькулятор сроков",
    },
    summary: tr! {
        et: "Vaide, võlgnevuse ja hinde tähtajad tööpäevades, pühad arvestatud.",
        en: "Deadlines for appeals, debts and grades in working days, holidays included.",
        ru: "Сроки обжалования, задолженностей и оценок в рабочих днях с учётом праздников.",
    },
};

pub const NOT_FOUND_TITLE: Tr = tr! {
    et: "Lehte ei leitud",
    en: "Page not found",
    ru: "Страница не найдена",
};
pub const NOT_FOUND_TEXT: Tr = tr! {
    et: "Sellist lehte Kooliabis ei ole. Vali tööriist avalehelt.",
    en: "Kooliabi has no such page. Choose a tool on the home page.",
    ru: "Такой страницы в Kooliabi нет. Выберите инструмент на главной странице.",
};

// Privacy and data page.
pub const PRIVACY_TITLE: Tr = NAV_PRIVACY;
pub const PRIVACY_POINTS: [Tr; 4] = [
    tr! {
        et: "Kooliabi töötab täielikult sinu brauseris. Serverit, kuhu andmed saadetaks, ei ole.",
        en: "Kooliabi runs entirely in your browser. There is no server that data could be sent to.",
        ru: "Kooliabi работает полностью в вашем браузере. Сервера, куда могли бы отправляться данные, нет.",
    },
    tr! {
        et: "Vastused, hinded ja nimed salvestatakse ainult selle seadme brauserisse. Keegi teine neid ei näe.",
        en: "Answers, grades and names are saved only in this device's browser. Nobody else can see them.",
        ru: "Ответы, оценки и имена сохраняются только в браузере этого устройства. Никто другой их не видит.",
    },
    tr! {
        et: "Rakendus ei laadi midagi teistest serveritest: ei fonte, skripte ega statistikat. Küpsiseid ei kasutata.",
        en: "The app loads nothing from other servers: no fonts, scripts or analytics. No cookies are used.",
        ru: "Приложение ничего не загружает с других серверов: ни шрифтов, ни скриптов, ни аналитики. Cookie не используются.",
    },
    tr! {
        et: "Andmed lahkuvad seadmest ainult siis, kui sa need ise faili ekspordid.",
        en: "Data leaves the device only when you export it to a file yourself.",
        ru: "Данные покидают устройство, только если вы сами экспортируете их в файл.",
    },
];
pub const STORED_HEADING: Tr = tr! {
    et: "Mis on selles seadmes salvestatud",
    en: "What is stored on this device",
    ru: "Что хранится на этом устройстве",
};
pub const STORED_NOTHING: Tr = tr! {
    et: "Selles seadmes ei ole Kooliabi andmeid.",
    en: "There is no Kooliabi data on this device.",
    ru: "На этом устройстве нет данных Kooliabi.",
};
pub const STORED_COL_ITEM: Tr = tr! {
    et: "Kirje",
    en: "Item",
    ru: "Запись",
};
pub const STORED_COL_SIZE: Tr = tr! {
    et: "Suurus",
    en: "Size",
    ru: "Размер",
};
pub fn bytes(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("{n} baiti"),
        Lang::En => format!("{n} bytes"),
        Lang::Ru => format!("{n} байт"),
    }
}
pub const ERASE_BUTTON: Tr = tr! {
    et: "Kustuta kõik selle seadme andmed",
    en: "Erase everything on this device",
    ru: "Удалить все данные на этом устройстве",
};
pub const ERASE_CONFIRM_TEXT: Tr = tr! {
    et: "Kas kustutada kõik Kooliabi andmed selles seadmes? Seda ei saa tagasi võtta.",
    en: "Erase all Kooliabi data on this device? This cannot be undone.",
    ru: "Удалить все данные Kooliabi на этом устройстве? Это нельзя отменить.",
};
pub const ERASE_CONFIRM_YES: Tr = tr! {
    et: "Jah, kustuta kõik",
    en: "Yes, erase everything",
    ru: "Да, удалить всё",
};
pub const CANCEL: Tr = tr! {
    et: "Loobu",
    en: "Cancel",
    ru: "Отмена",
};
pub const ERASED: Tr = tr! {
    et: "Kõik andmed on sellest seadmest kustutatud.",
    en: "All data has been erased from this device.",
    ru: "Все данные удалены с этого устройства.",
};
pub const SHARED_MODE_LABEL: Tr = tr! {
    et: "Jagatud arvuti režiim",
    en: "Shared-computer mode",
    ru: "Режим общего компьютера",
};
pub const SHARED_MODE_HELP: Tr = tr! {
    et: "Andmed hoitakse ainult selles vahekaardis ja kustuvad, kui see suletakse. Kasuta kooli- või raamatukoguarvutis.",
    en: "Data is kept only in this tab and erased when it closes. Use it on a school or library computer.",
    ru: "Данные хранятся только в этой вкладке и удаляются при её закрытии. Используйте на школьном или библиотечном компьютере.",
};
pub const SHARED_MODE_ON: Tr = tr! {
    et: "Jagatud arvuti režiim on sees: andmed kustuvad vahekaardi sulgemisel.",
    en: "Shared-computer mode is on: data is erased when this tab closes.",
    ru: "Режим общего компьютера включён: данные удалятся при закрытии вкладки.",
};
pub const STORAGE_UNAVAILABLE: Tr = tr! {
    et: "See brauser ei luba andmeid seadmesse salvestada (nt privaatne režiim või täis mälu). Saad kõike kasutada, aga sisestatu kaob, kui lehe uuesti laadid või avad Kooliabi teise osa — ekspordi see enne faili.",
    en: "This browser does not let the app save data on the device (e.g. private mode or full storage). You can use everything, but what you enter is gone after a reload or when you open another part of Kooliabi — export it to a file first.",
    ru: "Этот браузер не позволяет сохранять данные на устройстве (например, приватный режим или нет места). Всем можно пользоваться, но введённое пропадёт после перезагрузки или при переходе в другой раздел Kooliabi — сначала экспортируйте в файл.",
};
pub const STORAGE_FULL: Tr = tr! {
    et: "Seadme mälu on Kooliabi jaoks täis: mida praegu sisestad, on alles ainult kuni selle lehe sulgemiseni. Ekspordi vajalik faili ja kustuta vanad andmed lehel „Privaatsus ja andmed“.",
    en: "The device's storage for Kooliabi is full: what you enter now is kept only until you close this page. Export what you need to a file and erase old items on the “Privacy and data” page.",
    ru: "Память устройства для Kooliabi заполнена: введённое сейчас сохранится только до закрытия страницы. Экспортируйте нужное в файл и удалите старые данные на странице «Конфиденциальность и данные».",
};
pub const UNREADABLE_HELP: Tr = tr! {
    et: "Need andmed võivad olla kahjustatud või salvestatud Kooliabi uuema versiooniga. Neid ei kirjutata üle: laadi tekst alla, kui seda vajad, ja kustuta siis.",
    en: "This data may be damaged or saved by a newer version of Kooliabi. It is never overwritten: download the text if you need it, then erase it.",
    ru: "Эти данные могут быть повреждены или сохранены более новой версией Kooliabi. Они не перезаписываются: скачайте текст, если он нужен, затем удалите.",
};
pub const DOWNLOAD_AS_IS: Tr = tr! {
    et: "Laadi tekst alla",
    en: "Download the text",
    ru: "Скачать текст",
};
pub const ERASE_ITEM: Tr = tr! {
    et: "Kustuta see",
    en: "Erase this",
    ru: "Удалить это",
};
pub const STORAGE_USE_HEADING: Tr = tr! {
    et: "Kui palju on salvestatud",
    en: "How much is stored",
    ru: "Сколько сохранено",
};
pub const PERSISTED_YES: Tr = tr! {
    et: "Brauser on lubanud neid andmeid mitte ise kustutada.",
    en: "The browser has promised not to clear this data by itself.",
    ru: "Браузер обещал не удалять эти данные сам.",
};
pub const PERSISTED_NO: Tr = tr! {
    et: "Brauser võib need andmed mälu vabastamiseks või pärast pikemat kasutamata aega kustutada. Ekspordi olulised asjad faili.",
    en: "The browser may clear this data to free space or after a long time unused. Export what matters to a file.",
    ru: "Браузер может удалить эти данные, чтобы освободить место, или после долгого неиспользования. Экспортируйте важное в файл.",
};
pub const ASK_PERSIST: Tr = tr! {
    et: "Palu brauseril andmeid hoida",
    en: "Ask the browser to keep the data",
    ru: "Попросить браузер сохранить данные",
};

pub fn storage_used(lang: Lang, used: usize) -> String {
    let kb = crate::i18n::decimal(lang, kooliabi_core::number::fixed(used as f64 / 1024.0, 1));
    let budget = crate::storage::LOCAL_BUDGET_BYTES / (1024 * 1024);
    match lang.only() {
        Lang::Et => format!("Kooliabi andmed võtavad siin {kb} KB umbes {budget} MB-st, mida brauserid lubavad."),
        Lang::En => format!("Kooliabi's data takes {kb} KB here, of the about {budget} MB browsers allow."),
        Lang::Ru => format!("Данные Kooliabi занимают здесь {kb} КБ из примерно {budget} МБ, которые разрешают браузеры."),
    }
}

pub const CRASH_TITLE: Tr = tr! {
    et: "Kooliabi peatus vea tõttu",
    en: "Kooliabi stopped because of an error",
    ru: "Kooliabi остановился из-за ошибки",
};
pub const CRASH_TEXT: Tr = tr! {
    et: "Sinu andmed on alles: kõik, mis oli salvestatud, on selles seadmes ja midagi ei kirjutatud üle. Laadi leht uuesti, et jätkata.",
    en: "Your data is safe: everything saved is still on this device and nothing was overwritten. Reload the page to continue.",
    ru: "Ваши данные в сохранности: всё сохранённое осталось на этом устройстве, ничего не перезаписано. Перезагрузите страницу, чтобы продолжить.",
};
pub const CRASH_RELOAD: Tr = tr! {
    et: "Laadi uuesti",
    en: "Reload",
    ru: "Перезагрузить",
};
/// Why a paste was not read; the text stays in its field.
pub fn paste_error(lang: Lang, e: kooliabi_core::paste::PasteError) -> String {
    use kooliabi_core::paste::PasteError::*;
    match (e, lang.only()) {
        (TooManyLines { found, max }, Lang::Et) => format!("Kleebitud on {found} rida, korraga saab lugeda kuni {max}. Kleebi vähem ridu korraga."),
        (TooManyLines { found, max }, Lang::En) => format!("{found} lines were pasted; at most {max} can be read at once. Paste fewer lines at a time."),
        (TooManyLines { found, max }, Lang::Ru) => format!("Вставлено строк: {found}, за раз можно прочитать не более {max}. Вставляйте меньше строк за раз."),
        (TooLong { max_chars }, Lang::Et) => format!("Kleebitud tekst on liiga pikk (üle {max_chars} märgi). Kas lõikelaual oli õige tekst?"),
        (TooLong { max_chars }, Lang::En) => format!("The pasted text is too long (over {max_chars} characters). Was the right text on the clipboard?"),
        (TooLong { max_chars }, Lang::Ru) => format!("Вставленный текст слишком длинный (более {max_chars} знаков). В буфере обмена был нужный текст?"),
    }
}

pub const SEE_PRIVACY: Tr = tr! {
    et: "Vaata lehte „Privaatsus ja andmed“.",
    en: "See “Privacy and data”.",
    ru: "См. «Конфиденциальность и данные».",
};
pub const UPDATED_FROM_OTHER_TAB: Tr = tr! {
    et: "Seda lehte uuendati muudatustega, mis tehti teises vahekaardis või aknas.",
    en: "This page was updated with changes made in another tab or window.",
    ru: "Страница обновлена изменениями, сделанными в другой вкладке или окне.",
};

pub fn unreadable_items(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("{n} salvestatud andmeühikut ei õnnestunud lugeda. Need on alles: saad need alla laadida või kustutada."),
        Lang::En => format!("{n} saved item(s) could not be read. They are kept: you can download or erase them."),
        Lang::Ru => format!("Не удалось прочитать сохранённых элементов: {n}. Они сохранены: их можно скачать или удалить."),
    }
}

/// Stored bytes against the smallest common browser allowance.
pub fn storage_nearly_full(lang: Lang, used: usize) -> String {
    let kb = used / 1024;
    let budget = crate::storage::LOCAL_BUDGET_BYTES / (1024 * 1024);
    match lang.only() {
        Lang::Et => format!("Kooliabi andmed võtavad {kb} KB umbes {budget} MB-st, mida brauser lubab. Ekspordi vajalik faili ja kustuta vanad andmed, enne kui mälu täis saab."),
        Lang::En => format!("Kooliabi's data takes {kb} KB of the about {budget} MB the browser allows. Export what you need and erase old items before storage is full."),
        Lang::Ru => format!("Данные Kooliabi занимают {kb} КБ из примерно {budget} МБ, которые разрешает браузер. Экспортируйте нужное и удалите старое, пока память не заполнилась."),
    }
}

// Shared widgets.
pub const COPY_DONE: Tr = tr! {
    et: "Kopeeritud lõikelauale.",
    en: "Copied to the clipboard.",
    ru: "Скопировано в буфер обмена.",
};
pub const COPY_FAILED: Tr = tr! {
    et: "Lõikelauale kopeerimine ei õnnestunud. Vali tekst käsitsi ja kopeeri.",
    en: "Could not copy to the clipboard. Select the text by hand and copy it.",
    ru: "Не удалось скопировать в буфер обмена. Выделите текст вручную и скопируйте.",
};
pub const DOWNLOAD_FAILED: Tr = tr! {
    et: "Faili allalaadimine ei õnnestunud. Proovi uuesti.",
    en: "The file could not be downloaded. Please try again.",
    ru: "Не удалось скачать файл. Попробуйте ещё раз.",
};
pub const FILE_TOO_LARGE: Tr = tr! {
    et: "Fail on liiga suur. Sinu praegused andmed jäid muutmata.",
    en: "The file is too large. Your current data is unchanged.",
    ru: "Файл слишком большой. Ваши текущие данные не изменены.",
};
pub const FILE_NOT_TEXT: Tr = tr! {
    et: "Faili ei saanud tekstina lugeda. Sinu praegused andmed jäid muutmata.",
    en: "The file could not be read as text. Your current data is unchanged.",
    ru: "Файл не удалось прочитать как текст. Ваши текущие данные не изменены.",
};

/// A widget's link to the full app (opens in a new tab).
pub const OPEN_IN_KOOLIABI: Tr = tr! {
    et: "Ava Kooliabis",
    en: "Open in Kooliabi",
    ru: "Открыть в Kooliabi",
};
pub const GROUP_WIDGETS: Tr = tr! {
    et: "Kooli veebilehele",
    en: "For the school's website",
    ru: "Для сайта школы",
};
pub const TOOL_WIDGETS: ToolText = ToolText {
    title: tr! {
        et: "Vidinad kooli veebilehele",
        en: "Widgets for the school's website",
        ru: "Виджеты для сайта школы",
    },
    summary: tr! {
        et: "Vali tööriist, keel ja värv, vaata eelvaadet ja kopeeri <iframe> kood.",
        en: "Pick a tool, language and colour, see a preview and copy the <iframe> code.",
        ru: "Выберите инструмент, язык и цвет, посмотрите предпросмотр и скопируйте код <iframe>.",
    },
};
