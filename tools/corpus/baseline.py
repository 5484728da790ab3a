#!/usr/bin/env python3
"""A deliberately simple baseline on data/corpus (standard library only): multinomial naive Bayes over
character 2–4-grams of lower-cased text, trained on `train`, scored on `dev` and `test`.

It is a check of the corpus, not a product model: if this baseline scored near 1.0 the corpus would be
too template-like (a model could memorise artefacts); if it scored near chance the labels would be noise.
Prints macro-F1, per-category F1, the humanitarian/news false-flag rate, and the most indicative n-grams
per category (to spot artefacts). Usage: python3 tools/corpus/baseline.py [--top N]
"""
from __future__ import annotations

import collections
import glob
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATS = ["smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info",
        "migrant_request", "humanitarian_or_news", "unrelated"]
FLAGGED = {"smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info"}


def grams(text: str):
    t = " " + " ".join(text.lower().split()) + " "
    for n in (2, 3, 4):
        for i in range(len(t) - n + 1):
            yield t[i:i + n]


def main() -> int:
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    rows = []
    for p in sorted(glob.glob(os.path.join(ROOT, "data", "corpus", "posts.*.jsonl"))):
        with open(p, encoding="utf-8") as f:
            rows += [json.loads(l) for l in f]
    train = [r for r in rows if r["split"] == "train"]
    counts = {c: collections.Counter() for c in CATS}
    docs = collections.Counter()
    for r in train:
        counts[r["category"]].update(set(grams(r["text"])))
        docs[r["category"]] += 1
    vocab = set().union(*counts.values())
    totals = {c: sum(counts[c].values()) for c in CATS}
    V = len(vocab)

    def predict(text: str) -> str:
        gs = set(grams(text))
        best, bs = None, -1e18
        for c in CATS:
            s = math.log(docs[c] / len(train))
            for g in gs:
                if g in vocab:
                    s += math.log((counts[c][g] + 0.1) / (totals[c] + 0.1 * V))
            if s > bs:
                best, bs = c, s
        return best

    for split in ("dev", "test"):
        ev = [r for r in rows if r["split"] == split]
        conf = collections.Counter((r["category"], predict(r["text"])) for r in ev)
        f1s = {}
        for c in CATS:
            tp = conf[(c, c)]
            fp = sum(conf[(o, c)] for o in CATS if o != c)
            fn = sum(conf[(c, o)] for o in CATS if o != c)
            p = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            f1s[c] = 2 * p * rc / (p + rc) if p + rc else 0.0
        hum = [r for r in ev if r["category"] == "humanitarian_or_news"]
        ff = sum(conf[("humanitarian_or_news", c)] for c in FLAGGED)
        print(f"[{split}] {len(ev)} posts  macro-F1 {sum(f1s.values()) / len(CATS):.3f}  "
              f"humanitarian/news flagged as smuggling or guidance: {ff}/{len(hum)} = {ff / max(1, len(hum)):.1%}")
        for c in CATS:
            print(f"   {c:<24} F1 {f1s[c]:.3f}")
    if top:
        print("\nmost indicative n-grams (log-odds against the other categories):")
        for c in CATS:
            other = collections.Counter()
            for o in CATS:
                if o != c:
                    other.update(counts[o])
            ot = sum(other.values())
            score = {g: math.log((counts[c][g] + 1) / (totals[c] + V)) - math.log((other[g] + 1) / (ot + V))
                     for g, n in counts[c].items() if n >= 8}
            best = sorted(score, key=score.get, reverse=True)[:top]
            print(f"  {c}: " + " | ".join(repr(g) for g in best))
    return 0


if __name__ == "__main__":
    sys.exit(main())
