//! Strings of the date tools (deadline calculator, conversation planner).

use chrono::{Datelike, NaiveDate, Weekday};
use kooliabi_core::calendar::deadlines::{Counting, Event, Kind};
use kooliabi_core::calendar::DateError;
use kooliabi_core::tr;

use super::{Lang, Tr};

pub fn weekday(lang: Lang, d: Weekday) -> &'static str {
    let t = match d {
        Weekday::Mon => tr! {
            et: "esmaspäev",
            en: "Monday",
            ru: "понедельник",
        },
        Weekday::Tue => tr! {
            et: "teisipäev",
            en: "Tuesday",
            ru: "вторник",
        },
        Weekday::Wed => tr! {
            et: "kolmapäev",
            en: "Wednesday",
            ru: "среда",
        },
        Weekday::Thu => tr! {
            et: "neljapäev",
            en: "Thursday",
            ru: "четверг",
        },
        Weekday::Fri => tr! {
            et: "reede",
            en: "Friday",
            ru: "пятница",
        },
        Weekday::Sat => tr! {
            et: "laupäev",
            en: "Saturday",
            ru: "суббота",
        },
        Weekday::Sun => tr! {
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
    format!(
        "{}, {}",
        kooliabi_core::calendar::dotted(d),
        weekday(lang, d.weekday())
    )
}

pub fn date_short(d: NaiveDate) -> String {
    kooliabi_core::calendar::dotted(d)
}

pub fn date_error(lang: Lang, e: DateError) -> String {
    use kooliabi_core::calendar::{FIRST_YEAR as a, LAST_YEAR as b};
    match (e, lang.only()) {
        (DateError::NotADate, _) => tr! {
            et: "See ei ole kuupäev. Vali kuupäev kalendrist või kirjuta see kujul pp.kk.aaaa.",
            en: "This is not a date. Pick one from the calendar or type it as dd.mm.yyyy.",
            ru: "Это не дата. Выберите дату в календаре или введите её как дд.мм.гггг.",
        }
        .get(lang)
        .to_string(),
        (DateError::OutOfRange, Lang::Et) => format!("Kuupäev peab olema aastatel {a}–{b}."),
        (DateError::OutOfRange, Lang::En) => format!("The date must be between {a} and {b}."),
        (DateError::OutOfRange, Lang::Ru) => format!("Дата должна быть в {a}–{b} годах."),
    }
}

pub fn event(lang: Lang, e: Event) -> &'static str {
    let t = match e {
        Event::LearnedGrade => tr! {
            et: "Sain hindest teada",
            en: "I learned my grade",
            ru: "Я узнал(а) оценку",
        },
        Event::LearnedPracticalGrade => tr! {
            et: "Sain teada praktilise, loov- või uurimistöö hinde",
            en: "I learned the grade of a practical, creative or research work",
            ru: "Я узнал(а) оценку практической, творческой или исследовательской работы",
        },
        Event::DirectorDecided => tr! {
            et: "Direktor tegi vaide kohta otsuse",
            en: "The director decided on an appeal",
            ru: "Директор принял решение по апелляции",
        },
        Event::WrittenWorkTaken => tr! {
            et: "Tegin kirjaliku töö",
            en: "I took a written test",
            ru: "Я написал(а) письменную работу",
        },
        Event::ExamResultAnnounced => tr! {
            et: "Kutseõppe eksami tulemus tehti teatavaks",
            en: "A vocational exam result was announced",
            ru: "Объявлен результат экзамена профобучения",
        },
        Event::ExamAppealReceived => tr! {
            et: "Eksamikomisjon sai vaide kätte",
            en: "The exam committee received an appeal",
            ru: "Экзаменационная комиссия получила апелляцию",
        },
        Event::DebtArose => tr! {
            et: "Tekkis õppevõlgnevus",
            en: "An academic debt arose",
            ru: "Возникла академическая задолженность",
        },
        Event::XRecorded => tr! {
            et: "Õppetööpäevikusse märgiti „X”",
            en: "An \"X\" was recorded",
            ru: "В журнал поставили «X»",
        },
        Event::AdministrativeDecision => tr! {
            et: "Sain teada õppekorralduse otsusest",
            en: "I learned of a decision on my studies",
            ru: "Я узнал(а) о решении по учёбе",
        },
        Event::ConversationPlanned => tr! {
            et: "Arenguvestlus on planeeritud",
            en: "A development conversation is planned",
            ru: "Запланирована беседа о развитии",
        },
        Event::StudentArrived => tr! {
            et: "Õpilane tuli teisest koolist",
            en: "A student came from another school",
            ru: "Ученик пришёл из другой школы",
        },
        Event::ClassTeacherChanged => tr! {
            et: "Klassijuhataja vahetus",
            en: "The class teacher changed",
            ru: "Сменился классный руководитель",
        },
        Event::ConversationHeld => tr! {
            et: "Arenguvestlus toimus",
            en: "A development conversation was held",
            ru: "Беседа о развитии состоялась",
        },
        Event::RecognitionApplied => tr! {
            et: "Esitasin varasemate õpingute ja töökogemuse arvestamise (VÕTA) taotluse",
            en: "I applied to have earlier studies or work experience recognised (VÕTA)",
            ru: "Я подал(а) заявление о зачёте прежнего обучения и опыта работы (VÕTA)",
        },
        Event::AbsenceBeganVocational => tr! {
            et: "Kutseõppes: puudumise esimene päev",
            en: "Vocational school: the first day of an absence",
            ru: "Профобучение: первый день отсутствия",
        },
        Event::AbsenceBegan => tr! {
            et: "Üldhariduskoolis: puudumise esimene päev",
            en: "General school: the first day of an absence",
            ru: "Общеобразовательная школа: первый день отсутствия",
        },
        Event::ConditionalTransferYearBegan => tr! {
            et: "Algas õppeaasta (järgmisele kursusele viidud tingimuslikult, õppevõlgnevusega)",
            en: "The school year began (moved on conditionally, with a debt)",
            ru: "Начался учебный год (переведён условно, с задолженностью)",
        },
        Event::ReturnedFromPractice => tr! {
            et: "Naasin praktikalt kooli (tingimuslikult üle viidud)",
            en: "I returned to school from practice (moved on conditionally)",
            ru: "Я вернулся(-ась) с практики (переведён условно)",
        },
        Event::ApplicationReceived => tr! {
            et: "Kool sai avalduse kätte",
            en: "The school received an application",
            ru: "Школа получила заявление",
        },
        Event::TransitionExamHeld => tr! {
            et: "Toimus üleminekueksam",
            en: "The transition exam was held",
            ru: "Состоялся переводной экзамен",
        },
        Event::AdditionalStudyAssigned => tr! {
            et: "Õpilane jäeti täiendavale õppetööle",
            en: "The student was left for additional study",
            ru: "Ученика оставили на дополнительную учебную работу",
        },
        Event::ExternalGraduationSought => tr! {
            et: "Soovin sel õppeaastal lõpetada eksternina",
            en: "I want to graduate as an external student this school year",
            ru: "Я хочу окончить школу экстерном в этом учебном году",
        },
    };
    t.get(lang)
}

pub fn kind(lang: Lang, k: Kind) -> &'static str {
    let t = match k {
        Kind::AppealGrade => tr! {
            et: "Hinde vaidlustamine direktorile",
            en: "Appeal the grade to the director",
            ru: "Обжаловать оценку у директора",
        },
        Kind::AppealPracticalGrade => tr! {
            et: "Praktilise, loov- või uurimistöö hinde vaidlustamine",
            en: "Appeal the grade of a practical, creative or research work",
            ru: "Обжаловать оценку практической, творческой или исследовательской работы",
        },
        Kind::DirectorInforms => tr! {
            et: "Direktor teatab otsusest kirjalikult",
            en: "The director informs you of the decision in writing",
            ru: "Директор письменно сообщает о решении",
        },
        Kind::WrittenGradePublished => tr! {
            et: "Hinne peab olema e-koolis",
            en: "The grade must be in e-school",
            ru: "Оценка должна быть в э-школе",
        },
        Kind::AppealExamResult => tr! {
            et: "Eksamitulemuse vaidlustamine eksamikomisjonile",
            en: "Appeal the exam result to the exam committee",
            ru: "Обжаловать результат экзамена в комиссии",
        },
        Kind::ExamCommitteeAnswers => tr! {
            et: "Eksamikomisjon saadab otsuse",
            en: "The exam committee sends its decision",
            ru: "Комиссия отправляет решение",
        },
        Kind::AgreeOnResit => tr! {
            et: "Lepi õpetajaga kokku järelvastamise aeg",
            en: "Agree on the resit times with the teacher",
            ru: "Договориться с учителем о пересдаче",
        },
        Kind::ClearDebt => tr! {
            et: "Likvideeri võlgnevus — pärast seda on see „aegunud”",
            en: "Clear the debt — after this it is \"expired\"",
            ru: "Ликвидировать задолженность — после этого она «просрочена»",
        },
        Kind::XBecomesTwo => tr! {
            et: "Viimane päev „X” järele teha; järgmisest päevast on see hinne „2”",
            en: "The last day to make up the \"X\"; from the next day it is a \"2\"",
            ru: "Последний день, чтобы отработать «X»; со следующего дня это оценка «2»",
        },
        Kind::ContestDecision => tr! {
            et: "Vaide esitamine otsuse peale",
            en: "Contest the decision",
            ru: "Оспорить решение",
        },
        Kind::SendQuestionnaire => tr! {
            et: "Klassijuhataja saadab küsimustiku",
            en: "The class teacher sends the questionnaire",
            ru: "Классный руководитель отправляет анкету",
        },
        Kind::AnswerQuestionnaire => tr! {
            et: "Küsimustikule vastatakse hiljemalt",
            en: "The questionnaire is answered at the latest",
            ru: "На анкету отвечают не позднее",
        },
        Kind::ConversationForNewStudent => tr! {
            et: "Uue õpilasega vestlus hiljemalt",
            en: "Conversation with the new student at the latest",
            ru: "Беседа с новым учеником не позднее",
        },
        Kind::ConversationsByNewTeacher => tr! {
            et: "Uus klassijuhataja peab vestlused hiljemalt",
            en: "The new class teacher holds the conversations at the latest",
            ru: "Новый классный руководитель проводит беседы не позднее",
        },
        Kind::KeepRecords => tr! {
            et: "Vestluse dokumente säilitatakse vähemalt kuni",
            en: "The conversation's records are kept at least until",
            ru: "Документы беседы хранятся как минимум до",
        },
        Kind::RecognitionAnswered => tr! {
            et: "VÕTA taotlus vaadatakse reeglina läbi",
            en: "The recognition application is, as a rule, reviewed by",
            ru: "Заявление VÕTA, как правило, рассматривается до",
        },
        Kind::StudentReportsAbsence => tr! {
            et: "Õppija teavitab õppegrupi juhendajat puudumisest ja selle põhjustest",
            en: "The student tells the group tutor of the absence and its reasons",
            ru: "Учащийся сообщает руководителю группы об отсутствии и его причинах",
        },
        Kind::ParentReportsAbsence => tr! {
            et: "Vanem teavitab kooli puudumisest ja selle põhjustest",
            en: "The parent tells the school of the absence and its reasons",
            ru: "Родитель сообщает школе об отсутствии и его причинах",
        },
        Kind::ParentReportsLongAbsence => tr! {
            et: "Vanem teavitab tugiõpetajat pikemaajalisest puudumisest",
            en: "The parent tells the support teacher of a longer absence",
            ru: "Родитель сообщает педагогу поддержки о длительном отсутствии",
        },
        Kind::SchoolInformsParent => tr! {
            et: "Kui vanem pole teavitanud, teavitab kool vanemat",
            en: "If the parent has not told the school, the school tells the parent",
            ru: "Если родитель не сообщил, школа сообщает родителю",
        },
        Kind::ClearDebtsAfterTransfer => tr! {
            et: "Õppevõlgnevused likvideeritakse õppeaasta esimese kuu jooksul",
            en: "The debts are cleared within the first month of the school year",
            ru: "Задолженности ликвидируются в течение первого месяца учебного года",
        },
        Kind::ClearDebtsAfterPractice => tr! {
            et: "Õppevõlgnevused likvideeritakse pärast praktikalt naasmist",
            en: "The debts are cleared after returning from practice",
            ru: "Задолженности ликвидируются после возвращения с практики",
        },
        Kind::DecisionOnApplication => tr! {
            et: "Kool teeb avalduse kohta otsuse ja teavitab taotlejat",
            en: "The school decides on the application and tells the applicant",
            ru: "Школа принимает решение по заявлению и сообщает заявителю",
        },
        Kind::AppealToOwnerOrCourt => tr! {
            et: "Vaie kooli pidajale või kaebus halduskohtule",
            en: "A challenge to the school's owner or a complaint to the administrative court",
            ru: "Возражение владельцу школы или жалоба в административный суд",
        },
        Kind::FirstResitNotBefore => tr! {
            et: "Esimene järeleksam mitte enne",
            en: "The first resit, not before",
            ru: "Первая пересдача не ранее",
        },
        Kind::SecondResitBy => tr! {
            et: "Teine järeleksam augustis, enne uue õppeaasta algust, hiljemalt",
            en: "The second resit in August, before the new school year, at the latest",
            ru: "Вторая пересдача в августе, до начала нового учебного года, не позднее",
        },
        Kind::TransferAfterAdditionalStudy => tr! {
            et: "Pärast täiendavat õppetööd viiakse järgmisse klassi üle hiljemalt",
            en: "After additional study, moved on to the next class at the latest by",
            ru: "После дополнительной учебной работы переводят в следующий класс не позднее",
        },
        Kind::ExternalApplication => tr! {
            et: "Kirjalik taotlus eksternina lõpetamiseks hiljemalt",
            en: "The written application to graduate as an external student, at the latest",
            ru: "Письменное заявление об окончании экстерном не позднее",
        },
    };
    t.get(lang)
}

pub fn counting(lang: Lang, c: Counting) -> String {
    match (c, lang.only()) {
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
        (Counting::WeeksAfter(n), Lang::Et) => {
            format!("{n} nädalat (reegel ütleb „nädala”), tähtaeg on sama nädalapäev")
        }
        (Counting::WeeksAfter(n), Lang::En) => {
            format!("{n} weeks (the rule says \"weeks\"), the deadline is the same weekday")
        }
        (Counting::WeeksAfter(n), Lang::Ru) => {
            format!("{n} нед. (в правиле «недели»), срок — тот же день недели")
        }
        (Counting::WeeksBefore(n), Lang::Et) => format!("{n} nädalat enne, sama nädalapäev"),
        (Counting::WeeksBefore(n), Lang::En) => format!("{n} weeks before, the same weekday"),
        (Counting::WeeksBefore(n), Lang::Ru) => format!("за {n} нед., тот же день недели"),
        (Counting::SameDay, _) => tr! {
            et: "Samal päeval (reegel ütleb „koheselt” või „esimesel päeval”)",
            en: "The same day (the rule says \"immediately\" or \"on the first day\")",
            ru: "В тот же день (в правиле «незамедлительно» или «в первый день»)",
        }
        .get(lang)
        .to_string(),
        (Counting::SchoolDayOf(n), Lang::Et) => {
            format!("{n}. õppepäev, sündmuse päev on esimene (õppepäevi loetakse tööpäevadena)")
        }
        (Counting::SchoolDayOf(n), Lang::En) => format!(
            "school day {n}, the event's day being the first (school days counted as working days)"
        ),
        (Counting::SchoolDayOf(n), Lang::Ru) => {
            format!("{n}-й учебный день, день события — первый (учебные дни считаются как рабочие)")
        }
        (Counting::FirstMonth, _) => tr! {
            et: "Esimese kuu jooksul, sündmuse päev kaasa arvatud",
            en: "Within the first month, the event's day included",
            ru: "В течение первого месяца, включая день события",
        }
        .get(lang)
        .to_string(),
        (Counting::FixedDay { month, day }, Lang::Et) => {
            format!("Õppeaasta kindel päev: {day:02}.{month:02}.")
        }
        (Counting::FixedDay { month, day }, Lang::En) => {
            format!("A fixed day of the school year: {day:02}.{month:02}.")
        }
        (Counting::FixedDay { month, day }, Lang::Ru) => {
            format!("Фиксированный день учебного года: {day:02}.{month:02}.")
        }
        (Counting::MonthsAfter(n), Lang::Et) => format!("{n} kuud"),
        (Counting::MonthsAfter(n), Lang::En) => format!("{n} months"),
        (Counting::MonthsAfter(n), Lang::Ru) => format!("{n} мес."),
    }
}

pub const EVENT_LABEL: Tr = tr! {
    et: "Mis juhtus?",
    en: "What happened?",
    ru: "Что произошло?",
};
pub const DATE_LABEL: Tr = tr! {
    et: "Kuupäev",
    en: "Date",
    ru: "Дата",
};
pub const DEADLINES_HEADING: Tr = tr! {
    et: "Tähtajad",
    en: "Deadlines",
    ru: "Сроки",
};
pub const RESULT_EMPTY: Tr = tr! {
    et: "Vali sündmus ja kuupäev.",
    en: "Pick an event and a date.",
    ru: "Выберите событие и дату.",
};
pub const RULE: Tr = tr! {
    et: "Reegel",
    en: "Rule",
    ru: "Правило",
};
pub const COUNTED: Tr = tr! {
    et: "Arvestus",
    en: "Counted",
    ru: "Расчёт",
};
pub const SKIPPED_HOLIDAYS: Tr = tr! {
    et: "Vahele jäetud pühad",
    en: "Holidays skipped",
    ru: "Пропущенные праздники",
};
pub fn weekend_days(lang: Lang, n: u32) -> String {
    match lang.only() {
        Lang::Et => format!("Vahele jäetud nädalavahetuse päevi: {n}"),
        Lang::En => format!("Weekend days skipped: {n}"),
        Lang::Ru => format!("Пропущено выходных дней: {n}"),
    }
}
pub const CLAMPED: Tr = tr! {
    et: "Sihtkuus ei ole sellist kuupäeva, seega on tähtaeg kuu viimane päev.",
    en: "The target month has no such day, so the deadline is the month's last day.",
    ru: "В целевом месяце нет такого числа, поэтому срок — последний день месяца.",
};
pub const NOT_MOVED: Tr = tr! {
    et: "Tähtaeg langeb puhkepäevale. Allikas ei ütle, kas see nihkub järgmisele tööpäevale — kontrolli koolist.",
    en: "The deadline falls on a day off. The source does not say whether it moves to the next working day — check with the school.",
    ru: "Срок выпадает на выходной. Источник не говорит, переносится ли он на следующий рабочий день — уточните в школе.",
};
pub const ADD_TO_CALENDAR: Tr = tr! {
    et: "Lisa kalendrisse (.ics)",
    en: "Add to calendar (.ics)",
    ru: "Добавить в календарь (.ics)",
};
pub const CALENDAR_NAME: Tr = tr! {
    et: "Kooliabi tähtajad",
    en: "Kooliabi deadlines",
    ru: "Сроки Kooliabi",
};

// Conversation planner.
pub const NAMES_LABEL: Tr = tr! {
    et: "Õpilaste nimed",
    en: "Students' names",
    ru: "Имена учеников",
};
pub const NAMES_HINT: Tr = tr! {
    et: "Kleebi nimed, üks rea kohta. Nimed jäävad ainult sellesse seadmesse.",
    en: "Paste the names, one per line. Names stay on this device only.",
    ru: "Вставьте имена, по одному в строке. Имена остаются только на этом устройстве.",
};
pub const ADD_NAMES: Tr = tr! {
    et: "Lisa plaani",
    en: "Add to the plan",
    ru: "Добавить в план",
};
pub fn names_added(lang: Lang, n: usize, blank: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Lisatud {n} õpilast. Tühje ridu vahele jäetud: {blank}."),
        Lang::En => format!("Added {n} students. Blank lines skipped: {blank}."),
        Lang::Ru => format!("Добавлено учеников: {n}. Пропущено пустых строк: {blank}."),
    }
}
pub const NO_NAMES: Tr = tr! {
    et: "Ühtegi nime ei leitud — kirjuta või kleebi vähemalt üks nimi.",
    en: "No names found — type or paste at least one name.",
    ru: "Имена не найдены — введите или вставьте хотя бы одно имя.",
};
pub const TEACHER_CHANGED: Tr = tr! {
    et: "Klassijuhataja vahetus (kui vahetus)",
    en: "Class teacher changed on (if it did)",
    ru: "Дата смены классного руководителя (если была)",
};
pub const STUDENTS: Tr = tr! {
    et: "Õpilased",
    en: "Students",
    ru: "Ученики",
};
pub const NAME: Tr = tr! {
    et: "Nimi",
    en: "Name",
    ru: "Имя",
};
pub const CONVERSATION_DATE: Tr = tr! {
    et: "Vestluse kuupäev",
    en: "Conversation date",
    ru: "Дата беседы",
};
pub const ARRIVED_DATE: Tr = tr! {
    et: "Tuli teisest koolist (kuupäev)",
    en: "Came from another school on",
    ru: "Пришёл из другой школы (дата)",
};
pub const REMOVE: Tr = tr! {
    et: "Eemalda",
    en: "Remove",
    ru: "Удалить",
};
pub fn remove_student(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda {name}"),
        Lang::En => format!("Remove {name}"),
        Lang::Ru => format!("Удалить {name}"),
    }
}
pub const PLAN_HEADING: Tr = tr! {
    et: "Plaan",
    en: "The plan",
    ru: "План",
};
pub const COL_SEND_BY: Tr = tr! {
    et: "Küsimustik välja",
    en: "Send questionnaire",
    ru: "Отправить анкету",
};
pub const COL_ANSWER_BY: Tr = tr! {
    et: "Vastused hiljemalt",
    en: "Answers by",
    ru: "Ответы до",
};
pub const COL_LATEST: Tr = tr! {
    et: "Vestlus hiljemalt",
    en: "Conversation by",
    ru: "Беседа не позднее",
};
pub const COL_WARNINGS: Tr = tr! {
    et: "Tähelepanu",
    en: "Attention",
    ru: "Внимание",
};
pub const EMPTY_PLAN: Tr = tr! {
    et: "Plaanis ei ole veel õpilasi.",
    en: "There are no students in the plan yet.",
    ru: "В плане пока нет учеников.",
};
pub fn limit(lang: Lang, l: kooliabi_core::calendar::planner::Limit) -> &'static str {
    use kooliabi_core::calendar::planner::Limit;
    let t = match l {
        Limit::SchoolYearEnd => tr! {
            et: "õppeaasta lõpp (000 7.1)",
            en: "end of the school year (000 7.1)",
            ru: "конец учебного года (000 7.1)",
        },
        Limit::NewStudent => tr! {
            et: "uus õpilane (000 11.1)",
            en: "new student (000 11.1)",
            ru: "новый ученик (000 11.1)",
        },
        Limit::NewClassTeacher => tr! {
            et: "uus klassijuhataja (000 11.2)",
            en: "new class teacher (000 11.2)",
            ru: "новый классный руководитель (000 11.2)",
        },
    };
    t.get(lang)
}
pub fn warning(lang: Lang, w: kooliabi_core::calendar::planner::Warning) -> &'static str {
    use kooliabi_core::calendar::planner::Warning;
    let t = match w {
        Warning::Overdue => tr! {
            et: "Tähtaeg on möödas",
            en: "Overdue",
            ru: "Срок прошёл",
        },
        Warning::PlannedTooLate => tr! {
            et: "Planeeritud hilisemaks kui lubatud",
            en: "Planned later than allowed",
            ru: "Запланировано позже допустимого",
        },
        Warning::LessThanTwoWeeksToPrepare => tr! {
            et: "Ettevalmistuseks jääb alla kahe nädala (000 8.1)",
            en: "Less than two weeks to prepare (000 8.1)",
            ru: "На подготовку меньше двух недель (000 8.1)",
        },
        Warning::NoConversationThisYear => tr! {
            et: "Sel õppeaastal vestlust planeeritud ei ole (000 7.1)",
            en: "No conversation planned this school year (000 7.1)",
            ru: "В этом учебном году беседа не запланирована (000 7.1)",
        },
        Warning::BeforeChange => tr! {
            et: "Vestlus on enne vahetust (uus õpilane või klassijuhataja) ega täida uut tähtaega (000 11.1–11.2)",
            en: "The conversation is before the change (new student or class teacher) and does not meet the new limit (000 11.1–11.2)",
            ru: "Беседа назначена до смены (новый ученик или классный руководитель) и не выполняет новый срок (000 11.1–11.2)",
        },
        Warning::PlannedTooEarly => tr! {
            et: "Planeeritud enne, kui 000 7.2 ajavahemik klassijuhataja vahetusest algab",
            en: "Planned before the 000 7.2 window after the class teacher change opens",
            ru: "Запланировано до начала периода 000 7.2 после смены классного руководителя",
        },
    };
    t.get(lang)
}
pub const PLANNER_SETTINGS: Tr = tr! {
    et: "Seaded, mida allikad lahtiseks jätavad",
    en: "Settings the sources leave open",
    ru: "Настройки, которые источники оставляют открытыми",
};
pub const CHANGE_TIMING: Tr = tr! {
    et: "Vestlus õpilase või klassijuhataja vahetumisel (000 7.2: tähtaeg või ajavahemik)",
    en: "Conversation after a change of student or class teacher (000 7.2: a limit or a window)",
    ru: "Беседа при смене ученика или классного руководителя (000 7.2: срок или период)",
};
pub const YEAR_END: Tr = tr! {
    et: "Õppeaasta lõpp (000 7.1 „vähemalt kord õppeaastas”)",
    en: "End of the school year (000 7.1 \"at least once a school year\")",
    ru: "Конец учебного года (000 7.1 «не реже раза в учебный год»)",
};
/// Which readings the plan applies, in words with their clauses.
pub fn planner_note(lang: Lang, st: kooliabi_core::calendar::planner::PlannerSettings) -> String {
    use kooliabi_core::calendar::planner::{ChangeTiming, YearEnd};
    let timing = match st.change_timing {
        ChangeTiming::Limits => tr! {
            et: "Vahetuse järel kehtivad 000 11.1 ja 11.2 tähtajad; varaseimat päeva ei ole.",
            en: "After a change the 000 11.1 and 11.2 limits apply; there is no earliest day.",
            ru: "После смены действуют сроки 000 11.1 и 11.2; самого раннего дня нет.",
        },
        ChangeTiming::Window => tr! {
            et: "Klassijuhataja vahetuse järel loetakse 000 7.2 ajavahemikuna: vestlus mitte enne selle algust ja hiljemalt 11.2 tähtajaks.",
            en: "After a change of class teacher 000 7.2 is read as a window: the conversation not before it opens and by the 11.2 limit.",
            ru: "После смены классного руководителя 000 7.2 читается как период: беседа не раньше его начала и не позже срока 11.2.",
        },
    };
    let end = match st.year_end {
        YearEnd::August31 => tr! {
            et: "Õppeaasta lõpeb 31. augustil (üldhariduskooli allikad õppeaastat ei määratle).",
            en: "The school year ends on 31 August (the general-school sources do not define the school year).",
            ru: "Учебный год заканчивается 31 августа (источники общеобразовательной школы его не определяют).",
        },
        YearEnd::WorkingDayBefore => tr! {
            et: "Õppeaasta lõpeb 31. augustil või sellele eelneval tööpäeval (001 4.3.1, kutseõpe).",
            en: "The school year ends on 31 August or the working day before (001 4.3.1, vocational).",
            ru: "Учебный год заканчивается 31 августа или в предшествующий рабочий день (001 4.3.1, профобучение).",
        },
    };
    let rule = tr! {
        et: "Reeglid:",
        en: "Rules:",
        ru: "Правила:",
    };
    format!("{} {} {}", rule.get(lang), timing.get(lang), end.get(lang))
}
pub fn not_before(lang: Lang, d: NaiveDate) -> String {
    let d = date_short(d);
    match lang.only() {
        Lang::Et => format!("mitte enne {d} (000 7.2)"),
        Lang::En => format!("not before {d} (000 7.2)"),
        Lang::Ru => format!("не раньше {d} (000 7.2)"),
    }
}

impl super::Labelled for kooliabi_core::calendar::planner::ChangeTiming {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::calendar::planner::ChangeTiming as C;
        match self {
            C::Limits => tr! {
                et: "Tähtajad nagu 000 11.1–11.2 (vaikimisi)",
                en: "Limits as in 000 11.1–11.2 (default)",
                ru: "Сроки как в 000 11.1–11.2 (по умолчанию)",
            },
            C::Window => tr! {
                et: "Ajavahemik pärast klassijuhataja vahetust",
                en: "A window after the class teacher change",
                ru: "Период после смены классного руководителя",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for kooliabi_core::calendar::planner::YearEnd {
    fn label(self, lang: Lang) -> String {
        use kooliabi_core::calendar::planner::YearEnd as Y;
        match self {
            Y::August31 => tr! {
                et: "31. august (vaikimisi)",
                en: "31 August (default)",
                ru: "31 августа (по умолчанию)",
            },
            Y::WorkingDayBefore => tr! {
                et: "31. august või sellele eelnev tööpäev (001 4.3.1)",
                en: "31 August or the working day before (001 4.3.1)",
                ru: "31 августа или предшествующий рабочий день (001 4.3.1)",
            },
        }
        .get(lang)
        .to_string()
    }
}

pub const EXPORT_ICS: Tr = tr! {
    et: "Ekspordi kalendrisse (.ics)",
    en: "Export to calendar (.ics)",
    ru: "Экспорт в календарь (.ics)",
};
pub const PRINT: Tr = tr! {
    et: "Prindi nimekiri",
    en: "Print the list",
    ru: "Распечатать список",
};
pub fn conversation_summary(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Arenguvestlus: {name}"),
        Lang::En => format!("Development conversation: {name}"),
        Lang::Ru => format!("Беседа о развитии: {name}"),
    }
}
pub fn send_reminder(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Saada küsimustik: {name}"),
        Lang::En => format!("Send the questionnaire: {name}"),
        Lang::Ru => format!("Отправить анкету: {name}"),
    }
}
pub const PLAN_CALENDAR_NAME: Tr = tr! {
    et: "Arenguvestlused",
    en: "Development conversations",
    ru: "Беседы о развитии",
};

impl super::Labelled for Event {
    fn label(self, lang: Lang) -> String {
        event(lang, self).to_string()
    }
}

// Test schedule checker (002 8.2.4).
pub fn schedule_intro(lang: Lang) -> String {
    use kooliabi_core::calendar::test_schedule::{
        MAX_PER_DAY as d, MAX_PER_WEEK as w, NOTICE_DAYS,
    };
    // 002 8.2.4 counts the notice in weeks ("vähemalt ühe nädala ette").
    let weeks = NOTICE_DAYS / 7;
    let notice = match (weeks, lang.only()) {
        (1, Lang::Et) => "ühe nädala".to_string(),
        (1, Lang::En) => "a week".to_string(),
        (1, Lang::Ru) => "неделю".to_string(),
        (n, Lang::Et) => format!("{n} nädala"),
        (n, Lang::En) => format!("{n} weeks"),
        (n, Lang::Ru) => format!("{n} нед."),
    };
    match lang.only() {
        Lang::Et => format!("002 8.2.4: kontrolltöö täpsustatud aja teatab õpetaja vähemalt {notice} ette; üldjuhul on õppepäeval kuni {d} ja õppenädalal kuni {w} kontrolltööd. „Üldjuhul” tähendab, et need on hoiatused, mitte keelud."),
        Lang::En => format!("002 8.2.4: the teacher announces a test's exact date at least {notice} ahead; as a rule a school day has at most {d} test and a school week at most {w}. \"As a rule\" means these are warnings, not bans."),
        Lang::Ru => format!("002 8.2.4: учитель объявляет точную дату контрольной не менее чем за {notice}; как правило, в учебный день не более {d}, в учебную неделю не более {w} контрольных. «Как правило» значит, что это предупреждения, а не запреты."),
    }
}
pub const TEST_SUBJECT: Tr = tr! {
    et: "Õppeaine",
    en: "Subject",
    ru: "Предмет",
};
pub const TEST_DATE: Tr = tr! {
    et: "Kontrolltöö kuupäev",
    en: "Test date",
    ru: "Дата контрольной",
};
pub const TEST_ANNOUNCED: Tr = tr! {
    et: "Teatatud (kuupäev, kui juba teatati)",
    en: "Announced on (if it was)",
    ru: "Объявлено (дата, если уже объявили)",
};
pub const UNNAMED_TEST: Tr = tr! {
    et: "Kontrolltöö",
    en: "Test",
    ru: "Контрольная",
};
pub const ADD_TEST: Tr = tr! {
    et: "Lisa kontrolltöö",
    en: "Add a test",
    ru: "Добавить контрольную",
};
pub const SCHEDULE_HEADING: Tr = tr! {
    et: "Graafiku kontroll",
    en: "Schedule check",
    ru: "Проверка графика",
};
pub const SCHEDULE_EMPTY: Tr = tr! {
    et: "Sisesta vähemalt ühe kontrolltöö kuupäev.",
    en: "Enter the date of at least one test.",
    ru: "Введите дату хотя бы одной контрольной.",
};
pub const SCHEDULE_OK: Tr = tr! {
    et: "Graafik vastab 002 8.2.4 nõuetele.",
    en: "The schedule meets 002 8.2.4.",
    ru: "График соответствует 002 8.2.4.",
};
pub fn test_n(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Kontrolltöö {n}"),
        Lang::En => format!("Test {n}"),
        Lang::Ru => format!("Контрольная {n}"),
    }
}
pub fn remove_test(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda kontrolltöö {n}"),
        Lang::En => format!("Remove test {n}"),
        Lang::Ru => format!("Удалить контрольную {n}"),
    }
}
pub fn announce_by(lang: Lang, d: NaiveDate) -> String {
    let d = date_short(d);
    match lang.only() {
        Lang::Et => format!("Teatada hiljemalt {d}."),
        Lang::En => format!("Announce by {d}."),
        Lang::Ru => format!("Объявить не позднее {d}."),
    }
}
pub fn announced_late(lang: Lang, test: &str, latest: NaiveDate) -> String {
    let d = date_short(latest);
    match lang.only() {
        Lang::Et => format!(
            "{test}: teatati liiga hilja — oleks pidanud teatama hiljemalt {d} (002 8.2.4)."
        ),
        Lang::En => format!(
            "{test}: announced too late — it should have been announced by {d} (002 8.2.4)."
        ),
        Lang::Ru => {
            format!("{test}: объявлено слишком поздно — нужно было объявить до {d} (002 8.2.4).")
        }
    }
}
pub fn not_announced(lang: Lang, test: &str, latest: NaiveDate) -> String {
    let d = date_short(latest);
    match lang.only() {
        Lang::Et => format!("{test}: pole veel teatatud ja viimane teatamise päev {d} on möödas (002 8.2.4)."),
        Lang::En => format!("{test}: not announced yet, and the last day to announce it, {d}, has passed (002 8.2.4)."),
        Lang::Ru => format!("{test}: ещё не объявлено, а последний день объявления {d} прошёл (002 8.2.4)."),
    }
}
pub fn too_many_on_day(lang: Lang, date: NaiveDate, tests: &str) -> String {
    use kooliabi_core::calendar::test_schedule::MAX_PER_DAY as m;
    let d = date_long(lang, date);
    match lang.only() {
        Lang::Et => format!("{d}: rohkem kui {m} kontrolltöö päevas — {tests} (002 8.2.4)."),
        Lang::En => format!("{d}: more than {m} test a day — {tests} (002 8.2.4)."),
        Lang::Ru => format!("{d}: больше {m} контрольной в день — {tests} (002 8.2.4)."),
    }
}
pub fn too_many_in_week(lang: Lang, monday: NaiveDate, tests: &str) -> String {
    use kooliabi_core::calendar::test_schedule::MAX_PER_WEEK as m;
    let d = date_short(monday);
    match lang.only() {
        Lang::Et => format!("Nädal alates {d}: rohkem kui {m} kontrolltööd — {tests} (002 8.2.4)."),
        Lang::En => format!("Week from {d}: more than {m} tests — {tests} (002 8.2.4)."),
        Lang::Ru => format!("Неделя с {d}: больше {m} контрольных — {tests} (002 8.2.4)."),
    }
}
