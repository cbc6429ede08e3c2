#!/usr/bin/env python3
"""Builds models/name_words.txt: the lower-case words that occur inside names.

The name tagger fixes a lower-case word as outside any name without scoring
it when the word is not on this list (src/names/features.rs,
`surely_outside`): names in news are capitalised, and the few lower-case
words inside them ("Bank *of* England", "Vincent *van* Gogh", "*de* Gaulle")
are what this list keeps.

Input: the gold labels of CoNLL-2003 *train* and of the GMB corpus (its
time expressions, `tim`, are not names and are left out). The CoNLL dev
split is never read here: it is what the skipping is measured on.

A word is lower-case when all its characters are lower-case letters (what
Rust's `char::is_lowercase` accepts for every character). Output: one word
per line, sorted, no header.

Usage (from the repo root, with ../shared beside it):
    python3 tools/build_name_words.py
"""
import argparse
import sys


def tokens(path):
    """(word, tag) for every token line of a CoNLL-style file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2 or fields[0] == "-DOCSTART-":
                continue
            yield fields[0], fields[-1]


def is_lower_word(word):
    return word.isalpha() and all(c.islower() for c in word)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="models/name_words.txt")
    args = parser.parse_args()
    sources = [f"{args.data}/conll2003/train.txt", f"{args.data}/gmb/ner_dataset.conll"]
    words = set()
    for path in sources:
        for word, tag in tokens(path):
            if tag != "O" and not tag.endswith("-tim") and is_lower_word(word):
                words.add(word)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in sorted(words)))
    print(f"build_name_words: {args.out}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
