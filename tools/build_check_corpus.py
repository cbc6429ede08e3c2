#!/usr/bin/env python3
"""Builds the corpus that `scripts/output-digest.sh` annotates: 8.7 MB of
text on which a change meant to be exact (a speed-up, a refactor) must
give byte-identical output.

One JSONL document per line ({"id", "text"}), in this order:
  * the benchmark corpus (`node bench/gen_corpus.mjs`, given as the first argument);
  * CoNLL-2003 train and dev, one document per -DOCSTART-, tokens joined by spaces;
  * GMB, forty sentences to a document;
  * every string of the Duckling corpus's dimensions (each input on its own).

Usage: python3 tools/build_check_corpus.py BENCH_CORPUS.jsonl DATA_DIR > OUT.jsonl
"""
import json
import sys


def conll_documents(path, sentences_per_document=None):
    """Documents of a CoNLL-style file: sentences of space-joined tokens, one per line."""
    documents, current, sentence = [], [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if sentence:
                    current.append(" ".join(sentence))
                    sentence = []
                full = sentences_per_document and len(current) >= sentences_per_document
                if current and (fields or full):
                    documents.append("\n".join(current))
                    current = []
                continue
            sentence.append(fields[0])
    if sentence:
        current.append(" ".join(sentence))
    if current:
        documents.append("\n".join(current))
    return documents


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def main():
    bench, data = sys.argv[1], sys.argv[2]
    texts = [json.loads(line)["text"] for line in open(bench, encoding="utf-8") if line.strip()]
    texts += conll_documents(f"{data}/conll2003/train.txt")
    texts += conll_documents(f"{data}/conll2003/dev.txt")
    texts += conll_documents(f"{data}/gmb/ner_dataset.conll", 40)
    duckling = json.load(open(f"{data}/testsuites/duckling/duckling-en-corpus.json", encoding="utf-8"))
    texts += list(strings(duckling["dimensions"]))
    for i, text in enumerate(texts):
        print(json.dumps({"id": i, "text": text}))


if __name__ == "__main__":
    main()
