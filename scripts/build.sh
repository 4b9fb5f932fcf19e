#!/usr/bin/env bash
# Release build into dist/: `trunk build --release --offline` (its post-build
# hook included), then the steps over the whole of dist/ (the service worker).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
trunk build --release --offline
# After every build, over the whole of dist/: the service worker and its file list.
node scripts/precache.mjs dist
