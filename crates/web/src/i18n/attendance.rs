//! Strings of the attendance and lateness tool (001 4.7.4–4.7.5, 6.1.6,
//! 6.1.8–6.1.10; 003 IV). Numbers come from `kooliabi_core::attendance`.

use kooliabi_core::attendance::{
    LateMark, Rules, ABSENT_AFTER_MINUTES, INFORM_STUDY_DIRECTOR_FROM, LATE_AFTER_MINUTES,
    REMOVAL_OVER, REPRIMAND_OVER,
};
use kooliabi_core::tr;

use super::{Lang, Tr};

pub const INTRO: Tr = tr! {
    et: "Sisesta hilinemine või selle õppeperioodi puudumised ja vaata, mis reeglite järgi järgneb. Need on alused koos punktiga, mitte otsused.",
    en: "Enter a lateness or this study period's absences and see what the rules say follows. These are grounds with their clause, not decisions.",
    ru: "Введите опоздание или пропуски за этот учебный период и посмотрите, что следует по правилам. Это основания с пунктом, а не решения.",
};
pub const RULES: Tr = tr! {
    et: "Kelle reeglid kehtivad?",
    en: "Whose rules apply?",
    ru: "Чьи правила действуют?",
};
pub const LATENESS_HEADING: Tr = tr! {
    et: "Hilinemine",
    en: "Lateness",
    ru: "Опоздание",
};
pub const MINUTES: Tr = tr! {
    et: "Mitu minutit hiljem tundi jõudis?",
    en: "How many minutes late?",
    ru: "На сколько минут опоздал(а)?",
};
pub const JUSTIFIED: Tr = tr! {
    et: "Hilinemine on põhjendatud (nt teine õpetaja pidas kinni; teatis esitatud)",
    en: "The lateness is justified (e.g. kept by another teacher; a note given)",
    ru: "Опоздание обосновано (например, задержал другой учитель; записка представлена)",
};
pub const MINUTES_EMPTY: Tr = tr! {
    et: "Sisesta hilinemise minutid.",
    en: "Enter the minutes late.",
    ru: "Введите минуты опоздания.",
};
pub const ABSENCES_EMPTY: Tr = tr! {
    et: "Sisesta puudutud tundide arv.",
    en: "Enter the number of lessons missed.",
    ru: "Введите число пропущенных уроков.",
};
pub const MARK_HEADING: Tr = tr! {
    et: "Märge päevikus",
    en: "Mark in the journal",
    ru: "Отметка в журнале",
};
pub fn count_error(lang: Lang) -> String {
    tr! {
        et: "Sisesta täisarv 0 või rohkem.",
        en: "Enter a whole number, 0 or more.",
        ru: "Введите целое число, 0 или больше.",
    }
    .get(lang)
    .to_string()
}

/// The mark and why, with the clause of the source chosen.
pub fn late_mark(lang: Lang, mark: LateMark, rules: Rules, justified: bool) -> String {
    let (late, absent) = (LATE_AFTER_MINUTES, ABSENT_AFTER_MINUTES);
    match (rules, mark, lang.only()) {
        (Rules::Vocational, LateMark::NotMarked, Lang::Et) if justified => "Hilinejaks ei märgita: põhjendatud hilinemise kohta on teatis (001 6.1.6).".into(),
        (Rules::Vocational, LateMark::NotMarked, Lang::En) if justified => "Not marked late: a justified lateness with a note (001 6.1.6).".into(),
        (Rules::Vocational, LateMark::NotMarked, Lang::Ru) if justified => "Опоздавшим не отмечают: обоснованное опоздание с запиской (001 6.1.6).".into(),
        (Rules::Vocational, LateMark::NotMarked, Lang::Et) => format!("Hilinejaks ei märgita: hilinejaks märgitakse üle {late} minuti (001 6.1.6)."),
        (Rules::Vocational, LateMark::NotMarked, Lang::En) => format!("Not marked late: a student is marked late after more than {late} minutes (001 6.1.6)."),
        (Rules::Vocational, LateMark::NotMarked, Lang::Ru) => format!("Опоздавшим не отмечают: отмечают при опоздании более чем на {late} минут (001 6.1.6)."),
        (Rules::Vocational, LateMark::Late, Lang::Et) => format!("„H” – hilinemine: üle {late} minuti, kuid mitte üle {absent} (001 4.7.5, 6.1.6)."),
        (Rules::Vocational, LateMark::Late, Lang::En) => format!("\"H\" – late: more than {late} minutes but not more than {absent} (001 4.7.5, 6.1.6)."),
        (Rules::Vocational, LateMark::Late, Lang::Ru) => format!("«H» – опоздание: более {late} минут, но не более {absent} (001 4.7.5, 6.1.6)."),
        (Rules::Vocational, LateMark::Absent, Lang::Et) => format!("Puudujaks: tunnist puudutud üle {absent} minuti (001 6.1.6)."),
        (Rules::Vocational, LateMark::Absent, Lang::En) => format!("Absent: missed more than {absent} minutes of the lesson (001 6.1.6)."),
        (Rules::Vocational, LateMark::Absent, Lang::Ru) => format!("Отсутствующим: пропущено более {absent} минут урока (001 6.1.6)."),
        (Rules::GeneralHouseRules, LateMark::NotMarked, _) => tr! {
            et: "Ei hilinenud.",
            en: "Not late.",
            ru: "Не опоздал(а).",
        }
        .get(lang)
        .to_string(),
        (Rules::GeneralHouseRules, LateMark::Late, Lang::Et) => format!("Hilinemine. Tunnist puudumiseks loetakse ainult põhjendamata hilinemine üle {absent} minuti (003 IV 1); mõjuvad põhjused on 003 IV 2."),
        (Rules::GeneralHouseRules, LateMark::Late, Lang::En) => format!("Late. Only an unjustified lateness of more than {absent} minutes counts as absence from the lesson (003 IV 1); the valid reasons are in 003 IV 2."),
        (Rules::GeneralHouseRules, LateMark::Late, Lang::Ru) => format!("Опоздание. Пропуском урока считается только необоснованное опоздание более чем на {absent} минут (003 IV 1); уважительные причины — 003 IV 2."),
        (Rules::GeneralHouseRules, LateMark::Absent, Lang::Et) => format!("Tunnist puudumine: põhjendamata hilinemine üle {absent} minuti (003 IV 1)."),
        (Rules::GeneralHouseRules, LateMark::Absent, Lang::En) => format!("Absent from the lesson: an unjustified lateness of more than {absent} minutes (003 IV 1)."),
        (Rules::GeneralHouseRules, LateMark::Absent, Lang::Ru) => format!("Пропуск урока: необоснованное опоздание более чем на {absent} минут (003 IV 1)."),
    }
}

pub const ABSENCES_HEADING: Tr = tr! {
    et: "Puudumised selles õppeperioodis (kutseõpe, 001)",
    en: "Absences in this study period (vocational, 001)",
    ru: "Пропуски в этом учебном периоде (профобучение, 001)",
};
pub fn unexcused_label(lang: Lang) -> String {
    let m = ABSENT_AFTER_MINUTES;
    match lang.only() {
        Lang::Et => format!("Põhjuseta puudutud õppetunde („P”, sh hilinemised üle {m} minuti)"),
        Lang::En => format!(
            "Lessons missed without a valid reason (\"P\", including lateness over {m} minutes)"
        ),
        Lang::Ru => format!(
            "Уроков пропущено без уважительной причины («P», включая опоздания более {m} минут)"
        ),
    }
}
pub const NO_REASON: Tr = tr! {
    et: "Neist tunde, mille põhjustest keegi pole teada andnud",
    en: "Of the lessons missed, those whose reasons nobody has given",
    ru: "Из пропущенных уроков — те, о причинах которых никто не сообщил",
};
pub const MINOR: Tr = tr! {
    et: "Õpilane on alaealine",
    en: "The student is under 18",
    ru: "Учащийся несовершеннолетний",
};
pub const STANDING_HEADING: Tr = tr! {
    et: "Mis järgneb",
    en: "What follows",
    ru: "Что следует",
};
pub fn nothing_yet(lang: Lang) -> String {
    let (d, r, x) = (INFORM_STUDY_DIRECTOR_FROM, REPRIMAND_OVER, REMOVAL_OVER);
    match lang.only() {
        Lang::Et => format!("Reeglitest ei järgne veel midagi. Piirid: alaealise vanemat teavitatakse põhjuseta puudumistest (001 6.1.8), {d} tundi – vajadusel ka õppedirektorit (6.1.9), üle {r} tunni – võimalik noomitus (6.1.10.1), üle {x} tunni põhjustest teatamata – võimalik väljaarvamine (6.1.10.3)."),
        Lang::En => format!("Nothing follows from the rules yet. Thresholds: a minor's parent is told of unexcused absences (001 6.1.8), {d} lessons – the study director too if needed (6.1.9), over {r} lessons – a reprimand is possible (6.1.10.1), over {x} lessons with no reason given – removal is possible (6.1.10.3)."),
        Lang::Ru => format!("По правилам пока ничего не следует. Пороги: родителю несовершеннолетнего сообщают о пропусках без причины (001 6.1.8), {d} уроков – при необходимости и завучу (6.1.9), более {r} уроков – возможен выговор (6.1.10.1), более {x} уроков без сообщения причин – возможно отчисление (6.1.10.3)."),
    }
}
pub const REPORTING_HEADING: Tr = tr! {
    et: "Puudumisest teatamine",
    en: "Reporting an absence",
    ru: "Сообщение об отсутствии",
};
pub const REPORTING: Tr = tr! {
    et: "Kutseõppes teatab õpilane õppegrupi juhendajale puudumise põhjustest puudumise esimese päeva jooksul (001 6.1.6). Üldhariduskoolis teatab vanem koolile esimesel õppepäeval ja pikemaajalisest puudumisest tugiõpetajale (003 IV 3); kui vanem pole teatanud, teatab kool vanemale samal päeval (003 IV 6). Kuupäevad annab tähtaegade kalkulaator.",
    en: "In vocational school the student tells the group tutor the reasons on the first day of the absence (001 6.1.6). In a general school the parent tells the school on the first school day, and the support teacher of a longer absence (003 IV 3); if the parent has not, the school tells the parent the same day (003 IV 6). The deadline calculator gives the dates.",
    ru: "В профобучении учащийся сообщает руководителю группы о причинах в первый день отсутствия (001 6.1.6). В общеобразовательной школе родитель сообщает школе в первый учебный день, а педагогу поддержки — о длительном отсутствии (003 IV 3); если родитель не сообщил, школа сообщает родителю в тот же день (003 IV 6). Даты даёт калькулятор сроков.",
};
pub const TO_DEADLINES: Tr = tr! {
    et: "Ava tähtaegade kalkulaator",
    en: "Open the deadline calculator",
    ru: "Открыть калькулятор сроков",
};

impl super::Labelled for Rules {
    fn label(self, lang: Lang) -> String {
        match self {
            Rules::Vocational => tr! {
                et: "Kutseõppeasutus (001 õppekorralduseeskiri)",
                en: "Vocational school (001 study regulations)",
                ru: "Профессиональное училище (001 правила организации обучения)",
            },
            Rules::GeneralHouseRules => tr! {
                et: "Põhikool (003 kodukord)",
                en: "Basic school (003 house rules)",
                ru: "Основная школа (003 внутренний распорядок)",
            },
        }
        .get(lang)
        .to_string()
    }
}
