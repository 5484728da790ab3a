#!/usr/bin/env python3
"""Checks data/corpus/posts.*.jsonl: schema, split-by-source, leakage, minimum sizes; prints counts.

Usage: python3 tools/corpus/check.py [--strict]
--write-readme rewrites the count tables in data/corpus/README.md.
--strict also fails when the corpus is under the issue's minimums (3,500 posts, 200 per category,
10 languages, every category in at least five languages). Exit code 0 = all checks passed.
"""
from __future__ import annotations

import collections
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "data", "corpus")
CATEGORIES = ["smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info",
              "migrant_request", "humanitarian_or_news", "unrelated"]
SPLITS = ["train", "dev", "test"]
REQUIRED = {"id": str, "text": str, "lang": str, "category": str, "source": str, "platform": str, "split": str}
OPTIONAL = {"variety": str, "romanized": bool, "indicators": dict}


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import assign_splits  # noqa: E402  (the one definition of the split rule)


def skeleton(text: str) -> str:
    """Text with digits, emoji, punctuation and spacing removed: equal skeletons are near-copies."""
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in t if unicodedata.category(c)[0] == "L")


def main() -> int:
    strict = "--strict" in sys.argv
    errors: list[str] = []
    rows = []
    files = sorted(glob.glob(os.path.join(CORPUS, "posts.*.jsonl")))
    if not files:
        print("no data/corpus/posts.*.jsonl files", file=sys.stderr)
        return 1
    for path in files:
        name = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{name}:{ln}: not JSON ({e.msg})")
                    continue
                for k, t in REQUIRED.items():
                    if not isinstance(r.get(k), t) or (t is str and not r.get(k)):
                        errors.append(f"{name}:{ln}: field '{k}' missing or not a non-empty {t.__name__}")
                for k, v in r.items():
                    if k not in REQUIRED and k not in OPTIONAL:
                        errors.append(f"{name}:{ln}: unknown field '{k}'")
                    elif k in OPTIONAL and not isinstance(v, OPTIONAL[k]):
                        errors.append(f"{name}:{ln}: field '{k}' has the wrong type")
                if r.get("category") not in CATEGORIES:
                    errors.append(f"{name}:{ln}: unknown category {r.get('category')!r}")
                if r.get("split") not in SPLITS:
                    errors.append(f"{name}:{ln}: unknown split {r.get('split')!r}")
                if isinstance(r.get("lang"), str) and not os.path.basename(path) == f"posts.{r['lang']}.jsonl":
                    errors.append(f"{name}:{ln}: lang {r['lang']} in the wrong file")
                if isinstance(r.get("text"), str) and r["text"] != r["text"].strip():
                    errors.append(f"{name}:{ln}: text has leading/trailing whitespace")
                ind = r.get("indicators")
                if isinstance(ind, dict):
                    for p in ind.get("phones", []):
                        if not re.fullmatch(r"\+[1-9]\d{6,14}", p):
                            errors.append(f"{name}:{ln}: phone {p!r} is not E.164")
                    for pr in ind.get("prices", []):
                        if not (isinstance(pr, dict) and isinstance(pr.get("amount"), int) and pr["amount"] > 0
                                and isinstance(pr.get("currency"), str) and re.fullmatch(r"[A-Z]{3}", pr["currency"])):
                            errors.append(f"{name}:{ln}: price {pr!r} needs a positive integer amount and an ISO 4217 code")
                r["_where"] = f"{name}:{ln}"
                rows.append(r)

    ids = collections.Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"id {i!r} occurs {c} times")
    src_split = collections.defaultdict(set)
    for r in rows:
        src_split[r.get("source")].add(r.get("split"))
    for s, sp in src_split.items():
        if len(sp) > 1:
            errors.append(f"source {s} is in several splits: {sorted(sp)}")
    src_cat = collections.defaultdict(set)
    for r in rows:
        src_cat[r.get("source")].add(r.get("category"))
    for s_, cs in src_cat.items():
        if len(cs) > 1:
            errors.append(f"source {s_} has several categories: {sorted(map(str, cs))}")
    cells = collections.defaultdict(list)
    for r in rows:
        if isinstance(r.get("source"), str):
            cells[(r.get("lang"), r.get("category"))].append(r["source"])
    expected = assign_splits(cells)
    for r in rows:
        if isinstance(r.get("source"), str) and r.get("split") != expected[r["source"]]:
            errors.append(f"{r['_where']}: split {r.get('split')} is not the split rule's {expected[r['source']]} for source {r['source']}")
    # near-copy leakage: the same letter skeleton in two different splits
    skel = collections.defaultdict(set)
    where = {}
    for r in rows:
        if isinstance(r.get("text"), str):
            k = skeleton(r["text"])
            if len(k) >= 12:
                skel[k].add(r.get("split"))
                where.setdefault(k, []).append(r["_where"])
    for k, sp in skel.items():
        if len(sp) > 1:
            errors.append(f"near-copy across splits {sorted(sp)}: {', '.join(where[k][:3])}")
    texts = collections.Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"exact duplicate text x{c}: {t[:60]!r}")

    # ---- counts
    report: list[str] = []

    def out(line: str = "") -> None:
        report.append(line)

    langs = sorted({r["lang"] for r in rows})
    by = collections.Counter((r["category"], r["lang"], r["split"]) for r in rows)
    out(f"{len(rows)} posts, {len(src_split)} sources, {len(langs)} languages: {' '.join(langs)}\n")
    w = max(len(c) for c in CATEGORIES)
    out("posts per category x language (all splits)")
    out(" " * w + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}{'train':>7}{'dev':>6}{'test':>6}{'src':>6}")
    for c in CATEGORIES:
        cells = [sum(by[(c, l, s)] for s in SPLITS) for l in langs]
        sp = [sum(by[(c, l, s)] for l in langs) for s in SPLITS]
        nsrc = len({r["source"] for r in rows if r["category"] == c})
        out(f"{c:<{w}}" + "".join(f"{x:>6}" for x in cells) + f"{sum(cells):>7}" + "".join(f"{x:>7}" if i == 0 else f"{x:>6}" for i, x in enumerate(sp)) + f"{nsrc:>6}")
    tot = [sum(by[(c, l, s)] for c in CATEGORIES for s in SPLITS) for l in langs]
    out(f"{'total':<{w}}" + "".join(f"{x:>6}" for x in tot) + f"{sum(tot):>7}" + "".join(f"{sum(by[(c, l, s)] for c in CATEGORIES for l in langs):>7}" if i == 0 else f"{sum(by[(c, l, s)] for c in CATEGORIES for l in langs):>6}" for i, s in enumerate(SPLITS)))
    out()
    out("posts per category x split x language")
    for s in SPLITS:
        out(f"[{s}]")
        for c in CATEGORIES:
            out(f"  {c:<{w}}" + "".join(f"{by[(c, l, s)]:>6}" for l in langs))
    variety = collections.Counter((r["lang"], r.get("variety", "-"), bool(r.get("romanized"))) for r in rows)
    out("\nvarieties: " + ", ".join(f"{l}/{v}{'/latn' if ro else ''}={n}" for (l, v, ro), n in sorted(variety.items())))
    plat = collections.Counter(r["platform"] for r in rows)
    out("platforms: " + ", ".join(f"{p}={n}" for p, n in plat.most_common()))
    ni = sum(1 for r in rows if "indicators" in r)
    out(f"posts with expected indicators: {ni}")

    print("\n".join(report))
    if "--write-readme" in sys.argv:
        readme = os.path.join(CORPUS, "README.md")
        with open(readme, encoding="utf-8") as f:
            doc = f.read()
        a, b = "<!-- counts:begin -->", "<!-- counts:end -->"
        if a in doc and b in doc:
            body = "Generated by `python3 tools/corpus/check.py --write-readme`.\n\n```\n" + "\n".join(report) + "\n```\n"
            doc = doc[: doc.index(a) + len(a)] + "\n" + body + doc[doc.index(b):]
            with open(readme, "w", encoding="utf-8", newline="\n") as f:
                f.write(doc)

    # ---- minimums
    shortfalls = []
    if len(rows) < 3500:
        shortfalls.append(f"only {len(rows)} posts (< 3500)")
    for c in CATEGORIES:
        n = sum(1 for r in rows if r["category"] == c)
        nl = len({r["lang"] for r in rows if r["category"] == c})
        if n < 200:
            shortfalls.append(f"{c}: {n} posts (< 200)")
        if nl < 5:
            shortfalls.append(f"{c}: {nl} languages (< 5)")
        for s in SPLITS:
            if not any(r["category"] == c and r["split"] == s for r in rows):
                shortfalls.append(f"{c}: no posts in {s}")
    if len(langs) < 10:
        shortfalls.append(f"only {len(langs)} languages (< 10)")
    for m in shortfalls:
        print("minimum not met: " + m)
    for e in errors[:50]:
        print("ERROR " + e, file=sys.stderr)
    if len(errors) > 50:
        print(f"... and {len(errors) - 50} more errors", file=sys.stderr)
    ok = not errors and (not strict or not shortfalls)
    print(f"\n{'OK' if ok else 'FAILED'}: {len(errors)} errors, {len(shortfalls)} shortfalls")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
