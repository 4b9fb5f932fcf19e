//! On-device storage. Everything Kooliabi keeps lives under keys prefixed
//! `kooliabi:` in the browser's `localStorage` — or, in shared-computer mode,
//! in `sessionStorage`, which the browser forgets when the tab closes.
//!
//! When the browser refuses storage (private mode, blocked, full) the app
//! keeps working from memory and the shell says that a reload will lose the
//! data. A failed save never touches what is on screen: the caller's state
//! is set regardless.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ops::Deref;

use serde::{de::DeserializeOwned, Serialize};
use web_sys::Storage;
use yew::prelude::*;

const PREFIX: &str = "kooliabi:";
/// Lives in `sessionStorage` itself, so the mode ends with the tab.
const SHARED_MODE_FLAG: &str = "kooliabi-mode:shared";
/// Fired on `window` whenever storage health changes, so the banner updates.
pub const HEALTH_EVENT: &str = "kooliabi-storage";

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
    static MEMORY: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    static HEALTHY: Cell<bool> = const { Cell::new(true) };
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
/// start refusing in the middle of a visit (quota, the user clearing data).
fn usable(storage: Option<Storage>) -> Option<Storage> {
    let s = storage?;
    let probe = "kooliabi-probe";
    s.set_item(probe, "1").ok()?;
    s.remove_item(probe).ok()?;
    Some(s)
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

fn set_health(ok: bool) {
    if HEALTHY.with(|h| h.replace(ok)) != ok {
        announce();
    }
}

/// Tells listeners (the banner) that health or mode changed.
fn announce() {
    if let Ok(ev) = web_sys::Event::new(HEALTH_EVENT) {
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

/// A value that does not parse (an older or damaged entry) reads as absent:
/// the tool starts fresh rather than failing.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&load_raw(key)?).ok()
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
        Err(_) => MEMORY.with(|m| m.borrow_mut().insert(k, value)),
    };
    set_health(result.is_ok());
    result
}

pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    // Plain data types serialise infallibly; an error here is a bug.
    let json = serde_json::to_string(value).expect("stored values serialise to JSON");
    save_raw(key, json)
}

pub fn remove(key: &str) {
    let k = full_key(key);
    MEMORY.with(|m| m.borrow_mut().remove(&k));
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
    let mut out: BTreeMap<String, usize> = BTreeMap::new();
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

/// State that is saved on the device on every change.
pub struct Stored<T> {
    state: UseStateHandle<T>,
    key: String,
}

impl<T: Serialize> Stored<T> {
    /// Shows `value` at once and saves it; a failed save is reported by the
    /// shell's banner and the value stays on screen.
    pub fn set(&self, value: T) {
        let _ = save(&self.key, &value);
        self.state.set(value);
    }
}

impl<T: Serialize + Clone + 'static> Stored<T> {
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
        &self.state
    }
}

impl<T> Clone for Stored<T> {
    fn clone(&self) -> Self {
        Stored {
            state: self.state.clone(),
            key: self.key.clone(),
        }
    }
}

impl<T: PartialEq> PartialEq for Stored<T> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key && *self.state == *other.state
    }
}

/// Like `use_state`, but starts from what was saved under `key` and saves
/// each new value. The key is read once per component instance.
#[hook]
pub fn use_stored<T, F>(key: &str, default: F) -> Stored<T>
where
    T: Serialize + DeserializeOwned + 'static,
    F: FnOnce() -> T,
{
    let owned_key = key.to_string();
    let state = {
        let k = owned_key.clone();
        use_state(move || load(&k).unwrap_or_else(default))
    };
    Stored {
        state,
        key: owned_key,
    }
}
