#!/usr/bin/env python3
"""Build distributional word clusters for the name tagger.

Input: the text (never the labels) of CoNLL-2003 *train* and the GMB corpus, nothing else.
The CoNLL dev split must never be read here: clusters that saw dev inflate dev scores.

Method:
  * tokens lower-cased, every digit mapped to 0; sentences kept apart
  * vocabulary: words with count >= --min-count, at most --max-words most frequent
  * context features: the --contexts most frequent words, separately on the left and on
    the right within a +-2 window (so a word has 2 * contexts features)
  * PPMI with context-distribution smoothing (alpha 0.75)
  * truncated SVD to --dims dimensions (eigen-decomposition of the feature Gram matrix,
    numpy only), rows = U * S^0.5, L2-normalised
  * k-means (k-means++ seeding, fixed seed) at --ks granularities, independently

Output (--out, default models/clusters.tsv): `word<TAB>c64<TAB>c256<TAB>c1024` per line,
sorted by word, 0-based cluster ids, no header. Deterministic for a given numpy build.

Usage (from the repo root):
    nice -n 5 python3 tools/build_clusters.py
"""
import os

# Fix BLAS threads before numpy loads: deterministic sums and polite on shared machines.
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "2")

import argparse
import gzip
import sys
import time
from collections import Counter

import numpy as np

T0 = time.time()


def log(msg):
    print(f"[{time.time() - T0:6.1f}s] {msg}", file=sys.stderr, flush=True)


def norm(w):
    return "".join("0" if c.isdigit() else c for c in w.lower())


def read_conll(path):
    """CoNLL-2003: `word POS chunk NER`, -DOCSTART- lines, blank line between sentences."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                sent = []
                continue
            if parts[0] == "-DOCSTART-":
                continue
            sent.append(norm(parts[0]))
    if sent:
        yield sent


def read_gmb(path):
    """GMB: `word<TAB>POS<TAB>TAG`, blank line between sentences."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not parts[0].strip():
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(norm(parts[0].strip()))
    if sent:
        yield sent


def kmeans(x, k, rng, iters=40, tol=1e-5):
    n = x.shape[0]
    sq = np.einsum("ij,ij->i", x, x)
    # k-means++ seeding
    centers = np.empty((k, x.shape[1]), dtype=x.dtype)
    first = rng.integers(n)
    centers[0] = x[first]
    d2 = np.maximum(sq - 2 * x @ centers[0] + sq[first], 0)
    for j in range(1, k):
        p = d2 / d2.sum() if d2.sum() > 0 else None
        idx = rng.choice(n, p=p)
        centers[j] = x[idx]
        d2 = np.minimum(d2, np.maximum(sq - 2 * x @ centers[j] + sq[idx], 0))
    prev = None
    for it in range(iters):
        csq = np.einsum("ij,ij->i", centers, centers)
        dist = csq[None, :] - 2 * (x @ centers.T)
        assign = np.argmin(dist, axis=1)
        inertia = float((dist[np.arange(n), assign] + sq).sum())
        counts = np.bincount(assign, minlength=k)
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, x)
        empty = counts == 0
        centers[~empty] = sums[~empty] / counts[~empty, None]
        if empty.any():  # re-seed empty clusters with the worst-fitting points
            worst = np.argsort(-(dist[np.arange(n), assign] + sq), kind="stable")[: int(empty.sum())]
            centers[empty] = x[worst]
        if prev is not None and prev - inertia <= tol * prev:
            break
        prev = inertia
    csq = np.einsum("ij,ij->i", centers, centers)
    assign = np.argmin(csq[None, :] - 2 * (x @ centers.T), axis=1)
    return assign, it + 1, inertia


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll-train", default="../shared/data/conll2003/train.txt")
    ap.add_argument("--gmb", default="../shared/data/gmb/ner_dataset.conll")
    ap.add_argument("--out", default="models/clusters.tsv")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=20000)
    ap.add_argument("--contexts", type=int, default=2500,
                    help="most frequent words used as context features (each left and right)")
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--ks", default="64,256,1024")
    ap.add_argument("--seed", type=int, default=20240)
    args = ap.parse_args()
    for p in (args.conll_train, args.gmb):
        if "dev" in os.path.basename(p) or "testa" in p or "testb" in p:
            sys.exit(f"refusing to read {p}: clusters must be built from train + GMB only")

    sents = list(read_conll(args.conll_train)) + list(read_gmb(args.gmb))
    ntok = sum(len(s) for s in sents)
    log(f"read {len(sents)} sentences, {ntok} tokens")

    counts = Counter(w for s in sents for w in s)
    ranked = sorted(((c, w) for w, c in counts.items() if c >= args.min_count), key=lambda t: (-t[0], t[1]))
    vocab = [w for _, w in ranked[: args.max_words]]
    index = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    C = min(args.contexts, V)
    log(f"vocabulary {V} words (count >= {args.min_count}), {C} context words x 2 sides")

    # token id stream with -1 for out-of-vocabulary and -2 as sentence separator
    ids = []
    for s in sents:
        ids.extend(index.get(w, -1) for w in s)
        ids.extend([-2] * args.window)
    ids = np.array(ids, dtype=np.int64)

    # co-occurrence pairs: row = centre word, col = context word (+C if on the right)
    rows, cols = [], []
    n = len(ids)
    for off in range(1, args.window + 1):
        a, b = ids[: n - off], ids[off:]
        # b is right context of a
        m = (a >= 0) & (b >= 0) & (b < C)
        rows.append(a[m]); cols.append(b[m] + C)
        # a is left context of b
        m = (b >= 0) & (a >= 0) & (a < C)
        rows.append(b[m]); cols.append(a[m])
    rows = np.concatenate(rows); cols = np.concatenate(cols)
    D = 2 * C
    key, cnt = np.unique(rows * D + cols, return_counts=True)
    r, c = key // D, key % D
    cnt = cnt.astype(np.float64)
    log(f"{len(cnt)} distinct (word, context) pairs from {int(cnt.sum())} co-occurrences")

    total = cnt.sum()
    row_sum = np.bincount(r, weights=cnt, minlength=V)
    col_sum = np.bincount(c, weights=cnt, minlength=D) ** 0.75
    col_p = col_sum / col_sum.sum()
    pmi = np.log(cnt / total) - np.log(row_sum[r] / total) - np.log(col_p[c])
    keep = pmi > 0
    r, c, val = r[keep], c[keep], pmi[keep].astype(np.float64)
    log(f"PPMI non-zeros {len(val)}")

    # Gram matrix G = M^T M (D x D) accumulated over row blocks of the dense PPMI matrix
    order = np.argsort(r, kind="stable")
    r, c, val = r[order], c[order], val[order]
    bounds = np.searchsorted(r, np.arange(0, V + 1))
    block = 2000
    G = np.zeros((D, D), dtype=np.float64)

    def dense_rows(lo, hi):
        s, e = bounds[lo], bounds[hi]
        m = np.zeros((hi - lo, D), dtype=np.float64)
        m[r[s:e] - lo, c[s:e]] = val[s:e]
        return m

    for lo in range(0, V, block):
        hi = min(V, lo + block)
        m = dense_rows(lo, hi)
        G += m.T @ m
    log("Gram matrix done; eigen-decomposition")
    evals, evecs = np.linalg.eigh(G)
    top = np.argsort(-evals, kind="stable")[: args.dims]
    S = np.sqrt(np.maximum(evals[top], 1e-12))
    Vk = evecs[:, top]
    # fix eigenvector signs (largest-magnitude component positive) for determinism
    sign = np.sign(Vk[np.argmax(np.abs(Vk), axis=0), np.arange(Vk.shape[1])])
    Vk = Vk * sign
    emb = np.zeros((V, args.dims), dtype=np.float64)
    for lo in range(0, V, block):
        hi = min(V, lo + block)
        emb[lo:hi] = dense_rows(lo, hi) @ Vk  # = U S
    emb = emb / np.sqrt(S)  # U S^0.5
    nrm = np.linalg.norm(emb, axis=1, keepdims=True)
    emb = emb / np.maximum(nrm, 1e-12)
    log(f"embeddings {emb.shape}, explained top-{args.dims} share {evals[top].sum() / evals.sum():.3f}")

    ks = [int(k) for k in args.ks.split(",")]
    labels = []
    for k in ks:
        rng = np.random.default_rng(args.seed + k)
        a, it, inertia = kmeans(emb, k, rng)
        sizes = np.bincount(a, minlength=k)
        log(f"k={k}: {it} iterations, inertia {inertia:.1f}, cluster sizes min {sizes.min()} "
            f"median {int(np.median(sizes))} max {sizes.max()}")
        labels.append(a)

    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    lines = sorted(f"{w}\t" + "\t".join(str(int(l[i])) for l in labels) for i, w in enumerate(vocab)
                   if "\t" not in w and w.strip())
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    print(f"wrote {args.out}: {len(lines)} words, {len(data)} bytes, "
          f"{len(gzip.compress(data, 9, mtime=0))} bytes gzipped")

    # a few sample neighbourhoods, for a human eye
    by = {w: i for i, w in enumerate(vocab)}
    for probe in ("london", "iraqi", "john", "ministry", "monday", "0.00", "germany", "said"):
        if probe in by:
            cl = labels[-1][by[probe]]
            members = [vocab[i] for i in np.flatnonzero(labels[-1] == cl)[:12]]
            print(f"  c{ks[-1]}({probe}) = {' '.join(members)}")
    log("done")


if __name__ == "__main__":
    main()
