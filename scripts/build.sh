#!/usr/bin/env bash
# Release build into dist/: the home page at its root and one small app per
# tool area in its own folder (dist/answer/, dist/grades/, …), each a Trunk
# entry (areas/<area>/index.html) whose binary is crates/web/src/bin/<area>.rs.
# All entries share one cargo target; the binaries are compiled together
# first so both cores work, then Trunk bundles each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
AREAS=(answer teacher grades vocational dates privacy)
# Widgets for school websites, one small app per tool (crates/web/src/embed.rs).
WIDGETS=(points class follows behaviour modules courses recognise deadlines test-schedule attendance questionnaires)
cargo build --release --target wasm32-unknown-unknown -p kooliabi-web --bins
# The root first: Trunk empties its dist folder, which holds the areas'.
trunk build index.html --release --offline --dist dist
for area in "${AREAS[@]}"; do
  trunk build "areas/$area/index.html" --release --offline --dist "dist/$area"
done
# Two at a time (each its own dist folder): wasm-bindgen and wasm-opt are
# mostly one core each.
printf '%s\n' "${WIDGETS[@]}" | xargs -P 2 -I{} \
  trunk build "areas/embed/{}/index.html" --release --offline --dist "dist/embed/{}"
