# Sourced by build.sh and size.sh after setup.sh: how the release wasm is
# compiled. With the pinned nightly (SIZE_TOOLCHAIN, from setup.sh), the
# standard library is rebuilt for size and panics carry no text:
# - build-std with `optimize_for_size`: std's own code compiled at our
#   opt-level = "z", with its size-over-speed variants;
# - `-Cpanic=immediate-abort`: a panic is a trap at once, with no message
#   formatting linked in; crates/web/src/crash.rs shows the notice from the
#   trap instead of from a panic hook;
# - `-Zlocation-detail=none`: no file names and lines for panics;
# - `-Zfmt-debug=none`: `{:?}` prints nothing (no user-visible text uses it).
# Only the wasm target is affected: RUSTFLAGS do not reach build scripts or
# proc macros when cargo is given --target, and the native tests use stable.
if [ -n "${SIZE_TOOLCHAIN:-}" ]; then
  export RUSTUP_TOOLCHAIN="$SIZE_TOOLCHAIN"
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
fi
