#!/usr/bin/env bash
# Benchmarks newsmark against its peers on one generated ~1 MB news corpus:
# native and WASM-in-Node throughput (words/s, one thread, after a warm-up),
# compromise and wink-nlp on the same corpus, cold start in Node, the size of
# the .wasm (raw, gzip, brotli) and peak memory. Prints a table, the ratios
# to each peer and the README's budgets; keeps everything in target/bench/.
#
#   scripts/bench.sh            # BENCH_PASSES=3 BENCH_BYTES=1000000 BENCH_COLD_RUNS=7
#   BENCH_NO_BUILD=1 scripts/bench.sh   # reuse the last builds
#   BENCH_STRICT=1 scripts/bench.sh     # exit 1 when a budget is missed
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
passes=${BENCH_PASSES:-3}
bytes=${BENCH_BYTES:-1000000}
cold_runs=${BENCH_COLD_RUNS:-7}
mkdir -p "$out"
results="$out/results.jsonl"
: > "$results"

# Peers are dev dependencies of bench/package.json only, never shipped.
if [ ! -d bench/node_modules/wink-nlp ] || [ bench/package.json -nt bench/node_modules/.package-lock.json ]; then
  echo "bench: installing the peers (bench/package.json)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "bench: generating the corpus"
node bench/gen_corpus.mjs "$out/corpus.jsonl" "$bytes"

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  scripts/setup.sh
  echo "bench: building (native release, WASM)"
  cargo build --quiet --release --example bench
  scripts/build-wasm.sh
fi
# Measure a private copy: www/pkg may be rebuilt while the benchmark runs.
copy_pkg() {
  rm -rf "$out/pkg" && cp -r www/pkg "$out/pkg"
  node -e 'process.exit(process.argv.slice(1).every((f) => WebAssembly.validate(require("fs").readFileSync(f))) ? 0 : 1)' \
    "$out/pkg/newsmark_bg.wasm" "$out/pkg/newsmark_simd_bg.wasm"
}
copy_pkg || { sleep 5; copy_pkg; } || { echo "bench: www/pkg/ has no valid pair of modules" >&2; exit 1; }
export NEWSMARK_PKG="$out/pkg"

# One measurement per process; a failing tool is reported and skipped.
measure() {
  local what=$1; shift
  echo "bench: $what" >&2
  if ! "$@" >> "$results"; then echo "bench: $what FAILED (skipped)" >&2; fi
}
measure "newsmark native" target/release/examples/bench "$out/corpus.jsonl" "$passes"
for tool in newsmark-wasm wink-nlp wink-nlp-full compromise; do
  measure "$tool throughput" node bench/run_js.mjs "$tool" "$out/corpus.jsonl" "$passes"
done
for tool in newsmark-wasm wink-nlp compromise; do
  for _ in $(seq "$cold_runs"); do
    measure "$tool cold start" node bench/run_js.mjs --cold "$tool"
  done
done
measure "wasm size" node bench/sizes.mjs "$out/pkg/newsmark_bg.wasm" "$out/pkg/newsmark_simd_bg.wasm"

echo
node bench/report.mjs "$results" ${BENCH_STRICT:+--strict} | tee "$out/report.txt"
echo "bench: raw results in $results, report in $out/report.txt"
