#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, clippy, the
# core's tests, a release build, and the browser tests against it.
# Ends with one summary line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
set +e

failed_steps=()
log=$(mktemp -d)
run() { # name, command...
  local name=$1; shift
  printf '\n== %s\n' "$name"
  "$@" 2>&1 | tee "$log/$name.out"
  local rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || failed_steps+=("$name")
  return "$rc"
}

run fmt cargo fmt --all -- --check
run clippy cargo clippy --workspace --all-targets -- -D warnings
run clippy-wasm cargo clippy -p kooliabi-web --target wasm32-unknown-unknown --features lang-et -- -D warnings
run core-tests cargo test -p kooliabi-core
# What a shipped page is: a build of one language (#13).
run core-one-language cargo test -p kooliabi-core --features lang-ru --lib one_language
run web-tests cargo test -p kooliabi-web --lib
if run build bash scripts/build.sh; then
  run browser-tests node --test --test-concurrency=1 --test-reporter=spec tests/
else
  failed_steps+=(browser-tests)
fi

# One line for people and CI: the unit and browser test counts added up.
count() { grep -hoE "$1" "$log"/*.out 2>/dev/null | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(count 'test result: [a-z]+\. [0-9]+ passed') + $(count '^ℹ pass [0-9]+') ))
failed=$(( $(count '[0-9]+ failed;') + $(count '^ℹ fail [0-9]+') ))
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo
  echo "failed steps: ${failed_steps[*]}"
  [ "$failed" -gt 0 ] || failed=${#failed_steps[@]}
fi
echo
echo "tests: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
