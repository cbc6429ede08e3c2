#!/usr/bin/env bash
# Assembles the npm package `newsmark` in npm/dist/ from the WebAssembly build
# in www/pkg/ (run scripts/build-wasm.sh first), the embedding modules of
# www/embed/ and the entry points of npm/src/. The layout keeps www/'s
# relative paths (dist/embed/*.js import ../pkg/newsmark.js), so the same
# files run on the site and in the package. Publish with `npm publish npm/`.
set -euo pipefail
cd "$(dirname "$0")/.."

for f in newsmark.js unpack.js newsmark_bg.wasm newsmark_simd_bg.wasm; do
  [ -f "www/pkg/$f" ] || { echo "build-npm: www/pkg/$f is missing: run scripts/build-wasm.sh first" >&2; exit 1; }
done

out=npm/dist
rm -rf "$out"
mkdir -p "$out/pkg" "$out/embed"
cp www/pkg/newsmark.js www/pkg/unpack.js www/pkg/newsmark_bg.wasm www/pkg/newsmark_simd_bg.wasm www/pkg/newsmark.d.ts "$out/pkg/"
cp www/embed/core.js www/embed/wasm-build.js www/embed/labels.js www/embed/highlight.js www/embed/element.js \
   www/embed/bookmarklet.js www/embed/frame.js www/embed/frame.html www/embed/embed.css "$out/embed/"
cp npm/src/index.js npm/src/node.js "$out/"
# The module embeds the model data: its terms (not all MIT) and attributions go with it.
cp models/LICENCES.md models/ATTRIBUTION.md "$out/"

crate=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
package=$(node -p "require('./npm/package.json').version")
if [ "$crate" != "$package" ]; then
  echo "build-npm: warning: npm/package.json has version $package, Cargo.toml $crate" >&2
fi
echo "build-npm: $out ($(find "$out" -type f | wc -l) files, $(du -sk "$out" | cut -f1) KiB)"
