//! Strings of the questionnaire pages.

use kooliabi_core::questionnaire::{ProblemKind, Role};
use kooliabi_core::tr;

use super::{Lang, Tr};

pub fn role(lang: Lang, r: Role) -> &'static str {
    let t = match r {
        Role::Student => tr! {
            et: "õpilane",
            en: "student",
            ru: "ученик",
        },
        Role::Parent => tr! {
            et: "lapsevanem",
            en: "parent",
            ru: "родитель",
        },
        Role::Teacher => tr! {
            et: "klassijuhataja / rühmajuhendaja",
            en: "class teacher / group supervisor",
            ru: "классный руководитель / руководитель группы",
        },
        // 001 Lisa 9 2, 5.2.
        Role::Representative => tr! {
            et: "õppija esindaja",
            en: "learner's representative",
            ru: "представитель учащегося",
        },
    };
    t.get(lang)
}

pub const IN_PROGRESS: Tr = tr! {
    et: "Pooleli küsimustikud selles seadmes",
    en: "Questionnaires in progress on this device",
    ru: "Незаконченные анкеты на этом устройстве",
};
pub const NONE_YET: Tr = tr! {
    et: "Selles seadmes ei ole veel ühtegi küsimustikku.",
    en: "There are no questionnaires on this device yet.",
    ru: "На этом устройстве ещё нет анкет.",
};
pub const START_NEW: Tr = tr! {
    et: "Alusta uut",
    en: "Start a new one",
    ru: "Начать новую",
};
pub const NAME_LABEL: Tr = tr! {
    et: "Nimi, mille järgi selle ära tunned",
    en: "A name you will recognise it by",
    ru: "Название, по которому вы её узнаете",
};
pub const NAME_HINT: Tr = tr! {
    et: "Näiteks „Mari, 7. klass”. Ainult sinu seadmes.",
    en: "For example \"Mari, year 7\". Only on your device.",
    ru: "Например, «Мари, 7 класс». Только на вашем устройстве.",
};
pub fn name_required(lang: Lang, max: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Kirjuta nimi (kuni {max} märki)."),
        Lang::En => format!("Type a name (up to {max} characters)."),
        Lang::Ru => format!("Введите название (до {max} знаков)."),
    }
}
pub const TEMPLATE_LABEL: Tr = tr! {
    et: "Küsimustik",
    en: "Questionnaire",
    ru: "Анкета",
};
pub const ROLE_LABEL: Tr = tr! {
    et: "Kes vastab?",
    en: "Who is answering?",
    ru: "Кто отвечает?",
};
pub const START: Tr = tr! {
    et: "Alusta",
    en: "Start",
    ru: "Начать",
};
pub const CONTINUE: Tr = tr! {
    et: "Jätka",
    en: "Continue",
    ru: "Продолжить",
};
pub const DELETE: Tr = tr! {
    et: "Kustuta",
    en: "Delete",
    ru: "Удалить",
};
pub fn delete_named(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Kustuta „{name}”"),
        Lang::En => format!("Delete \"{name}\""),
        Lang::Ru => format!("Удалить «{name}»"),
    }
}
pub fn delete_confirm(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => {
            format!("Kas kustutada „{name}” ja kõik selle vastused? Seda ei saa tagasi võtta.")
        }
        Lang::En => format!("Delete \"{name}\" and all its answers? This cannot be undone."),
        Lang::Ru => format!("Удалить «{name}» и все ответы? Это нельзя отменить."),
    }
}
pub const YES_DELETE: Tr = tr! {
    et: "Jah, kustuta",
    en: "Yes, delete",
    ru: "Да, удалить",
};
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang.only() {
        Lang::Et => format!("vastatud {answered}/{total}"),
        Lang::En => format!("{answered} of {total} answered"),
        Lang::Ru => format!("отвечено {answered} из {total}"),
    }
}
pub fn section_of(lang: Lang, n: usize, total: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Osa {n}/{total}"),
        Lang::En => format!("Part {n} of {total}"),
        Lang::Ru => format!("Часть {n} из {total}"),
    }
}
pub const PROGRESS_LABEL: Tr = tr! {
    et: "Edenemine",
    en: "Progress",
    ru: "Прогресс",
};
pub const BACK: Tr = tr! {
    et: "Tagasi",
    en: "Back",
    ru: "Назад",
};
pub const NEXT: Tr = tr! {
    et: "Edasi",
    en: "Next",
    ru: "Далее",
};
pub const OVERVIEW: Tr = tr! {
    et: "Ülevaade",
    en: "Overview",
    ru: "Обзор",
};
pub const OVERVIEW_INTRO: Tr = tr! {
    et: "Siin näed, mis on veel vastamata. Vajuta küsimusele, et selle juurde minna.",
    en: "Here you can see what is still unanswered. Press a question to go to it.",
    ru: "Здесь видно, что ещё без ответа. Нажмите на вопрос, чтобы перейти к нему.",
};
pub const ALL_DONE: Tr = tr! {
    et: "Kõik kohustuslikud küsimused on vastatud. Vastused on selles seadmes salvestatud.",
    en: "All required questions are answered. The answers are saved on this device.",
    ru: "На все обязательные вопросы есть ответы. Ответы сохранены на этом устройстве.",
};
pub const UNANSWERED: Tr = tr! {
    et: "Vastamata",
    en: "Unanswered",
    ru: "Без ответа",
};
pub const REQUIRED_MARK: Tr = tr! {
    et: "(kohustuslik)",
    en: "(required)",
    ru: "(обязательно)",
};
pub const NOT_FOUND: Tr = tr! {
    et: "Seda küsimustikku selles seadmes ei ole. Võib-olla see kustutati või avati teises brauseris.",
    en: "This questionnaire is not on this device. Perhaps it was deleted or opened in another browser.",
    ru: "Этой анкеты на этом устройстве нет. Возможно, её удалили или открыли в другом браузере.",
};
pub const BACK_TO_LIST: Tr = tr! {
    et: "Kõik küsimustikud",
    en: "All questionnaires",
    ru: "Все анкеты",
};
pub const EXPORT: Tr = tr! {
    et: "Ekspordi vastused faili (.json)",
    en: "Export the answers to a file (.json)",
    ru: "Экспортировать ответы в файл (.json)",
};
pub const SAVED_HERE: Tr = tr! {
    et: "Iga muudatus salvestatakse kohe selles seadmes. Midagi ei saadeta kuhugi.",
    en: "Every change is saved at once on this device. Nothing is sent anywhere.",
    ru: "Каждое изменение сразу сохраняется на этом устройстве. Ничего никуда не отправляется.",
};
/// A questionnaire in progress since `since`: export it to keep it safe.
pub fn export_nudge(lang: Lang, since: chrono::NaiveDate) -> String {
    let d = kooliabi_core::calendar::dotted(since);
    match lang.only() {
        Lang::Et => format!("Pooleli alates {d}. Brauser võib saidi andmed mõne aja pärast kustutada — salvesta koopia faili."),
        Lang::En => format!("In progress since {d}. A browser may clear a site's data after a while — save a copy to a file."),
        Lang::Ru => format!("Не закончено с {d}. Браузер может со временем удалить данные сайта — сохраните копию в файл."),
    }
}

pub const REPLACED_BY_OTHER_TAB: Tr = tr! {
    et: "Need vastused muudeti just teises vahekaardis või aknas ja siin on nüüd sealsed vastused:",
    en: "These answers were just changed in another tab or window, and the answers from there are shown here now:",
    ru: "Эти ответы только что изменили в другой вкладке или окне, и теперь здесь показаны ответы оттуда:",
};
pub const YES: Tr = tr! {
    et: "jah",
    en: "yes",
    ru: "да",
};
pub const NO: Tr = tr! {
    et: "ei",
    en: "no",
    ru: "нет",
};
pub const GOAL_WHAT: Tr = tr! {
    et: "Mida teen?",
    en: "What will I do?",
    ru: "Что я сделаю?",
};
pub const GOAL_MEASURE: Tr = tr! {
    et: "Kuidas näeme, et õnnestus?",
    en: "How will we see it worked?",
    ru: "Как увидим, что получилось?",
};
pub const GOAL_BY: Tr = tr! {
    et: "Mis ajaks?",
    en: "By when?",
    ru: "К какому сроку?",
};
pub const GOAL_SUPPORT: Tr = tr! {
    et: "Kes aitab?",
    en: "Who helps?",
    ru: "Кто поможет?",
};
pub fn goal_n(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eesmärk {n}"),
        Lang::En => format!("Goal {n}"),
        Lang::Ru => format!("Цель {n}"),
    }
}
pub const ADD_GOAL: Tr = tr! {
    et: "Lisa eesmärk",
    en: "Add a goal",
    ru: "Добавить цель",
};
pub fn remove_goal(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda eesmärk {n}"),
        Lang::En => format!("Remove goal {n}"),
        Lang::Ru => format!("Удалить цель {n}"),
    }
}
pub fn chars_left(lang: Lang, used: usize, max: usize) -> String {
    match lang.only() {
        Lang::Et => format!("{used}/{max} märki"),
        Lang::En => format!("{used}/{max} characters"),
        Lang::Ru => format!("{used}/{max} знаков"),
    }
}

pub fn problem(lang: Lang, p: &ProblemKind) -> String {
    match (p, lang.only()) {
        (ProblemKind::Required, _) => tr! {
            et: "See küsimus vajab vastust.",
            en: "This question needs an answer.",
            ru: "На этот вопрос нужен ответ.",
        }
        .get(lang)
        .to_string(),
        (ProblemKind::TooLong { max }, Lang::Et) => {
            format!("Vastus on liiga pikk: kuni {max} märki.")
        }
        (ProblemKind::TooLong { max }, Lang::En) => {
            format!("The answer is too long: up to {max} characters.")
        }
        (ProblemKind::TooLong { max }, Lang::Ru) => {
            format!("Ответ слишком длинный: до {max} знаков.")
        }
        (ProblemKind::ScaleOutOfRange { min, max }, Lang::Et) => format!("Vali {min} kuni {max}."),
        (ProblemKind::ScaleOutOfRange { min, max }, Lang::En) => format!("Choose {min} to {max}."),
        (ProblemKind::ScaleOutOfRange { min, max }, Lang::Ru) => {
            format!("Выберите от {min} до {max}.")
        }
        (ProblemKind::UnknownChoice, _) => tr! {
            et: "Vali pakutud vastuste seast.",
            en: "Choose from the answers offered.",
            ru: "Выберите из предложенных ответов.",
        }
        .get(lang)
        .to_string(),
        (ProblemKind::BadDate, _) => tr! {
            et: "See ei ole kuupäev aastatel 1990–2100.",
            en: "This is not a date between 1990 and 2100.",
            ru: "Это не дата в 1990–2100 годах.",
        }
        .get(lang)
        .to_string(),
        (ProblemKind::TooManyGoals { max }, Lang::Et) => format!("Kuni {max} eesmärki."),
        (ProblemKind::TooManyGoals { max }, Lang::En) => format!("Up to {max} goals."),
        (ProblemKind::TooManyGoals { max }, Lang::Ru) => format!("До {max} целей."),
        (ProblemKind::GoalBadDate { goal }, Lang::Et) => {
            format!("Eesmärgi {goal} tähtaeg ei ole kuupäev aastatel 1990–2100.")
        }
        (ProblemKind::GoalBadDate { goal }, Lang::En) => {
            format!("Goal {goal}'s deadline is not a date between 1990 and 2100.")
        }
        (ProblemKind::GoalBadDate { goal }, Lang::Ru) => {
            format!("Срок цели {goal} — не дата в 1990–2100 годах.")
        }
        (ProblemKind::WrongType, _) => tr! {
            et: "Salvestatud vastus ei sobi selle küsimusega; vasta uuesti.",
            en: "The saved answer does not fit this question; please answer again.",
            ru: "Сохранённый ответ не подходит к вопросу; ответьте заново.",
        }
        .get(lang)
        .to_string(),
    }
}

impl super::Labelled for Role {
    fn label(self, lang: Lang) -> String {
        role(lang, self).to_string()
    }
}
