#!/usr/bin/env bash
# Runs every test: native (cargo test, with the work counters of
# tests/linear.rs), the WASM module in Node and in headless Chromium
# (wasm-bindgen-test), and the page end to end in headless Chromium (node
# --test with playwright-core). Installs what is missing first: what
# scripts/setup.sh installs, and Chromium and its driver from Debian.
#
#   scripts/test.sh           every test
#   scripts/test.sh --quick   the native tests only (the edit-test loop; installs nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
case "${1:-}" in
  "") ;;
  --quick) quick=true ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac

# The `count-work` feature compiles in the counters that tests/linear.rs
# reads; plain `cargo test` leaves that test out.
native_tests() {
  echo "== native tests"
  cargo test --features count-work
}

if $quick; then
  native_tests
  exit
fi

# Chromium and chromedriver are system packages (Debian's chromium and
# chromium-driver): installed here when missing, where this user may (root,
# or sudo without a password) and apt-get exists; otherwise a message says
# what to run.
have_chromium() { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }
install_chromium() {
  local apt="apt-get install -y chromium chromium-driver"
  local sudo=()
  if ! command -v apt-get >/dev/null; then
    echo "test: chromium and chromedriver are missing and there is no apt-get here: install Chromium and its chromedriver and put both on PATH" >&2
    return 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "test: chromium and chromedriver are missing, and installing them needs root: run 'sudo apt-get update && sudo $apt', then this again" >&2
      return 1
    fi
  fi
  echo "test: installing chromium and chromium-driver from Debian (about a minute, once)"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}
if ! have_chromium; then
  install_chromium
  have_chromium || { echo "test: chromium or chromedriver is still missing after the install" >&2; exit 1; }
fi
# The end-to-end tests and wasm-bindgen-test use the ones found on PATH.
export CHROMIUM=${CHROMIUM:-$(command -v chromium)}
CHROMEDRIVER=$(command -v chromedriver)

scripts/setup.sh

native_tests

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
run_wasm_tests Chromium WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$CHROMEDRIVER"

echo "== end-to-end tests in Chromium"
scripts/build-wasm.sh
node --test tests/e2e/
