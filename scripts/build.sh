#!/usr/bin/env bash
# Release build into dist/: the home page at its root and one small app per
# tool area in its own folder (dist/answer/, dist/grades/, …), each a Trunk
# entry (areas/<area>/index.html, written with every widget's entry by
# scripts/entries.mjs from areas/templates/) whose binary is
# crates/web/src/bin/<area>.rs.
# All entries share one cargo target; the binaries are compiled together
# first so both cores work, then Trunk bundles each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
source scripts/wasm-env.sh
# One line per entry: "<entry folder> <dist folder>".
entries=$(node scripts/entries.mjs)
target="${CARGO_TARGET_DIR:-target}"
# One language per load (#13): every binary is built once per language
# (features lang-et, lang-en, lang-ru; cargo keeps each set's artifacts, so
# a rebuild only redoes what changed). English and Russian first, kept
# aside; Estonian last, as Trunk builds the pages from it
# (data-cargo-features="lang-et"); scripts/languages.mjs then adds the
# other two to every page.
for lang in en ru; do
  cargo build --release --target wasm32-unknown-unknown -p kooliabi-web --bins --features "lang-$lang"
  mkdir -p "$target/lang/$lang"
  cp "$target"/wasm32-unknown-unknown/release/*.wasm "$target/lang/$lang/"
done
cargo build --release --target wasm32-unknown-unknown -p kooliabi-web --bins --features lang-et
# The root first: Trunk empties its dist folder, which holds the areas'.
trunk build index.html --release --offline --dist dist
# Then every area and widget, two at a time (each its own dist folder):
# wasm-bindgen and wasm-opt are mostly one core each.
printf '%s\n' "$entries" | xargs -P 2 -L 1 bash -c \
  'log=$(mktemp); trunk build "$0/index.html" --release --offline --dist "$1" > "$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 255; }; rm -f "$log"'
# Every page in every language, then, over the whole of dist/: the service
# worker and its file list.
node scripts/languages.mjs dist "$target"
node scripts/precache.mjs dist
