//! Strings of the vocational and upper secondary checkers.

use kooliabi_core::grading::recognition::{self, Recognition, ScaleError};
use kooliabi_core::grading::upper_secondary::{self, Condition};
use kooliabi_core::grading::vocational::{
    self, AverageRule, Check, DebtWarning, EkapError, SymbolError,
};
use kooliabi_core::tr;
use kooliabi_core::transfer::ImportError;

use super::{decimal, Lang, Tr};

pub const EXAM: Tr = tr! {
    et: "Eriala lõpueksam",
    en: "Final exam in the profession",
    ru: "Выпускной экзамен по специальности",
};
pub const EXAM_NOT_YET: Tr = tr! {
    et: "veel tegemata",
    en: "not yet",
    ru: "ещё не сдан",
};
pub const EXAM_PASSED: Tr = tr! {
    et: "arvestatud (mitteeristav)",
    en: "passed (non-differentiated)",
    ru: "зачтено (без оценки)",
};
pub const EXAM_PROFESSIONAL: Tr = tr! {
    et: "kutseeksam sooritatud",
    en: "professional exam passed",
    ru: "профессиональный экзамен сдан",
};
pub fn exam_grade(lang: Lang, g: u8) -> String {
    match lang.only() {
        Lang::Et => format!("eristav, hinne {g}"),
        Lang::En => format!("differentiated, grade {g}"),
        Lang::Ru => format!("с оценкой {g}"),
    }
}
pub const MODULES: Tr = tr! {
    et: "Moodulid",
    en: "Modules",
    ru: "Модули",
};
pub const MODULE_NAME: Tr = tr! {
    et: "Mooduli nimi",
    en: "Module name",
    ru: "Название модуля",
};
pub const EKAP: Tr = tr! {
    et: "Maht (EKAP)",
    en: "Volume (EKAP)",
    ru: "Объём (EKAP)",
};
pub const EKAP_HINT: Tr = tr! {
    et: "1 EKAP = 26 tundi õppija tööd (001 4.5.1)",
    en: "1 EKAP = 26 hours of the learner's work (001 4.5.1)",
    ru: "1 EKAP = 26 часов работы учащегося (001 4.5.1)",
};
pub const RESULT: Tr = tr! {
    et: "Tulemus",
    en: "Result",
    ru: "Результат",
};
pub const NO_RESULT: Tr = tr! {
    et: "— veel hindamata —",
    en: "— not yet assessed —",
    ru: "— ещё не оценено —",
};
pub const RESULT_DATE: Tr = tr! {
    et: "Tulemuse kuupäev",
    en: "Date of the result",
    ru: "Дата результата",
};
pub const RESULT_DATE_HINT: Tr = tr! {
    et: "„X” ja võlgnevuste tähtajad arvestatakse sellest päevast.",
    en: "Deadlines for \"X\" and debts count from this day.",
    ru: "Сроки для «X» и задолженностей считаются от этого дня.",
};
pub const ADD_MODULE: Tr = tr! {
    et: "Lisa moodul",
    en: "Add a module",
    ru: "Добавить модуль",
};
pub fn remove_module(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda moodul {n}"),
        Lang::En => format!("Remove module {n}"),
        Lang::Ru => format!("Удалить модуль {n}"),
    }
}
pub fn module_n(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Moodul {n}"),
        Lang::En => format!("Module {n}"),
        Lang::Ru => format!("Модуль {n}"),
    }
}
pub fn ekap_error(lang: Lang, e: Option<EkapError>) -> &'static str {
    let t = match e {
        None => tr! {
            et: "Maht peab olema arv, nt 6 või 7,5.",
            en: "The volume must be a number, e.g. 6 or 7.5.",
            ru: "Объём должен быть числом, напр. 6 или 7,5.",
        },
        Some(EkapError::NotPositive) => tr! {
            et: "Maht peab olema suurem kui 0.",
            en: "The volume must be more than 0.",
            ru: "Объём должен быть больше 0.",
        },
        Some(EkapError::TooLarge) => tr! {
            et: "Nii suurt moodulit ei ole (kuni 180 EKAP).",
            en: "No module is that large (up to 180 EKAP).",
            ru: "Таких больших модулей нет (до 180 EKAP).",
        },
    };
    t.get(lang)
}
pub fn symbol_error(lang: Lang, e: SymbolError) -> &'static str {
    let t = match e {
        SymbolError::Unknown => tr! {
            et: "Tundmatu tulemus.",
            en: "Unknown result.",
            ru: "Неизвестный результат.",
        },
        SymbolError::OneIsNotVocational => tr! {
            et: "Kutseõppes hinnet „1” ei ole.",
            en: "Vocational studies have no grade \"1\".",
            ru: "В профобучении нет оценки «1».",
        },
        SymbolError::XNeedsDate => tr! {
            et: "Märgi, mis kuupäeval „X” pandi.",
            en: "Enter the date the \"X\" was recorded.",
            ru: "Укажите дату, когда поставили «X».",
        },
    };
    t.get(lang)
}
pub const SUMMARY: Tr = tr! {
    et: "Kokkuvõte",
    en: "Summary",
    ru: "Итог",
};
pub const AVERAGE: Tr = tr! {
    et: "Kaalutud keskmine hinne",
    en: "Weighted average grade",
    ru: "Средневзвешенная оценка",
};
pub const NO_AVERAGE: Tr = tr! {
    et: "Keskmist ei ole: ühelgi moodulil pole eristavat hinnet (A/MA ei lähe arvesse).",
    en: "No average: no module has a differentiated grade (A/MA do not count).",
    ru: "Среднего нет: ни у одного модуля нет оценки (A/MA не учитываются).",
};
pub const AVERAGE_HOW: Tr = tr! {
    et: "EKAP-iga kaalutud; A, MA ja ootel „X” jäetakse välja; näidatud kahe komakohaga allapoole ümardatult.",
    en: "Weighted by EKAP; A, MA and pending \"X\" are left out; shown to two decimals, rounded down.",
    ru: "С весом EKAP; A, MA и ожидающие «X» не учитываются; показано с двумя знаками, с округлением вниз.",
};
pub const HONOURS: Tr = tr! {
    et: "Kiitusega lõpetamine (001 6.10.4)",
    en: "Graduating with honours (001 6.10.4)",
    ru: "Окончание с отличием (001 6.10.4)",
};
/// 001 6.10.4.1's average condition, saying which reading of "4,6" applies.
pub fn h_average(lang: Lang, rule: AverageRule) -> String {
    let n = decimal(
        lang,
        kooliabi_core::grading::vocational::HONOURS_AVERAGE.to_string(),
    );
    match (rule, lang.only()) {
        (AverageRule::Exact, Lang::Et) => {
            format!("kaalutud keskmine vähemalt {n} (täpne keskmine)")
        }
        (AverageRule::Exact, Lang::En) => {
            format!("weighted average at least {n} (the exact average)")
        }
        (AverageRule::Exact, Lang::Ru) => format!("средневзвешенная не ниже {n} (точное среднее)"),
        (AverageRule::RoundedToOneDecimal, Lang::Et) => {
            format!("kaalutud keskmine vähemalt {n} (ühe komakohani ümardatult)")
        }
        (AverageRule::RoundedToOneDecimal, Lang::En) => {
            format!("weighted average at least {n} (rounded to one decimal)")
        }
        (AverageRule::RoundedToOneDecimal, Lang::Ru) => {
            format!("средневзвешенная не ниже {n} (с округлением до одного знака)")
        }
    }
}
pub const VOC_SETTINGS: Tr = tr! {
    et: "Seaded, mida 001 lahtiseks jätab",
    en: "Settings 001 leaves open",
    ru: "Настройки, которые 001 оставляет открытыми",
};
pub const VOC_SETTINGS_NOTE: Tr = tr! {
    et: "Allikas ei ütle, kuidas neid lugeda; vaikimisi valik on märgitud README-s. Tulemus ütleb, millist lugemist kasutati.",
    en: "The source does not say how to read these; the default is documented in the README. The result says which reading was used.",
    ru: "Источник не говорит, как их читать; значение по умолчанию описано в README. Результат показывает, какое толкование применено.",
};
pub const AVERAGE_RULE: Tr = tr! {
    et: "Kiitusega lõpetamise keskmise piir (001 6.10.4.1): kuidas keskmist võrrelda",
    en: "The honours average bound (001 6.10.4.1): how the average is compared",
    ru: "Граница среднего балла для отличия (001 6.10.4.1): как сравнивается среднее",
};
pub const HALF_YEAR_CHECK: Tr = tr! {
    et: "Mitterahuldavad pooltes moodulites (001 6.8.5 „poolaasta lõppedes”)",
    en: "Unsatisfactory in half the modules (001 6.8.5 \"at the end of the half-year\")",
    ru: "Неудовлетворительно в половине модулей (001 6.8.5 «по окончании полугодия»)",
};
pub const HALF_YEAR_ENDED: Tr = tr! {
    et: "Poolaasta on lõppenud (001 6.8.5 alus kehtib)",
    en: "The half-year has ended (the 001 6.8.5 ground applies)",
    ru: "Полугодие закончилось (основание 001 6.8.5 действует)",
};
pub const OPEN_DEBTS: Tr = tr! {
    et: "Õppevõlgnevused ja nende tähtajad (001 6.2.2)",
    en: "Academic debts and their terms (001 6.2.2)",
    ru: "Академические задолженности и их сроки (001 6.2.2)",
};
pub fn debt_line(
    lang: Lang,
    module: &str,
    arose: &str,
    agree: &str,
    clear: &str,
    expired: bool,
) -> String {
    let state = match (expired, lang.only()) {
        (true, Lang::Et) => " — aegunud",
        (true, Lang::En) => " — expired",
        (true, Lang::Ru) => " — просрочена",
        (false, _) => "",
    };
    match lang.only() {
        Lang::Et => format!("{module}: tekkis {arose}; järelvastamise aeg kokku leppida hiljemalt {agree}; likvideerida hiljemalt {clear}{state}."),
        Lang::En => format!("{module}: arose {arose}; agree on the resit by {agree}; clear it by {clear}{state}."),
        Lang::Ru => format!("{module}: возникла {arose}; договориться о пересдаче до {agree}; ликвидировать до {clear}{state}."),
    }
}
pub const H_ALL_GOOD: Tr = tr! {
    et: "kõik kokkuvõtvad tulemused „hea” või „väga hea”",
    en: "every summative result \"good\" or \"very good\"",
    ru: "все итоговые результаты «хорошо» или «отлично»",
};
pub const H_EXAM: Tr = tr! {
    et: "lõpueksam eristavalt hindega „5” või kutseeksam sooritatud",
    en: "final exam graded \"5\", or a professional exam passed",
    ru: "выпускной экзамен на «5» или сдан профессиональный экзамен",
};
pub const H_HALF: Tr = tr! {
    et: "vähemalt pooled mooduli lõpphinded eristavad",
    en: "at least half of the module final grades differentiated",
    ru: "не менее половины итоговых оценок модулей — дифференцированные",
};
pub fn status(lang: Lang, s: Check) -> &'static str {
    let t = match s {
        Check::Met => tr! {
            et: "täidetud",
            en: "met",
            ru: "выполнено",
        },
        Check::NotMet => tr! {
            et: "ei ole täidetud",
            en: "not met",
            ru: "не выполнено",
        },
        Check::NotYetKnown => tr! {
            et: "veel teadmata",
            en: "not yet known",
            ru: "пока неизвестно",
        },
    };
    t.get(lang)
}
pub fn needed(lang: Lang, avg: &str, ekap: &str, reachable: bool) -> String {
    let h = decimal(
        lang,
        kooliabi_core::grading::vocational::HONOURS_AVERAGE.to_string(),
    );
    match (lang, reachable) {
        (Lang::Et, true) => {
            format!("Ülejäänud {ekap} EKAP-is on vaja keskmist {avg}, et {h} jääks saavutatavaks.")
        }
        (Lang::En, true) => format!(
            "You need an average of {avg} in the remaining {ekap} EKAP to keep {h} within reach."
        ),
        (Lang::Ru, true) => {
            format!("В оставшихся {ekap} EKAP нужно среднее {avg}, чтобы {h} осталось достижимым.")
        }
        (Lang::Et, false) => {
            format!("Ka ainult viied ülejäänud {ekap} EKAP-is ei tõstaks keskmist {h}-ni.")
        }
        (Lang::En, false) => format!(
            "Even all fives in the remaining {ekap} EKAP would not bring the average to {h}."
        ),
        (Lang::Ru, false) => {
            format!("Даже одни пятёрки в оставшихся {ekap} EKAP не поднимут среднее до {h}.")
        }
    }
}
pub const TRANSFER: Tr = tr! {
    et: "Järgmisele kursusele (001 6.3.1)",
    en: "Moving on to the next year (001 6.3.1)",
    ru: "Переход на следующий курс (001 6.3.1)",
};
pub fn transfer_line(lang: Lang, unfinished: &str, volume: &str, pct: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Täitmata {unfinished} EKAP-i {volume}-st ehk {pct} %."),
        Lang::En => format!("Unfinished: {unfinished} of {volume} EKAP, {pct} %."),
        Lang::Ru => format!("Не выполнено {unfinished} из {volume} EKAP, то есть {pct} %."),
    }
}
pub const TRANSFER_CLEAR: Tr = tr! {
    et: "Võlgnevusi ei ole.",
    en: "No academic debts.",
    ru: "Задолженностей нет.",
};
fn transfer_share(lang: Lang) -> String {
    let pct = vocational::CONDITIONAL_TRANSFER_SHARE * 100.0;
    crate::i18n::decimal(lang, format!("{pct}"))
}

/// 001 6.3.1, with the share from the core.
pub fn transfer_conditional(lang: Lang) -> String {
    let p = transfer_share(lang);
    match lang.only() {
        Lang::Et => format!("Kuni {p} %: erandkorras võib tingimisi üle viia; võlgnevused tuleb likvideerida uue õppeaasta esimese kuu jooksul."),
        Lang::En => format!("At most {p} %: as an exception you may move on conditionally; the debts must be cleared in the first month of the new year."),
        Lang::Ru => format!("Не более {p} %: в виде исключения возможен условный перевод; долги нужно ликвидировать в первый месяц нового года."),
    }
}

pub fn transfer_no(lang: Lang) -> String {
    let p = transfer_share(lang);
    match lang.only() {
        Lang::Et => {
            format!("Üle {p} %: võlgnevustega õpilasi üldjuhul järgmisele kursusele ei lubata.")
        }
        Lang::En => {
            format!("Over {p} %: students with debts normally do not move on to the next year.")
        }
        Lang::Ru => format!(
            "Более {p} %: учащихся с задолженностями обычно не переводят на следующий курс."
        ),
    }
}
pub const WARNINGS: Tr = tr! {
    et: "Hoiatused",
    en: "Warnings",
    ru: "Предупреждения",
};
pub fn debt_warning(lang: Lang, w: &DebtWarning) -> String {
    match (w, lang.only()) {
        (DebtWarning::Expired { module, since }, Lang::Et) => format!("{module}: võlgnevus on „aegunud” alates {} (001 6.2.2).", kooliabi_core::calendar::dotted(*since)),
        (DebtWarning::Expired { module, since }, Lang::En) => format!("{module}: the debt is \"expired\" since {} (001 6.2.2).", kooliabi_core::calendar::dotted(*since)),
        (DebtWarning::Expired { module, since }, Lang::Ru) => format!("{module}: задолженность «просрочена» с {} (001 6.2.2).", kooliabi_core::calendar::dotted(*since)),
        (DebtWarning::FiveOrMoreExpired(n), Lang::Et) => format!("{n} aegunud võlgnevust: kool võib kaaluda nimekirjast väljaarvamist (001 6.2.5). See on alus, mitte otsus."),
        (DebtWarning::FiveOrMoreExpired(n), Lang::En) => format!("{n} expired debts: the school may consider removing the student from the list (001 6.2.5). This is a ground, not a decision."),
        (DebtWarning::FiveOrMoreExpired(n), Lang::Ru) => format!("Просроченных задолженностей: {n}. Школа может рассмотреть отчисление (001 6.2.5). Это основание, а не решение."),
        (DebtWarning::HalfOrMoreUnsatisfactory { unsatisfactory, assessed }, Lang::Et) => format!("Mitterahuldav {unsatisfactory} moodulis {assessed}-st hinnatust: pooled või rohkem (001 6.8.5). See on alus, mitte otsus."),
        (DebtWarning::HalfOrMoreUnsatisfactory { unsatisfactory, assessed }, Lang::En) => format!("Unsatisfactory in {unsatisfactory} of {assessed} assessed modules: half or more (001 6.8.5). This is a ground, not a decision."),
        (DebtWarning::HalfOrMoreUnsatisfactory { unsatisfactory, assessed }, Lang::Ru) => format!("Неудовлетворительно в {unsatisfactory} из {assessed} оценённых модулей: половина или больше (001 6.8.5). Это основание, а не решение."),
        (DebtWarning::HalfOrMoreUnsatisfactorySoFar { unsatisfactory, assessed }, Lang::Et) => format!("Seni mitterahuldav {unsatisfactory} moodulis {assessed}-st hinnatust: pooled või rohkem. See on prognoos — 001 6.8.5 alus tekib alles poolaasta lõppedes."),
        (DebtWarning::HalfOrMoreUnsatisfactorySoFar { unsatisfactory, assessed }, Lang::En) => format!("So far unsatisfactory in {unsatisfactory} of {assessed} assessed modules: half or more. This is a projection — the 001 6.8.5 ground arises only at the end of the half-year."),
        (DebtWarning::HalfOrMoreUnsatisfactorySoFar { unsatisfactory, assessed }, Lang::Ru) => format!("Пока неудовлетворительно в {unsatisfactory} из {assessed} оценённых модулей: половина или больше. Это прогноз — основание 001 6.8.5 возникает только по окончании полугодия."),
    }
}
pub fn x_turns(lang: Lang, module: &str, date: &str) -> String {
    match lang.only() {
        Lang::Et => format!("{module}: „X” muutub hindeks „2” {date}, kui tööd enne ei esitata (001 4.6.4.8)."),
        Lang::En => format!("{module}: the \"X\" becomes a \"2\" on {date} unless the work is handed in before (001 4.6.4.8)."),
        Lang::Ru => format!("{module}: «X» станет «2» {date}, если работу не сдать раньше (001 4.6.4.8)."),
    }
}
pub const EXPORT: Tr = tr! {
    et: "Ekspordi faili (.json)",
    en: "Export to a file (.json)",
    ru: "Экспорт в файл (.json)",
};
pub const IMPORT: Tr = tr! {
    et: "Impordi failist",
    en: "Import from a file",
    ru: "Импорт из файла",
};
pub const IMPORTED: Tr = tr! {
    et: "Fail on imporditud.",
    en: "The file was imported.",
    ru: "Файл импортирован.",
};
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    let keep = tr! {
        et: "Sinu praegused andmed jäid muutmata.",
        en: "Your current data is unchanged.",
        ru: "Ваши текущие данные не изменены.",
    }
    .get(lang);
    let what = match (e, lang.only()) {
        (ImportError::NotJson { line, column }, Lang::Et) => {
            format!("Fail on vigane (rida {line}, veerg {column}).")
        }
        (ImportError::NotJson { line, column }, Lang::En) => {
            format!("The file is damaged (line {line}, column {column}).")
        }
        (ImportError::NotJson { line, column }, Lang::Ru) => {
            format!("Файл повреждён (строка {line}, столбец {column}).")
        }
        (ImportError::NotOurs, _) => tr! {
            et: "See ei ole Kooliabi fail.",
            en: "This is not a Kooliabi file.",
            ru: "Это не файл Kooliabi.",
        }
        .get(lang)
        .to_string(),
        (ImportError::WrongKind(_), _) => tr! {
            et: "See fail on teise tööriista jaoks.",
            en: "This file belongs to another tool.",
            ru: "Этот файл для другого инструмента.",
        }
        .get(lang)
        .to_string(),
        (ImportError::NewerVersion(_), _) => tr! {
            et: "Fail on tehtud uuema Kooliabiga.",
            en: "The file was made by a newer Kooliabi.",
            ru: "Файл создан более новой версией Kooliabi.",
        }
        .get(lang)
        .to_string(),
        (ImportError::Damaged, _) => tr! {
            et: "Faili sisu on vigane.",
            en: "The file's contents are damaged.",
            ru: "Содержимое файла повреждено.",
        }
        .get(lang)
        .to_string(),
    };
    format!("{what} {keep}")
}

// Recognition.
pub const REC_HOW: Tr = tr! {
    et: "Kuidas varasem hinne anti?",
    en: "How was the earlier grade given?",
    ru: "Как была выставлена прежняя оценка?",
};
pub const REC_SAME: Tr = tr! {
    et: "samas hindamissüsteemis (5–2)",
    en: "in the same grading system (5–2)",
    ru: "в той же системе оценок (5–2)",
};
pub const REC_SCALE: Tr = tr! {
    et: "teisel numbrilisel skaalal",
    en: "on another numeric scale",
    ru: "по другой числовой шкале",
};
pub const REC_OTHER: Tr = tr! {
    et: "võrreldamatus süsteemis",
    en: "in a system that cannot be compared",
    ru: "в несравнимой системе",
};
pub const REC_GRADE: Tr = tr! {
    et: "Hinne",
    en: "Grade",
    ru: "Оценка",
};
pub const REC_MIN: Tr = tr! {
    et: "Skaala madalaim hinne",
    en: "Lowest grade on the scale",
    ru: "Наименьшая оценка шкалы",
};
pub const REC_MAX: Tr = tr! {
    et: "Skaala kõrgeim hinne",
    en: "Highest grade on the scale",
    ru: "Наивысшая оценка шкалы",
};
pub const REC_PASS: Tr = tr! {
    et: "Madalaim positiivne hinne",
    en: "Lowest pass grade",
    ru: "Наименьшая положительная оценка",
};
pub const REC_GENERAL: Tr = tr! {
    et: "Üldhariduslik õppeaine",
    en: "A general-education subject",
    ru: "Общеобразовательный предмет",
};
pub const REC_COVERED: Tr = tr! {
    et: "Läbitud osa õppekava mahust (%)",
    en: "Share of the curriculum volume covered (%)",
    ru: "Пройденная часть объёма программы (%)",
};
pub const REC_RESULT: Tr = tr! {
    et: "Arvestatav tulemus",
    en: "Result to be recognised",
    ru: "Засчитываемый результат",
};
pub const REC_SAME_LEVEL: Tr = tr! {
    et: "Moodul on läbitud samal õppetasemel kui õppekavas (001 Lisa 5 III 6–7)",
    en: "The module was studied at the same level as in the curriculum (001 Lisa 5 III 6–7)",
    ru: "Модуль пройден на том же уровне, что и в программе (001 Lisa 5 III 6–7)",
};
pub const REC_COVERED_HINT_GENERAL: Tr = tr! {
    et: "Üldhariduslikus aines on piir 001 Lisa 5 III 8.",
    en: "For a general-education subject the limit is 001 Lisa 5 III 8.",
    ru: "Для общеобразовательного предмета предел задан в 001 Lisa 5 III 8.",
};
pub const REC_COVERED_HINT_MODULE: Tr = tr! {
    et: "Kutsemoodulis on iga maht alla õppekava mahu „väiksem maht” (001 Lisa 5 III 7, 4.6.4.11).",
    en: "For a vocational module any volume under the curriculum's is \"a smaller volume\" (001 Lisa 5 III 7, 4.6.4.11).",
    ru: "Для профессионального модуля любой объём меньше программного — «меньший объём» (001 Lisa 5 III 7, 4.6.4.11).",
};
pub const REC_DATES: Tr = tr! {
    et: "Taotluse ajad",
    en: "Application dates",
    ru: "Сроки заявления",
};
pub const REC_APPLIED: Tr = tr! {
    et: "Taotluse esitamise kuupäev",
    en: "Date the application was filed",
    ru: "Дата подачи заявления",
};
pub const REC_ACQUIRED: Tr = tr! {
    et: "Millal õpi- või töökogemus omandati (lõpukuupäev)",
    en: "When the learning or work experience was acquired (end date)",
    ru: "Когда получен учебный или трудовой опыт (дата окончания)",
};
pub const REC_YEAR_BEGAN: Tr = tr! {
    et: "Õppeaasta alguskuupäev",
    en: "First day of the school year",
    ru: "Дата начала учебного года",
};
pub const REC_YEAR_BEGAN_HINT: Tr = tr! {
    et: "001 4.3.1: 1. september või sellele lähim esmaspäev.",
    en: "001 4.3.1: 1 September or the Monday nearest to it.",
    ru: "001 4.3.1: 1 сентября или ближайший к нему понедельник.",
};
pub const REC_DATES_EMPTY: Tr = tr! {
    et: "Sisesta taotluse kuupäev.",
    en: "Enter the application date.",
    ru: "Введите дату заявления.",
};
pub fn rec_period(lang: Lang, within: bool, earliest: chrono::NaiveDate) -> String {
    use kooliabi_core::grading::recognition::RECOGNITION_YEARS as y;
    let d = kooliabi_core::calendar::dotted(earliest);
    match (within, lang.only()) {
        (true, Lang::Et) => format!("Kogemus on viimase {y} aasta piires (arvestatakse alates {d}; 001 Lisa 5 I 3)."),
        (true, Lang::En) => format!("The experience is within the last {y} years (counted from {d}; 001 Lisa 5 I 3)."),
        (true, Lang::Ru) => format!("Опыт в пределах последних {y} лет (учитывается с {d}; 001 Lisa 5 I 3)."),
        (false, Lang::Et) => format!("Kogemus ei ole viimase {y} aasta piires: arvestatakse kogemust alates {d} kuni taotluse päevani (001 Lisa 5 I 3)."),
        (false, Lang::En) => format!("The experience is not within the last {y} years: experience from {d} up to the application day counts (001 Lisa 5 I 3)."),
        (false, Lang::Ru) => format!("Опыт не в пределах последних {y} лет: учитывается опыт с {d} до дня заявления (001 Lisa 5 I 3)."),
    }
}
pub fn rec_in_time(
    lang: Lang,
    in_time: bool,
    began: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> String {
    let (b, l) = (
        kooliabi_core::calendar::dotted(began),
        kooliabi_core::calendar::dotted(last),
    );
    match (in_time, lang.only()) {
        (true, Lang::Et) => format!("Taotlus on esitatud õppeaasta esimese kuu jooksul ({b}–{l}; 001 Lisa 5 II 1)."),
        (true, Lang::En) => format!("The application was filed within the first month of the school year ({b}–{l}; 001 Lisa 5 II 1)."),
        (true, Lang::Ru) => format!("Заявление подано в течение первого месяца учебного года ({b}–{l}; 001 Lisa 5 II 1)."),
        (false, Lang::Et) => format!("Taotlus ei ole esitatud õppeaasta esimese kuu jooksul ({b}–{l}; 001 Lisa 5 II 1)."),
        (false, Lang::En) => format!("The application was not filed within the first month of the school year ({b}–{l}; 001 Lisa 5 II 1)."),
        (false, Lang::Ru) => format!("Заявление подано не в течение первого месяца учебного года ({b}–{l}; 001 Lisa 5 II 1)."),
    }
}
pub fn rec_answer_due(lang: Lang, due: chrono::NaiveDate) -> String {
    let d = kooliabi_core::calendar::dotted(due);
    match lang.only() {
        Lang::Et => format!("Taotlus vaadatakse läbi reeglina hiljemalt {d} (001 Lisa 5 III 15)."),
        Lang::En => format!("The application is, as a rule, reviewed by {d} (001 Lisa 5 III 15)."),
        Lang::Ru => format!("Заявление, как правило, рассматривается до {d} (001 Lisa 5 III 15)."),
    }
}
pub fn recognition(lang: Lang, r: &Recognition) -> String {
    match (r, lang.only()) {
        (Recognition::AsIs(g), Lang::Et) => format!("„{}” — originaalhinne kantakse üle (001 4.6.4.10, Lisa 5 III 6).", g.value()),
        (Recognition::AsIs(g), Lang::En) => format!("\"{}\" — the original grade transfers as is (001 4.6.4.10, Lisa 5 III 6).", g.value()),
        (Recognition::AsIs(g), Lang::Ru) => format!("«{}» — исходная оценка переносится как есть (001 4.6.4.10, Lisa 5 III 6).", g.value()),
        (Recognition::Equivalent { grade, position }, Lang::Et) => format!("„{}” — vaste: positiivse lävendi ja maksimumi vahel {:.0} %; lävend = 3, maksimum = 5, lineaarselt, ümardatult (001 4.6.4.10).", grade.value(), position * 100.0),
        (Recognition::Equivalent { grade, position }, Lang::En) => format!("\"{}\" — equivalent: {:.0} % of the way from the pass mark to the maximum; pass = 3, maximum = 5, linear, rounded (001 4.6.4.10).", grade.value(), position * 100.0),
        (Recognition::Equivalent { grade, position }, Lang::Ru) => format!("«{}» — эквивалент: {:.0} % пути от порога до максимума; порог = 3, максимум = 5, линейно, с округлением (001 4.6.4.10).", grade.value(), position * 100.0),
        (Recognition::NotPassed, _) => tr! { et: "Hinne on allpool positiivset lävendit: üle kanda pole midagi.", en: "The grade is below the pass mark: there is nothing to transfer.", ru: "Оценка ниже порога: переносить нечего." }.get(lang).to_string(),
        (Recognition::NonDifferentiated, _) => tr! { et: "„A” (arvestatud) — mitteeristavalt, sest süsteeme ei saa võrrelda (001 4.6.4.10).", en: "\"A\" (pass) — non-differentiated, because the systems cannot be compared (001 4.6.4.10).", ru: "«A» (зачтено) — без оценки, так как системы несравнимы (001 4.6.4.10)." }.get(lang).to_string(),
        (Recognition::NeedsContentAssessment { other_level, smaller_volume }, l) => {
            let mut why = Vec::new();
            if *other_level {
                why.push(tr! { et: "teisel tasemel", en: "at another level", ru: "на другом уровне" }.get(l));
            }
            if *smaller_volume {
                why.push(tr! { et: "väiksemas mahus", en: "in a smaller volume", ru: "в меньшем объёме" }.get(l));
            }
            let why = why.join(tr! { et: " ja ", en: " and ", ru: " и " }.get(l));
            match l {
                Lang::Et => format!("Moodul on läbitud {why}: hinnet üle ei kanta; arvestamine toimub sisulise hindamise (eksam, praktiline töö, arvestuslik töö) tulemusena (001 Lisa 5 III 7, 4.6.4.11)."),
                Lang::En => format!("The module was studied {why}: the grade does not transfer; it is recognised through an assessment of its content (exam, practical work, test) (001 Lisa 5 III 7, 4.6.4.11)."),
                Lang::Ru => format!("Модуль пройден {why}: оценка не переносится; зачёт — по результатам содержательной оценки (экзамен, практическая работа, зачётная работа) (001 Lisa 5 III 7, 4.6.4.11)."),
            }
        }
        (Recognition::NeedsAssessment, _) => {
            let p = crate::i18n::decimal(lang, format!("{}", recognition::MIN_COVERED_SHARE * 100.0));
            match lang.only() {
                Lang::Et => format!("Alla {p} % mahust: hinnet üle kanda ei saa; teadmised hinnatakse (eksam, arvestuslik töö) (001 Lisa 5 III 7–8)."),
                Lang::En => format!("Under {p} % of the volume: the grade cannot be transferred; the knowledge is assessed (exam, test) (001 Lisa 5 III 7–8)."),
                Lang::Ru => format!("Менее {p} % объёма: оценку перенести нельзя; знания оцениваются (экзамен, зачёт) (001 Lisa 5 III 7–8)."),
            }
        }
    }
}
pub fn scale_error(lang: Lang, e: ScaleError) -> &'static str {
    let t = match e {
        ScaleError::Inconsistent => tr! {
            et: "Skaala peab olema: madalaim < positiivne lävend ≤ kõrgeim.",
            en: "The scale must be: lowest < pass mark ≤ highest.",
            ru: "Шкала должна быть: наименьшая < порог ≤ наивысшая.",
        },
        ScaleError::GradeOutside => tr! {
            et: "Hinne jääb skaalast välja.",
            en: "The grade is outside the scale.",
            ru: "Оценка вне шкалы.",
        },
    };
    t.get(lang)
}
pub const PERCENT_RANGE: Tr = tr! {
    et: "Sisesta 0 kuni 100.",
    en: "Enter 0 to 100.",
    ru: "Введите от 0 до 100.",
};

// Upper secondary.
/// 004 § 9 (1) 5): extensive mathematics, its courses from the core.
pub fn extensive_maths(lang: Lang) -> String {
    let choices = upper_secondary::Choices {
        extensive_maths: true,
        ..Default::default()
    };
    let n = upper_secondary::Subject::Mathematics.compulsory(choices);
    match lang.only() {
        Lang::Et => format!("Lai matemaatika ({n} kursust)"),
        Lang::En => format!("Extensive mathematics ({n} courses)"),
        Lang::Ru => format!("Широкая математика ({n} курсов)"),
    }
}
pub const EST_SECOND: Tr = tr! {
    et: "Kool, kus õppekava kohaselt õpitakse eesti keelt teise keelena (vene või muu õppekeel, 004 § 9 lg 1 p 1, lg 2 p 1)",
    en: "A school whose curriculum has Estonian learned as a second language (Russian or another language of instruction, 004 § 9 (1) 1), (2) 1))",
    ru: "Школа, где по учебной программе эстонский изучают как второй язык (русский или другой язык обучения, 004 § 9 (1) 1), (2) 1))",
};
pub const OTHER_LANGUAGE_BASIC: Tr = tr! {
    et: "Omandasin põhihariduse eesti keelest erineva õppekeelega (004 § 9 lg 2 p 1: eesti keel teise keelena; § 8 p 2: üks kohustuslik võõrkeel)",
    en: "I acquired basic education in a language of instruction other than Estonian (004 § 9 (2) 1): Estonian as a second language; § 8 2): one compulsory foreign language)",
    ru: "Я получил(а) основное образование не на эстонском языке обучения (004 § 9 (2) 1): эстонский как второй язык; § 8 2): один обязательный иностранный язык)",
};
pub const LANGUAGES: Tr = tr! {
    et: "Keeled",
    en: "Languages",
    ru: "Языки",
};
pub const STUDY_FORM_HEADING: Tr = tr! {
    et: "Õppevorm ja õppekoormus",
    en: "Study form and study load",
    ru: "Форма обучения и учебная нагрузка",
};
pub const STUDY_FORM: Tr = tr! {
    et: "Õppevorm",
    en: "Study form",
    ru: "Форма обучения",
};
pub const HOME_STUDY_YEARS: Tr = tr! {
    et: "Tervislikel põhjustel koduõppel viibitud õppeaastaid (004 § 13 lg 4)",
    en: "School years in home study for health reasons (004 § 13 (4))",
    ru: "Учебных лет на домашнем обучении по состоянию здоровья (004 § 13 (4))",
};
/// The minimum load the study form gives, with its clause and, for external
/// students, the reading applied (the sources give them no number).
pub fn load_note(lang: Lang, c: kooliabi_core::grading::upper_secondary::Choices) -> String {
    use kooliabi_core::grading::upper_secondary::{StudyForm, HOME_STUDY_REDUCTION_PER_YEAR};
    let n = c.min_courses();
    match (c.study_form, lang.only()) {
        (StudyForm::Daytime, Lang::Et) => format!("Vähim õppekoormus: {n} kursust (004 § 11 lg 1; koduõppel kuni {HOME_STUDY_REDUCTION_PER_YEAR} kursust vähem iga õppeaasta kohta, § 13 lg 4 — see on alampiir, tegeliku koormuse määrab individuaalne õppekava). Kehaline kasvatus on kohustuslik."),
        (StudyForm::Daytime, Lang::En) => format!("Minimum study load: {n} courses (004 § 11 (1); in home study up to {HOME_STUDY_REDUCTION_PER_YEAR} fewer per school year, § 13 (4) — a floor; the individual curriculum sets the actual load). Physical education is compulsory."),
        (StudyForm::Daytime, Lang::Ru) => format!("Минимальная нагрузка: {n} курсов (004 § 11 (1); на домашнем обучении до {HOME_STUDY_REDUCTION_PER_YEAR} курсов меньше за каждый учебный год, § 13 (4) — это нижняя граница, фактическую нагрузку задаёт индивидуальная программа). Физкультура обязательна."),
        (StudyForm::Distance, Lang::Et) => format!("Vähim õppekoormus: {n} kursust (004 § 14 lg 1). Kehaline kasvatus ei ole kohustuslik (§ 14 lg 2)."),
        (StudyForm::Distance, Lang::En) => format!("Minimum study load: {n} courses (004 § 14 (1)). Physical education is not compulsory (§ 14 (2))."),
        (StudyForm::Distance, Lang::Ru) => format!("Минимальная нагрузка: {n} курсов (004 § 14 (1)). Физкультура не обязательна (§ 14 (2))."),
        (StudyForm::External, Lang::Et) => format!("Vähim õppekoormus: {n} kursust — tõlgendus: allikad eksternile arvu ei anna; § 18 lg 5 seob eksternina lõpetamise mittestatsionaarse õppega koolidega, seega kasutatakse § 14 lg 1 arvu. Eksterni ei hinnata kehalises kasvatuses (§ 18 lg 5) ja õpilasuurimus või praktiline töö ei ole nõutud (§ 18 lg 3 p 4)."),
        (StudyForm::External, Lang::En) => format!("Minimum study load: {n} courses — a reading: the sources give external students no number; § 18 (5) ties external graduation to schools with distance learning, so § 14 (1)'s number is used. External students are not assessed in physical education (§ 18 (5)) and need no research paper or practical work (§ 18 (3) 4))."),
        (StudyForm::External, Lang::Ru) => format!("Минимальная нагрузка: {n} курсов — толкование: источники не дают числа для экстерна; § 18 (5) связывает окончание экстерном со школами с нестационарным обучением, поэтому взято число из § 14 (1). Экстерна не оценивают по физкультуре (§ 18 (5)), исследовательская или практическая работа не требуется (§ 18 (3) 4))."),
    }
}

pub const COURSES_PER_SUBJECT: Tr = tr! {
    et: "Läbitud kursused kohustuslikes ainetes",
    en: "Courses taken in compulsory subjects",
    ru: "Пройденные курсы по обязательным предметам",
};
pub fn courses_label(lang: Lang, subject: &str, needed: u32) -> String {
    match lang.only() {
        Lang::Et => format!("{subject} (vaja {needed})"),
        Lang::En => format!("{subject} ({needed} needed)"),
        Lang::Ru => format!("{subject} (нужно {needed})"),
    }
}
pub const TOTAL_COURSES: Tr = tr! {
    et: "Kursusi kokku (kohustuslikud ja valikud)",
    en: "Courses in total (compulsory and optional)",
    ru: "Всего курсов (обязательные и по выбору)",
};
pub fn courses_error(lang: Lang) -> String {
    let max = kooliabi_core::grading::upper_secondary::COURSES_MAX;
    match lang.only() {
        Lang::Et => format!("Sisesta täisarv 0 kuni {max}."),
        Lang::En => format!("Enter a whole number from 0 to {max}."),
        Lang::Ru => format!("Введите целое число от 0 до {max}."),
    }
}
pub const STAGE_GRADES: Tr = tr! {
    et: "Kooliastmehinded",
    en: "Stage grades",
    ru: "Оценки за ступень",
};
pub const STAGE_HINT: Tr = tr! {
    et: "Nt 5 4 4 3 A. Valikkursuste puhul A (arvestatud) või MA.",
    en: "E.g. 5 4 4 3 A. For electives A (pass) or MA (fail).",
    ru: "Напр. 5 4 4 3 A. Для курсов по выбору A (зачтено) или MA.",
};
pub fn stage_error(lang: Lang, piece: &str) -> String {
    match lang.only() {
        Lang::Et => format!("„{piece}” ei ole hinne 1–5, A ega MA."),
        Lang::En => format!("\"{piece}\" is not a grade 1–5, A or MA."),
        Lang::Ru => format!("«{piece}» — не оценка 1–5, не A и не MA."),
    }
}
pub const OUTCOME_NOT_YET: Tr = tr! {
    et: "veel ees",
    en: "not yet",
    ru: "ещё впереди",
};
pub const OUTCOME_PASSED: Tr = tr! {
    et: "vähemalt rahuldav / tehtud",
    en: "at least satisfactory / done",
    ru: "не ниже удовл. / выполнено",
};
pub const OUTCOME_FAILED: Tr = tr! {
    et: "ei sooritatud",
    en: "not passed",
    ru: "не сдано",
};
pub const EXAM_ESTONIAN: Tr = tr! {
    et: "Riigieksam: eesti keel (või eesti keel teise keelena)",
    en: "State exam: Estonian (or Estonian as a second language)",
    ru: "Госэкзамен: эстонский (или эстонский как второй)",
};
pub const EXAM_MATHS: Tr = tr! {
    et: "Riigieksam: matemaatika",
    en: "State exam: mathematics",
    ru: "Госэкзамен: математика",
};
pub const EXAM_FOREIGN: Tr = tr! {
    et: "Riigieksam: võõrkeel",
    en: "State exam: foreign language",
    ru: "Госэкзамен: иностранный язык",
};
pub const SCHOOL_EXAM: Tr = tr! {
    et: "Koolieksam",
    en: "School exam",
    ru: "Школьный экзамен",
};
pub const RESEARCH: Tr = tr! {
    et: "Uurimistöö või praktiline töö",
    en: "Research paper or practical work",
    ru: "Исследовательская или практическая работа",
};
pub const GRADUATION: Tr = tr! {
    et: "Gümnaasiumi lõpetamise tingimused (004 § 18 lg 3, § 9, § 11)",
    en: "Conditions for graduating (004 § 18 (3), § 9, § 11)",
    ru: "Условия окончания гимназии (004 § 18 (3), § 9, § 11)",
};
pub fn state(lang: Lang, s: Check) -> &'static str {
    let t = match s {
        Check::Met => tr! {
            et: "täidetud",
            en: "met",
            ru: "выполнено",
        },
        Check::NotMet => tr! {
            et: "puudu",
            en: "missing",
            ru: "не хватает",
        },
        Check::NotYetKnown => tr! {
            et: "veel ees",
            en: "still to come",
            ru: "ещё впереди",
        },
    };
    t.get(lang)
}
pub fn condition(lang: Lang, c: &Condition) -> String {
    match (c, lang.only()) {
        (Condition::StageGrades, _) => tr! {
            et: "kooliastmehinded vähemalt „rahuldav” (valikkursustel „arvestatud”)",
            en: "stage grades at least \"satisfactory\" (\"pass\" for electives)",
            ru: "оценки за ступень не ниже «удовлетворительно» («зачтено» для курсов по выбору)",
        }
        .get(lang)
        .to_string(),
        (Condition::StateExamEstonian, _) => EXAM_ESTONIAN.get(lang).to_string(),
        (Condition::StateExamMaths, _) => EXAM_MATHS.get(lang).to_string(),
        (Condition::StateExamForeign, _) => EXAM_FOREIGN.get(lang).to_string(),
        (Condition::SchoolExam, _) => SCHOOL_EXAM.get(lang).to_string(),
        (Condition::ResearchWork, _) => RESEARCH.get(lang).to_string(),
        (Condition::Load { taken, needed }, Lang::Et) => format!(
            "õppekoormus vähemalt {needed} kursust (on {taken}{})",
            if taken < needed {
                format!(", puudu {}", needed - taken)
            } else {
                String::new()
            }
        ),
        (Condition::Load { taken, needed }, Lang::En) => format!(
            "study load at least {needed} courses (taken {taken}{})",
            if taken < needed {
                format!(", {} more needed", needed - taken)
            } else {
                String::new()
            }
        ),
        (Condition::Load { taken, needed }, Lang::Ru) => format!(
            "учебная нагрузка не менее {needed} курсов (пройдено {taken}{})",
            if taken < needed {
                format!(", не хватает {}", needed - taken)
            } else {
                String::new()
            }
        ),
        (
            Condition::Compulsory {
                subject,
                taken,
                needed,
            },
            l,
        ) => {
            let name = subject.name().get(l);
            match (l, taken < needed) {
                (Lang::Et, true) => {
                    format!("{name}: {taken}/{needed} — veel {} kursust", needed - taken)
                }
                (Lang::En, true) => {
                    format!("{name}: {taken}/{needed} — {} more courses", needed - taken)
                }
                (Lang::Ru, true) => format!(
                    "{name}: {taken}/{needed} — ещё {} курса(ов)",
                    needed - taken
                ),
                (_, false) => format!("{name}: {taken}/{needed}"),
            }
        }
    }
}

impl super::Labelled for kooliabi_core::grading::vocational::FinalExam {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::vocational::FinalExam as E;
        match self {
            E::NotYet => EXAM_NOT_YET.get(lang).to_string(),
            E::Differentiated(g) => exam_grade(lang, g.value()),
            E::Passed => EXAM_PASSED.get(lang).to_string(),
            E::ProfessionalExam => EXAM_PROFESSIONAL.get(lang).to_string(),
        }
    }
}

impl super::Labelled for kooliabi_core::grading::upper_secondary::Outcome {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::upper_secondary::Outcome as O;
        match self {
            O::NotYet => OUTCOME_NOT_YET,
            O::Passed => OUTCOME_PASSED,
            O::Failed => OUTCOME_FAILED,
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for kooliabi_core::grading::upper_secondary::StudyForm {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::upper_secondary::StudyForm as F;
        match self {
            F::Daytime => tr! {
                et: "Statsionaarne õpe",
                en: "Daytime study",
                ru: "Стационарное обучение",
            },
            F::Distance => tr! {
                et: "Mittestatsionaarne õpe (§ 14)",
                en: "Distance learning (§ 14)",
                ru: "Нестационарное обучение (§ 14)",
            },
            F::External => tr! {
                et: "Ekstern (§ 18 lg 5)",
                en: "External student (§ 18 (5))",
                ru: "Экстерн (§ 18 (5))",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for AverageRule {
    fn label(self, lang: Lang) -> String {
        match self {
            AverageRule::Exact => tr! {
                et: "Täpne keskmine peab ulatuma piirini (vaikimisi)",
                en: "The exact average must reach the bound (default)",
                ru: "Точное среднее должно достичь границы (по умолчанию)",
            },
            AverageRule::RoundedToOneDecimal => tr! {
                et: "Keskmine ümardatakse enne ühe komakohani",
                en: "The average is first rounded to one decimal",
                ru: "Среднее сначала округляется до одного знака",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for kooliabi_core::grading::vocational::HalfYearCheck {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::vocational::HalfYearCheck as H;
        match self {
            H::Projection => tr! {
                et: "Poolaasta jooksul näidata prognoosina (vaikimisi)",
                en: "Show as a projection during the half-year (default)",
                ru: "Показывать как прогноз в течение полугодия (по умолчанию)",
            },
            H::AtHalfYearEndOnly => tr! {
                et: "Hoiatada alles poolaasta lõppedes",
                en: "Warn only at the end of the half-year",
                ru: "Предупреждать только по окончании полугодия",
            },
        }
        .get(lang)
        .to_string()
    }
}
