//! Strings of the date tools (deadline calculator, conversation planner).

use chrono::{Datelike, NaiveDate, Weekday};
use kooliabi_core::calendar::deadlines::{Counting, Event, Kind};
use kooliabi_core::calendar::DateError;

use super::{Lang, Tr};

pub fn weekday(lang: Lang, d: Weekday) -> &'static str {
    let t = match d {
        Weekday::Mon => Tr {
            et: "esmaspäev",
            en: "Monday",
            ru: "понедельник",
        },
        Weekday::Tue => Tr {
            et: "teisipäev",
            en: "Tuesday",
            ru: "вторник",
        },
        Weekday::Wed => Tr {
            et: "kolmapäev",
            en: "Wednesday",
            ru: "среда",
        },
        Weekday::Thu => Tr {
            et: "neljapäev",
            en: "Thursday",
            ru: "четверг",
        },
        Weekday::Fri => Tr {
            et: "reede",
            en: "Friday",
            ru: "пятница",
        },
        Weekday::Sat => Tr {
            et: "laupäev",
            en: "Saturday",
            ru: "суббота",
        },
        Weekday::Sun => Tr {
            et: "pühapäev",
            en: "Sunday",
            ru: "воскресенье",
        },
    };
    t.get(lang)
}

/// `29.12.2026, teisipäev` — the Estonian day.month.year order in every
/// language, with the weekday, so nobody misreads month and day.
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    format!("{}, {}", d.format("%d.%m.%Y"), weekday(lang, d.weekday()))
}

pub fn date_short(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

pub fn date_error(lang: Lang, e: DateError) -> &'static str {
    let t = match e {
        DateError::NotADate => Tr {
            et: "See ei ole kuupäev. Vali kuupäev kalendrist või kirjuta see kujul pp.kk.aaaa.",
            en: "This is not a date. Pick one from the calendar or type it as dd.mm.yyyy.",
            ru: "Это не дата. Выберите дату в календаре или введите её как дд.мм.гггг.",
        },
        DateError::OutOfRange => Tr {
            et: "Kuupäev peab olema aastatel 1990–2100.",
            en: "The date must be between 1990 and 2100.",
            ru: "Дата должна быть в 1990–2100 годах.",
        },
    };
    t.get(lang)
}

pub fn event(lang: Lang, e: Event) -> &'static str {
    let t = match e {
        Event::LearnedGrade => Tr {
            et: "Sain hindest teada",
            en: "I learned my grade",
            ru: "Я узнал(а) оценку",
        },
        Event::LearnedPracticalGrade => Tr {
            et: "Sain teada praktilise, loov- või uurimistöö hinde",
            en: "I learned the grade of a practical, creative or research work",
            ru: "Я узнал(а) оценку практической, творческой или исследовательской работы",
        },
        Event::DirectorDecided => Tr {
            et: "Direktor tegi vaide kohta otsuse",
            en: "The director decided on an appeal",
            ru: "Директор принял решение по апелляции",
        },
        Event::WrittenWorkTaken => Tr {
            et: "Tegin kirjaliku töö",
            en: "I took a written test",
            ru: "Я написал(а) письменную работу",
        },
        Event::ExamResultAnnounced => Tr {
            et: "Kutseõppe eksami tulemus tehti teatavaks",
            en: "A vocational exam result was announced",
            ru: "Объявлен результат экзамена профобучения",
        },
        Event::ExamAppealReceived => Tr {
            et: "Eksamikomisjon sai vaide kätte",
            en: "The exam committee received an appeal",
            ru: "Экзаменационная комиссия получила апелляцию",
        },
        Event::DebtArose => Tr {
            et: "Tekkis õppevõlgnevus",
            en: "An academic debt arose",
            ru: "Возникла академическая задолженность",
        },
        Event::XRecorded => Tr {
            et: "Õppetööpäevikusse märgiti „X”",
            en: "An \"X\" was recorded",
            ru: "В журнал поставили «X»",
        },
        Event::AdministrativeDecision => Tr {
            et: "Sain teada õppekorralduse otsusest",
            en: "I learned of a decision on my studies",
            ru: "Я узнал(а) о решении по учёбе",
        },
        Event::ConversationPlanned => Tr {
            et: "Arenguvestlus on planeeritud",
            en: "A development conversation is planned",
            ru: "Запланирована беседа о развитии",
        },
        Event::StudentArrived => Tr {
            et: "Õpilane tuli teisest koolist",
            en: "A student came from another school",
            ru: "Ученик пришёл из другой школы",
        },
        Event::ClassTeacherChanged => Tr {
            et: "Klassijuhataja vahetus",
            en: "The class teacher changed",
            ru: "Сменился классный руководитель",
        },
        Event::ConversationHeld => Tr {
            et: "Arenguvestlus toimus",
            en: "A development conversation was held",
            ru: "Беседа о развитии состоялась",
        },
    };
    t.get(lang)
}

pub fn kind(lang: Lang, k: Kind) -> &'static str {
    let t = match k {
        Kind::AppealGrade => Tr {
            et: "Hinde vaidlustamine direktorile",
            en: "Appeal the grade to the director",
            ru: "Обжаловать оценку у директора",
        },
        Kind::AppealPracticalGrade => Tr {
            et: "Praktilise, loov- või uurimistöö hinde vaidlustamine",
            en: "Appeal the grade of a practical, creative or research work",
            ru: "Обжаловать оценку практической, творческой или исследовательской работы",
        },
        Kind::DirectorInforms => Tr {
            et: "Direktor teatab otsusest kirjalikult",
            en: "The director informs you of the decision in writing",
            ru: "Директор письменно сообщает о решении",
        },
        Kind::WrittenGradePublished => Tr {
            et: "Hinne peab olema e-koolis",
            en: "The grade must be in e-school",
            ru: "Оценка должна быть в э-школе",
        },
        Kind::AppealExamResult => Tr {
            et: "Eksamitulemuse vaidlustamine eksamikomisjonile",
            en: "Appeal the exam result to the exam committee",
            ru: "Обжаловать результат экзамена в комиссии",
        },
        Kind::ExamCommitteeAnswers => Tr {
            et: "Eksamikomisjon saadab otsuse",
            en: "The exam committee sends its decision",
            ru: "Комиссия отправляет решение",
        },
        Kind::AgreeOnResit => Tr {
            et: "Lepi õpetajaga kokku järelvastamise aeg",
            en: "Agree on the resit times with the teacher",
            ru: "Договориться с учителем о пересдаче",
        },
        Kind::ClearDebt => Tr {
            et: "Likvideeri võlgnevus — pärast seda on see „aegunud”",
            en: "Clear the debt — after this it is \"expired\"",
            ru: "Ликвидировать задолженность — после этого она «просрочена»",
        },
        Kind::XBecomesTwo => Tr {
            et: "Tegemata töö „X” muutub hindeks „2”",
            en: "The undone work \"X\" becomes a \"2\"",
            ru: "Несданная работа «X» становится оценкой «2»",
        },
        Kind::ContestDecision => Tr {
            et: "Vaide esitamine otsuse peale",
            en: "Contest the decision",
            ru: "Оспорить решение",
        },
        Kind::SendQuestionnaire => Tr {
            et: "Klassijuhataja saadab küsimustiku",
            en: "The class teacher sends the questionnaire",
            ru: "Классный руководитель отправляет анкету",
        },
        Kind::AnswerQuestionnaire => Tr {
            et: "Küsimustikule vastatakse hiljemalt",
            en: "The questionnaire is answered at the latest",
            ru: "На анкету отвечают не позднее",
        },
        Kind::ConversationForNewStudent => Tr {
            et: "Uue õpilasega vestlus hiljemalt",
            en: "Conversation with the new student at the latest",
            ru: "Беседа с новым учеником не позднее",
        },
        Kind::ConversationsByNewTeacher => Tr {
            et: "Uus klassijuhataja peab vestlused hiljemalt",
            en: "The new class teacher holds the conversations at the latest",
            ru: "Новый классный руководитель проводит беседы не позднее",
        },
        Kind::KeepRecords => Tr {
            et: "Vestluse dokumente säilitatakse vähemalt kuni",
            en: "The conversation's records are kept at least until",
            ru: "Документы беседы хранятся как минимум до",
        },
    };
    t.get(lang)
}

pub fn counting(lang: Lang, c: Counting) -> String {
    match (c, lang) {
        (Counting::WorkingDaysAfter(n), Lang::Et) => {
            format!("{n} tööpäeva, lugemist alustatakse sündmusele järgnevast päevast")
        }
        (Counting::WorkingDaysAfter(n), Lang::En) => {
            format!("{n} working days, counted from the day after the event")
        }
        (Counting::WorkingDaysAfter(n), Lang::Ru) => {
            format!("{n} рабочих дней, отсчёт со следующего дня после события")
        }
        (Counting::CalendarDaysAfter(n), Lang::Et) => format!(
            "{n} kalendripäeva (reegel ütleb „päeva”, mitte „tööpäeva”), alates järgmisest päevast"
        ),
        (Counting::CalendarDaysAfter(n), Lang::En) => format!(
            "{n} calendar days (the rule says \"days\", not \"working days\"), from the day after"
        ),
        (Counting::CalendarDaysAfter(n), Lang::Ru) => format!(
            "{n} календарных дней (в правиле «дней», а не «рабочих дней»), со следующего дня"
        ),
        (Counting::CalendarDaysBefore(n), Lang::Et) => format!("{n} kalendripäeva enne"),
        (Counting::CalendarDaysBefore(n), Lang::En) => format!("{n} calendar days before"),
        (Counting::CalendarDaysBefore(n), Lang::Ru) => format!("за {n} календарных дней до"),
        (Counting::MonthsAfter(n), Lang::Et) => format!("{n} kuud"),
        (Counting::MonthsAfter(n), Lang::En) => format!("{n} months"),
        (Counting::MonthsAfter(n), Lang::Ru) => format!("{n} мес."),
    }
}

pub const EVENT_LABEL: Tr = Tr {
    et: "Mis juhtus?",
    en: "What happened?",
    ru: "Что произошло?",
};
pub const DATE_LABEL: Tr = Tr {
    et: "Kuupäev",
    en: "Date",
    ru: "Дата",
};
pub const DEADLINES_HEADING: Tr = Tr {
    et: "Tähtajad",
    en: "Deadlines",
    ru: "Сроки",
};
pub const RESULT_EMPTY: Tr = Tr {
    et: "Vali sündmus ja kuupäev.",
    en: "Pick an event and a date.",
    ru: "Выберите событие и дату.",
};
pub const RULE: Tr = Tr {
    et: "Reegel",
    en: "Rule",
    ru: "Правило",
};
pub const COUNTED: Tr = Tr {
    et: "Arvestus",
    en: "Counted",
    ru: "Расчёт",
};
pub const SKIPPED_HOLIDAYS: Tr = Tr {
    et: "Vahele jäetud pühad",
    en: "Holidays skipped",
    ru: "Пропущенные праздники",
};
pub fn weekend_days(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Et => format!("Vahele jäetud nädalavahetuse päevi: {n}"),
        Lang::En => format!("Weekend days skipped: {n}"),
        Lang::Ru => format!("Пропущено выходных дней: {n}"),
    }
}
pub const CLAMPED: Tr = Tr {
    et: "Sihtkuus ei ole sellist kuupäeva, seega on tähtaeg kuu viimane päev.",
    en: "The target month has no such day, so the deadline is the month's last day.",
    ru: "В целевом месяце нет такого числа, поэтому срок — последний день месяца.",
};
pub const NOT_MOVED: Tr = Tr {
    et: "Tähtaeg langeb puhkepäevale. Allikas ei ütle, kas see nihkub järgmisele tööpäevale — kontrolli koolist.",
    en: "The deadline falls on a day off. The source does not say whether it moves to the next working day — check with the school.",
    ru: "Срок выпадает на выходной. Источник не говорит, переносится ли он на следующий рабочий день — уточните в школе.",
};
pub const ADD_TO_CALENDAR: Tr = Tr {
    et: "Lisa kalendrisse (.ics)",
    en: "Add to calendar (.ics)",
    ru: "Добавить в календарь (.ics)",
};
pub const CALENDAR_NAME: Tr = Tr {
    et: "Kooliabi tähtajad",
    en: "Kooliabi deadlines",
    ru: "Сроки Kooliabi",
};
pub const DOWNLOAD_FAILED: Tr = Tr {
    et: "Faili allalaadimine ei õnnestunud. Proovi uuesti.",
    en: "The file could not be downloaded. Please try again.",
    ru: "Не удалось скачать файл. Попробуйте ещё раз.",
};
