//! My modules (vocational): EKAP and results in, weighted average, honours
//! conditions, the conditional-transfer share and debt warnings out.

use kooliabi_core::code::as_code;
use kooliabi_core::grading::vocational::{
    self, AverageRule, FinalExam, HalfYearCheck, Module, VocationalSettings,
};
use kooliabi_core::number::parse_decimal;
use kooliabi_core::transfer;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::clock::today;
use crate::components::checkbox::Checkbox;
use crate::components::condition::ConditionItem;
use crate::components::download::DownloadButton;
use crate::components::field::Field;
use crate::components::file_import::FileImport;
use crate::components::select::{enum_select, Select};
use crate::i18n::{calendar as cal, common, decimal, use_lang, vocational as s, Lang};
use crate::input;
use crate::storage::use_stored;

const FILE_KIND: &str = "modules";
const FILE_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModuleForm {
    pub name: String,
    pub ekap: String,
    pub symbol: String,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModulesForm {
    #[serde(with = "as_code")]
    pub exam: FinalExam,
    pub modules: Vec<ModuleForm>,
    /// 001 6.10.4.1 "4,6": exact or rounded (a setting). Added for issue #11,
    /// as are the fields below; older forms and files read the defaults.
    #[serde(default, with = "as_code")]
    pub honours_average: AverageRule,
    /// 001 6.8.5 "poolaasta lõppedes": a projection during the half-year or
    /// a warning only at its end (a setting).
    #[serde(default, with = "as_code")]
    pub half_year: HalfYearCheck,
    /// The half-year has ended, so 6.8.5 is a ground, not a projection.
    #[serde(default)]
    pub half_year_ended: bool,
}

impl ModulesForm {
    fn settings(&self) -> VocationalSettings {
        VocationalSettings {
            honours_average: self.honours_average,
            half_year: self.half_year,
        }
    }
}

/// Stored on the device; raise the version (with a migration step) when the shape changes.
impl kooliabi_core::stored::Stored for ModulesForm {
    const VERSION: u32 = 1;
}

impl Default for ModulesForm {
    fn default() -> Self {
        ModulesForm {
            exam: FinalExam::NotYet,
            modules: vec![ModuleForm::default()],
            honours_average: AverageRule::default(),
            half_year: HalfYearCheck::default(),
            half_year_ended: false,
        }
    }
}

impl ModulesForm {
    pub fn add(&mut self) {
        self.modules.push(ModuleForm::default());
    }

    pub fn remove(&mut self, i: usize) {
        if i < self.modules.len() {
            self.modules.remove(i);
        }
    }

    /// Whether an imported form is within what the page is made for.
    fn within_limits(&self) -> bool {
        self.modules.len() <= vocational::MODULES_MAX
            && self
                .modules
                .iter()
                .all(|m| m.name.chars().count() <= vocational::MODULE_NAME_MAX)
    }
}

/// One row read: the core module (when its fields are valid) and the
/// message for each field that is not.
#[derive(Clone, Default, PartialEq)]
struct RowErrors {
    ekap: Option<AttrValue>,
    symbol: Option<AttrValue>,
    date: Option<AttrValue>,
}

fn read_row(lang: Lang, f: &ModuleForm) -> (Option<Module>, RowErrors) {
    let (ekap, ekap_err) = input::optional(
        &f.ekap,
        |t| {
            let e = parse_decimal(t).map_err(|_| None)?;
            vocational::check_ekap(e).map(|_| e).map_err(Some)
        },
        |e| s::ekap_error(lang, e).to_string(),
    );
    let (date, date_err) = input::date(lang, &f.date);
    let (result, symbol_err) = input::optional(
        &f.symbol,
        |sym| vocational::parse_symbol(sym, date),
        |e| s::symbol_error(lang, e).to_string(),
    );
    let errors = RowErrors {
        ekap: ekap_err,
        symbol: symbol_err,
        date: date_err,
    };
    let module = match (ekap, &errors.symbol) {
        (Some(e), None) => Some(Module {
            name: f.name.trim().to_string(),
            ekap: e,
            result,
            date,
        }),
        _ => None,
    };
    (module, errors)
}

#[function_component(ModulesPage)]
pub fn modules_page() -> Html {
    let lang = use_lang();
    let form = use_stored("vocational:modules", ModulesForm::default);
    let rows: Vec<_> = form.modules.iter().map(|m| read_row(lang, m)).collect();
    let modules: Vec<Module> = rows.iter().filter_map(|r| r.0.clone()).collect();

    let on_import = {
        let form = form.clone();
        Callback::from(move |text: String| {
            match transfer::read::<ModulesForm>(&text, FILE_KIND, FILE_VERSION) {
                Ok(f) if f.within_limits() => {
                    form.set(f);
                    Ok(s::IMPORTED.get(lang).to_string())
                }
                Ok(_) => Err(s::import_error(lang, &transfer::ImportError::Damaged)),
                Err(err) => Err(s::import_error(lang, &err)),
            }
        })
    };
    let export = {
        let form = form.clone();
        Callback::from(move |()| transfer::write(FILE_KIND, FILE_VERSION, &*form))
    };

    html! {
        <>
            <h1>{ common::TOOL_MODULES.title.get(lang) }</h1>
            <p class="field__hint">{ s::EKAP_HINT.get(lang) }</p>
            { enum_select::<FinalExam>(lang, "final-exam", s::EXAM.get(lang), form.exam, form.edit(|f, v| f.exam = v), None) }
            <h2>{ s::MODULES.get(lang) }</h2>
            { for form.modules.iter().enumerate().map(|(i, m)| html! {
                <ModuleFieldset key={i} index={i} module={m.clone()} errors={rows[i].1.clone()}
                    onchange={form.edit(move |f, m| f.modules[i] = m)}
                    onremove={form.edit(move |f, ()| f.remove(i))} />
            }) }
            <div class="button-row">
                <button type="button" class="button" onclick={form.edit(|f, _: MouseEvent| f.add())}>{ s::ADD_MODULE.get(lang) }</button>
            </div>
            <details class="settings" open={form.settings() != VocationalSettings::default()}>
                <summary>{ s::VOC_SETTINGS.get(lang) }</summary>
                <p class="field__hint">{ s::VOC_SETTINGS_NOTE.get(lang) }</p>
                { enum_select::<AverageRule>(lang, "honours-average-rule", s::AVERAGE_RULE.get(lang), form.honours_average, form.edit(|f, v| f.honours_average = v), None) }
                { enum_select::<HalfYearCheck>(lang, "half-year-check", s::HALF_YEAR_CHECK.get(lang), form.half_year, form.edit(|f, v| f.half_year = v), None) }
            </details>
            <Checkbox id="half-year-ended" label={s::HALF_YEAR_ENDED.get(lang)} checked={form.half_year_ended}
                onchange={form.edit(|f, on| f.half_year_ended = on)} />
            <Summary {modules} exam={form.exam} settings={form.settings()} half_year_ended={form.half_year_ended} />
            <div class="button-row">
                <DownloadButton label={s::EXPORT.get(lang)} filename="kooliabi-moodulid.json" mime="application/json" contents={export} />
                <FileImport id="modules-import" label={s::IMPORT.get(lang)} onload={on_import} />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ModuleProps {
    index: usize,
    module: ModuleForm,
    errors: RowErrors,
    onchange: Callback<ModuleForm>,
    onremove: Callback<()>,
}

/// One module's name, volume, result and date.
#[function_component(ModuleFieldset)]
fn module_fieldset(props: &ModuleProps) -> Html {
    let lang = use_lang();
    let (i, m, e) = (props.index, &props.module, &props.errors);
    let edit = |f: fn(&mut ModuleForm, String)| {
        let (m, cb) = (m.clone(), props.onchange.clone());
        Callback::from(move |v: String| {
            let mut next = m.clone();
            f(&mut next, v);
            cb.emit(next);
        })
    };
    let symbol_options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::Static(""),
        AttrValue::Static(s::NO_RESULT.get(lang)),
    ))
    .chain(
        vocational::SYMBOLS
            .iter()
            .map(|v| (AttrValue::Static(v), AttrValue::Static(v))),
    )
    .collect();
    let legend = if m.name.trim().is_empty() {
        s::module_n(lang, i + 1)
    } else {
        m.name.clone()
    };
    html! {
        <fieldset class="module">
            <legend>{ legend }</legend>
            <Field id={format!("module-{i}-name")} label={s::MODULE_NAME.get(lang)} value={m.name.clone()} oninput={edit(|m, v| m.name = v)} />
            <div class="module__grid">
                <Field id={format!("module-{i}-ekap")} label={s::EKAP.get(lang)} value={m.ekap.clone()} inputmode="decimal"
                    error={e.ekap.clone()} oninput={edit(|m, v| m.ekap = v)} />
                <Select id={format!("module-{i}-result")} label={s::RESULT.get(lang)} options={symbol_options}
                    value={m.symbol.clone()} onchange={edit(|m, v| m.symbol = v)} />
            </div>
            if let Some(err) = &e.symbol { <p class="field__error" role="alert">{ err }</p> }
            <Field id={format!("module-{i}-date")} label={s::RESULT_DATE.get(lang)} input_type="date" value={m.date.clone()}
                hint={s::RESULT_DATE_HINT.get(lang)} error={e.date.clone()} oninput={edit(|m, v| m.date = v)} />
            <button type="button" class="button button--danger" onclick={props.onremove.reform(|_: MouseEvent| ())}>{ s::remove_module(lang, i + 1) }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    modules: Vec<Module>,
    exam: FinalExam,
    settings: VocationalSettings,
    half_year_ended: bool,
}

/// Average, honours, transfer and warnings for the modules as entered.
#[function_component(Summary)]
fn summary(props: &SummaryProps) -> Html {
    let lang = use_lang();
    let today = today();
    let modules = &props.modules;
    let avg = vocational::weighted_average(modules, today);
    let honours = vocational::honours_with(modules, props.exam, today, &props.settings);
    let warnings =
        vocational::debt_warnings_with(modules, today, &props.settings, props.half_year_ended);
    let debts = vocational::debts(modules, today);
    let pending_x = vocational::pending_x(modules, today);
    let num = |v: f64, places: usize| decimal(lang, format!("{v:.places$}"));
    html! {
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
                    <ConditionItem label={s::h_average(lang, props.settings.honours_average)} state={s::status(lang, honours.average)} class={honours.average.css_class()} />
                    <ConditionItem label={s::H_ALL_GOOD.get(lang)} state={s::status(lang, honours.all_good)} class={honours.all_good.css_class()} />
                    <ConditionItem label={s::H_EXAM.get(lang)} state={s::status(lang, honours.exam)} class={honours.exam.css_class()} />
                    <ConditionItem label={s::H_HALF.get(lang)} state={s::status(lang, honours.half_differentiated)} class={honours.half_differentiated.css_class()} />
                </ul>
                if let Some(n) = honours.needed_in_remaining {
                    <p id="needed">{ s::needed(lang, &num(n.average, 2), &decimal(lang, n.remaining_ekap.to_string()), n.reachable) }</p>
                }
                <h3>{ s::TRANSFER.get(lang) }</h3>
                if let Some(t) = vocational::transfer(modules, today) {
                    <p id="transfer">
                        { s::transfer_line(lang, &decimal(lang, t.unfinished_ekap.to_string()), &decimal(lang, t.volume_ekap.to_string()), &num(t.share * 100.0, 1)) }{ " " }
                        { if t.clear { s::TRANSFER_CLEAR.get(lang).to_string() } else if t.conditional_possible { s::transfer_conditional(lang) } else { s::transfer_no(lang) } }
                    </p>
                }
                if !warnings.is_empty() || !pending_x.is_empty() {
                    <h3>{ s::WARNINGS.get(lang) }</h3>
                    <ul class="warnings">
                        { for pending_x.iter().map(|(m, d)| html! { <li>{ s::x_turns(lang, m, &cal::date_long(lang, *d)) }</li> }) }
                        { for warnings.iter().map(|w| html! { <li>{ s::debt_warning(lang, w) }</li> }) }
                    </ul>
                }
                if !debts.is_empty() {
                    <h3>{ s::OPEN_DEBTS.get(lang) }</h3>
                    <ul id="open-debts">
                        { for debts.iter().map(|d| html! { <li>{ s::debt_line(lang, &d.module,
                            &cal::date_long(lang, d.arose), &cal::date_long(lang, d.agree_by), &cal::date_long(lang, d.clear_by), d.expired) }</li> }) }
                    </ul>
                }
            </output>
        </section>
    }
}
