#!/usr/bin/env bash
# Installs what building and testing newsmark needs, each step only when it is
# missing, so a warm machine skips it: the wasm32 target, the wasm-bindgen CLI
# of exactly the version in Cargo.lock, and the npm dev dependencies
# (playwright-core, binaryen's wasm-opt, axe-core). Chromium is a system
# package: `scripts/test.sh` installs it; see ../shared/guides/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

[ -f Cargo.lock ] || cargo generate-lockfile
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "setup: installing wasm-bindgen-cli $version (a few minutes, once)"
  # Without --locked: its lockfile pins a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$version"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ package.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dev dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
