#!/usr/bin/env bash
# Runs every test: native (cargo test), the WASM module in Node and in
# headless Chromium (wasm-bindgen-test), and the page end to end in headless
# Chromium (node --test with playwright-core). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

for tool in chromium chromedriver; do
  command -v "$tool" >/dev/null || { echo "test: $tool is missing: apt-get install -y chromium chromium-driver" >&2; exit 1; }
done

echo "== native tests"
cargo test

# wasm-bindgen-test reports "0 passed" and exits 0 when it skips browser
# tests, so each WASM run must show that its tests really ran.
run_wasm_tests() {
  local where=$1; shift
  echo "== WASM tests in $where"
  local log
  log=$(mktemp)
  env "$@" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test wasm --test wasm_hostile 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then rm -f "$log"; return "$status"; fi
  if ! grep -Eq 'test result: ok\. [1-9][0-9]* passed' "$log"; then
    echo "test: no WASM test ran in $where" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
run_wasm_tests Node NODE_OPTIONS=
run_wasm_tests Chromium WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver

echo "== end-to-end tests in Chromium"
scripts/build-wasm.sh
node --test tests/e2e/
