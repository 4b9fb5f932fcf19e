//! My modules (vocational): EKAP and results in, weighted average, honours
//! conditions, the conditional-transfer share and debt warnings out.

use kooliabi_core::calendar::parse_date;
use kooliabi_core::grading::scale::Grade;
use kooliabi_core::grading::vocational::{self, FinalExam, Module};
use kooliabi_core::number::parse_decimal;
use kooliabi_core::transfer;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::today;
use crate::components::field::Field;
use crate::components::select::Select;
use crate::files;
use crate::i18n::{calendar as cal, common, decimal, use_lang, vocational as s, Lang};
use crate::storage::use_stored;

const FILE_KIND: &str = "modules";
const FILE_VERSION: u32 = 1;
/// A file this large is not a module list; refuse before reading it.
const FILE_MAX_BYTES: u64 = 1_000_000;
const MODULES_MAX: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModuleForm {
    pub name: String,
    pub ekap: String,
    pub symbol: String,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModulesForm {
    pub exam: String,
    pub modules: Vec<ModuleForm>,
}

impl Default for ModulesForm {
    fn default() -> Self {
        ModulesForm {
            exam: "none".into(),
            modules: vec![ModuleForm::default()],
        }
    }
}

fn exam_of(v: &str) -> FinalExam {
    match v {
        "passed" => FinalExam::Passed,
        "professional" => FinalExam::ProfessionalExam,
        g => g
            .parse()
            .ok()
            .and_then(Grade::from_value)
            .map_or(FinalExam::NotYet, FinalExam::Differentiated),
    }
}

/// Each row as a core module, or the messages for its fields.
fn read_row(
    lang: Lang,
    f: &ModuleForm,
) -> (
    Option<Module>,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let ekap = parse_decimal(&f.ekap);
    let ekap_error = match ekap {
        _ if f.ekap.trim().is_empty() => None,
        Err(_) => Some(s::ekap_error(lang, None).to_string()),
        Ok(e) => vocational::check_ekap(e)
            .err()
            .map(|e| s::ekap_error(lang, Some(e)).to_string()),
    };
    let (date, date_error) = match f.date.trim() {
        "" => (None, None),
        d => match parse_date(d) {
            Ok(d) => (Some(d), None),
            Err(e) => (None, Some(cal::date_error(lang, e).to_string())),
        },
    };
    let (result, symbol_error) = match f.symbol.as_str() {
        "" => (None, None),
        sym => match vocational::parse_symbol(sym, date) {
            Ok(r) => (Some(r), None),
            Err(e) => (None, Some(s::symbol_error(lang, e).to_string())),
        },
    };
    let module = match (ekap, &ekap_error, &symbol_error) {
        (Ok(e), None, None) => Some(Module {
            name: f.name.trim().to_string(),
            ekap: e,
            result,
            date,
        }),
        _ => None,
    };
    (module, ekap_error, symbol_error, date_error)
}

#[function_component(ModulesPage)]
pub fn modules_page() -> Html {
    let lang = use_lang();
    let form = use_stored("vocational:modules", ModulesForm::default);
    let import_note = use_state(|| None::<(bool, String)>);
    let today = today();

    let rows: Vec<_> = form.modules.iter().map(|m| read_row(lang, m)).collect();
    let modules: Vec<Module> = rows.iter().filter_map(|r| r.0.clone()).collect();
    let exam = exam_of(&form.exam);
    let avg = vocational::weighted_average(&modules, today);
    let honours = vocational::honours(&modules, exam, today);
    let transfer_share = vocational::transfer(&modules, today);
    let warnings = vocational::debt_warnings(&modules, today);
    let pending_x: Vec<(String, chrono::NaiveDate)> = modules
        .iter()
        .filter_map(|m| match m.result.map(|r| r.on(today)) {
            Some(vocational::ModuleResult::X(d)) => {
                Some((m.name.clone(), vocational::x_becomes_two_on(d)))
            }
            _ => None,
        })
        .collect();

    let edit = |f: fn(&mut ModuleForm, String), i: usize| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next.modules[i], v);
            form.set(next);
        })
    };
    let add = {
        let form = form.clone();
        Callback::from(move |_| {
            let mut next = (*form).clone();
            next.modules.push(ModuleForm::default());
            form.set(next);
        })
    };
    let on_exam = {
        let form = form.clone();
        Callback::from(move |v: String| {
            form.set(ModulesForm {
                exam: v,
                ..(*form).clone()
            })
        })
    };
    let export = {
        let form = form.clone();
        Callback::from(move |_| {
            let _ = files::download(
                "kooliabi-moodulid.json",
                "application/json",
                &transfer::write(FILE_KIND, FILE_VERSION, &*form),
            );
        })
    };
    let import = {
        let (form, import_note) = (form.clone(), import_note.clone());
        Callback::from(move |e: Event| {
            let Some(file) = files::picked_file(&e) else {
                return;
            };
            let (form, import_note) = (form.clone(), import_note.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = match files::read_text(&file, FILE_MAX_BYTES).await {
                    Ok(t) => t,
                    Err(files::ReadError::TooLarge { .. }) => {
                        return import_note
                            .set(Some((false, common::FILE_TOO_LARGE.get(lang).into())))
                    }
                    Err(files::ReadError::NotText) => {
                        return import_note
                            .set(Some((false, common::FILE_NOT_TEXT.get(lang).into())))
                    }
                };
                match transfer::read::<ModulesForm>(&text, FILE_KIND, FILE_VERSION) {
                    Ok(f)
                        if f.modules.len() <= MODULES_MAX
                            && f.modules.iter().all(|m| m.name.chars().count() <= 200) =>
                    {
                        form.set(f);
                        import_note.set(Some((true, s::IMPORTED.get(lang).into())));
                    }
                    Ok(_) => import_note.set(Some((
                        false,
                        s::import_error(lang, &transfer::ImportError::Damaged),
                    ))),
                    Err(err) => import_note.set(Some((false, s::import_error(lang, &err)))),
                }
            });
        })
    };

    let symbol_options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::Static(""),
        AttrValue::Static(s::NO_RESULT.get(lang)),
    ))
    .chain(
        ["5", "4", "3", "2", "A", "MA", "X"]
            .into_iter()
            .map(|v| (AttrValue::Static(v), AttrValue::Static(v))),
    )
    .collect();
    let mut exam_options = vec![(
        AttrValue::Static("none"),
        AttrValue::Static(s::EXAM_NOT_YET.get(lang)),
    )];
    exam_options.extend((2..=5u8).rev().map(|g| {
        (
            AttrValue::from(g.to_string()),
            AttrValue::from(s::exam_grade(lang, g)),
        )
    }));
    exam_options.push((
        AttrValue::Static("passed"),
        AttrValue::Static(s::EXAM_PASSED.get(lang)),
    ));
    exam_options.push((
        AttrValue::Static("professional"),
        AttrValue::Static(s::EXAM_PROFESSIONAL.get(lang)),
    ));

    let module_fields = form.modules.iter().enumerate().map(|(i, m)| {
        let (_, ekap_err, sym_err, date_err) = &rows[i];
        let remove = {
            let form = form.clone();
            Callback::from(move |_| {
                let mut next = (*form).clone();
                next.modules.remove(i);
                form.set(next);
            })
        };
        html! {
            <fieldset class="module" key={i}>
                <legend>{ if m.name.trim().is_empty() { s::module_n(lang, i + 1) } else { m.name.clone() } }</legend>
                <Field id={format!("module-{i}-name")} label={s::MODULE_NAME.get(lang)} value={m.name.clone()} oninput={edit(|m, v| m.name = v, i)} />
                <div class="module__grid">
                    <Field id={format!("module-{i}-ekap")} label={s::EKAP.get(lang)} value={m.ekap.clone()} inputmode="decimal"
                        error={ekap_err.clone().map(AttrValue::from)} oninput={edit(|m, v| m.ekap = v, i)} />
                    <Select id={format!("module-{i}-result")} label={s::RESULT.get(lang)} options={symbol_options.clone()}
                        value={m.symbol.clone()} onchange={edit(|m, v| m.symbol = v, i)} />
                </div>
                if let Some(e) = sym_err { <p class="field__error" role="alert">{ e }</p> }
                <Field id={format!("module-{i}-date")} label={s::RESULT_DATE.get(lang)} input_type="date" value={m.date.clone()}
                    hint={s::RESULT_DATE_HINT.get(lang)} error={date_err.clone().map(AttrValue::from)} oninput={edit(|m, v| m.date = v, i)} />
                <button type="button" class="button button--danger" onclick={remove}>{ s::remove_module(lang, i + 1) }</button>
            </fieldset>
        }
    });

    let cond = |label: &'static str, st: vocational::Status| {
        html! {
            <li class={format!("cond cond--{st:?}").to_lowercase()}><span>{ label }</span>{ ": " }<strong>{ s::status(lang, st) }</strong></li>
        }
    };

    html! {
        <>
            <h1>{ common::TOOL_MODULES.title.get(lang) }</h1>
            <p class="field__hint">{ s::EKAP_HINT.get(lang) }</p>
            <Select id="final-exam" label={s::EXAM.get(lang)} options={exam_options} value={form.exam.clone()} onchange={on_exam} />
            <h2>{ s::MODULES.get(lang) }</h2>
            { for module_fields }
            <div class="button-row">
                <button type="button" class="button" onclick={add}>{ s::ADD_MODULE.get(lang) }</button>
            </div>
            <section aria-labelledby="summary-heading" class="result">
                <h2 id="summary-heading">{ s::SUMMARY.get(lang) }</h2>
                <output id="modules-summary" aria-live="polite">
                    <p>
                        <strong>{ s::AVERAGE.get(lang) }{ ": " }</strong>
                        <span id="weighted-average">{ match avg {
                            Some(a) => decimal(lang, vocational::format_average(a)),
                            None => s::NO_AVERAGE.get(lang).to_string(),
                        } }</span>
                    </p>
                    <p class="note">{ s::AVERAGE_HOW.get(lang) }</p>
                    <h3>{ s::HONOURS.get(lang) }</h3>
                    <ul class="conditions">
                        { cond(s::H_AVERAGE.get(lang), honours.average) }
                        { cond(s::H_ALL_GOOD.get(lang), honours.all_good) }
                        { cond(s::H_EXAM.get(lang), honours.exam) }
                        { cond(s::H_HALF.get(lang), honours.half_differentiated) }
                    </ul>
                    if let Some(n) = honours.needed_in_remaining {
                        <p id="needed">{ s::needed(lang, &decimal(lang, format!("{:.2}", n.average)), &decimal(lang, format!("{}", n.remaining_ekap)), n.reachable) }</p>
                    }
                    <h3>{ s::TRANSFER.get(lang) }</h3>
                    if let Some(t) = transfer_share {
                        <p id="transfer">
                            { s::transfer_line(lang, &decimal(lang, format!("{}", t.unfinished_ekap)), &decimal(lang, format!("{}", t.volume_ekap)), &decimal(lang, format!("{:.1}", t.share * 100.0))) }{ " " }
                            { if t.clear { s::TRANSFER_CLEAR.get(lang) } else if t.conditional_possible { s::TRANSFER_CONDITIONAL.get(lang) } else { s::TRANSFER_NO.get(lang) } }
                        </p>
                    }
                    if !warnings.is_empty() || !pending_x.is_empty() {
                        <h3>{ s::WARNINGS.get(lang) }</h3>
                        <ul class="warnings">
                            { for pending_x.iter().map(|(m, d)| html! { <li>{ s::x_turns(lang, m, &cal::date_long(lang, *d)) }</li> }) }
                            { for warnings.iter().map(|w| html! { <li>{ s::debt_warning(lang, w) }</li> }) }
                        </ul>
                    }
                </output>
            </section>
            <div class="button-row">
                <button type="button" class="button" onclick={export}>{ s::EXPORT.get(lang) }</button>
                <input id="modules-import" class="visually-hidden" type="file" accept=".json,application/json" onchange={import} />
                <label class="button" for="modules-import">{ s::IMPORT.get(lang) }</label>
            </div>
            if let Some((ok, note)) = &*import_note {
                <p id="import-note" role={if *ok { "status" } else { "alert" }} class={if *ok { "note" } else { "field__error" }}>{ note }</p>
            }
        </>
    }
}
