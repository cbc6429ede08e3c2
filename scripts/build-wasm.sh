#!/usr/bin/env bash
# Builds the WebAssembly module and its ES-module glue into www/pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --lib --target wasm32-unknown-unknown --profile wasm
wasm-bindgen --target web --remove-name-section --out-dir www/pkg \
  target/wasm32-unknown-unknown/wasm/newsmark.wasm
# npm's binaryen (Debian's 108 breaks the module: see TOOLCHAIN.md).
node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/newsmark_bg.wasm -o www/pkg/newsmark_bg.wasm
raw=$(stat -c %s www/pkg/newsmark_bg.wasm)
gz=$(gzip -9 -c www/pkg/newsmark_bg.wasm | wc -c)
echo "build-wasm: www/pkg/newsmark_bg.wasm $raw bytes, $gz gzipped"
