#!/usr/bin/env bash
# Trains the name model, models/ner.bin, from CoNLL-2003 train (with dev
# scores printed at the end). Deterministic: the same data, word lists and
# seed give the same bytes. About a minute on 2 cores.
#
#   scripts/train-ner.sh [extra `newsmark train` options]
#
# Retrain whenever models/lexicon/ or models/clusters.tsv change: the model's
# features depend on them (a test compares their fingerprint).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${NEWSMARK_DATA:-../shared/data}

cargo build --release
nice -n 5 target/release/newsmark train \
  --train "$data/conll2003/train.txt" \
  --dev "$data/conll2003/dev.txt" \
  --out models/ner.bin "$@"
echo "train-ner: models/ner.bin $(stat -c %s models/ner.bin) bytes, $(gzip -9 -c models/ner.bin | wc -c) gzipped"
