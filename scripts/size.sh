#!/usr/bin/env bash
# The brotli size of one or more binaries' wasm, built the way Trunk ships it
# (release, wasm-bindgen, wasm-opt -Oz), without a Trunk run: a quick check of
# a size change. The benchmark (bench/run.sh) measures whole pages.
#   bash scripts/size.sh answer embed_points
#   SIZE_DEBUG=1 bash scripts/size.sh answer   # also keeps names for twiggy
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh >/dev/null
source scripts/wasm-env.sh
target="${CARGO_TARGET_DIR:-target}"
out="${SIZE_OUT:-$target/size}"
# What ships: the Estonian build (#13); SIZE_FEATURES=lang-en or lang-ru for
# the others, SIZE_FEATURES= (empty) for all three languages in one build.
SIZE_FEATURES="${SIZE_FEATURES-lang-et}"
mkdir -p "$out"
bins=()
for b in "$@"; do bins+=(--bin "$b"); done
cargo build -q --release --target wasm32-unknown-unknown -p kooliabi-web ${SIZE_FEATURES:+--features "$SIZE_FEATURES"} "${bins[@]}"
keep=()
[ -n "${SIZE_DEBUG:-}" ] && keep=(--keep-debug)
for b in "$@"; do
  wasm-bindgen --target web "${keep[@]}" --out-dir "$out/$b" "$target/wasm32-unknown-unknown/release/$b.wasm"
  opt_debug=()
  [ -n "${SIZE_DEBUG:-}" ] && opt_debug=(-g)
  # shellcheck disable=SC2046 # the params are words
  wasm-opt -Oz $(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html) "${opt_debug[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$out/$b/${b}_bg.wasm" -o "$out/$b/$b.opt.wasm"
  raw=$(stat -c %s "$out/$b/$b.opt.wasm")
  br=$(brotli -c -q 11 "$out/$b/$b.opt.wasm" | wc -c)
  printf '%-24s wasm %8d B raw %8d B brotli\n' "$b" "$raw" "$br"
done
