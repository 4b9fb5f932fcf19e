//! Strings of the development-conversation pages: the teacher's key,
//! invitations, answering by link, sealed replies, receiving them, and the
//! class teacher's workspace.

use kooliabi_core::conversation::envelope::{EnvelopeError, Field, PBKDF2_MIN_ITERATIONS};
use kooliabi_core::conversation::invite::{Delivery, InviteError, TemplateProblem, LINK_MAX_CHARS};
use kooliabi_core::conversation::keys::{BackupError, PassphraseProblem};
use kooliabi_core::conversation::reply::{Mismatch, ReplyError};
use kooliabi_core::tr;
use kooliabi_core::transfer::ImportError;

use super::{Lang, Tr};
use crate::crypto::CryptoError;

pub const TITLE: Tr = tr! {
    et: "Arenguvestlused",
    en: "Development conversations",
    ru: "Беседы о развитии",
};
pub const INTRO: Tr = tr! {
    et: "Kutsu õpilane ja lapsevanem küsimustikule lingiga. Vastused tulevad tagasi krüpteeritult, nii et neid saab avada ainult selles seadmes sinu võtmega. Ükski server ei näe neid.",
    en: "Invite a student and a parent to a questionnaire by link. The answers come back encrypted so that only your key on this device can open them. No server ever sees them.",
    ru: "Пригласите ученика и родителя заполнить анкету по ссылке. Ответы возвращаются зашифрованными, и открыть их может только ваш ключ на этом устройстве. Ни один сервер их не видит.",
};

// --- The teacher's key ---
pub const KEY_HEADING: Tr = tr! {
    et: "Sinu võti",
    en: "Your key",
    ru: "Ваш ключ",
};
pub const KEY_NONE: Tr = tr! {
    et: "Selles seadmes ei ole veel võtit. See luuakse, kui teed esimese kutse.",
    en: "There is no key on this device yet. It is made when you create your first invitation.",
    ru: "На этом устройстве ещё нет ключа. Он создаётся вместе с первым приглашением.",
};
pub const FINGERPRINT: Tr = tr! {
    et: "Võtme sõrmejälg",
    en: "Key fingerprint",
    ru: "Отпечаток ключа",
};
pub const FINGERPRINT_HELP: Tr = tr! {
    et: "Vastaja näeb sama sõrmejälge oma telefonis. Kui need erinevad, on linki muudetud: ärge vastake.",
    en: "The person answering sees the same fingerprint on their phone. If they differ, the link was altered: do not answer.",
    ru: "Отвечающий видит тот же отпечаток на своём телефоне. Если они различаются, ссылку изменили: не отвечайте.",
};
pub const KEY_KEPT_HERE: Tr = tr! {
    et: "Privaatvõti on ainult selles seadmes (brauseri localStorage’is). Kui see kaob — brauseri andmed kustutatakse, seade vahetub või vajutad privaatsuslehel „Kustuta kõik“ —, ei saa vastuseid enam avada. Tee varukoopia.",
    en: "The private key is only on this device (in the browser's localStorage). If it is lost — the browser's data is cleared, the device changes, or you press \"Erase everything\" on the privacy page — replies can no longer be opened. Make a backup.",
    ru: "Закрытый ключ есть только на этом устройстве (в localStorage браузера). Если он пропадёт — данные браузера очищены, устройство сменилось или вы нажали «Стереть всё» на странице конфиденциальности, — ответы больше нельзя будет открыть. Сделайте резервную копию.",
};
pub const BACKUP_NEEDED: Tr = tr! {
    et: "Võtmest ei ole veel varukoopiat. Salvesta see kohe: ilma selleta ei saa vastuseid avada, kui võti siit kaob.",
    en: "There is no backup of your key yet. Save one now: without it, replies cannot be opened if the key is lost here.",
    ru: "Резервной копии ключа ещё нет. Сохраните её сейчас: без неё ответы нельзя будет открыть, если ключ здесь пропадёт.",
};
pub const BACKED_UP: Tr = tr! {
    et: "Varukoopia on tehtud.",
    en: "A backup has been made.",
    ru: "Резервная копия сделана.",
};
pub const BACKUP_HEADING: Tr = tr! {
    et: "Võtme varukoopia",
    en: "Key backup",
    ru: "Резервная копия ключа",
};
pub const PASSPHRASE: Tr = tr! {
    et: "Parool",
    en: "Passphrase",
    ru: "Пароль",
};
pub const PASSPHRASE_AGAIN: Tr = tr! {
    et: "Parool uuesti",
    en: "Passphrase again",
    ru: "Пароль ещё раз",
};
pub const SAVE_BACKUP: Tr = tr! {
    et: "Salvesta varukoopia fail",
    en: "Save the backup file",
    ru: "Сохранить файл резервной копии",
};
pub const RESTORE_BACKUP: Tr = tr! {
    et: "Taasta võti varukoopiast",
    en: "Restore the key from a backup",
    ru: "Восстановить ключ из резервной копии",
};
pub const RESTORE_PASSPHRASE: Tr = tr! {
    et: "Varukoopia parool",
    en: "The backup's passphrase",
    ru: "Пароль резервной копии",
};
pub const RESTORED: Tr = tr! {
    et: "Võti taastatud.",
    en: "Key restored.",
    ru: "Ключ восстановлен.",
};
pub const WORKING: Tr = tr! {
    et: "Töötan…",
    en: "Working…",
    ru: "Выполняется…",
};

pub fn passphrase_help(lang: Lang, min: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Vähemalt {min} märki, nt mitu sõna. Parooli ei saa taastada: hoia see alles."),
        Lang::En => format!("At least {min} characters, e.g. several words. The passphrase cannot be recovered: keep it."),
        Lang::Ru => format!("Не менее {min} символов, например несколько слов. Пароль нельзя восстановить: сохраните его."),
    }
}

pub fn passphrase_problem(lang: Lang, p: PassphraseProblem) -> String {
    match p {
        PassphraseProblem::TooShort { min } => match lang.only() {
            Lang::Et => format!("Parool on liiga lühike: vähemalt {min} märki."),
            Lang::En => format!("The passphrase is too short: at least {min} characters."),
            Lang::Ru => format!("Пароль слишком короткий: не менее {min} символов."),
        },
        PassphraseProblem::NotRepeated => tr! {
            et: "Paroolid ei ole samad.",
            en: "The two passphrases differ.",
            ru: "Пароли не совпадают.",
        }
        .get(lang)
        .into(),
    }
}

pub fn backup_problem(lang: Lang, e: &BackupError) -> &'static str {
    let _ = e;
    tr! {
        et: "See fail ei ole Kooliabi võtme varukoopia.",
        en: "This file is not a Kooliabi key backup.",
        ru: "Этот файл не является резервной копией ключа Kooliabi.",
    }
    .get(lang)
}

// --- Invitations ---
pub const INVITE_HEADING: Tr = tr! {
    et: "Kutse küsimustikule",
    en: "Invitation to a questionnaire",
    ru: "Приглашение к анкете",
};
pub const TEMPLATE: Tr = tr! {
    et: "Küsimustik",
    en: "Questionnaire",
    ru: "Анкета",
};
pub const WHO_ANSWERS: Tr = tr! {
    et: "Kes vastab",
    en: "Who answers",
    ru: "Кто отвечает",
};
pub const STUDENT_NAME: Tr = tr! {
    et: "Õpilase nimi",
    en: "Student's name",
    ru: "Имя ученика",
};
pub const CLASS: Tr = tr! {
    et: "Klass või rühm",
    en: "Class or group",
    ru: "Класс или группа",
};
pub const TEACHER_NAME: Tr = tr! {
    et: "Sinu nimi (klassijuhataja)",
    en: "Your name (class teacher)",
    ru: "Ваше имя (классный руководитель)",
};
pub const CONVERSATION_DATE: Tr = tr! {
    et: "Vestluse kuupäev",
    en: "Date of the conversation",
    ru: "Дата беседы",
};
pub const MAKE_LINK: Tr = tr! {
    et: "Tee kutse link",
    en: "Make the invitation link",
    ru: "Создать ссылку-приглашение",
};
pub const INVITE_LINK: Tr = tr! {
    et: "Kutse link",
    en: "Invitation link",
    ru: "Ссылка-приглашение",
};
pub const COPY_LINK: Tr = tr! {
    et: "Kopeeri link",
    en: "Copy the link",
    ru: "Скопировать ссылку",
};
pub const SHARE: Tr = tr! {
    et: "Jaga…",
    en: "Share…",
    ru: "Поделиться…",
};
pub const LINK_PRIVATE: Tr = tr! {
    et: "Kõik andmed on lingis pärast #-märki, mida brauser serverile ei saada. Saada link e-kirja, e-kooli sõnumi või vestlusega.",
    en: "Everything is in the link after the # sign, which browsers never send to a server. Send it by e-mail, an e-school message or a chat.",
    ru: "Все данные находятся в ссылке после знака #, который браузер не отправляет на сервер. Отправьте её по почте, сообщением в э-школе или в чате.",
};
pub const NEED_DATE: Tr = tr! {
    et: "Vali vestluse kuupäev.",
    en: "Choose the date of the conversation.",
    ru: "Выберите дату беседы.",
};

pub fn answer_by(lang: Lang, date: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Vastata kuni {date} (nädal enne vestlust, 000 8.2)."),
        Lang::En => format!("Answer by {date} (a week before the conversation, 000 8.2)."),
        Lang::Ru => format!("Ответить до {date} (за неделю до беседы, 000 8.2)."),
    }
}

pub fn invite_problem(lang: Lang, p: kooliabi_core::conversation::invite::InviteProblem) -> String {
    use kooliabi_core::conversation::invite::{InviteField as F, InviteProblem as P};
    let field = |f: F| match f {
        F::TemplateId => TEMPLATE,
        F::StudentName => STUDENT_NAME,
        F::TeacherName => TEACHER_NAME,
        F::Class => CLASS,
    };
    match p {
        P::Empty(f) => match lang.only() {
            Lang::Et => format!("{}: täitmata.", field(f).get(lang)),
            Lang::En => format!("{}: empty.", field(f).get(lang)),
            Lang::Ru => format!("{}: не заполнено.", field(f).get(lang)),
        },
        P::TooLong { field: f, max } => match lang.only() {
            Lang::Et => format!("{}: kuni {max} märki.", field(f).get(lang)),
            Lang::En => format!("{}: at most {max} characters.", field(f).get(lang)),
            Lang::Ru => format!("{}: не более {max} символов.", field(f).get(lang)),
        },
        P::NotInvitable => tr! {
            et: "Kutsuda saab ainult õpilast või lapsevanemat.",
            en: "Only a student or a parent can be invited.",
            ru: "Пригласить можно только ученика или родителя.",
        }
        .get(lang)
        .into(),
        P::DateOutOfRange => tr! {
            et: "Kuupäev on väljaspool aastaid 1990–2100.",
            en: "The date is outside 1990–2100.",
            ru: "Дата вне 1990–2100 годов.",
        }
        .get(lang)
        .into(),
    }
}

// --- The phone: answering an invitation ---
pub const ANSWER_TITLE: Tr = tr! {
    et: "Kutse arenguvestluse küsimustikule",
    en: "Invitation to a development conversation questionnaire",
    ru: "Приглашение к анкете беседы о развитии",
};
pub const FROM_TEACHER: Tr = tr! {
    et: "Klassijuhataja",
    en: "Class teacher",
    ru: "Классный руководитель",
};
pub const ABOUT_STUDENT: Tr = tr! {
    et: "Õpilane",
    en: "Student",
    ru: "Ученик",
};
pub const YOU_ANSWER_AS: Tr = tr! {
    et: "Vastad kui",
    en: "You answer as",
    ru: "Вы отвечаете как",
};
pub const ANSWER_BY: Tr = tr! {
    et: "Vastata kuni",
    en: "Answer by",
    ru: "Ответить до",
};
pub const LATE: Tr = tr! {
    et: "Tähtaeg on möödas: klassijuhatajal võib jääda vähe aega vestluseks valmistuda. Vastata saab ikka.",
    en: "The date has passed: the class teacher may have little time to prepare. You can still answer.",
    ru: "Срок прошёл: у классного руководителя может остаться мало времени на подготовку. Ответить всё ещё можно.",
};
pub const START_ANSWERING: Tr = tr! {
    et: "Alusta vastamist",
    en: "Start answering",
    ru: "Начать отвечать",
};
pub const CONTINUE_ANSWERING: Tr = tr! {
    et: "Jätka vastamist",
    en: "Continue answering",
    ru: "Продолжить отвечать",
};
pub const KEY_MISMATCH: Tr = tr! {
    et: "Lingi võti ja selle tunnus ei klapi: linki on muudetud. Ära vasta; küsi klassijuhatajalt uus link.",
    en: "The link's key and its id do not match: the link was altered. Do not answer; ask the class teacher for a new link.",
    ru: "Ключ в ссылке не совпадает с его идентификатором: ссылку изменили. Не отвечайте; попросите у классного руководителя новую ссылку.",
};

pub fn invite_error(lang: Lang, e: &InviteError) -> String {
    let t = match e {
        InviteError::Truncated => tr! {
            et: "Link on poolik (e-posti või vestlusrakendus lõikas selle ära). Kopeeri kogu link.",
            en: "The link is cut off (a mail or chat app shortened it). Copy the whole link.",
            ru: "Ссылка обрезана (почтовое приложение или чат её укоротили). Скопируйте ссылку целиком.",
        },
        InviteError::NewerVersion(_) => tr! {
            et: "Kutse on tehtud Kooliabi uuema versiooniga. Laadi leht uuesti.",
            en: "The invitation was made by a newer Kooliabi. Reload the page.",
            ru: "Приглашение создано более новой версией Kooliabi. Перезагрузите страницу.",
        },
        _ => tr! {
            et: "See link ei ole loetav Kooliabi kutse (see on vigane või muudetud).",
            en: "This link is not a readable Kooliabi invitation (it is damaged or altered).",
            ru: "Эта ссылка не является читаемым приглашением Kooliabi (она повреждена или изменена).",
        },
    };
    t.get(lang).into()
}

pub fn template_problem(lang: Lang, p: &TemplateProblem) -> &'static str {
    match p {
        TemplateProblem::Newer { .. } => tr! {
            et: "Kutse küsib küsimustiku uuemat versiooni, kui selles rakenduses on. Laadi leht uuesti.",
            en: "The invitation asks for a newer version of the questionnaire than this app has. Reload the page.",
            ru: "Приглашение запрашивает более новую версию анкеты, чем есть в приложении. Перезагрузите страницу.",
        },
        _ => tr! {
            et: "Seda küsimustikku selles rakenduses ei ole.",
            en: "This app does not have that questionnaire.",
            ru: "В этом приложении нет такой анкеты.",
        },
    }
    .get(lang)
}

// --- Sending the reply ---
pub const SEND_HEADING: Tr = tr! {
    et: "Saada klassijuhatajale",
    en: "Send to the class teacher",
    ru: "Отправить классному руководителю",
};
pub const SEND_INTRO: Tr = tr! {
    et: "Vastused krüpteeritakse nii, et avada saab neid ainult klassijuhataja. Saad lingi ja faili; saada üks neist klassijuhatajale.",
    en: "The answers are encrypted so that only the class teacher can open them. You get a link and a file; send either to the class teacher.",
    ru: "Ответы шифруются так, что открыть их может только классный руководитель. Вы получите ссылку и файл; отправьте одно из них классному руководителю.",
};
pub const RESPONDENT_NAME: Tr = tr! {
    et: "Sinu nimi (kui soovid)",
    en: "Your name (if you like)",
    ru: "Ваше имя (по желанию)",
};
pub const SEND: Tr = tr! {
    et: "Krüpteeri ja saada klassijuhatajale",
    en: "Encrypt and send to the class teacher",
    ru: "Зашифровать и отправить классному руководителю",
};
pub const REPLY_LINK: Tr = tr! {
    et: "Vastuse link",
    en: "Reply link",
    ru: "Ссылка с ответом",
};
pub const REPLY_FILE: Tr = tr! {
    et: "Salvesta vastuse fail",
    en: "Save the reply file",
    ru: "Сохранить файл ответа",
};

pub fn sent_on(lang: Lang, when: &str) -> String {
    match lang.only() {
        Lang::Et => {
            format!("Saadetud {when}. Vastused jäävad sellesse seadmesse, kuni need kustutad.")
        }
        Lang::En => format!("Sent {when}. The answers stay on this device until you erase them."),
        Lang::Ru => {
            format!("Отправлено {when}. Ответы остаются на этом устройстве, пока вы их не сотрёте.")
        }
    }
}

pub fn file_only(lang: Lang, d: Delivery) -> String {
    let (length, max) = match d {
        Delivery::FileOnly { length, max } => (length, max),
        Delivery::Link => (0, LINK_MAX_CHARS),
    };
    match lang.only() {
        Lang::Et => format!("Vastused on lingi jaoks liiga pikad ({length} märki; e-posti ja vestlusrakendused hoiavad terviklikuna kuni {max}). Saada fail."),
        Lang::En => format!("The answers are too long for a link ({length} characters; mail and chat apps keep up to {max} whole). Send the file."),
        Lang::Ru => format!("Ответы слишком длинные для ссылки ({length} символов; почта и чаты сохраняют целыми до {max}). Отправьте файл."),
    }
}

// --- The teacher receives ---
pub const RECEIVE_HEADING: Tr = tr! {
    et: "Vastuse vastuvõtmine",
    en: "Receiving a reply",
    ru: "Получение ответа",
};
pub const IMPORT_REPLY: Tr = tr! {
    et: "Ava vastuse fail",
    en: "Open a reply file",
    ru: "Открыть файл ответа",
};
pub const FILED: Tr = tr! {
    et: "Vastus on avatud ja lisatud õpilase vestluse juurde.",
    en: "The reply was opened and filed under the student's conversation.",
    ru: "Ответ открыт и добавлен к беседе ученика.",
};
pub const OPEN_CONVERSATION: Tr = tr! {
    et: "Ava õpilase vestlus",
    en: "Open the student's conversation",
    ru: "Открыть беседу ученика",
};
pub const REPLACE_ASK: Tr = tr! {
    et: "Sellelt inimeselt on juba vastus. Kas asendada varasem vastus uuega?",
    en: "This person has replied before. Replace the earlier reply with this one?",
    ru: "Этот человек уже отвечал. Заменить прежний ответ новым?",
};
pub const REPLACE_YES: Tr = tr! {
    et: "Asenda",
    en: "Replace",
    ru: "Заменить",
};
pub const REPLACE_NO: Tr = tr! {
    et: "Jäta varasem",
    en: "Keep the earlier one",
    ru: "Оставить прежний",
};
pub const KEPT: Tr = tr! {
    et: "Varasem vastus jäi alles; midagi ei muutunud.",
    en: "The earlier reply was kept; nothing changed.",
    ru: "Прежний ответ сохранён; ничего не изменилось.",
};
pub const NOTHING_CHANGED: Tr = tr! {
    et: "Midagi ei muutunud.",
    en: "Nothing was changed.",
    ru: "Ничего не изменено.",
};

pub fn envelope_error(lang: Lang, e: &EnvelopeError) -> String {
    let t = match e {
        EnvelopeError::WrongKey { .. } => tr! {
            et: "Vale võti: see vastus on krüpteeritud teise võtmega, mitte selles seadmes oleva võtmega.",
            en: "Wrong key: this reply is encrypted for another key, not the one on this device.",
            ru: "Неверный ключ: этот ответ зашифрован для другого ключа, а не для ключа на этом устройстве.",
        },
        EnvelopeError::NoKeyHere => tr! {
            et: "Selles seadmes ei ole sinu võtit, et vastust avada. Taasta võti varukoopiast.",
            en: "This device holds no key of yours to open the reply. Restore the key from its backup.",
            ru: "На этом устройстве нет вашего ключа, чтобы открыть ответ. Восстановите ключ из резервной копии.",
        },
        EnvelopeError::Truncated => tr! {
            et: "Vastus on poolik: link lõigati ära. Palu saata fail.",
            en: "The reply is cut off: the link was shortened. Ask for the file.",
            ru: "Ответ обрезан: ссылку укоротили. Попросите прислать файл.",
        },
        EnvelopeError::NewerVersion(_) => tr! {
            et: "Vastus on tehtud Kooliabi uuema versiooniga. Laadi leht uuesti.",
            en: "The reply was made by a newer Kooliabi. Reload the page.",
            ru: "Ответ создан более новой версией Kooliabi. Перезагрузите страницу.",
        },
        EnvelopeError::WrongMode { .. } => tr! {
            et: "See on parooliga fail, mitte sinu võtmele krüpteeritud vastus.",
            en: "This is a passphrase file, not a reply encrypted for your key.",
            ru: "Это файл с паролем, а не ответ, зашифрованный для вашего ключа.",
        },
        EnvelopeError::Foreign
        | EnvelopeError::File(
            ImportError::NotOurs | ImportError::NotJson { .. } | ImportError::WrongKind(_),
        ) => tr! {
            et: "See ei ole Kooliabi krüpteeritud vastus (võõras fail või link).",
            en: "This is not a Kooliabi encrypted reply (a foreign file or link).",
            ru: "Это не зашифрованный ответ Kooliabi (чужой файл или ссылка).",
        },
        EnvelopeError::File(ImportError::NewerVersion(_)) => tr! {
            et: "Fail on tehtud Kooliabi uuema versiooniga. Laadi leht uuesti.",
            en: "The file was made by a newer Kooliabi. Reload the page.",
            ru: "Файл создан более новой версией Kooliabi. Перезагрузите страницу.",
        },
        EnvelopeError::Oversize { .. } => tr! {
            et: "Vastus on liiga suur, et olla Kooliabi vastus.",
            en: "The reply is too large to be a Kooliabi reply.",
            ru: "Ответ слишком велик для ответа Kooliabi.",
        },
        EnvelopeError::TooFewIterations { .. } | EnvelopeError::TooManyIterations { .. } => tr! {
            et: "Faili parooli seaded ei ole lubatud piirides.",
            en: "The file's passphrase settings are outside the allowed limits.",
            ru: "Параметры пароля в файле вне допустимых пределов.",
        },
        EnvelopeError::WrongLength {
            field: Field::Ct, ..
        } => tr! {
            et: "Vastus on poolik või vigane.",
            en: "The reply is cut off or damaged.",
            ru: "Ответ обрезан или повреждён.",
        },
        _ => tr! {
            et: "Vastus on vigane: seda on muudetud või see rikkus teel.",
            en: "The reply is damaged: it was changed or broken in transit.",
            ru: "Ответ повреждён: его изменили или он испортился при передаче.",
        },
    };
    t.get(lang).into()
}

pub fn crypto_error(lang: Lang, e: CryptoError) -> &'static str {
    match e {
        CryptoError::Unavailable => tr! {
            et: "See brauser ei võimalda krüpteerimist (WebCrypto puudub). Kasuta uuemat brauserit.",
            en: "This browser cannot encrypt (no WebCrypto). Use a newer browser.",
            ru: "Этот браузер не умеет шифровать (нет WebCrypto). Используйте более новый браузер.",
        },
        CryptoError::BadKey => tr! {
            et: "Võtit ei saanud kasutada: see on vigane.",
            en: "The key could not be used: it is damaged.",
            ru: "Ключ нельзя использовать: он повреждён.",
        },
        CryptoError::Damaged => tr! {
            et: "Vastus on vigane: krüpteeritud sisu on muudetud või rikutud. Palu uuesti saata.",
            en: "The reply is damaged: its encrypted content was changed or broken. Ask for it again.",
            ru: "Ответ повреждён: зашифрованное содержимое изменено или испорчено. Попросите прислать снова.",
        },
        CryptoError::WrongPassphrase => tr! {
            et: "Vale parool (või on fail rikutud).",
            en: "Wrong passphrase (or the file is damaged).",
            ru: "Неверный пароль (или файл повреждён).",
        },
    }
    .get(lang)
}

pub fn reply_error(lang: Lang, e: &ReplyError) -> &'static str {
    match e {
        ReplyError::NewerTemplate { .. } => tr! {
            et: "Vastus on antud küsimustiku uuemale versioonile. Laadi leht uuesti.",
            en: "The reply answers a newer version of the questionnaire. Reload the page.",
            ru: "Ответ дан на более новую версию анкеты. Перезагрузите страницу.",
        },
        _ => tr! {
            et: "Avatud vastus ei ole loetav Kooliabi vastus.",
            en: "The opened reply is not a readable Kooliabi reply.",
            ru: "Открытый ответ не является читаемым ответом Kooliabi.",
        },
    }
    .get(lang)
}

pub fn mismatch(lang: Lang, m: &Mismatch) -> String {
    match m {
        Mismatch::UnknownConversation => tr! {
            et: "See vastus ei vasta ühelegi selles seadmes tehtud kutsele.",
            en: "This reply answers no invitation made on this device.",
            ru: "Этот ответ не относится ни к одному приглашению, созданному на этом устройстве.",
        }
        .get(lang)
        .into(),
        Mismatch::StudentName { invited, found } => match lang.only() {
            Lang::Et => format!("Vastus on kutse järgi {invited} kohta, kuid nimetab õpilaseks {found}: see on teise õpilase vastus või muudetud. Seda ei lisatud."),
            Lang::En => format!("By its invitation the reply is about {invited}, but it names {found}: it is another student's reply or altered. It was not filed."),
            Lang::Ru => format!("По приглашению ответ касается ученика {invited}, но называет {found}: это ответ о другом ученике или он изменён. Он не добавлен."),
        },
        Mismatch::Role { .. } => tr! {
            et: "Vastaja roll ei klapi kutsega. Seda ei lisatud.",
            en: "The respondent's role does not match the invitation. It was not filed.",
            ru: "Роль отвечающего не совпадает с приглашением. Ответ не добавлен.",
        }
        .get(lang)
        .into(),
        Mismatch::Template { .. } => tr! {
            et: "Vastus on teisele küsimustikule kui kutse. Seda ei lisatud.",
            en: "The reply answers another questionnaire than the invitation. It was not filed.",
            ru: "Ответ дан на другую анкету, чем в приглашении. Он не добавлен.",
        }
        .get(lang)
        .into(),
    }
}

// --- The class ---
pub const CLASS_HEADING: Tr = tr! {
    et: "Klass",
    en: "The class",
    ru: "Класс",
};
pub const NO_STUDENTS: Tr = tr! {
    et: "Kutseid ei ole veel tehtud.",
    en: "No invitations have been made yet.",
    ru: "Приглашений ещё нет.",
};
pub const EXPORT_CLASS: Tr = tr! {
    et: "Ekspordi kogu klass (fail)",
    en: "Export the whole class (file)",
    ru: "Экспортировать весь класс (файл)",
};

pub fn replies_count(lang: Lang, n: usize, invited: usize) -> String {
    match lang.only() {
        Lang::Et => format!("vastuseid {n} / kutseid {invited}"),
        Lang::En => format!("{n} replies / {invited} invitations"),
        Lang::Ru => format!("ответов {n} / приглашений {invited}"),
    }
}

pub fn storage_used(lang: Lang, bytes: usize, budget: usize) -> String {
    let kb = bytes.div_ceil(1024);
    let total = budget / 1024 / 1024;
    match lang.only() {
        Lang::Et => {
            format!("Vestlused võtavad selles seadmes {kb} kB (brauser lubab umbes {total} MB).")
        }
        Lang::En => format!(
            "The conversations take {kb} kB on this device (the browser allows about {total} MB)."
        ),
        Lang::Ru => format!(
            "Беседы занимают на этом устройстве {kb} кБ (браузер позволяет около {total} МБ)."
        ),
    }
}

pub fn pbkdf2_note(lang: Lang) -> String {
    let n = PBKDF2_MIN_ITERATIONS;
    match lang.only() {
        Lang::Et => format!("Parool muudetakse võtmeks PBKDF2-SHA-256 abil ({n} kordust); see võtab hetke."),
        Lang::En => format!("The passphrase is turned into a key with PBKDF2-SHA-256 ({n} iterations); it takes a moment."),
        Lang::Ru => format!("Пароль превращается в ключ через PBKDF2-SHA-256 ({n} итераций); это занимает мгновение."),
    }
}

pub fn receive_error(lang: Lang, e: &crate::conversation_store::ReceiveError) -> String {
    use crate::conversation_store::ReceiveError as R;
    match e {
        R::Envelope(e) => envelope_error(lang, e),
        R::Crypto(e) => crypto_error(lang, *e).into(),
        R::Reply(e) => reply_error(lang, e).into(),
    }
}

// --- The student's conversation ---
pub const NO_SUCH_STUDENT: Tr = tr! {
    et: "Seda õpilast selles seadmes ei ole.",
    en: "This student is not on this device.",
    ru: "Этого ученика нет на этом устройстве.",
};
pub const MY_ANSWERS: Tr = tr! {
    et: "Minu (klassijuhataja) vastused",
    en: "My (class teacher's) answers",
    ru: "Мои ответы (классного руководителя)",
};
pub const SIDE_BY_SIDE: Tr = tr! {
    et: "Vastused kõrvuti",
    en: "Answers side by side",
    ru: "Ответы рядом",
};
pub const NOT_ASKED: Tr = tr! {
    et: "ei küsitud",
    en: "not asked",
    ru: "не спрашивали",
};
pub const NO_REPLY: Tr = tr! {
    et: "vastust pole veel",
    en: "no reply yet",
    ru: "ответа ещё нет",
};
pub const UNANSWERED: Tr = tr! {
    et: "jäi vastamata",
    en: "left unanswered",
    ru: "без ответа",
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

// --- The development picture ---
pub const PICTURE_HEADING: Tr = tr! {
    et: "Arengupilt",
    en: "Development picture",
    ru: "Картина развития",
};
pub const PICTURE_CAPTION: Tr = tr! {
    et: "Hinnangud ringdiagrammil (001 Lisa 9 6.1.2): iga telg on üks hinnanguküsimus (numbrid nagu tabelis), iga joon üks vastaja.",
    en: "Ratings on a ring diagram (001 Lisa 9 6.1.2): each axis is one rating question (numbered as in the table), each line one voice.",
    ru: "Оценки на круговой диаграмме (001 Lisa 9 6.1.2): каждая ось — один вопрос с оценкой (номера как в таблице), каждая линия — один голос.",
};
pub const PICTURE_TABLE: Tr = tr! {
    et: "Hinnangud tabelina",
    en: "The ratings as a table",
    ru: "Оценки в таблице",
};
pub const QUESTION: Tr = tr! {
    et: "Küsimus",
    en: "Question",
    ru: "Вопрос",
};
pub const NO_RATINGS: Tr = tr! {
    et: "Hinnanguid veel ei ole.",
    en: "There are no ratings yet.",
    ru: "Оценок ещё нет.",
};

// --- Goals ---
pub const NO_PREVIOUS: Tr = tr! {
    et: "Eelmise perioodi memo ei ole imporditud. Impordi see, et eelmised eesmärgid üle vaadata.",
    en: "Last period's memo has not been imported. Import it to review last period's goals.",
    ru: "Памятка прошлого периода не импортирована. Импортируйте её, чтобы пересмотреть прошлые цели.",
};
pub const COMMENT: Tr = tr! {
    et: "Kommentaar",
    en: "Comment",
    ru: "Комментарий",
};
pub const CARRY_FORWARD: Tr = tr! {
    et: "Vii täitmata ja osaliselt täidetud eesmärgid uute eesmärkide hulka",
    en: "Carry the unreached and partly reached goals into the new goals",
    ru: "Перенести недостигнутые и частично достигнутые цели в новые",
};
pub const GOOD_EXAMPLE_LABEL: Tr = tr! {
    et: "Hea eesmärgi näide",
    en: "An example of a good goal",
    ru: "Пример хорошей цели",
};
pub const GOAL_WHAT: Tr = tr! {
    et: "Mida (eesmärk)",
    en: "What (the goal)",
    ru: "Что (цель)",
};
pub const ADD_GOAL: Tr = tr! {
    et: "Lisa eesmärk",
    en: "Add a goal",
    ru: "Добавить цель",
};

pub fn goal_n(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eesmärk {n}"),
        Lang::En => format!("Goal {n}"),
        Lang::Ru => format!("Цель {n}"),
    }
}

pub fn remove_goal(lang: Lang, n: usize) -> String {
    match lang.only() {
        Lang::Et => format!("Eemalda eesmärk {n}"),
        Lang::En => format!("Remove goal {n}"),
        Lang::Ru => format!("Удалить цель {n}"),
    }
}

// --- The memo ---
pub const CONFIDENTIAL_NOTE: Tr = tr! {
    et: "Memo on konfidentsiaalne: see on mõeldud ainult vestluse osalistele (000 5). Märkus „konfidentsiaalne“ jääb printimisest ja kopeerimisest välja.",
    en: "The memo is confidential: it is for the participants of the conversation only (000 5). The confidential note is left out of printing and copying.",
    ru: "Памятка конфиденциальна: она только для участников беседы (000 5). Конфиденциальная заметка не печатается и не копируется.",
};
pub const CONFIDENTIAL_MARK: Tr = tr! {
    et: "KONFIDENTSIAALNE — ainult vestluse osalistele (000 5)",
    en: "CONFIDENTIAL — for the participants of the conversation only (000 5)",
    ru: "КОНФИДЕНЦИАЛЬНО — только для участников беседы (000 5)",
};
pub const MEMO_DATE: Tr = tr! {
    et: "Vestluse kuupäev",
    en: "Date of the conversation",
    ru: "Дата беседы",
};
pub const MEMO_TIME: Tr = tr! {
    et: "Kellaaeg",
    en: "Time",
    ru: "Время",
};
pub const MEMO_TO_FINISH: Tr = tr! {
    et: "Memost puudub veel (salvestada saab ikka):",
    en: "The memo still lacks (it can be saved anyway):",
    ru: "В памятке ещё не хватает (сохранить всё равно можно):",
};
pub const MEMO_ACTIONS: Tr = tr! {
    et: "Memo printimine ja jagamine",
    en: "Printing and sharing the memo",
    ru: "Печать и передача памятки",
};
pub const PRINT: Tr = tr! {
    et: "Prindi memo (A4 või PDF)",
    en: "Print the memo (A4 or PDF)",
    ru: "Печать памятки (A4 или PDF)",
};
pub const EXPORT_MEMO: Tr = tr! {
    et: "Ekspordi memo fail",
    en: "Export the memo file",
    ru: "Экспортировать файл памятки",
};
pub const EXPORT_MEMO_HINT: Tr = tr! {
    et: "Memo fail on järgmise perioodi vestluse algus: impordi see siis, et eesmärgid üle vaadata.",
    en: "The memo file is next period's starting point: import it then to review the goals.",
    ru: "Файл памятки — начало беседы следующего периода: импортируйте его тогда, чтобы пересмотреть цели.",
};
pub const COPY_MEMO: Tr = tr! {
    et: "Kopeeri memo tekstina (e-päevikusse)",
    en: "Copy the memo as text (for the e-diary)",
    ru: "Скопировать памятку текстом (в э-дневник)",
};
pub const SEAL_MEMO: Tr = tr! {
    et: "Memo õpilasele või vanemale parooliga",
    en: "The memo for the student or parent, with a passphrase",
    ru: "Памятка для ученика или родителя с паролем",
};
pub const SEAL_MEMO_HINT: Tr = tr! {
    et: "Fail krüpteeritakse parooliga. Saada fail ja ütle parool teist teed pidi (nt suuliselt).",
    en: "The file is encrypted with a passphrase. Send the file and tell the passphrase another way (e.g. in person).",
    ru: "Файл шифруется паролем. Отправьте файл, а пароль сообщите другим путём (например, устно).",
};
pub const SEAL_MEMO_BUTTON: Tr = tr! {
    et: "Salvesta krüpteeritud memo fail",
    en: "Save the encrypted memo file",
    ru: "Сохранить зашифрованный файл памятки",
};
pub const MEMO_SEALED: Tr = tr! {
    et: "Krüpteeritud memo fail on salvestatud.",
    en: "The encrypted memo file was saved.",
    ru: "Зашифрованный файл памятки сохранён.",
};
pub const DRAFT_MEMO: Tr = tr! {
    et: "Koosta memo vastuste põhjal",
    en: "Draft the memo from the answers",
    ru: "Составить памятку по ответам",
};
pub const IMPORT_PREVIOUS: Tr = tr! {
    et: "Impordi eelmise perioodi memo",
    en: "Import last period's memo",
    ru: "Импортировать памятку прошлого периода",
};
pub const PREVIOUS_IMPORTED: Tr = tr! {
    et: "Eelmise perioodi memo on imporditud; selle eesmärgid on üle vaatamiseks.",
    en: "Last period's memo was imported; its goals are ready for review.",
    ru: "Памятка прошлого периода импортирована; её цели готовы к пересмотру.",
};

pub fn memo_missing(lang: Lang, what: &str) -> String {
    match lang.only() {
        Lang::Et => format!("{what}: puudub"),
        Lang::En => format!("{what}: missing"),
        Lang::Ru => format!("{what}: отсутствует"),
    }
}

pub fn memo_unreadable(lang: Lang, what: &str) -> String {
    match lang.only() {
        Lang::Et => format!("{what}: ei ole loetav"),
        Lang::En => format!("{what}: not readable"),
        Lang::Ru => format!("{what}: не читается"),
    }
}

/// A file-name-safe form of a name.
pub fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

pub fn memo_file_name(student: &str, year: i32) -> String {
    format!("kooliabi-memo-{}-{year}.json", slug(student))
}

pub fn import_error(lang: Lang, e: &ImportError) -> String {
    match e {
        ImportError::WrongKind(_) | ImportError::NotOurs | ImportError::NotJson { .. } => tr! {
            et: "See ei ole Kooliabi memo fail.",
            en: "This is not a Kooliabi memo file.",
            ru: "Это не файл памятки Kooliabi.",
        },
        ImportError::NewerVersion(_) => tr! {
            et: "Fail on tehtud Kooliabi uuema versiooniga. Laadi leht uuesti.",
            en: "The file was made by a newer Kooliabi. Reload the page.",
            ru: "Файл создан более новой версией Kooliabi. Перезагрузите страницу.",
        },
        ImportError::Damaged => tr! {
            et: "Memo fail on vigane.",
            en: "The memo file is damaged.",
            ru: "Файл памятки повреждён.",
        },
    }
    .get(lang)
    .into()
}
pub const GOAL_MEASURE: Tr = tr! {
    et: "Kuidas edenemist mõõdetakse",
    en: "How progress is measured",
    ru: "Как измеряется прогресс",
};
pub const GOAL_BY_WHEN: Tr = tr! {
    et: "Tähtaeg",
    en: "By when",
    ru: "Срок",
};
pub const GOAL_SUPPORT: Tr = tr! {
    et: "Kes toetab",
    en: "Who supports it",
    ru: "Кто поддерживает",
};

pub const PRIVACY_KEY: Tr = tr! {
    et: "Arenguvestlused: klassijuhataja võti (conv:keys) ja klassi vestlused (conv:class) on selles seadmes. „Kustuta kõik“ kustutab ka võtme: pärast seda ei saa sellele võtmele saadetud vastuseid avada, kui võtmest ei ole varukoopiat.",
    en: "Development conversations: the class teacher's key (conv:keys) and the class's conversations (conv:class) are on this device. \"Erase everything\" erases the key too: after that, replies sent to that key cannot be opened unless the key has a backup.",
    ru: "Беседы о развитии: ключ классного руководителя (conv:keys) и беседы класса (conv:class) хранятся на этом устройстве. «Стереть всё» стирает и ключ: после этого ответы, отправленные на этот ключ, нельзя открыть, если нет резервной копии ключа.",
};

/// The planner's link to invite one student.
pub fn invite_student(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Kutsu lingiga: {name}"),
        Lang::En => format!("Invite by link: {name}"),
        Lang::Ru => format!("Пригласить по ссылке: {name}"),
    }
}

pub const INVITE_FROM_QUESTIONNAIRES: Tr = tr! {
    et: "Klassijuhatajale: kutsu õpilane või lapsevanem küsimustikule lingiga ja saa vastused krüpteeritult tagasi —",
    en: "For class teachers: invite a student or parent to a questionnaire by link and get the answers back encrypted —",
    ru: "Для классных руководителей: пригласите ученика или родителя к анкете по ссылке и получите ответы зашифрованными —",
};

pub const OPEN_MEMO: Tr = tr! {
    et: "Klassijuhatajalt saadud memo",
    en: "A memo from the class teacher",
    ru: "Памятка от классного руководителя",
};
pub const OPEN_MEMO_HINT: Tr = tr! {
    et: "Kui klassijuhataja saatis memo parooliga faili, kirjuta parool ja ava fail. Memo näidatakse siin; seda ei salvestata.",
    en: "If the class teacher sent the memo as a file with a passphrase, type the passphrase and open the file. The memo is shown here; it is not stored.",
    ru: "Если классный руководитель прислал памятку файлом с паролем, введите пароль и откройте файл. Памятка показывается здесь и не сохраняется.",
};
pub const OPEN_MEMO_BUTTON: Tr = tr! {
    et: "Ava memo fail",
    en: "Open the memo file",
    ru: "Открыть файл памятки",
};

pub const OLDER_KEYS: Tr = tr! {
    et: "Varasemad võtmed selles seadmes (vanadele kutsetele saadetud vastused avanevad ikka):",
    en: "Earlier keys on this device (replies to old invitations still open):",
    ru: "Прежние ключи на этом устройстве (ответы на старые приглашения по-прежнему открываются):",
};

pub const STUDENT_NAMES: Tr = tr! {
    et: "Õpilase nimi (kogu klassi jaoks: iga nimi eraldi real)",
    en: "Student's name (for the whole class: one name a line)",
    ru: "Имя ученика (для всего класса: по одному имени в строке)",
};

pub fn invite_link_for(lang: Lang, name: &str) -> String {
    match lang.only() {
        Lang::Et => format!("Kutse link: {name}"),
        Lang::En => format!("Invitation link: {name}"),
        Lang::Ru => format!("Ссылка-приглашение: {name}"),
    }
}

/// The mark of a questionnaire whose answers were sent to the class teacher.
pub fn sent_short(lang: Lang, when: &str) -> String {
    match lang.only() {
        Lang::Et => format!("saadetud klassijuhatajale {when}"),
        Lang::En => format!("sent to the class teacher {when}"),
        Lang::Ru => format!("отправлено классному руководителю {when}"),
    }
}

pub const BACKUP_BELOW: Tr = tr! {
    et: "Varukoopia tegemise vorm on allpool, jaotises „Sinu võti“.",
    en: "The backup form is below, under \"Your key\".",
    ru: "Форма резервной копии ниже, в разделе «Ваш ключ».",
};
