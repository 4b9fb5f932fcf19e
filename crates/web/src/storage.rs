//! On-device storage. Everything Kooliabi keeps lives under keys prefixed
//! `kooliabi:` in the browser's `localStorage` — or, in shared-computer mode,
//! in `sessionStorage`, which the browser forgets when the tab closes.
//!
//! When the browser refuses storage (private mode, blocked, full) the app
//! keeps working from memory and the shell says that a reload will lose the
//! data. A failed save never touches what is on screen: the caller's state
//! is set regardless.
//!
//! Every value is stored with its format version (`kooliabi_core::stored`),
//! so the next release reads it or migrates it. A value that cannot be read
//! (damaged, or written by a newer release) is never overwritten: it moves
//! to `unreadable:<key>`, where the privacy page lists it for download and
//! erasing. Saving merges with what is stored now (`kooliabi_core::merge`),
//! so two tabs never overwrite each other's edits, and `use_stored` follows
//! changes another tab makes.

use litemap::LiteMap;
use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;

use gloo::events::EventListener;
use kooliabi_core::merge::{self, Conflict};
use kooliabi_core::stored::{self, Stored as Format};
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::prelude::*;

const PREFIX: &str = "kooliabi:";
/// Lives in `sessionStorage` itself, so the mode ends with the tab.
const SHARED_MODE_FLAG: &str = "kooliabi-mode:shared";
/// Fired on `window` whenever storage health changes, so the banner updates.
pub const HEALTH_EVENT: &str = "kooliabi-storage";
/// Fired on `window` when a stored form took another tab's newer values.
pub const REMOTE_EVENT: &str = "kooliabi-remote";
/// Where a value that could not be read is kept, under its own key.
pub const UNREADABLE_PREFIX: &str = "unreadable:";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `localStorage`: kept until the user erases it.
    Device,
    /// `sessionStorage`: erased when the tab closes.
    SharedComputer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all; data lives in memory until reload.
    Unavailable,
    /// The browser refused the write (quota); the value lives in memory.
    WriteRefused,
}

thread_local! {
    /// Fallback and mirror: what the user entered this session, so the app
    /// works without browser storage.
    static MEMORY: RefCell<LiteMap<String, String>> = const { RefCell::new(LiteMap::new()) };
    static HEALTHY: Cell<bool> = const { Cell::new(true) };
    static LAST_ERROR: Cell<Option<StorageError>> = const { Cell::new(None) };
    /// The stored text this tab last read or wrote under each key: the base
    /// of the three-way merge when it saves again. While the stored text is
    /// still this one, no other tab wrote and a save needs no merge.
    static BASES: RefCell<LiteMap<String, String>> = const { RefCell::new(LiteMap::new()) };
}

fn local() -> Option<Storage> {
    usable(gloo::utils::window().local_storage().ok().flatten())
}

fn session() -> Option<Storage> {
    usable(gloo::utils::window().session_storage().ok().flatten())
}

/// A storage object can exist and still throw on every write (Safari's old
/// private mode, blocked site data), so it is probed with a write and a
/// removal of `kooliabi-probe` each time it is fetched: storage can also
/// start refusing in the middle of a visit. A storage that refuses the probe
/// but holds data is full, not missing: it is still read, and a save then
/// says the storage is full.
fn usable(storage: Option<Storage>) -> Option<Storage> {
    let s = storage?;
    let probe = "kooliabi-probe";
    if s.set_item(probe, "1").is_ok() {
        s.remove_item(probe).ok()?;
        return Some(s);
    }
    (s.length().unwrap_or(0) > 0).then_some(s)
}

pub fn mode() -> Mode {
    match session().and_then(|s| s.get_item(SHARED_MODE_FLAG).ok().flatten()) {
        Some(_) => Mode::SharedComputer,
        None => Mode::Device,
    }
}

fn backend() -> Option<Storage> {
    match mode() {
        Mode::Device => local(),
        Mode::SharedComputer => session(),
    }
}

/// Whether what the user enters will survive a reload.
pub fn is_healthy() -> bool {
    HEALTHY.with(Cell::get) && backend().is_some()
}

/// Why the last write failed, while storage is not healthy.
pub fn last_error() -> Option<StorageError> {
    if backend().is_none() {
        return Some(StorageError::Unavailable);
    }
    LAST_ERROR.with(Cell::get).filter(|_| !is_healthy())
}

fn set_health(result: Result<(), StorageError>) {
    LAST_ERROR.with(|e| e.set(result.err()));
    let ok = result.is_ok();
    if HEALTHY.with(|h| h.replace(ok)) != ok {
        announce();
    }
}

/// Tells listeners (the banner) that health or mode changed.
fn announce() {
    fire(HEALTH_EVENT);
}

fn fire(name: &str) {
    if let Ok(ev) = web_sys::Event::new(name) {
        let _ = gloo::utils::window().dispatch_event(&ev);
    }
}

fn full_key(key: &str) -> String {
    format!("{PREFIX}{key}")
}

pub fn load_raw(key: &str) -> Option<String> {
    let k = full_key(key);
    if let Some(v) = MEMORY.with(|m| m.borrow().get(&k).cloned()) {
        return Some(v);
    }
    backend()?.get_item(&k).ok().flatten()
}

/// The value stored under `key`, migrated from an older release's format.
/// A value that cannot be read is moved aside (see `quarantine`) and reads
/// as absent, so the tool starts fresh and the old text is kept.
pub fn load<T: Format>(key: &str) -> Option<T> {
    let raw = load_raw(key)?;
    match stored::read::<T>(&raw) {
        Ok(t) => {
            remember(key, &raw);
            Some(t)
        }
        Err(_) => {
            quarantine(key, raw);
            None
        }
    }
}

fn remember(key: &str, text: &str) {
    BASES.with(|b| b.borrow_mut().insert(key.to_string(), text.to_string()));
}

fn base(key: &str) -> Option<String> {
    BASES.with(|b| b.borrow().get(key).cloned())
}

/// Keeps text that could not be read under `unreadable:<key>` (never
/// overwriting an earlier one) and frees `key` for new data.
fn quarantine(key: &str, raw: String) {
    let mut n = 1;
    let mut target = format!("{UNREADABLE_PREFIX}{key}");
    while load_raw(&target).is_some() {
        n += 1;
        target = format!("{UNREADABLE_PREFIX}{key}#{n}");
    }
    if save_raw(&target, raw).is_ok() {
        remove(key);
    }
    announce();
}

/// Roughly what the browser allows one site in `localStorage`: 5 MB in
/// Safari and Firefox (Chromium allows 10). Strings count twice (UTF-16).
pub const LOCAL_BUDGET_BYTES: usize = 5 * 1024 * 1024;
/// Warn when this share of the budget is used.
pub const WARN_AT: f64 = 0.8;

/// Bytes Kooliabi's entries take in the browser's storage (keys and values,
/// two bytes a character).
pub fn used_bytes() -> usize {
    entries("")
        .iter()
        .map(|(k, n)| 2 * (PREFIX.len() + k.len() + n))
        .sum()
}

pub fn nearly_full() -> bool {
    used_bytes() as f64 >= LOCAL_BUDGET_BYTES as f64 * WARN_AT
}

/// Erases one item of text that could not be read, when the user says so.
pub fn erase_unreadable(key: &str) {
    if key.starts_with(UNREADABLE_PREFIX) {
        remove(key);
        announce();
    }
}

/// Text that could not be read: (key it is kept under, the text).
pub fn unreadable() -> Vec<(String, String)> {
    entries(UNREADABLE_PREFIX)
        .into_iter()
        .filter_map(|(k, _)| load_raw(&k).map(|raw| (k, raw)))
        .collect()
}

pub fn save_raw(key: &str, value: String) -> Result<(), StorageError> {
    let k = full_key(key);
    let result = match backend() {
        None => Err(StorageError::Unavailable),
        Some(s) => s
            .set_item(&k, &value)
            .map_err(|_| StorageError::WriteRefused),
    };
    match &result {
        // Once written, the browser is the source of truth again.
        Ok(()) => MEMORY.with(|m| m.borrow_mut().remove(&k)),
        Err(_) => {
            ask_before_leaving();
            MEMORY.with(|m| m.borrow_mut().insert(k, value))
        }
    };
    set_health(result);
    result
}

/// A value kept only in memory is lost by a page load, and moving to another
/// area is one. While there is any, leaving the page asks first, with the
/// browser's own "Leave site?" question. (Handing the values to the next
/// page in `window.name` was tried and refused: Chromium keeps a tab's name
/// when it goes to another site, so the next site could read them.) Not in
/// a widget, whose links open a new tab.
fn ask_before_leaving() {
    thread_local! {
        static ASKING: Cell<bool> = const { Cell::new(false) };
    }
    if crate::area::Area::embedded() || ASKING.with(|a| a.replace(true)) {
        return;
    }
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::window(), "beforeunload", options, |e| {
        if MEMORY.with(|m| !m.borrow().is_empty()) || UNSAVED.with(Cell::get) > 0 {
            e.prevent_default();
            // Safari still asks only when a return value is set.
            if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                e.set_return_value("-");
            }
        }
    })
    .forget();
}

thread_local! {
    /// How many views now hold typed text that is on screen only.
    static UNSAVED: Cell<u32> = const { Cell::new(0) };
}

/// Text the user typed that lives on screen only (names pasted before they
/// are added, an invitation being written): while `typed`, leaving the page
/// asks first, as for values storage refused. Leaving includes switching
/// language, which loads that language's build of the page.
#[hook]
pub fn use_unsaved(typed: bool) {
    use_effect_with(typed, |typed| {
        let typed = *typed;
        if typed {
            UNSAVED.with(|u| u.set(u.get() + 1));
            ask_before_leaving();
        }
        move || {
            if typed {
                UNSAVED.with(|u| u.set(u.get().saturating_sub(1)));
            }
        }
    });
}

/// Saves `value`, merged with what is stored now: edits another tab made
/// since this tab last read `key` are kept, and where both changed the same
/// thing this (later) save wins. Returns what was written; a refused write
/// keeps it in memory and the shell's banner says why.
pub fn save<T: Format + Clone>(key: &str, value: &T) -> T {
    let now = load_raw(key);
    let base = base(key);
    let value = match (now, base) {
        // Nothing written since this tab's last read or write: no merge.
        (Some(now), Some(base)) if now == base => value.clone(),
        (Some(now), base) => match stored::read::<T>(&now) {
            Err(_) => {
                quarantine(key, now);
                value.clone()
            }
            Ok(theirs) => match base.and_then(|b| stored::read::<T>(&b).ok()) {
                Some(base) => stored::merge(&base, value, &theirs).value,
                None => value.clone(),
            },
        },
        (None, _) => value.clone(),
    };
    let text = stored::write(&value);
    let _ = save_raw(key, text.clone());
    remember(key, &text);
    value
}

/// Another tab's change of one of our keys, as the browser reports it.
pub struct RemoteChange {
    /// Key without prefix.
    pub key: String,
    /// The new stored text; `None` when the key was removed.
    pub text: Option<String>,
}

/// Calls `f` for every change another tab makes to Kooliabi's storage.
/// (The browser fires `storage` only in the other tabs, never in the tab
/// that wrote.)
pub fn on_remote_change(f: impl Fn(RemoteChange) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "storage", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let Some(key) = e
            .key()
            .and_then(|k| k.strip_prefix(PREFIX).map(String::from))
        else {
            return;
        };
        f(RemoteChange {
            key,
            text: e.new_value(),
        })
    })
}

/// Takes another tab's newer value of `key`: returns it with the places
/// where it differs from what this tab had (`current`), and makes it the
/// base of this tab's next save. `None` when it cannot be read.
pub fn take_remote<T: Format + Clone>(
    key: &str,
    text: &str,
    current: &T,
) -> Option<(T, Vec<Conflict>)> {
    let value = stored::read_value::<T>(text).ok()?;
    let t: T = stored::from_value(&value).ok()?;
    let before = stored::to_value(current);
    let changed = merge::changes(&before, &value);
    remember(key, text);
    Some((t, changed))
}

pub fn remove(key: &str) {
    let k = full_key(key);
    MEMORY.with(|m| m.borrow_mut().remove(&k));
    BASES.with(|b| b.borrow_mut().remove(key));
    if let Some(s) = backend() {
        let _ = s.remove_item(&k);
    }
}

fn own_keys(s: &Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

/// Every stored entry (key without prefix, size in bytes of its JSON), for
/// the "what is stored" list; keys starting with `prefix` only.
pub fn entries(prefix: &str) -> Vec<(String, usize)> {
    let mut out: LiteMap<String, usize> = LiteMap::new();
    if let Some(s) = backend() {
        for k in own_keys(&s) {
            let len = s.get_item(&k).ok().flatten().map_or(0, |v| v.len());
            out.insert(k[PREFIX.len()..].to_string(), len);
        }
    }
    MEMORY.with(|m| {
        for (k, v) in m.borrow().iter() {
            out.insert(k[PREFIX.len()..].to_string(), v.len());
        }
    });
    out.into_iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .collect()
}

/// Erases every Kooliabi entry in both storages and in memory.
pub fn erase_all() {
    MEMORY.with(|m| m.borrow_mut().clear());
    BASES.with(|b| b.borrow_mut().clear());
    for s in [local(), session()].into_iter().flatten() {
        for k in own_keys(&s) {
            let _ = s.remove_item(&k);
        }
    }
}

/// Switching moves the data along, so nothing the user entered is lost and
/// nothing is left behind in the storage being left.
pub fn set_mode(target: Mode) {
    if target == mode() {
        return;
    }
    let (Some(from), Some(to), Some(sess)) = (backend(), other_backend(), session()) else {
        return;
    };
    for k in own_keys(&from) {
        if let Some(v) = from.get_item(&k).ok().flatten() {
            if to.set_item(&k, &v).is_ok() {
                let _ = from.remove_item(&k);
            }
        }
    }
    let _ = match target {
        Mode::SharedComputer => sess.set_item(SHARED_MODE_FLAG, "1"),
        Mode::Device => sess.remove_item(SHARED_MODE_FLAG),
    };
    announce();
}

fn other_backend() -> Option<Storage> {
    match mode() {
        Mode::Device => session(),
        Mode::SharedComputer => local(),
    }
}

/// State that is saved on the device on every change, and follows the
/// changes another tab makes to it.
pub struct Stored<T> {
    state: UseStateHandle<T>,
    key: String,
    /// The value this render shows. Yew's handle always reads the newest
    /// value, so props holding a `Stored` would never compare unequal and
    /// a child would not re-render; this snapshot makes them compare.
    shown: Rc<T>,
}

impl<T: Format + Clone> Stored<T> {
    /// Shows `value` at once and saves it, merged with edits another tab
    /// made meanwhile; a failed save is reported by the shell's banner and
    /// the value stays on screen.
    pub fn set(&self, value: T) {
        self.state.set(save(&self.key, &value));
    }
}

impl<T: Format + Clone + 'static> Stored<T> {
    /// Changes a copy of the value with `f`, then shows and saves it.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        let mut next = (*self.state).clone();
        f(&mut next);
        self.set(next);
    }

    /// A callback that applies `f` with what the field gave (as Yew's
    /// todomvc `make_callback`), so pages hold no edit closures of their own.
    pub fn edit<A: 'static>(&self, f: impl Fn(&mut T, A) + 'static) -> Callback<A> {
        let this = self.clone();
        Callback::from(move |a: A| this.update(|t| f(t, a)))
    }
}

impl<T> Deref for Stored<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.shown
    }
}

impl<T> Clone for Stored<T> {
    fn clone(&self) -> Self {
        Stored {
            state: self.state.clone(),
            key: self.key.clone(),
            shown: self.shown.clone(),
        }
    }
}

impl<T: PartialEq> PartialEq for Stored<T> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key && self.shown == other.shown
    }
}

/// Like `use_state`, but starts from what was saved under `key`, saves each
/// new value, and takes the values another tab saves under the same key
/// (the shell then says that the page was updated).
#[hook]
pub fn use_stored<T, F>(key: &str, default: F) -> Stored<T>
where
    T: Format + Clone + 'static,
    F: FnOnce() -> T,
{
    let owned_key = key.to_string();
    let state = {
        let k = owned_key.clone();
        use_state(move || load(&k).unwrap_or_else(default))
    };
    // The value on screen now, for comparing with another tab's.
    let current = use_mut_ref(|| None::<T>);
    *current.borrow_mut() = Some((*state).clone());
    {
        let setter = state.setter();
        use_effect_with(owned_key.clone(), move |key| {
            let key = key.clone();
            let listener = on_remote_change(move |change| {
                let (Some(text), true) = (change.text, change.key == key) else {
                    return;
                };
                let Some(now) = current.borrow().clone() else {
                    return;
                };
                if let Some((value, changed)) = take_remote(&key, &text, &now) {
                    setter.set(value);
                    if !changed.is_empty() {
                        fire(REMOTE_EVENT);
                    }
                }
            });
            move || drop(listener)
        });
    }
    Stored {
        shown: Rc::new((*state).clone()),
        state,
        key: owned_key,
    }
}

fn manager() -> Option<web_sys::StorageManager> {
    // Absent in old browsers and some embedded views.
    js_sys::Reflect::get(&gloo::utils::window().navigator(), &"storage".into())
        .ok()?
        .dyn_into::<web_sys::StorageManager>()
        .ok()
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    let answer = wasm_bindgen_futures::JsFuture::from(promise.ok()?)
        .await
        .ok()?;
    answer.as_bool()
}

/// Asks the browser to keep this site's data under storage pressure and
/// past its clean-up of unused sites (Safari after seven days), where it
/// offers that (`navigator.storage.persist()`). `None`: it does not offer it.
pub async fn persist() -> Option<bool> {
    ask(manager()?.persist()).await
}

/// Whether the browser has promised to keep this site's data.
pub async fn is_persisted() -> Option<bool> {
    ask(manager()?.persisted()).await
}

/// Asks to persist when the user starts something worth keeping; the
/// answer is shown on the privacy page.
pub fn ask_to_persist() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = persist().await;
    });
}
