#!/usr/bin/env bash
# Trains the name model, models/ner.bin, from CoNLL-2003 train (with dev
# scores printed at the end). Deterministic: the same data, word lists and
# seed give the same bytes. About a minute on 2 cores.
#
#   scripts/train-ner.sh [extra `newsmark train` options]
#
# NER_OUT=FILE writes the model there instead (scripts/check-models.sh
# rebuilds it into target/check-models/).
#
# Retrain whenever models/lexicon/ or models/clusters.tsv change: the model's
# features depend on them (a test compares their fingerprint).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${NEWSMARK_DATA:-../shared/data}
out=${NER_OUT:-models/ner.bin}

cargo build --release
nice -n 5 target/release/newsmark train \
  --train "$data/conll2003/train.txt" \
  --dev "$data/conll2003/dev.txt" \
  --out "$out" "$@"
echo "train-ner: $out $(stat -c %s "$out") bytes, $(gzip -9 -c "$out" | wc -c) gzipped"
