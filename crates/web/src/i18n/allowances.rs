//! Strings of the allowances tool (001 6.12, Lisa 11–14). Numbers and days
//! come from `kooliabi_core::allowance`; none is retyped here.

use chrono::NaiveDate;
use kooliabi_core::allowance::{
    Bar, BusMonth, BusTrips, Commute, Dated, DayOff, RoundDates, TravelBar, TravelReason,
    TripMonth, APPLY_BY_DAY, BASIC_DECISION_BY_DAY, CENTS_PER_KM, MONTHS_PER_ROUND, PAY_BY_DAY,
    SPECIAL_DECISION_BY_DAY, TRAVEL_ATTENDANCE_PERCENT,
};
use kooliabi_core::tr;

use super::calendar::{date_long, date_short};
use super::common::ToolText;
use super::{decimal, Lang, Tr};

pub const TOOL: ToolText = ToolText {
    title: tr! {
        et: "Õppetoetused ja sõiduhüvitis",
        en: "Study allowances and travel compensation",
        ru: "Учебные пособия и компенсация проезда",
    },
    summary: tr! {
        et: "Kas kutseõppija võib põhitoetust taotleda, taotlemise, otsuse ja maksmise kuupäevad ning sõidukulu hüvitis autoga sõitjale.",
        en: "Whether a vocational student may apply for the basic allowance, the dates to apply, of the decision and of payment, and the travel compensation by car.",
        ru: "Может ли учащийся профшколы подать на основное пособие, даты заявления, решения и выплаты, а также компенсация проезда на автомобиле.",
    },
};

pub const INTRO: Tr = tr! {
    et: "Kutseõppija toetused õppekorralduseeskirja (001) järgi. Siin on reeglid koos punktiga; toetuse määrab kooli komisjon.",
    en: "A vocational student's allowances under the study regulations (001). These are the rules with their clauses; the school's commission decides.",
    ru: "Пособия учащегося профшколы по правилам организации обучения (001). Здесь правила с пунктами; решение принимает комиссия школы.",
};

// — Who may apply —

pub const BASIC_HEADING: Tr = tr! {
    et: "Põhitoetus: kas võin taotleda?",
    en: "Basic allowance: may I apply?",
    ru: "Основное пособие: могу ли я подать заявление?",
};
pub const RESIDENT: Tr = tr! {
    et: "Olen Eesti kodanik või elan Eestis pikaajalise elaniku või tähtajalise elamisloa või elamisõiguse alusel",
    en: "I am an Estonian citizen or live in Estonia on a long-term resident's or temporary residence permit or a right of residence",
    ru: "Я гражданин Эстонии или живу в Эстонии на основании вида на жительство долгосрочного жителя, временного вида на жительство или права на проживание",
};
pub const LEVEL_STUDY: Tr = tr! {
    et: "Õpin kutseõppe tasemeõppe õppekaval (mitte täienduskoolitusel)",
    en: "I study on a vocational level-study curriculum (not a continuing-education course)",
    ru: "Я учусь по программе профессионального уровневого обучения (не на курсах повышения квалификации)",
};
pub const FULL_TIME: Tr = tr! {
    et: "Õpin statsionaarses õppes",
    en: "I study full time (statsionaarne õpe)",
    ru: "Я учусь на стационарном обучении",
};
pub const STATE_COMMISSIONED: Tr = tr! {
    et: "Mu õppekava koolituskohad on moodustatud riikliku koolitustellimuse alusel",
    en: "My curriculum's places are state-commissioned (riiklik koolitustellimus)",
    ru: "Учебные места моей программы созданы по государственному заказу",
};
pub const OVER_NOMINAL: Tr = tr! {
    et: "Olen ületanud õppekava nominaalkestuse",
    en: "I have gone past the curriculum's nominal duration",
    ru: "Я превысил(а) номинальную продолжительность программы",
};
pub const ACADEMIC_LEAVE: Tr = tr! {
    et: "Olen akadeemilisel puhkusel",
    en: "I am on academic leave",
    ru: "Я в академическом отпуске",
};
pub const ACADEMIC_DEBTS: Tr = tr! {
    et: "Mul on õppevõlgnevusi",
    en: "I have academic debts",
    ru: "У меня есть академические задолженности",
};
pub const LOST_RIGHT: Tr = tr! {
    et: "Mu toetuse maksmine lõpetati sel või eelmisel õppeaastal, sest ma ei vastanud tingimustele",
    en: "My allowance was stopped this school year or the last because I did not meet the conditions",
    ru: "Выплату моего пособия прекратили в этом или прошлом учебном году, потому что я не соответствовал(а) условиям",
};
pub const BASIC_RESULT: Tr = tr! {
    et: "Tulemus",
    en: "Result",
    ru: "Результат",
};
pub const MAY_APPLY: Tr = tr! {
    et: "Võid põhitoetust taotleda (001 Lisa 11 III 1). Toetuse määrab komisjon õppekava paremusjärjestuse alusel (V 2).",
    en: "You may apply for the basic allowance (001 Lisa 11 III 1). The commission awards it by a ranking within the curriculum (V 2).",
    ru: "Ты можешь подать заявление на основное пособие (001 Lisa 11 III 1). Пособие назначает комиссия по рейтингу внутри программы (V 2).",
};
pub const MAY_NOT_APPLY: Tr = tr! {
    et: "Põhitoetust ei saa taotleda ega saada:",
    en: "You may not apply for or receive the basic allowance:",
    ru: "Подать заявление на основное пособие или получать его нельзя:",
};
pub const GROUNDS: Tr = tr! {
    et: "Kool võib toetuse jätta määramata, maksmise peatada või lõpetada ka siis, kui õpilane ei täida oma kohustusi, näiteks põhjuseta puudumised, negatiivsed kokkuvõtvad hinded või puudumistest teatamata jätmine (001 6.12.6; Lisa 11 III 3, V 6). Need on alused, mitte otsused.",
    en: "The school may also decline, suspend or stop the allowance when a student does not meet their obligations, for example unexcused absences, failing summative grades or not reporting absences (001 6.12.6; Lisa 11 III 3, V 6). These are grounds, not decisions.",
    ru: "Школа может также не назначить, приостановить или прекратить пособие, если учащийся не выполняет обязанности, например пропуски без причины, отрицательные итоговые оценки или несообщение о пропусках (001 6.12.6; Lisa 11 III 3, V 6). Это основания, а не решения.",
};

pub fn bar(lang: Lang, b: Bar) -> &'static str {
    match b {
        Bar::NotResident => tr! {
            et: "taotleda saab Eesti kodanik või Eestis pikaajalise elaniku või tähtajalise elamisloa või elamisõiguse alusel elav õpilane",
            en: "only an Estonian citizen or a student living in Estonia on a long-term resident's or temporary residence permit or a right of residence may apply",
            ru: "подать может только гражданин Эстонии или учащийся, живущий в Эстонии по виду на жительство или праву на проживание",
        },
        Bar::NotLevelStudy => tr! {
            et: "taotleda saab kutseõppe tasemeõppe õppekaval õppiv õpilane",
            en: "only a student on a vocational level-study curriculum may apply",
            ru: "подать может только учащийся программы профессионального уровневого обучения",
        },
        Bar::NotFullTime => tr! {
            et: "taotleda saab statsionaarses õppes õppiv õpilane",
            en: "only a full-time student may apply",
            ru: "подать может только учащийся стационарного обучения",
        },
        Bar::NotStateCommissioned => tr! {
            et: "taotleda saab õppekaval, kus on riikliku koolitustellimuse alusel moodustatud koolituskohti",
            en: "only a student on a curriculum with state-commissioned places may apply",
            ru: "подать может только учащийся программы с местами по государственному заказу",
        },
        Bar::OverNominalDuration => tr! {
            et: "õppekava nominaalkestus on ületatud",
            en: "the curriculum's nominal duration has been exceeded",
            ru: "номинальная продолжительность программы превышена",
        },
        Bar::AcademicLeave => tr! {
            et: "akadeemilisel puhkusel olev õpilane ei saa toetust taotleda ega saada",
            en: "a student on academic leave may neither apply for nor receive it",
            ru: "учащийся в академическом отпуске не может ни подать заявление, ни получать пособие",
        },
        Bar::AcademicDebts => tr! {
            et: "õppevõlgnevustega õpilane ei saa toetust",
            en: "a student with academic debts does not receive it",
            ru: "учащийся с академическими задолженностями не получает пособие",
        },
        Bar::LostRight => tr! {
            et: "maksmine lõpetati tingimustele mittevastavuse tõttu: sel ja järgmisel õppeaastal ei saa taotleda",
            en: "it was stopped for not meeting the conditions: no application this school year or the next",
            ru: "выплату прекратили из-за несоответствия условиям: в этом и следующем учебном году подать нельзя",
        },
    }
    .get(lang)
}

// — When —

pub const DATES_HEADING: Tr = tr! {
    et: "Põhitoetus: millal?",
    en: "Basic allowance: when?",
    ru: "Основное пособие: когда?",
};
pub const FIRST_YEAR: Tr = tr! {
    et: "Olen esmakursuslane",
    en: "I am a first-year student",
    ru: "Я первокурсник",
};
pub const FIRST_YEAR_HINT: Tr = tr! {
    et: "Esmakursuslane saab põhitoetust taotleda alates veebruarist (001 Lisa 11 III 5).",
    en: "A first-year student may apply for the basic allowance from February (001 Lisa 11 III 5).",
    ru: "Первокурсник может подать на основное пособие начиная с февраля (001 Lisa 11 III 5).",
};

const MONTHS: [Tr; 12] = [
    tr! {
        et: "jaanuar",
        en: "January",
        ru: "январь",
    },
    tr! {
        et: "veebruar",
        en: "February",
        ru: "февраль",
    },
    tr! {
        et: "märts",
        en: "March",
        ru: "март",
    },
    tr! {
        et: "aprill",
        en: "April",
        ru: "апрель",
    },
    tr! {
        et: "mai",
        en: "May",
        ru: "май",
    },
    tr! {
        et: "juuni",
        en: "June",
        ru: "июнь",
    },
    tr! {
        et: "juuli",
        en: "July",
        ru: "июль",
    },
    tr! {
        et: "august",
        en: "August",
        ru: "август",
    },
    tr! {
        et: "september",
        en: "September",
        ru: "сентябрь",
    },
    tr! {
        et: "oktoober",
        en: "October",
        ru: "октябрь",
    },
    tr! {
        et: "november",
        en: "November",
        ru: "ноябрь",
    },
    tr! {
        et: "detsember",
        en: "December",
        ru: "декабрь",
    },
];

/// `september 2026`.
pub fn month(lang: Lang, first_day: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        MONTHS[first_day.month0() as usize].get(lang),
        first_day.year()
    )
}

/// A day a clause names, with what the day-off setting did to it.
pub fn dated(lang: Lang, d: &Dated) -> String {
    let shown = date_long(lang, d.date);
    if !d.day_off {
        return shown;
    }
    if d.date == d.written {
        return match lang.only() {
            Lang::Et => format!("{shown} — puhkepäev; allikas ei ütle, kas tähtaeg nihkub"),
            Lang::En => {
                format!("{shown} — a day off; the source does not say whether the date moves")
            }
            Lang::Ru => format!("{shown} — выходной; источник не говорит, переносится ли срок"),
        };
    }
    let written = date_long(lang, d.written);
    match lang.only() {
        Lang::Et => format!("{shown} (kirjas {written}, puhkepäev: seade tõi eelmisele tööpäevale)"),
        Lang::En => format!("{shown} ({written} as written, a day off: moved to the working day before by the setting)"),
        Lang::Ru => format!("{shown} (по тексту {written}, выходной: по настройке перенесено на предыдущий рабочий день)"),
    }
}

/// The round's heading: which months it pays, from the core's dates.
pub fn round_title(lang: Lang, r: &RoundDates) -> String {
    let first = r.payments.first().map(|p| p.month).unwrap_or(r.opens);
    let last = r.payments.last().map(|p| p.month).unwrap_or(r.opens);
    let (from, to) = (month(lang, first), month(lang, last));
    let n = MONTHS_PER_ROUND;
    match lang.only() {
        Lang::Et => format!("Järgmine taotlusvoor: toetus {n} õppekuuks, {from} – {to} (001 Lisa 11 III 5)"),
        Lang::En => format!("Next application round: the allowance for {n} study months, {from} – {to} (001 Lisa 11 III 5)"),
        Lang::Ru => format!("Следующий раунд заявлений: пособие на {n} учебных месяцев, {from} – {to} (001 Lisa 11 III 5)"),
    }
}
pub fn round_open(lang: Lang, open: bool, opens: NaiveDate) -> String {
    match (open, lang.only()) {
        (true, Lang::Et) => "Taotlusvoor on praegu avatud.".into(),
        (true, Lang::En) => "The round is open now.".into(),
        (true, Lang::Ru) => "Раунд заявлений сейчас открыт.".into(),
        (false, Lang::Et) => format!("Taotlusvoor avaneb {}.", date_short(opens)),
        (false, Lang::En) => format!("The round opens on {}.", date_short(opens)),
        (false, Lang::Ru) => format!("Раунд открывается {}.", date_short(opens)),
    }
}
pub fn apply_by(lang: Lang) -> String {
    let d = APPLY_BY_DAY;
    match lang.only() {
        Lang::Et => format!(
            "Taotlus ja dokumendid komisjonile hiljemalt {d}. kuupäevaks (001 Lisa 11 IV 4)"
        ),
        Lang::En => {
            format!("Application and documents to the commission by the {d}th (001 Lisa 11 IV 4)")
        }
        Lang::Ru => {
            format!("Заявление и документы в комиссию не позднее {d}-го числа (001 Lisa 11 IV 4)")
        }
    }
}
pub fn decision_by(lang: Lang) -> String {
    let d = BASIC_DECISION_BY_DAY;
    match lang.only() {
        Lang::Et => {
            format!("Kool otsustab hiljemalt järgmise kuu {d}. kuupäevaks (001 Lisa 11 V 1)")
        }
        Lang::En => format!("The school decides by the {d}th of the next month (001 Lisa 11 V 1)"),
        Lang::Ru => {
            format!("Школа решает не позднее {d}-го числа следующего месяца (001 Lisa 11 V 1)")
        }
    }
}
pub fn payments_heading(lang: Lang) -> String {
    let d = PAY_BY_DAY;
    match lang.only() {
        Lang::Et => format!("Makstakse iga õppekuu eest selle kuu {d}. kuupäevaks (001 Lisa 11 V 4)"),
        Lang::En => format!("Paid for each study month by that month's {d}th (001 Lisa 11 V 4)"),
        Lang::Ru => format!("Выплачивается за каждый учебный месяц не позднее {d}-го числа этого месяца (001 Lisa 11 V 4)"),
    }
}
pub fn payment(lang: Lang, month_paid: NaiveDate, by: &Dated, next_month: bool) -> String {
    let (m, by) = (month(lang, month_paid), dated(lang, by));
    match (next_month, lang.only()) {
        (false, Lang::Et) => format!("{m}: hiljemalt {by}"),
        (false, Lang::En) => format!("{m}: by {by}"),
        (false, Lang::Ru) => format!("{m}: не позднее {by}"),
        (true, Lang::Et) => format!("{m}: makstakse järgmisel kuul, hiljemalt {by} (V 5)"),
        (true, Lang::En) => format!("{m}: paid in the next month, by {by} (V 5)"),
        (true, Lang::Ru) => format!("{m}: выплачивается в следующем месяце, не позднее {by} (V 5)"),
    }
}
// — Special allowance —

pub const SPECIAL_HEADING: Tr = tr! {
    et: "Eritoetus: selle kuu tähtajad",
    en: "Special allowance: this month's dates",
    ru: "Особое пособие: сроки этого месяца",
};
pub const SPECIAL_INTRO: Tr = tr! {
    et: "Eritoetust saab taotleda raske majandusliku olukorra või muude õpinguid takistavate asjaolude korral, tõendavate dokumentidega (001 Lisa 12 1.2, 2.2). Tähtajad kehtivad „reeglina” ja „üldjuhul”.",
    en: "The special allowance is for a difficult financial situation or other circumstances that stand in the way of studying, with documents to show it (001 Lisa 12 1.2, 2.2). The dates hold \"as a rule\" and \"generally\".",
    ru: "Особое пособие — при тяжёлом материальном положении или других обстоятельствах, мешающих учёбе, с подтверждающими документами (001 Lisa 12 1.2, 2.2). Сроки действуют «как правило» и «в общем случае».",
};
pub fn special_month_heading(lang: Lang, m: NaiveDate) -> String {
    let m = month(lang, m);
    match lang.only() {
        Lang::Et => format!("Kuu, mille tähtajaks veel jõuad: {m}"),
        Lang::En => format!("The month you can still be in time for: {m}"),
        Lang::Ru => format!("Месяц, к сроку которого ты ещё успеваешь: {m}"),
    }
}
pub fn special_apply(lang: Lang, d: &Dated) -> String {
    let (n, d) = (APPLY_BY_DAY, dated(lang, d));
    match lang.only() {
        Lang::Et => format!("Taotlus komisjonile reeglina {n}. kuupäevaks: {d} (001 Lisa 12 3.4)"),
        Lang::En => {
            format!("Application to the commission, as a rule by the {n}th: {d} (001 Lisa 12 3.4)")
        }
        Lang::Ru => {
            format!("Заявление в комиссию, как правило, до {n}-го числа: {d} (001 Lisa 12 3.4)")
        }
    }
}
pub fn special_decision(lang: Lang, d: &Dated) -> String {
    let (n, d) = (SPECIAL_DECISION_BY_DAY, dated(lang, d));
    match lang.only() {
        Lang::Et => format!("Komisjoni otsus üldjuhul {n}. kuupäevaks: {d} (001 Lisa 12 3.5)"),
        Lang::En => {
            format!("The commission's decision, generally by the {n}th: {d} (001 Lisa 12 3.5)")
        }
        Lang::Ru => {
            format!("Решение комиссии, в общем случае, до {n}-го числа: {d} (001 Lisa 12 3.5)")
        }
    }
}
pub fn special_pay(lang: Lang, d: &Dated) -> String {
    let (n, d) = (PAY_BY_DAY, dated(lang, d));
    match lang.only() {
        Lang::Et => format!("Makse arveldusarvele {n}. kuupäevaks: {d} (001 Lisa 12 3.5)"),
        Lang::En => format!("Payment to the bank account by the {n}th: {d} (001 Lisa 12 3.5)"),
        Lang::Ru => format!("Выплата на счёт до {n}-го числа: {d} (001 Lisa 12 3.5)"),
    }
}

// — Travel —

pub const TRAVEL_HEADING: Tr = tr! {
    et: "Sõidukulu erakorraline hüvitamine (autoga)",
    en: "Exceptional travel compensation (by car)",
    ru: "Чрезвычайная компенсация проезда (на автомобиле)",
};
pub fn travel_intro(lang: Lang) -> String {
    let c = CENTS_PER_KM;
    match lang.only() {
        Lang::Et => format!("Hüvitatakse kütusetšeki alusel {c} senti kilomeetri kohta; üks sõit on edasi-tagasi sõit elukoha ja kooli vahel (001 Lisa 13 2.1, 3.1). Bussisõidu hüvitamise kord on Lisa 14."),
        Lang::En => format!("Compensated on fuel receipts at {c} cents a kilometre; one trip is there and back between home and school (001 Lisa 13 2.1, 3.1). Bus fares are compensated under Lisa 14."),
        Lang::Ru => format!("Компенсируется по чекам за топливо из расчёта {c} центов за километр; одна поездка — туда и обратно между домом и школой (001 Lisa 13 2.1, 3.1). Проезд на автобусе компенсируется по Lisa 14."),
    }
}
pub const SAME_SETTLEMENT: Tr = tr! {
    et: "Mu rahvastikuregistrijärgne elukoht on kooliga samas asulas",
    en: "My registered home is in the same settlement as the school",
    ru: "Мой адрес по регистру народонаселения в том же населённом пункте, что и школа",
};
pub const REASON: Tr = tr! {
    et: "Miks sõidad kooli autoga?",
    en: "Why do you go to school by car?",
    ru: "Почему ты ездишь в школу на автомобиле?",
};
pub fn full_attendance(lang: Lang) -> String {
    let p = TRAVEL_ATTENDANCE_PERCENT;
    match lang.only() {
        Lang::Et => format!("Osalesin selle kuu õppetöös {p}%"),
        Lang::En => format!("I took part in {p}% of the month's study"),
        Lang::Ru => format!("Я участвовал(а) в учёбе этого месяца на {p}%"),
    }
}
pub const FUEL_RECEIPTS: Tr = tr! {
    et: "Mul on selle kuu jooksul väljastatud kütusetšekid",
    en: "I have fuel receipts issued during that month",
    ru: "У меня есть чеки за топливо, выданные в этом месяце",
};
pub const TRIP_MONTH: Tr = tr! {
    et: "Millise kuu sõidud?",
    en: "Which month's trips?",
    ru: "Поездки какого месяца?",
};
pub const TRIP_KM: Tr = tr! {
    et: "Ühe sõidu kilomeetrid (edasi-tagasi)",
    en: "Kilometres of one trip (there and back)",
    ru: "Километров за одну поездку (туда и обратно)",
};
pub const TRIPS: Tr = tr! {
    et: "Sõitude arv kuus",
    en: "Trips in the month",
    ru: "Поездок за месяц",
};
pub const KM_ERROR: Tr = tr! {
    et: "Sisesta kilomeetrid arvuna, kuni ühe komakohaga (nt 23,5).",
    en: "Enter the kilometres as a number with at most one decimal (e.g. 23.5).",
    ru: "Введите километры числом, не более одного знака после запятой (например, 23,5).",
};
pub const TRIPS_ERROR: Tr = tr! {
    et: "Sisesta täisarv 0 või rohkem.",
    en: "Enter a whole number, 0 or more.",
    ru: "Введите целое число, 0 или больше.",
};
pub const TRAVEL_EMPTY: Tr = tr! {
    et: "Sisesta ühe sõidu kilomeetrid ja sõitude arv.",
    en: "Enter the kilometres of one trip and the number of trips.",
    ru: "Введите километры одной поездки и число поездок.",
};
pub const TRAVEL_BARRED: Tr = tr! {
    et: "Nende tingimuste puudumisel hüvitist ei arvestata:",
    en: "Without these conditions no compensation is counted:",
    ru: "Без этих условий компенсация не начисляется:",
};

/// `48,00 €` (et, ru) or `48.00 €` (en).
pub fn euros(lang: Lang, cents: u64) -> String {
    format!(
        "{} €",
        decimal(lang, format!("{}.{:02}", cents / 100, cents % 100))
    )
}

fn km(lang: Lang, tenths: u64) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        decimal(lang, format!("{}.{}", tenths / 10, tenths % 10))
    }
}

/// The amount and how it was counted, from the core's constant.
pub fn travel_amount(lang: Lang, trip_tenths: u32, trips: u32, cents: u64) -> String {
    let (k, c, sum) = (
        km(lang, trip_tenths.into()),
        CENTS_PER_KM,
        euros(lang, cents),
    );
    match lang.only() {
        Lang::Et => format!("Hüvitis: {sum} ({k} km × {trips} sõitu × {c} senti, 001 Lisa 13 3.1). Avalduse vaatab läbi eritoetuste komisjon (Lisa 13 4–5)."),
        Lang::En => format!("Compensation: {sum} ({k} km × {trips} trips × {c} cents, 001 Lisa 13 3.1). The special-allowance commission considers the application (Lisa 13 4–5)."),
        Lang::Ru => format!("Компенсация: {sum} ({k} км × {trips} поездок × {c} центов, 001 Lisa 13 3.1). Заявление рассматривает комиссия по особым пособиям (Lisa 13 4–5)."),
    }
}

pub fn travel_bar(lang: Lang, b: TravelBar) -> String {
    match (b, lang.only()) {
        (TravelBar::NotFullAttendance, _) => {
            let p = TRAVEL_ATTENDANCE_PERCENT;
            match lang.only() {
                Lang::Et => format!("hüvitatakse ainult õppetöös {p}% osalemise korral"),
                Lang::En => format!("compensated only with {p}% participation in study"),
                Lang::Ru => format!("компенсируется только при {p}% участии в учёбе"),
            }
        }
        (TravelBar::SameSettlement, _) => tr! {
            et: "hüvitist saab õpilane, kelle elukoht ei ole kooliga samas asulas",
            en: "only a student whose home is not in the school's settlement may claim",
            ru: "компенсацию получает учащийся, живущий не в том же населённом пункте, что и школа",
        }
        .get(lang)
        .to_string(),
        (TravelBar::NoReason, _) => tr! {
            et: "elukohas peab puuduma ühistransport või õpilasel peab olema raske või sügav liikumispuue",
            en: "there must be no public transport where the student lives, or the student must have a severe or profound mobility disability",
            ru: "по месту жительства не должно быть общественного транспорта, или у учащегося должна быть тяжёлая или глубокая инвалидность по передвижению",
        }
        .get(lang)
        .to_string(),
        (TravelBar::NoFuelReceipts, _) => tr! {
            et: "avaldusele lisatakse selle kuu jooksul väljastatud kütusetšekid",
            en: "fuel receipts issued during that month go with the application",
            ru: "к заявлению прилагаются чеки за топливо, выданные в этом месяце",
        }
        .get(lang)
        .to_string(),
        (TravelBar::TooEarlyMonth, _) => tr! {
            et: "hüvitatakse avalduse esitamise ja/või sellele eelneva kuu eest",
            en: "compensated for the month of the application and/or the month before",
            ru: "компенсируется за месяц подачи заявления и/или предыдущий месяц",
        }
        .get(lang)
        .to_string(),
    }
}
pub const TRAVEL_PRINCIPLES: Tr = tr! {
    et: "Sõidukulu hüvitamisel lähtutakse eritoetuse korra põhimõtetest (001 Lisa 13 1) ja kool võib korda muuta, kui eelarvest ei piisa (Lisa 13 6).",
    en: "Travel compensation follows the principles of the special allowance (001 Lisa 13 1), and the school may change the procedure if the budget does not suffice (Lisa 13 6).",
    ru: "Компенсация проезда следует принципам особого пособия (001 Lisa 13 1), и школа может изменить порядок, если бюджета недостаточно (Lisa 13 6).",
};

// — Bus fares —

pub const BUS_HEADING: Tr = tr! {
    et: "Bussisõidu hüvitamine",
    en: "Bus fare compensation",
    ru: "Компенсация проезда на автобусе",
};
pub const BUS_INTRO: Tr = tr! {
    et: "Hüvitatakse statsionaarses tasemeõppes riikliku koolitustellimuse alusel õppivale õpilasele, kelle elukoht ei ole kooliga samas asulas, piletite või kuukaardi alusel (001 Lisa 14 1.2, 2.1, 2.7, 3.1). Kool võib keelduda päeva eest, mil õpilane õppetöös ei osalenud, ja akadeemilise puhkuse ajal (2.6).",
    en: "Paid to a full-time level-study student on a state-commissioned place whose home is not in the school's settlement, on tickets or a monthly pass (001 Lisa 14 1.2, 2.1, 2.7, 3.1). The school may refuse for a day the student did not take part in study, and during academic leave (2.6).",
    ru: "Выплачивается учащемуся стационарного уровневого обучения на месте по госзаказу, живущему не в населённом пункте школы, по билетам или месячному проездному (001 Lisa 14 1.2, 2.1, 2.7, 3.1). Школа может отказать за день, когда учащийся не участвовал в учёбе, и во время академического отпуска (2.6).",
};
pub const COMMUTE: Tr = tr! {
    et: "Kuidas sa kooli ja koju sõidad?",
    en: "How do you travel between school and home?",
    ru: "Как ты ездишь между школой и домом?",
};
/// The trips compensated, the count from the core.
pub fn bus_trips(lang: Lang, trips: BusTrips, holidays: bool) -> String {
    let n = trips.count();
    let (clause, base) = match (trips, lang.only()) {
        (BusTrips::OneAWeek, Lang::Et) => ("2.2", format!("edasi-tagasi sõite nädalas: {n}")),
        (BusTrips::OneAWeek, Lang::En) => ("2.2", format!("round trips a week: {n}")),
        (BusTrips::OneAWeek, Lang::Ru) => ("2.2", format!("поездок туда и обратно в неделю: {n}")),
        (BusTrips::TwoAMonth, Lang::Et) => ("2.3", format!("edasi-tagasi sõite kuus: {n}")),
        (BusTrips::TwoAMonth, Lang::En) => ("2.3", format!("round trips a month: {n}")),
        (BusTrips::TwoAMonth, Lang::Ru) => ("2.3", format!("поездок туда и обратно в месяц: {n}")),
        (BusTrips::OneAStudyDay, Lang::Et) => {
            ("2.4", format!("edasi-tagasi sõite õppepäevas: {n}"))
        }
        (BusTrips::OneAStudyDay, Lang::En) => ("2.4", format!("round trips a study day: {n}")),
        (BusTrips::OneAStudyDay, Lang::Ru) => {
            ("2.4", format!("поездок туда и обратно в учебный день: {n}"))
        }
    };
    let extra = match (holidays, lang.only()) {
        (false, _) => "",
        (true, Lang::Et) => "; lisaks sõidud koju ja tagasi riigipühadeks ja koolivaheajaks",
        (true, Lang::En) => {
            "; also the trips home and back for public holidays and school holidays"
        }
        (true, Lang::Ru) => "; а также поездки домой и обратно на госпраздники и каникулы",
    };
    match lang.only() {
        Lang::Et => format!("Hüvitatakse {base}{extra} (001 Lisa 14 {clause})."),
        Lang::En => format!("Compensated: {base}{extra} (001 Lisa 14 {clause})."),
        Lang::Ru => format!("Компенсируется: {base}{extra} (001 Lisa 14 {clause})."),
    }
}
pub fn bus_month_heading(lang: Lang, b: &BusMonth) -> String {
    let m = month(lang, b.month);
    match lang.only() {
        Lang::Et => format!("Selle kuu sõidud ({m})"),
        Lang::En => format!("This month's trips ({m})"),
        Lang::Ru => format!("Поездки этого месяца ({m})"),
    }
}
pub fn bus_report(lang: Lang, d: &Dated) -> String {
    let d = dated(lang, d);
    match lang.only() {
        Lang::Et => format!("Aruanne koos piletitega grupijuhendajale: {d} (001 Lisa 14 3.4)"),
        Lang::En => {
            format!("Report with the tickets to the group supervisor: {d} (001 Lisa 14 3.4)")
        }
        Lang::Ru => format!("Отчёт с билетами руководителю группы: {d} (001 Lisa 14 3.4)"),
    }
}
pub fn bus_supervisor(lang: Lang, d: &Dated) -> String {
    let d = dated(lang, d);
    match lang.only() {
        Lang::Et => format!("Grupijuhendaja edastab kontrollitud aruande: {d} (3.5)"),
        Lang::En => format!("The supervisor passes on the checked report: {d} (3.5)"),
        Lang::Ru => format!("Руководитель группы передаёт проверенный отчёт: {d} (3.5)"),
    }
}
pub fn bus_paid(lang: Lang, d: &Dated) -> String {
    let d = dated(lang, d);
    match lang.only() {
        Lang::Et => format!("Makse arveldusarvele hiljemalt: {d} (3.6)"),
        Lang::En => format!("Paid to the bank account by: {d} (3.6)"),
        Lang::Ru => format!("Выплата на счёт не позднее: {d} (3.6)"),
    }
}

impl super::Labelled for Commute {
    fn label(self, lang: Lang) -> String {
        match self {
            Commute::DormitorySecondaryOrLevel2To3 => tr! {
                et: "Elan õpilaskodus; kutsekeskharidus või 2. või 3. taseme kutseõpe",
                en: "I live in the dormitory; vocational secondary education or level 2 or 3",
                ru: "Живу в общежитии; профессиональное среднее образование или уровень 2 или 3",
            },
            Commute::DormitoryLevel4To5 => tr! {
                et: "Elan õpilaskodus; 4. (v.a kutsekeskharidus) või 5. taseme kutseõpe",
                en: "I live in the dormitory; level 4 (not vocational secondary) or level 5",
                ru: "Живу в общежитии; уровень 4 (кроме профессионального среднего) или 5",
            },
            Commute::Daily => tr! {
                et: "Sõidan iga õppepäev kooli ja koju",
                en: "I travel to school and home every study day",
                ru: "Езжу в школу и домой каждый учебный день",
            },
        }
        .get(lang)
        .to_string()
    }
}

// — Settings —

pub const SETTINGS: Tr = tr! {
    et: "Seade, mida allikas ei määra",
    en: "A setting the source leaves open",
    ru: "Настройка, которую источник оставляет открытой",
};
pub const DAY_OFF: Tr = tr! {
    et: "Kui tähtpäev on puhkepäev",
    en: "When a date falls on a day off",
    ru: "Если дата приходится на выходной",
};
pub const DAY_OFF_HINT: Tr = tr! {
    et: "001 Lisa 11, 12 ja 14 nimetavad ainult kuupäeva; kas laupäevale, pühapäevale või riigipühale langev tähtaeg nihkub, ei ütle.",
    en: "001 Lisa 11, 12 and 14 name only the day of the month; they do not say whether a date on a Saturday, Sunday or public holiday moves.",
    ru: "001 Lisa 11, 12 и 14 называют только число; переносится ли срок, выпавший на субботу, воскресенье или праздник, не сказано.",
};

impl super::Labelled for DayOff {
    fn label(self, lang: Lang) -> String {
        match self {
            DayOff::AsWritten => tr! {
                et: "jääb nagu kirjas, puhkepäev märgitakse",
                en: "stays as written, the day off is noted",
                ru: "остаётся как написано, выходной отмечается",
            },
            DayOff::WorkingDayBefore => tr! {
                et: "eelmine tööpäev",
                en: "the working day before",
                ru: "предыдущий рабочий день",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for TravelReason {
    fn label(self, lang: Lang) -> String {
        match self {
            TravelReason::NoPublicTransport => tr! {
                et: "Elukohas puudub ühistransport (001 Lisa 13 1.1)",
                en: "No public transport where I live (001 Lisa 13 1.1)",
                ru: "По месту жительства нет общественного транспорта (001 Lisa 13 1.1)",
            },
            TravelReason::MobilityDisability => tr! {
                et: "Raske või sügav liikumispuue, vajan eritransporti (1.2)",
                en: "A severe or profound mobility disability, I need special transport (1.2)",
                ru: "Тяжёлая или глубокая инвалидность по передвижению, нужен спецтранспорт (1.2)",
            },
            TravelReason::Neither => tr! {
                et: "Kumbki ei kehti",
                en: "Neither applies",
                ru: "Ни то, ни другое",
            },
        }
        .get(lang)
        .to_string()
    }
}

impl super::Labelled for TripMonth {
    fn label(self, lang: Lang) -> String {
        match self {
            TripMonth::ThisMonth => tr! {
                et: "Avalduse esitamise kuu",
                en: "The month of the application",
                ru: "Месяц подачи заявления",
            },
            TripMonth::PreviousMonth => tr! {
                et: "Avaldusele eelnev kuu",
                en: "The month before the application",
                ru: "Месяц перед заявлением",
            },
            TripMonth::Earlier => tr! {
                et: "Varasem kuu",
                en: "An earlier month",
                ru: "Более ранний месяц",
            },
        }
        .get(lang)
        .to_string()
    }
}
