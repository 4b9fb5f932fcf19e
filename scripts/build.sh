#!/usr/bin/env bash
# Release build into dist/. Everything the release needs happens inside
# `trunk build --release --offline` (the post-build hook included).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
trunk build --release --offline
# After every build, over the whole of dist/: the service worker and its file list.
node scripts/precache.mjs dist
