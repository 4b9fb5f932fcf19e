// @generated from templates/*.json by the test
// `built_in_tables_are_generated_from_the_json_files`; do not edit, run
// `UPDATE_BUILT_IN=1 cargo test -p kooliabi-core --lib built_in_tables` instead.

use super::{RawCondition, RawKind, RawQuestion, RawSection, RawTemplate};
use crate::questionnaire::Role;

pub(super) static TEMPLATES: &[RawTemplate] = &[
    RawTemplate {
        id: "general",
        version: 2,
        title: t!(
            "Arenguvestlus: küsimustik",
            "Development conversation: questionnaire",
            "Беседа о развитии: анкета",
        ),
        intro: t!(
            "Need küsimused aitavad vestluseks valmistuda. Vasta ausalt ja oma sõnadega. Vastused jäävad sinu seadmesse, kuni sa need ise ekspordid.",
            "These questions help you prepare for the conversation. Answer honestly, in your own words. The answers stay on your device until you export them.",
            "Эти вопросы помогут подготовиться к беседе. Отвечайте честно и своими словами. Ответы остаются на вашем устройстве, пока вы сами их не экспортируете.",
        ),
        source: "000 1.2, 2.2, 4.2, 8.3, 9.2",
        roles: &[Role::Student, Role::Parent, Role::Teacher],
        sections: &[
            RawSection {
                id: "purpose",
                title: t!(
                    "Vestluse eesmärk",
                    "Purpose of the conversation",
                    "Цель беседы",
                ),
                questions: &[
                    RawQuestion {
                        id: "topics",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millest sa tahaksid vestlusel kindlasti rääkida?",
                            "What would you definitely like to talk about?",
                            "О чём вы обязательно хотели бы поговорить?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "first_conversation",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas see on teie esimene arenguvestlus selles koolis?",
                            "Is this your first development conversation at this school?",
                            "Это ваша первая беседа о развитии в этой школе?",
                        ),
                        help: Some(t!(
                            "Esimesel vestlusel tutvustab klassijuhataja vanemale vestluse käiku ja eesmärke.",
                            "At the first conversation the class teacher introduces the procedure and its aims to the parent.",
                            "На первой беседе классный руководитель знакомит родителя с порядком и целями беседы.",
                        )),
                        roles: &[Role::Parent],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "procedure_questions",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mida soovite vestluse käigu ja eesmärkide kohta teada?",
                            "What would you like to know about how the conversation goes and what it is for?",
                            "Что вы хотели бы узнать о порядке и целях беседы?",
                        ),
                        help: None,
                        roles: &[Role::Parent],
                        required: false,
                        show_if: Some(RawCondition::YesNo("first_conversation", true)),
                    },
                ],
            },
            RawSection {
                id: "previous",
                title: t!(
                    "Eelmine periood",
                    "The previous period",
                    "Прошлый период",
                ),
                questions: &[
                    RawQuestion {
                        id: "had_goals",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas eelmisel korral seati eesmärke?",
                            "Were goals set last time?",
                            "Ставились ли цели в прошлый раз?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "goals_reached",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "ei saavutatud",
                                "not reached",
                                "не достигнуты",
                            ),
                            max_label: t!(
                                "täiesti saavutatud",
                                "fully reached",
                                "полностью достигнуты",
                            ),
                        },
                        text: t!(
                            "Kui hästi need eesmärgid täitusid?",
                            "How well were those goals reached?",
                            "Насколько были достигнуты эти цели?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: true,
                        show_if: Some(RawCondition::YesNo("had_goals", true)),
                    },
                    RawQuestion {
                        id: "helped",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis aitas ja mis segas?",
                            "What helped and what got in the way?",
                            "Что помогало и что мешало?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: Some(RawCondition::YesNo("had_goals", true)),
                    },
                ],
            },
            RawSection {
                id: "learning",
                title: t!(
                    "Õppimine",
                    "Learning",
                    "Учёба",
                ),
                questions: &[
                    RawQuestion {
                        id: "manage",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "väga raske",
                                "very hard",
                                "очень трудно",
                            ),
                            max_label: t!(
                                "väga lihtne",
                                "very easy",
                                "очень легко",
                            ),
                        },
                        text: t!(
                            "Kuidas sul õppimisega läheb?",
                            "How are you getting on with your studies?",
                            "Как у тебя идёт учёба?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "manage_parent",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "väga raske",
                                "very hard",
                                "очень трудно",
                            ),
                            max_label: t!(
                                "väga lihtne",
                                "very easy",
                                "очень легко",
                            ),
                        },
                        text: t!(
                            "Kuidas teie lapsel õppimisega läheb?",
                            "How is your child getting on with their studies?",
                            "Как у вашего ребёнка идёт учёба?",
                        ),
                        help: None,
                        roles: &[Role::Parent],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "good_subjects",
                        kind: RawKind::ShortText,
                        text: t!(
                            "Mis õppeained lähevad hästi?",
                            "Which subjects go well?",
                            "Какие предметы идут хорошо?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "hard_subjects",
                        kind: RawKind::ShortText,
                        text: t!(
                            "Mis õppeained on rasked?",
                            "Which subjects are hard?",
                            "Какие предметы трудные?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "study_home",
                        kind: RawKind::MultipleChoice(&[
                            ("alone", t!(
                                "õpin üksi",
                                "I study alone",
                                "учусь сам(а)",
                            )),
                            ("help", t!(
                                "keegi aitab",
                                "someone helps me",
                                "мне помогают",
                            )),
                            ("friends", t!(
                                "koos sõpradega",
                                "with friends",
                                "с друзьями",
                            )),
                            ("rarely", t!(
                                "kodus õpin harva",
                                "I rarely study at home",
                                "дома учусь редко",
                            )),
                        ]),
                        text: t!(
                            "Kuidas sa kodus õpid?",
                            "How do you study at home?",
                            "Как ты учишься дома?",
                        ),
                        help: Some(t!(
                            "Vali kõik, mis sobivad.",
                            "Choose all that fit.",
                            "Выбери всё, что подходит.",
                        )),
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "teacher_learning",
                        kind: RawKind::LongText,
                        text: t!(
                            "Õpitulemused ja õpioskused",
                            "Learning results and study skills",
                            "Результаты учёбы и учебные навыки",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "motivation",
                title: t!(
                    "Motivatsioon",
                    "Motivation",
                    "Мотивация",
                ),
                questions: &[
                    RawQuestion {
                        id: "motivated",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "üldse mitte",
                                "not at all",
                                "совсем нет",
                            ),
                            max_label: t!(
                                "väga palju",
                                "very much",
                                "очень",
                            ),
                        },
                        text: t!(
                            "Kui palju sul on tahtmist õppida?",
                            "How much do you want to learn?",
                            "Насколько тебе хочется учиться?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "motivates",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis paneb sind pingutama?",
                            "What makes you try hard?",
                            "Что заставляет тебя стараться?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "motivation_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas näete lapse õpimotivatsiooni?",
                            "How do you see your child's motivation to learn?",
                            "Как вы видите мотивацию ребёнка к учёбе?",
                        ),
                        help: None,
                        roles: &[Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "social",
                title: t!(
                    "Sõbrad ja koolielu",
                    "Friends and school life",
                    "Друзья и школьная жизнь",
                ),
                questions: &[
                    RawQuestion {
                        id: "classmates",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "halvasti",
                                "badly",
                                "плохо",
                            ),
                            max_label: t!(
                                "väga hästi",
                                "very well",
                                "очень хорошо",
                            ),
                        },
                        text: t!(
                            "Kuidas sa klassikaaslastega läbi saad?",
                            "How do you get on with your classmates?",
                            "Как ты ладишь с одноклассниками?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "safe",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas sa tunned end koolis turvaliselt?",
                            "Do you feel safe at school?",
                            "Ты чувствуешь себя в школе в безопасности?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "unsafe_why",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis paneb sind end ebaturvaliselt tundma?",
                            "What makes you feel unsafe?",
                            "Что заставляет тебя чувствовать себя небезопасно?",
                        ),
                        help: Some(t!(
                            "Võid sellest rääkida ka ainult klassijuhatajaga.",
                            "You can also talk about it with the class teacher only.",
                            "Можно рассказать об этом и только классному руководителю.",
                        )),
                        roles: &[Role::Student],
                        required: false,
                        show_if: Some(RawCondition::YesNo("safe", false)),
                    },
                    RawQuestion {
                        id: "social_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas laps teistega läbi saab?",
                            "How does your child get on with others?",
                            "Как ребёнок ладит с другими?",
                        ),
                        help: None,
                        roles: &[Role::Parent],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "teacher_social",
                        kind: RawKind::LongText,
                        text: t!(
                            "Sotsiaalne areng ja käitumine",
                            "Social development and behaviour",
                            "Социальное развитие и поведение",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "strengths",
                title: t!(
                    "Tugevused ja vajadused",
                    "Strengths and needs",
                    "Сильные стороны и потребности",
                ),
                questions: &[
                    RawQuestion {
                        id: "my_strengths",
                        kind: RawKind::LongText,
                        text: t!(
                            "Milles sa oled hea?",
                            "What are you good at?",
                            "В чём ты хорош(а)?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "strengths_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millised on lapse tugevused?",
                            "What are the child's strengths?",
                            "Какие сильные стороны у ребёнка?",
                        ),
                        help: None,
                        roles: &[Role::Parent, Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "needs",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millega sa tahaksid abi?",
                            "What would you like help with?",
                            "С чем тебе нужна помощь?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "needs_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millist tuge laps vajab?",
                            "What support does the child need?",
                            "Какая поддержка нужна ребёнку?",
                        ),
                        help: None,
                        roles: &[Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "goals",
                title: t!(
                    "Uued eesmärgid",
                    "New goals",
                    "Новые цели",
                ),
                questions: &[
                    RawQuestion {
                        id: "new_goals",
                        kind: RawKind::Goals,
                        text: t!(
                            "Eesmärgid järgmiseks perioodiks",
                            "Goals for the next period",
                            "Цели на следующий период",
                        ),
                        help: Some(t!(
                            "Hea eesmärk on selge ja jõukohane: mida teen, kuidas näeme, et see õnnestub, mis ajaks ja kes aitab.",
                            "A good goal is clear and realistic: what you will do, how we will see it works, by when, and who helps.",
                            "Хорошая цель ясная и посильная: что делать, как увидеть результат, к какому сроку и кто поможет.",
                        )),
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "record_agreements",
                        kind: RawKind::LongText,
                        text: t!(
                            "Milliseid kokkuleppeid tahad vestlusel kirja panna?",
                            "Which agreements do you want recorded at the conversation?",
                            "Какие договорённости ты хочешь записать на беседе?",
                        ),
                        help: Some(t!(
                            "Vestluse lõpus pannakse kokkulepped kirja digiplatvormil (e-päevikus).",
                            "At the end of the conversation the agreements are recorded on the digital platform (the e-diary).",
                            "В конце беседы договорённости записываются на цифровой платформе (в э-дневнике).",
                        )),
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "anything_else",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kas tahad veel midagi öelda?",
                            "Anything else you would like to say?",
                            "Хотите что-нибудь добавить?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
        ],
    },
    RawTemplate {
        id: "vocational",
        version: 2,
        title: t!(
            "Kutseõppija arenguvestlus",
            "Vocational learner's development conversation",
            "Беседа о развитии учащегося профшколы",
        ),
        intro: t!(
            "Hinda oma õpinguid ja tulemusi. Vestlus toimub õpperühma juhendajaga. Vastused jäävad sinu seadmesse.",
            "Assess your studies and results. The conversation is with your group supervisor. The answers stay on your device.",
            "Оцени свою учёбу и результаты. Беседа проходит с руководителем группы. Ответы остаются на твоём устройстве.",
        ),
        source: "001 Lisa 9 2, 5.2, 7.2 (Lisa 17 puudub allikast)",
        roles: &[Role::Student, Role::Teacher, Role::Representative],
        sections: &[
            RawSection {
                id: "studies",
                title: t!(
                    "Õpingud ja tulemused",
                    "Studies and results",
                    "Учёба и результаты",
                ),
                questions: &[
                    RawQuestion {
                        id: "satisfied",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "üldse mitte",
                                "not at all",
                                "совсем нет",
                            ),
                            max_label: t!(
                                "väga rahul",
                                "very satisfied",
                                "очень доволен(льна)",
                            ),
                        },
                        text: t!(
                            "Kui rahul oled oma õpitulemustega?",
                            "How satisfied are you with your results?",
                            "Насколько ты доволен(льна) своими результатами?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "modules_good",
                        kind: RawKind::ShortText,
                        text: t!(
                            "Millised moodulid läksid hästi?",
                            "Which modules went well?",
                            "Какие модули прошли хорошо?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "modules_hard",
                        kind: RawKind::ShortText,
                        text: t!(
                            "Millised moodulid olid rasked?",
                            "Which modules were hard?",
                            "Какие модули были трудными?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "debts",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas sul on võlgnevusi?",
                            "Do you have academic debts?",
                            "Есть ли у тебя задолженности?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "debts_plan",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas ja millal need likvideerid?",
                            "How and when will you clear them?",
                            "Как и когда ты их ликвидируешь?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: Some(RawCondition::YesNo("debts", true)),
                    },
                    RawQuestion {
                        id: "absences",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas oled palju puudunud?",
                            "Have you missed many lessons?",
                            "Ты много пропускал(а)?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "absences_why",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis on puudumiste põhjus?",
                            "What is the reason for the absences?",
                            "Какова причина пропусков?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: Some(RawCondition::YesNo("absences", true)),
                    },
                ],
            },
            RawSection {
                id: "practice",
                title: t!(
                    "Praktika",
                    "Work placement",
                    "Практика",
                ),
                questions: &[
                    RawQuestion {
                        id: "had_practice",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas oled sel õppeaastal praktikal käinud?",
                            "Have you done a work placement this year?",
                            "Был(а) ли ты на практике в этом году?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "practice_rating",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "halvasti",
                                "badly",
                                "плохо",
                            ),
                            max_label: t!(
                                "väga hästi",
                                "very well",
                                "очень хорошо",
                            ),
                        },
                        text: t!(
                            "Kuidas praktika läks?",
                            "How did the placement go?",
                            "Как прошла практика?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: Some(RawCondition::YesNo("had_practice", true)),
                    },
                    RawQuestion {
                        id: "practice_learned",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mida praktikal õppisid?",
                            "What did you learn on the placement?",
                            "Чему ты научился(лась) на практике?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: Some(RawCondition::YesNo("had_practice", true)),
                    },
                ],
            },
            RawSection {
                id: "future",
                title: t!(
                    "Tulevik",
                    "The future",
                    "Будущее",
                ),
                questions: &[
                    RawQuestion {
                        id: "plans",
                        kind: RawKind::SingleChoice(&[
                            ("profession", t!(
                                "töötan õpitud erialal",
                                "work in my field",
                                "работать по специальности",
                            )),
                            ("study", t!(
                                "õpin edasi",
                                "study further",
                                "учиться дальше",
                            )),
                            ("unsure", t!(
                                "ei tea veel",
                                "not sure yet",
                                "пока не знаю",
                            )),
                        ]),
                        text: t!(
                            "Mida plaanid pärast kooli?",
                            "What do you plan after school?",
                            "Что ты планируешь после учёбы?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "wellbeing",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "halvasti",
                                "badly",
                                "плохо",
                            ),
                            max_label: t!(
                                "väga hästi",
                                "very well",
                                "очень хорошо",
                            ),
                        },
                        text: t!(
                            "Kuidas sa end koolis tunned?",
                            "How do you feel at school?",
                            "Как ты себя чувствуешь в школе?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "support_needed",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millist tuge vajad?",
                            "What support do you need?",
                            "Какая поддержка тебе нужна?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "supervisor",
                title: t!(
                    "Õpperühma juhendaja",
                    "Group supervisor",
                    "Руководитель группы",
                ),
                questions: &[
                    RawQuestion {
                        id: "supervisor_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Õppija õpingud, tulemused ja areng",
                            "The learner's studies, results and development",
                            "Учёба, результаты и развитие учащегося",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "representative",
                title: t!(
                    "Õppija esindaja",
                    "The learner's representative",
                    "Представитель учащегося",
                ),
                questions: &[
                    RawQuestion {
                        id: "representative_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas näete õppija õpinguid ja toimetulekut?",
                            "How do you see the learner's studies and how they are coping?",
                            "Как вы видите учёбу учащегося и то, как он справляется?",
                        ),
                        help: None,
                        roles: &[Role::Representative],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "representative_support",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millist tuge õppija vajab koolilt või kodust?",
                            "What support does the learner need from the school or from home?",
                            "Какая поддержка нужна учащемуся от школы или из дома?",
                        ),
                        help: None,
                        roles: &[Role::Representative],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "goals",
                title: t!(
                    "Eesmärgid",
                    "Goals",
                    "Цели",
                ),
                questions: &[
                    RawQuestion {
                        id: "new_goals",
                        kind: RawKind::Goals,
                        text: t!(
                            "Eesmärgid järgmiseks perioodiks",
                            "Goals for the next period",
                            "Цели на следующий период",
                        ),
                        help: Some(t!(
                            "Hea eesmärk on selge ja jõukohane: mida teen, kuidas näeme, et see õnnestub, mis ajaks ja kes aitab.",
                            "A good goal is clear and realistic: what you will do, how we will see it works, by when, and who helps.",
                            "Хорошая цель ясная и посильная: что делать, как увидеть результат, к какому сроку и кто поможет.",
                        )),
                        roles: &[Role::Student, Role::Representative, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
        ],
    },
    RawTemplate {
        id: "vocational-sen",
        version: 2,
        title: t!(
            "Hariduslike erivajadustega õppija arenguvestlus",
            "Development conversation of a learner with special educational needs",
            "Беседа о развитии учащегося с особыми образовательными потребностями",
        ),
        intro: t!(
            "Vestlus toimub õppeaasta lõpus. Õppija hindab oma õpinguid; õpperühma juhendaja koondab õpetajate ja tugispetsialistide hinnangud ning koos lepitakse kokku järgmise aasta eesmärgid (üleminekuplaan).",
            "The conversation takes place at the end of the school year. The learner assesses their studies; the group supervisor brings together the teachers' and specialists' assessments, and together you agree next year's goals (the transition plan).",
            "Беседа проходит в конце учебного года. Учащийся оценивает свою учёбу; руководитель группы сводит оценки учителей и специалистов, и вместе вы согласуете цели на следующий год (план перехода).",
        ),
        source: "001 Lisa 9 2, 5.2, 7.1",
        roles: &[Role::Student, Role::Teacher, Role::Representative],
        sections: &[
            RawSection {
                id: "self",
                title: t!(
                    "Minu hinnang",
                    "My assessment",
                    "Моя оценка",
                ),
                questions: &[
                    RawQuestion {
                        id: "how_went",
                        kind: RawKind::Scale {
                            min: 1,
                            max: 5,
                            min_label: t!(
                                "halvasti",
                                "badly",
                                "плохо",
                            ),
                            max_label: t!(
                                "väga hästi",
                                "very well",
                                "очень хорошо",
                            ),
                        },
                        text: t!(
                            "Kuidas õppeaasta läks?",
                            "How did the school year go?",
                            "Как прошёл учебный год?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "proud_of",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mille üle oled uhke?",
                            "What are you proud of?",
                            "Чем ты гордишься?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "hard",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis oli raske?",
                            "What was hard?",
                            "Что было трудно?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "support_helped",
                        kind: RawKind::YesNo,
                        text: t!(
                            "Kas saadud tugi aitas sind?",
                            "Did the support you got help you?",
                            "Помогла ли тебе полученная поддержка?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "support_missing",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis abi oleks veel vaja?",
                            "What other help would you need?",
                            "Какая ещё помощь нужна?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: Some(RawCondition::YesNo("support_helped", false)),
                    },
                ],
            },
            RawSection {
                id: "summary",
                title: t!(
                    "Õpetajate ja spetsialistide hinnangud",
                    "Teachers' and specialists' assessments",
                    "Оценки учителей и специалистов",
                ),
                questions: &[
                    RawQuestion {
                        id: "teachers_summary",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kokkuvõte õpetajate hinnangutest",
                            "Summary of the teachers' assessments",
                            "Сводка оценок учителей",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "specialists_summary",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kokkuvõte tugispetsialistide hinnangutest",
                            "Summary of the support specialists' assessments",
                            "Сводка оценок специалистов поддержки",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "measures_worked",
                        kind: RawKind::SingleChoice(&[
                            ("yes", t!(
                                "jah",
                                "yes",
                                "да",
                            )),
                            ("partly", t!(
                                "osaliselt",
                                "partly",
                                "частично",
                            )),
                            ("no", t!(
                                "ei",
                                "no",
                                "нет",
                            )),
                        ]),
                        text: t!(
                            "Kas tugimeetmed toimisid?",
                            "Did the support measures work?",
                            "Сработали ли меры поддержки?",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "recommendations",
                title: t!(
                    "Erialased soovitused",
                    "Vocational recommendations",
                    "Профессиональные рекомендации",
                ),
                questions: &[
                    RawQuestion {
                        id: "vocational_recommendations",
                        kind: RawKind::LongText,
                        text: t!(
                            "Soovitused eriala ja töö jaoks",
                            "Recommendations for the profession and work",
                            "Рекомендации по специальности и работе",
                        ),
                        help: None,
                        roles: &[Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "wishes",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mida sa ise tulevikult soovid?",
                            "What do you want for your future?",
                            "Чего ты сам(а) хочешь в будущем?",
                        ),
                        help: None,
                        roles: &[Role::Student],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "representative",
                title: t!(
                    "Õppija esindaja",
                    "The learner's representative",
                    "Представитель учащегося",
                ),
                questions: &[
                    RawQuestion {
                        id: "representative_view",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas näete õppija õpinguid ja toimetulekut?",
                            "How do you see the learner's studies and how they are coping?",
                            "Как вы видите учёбу учащегося и то, как он справляется?",
                        ),
                        help: None,
                        roles: &[Role::Representative],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "representative_support",
                        kind: RawKind::LongText,
                        text: t!(
                            "Millist tuge õppija vajab koolilt või kodust?",
                            "What support does the learner need from the school or from home?",
                            "Какая поддержка нужна учащемуся от школы или из дома?",
                        ),
                        help: None,
                        roles: &[Role::Representative],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "transition",
                title: t!(
                    "Üleminekuplaan",
                    "Transition plan",
                    "План перехода",
                ),
                questions: &[
                    RawQuestion {
                        id: "next_year_goals",
                        kind: RawKind::Goals,
                        text: t!(
                            "Järgmise õppeaasta eesmärgid",
                            "Goals for next school year",
                            "Цели на следующий учебный год",
                        ),
                        help: Some(t!(
                            "Hea eesmärk on selge ja jõukohane: mida teen, kuidas näeme, et see õnnestub, mis ajaks ja kes aitab.",
                            "A good goal is clear and realistic: what you will do, how we will see it works, by when, and who helps.",
                            "Хорошая цель ясная и посильная: что делать, как увидеть результат, к какому сроку и кто поможет.",
                        )),
                        roles: &[Role::Student, Role::Representative, Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                ],
            },
        ],
    },
    RawTemplate {
        id: "results-problem",
        version: 2,
        title: t!(
            "Õpitulemus- või probleemvestlus",
            "Learning-results or problem conversation",
            "Беседа о результатах или проблемах",
        ),
        intro: t!(
            "Lühike küsimustik, et leida õpiraskuste põhjused või arutada käitumist ja suhtumist. Vastused jäävad sinu seadmesse.",
            "A short questionnaire to find the causes of learning difficulties, or to discuss behaviour or attitude. The answers stay on your device.",
            "Короткая анкета, чтобы найти причины трудностей в учёбе или обсудить поведение и отношение. Ответы остаются на вашем устройстве.",
        ),
        source: "002 8.1.2",
        roles: &[Role::Student, Role::Parent, Role::Teacher],
        sections: &[
            RawSection {
                id: "about",
                title: t!(
                    "Vestluse teema",
                    "What it is about",
                    "Тема беседы",
                ),
                questions: &[
                    RawQuestion {
                        id: "topic",
                        kind: RawKind::SingleChoice(&[
                            ("results", t!(
                                "õpitulemused",
                                "learning results",
                                "результаты учёбы",
                            )),
                            ("behaviour", t!(
                                "käitumine või suhtumine",
                                "behaviour or attitude",
                                "поведение или отношение",
                            )),
                        ]),
                        text: t!(
                            "Millest vestlus on?",
                            "What is the conversation about?",
                            "О чём беседа?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: true,
                        show_if: None,
                    },
                    RawQuestion {
                        id: "participants",
                        kind: RawKind::MultipleChoice(&[
                            ("social_pedagogue", t!(
                                "sotsiaalpedagoog",
                                "social pedagogue",
                                "социальный педагог",
                            )),
                            ("social_worker", t!(
                                "valla sotsiaaltöötaja",
                                "the municipality's social worker",
                                "социальный работник волости",
                            )),
                            ("subject_teachers", t!(
                                "aineõpetajad",
                                "subject teachers",
                                "учителя-предметники",
                            )),
                            ("school_nurse", t!(
                                "kooli meditsiiniõde (terviseprobleemide korral)",
                                "the school nurse (for problems arising from health)",
                                "школьная медсестра (при проблемах со здоровьем)",
                            )),
                        ]),
                        text: t!(
                            "Keda võiks vestlusele veel kutsuda?",
                            "Who else could be invited to the conversation?",
                            "Кого ещё можно пригласить на беседу?",
                        ),
                        help: Some(t!(
                            "Õpilase, klassijuhataja ja seadusliku esindaja kõrval võivad osaleda need. Vali kõik, mis sobivad.",
                            "Besides the student, the class teacher and the legal representative, these may take part. Choose all that fit.",
                            "Кроме ученика, классного руководителя и законного представителя, могут участвовать они. Выберите всё, что подходит.",
                        )),
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
            RawSection {
                id: "results",
                title: t!(
                    "Õpitulemused",
                    "Learning results",
                    "Результаты учёбы",
                ),
                questions: &[
                    RawQuestion {
                        id: "subjects",
                        kind: RawKind::ShortText,
                        text: t!(
                            "Millistes ainetes on raske?",
                            "Which subjects are hard?",
                            "По каким предметам трудно?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: true,
                        show_if: Some(RawCondition::Choice("topic", "results")),
                    },
                    RawQuestion {
                        id: "causes",
                        kind: RawKind::MultipleChoice(&[
                            ("understanding", t!(
                                "materjali mõistmine",
                                "understanding the material",
                                "понимание материала",
                            )),
                            ("absence", t!(
                                "puudumised",
                                "missed lessons",
                                "пропуски",
                            )),
                            ("homework", t!(
                                "kodused tööd",
                                "homework",
                                "домашние задания",
                            )),
                            ("tired", t!(
                                "väsimus",
                                "tiredness",
                                "усталость",
                            )),
                            ("attention", t!(
                                "keskendumine",
                                "concentrating",
                                "концентрация",
                            )),
                            ("home", t!(
                                "olukord kodus",
                                "the situation at home",
                                "ситуация дома",
                            )),
                            ("health", t!(
                                "tervis",
                                "health",
                                "здоровье",
                            )),
                            ("other", t!(
                                "muu",
                                "something else",
                                "другое",
                            )),
                        ]),
                        text: t!(
                            "Mis teeb õppimise raskeks?",
                            "What makes learning hard?",
                            "Что мешает учиться?",
                        ),
                        help: Some(t!(
                            "Vali kõik, mis sobivad.",
                            "Choose all that fit.",
                            "Выберите всё, что подходит.",
                        )),
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: Some(RawCondition::Choice("topic", "results")),
                    },
                    RawQuestion {
                        id: "what_helps",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis võiks aidata?",
                            "What could help?",
                            "Что могло бы помочь?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: Some(RawCondition::Choice("topic", "results")),
                    },
                ],
            },
            RawSection {
                id: "behaviour",
                title: t!(
                    "Käitumine ja suhtumine",
                    "Behaviour and attitude",
                    "Поведение и отношение",
                ),
                questions: &[
                    RawQuestion {
                        id: "what_happened",
                        kind: RawKind::LongText,
                        text: t!(
                            "Mis juhtus, sinu sõnadega?",
                            "What happened, in your words?",
                            "Что произошло, своими словами?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: true,
                        show_if: Some(RawCondition::Choice("topic", "behaviour")),
                    },
                    RawQuestion {
                        id: "view_now",
                        kind: RawKind::LongText,
                        text: t!(
                            "Kuidas sa seda praegu näed?",
                            "How do you see it now?",
                            "Как ты видишь это сейчас?",
                        ),
                        help: None,
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: Some(RawCondition::Choice("topic", "behaviour")),
                    },
                ],
            },
            RawSection {
                id: "agreements",
                title: t!(
                    "Kokkulepped",
                    "Agreements",
                    "Договорённости",
                ),
                questions: &[
                    RawQuestion {
                        id: "agreed",
                        kind: RawKind::Goals,
                        text: t!(
                            "Mida keegi teeb ja mis ajaks?",
                            "Who does what, by when?",
                            "Кто что делает и к какому сроку?",
                        ),
                        help: Some(t!(
                            "Hea eesmärk on selge ja jõukohane: mida teen, kuidas näeme, et see õnnestub, mis ajaks ja kes aitab.",
                            "A good goal is clear and realistic: what you will do, how we will see it works, by when, and who helps.",
                            "Хорошая цель ясная и посильная: что делать, как увидеть результат, к какому сроку и кто поможет.",
                        )),
                        roles: &[Role::Student, Role::Parent, Role::Teacher],
                        required: false,
                        show_if: None,
                    },
                ],
            },
        ],
    },
];
