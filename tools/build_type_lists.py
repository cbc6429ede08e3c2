#!/usr/bin/env python3
"""Builds models/types/languages.txt, the typer's list of language names.

English names of languages from CLDR (the Unicode Common Locale Data
Repository, through the `babel` package: BSD-3-Clause code, data under the
Unicode licence), with the script or regional variants' bare names kept
("Tunisian Arabic", "Cantonese"), plus the hand list models/hand/languages.txt.
Sorted, deduplicated, one per line. Deterministic for one babel version.

    pip install babel==2.18.0 && python3 tools/build_type_lists.py [OUT_DIR]
"""
import os
import sys

from babel import Locale

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "models", "types")
names = set()
for code, name in Locale("en").languages.items():
    # Drop CLDR's bracketed qualifiers ("Chinese (Simplified)") and codes
    # for collections ("Afro-Asiatic languages").
    if "(" in name or "languages" in name.lower() or not name[0].isupper():
        continue
    names.add(name)
with open(os.path.join(root, "models", "hand", "languages.txt"), encoding="utf-8") as f:
    names.update(line.strip() for line in f if line.strip())
os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, "languages.txt"), "w", encoding="utf-8") as f:
    for name in sorted(names):
        f.write(name + "\n")
print(f"build_type_lists: {len(names)} language names", file=sys.stderr)
