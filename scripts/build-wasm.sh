#!/usr/bin/env bash
# Builds the WebAssembly module and its ES-module glue into www/pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --lib --target wasm32-unknown-unknown --profile wasm
rm -rf www/pkg/snippets
wasm-bindgen --target web --remove-name-section --out-dir www/pkg \
  target/wasm32-unknown-unknown/wasm/newsmark.wasm
# The glue imports src/wasm/unpack.js from a hashed snippets/ folder: give it
# a fixed name beside the glue, which the service worker, the single-file
# build and the npm package can list.
snippet=$(cd www/pkg && find snippets -name unpack.js)
[ -n "$snippet" ] || { echo "build-wasm: wasm-bindgen wrote no snippets/**/unpack.js" >&2; exit 1; }
mv "www/pkg/$snippet" www/pkg/unpack.js
rm -rf www/pkg/snippets
sed -i "s#'./$snippet'#'./unpack.js'#" www/pkg/newsmark.js
grep -q "from './unpack.js'" www/pkg/newsmark.js || { echo "build-wasm: the glue does not import ./unpack.js" >&2; exit 1; }
# npm's binaryen (Debian's 108 breaks the module: see TOOLCHAIN.md). -O1:
# the engines optimise the code again, and binaryen's -O3 made the module
# 4% slower in Node (the name tagger 20% slower) for 17 KB raw.
node_modules/.bin/wasm-opt -O1 --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/newsmark_bg.wasm -o www/pkg/newsmark_bg.wasm
raw=$(stat -c %s www/pkg/newsmark_bg.wasm)
gz=$(gzip -9 -c www/pkg/newsmark_bg.wasm | wc -c)
echo "build-wasm: www/pkg/newsmark_bg.wasm $raw bytes, $gz gzipped"
