#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test Kooliabi.
# Idempotent and pinned: every step checks first and does nothing when the
# right version is already there. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132   # wasm-opt; pinned in package.json too
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION (several minutes on two cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  step "wasm-bindgen-cli $WB_VERSION"
  # --locked fails here: a locked dependency of the CLI is not in the registry.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
command -v brotli >/dev/null || missing_debs+=(brotli)
if [ ${#missing_debs[@]} -gt 0 ]; then
  step "Debian packages: ${missing_debs[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing_debs[@]}"
fi

# Browser-test runner, axe-core, ical.js and wasm-opt (binaryen) from the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  echo "setup: wasm-opt $BINARYEN_VERSION expected from node_modules/.bin, found: $(wasm-opt --version 2>&1 || true)" >&2
  exit 1
fi

# The release wasm is built by a pinned nightly that rebuilds the standard
# library for size (scripts/wasm-env.sh says how; BENCHMARKS.md what it
# saves). If no such nightly can be had, the build falls back to the stable
# toolchain above: bigger pages, same app.
NIGHTLY_DATE=2026-05-19
SIZE_TOOLCHAIN=""
for tc in nightly "nightly-$NIGHTLY_DATE"; do
  if rustc +"$tc" --version 2>/dev/null | grep -q "$NIGHTLY_DATE"; then
    rustup +"$tc" component list --installed | grep -q '^rust-src' || rustup +"$tc" component add rust-src || continue
    rustup +"$tc" target list --installed | grep -qx wasm32-unknown-unknown || rustup +"$tc" target add wasm32-unknown-unknown || continue
    SIZE_TOOLCHAIN=$tc
    break
  fi
done
if [ -z "$SIZE_TOOLCHAIN" ]; then
  step "rust nightly-$NIGHTLY_DATE for the size-optimised release build"
  if rustup toolchain install "nightly-$NIGHTLY_DATE" --profile minimal \
      --component rust-src --target wasm32-unknown-unknown; then
    SIZE_TOOLCHAIN="nightly-$NIGHTLY_DATE"
  else
    echo "setup: no nightly-$NIGHTLY_DATE; the release is built by the stable toolchain (larger pages)" >&2
  fi
fi
export SIZE_TOOLCHAIN
