//! Editing state that is not stored (a draft, a dialog) through operations,
//! as `Stored::edit` does for stored state, so views hold no edit closures.

use yew::prelude::*;

/// A callback that applies `f` to a copy of the state with what the field
/// gave, then sets it.
pub fn edit<T: Clone + 'static, A: 'static>(
    state: &UseStateHandle<T>,
    f: impl Fn(&mut T, A) + 'static,
) -> Callback<A> {
    let state = state.clone();
    Callback::from(move |a: A| {
        let mut next = (*state).clone();
        f(&mut next, a);
        state.set(next);
    })
}

/// A callback that replaces the state with what a child component gave.
pub fn set<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |t: T| state.set(t))
}
