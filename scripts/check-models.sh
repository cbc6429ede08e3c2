#!/usr/bin/env bash
# Rebuilds every committed model under models/ into a scratch folder,
# target/check-models/ (emptied first; each rebuilt model and its build's log
# stay there to look at), and compares it byte for byte with the committed
# one: prints "same" or "DIFFERS" per model, and exits non-zero when any
# differs or when models/MANIFEST no longer describes the inputs.
#
#   scripts/check-models.sh [MODEL...]          rebuild and compare (all models by default)
#   scripts/check-models.sh --write [MODEL...]  the same, then write the whole models/MANIFEST
#
# models/MANIFEST records, for each model, the command that builds it, its
# input files with their sha256, the package versions it used, its seed where
# it has one, and the sha256 of each committed output file.
#
# The Python tools run in a virtual environment with the pinned packages of
# tools/requirements*.txt (MODELS_VENV, default target/models-venv, made when
# missing). Data come from NEWSMARK_DATA (default ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."

# The models, one per line: name | output under models/ (a file, or a folder
# ending in /) | inputs (paths or globs from the repo root; $DATA is the data
# folder) | packages (requirements files, "rust", or - for Python alone) |
# seed (- for none) | command, run from the repo root, which must write the
# model to $OUT and nothing under models/ ($PYTHON is the environment's, $SEED
# the seed). A model is rebuilt from the committed files of the others (ner.bin
# from the committed word lists and clusters, which the binary embeds).
MODELS=$(cat <<'TABLE'
lexicon    | lexicon/       | tools/build_lexicon.py models/hand/lexicon/*.txt models/hand/lexicon/*.tsv      | tools/requirements.txt          | -     | $PYTHON tools/build_lexicon.py --out $OUT
clusters   | clusters.tsv   | tools/build_clusters.py $DATA/conll2003/train.txt $DATA/gmb/ner_dataset.conll   | tools/requirements.txt          | 20240 | $PYTHON tools/build_clusters.py --seed $SEED --out $OUT
name_words | name_words.txt | tools/build_name_words.py $DATA/conll2003/train.txt $DATA/gmb/ner_dataset.conll | -                               | -     | $PYTHON tools/build_name_words.py --data $DATA --out $OUT
holidays   | holidays.tsv   | tools/build_holidays.py                                                         | tools/requirements-holidays.txt | -     | $PYTHON tools/build_holidays.py > $OUT
ner        | ner.bin        | $DATA/conll2003/train.txt models/lexicon models/clusters.tsv src/names Cargo.lock              | rust         | 1     | NER_OUT=$OUT scripts/train-ner.sh --seed $SEED
languages  | types/         | tools/build_type_lists.py models/hand/languages.txt                             | tools/requirements-teacher.txt  | -     | $PYTHON tools/build_type_lists.py $OUT
types      | types.bin      | tools/teacher_types.py $DATA/conll2003/train.txt $DATA/conll2003/dev.txt $DATA/gmb/ner_dataset.conll $DATA/wnut17/wnut17train.conll models/lexicon models/clusters.tsv models/types models/hand src/names Cargo.lock | tools/requirements-teacher.txt | 1 | TEACHER_VENV=${PYTHON%/bin/python} TYPES_OUT=$OUT scripts/train-types.sh --seed $SEED
TABLE
)

write=false
if [ "${1:-}" = --write ]; then write=true; shift; fi
only=" $* "
for name in "$@"; do
  grep -q "^$name " <<< "$MODELS" || { echo "check-models: no model $name (models: $(cut -d' ' -f1 <<< "$MODELS" | xargs))" >&2; exit 2; }
done
DATA=$(cd "${NEWSMARK_DATA:-../shared/data}" && pwd)
venv=${MODELS_VENV:-target/models-venv}

# The virtual environment, with every requirements file installed.
if [ ! -x "$venv/bin/python" ]; then
  echo "check-models: making the virtual environment $venv"
  python3 -m venv "$venv"
fi
venv=$(cd "$venv" && pwd)
PYTHON=$venv/bin/python
for requirements in tools/requirements*.txt; do
  stamp=$venv/.installed-$(basename "$requirements")-$(sha256sum "$requirements" | cut -c1-16)
  if [ ! -f "$stamp" ]; then
    echo "check-models: installing $requirements into $venv"
    "$PYTHON" -m pip install --quiet -r "$requirements"
    touch "$stamp"
  fi
done

field() { echo "$1" | cut -d'|' -f"$2" | sed 's/^ *//; s/ *$//'; }
# A path as MANIFEST names it: the data folder as $DATA, others from the repo root.
shown() { case $1 in "$DATA"/*) echo "\$DATA/${1#"$DATA"/}" ;; *) echo "$1" ;; esac; }
# The input files of a model: its globs expanded (a folder stands for every
# file under it), sorted.
inputs_of() {
  local pattern path
  for pattern in $(echo "$1" | sed "s#\$DATA#$DATA#g"); do
    compgen -G "$pattern" | while read -r path; do find "$path" -type f; done || true
  done | LC_ALL=C sort -u
}
# The package versions a model used.
packages_of() {
  local packages=$1 requirements name
  case $packages in
    -) echo "python $("$PYTHON" -c 'import platform; print(platform.python_version())')" ;;
    rust) echo "$(rustc --version)" ;;
    *)
      echo "python $("$PYTHON" -c 'import platform; print(platform.python_version())')"
      for requirements in $packages; do
        for name in $(sed 's/#.*//; s/[=<>~!].*//' "$requirements"); do
          echo "$name==$("$PYTHON" -c "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))" "$name")"
        done
      done
      ;;
  esac
}
# The sha256 and path of each file of a committed model (a file or a folder).
outputs_of() {
  find "models/${1%/}" -type f | LC_ALL=C sort | xargs sha256sum
}
# The MANIFEST entry of one table line.
entry() {
  local line=$1 name output seed command input
  name=$(field "$line" 1); output=$(field "$line" 2); seed=$(field "$line" 5); command=$(field "$line" 6)
  echo "[$name] models/$output"
  echo "command: $command"
  while read -r input; do
    [ -n "$input" ] && echo "input: $(sha256sum < "$input" | cut -d' ' -f1)  $(shown "$input")"
  done < <(inputs_of "$(field "$line" 3)")
  while read -r package; do echo "package: $package"; done < <(packages_of "$(field "$line" 4)")
  [ "$seed" = - ] || echo "seed: $seed"
  outputs_of "$output" | sed 's/^/output: /'
  echo
}

tmp=target/check-models
rm -rf "$tmp"
mkdir -p "$tmp"
tmp=$(cd "$tmp" && pwd)

status=0
manifest=$tmp/MANIFEST
{
  echo "# The committed models, how each is built and from what (scripts/check-models.sh --write)."
  echo "# \$DATA is the data folder (../shared/data). Check: scripts/check-models.sh"
  echo
} > "$manifest"
while IFS= read -r line; do
  [ -n "$line" ] || continue
  name=$(field "$line" 1); output=$(field "$line" 2); seed=$(field "$line" 5); command=$(field "$line" 6)
  entry "$line" >> "$manifest"
  if [ "$only" != "  " ] && [[ $only != *" $name "* ]]; then continue; fi
  out=$tmp/$name/$(basename "$output")
  mkdir -p "$(dirname "$out")"
  log=$tmp/$name/build.log
  echo "check-models: $name: $command"
  if ! PYTHON=$PYTHON DATA=$DATA OUT=$out SEED=$seed NEWSMARK_DATA=$DATA nice -n 5 bash -c "$command" > "$log" 2>&1; then
    echo "check-models: $name: the build failed:" >&2
    tail -20 "$log" >&2
    echo "$name: DIFFERS (the build failed)"
    status=1
    continue
  fi
  if diff -r "models/${output%/}" "$out" > "$tmp/$name/diff"; then
    echo "$name: same"
  else
    echo "$name: DIFFERS (rebuilt: $out)"
    head -5 "$tmp/$name/diff" | sed 's/^/    /'
    status=1
  fi
done <<< "$MODELS"

if $write; then
  cp "$manifest" models/MANIFEST
  echo "check-models: wrote models/MANIFEST"
elif ! cmp -s "$manifest" models/MANIFEST; then
  echo "check-models: models/MANIFEST does not describe the inputs and outputs of today (scripts/check-models.sh --write):"
  diff models/MANIFEST "$manifest" | head -20 | sed 's/^/    /' || true
  status=1
fi
exit $status
