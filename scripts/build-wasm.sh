#!/usr/bin/env bash
# Builds the WebAssembly module, twice, and its ES-module glue into www/pkg/:
# newsmark_bg.wasm (plain) and newsmark_simd_bg.wasm (with WebAssembly's
# 128-bit SIMD instructions, about 5% faster). The same glue loads either;
# www/embed/wasm-build.js picks the one the engine validates.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runs wasm-bindgen on cargo's module $1 into folder $2, then binaryen.
bind() {
  local module=$1 out=$2; shift 2
  rm -rf "$out/snippets"
  wasm-bindgen --target web --remove-name-section --out-dir "$out" "$module"
  # The glue imports src/wasm/unpack.js from a hashed snippets/ folder: give
  # it a fixed name beside the glue, which the service worker, the
  # single-file build and the npm package can list.
  local snippet
  snippet=$(cd "$out" && find snippets -name unpack.js)
  [ -n "$snippet" ] || { echo "build-wasm: wasm-bindgen wrote no snippets/**/unpack.js" >&2; exit 1; }
  mv "$out/$snippet" "$out/unpack.js"
  rm -rf "$out/snippets"
  sed -i "s#'./$snippet'#'./unpack.js'#" "$out/newsmark.js"
  grep -q "from './unpack.js'" "$out/newsmark.js" || { echo "build-wasm: the glue does not import ./unpack.js" >&2; exit 1; }
  # npm's binaryen (Debian's 108 breaks the module: see TOOLCHAIN.md). -O1:
  # the engines optimise the code again, and binaryen's -O3 made the module
  # 4% slower in Node (the name tagger 20% slower) for 17 KB raw.
  node_modules/.bin/wasm-opt -O1 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$@" \
    "$out/newsmark_bg.wasm" -o "$out/newsmark_bg.wasm"
}

report() {
  echo "build-wasm: $1 $(stat -c %s "$1") bytes, $(gzip -9 -c "$1" | wc -c) gzipped"
}

cargo build --lib --target wasm32-unknown-unknown --profile wasm
bind target/wasm32-unknown-unknown/wasm/newsmark.wasm www/pkg

# The SIMD build: the same flags (.cargo/config.toml) plus simd128, in its own
# target folder so that neither build invalidates the other's cache.
cargo build --lib --target wasm32-unknown-unknown --profile wasm --target-dir target/wasm-simd \
  --config 'target.wasm32-unknown-unknown.rustflags = ["-C", "target-feature=+simd128"]'
simd=$(mktemp -d)
trap 'rm -rf "$simd"' EXIT
bind target/wasm-simd/wasm32-unknown-unknown/wasm/newsmark.wasm "$simd" --enable-simd
# One glue serves both modules only if wasm-bindgen wrote the same glue.
cmp -s "$simd/newsmark.js" www/pkg/newsmark.js ||
  { echo "build-wasm: the SIMD build's glue differs from the plain build's" >&2; exit 1; }
mv "$simd/newsmark_bg.wasm" www/pkg/newsmark_simd_bg.wasm

report www/pkg/newsmark_bg.wasm
report www/pkg/newsmark_simd_bg.wasm
