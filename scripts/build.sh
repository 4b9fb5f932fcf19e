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
cargo build --release --target wasm32-unknown-unknown -p kooliabi-web --bins
# The root first: Trunk empties its dist folder, which holds the areas'.
trunk build index.html --release --offline --dist dist
# Then every area and widget, two at a time (each its own dist folder):
# wasm-bindgen and wasm-opt are mostly one core each.
printf '%s\n' "$entries" | xargs -P 2 -L 1 bash -c \
  'log=$(mktemp); trunk build "$0/index.html" --release --offline --dist "$1" > "$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 255; }; rm -f "$log"'
# After every build, over the whole of dist/: the service worker and its file list.
node scripts/precache.mjs dist
