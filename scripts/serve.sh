#!/usr/bin/env bash
# Sets up what is missing, builds the WebAssembly module, and serves www/ at
# http://127.0.0.1:8000 with the page's Content-Security-Policy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node tests/e2e/server.mjs --port "${PORT:-8000}" www
