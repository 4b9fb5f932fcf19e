#!/usr/bin/env bash
# Installs what is missing, builds the release and serves it on loopback.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
source scripts/setup.sh >/dev/null
PORT="${PORT:-8080}"
echo
echo "Kooliabi is being served at http://127.0.0.1:$PORT/  (Ctrl+C stops it)"
exec node scripts/static-server.mjs dist "$PORT"
