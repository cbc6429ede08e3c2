#!/usr/bin/env bash
# Prints a digest of the command line's output on 8.7 MB of text (the
# benchmark corpus, CoNLL-2003, GMB, the Duckling suite: see
# tools/build_check_corpus.py). A change meant to leave the output alone (a
# speed-up, a refactor) must leave the digest alone: run this before and after.
#
#   scripts/output-digest.sh            # with ../shared/data (NEWSMARK_DATA to change)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${NEWSMARK_DATA:-../shared/data}
out=target/check
mkdir -p "$out"
[ -f target/bench/corpus.jsonl ] || node bench/gen_corpus.mjs target/bench/corpus.jsonl 1000000
python3 tools/build_check_corpus.py target/bench/corpus.jsonl "$data" > "$out/corpus.jsonl"
cargo build --quiet --release
target/release/newsmark annotate --jsonl --reference-date 2013-02-12T04:30:00 < "$out/corpus.jsonl" > "$out/output.jsonl"
echo "output-digest: $(wc -l < "$out/output.jsonl") documents, sha256 $(sha256sum "$out/output.jsonl" | cut -c1-16)"
