//! Strings of the grading pages (points, class, what follows, behaviour).

use kooliabi_core::code::Coded as _;
use kooliabi_core::grading::bands::{self, BandError, PointsError};
use kooliabi_core::grading::basic_school::{Finding, HonoursGap, HonoursUnknown};
use kooliabi_core::grading::class_list::RowError;
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::tr;

use super::{Lang, Tr};

pub const MAX_POINTS: Tr = tr! {
    et: "Maksimumpunktid",
    en: "Maximum points",
    ru: "Максимум баллов",
};
pub const POINTS: Tr = tr! {
    et: "Saadud punktid",
    en: "Points scored",
    ru: "Набранные баллы",
};
pub const PERCENT: Tr = tr! {
    et: "Protsent maksimumist",
    en: "Percentage of the maximum",
    ru: "Процент от максимума",
};
pub const ENTER_AS: Tr = tr! {
    et: "Sisestan",
    en: "I enter",
    ru: "Я ввожу",
};
pub const ENTER_POINTS: Tr = tr! {
    et: "punktid",
    en: "points",
    ru: "баллы",
};
pub const ENTER_PERCENT: Tr = tr! {
    et: "protsendi",
    en: "a percentage",
    ru: "процент",
};
pub const HALF_POINTS_HINT: Tr = tr! {
    et: "Täis- või poolpunktid, nt 33 või 33,5.",
    en: "Whole or half points, e.g. 33 or 33.5.",
    ru: "Целые или половинные баллы, напр. 33 или 33,5.",
};
pub const RESULT: Tr = tr! {
    et: "Hinne",
    en: "Grade",
    ru: "Оценка",
};
pub const RESULT_EMPTY: Tr = tr! {
    et: "Sisesta maksimumpunktid ja punktid, et näha hinnet.",
    en: "Enter the maximum and the points to see the grade.",
    ru: "Введите максимум и баллы, чтобы увидеть оценку.",
};
pub fn percent_of_max(lang: Lang, pct: &str) -> String {
    match lang.only() {
        Lang::Et => format!("{pct} % maksimumist"),
        Lang::En => format!("{pct} % of the maximum"),
        Lang::Ru => format!("{pct} % от максимума"),
    }
}
/// 004 § 17 (3)'s bands, formatted from the core's `Bands::NATIONAL`.
pub fn rule_national(lang: Lang) -> String {
    let b = kooliabi_core::grading::bands::Bands::NATIONAL;
    let bands = [b.five, b.four, b.three, b.two]
        .map(|x| crate::i18n::decimal(lang, x.to_string()))
        .join(" / ");
    match lang.only() {
        Lang::Et => format!("Reegel: riiklik õppekava (gümnaasium) § 17 lg 3 — {bands} %, kui õpetaja ei ole teatanud teisiti. Põhikool (002 8.2.4) kasutab sama vaikimisi reeglit."),
        Lang::En => format!("Rule: national curriculum for upper secondary schools § 17 (3) — {bands} % unless the teacher has stated otherwise. Basic school (002 8.2.4) uses the same default."),
        Lang::Ru => format!("Правило: государственная программа гимназии § 17 (3) — {bands} %, если учитель не объявил иначе. Основная школа (002 8.2.4) использует то же правило по умолчанию."),
    }
}
pub const SCHOOL_TYPE: Tr = tr! {
    et: "Kooli liik (hinneteskaala)",
    en: "School type (grading scale)",
    ru: "Тип школы (шкала оценок)",
};
pub const RULE_SCHOOL_GENERAL: Tr = tr! {
    et: "Skaala: üldhariduskool, hinded „5”–„1” (riiklik õppekava § 17 lg 2).",
    en: "Scale: general school, grades \"5\" to \"1\" (national curriculum § 17 (2)).",
    ru: "Шкала: общеобразовательная школа, оценки «5»–«1» (государственная программа § 17 (2)).",
};
pub const RULE_SCHOOL_VOCATIONAL: Tr = tr! {
    et: "Skaala: kutseõpe, hinded „5”–„2”; hinnet „1” ei ole, seega kõik alla „3” piiri on „2” (001 4.6.4.4). Allikad ei ütle, kas kutseõppe punktipiirid on samad — see on seade.",
    en: "Scale: vocational school, grades \"5\" to \"2\"; there is no \"1\", so everything under the \"3\" band is a \"2\" (001 4.6.4.4). The sources do not say whether vocational bands are the same — this is a setting.",
    ru: "Шкала: профобучение, оценки «5»–«2»; оценки «1» нет, поэтому всё ниже границы «3» — «2» (001 4.6.4.4). Источники не говорят, те же ли границы в профобучении, — это настройка.",
};
pub const RULE_CUSTOM: Tr = tr! {
    et: "Reegel: õpetaja teatatud piirid (§ 17 lg 3 lubab neid muuta).",
    en: "Rule: the bands the teacher has stated (§ 17 (3) allows other bands).",
    ru: "Правило: границы, объявленные учителем (§ 17 (3) допускает иные).",
};

pub const TABLE_HEADING: Tr = tr! {
    et: "Hinnete punktipiirid",
    en: "Points for each grade",
    ru: "Баллы для каждой оценки",
};
pub const TABLE_GRADE: Tr = tr! {
    et: "Hinne",
    en: "Grade",
    ru: "Оценка",
};
pub const TABLE_POINTS: Tr = tr! {
    et: "Punktid",
    en: "Points",
    ru: "Баллы",
};
pub const TABLE_UNREACHABLE: Tr = tr! {
    et: "Selle maksimumi juures ei anna ükski punktisumma neid hindeid:",
    en: "At this maximum no score gives these grades:",
    ru: "При этом максимуме ни одна сумма баллов не даёт эти оценки:",
};

pub const SETTINGS: Tr = tr! {
    et: "Hindamise seaded",
    en: "Grading settings",
    ru: "Настройки оценивания",
};
pub fn band_label(lang: Lang, grade: Grade) -> String {
    match lang.only() {
        Lang::Et => format!("Hinde {} alampiir (%)", grade.value()),
        Lang::En => format!("Lowest % for a {}", grade.value()),
        Lang::Ru => format!("Нижняя граница оценки {} (%)", grade.value()),
    }
}
pub const ROUNDING: Tr = tr! {
    et: "Murdosaline protsent",
    en: "Fractional percentages",
    ru: "Дробный процент",
};
pub const ROUNDING_EXACT: Tr = tr! {
    et: "võrdle täpselt (vaikimisi): 89,9 % on „4”",
    en: "compare exactly (default): 89.9 % is a 4",
    ru: "сравнивать точно (по умолчанию): 89,9 % — это «4»",
};
pub const ROUNDING_WHOLE: Tr = tr! {
    et: "ümarda enne täisprotsendiks: 89,5 % → 90 % on „5”",
    en: "round to a whole percent first: 89.5 % → 90 % is a 5",
    ru: "сначала округлить до целого: 89,5 % → 90 % — это «5»",
};
pub const STEP: Tr = tr! {
    et: "Punktitabel",
    en: "Points table",
    ru: "Таблица баллов",
};
pub const STEP_HALF: Tr = tr! {
    et: "poolpunktidega",
    en: "in half points",
    ru: "с половинными баллами",
};
pub const STEP_WHOLE: Tr = tr! {
    et: "täispunktidega",
    en: "in whole points",
    ru: "в целых баллах",
};
pub const RESET: Tr = tr! {
    et: "Taasta riiklik vaikimisi",
    en: "Reset to the national default",
    ru: "Вернуть государственные значения",
};
pub const SETTINGS_NOTE: Tr = tr! {
    et: "Seaded kehtivad nii ühe töö kui ka terve klassi kalkulaatoris.",
    en: "The settings apply to both the single-test and the whole-class calculator.",
    ru: "Настройки действуют и для одной работы, и для всего класса.",
};

pub fn points_error(lang: Lang, e: PointsError) -> String {
    let t = match e {
        PointsError::MaxTooLarge => {
            let most = crate::i18n::decimal(lang, bands::MAX_POINTS.to_string());
            return match lang.only() {
                Lang::Et => format!("Maksimumpunktid on liiga suured (kuni {most})."),
                Lang::En => format!("The maximum is too large (at most {most})."),
                Lang::Ru => format!("Слишком большой максимум (не более {most})."),
            };
        }
        PointsError::MaxNotPositive => tr! {
            et: "Maksimumpunktid peavad olema arv, mis on suurem kui 0.",
            en: "The maximum must be a number greater than 0.",
            ru: "Максимум должен быть числом больше 0.",
        },
        PointsError::NotHalfPoints => tr! {
            et: "Kasuta täis- või poolpunkte (nt 12 või 12,5).",
            en: "Use whole or half points (e.g. 12 or 12.5).",
            ru: "Используйте целые или половинные баллы (напр. 12 или 12,5).",
        },
        PointsError::Negative => tr! {
            et: "Punktid ei saa olla negatiivsed.",
            en: "Points cannot be negative.",
            ru: "Баллы не могут быть отрицательными.",
        },
        PointsError::OverMax => tr! {
            et: "Punkte on rohkem kui maksimum.",
            en: "The points are more than the maximum.",
            ru: "Баллов больше, чем максимум.",
        },
        PointsError::PercentOutOfRange => tr! {
            et: "Protsent peab olema 0 kuni 100.",
            en: "The percentage must be from 0 to 100.",
            ru: "Процент должен быть от 0 до 100.",
        },
        PointsError::Bands => tr! {
            et: "Hindamise seadetes on viga — vaata allpool.",
            en: "The grading settings have an error — see below.",
            ru: "В настройках оценивания ошибка — см. ниже.",
        },
    };
    t.get(lang).to_string()
}

pub const NOT_A_NUMBER: Tr = tr! {
    et: "See ei ole arv. Kasuta numbreid ja koma või punkti, nt 12,5.",
    en: "This is not a number. Use digits and a comma or point, e.g. 12.5.",
    ru: "Это не число. Используйте цифры и запятую или точку, напр. 12,5.",
};

pub fn band_error(lang: Lang, e: BandError) -> String {
    match (e, lang.only()) {
        (BandError::OutOfRange(g), Lang::Et) => {
            format!("Hinde {} piir peab olema 0 kuni 100.", g.value())
        }
        (BandError::OutOfRange(g), Lang::En) => {
            format!("The bound for a {} must be from 0 to 100.", g.value())
        }
        (BandError::OutOfRange(g), Lang::Ru) => {
            format!("Граница оценки {} должна быть от 0 до 100.", g.value())
        }
        (BandError::NotAboveNext(g), Lang::Et) => {
            format!(
                "Hinde {} piir peab olema suurem kui hinde {} piir.",
                g.value(),
                g.value() - 1
            )
        }
        (BandError::NotAboveNext(g), Lang::En) => {
            format!(
                "The bound for a {} must be above the bound for a {}.",
                g.value(),
                g.value() - 1
            )
        }
        (BandError::NotAboveNext(g), Lang::Ru) => {
            format!(
                "Граница оценки {} должна быть выше границы оценки {}.",
                g.value(),
                g.value() - 1
            )
        }
    }
}

// The whole class.
pub const PASTE_LABEL: Tr = tr! {
    et: "Klassi punktid",
    en: "The class's points",
    ru: "Баллы класса",
};
pub const PASTE_HINT: Tr = tr! {
    et: "Kleebi veerg punkte või read „nimi<TAB>punktid” tabelist või e-koolist. Koma ja punkt sobivad mõlemad.",
    en: "Paste a column of points, or \"name<TAB>points\" rows from a spreadsheet or e-school. Comma and point both work.",
    ru: "Вставьте столбец баллов или строки «имя<TAB>баллы» из таблицы или э-школы. Подходят и запятая, и точка.",
};
pub fn class_summary(lang: Lang, converted: usize, bad: usize, blank: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Hinne leitud: {converted} rida. Ei saanud lugeda: {bad} rida. Tühje ridu vahele jäetud: {blank}."),
        Lang::En => format!("Graded: {converted} rows. Could not be read: {bad} rows. Blank lines skipped: {blank}."),
        Lang::Ru => format!("Оценено строк: {converted}. Не удалось прочитать: {bad}. Пропущено пустых строк: {blank}."),
    }
}
pub const ROWS_UNREADABLE: Tr = tr! {
    et: "Read, mida ei saanud lugeda",
    en: "Rows that could not be read",
    ru: "Строки, которые не удалось прочитать",
};
pub const DISTRIBUTION: Tr = tr! {
    et: "Hinnete jaotus",
    en: "Distribution of grades",
    ru: "Распределение оценок",
};
pub fn grade_count(lang: Lang, grade: u8, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Hinne {grade}: {n}"),
        Lang::En => format!("Grade {grade}: {n}"),
        Lang::Ru => format!("Оценка {grade}: {n}"),
    }
}
pub const COL_LINE: Tr = tr! {
    et: "Rida",
    en: "Line",
    ru: "Строка",
};
pub const COL_NAME: Tr = tr! {
    et: "Nimi",
    en: "Name",
    ru: "Имя",
};
pub const COL_POINTS: Tr = tr! {
    et: "Punktid",
    en: "Points",
    ru: "Баллы",
};
pub const COL_PERCENT: Tr = tr! {
    et: "%",
    en: "%",
    ru: "%",
};
pub const COL_GRADE: Tr = tr! {
    et: "Hinne",
    en: "Grade",
    ru: "Оценка",
};
pub fn show_all_rows(lang: Lang, shown: usize, total: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Näidatud on esimesed {shown} rida {total}-st. Näita kõiki"),
        Lang::En => format!("Showing the first {shown} of {total} rows. Show all"),
        Lang::Ru => format!("Показаны первые {shown} из {total} строк. Показать все"),
    }
}
pub const COPY_TABLE: Tr = tr! {
    et: "Kopeeri tabelina",
    en: "Copy as table",
    ru: "Копировать как таблицу",
};
pub fn row_error(lang: Lang, e: RowError) -> &'static str {
    let t = match e {
        RowError::NoPoints => tr! {
            et: "punktid puuduvad",
            en: "no points",
            ru: "нет баллов",
        },
        RowError::NotANumber => tr! {
            et: "ei ole arv",
            en: "not a number",
            ru: "не число",
        },
        RowError::Negative => tr! {
            et: "negatiivne",
            en: "negative",
            ru: "отрицательное",
        },
        RowError::OverMax => tr! {
            et: "üle maksimumi",
            en: "over the maximum",
            ru: "больше максимума",
        },
        RowError::NotHalfPoints => tr! {
            et: "ainult täis- või poolpunktid",
            en: "whole or half points only",
            ru: "только целые или половинные баллы",
        },
    };
    t.get(lang)
}
pub fn row_error_line(lang: Lang, line: usize, reason: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Rida {line}: {reason}"),
        Lang::En => format!("Line {line}: {reason}"),
        Lang::Ru => format!("Строка {line}: {reason}"),
    }
}

// What follows from my grades.
pub const CLASS_LABEL: Tr = tr! {
    et: "Klass",
    en: "Class (year)",
    ru: "Класс",
};
pub const CURRICULUM: Tr = tr! {
    et: "Õppekava",
    en: "Curriculum",
    ru: "Учебная программа",
};
pub const CURRICULUM_REGULAR: Tr = tr! {
    et: "põhikooli riiklik õppekava",
    en: "national basic school curriculum",
    ru: "государственная программа основной школы",
};
pub const CURRICULUM_SIMPLIFIED: Tr = tr! {
    et: "lihtsustatud õppekava",
    en: "simplified curriculum",
    ru: "упрощённая программа",
};
pub const CURRICULUM_COPING: Tr = tr! {
    et: "toimetuleku õppekava",
    en: "coping curriculum",
    ru: "программа социальной адаптации",
};
pub const BEHAVIOUR: Tr = tr! {
    et: "Käitumine",
    en: "Behaviour",
    ru: "Поведение",
};
pub const DILIGENCE: Tr = tr! {
    et: "Hoolsus",
    en: "Diligence",
    ru: "Прилежание",
};
pub const NOT_ENTERED: Tr = tr! {
    et: "— pole sisestatud —",
    en: "— not entered —",
    ru: "— не введено —",
};
pub const SUBJECTS: Tr = tr! {
    et: "Õppeained",
    en: "Subjects",
    ru: "Предметы",
};
pub const SUBJECT_NAME: Tr = tr! {
    et: "Õppeaine",
    en: "Subject",
    ru: "Предмет",
};
pub const MARKS: Tr = tr! {
    et: "Jooksvad hinded",
    en: "Current grades",
    ru: "Текущие оценки",
};
pub const MARKS_HINT: Tr = tr! {
    et: "Nagu e-koolis: 5 4 X 3. Järelvastatud hinne tärniga: 4* või koos algse hindega 2/4*.",
    en: "As in e-school: 5 4 X 3. A resit with an asterisk: 4*, or with the original grade 2/4*.",
    ru: "Как в э-школе: 5 4 X 3. Пересдача со звёздочкой: 4* или вместе с исходной 2/4*.",
};
pub fn marks_error(lang: Lang, position: usize, text: &str) -> String {
    match lang.only() {
        Lang::Et => {
            format!("{position}. hinne „{text}” ei ole 1–5, X ega järelvastamine (nt 2/4*).")
        }
        Lang::En => format!("Grade {position}, \"{text}\", is not 1–5, X or a resit (e.g. 2/4*)."),
        Lang::Ru => {
            format!("Оценка {position}, «{text}», не 1–5, не X и не пересдача (напр. 2/4*).")
        }
    }
}
pub const TRIMESTER: Tr = tr! {
    et: "Trimestrihinne",
    en: "Trimester grade",
    ru: "Оценка за триместр",
};
pub const YEAR: Tr = tr! {
    et: "Aastahinne",
    en: "Yearly grade",
    ru: "Годовая оценка",
};
pub const STAGE: Tr = tr! {
    et: "Kooliastmehinne",
    en: "Stage grade",
    ru: "Оценка за ступень",
};
pub const TEST_BEFORE_END: Tr = tr! {
    et: "Vahetult enne trimestri lõppu tehtud kontrolltöö",
    en: "Test written just before the trimester end",
    ru: "Контрольная непосредственно перед концом триместра",
};
pub const RESIT_UNUSED: Tr = tr! {
    et: "Õpilane ei kasutanud võimalust järele vastata ega tugisüsteeme, vaatamata vanema ja tugispetsialisti sekkumisele (002 8.4)",
    en: "The student did not use the resit or the support offered, despite the parent's and the support staff's intervention (002 8.4)",
    ru: "Ученик не воспользовался пересдачей или поддержкой, несмотря на вмешательство родителя и специалиста поддержки (002 8.4)",
};
pub const LAST_TRIMESTER: Tr = tr! {
    et: "See on õppeaasta viimane trimester",
    en: "This is the last trimester of the school year",
    ru: "Это последний триместр учебного года",
};
pub const LAST_TRIMESTER_HINT: Tr = tr! {
    et: "Viimasel trimestril pannakse trimestrihinne välja ka siis, kui vahetult enne lõppu tehtud kontrolltöö on „puudulik” või „nõrk” (002 8.2.4).",
    en: "In the last trimester the trimester grade is given even if the test just before its end is \"poor\" or \"weak\" (002 8.2.4).",
    ru: "В последнем триместре оценка выставляется, даже если контрольная перед его концом — «2» или «1» (002 8.2.4).",
};
pub const LEFT_UNSET: Tr = tr! {
    et: "Jäetud välja panemata",
    en: "Left unset",
    ru: "Не выставлена",
};
pub const FINAL_EXAMS_SETTING: Tr = tr! {
    et: "Lõpueksamite arv (003 IX 4 seda ei nimeta — kooli seade)",
    en: "Number of final exams (003 IX 4 does not say — a school setting)",
    ru: "Число выпускных экзаменов (003 IX 4 не называет — настройка школы)",
};
pub const EXAM: Tr = tr! {
    et: "Lõpueksami hinne",
    en: "Final exam grade",
    ru: "Оценка выпускного экзамена",
};
pub const ADD_SUBJECT: Tr = tr! {
    et: "Lisa õppeaine",
    en: "Add a subject",
    ru: "Добавить предмет",
};
pub fn remove_subject(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda õppeaine {name}"),
        Lang::En => format!("Remove subject {name}"),
        Lang::Ru => format!("Удалить предмет {name}"),
    }
}
pub const REMOVE: Tr = tr! {
    et: "Eemalda",
    en: "Remove",
    ru: "Удалить",
};
pub fn subject_heading(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Õppeaine {n}"),
        Lang::En => format!("Subject {n}"),
        Lang::Ru => format!("Предмет {n}"),
    }
}
pub const WHAT_FOLLOWS: Tr = tr! {
    et: "Mis sellest järgneb",
    en: "What follows",
    ru: "Что из этого следует",
};
pub const NOTHING_FOLLOWS: Tr = tr! {
    et: "Sisestatud hinnetest ei järgne tugimeetmeid, täiendavat õppetööd ega klassikordamist.",
    en: "Nothing follows from these grades: no support steps, additional study or repeating a year.",
    ru: "Из этих оценок не следует ни мер поддержки, ни дополнительной учёбы, ни оставления на второй год.",
};
pub const STATS_HEADING: Tr = tr! {
    et: "Jooksvate hinnete statistika (ainult teadmiseks)",
    en: "Current grades in numbers (for information only)",
    ru: "Статистика текущих оценок (только для сведения)",
};
pub const STATS_NOTE: Tr = tr! {
    et: "Trimestri- ja aastahinne ei ole jooksvate hinnete aritmeetiline keskmine (002 8.4). Need arvud ei ole hinne.",
    en: "A trimester or yearly grade is not the arithmetic mean of the current grades (002 8.4). These figures are not the grade.",
    ru: "Оценка за триместр или год — не среднее арифметическое текущих оценок (002 8.4). Эти числа — не оценка.",
};
pub fn stats_line(
    lang: Lang,
    subject: &str,
    mean: f64,
    median: f64,
    latest: u8,
    n: usize,
) -> String {
    match lang.only() {
        Lang::Et => format!("{subject}: keskmine {mean:.2}, mediaan {median}, viimane {latest} ({n} hinnet, X arvestatud kui 1)"),
        Lang::En => format!("{subject}: mean {mean:.2}, median {median}, latest {latest} ({n} grades, X counted as 1)"),
        Lang::Ru => format!("{subject}: среднее {mean:.2}, медиана {median}, последняя {latest} ({n} оценок, X как 1)"),
    }
}
pub const HONOURS_HEADING: Tr = tr! {
    et: "Kiitusega põhikooli lõputunnistus (003 IX 4)",
    en: "Basic school certificate with honours (003 IX 4)",
    ru: "Свидетельство об окончании основной школы с отличием (003 IX 4)",
};
pub const HONOURS_MET: Tr = tr! {
    et: "Tingimused on täidetud: kõik aasta- ja eksamihinded „väga hea” ning käitumine „eeskujulik” või „hea”. Otsuse teeb õppenõukogu.",
    en: "The conditions are met: every yearly and exam grade \"very good\" and behaviour \"exemplary\" or \"good\". The teachers' council decides.",
    ru: "Условия выполнены: все годовые и экзаменационные оценки «отлично», поведение «примерное» или «хорошее». Решает педсовет.",
};
pub const HONOURS_UNKNOWN: Tr = tr! {
    et: "Veel ei saa öelda, sest:",
    en: "Cannot tell yet, because:",
    ru: "Пока нельзя сказать, потому что:",
};
/// A reason honours are not yet known, with its subject or numbers.
pub fn honours_unknown(lang: Lang, u: &HonoursUnknown) -> String {
    let text = u.label().get(lang);
    match u {
        HonoursUnknown::YearGradeMissing { subject }
        | HonoursUnknown::YearGradeLeftUnset { subject } => format!("{subject}: {text}."),
        HonoursUnknown::ExamGradesMissing { entered, required } => match lang.only() {
            Lang::Et => format!("{text}: sisestatud {entered}, vaja {required}."),
            Lang::En => format!("{text}: {entered} entered, {required} needed."),
            Lang::Ru => format!("{text}: введено {entered}, нужно {required}."),
        },
        _ => text.to_string(),
    }
}
pub const HONOURS_NOT_MET: Tr = tr! {
    et: "Tingimused ei ole täidetud:",
    en: "The conditions are not met:",
    ru: "Условия не выполнены:",
};
pub fn honours_gap(lang: Lang, gap: &HonoursGap) -> String {
    match (gap, lang.only()) {
        (HonoursGap::YearGradeBelowVeryGood { subject }, Lang::Et) => {
            format!("{subject}: aastahinne ei ole „väga hea”")
        }
        (HonoursGap::YearGradeBelowVeryGood { subject }, Lang::En) => {
            format!("{subject}: the yearly grade is not \"very good\"")
        }
        (HonoursGap::YearGradeBelowVeryGood { subject }, Lang::Ru) => {
            format!("{subject}: годовая оценка не «отлично»")
        }
        (HonoursGap::ExamGradeBelowVeryGood { subject }, Lang::Et) => {
            format!("{subject}: eksamihinne ei ole „väga hea”")
        }
        (HonoursGap::ExamGradeBelowVeryGood { subject }, Lang::En) => {
            format!("{subject}: the exam grade is not \"very good\"")
        }
        (HonoursGap::ExamGradeBelowVeryGood { subject }, Lang::Ru) => {
            format!("{subject}: экзаменационная оценка не «отлично»")
        }
        (HonoursGap::Behaviour(c), l) => match l {
            Lang::Et => format!(
                "käitumine on „{}”, vaja „eeskujulik” või „hea”",
                c.name().get(l)
            ),
            Lang::En => format!(
                "behaviour is \"{}\"; \"exemplary\" or \"good\" is needed",
                c.name().get(l)
            ),
            Lang::Ru => format!(
                "поведение «{}», нужно «примерное» или «хорошее»",
                c.name().get(l)
            ),
        },
    }
}
pub const PRAISE_HEADING: Tr = tr! {
    et: "Kiituskiri „Väga hea ja hea õppeedukuse eest” (003 IX 2)",
    en: "Praise letter \"for very good and good results\" (003 IX 2)",
    ru: "Похвальный лист «За отличные и хорошие успехи» (003 IX 2)",
};
pub const PRAISE_SETTING: Tr = tr! {
    et: "Madalaim lubatud aastahinne (kodukord tingimust ei nimeta — kooli seade, vaikimisi 4)",
    en: "Lowest yearly grade allowed (the house rules give no criteria — a school setting, default 4)",
    ru: "Наименьшая допустимая годовая оценка (правила не называют условий — настройка школы, по умолчанию 4)",
};
pub const PRAISE_YES: Tr = tr! {
    et: "Seade järgi: jah.",
    en: "By this setting: yes.",
    ru: "По этой настройке: да.",
};
pub const PRAISE_NO: Tr = tr! {
    et: "Seade järgi: ei.",
    en: "By this setting: no.",
    ru: "По этой настройке: нет.",
};
pub const PRAISE_UNKNOWN: Tr = tr! {
    et: "Veel ei saa öelda: sisesta kõigi ainete aastahinded.",
    en: "Cannot tell yet: enter every subject's yearly grade.",
    ru: "Пока нельзя сказать: введите годовые оценки всех предметов.",
};
pub const UNNAMED_SUBJECT: Tr = tr! {
    et: "(nimeta aine)",
    en: "(unnamed subject)",
    ru: "(предмет без названия)",
};

pub fn finding(lang: Lang, f: &Finding) -> String {
    match f {
        Finding::VerbalAssessmentOnly => tr! {
            et: "1.–3. klassis antakse kirjeldavaid sõnalisi hinnanguid koos sõnalise viitega hindele („väga hea”, „hea” jne). Allpool loetakse viidet „puudulik” või „nõrk” samaväärseks hinnanguks, millest tulenevad samad reeglid (002 8.1.4, 8.4). „X”-i reegel kehtib 4.–9. klassis.",
            en: "Classes 1–3 get descriptive verbal assessments with a verbal reference to a grade (\"very good\", \"good\" …). Below, a reference to \"poor\" or \"weak\" is read as the equivalent assessment, and the same rules follow (002 8.1.4, 8.4). The \"X\" rule applies in classes 4–9.",
            ru: "В 1–3 классах дают описательные словесные оценки со словесной ссылкой на оценку («очень хорошо», «хорошо» …). Ниже ссылка «неудовлетворительно» или «слабо» считается равноценной оценкой, и из неё следуют те же правила (002 8.1.4, 8.4). Правило «X» действует в 4–9 классах.",
        }
        .get(lang)
        .to_string(),
        Finding::XBecomesWeak { subject, count } => match lang.only() {
            Lang::Et => format!("{subject}: {count} × „X”. Kui tööd ei tehta õppeperioodi lõpuks, asendatakse „X” hindega „1” (002 8.2.4, 8.2.5)."),
            Lang::En => format!("{subject}: {count} × \"X\". If the work is not done by the end of the period, the \"X\" becomes a \"1\" (002 8.2.4, 8.2.5)."),
            Lang::Ru => format!("{subject}: {count} × «X». Если работа не сделана к концу периода, «X» заменяется на «1» (002 8.2.4, 8.2.5)."),
        },
        Finding::SupportPlan { subject } => match lang.only() {
            Lang::Et => format!("{subject}: hinne „puudulik” või „nõrk”, samaväärne hinnang või välja panemata trimestrihinne — rakendatakse individuaalset õpiabiplaani või muud tugisüsteemi (002 8.1.4, 8.4)."),
            Lang::En => format!("{subject}: a \"poor\" or \"weak\" grade, the equivalent assessment or a trimester grade left unset — an individual learning-support plan or other support is applied (002 8.1.4, 8.4)."),
            Lang::Ru => format!("{subject}: оценка «2» или «1», равноценная оценка или невыставленная оценка за триместр — применяется индивидуальный план учебной помощи или другая поддержка (002 8.1.4, 8.4)."),
        },
        Finding::ParentInvited { subject } => match lang.only() {
            Lang::Et => format!("{subject}: trimestrihinne „puudulik” või „nõrk” — lapsevanem kutsutakse kooli edasisi meetmeid kokku leppima (002 8.1.4, 8.4)."),
            Lang::En => format!("{subject}: a trimester grade \"poor\" or \"weak\" — the parent is invited to school to agree on further steps (002 8.1.4, 8.4)."),
            Lang::Ru => format!("{subject}: оценка за триместр «2» или «1» — родителя приглашают в школу договориться о дальнейших мерах (002 8.1.4, 8.4)."),
        },
        Finding::TrimesterGradeWithheld { subject } => match lang.only() {
            Lang::Et => format!("{subject}: vahetult enne trimestri lõppu tehtud kontrolltöö on „puudulik” või „nõrk” — trimestrihinnet välja ei panda (v.a õppeaasta viimane trimester); kontrolltööd saab järele vastata (002 8.2.4)."),
            Lang::En => format!("{subject}: the test written just before the trimester end is \"poor\" or \"weak\" — no trimester grade is given (except in the last trimester of the year); the test can be resat (002 8.2.4)."),
            Lang::Ru => format!("{subject}: контрольная работа непосредственно перед концом триместра — «2» или «1»: оценка за триместр не выставляется (кроме последнего триместра года); работу можно пересдать (002 8.2.4)."),
        },
        Finding::TrimesterCountsAsWeak { subject } => match lang.only() {
            Lang::Et => format!("{subject}: trimestrihinne on „puudulik”, „nõrk” või välja panemata ja õpilane ei kasutanud järelevastamise ega tugisüsteemide võimalust — aastahinde väljapanekul loetakse selle trimestri teadmised hindele „nõrk” vastavaks (002 8.4)."),
            Lang::En => format!("{subject}: the trimester grade is \"poor\", \"weak\" or left unset and the student did not use the resit or the support offered — for the yearly grade, that trimester counts as \"weak\" (002 8.4)."),
            Lang::Ru => format!("{subject}: оценка за триместр «2», «1» или не выставлена, и ученик не воспользовался пересдачей или поддержкой — при выставлении годовой оценки этот триместр считается соответствующим оценке «1» (002 8.4)."),
        },
        Finding::AdditionalStudyAfterExams { subject, ground } => {
            use kooliabi_core::grading::basic_school::Class9Ground;
            let (et, en, ru) = match ground {
                Class9Ground::Stage => ("kooliastmehinne", "stage grade", "оценка за ступень"),
                Class9Ground::Exam => ("eksamihinne", "exam grade", "экзаменационная оценка"),
            };
            match lang.only() {
                Lang::Et => format!("{subject}: {et} „puudulik” või „nõrk” — 9. klassi õpilase võib pärast lõpueksameid jätta täiendavale õppetööle (002 8.4). See on võimalus, mitte kohustus."),
                Lang::En => format!("{subject}: {en} \"poor\" or \"weak\" — a class 9 student may be left for additional study after the final exams (002 8.4). This is a possibility, not a rule."),
                Lang::Ru => format!("{subject}: {ru} «2» или «1» — ученика 9 класса могут оставить на дополнительную учебную работу после выпускных экзаменов (002 8.4). Это возможность, а не обязанность."),
            }
        }
        Finding::AdditionalStudy { subject } => match lang.only() {
            Lang::Et => format!("{subject}: aastahinne „puudulik” või „nõrk” — õpilane jäetakse täiendavale õppetööle; otsustab õppenõukogu (002 8.4)."),
            Lang::En => format!("{subject}: a yearly grade \"poor\" or \"weak\" — the student is given additional study (täiendav õppetöö); the teachers' council decides (002 8.4)."),
            Lang::Ru => format!("{subject}: годовая оценка «2» или «1» — ученику назначают дополнительную учёбу; решает педсовет (002 8.4)."),
        },
        Finding::MayRepeatYear { subjects } => match lang.only() {
            Lang::Et => format!("{subjects} ainet aastahindega „puudulik” või „nõrk”: kui täiendav õppetöö ei anna tulemust, võib õppenõukogu põhjendatud otsusega erandjuhul jätta õpilase klassikursust kordama (002 8.7). See on võimalus, mitte kohustus."),
            Lang::En => format!("{subjects} subjects with a yearly grade \"poor\" or \"weak\": if additional study does not help, the teachers' council may, as an exception and with reasons, leave the student to repeat the year (002 8.7). This is a possibility, not a rule."),
            Lang::Ru => format!("Предметов с годовой оценкой «2» или «1»: {subjects}. Если дополнительная учёба не помогает, педсовет может в исключительном случае обоснованным решением оставить ученика на второй год (002 8.7). Это возможность, а не обязанность."),
        },
        Finding::NoRepeatForCurriculum { subjects } => match lang.only() {
            Lang::Et => format!("{subjects} ainet aastahindega „puudulik” või „nõrk”, kuid lihtsustatud ja toimetuleku õppekava õpilasi klassikursust kordama ei jäeta (002 8.7)."),
            Lang::En => format!("{subjects} subjects with a yearly grade \"poor\" or \"weak\", but students of the simplified or coping curriculum are not left to repeat a year (002 8.7)."),
            Lang::Ru => format!("Предметов с годовой оценкой «2» или «1»: {subjects}, но учеников упрощённой программы и программы социальной адаптации на второй год не оставляют (002 8.7)."),
        },
    }
}

// Behaviour and diligence card.
pub const BEHAVIOUR_INTRO: Tr = tr! {
    et: "4.–9. klassis märgitakse tunnistusele käitumise ja hoolsuse hinne E, H, R või MR koos lühikese tagasisidega (002 8.5). 1.–3. klassis antakse sõnalist tagasisidet.",
    en: "In classes 4–9 the report card shows behaviour and diligence as E, H, R or MR with short feedback (002 8.5). Classes 1–3 get verbal feedback.",
    ru: "В 4–9 классах в табель ставят оценку поведения и прилежания E, H, R или MR с кратким отзывом (002 8.5). В 1–3 классах — словесный отзыв.",
};
pub const BEHAVIOUR_SOURCE: Tr = tr! {
    et: "Allikas: 002 8.5.1",
    en: "Source: 002 8.5.1",
    ru: "Источник: 002 8.5.1",
};
pub const DILIGENCE_SOURCE: Tr = tr! {
    et: "Allikas: 002 8.5.2",
    en: "Source: 002 8.5.2",
    ru: "Источник: 002 8.5.2",
};
pub const SCALE_HEADING: Tr = tr! {
    et: "Viiepallisüsteem (gümnaasiumi riiklik õppekava § 17 lg 2)",
    en: "The five-point scale (national curriculum § 17 (2))",
    ru: "Пятибалльная шкала (государственная программа § 17 (2))",
};

impl super::Labelled for Option<kooliabi_core::grading::scale::Grade> {
    fn label(self, lang: Lang) -> String {
        match self {
            None => NOT_ENTERED.get(lang).to_string(),
            Some(g) => format!("{} — {}", g.value(), g.name_in(lang)),
        }
    }
}

impl super::Labelled for Option<kooliabi_core::grading::basic_school::Conduct> {
    fn label(self, lang: Lang) -> String {
        match self {
            None => NOT_ENTERED.get(lang).to_string(),
            Some(c) => format!("{} — {}", c.code(), c.name().get(lang)),
        }
    }
}

impl super::Labelled for kooliabi_core::grading::basic_school::Curriculum {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::basic_school::Curriculum as C;
        match self {
            C::Regular => CURRICULUM_REGULAR,
            C::Simplified => CURRICULUM_SIMPLIFIED,
            C::Coping => CURRICULUM_COPING,
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for kooliabi_core::grading::bands::SchoolType {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::grading::bands::SchoolType as T;
        match self {
            T::General => tr! {
                et: "Põhikool või gümnaasium (5–1)",
                en: "Basic or upper secondary school (5–1)",
                ru: "Основная школа или гимназия (5–1)",
            },
            T::Vocational => tr! {
                et: "Kutseõppeasutus (5–2, hinnet „1” ei ole)",
                en: "Vocational school (5–2, no \"1\")",
                ru: "Профессиональное училище (5–2, оценки «1» нет)",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for crate::pages::follows::SummativeChoice {
    fn label(self, lang: Lang) -> String {
        use crate::pages::follows::SummativeChoice as C;
        match self {
            C::NotEntered => NOT_ENTERED.get(lang).to_string(),
            C::Given(g) => super::Labelled::label(Some(g), lang),
            C::LeftUnset => LEFT_UNSET.get(lang).to_string(),
        }
    }
}
