#!/usr/bin/env bash
# The benchmark: builds the release, then measures it in headless Chromium
# (360×740, CPU throttled 4×). Prints numbers; never fails the build.
# Copy the printed table into BENCHMARKS.md with the date and commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh >/dev/null 2>&1
source scripts/setup.sh >/dev/null
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)'), $(date -u +%F)"
node bench/bench.mjs "$@"
if [ -f crates/core/examples/bench_class.rs ]; then
  cargo run -q --release -p kooliabi-core --example bench_class
fi
