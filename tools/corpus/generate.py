#!/usr/bin/env python3
"""Builds data/corpus/posts.<lang>.jsonl from the hand-written seed posts in tools/corpus/seeds/*.txt.

Authoring tool only (the product never runs Python). Deterministic: a fixed RNG seed per seed post,
so the same seeds always give byte-identical output.

Seed file format (UTF-8):
    %% a comment line
    #lang ar                       default language of the file (ISO 639-1, else 639-3)
    #variety lev                   default variety (dialect / script variety), optional
    @@ <category> <platform> [key=value ...]
    <post text, any number of lines>
    @@ ...

Header keys: lang=, variety=, rom=1 (romanised: Arabizi, Finglish), n=<posts in the family, default 5>,
fam=<family name>: seeds with the same fam (in any file or language, same category) form one source,
e.g. translations of one advert, so they always land in the same split.

Slots inside the text (rendered freshly for every variant):
    [[phone:TR]]        a phone number from the example ranges of that country, many formats
    [[price:4500:EUR]]  a price; the amount is jittered in variants; many styles and numeral systems
    [[tg]]              a fictional Telegram handle (@name or t.me/name)
    {a|b|c}             alternatives: the first in the seed post itself, any in variants

Variants are made by category-neutral transformations only (the same probabilities for every category):
slot re-rendering, alternatives, numeral system, emoji added/removed, line order, spelling noise,
hashtags dropped, line breaks joined, repost/reply wrappers, truncation.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(ROOT, "tools", "corpus", "seeds")
OUT = os.path.join(ROOT, "data", "corpus")

CATEGORIES = [
    "smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info",
    "migrant_request", "humanitarian_or_news", "unrelated",
]
PLATFORMS = {"telegram", "facebook", "tiktok", "x", "instagram", "youtube", "vk", "reddit", "web",
             "mastodon", "whatsapp_channel"}

# ---------------------------------------------------------------------------------------------
# Phone numbers: libphonenumber's example numbers per country (mobile), and for variants the same
# number with its last one or two digits changed. UK numbers are from Ofcom's drama range
# (07700 900xxx), French ones from ARCEP's fiction range (06 39 98 xx xx).
# (country calling code, national significant number of the example)
PHONES = {
    "TR": ("90", "5012345678"), "LY": ("218", "912345678"), "GR": ("30", "6912345678"),
    "IT": ("39", "3123456789"), "DE": ("49", "15123456789"), "FR": ("33", "639980000"),
    "IQ": ("964", "7912345678"), "IR": ("98", "9123456789"), "AF": ("93", "701234567"),
    "PK": ("92", "3012345678"), "EG": ("20", "1001234567"), "MA": ("212", "650123456"),
    "TN": ("216", "20123456"), "DZ": ("213", "551234567"), "SY": ("963", "944567890"),
    "LB": ("961", "71123456"), "JO": ("962", "790123456"), "RU": ("7", "9123456789"),
    "BY": ("375", "294911911"), "GB": ("44", "7700900000"), "RS": ("381", "601234567"),
    "BG": ("359", "48123456"), "BA": ("387", "61123456"), "ES": ("34", "612345678"),
    "SD": ("249", "911231234"), "ER": ("291", "7123456"), "SO": ("252", "711234567"),
    "ET": ("251", "911234567"), "BD": ("880", "1812345678"), "AE": ("971", "501234567"),
    "AT": ("43", "664123456"), "HR": ("385", "921234567"), "PL": ("48", "512345678"),
    "UA": ("380", "501234567"), "NL": ("31", "612345678"), "BE": ("32", "470123456"),
    "NE": ("227", "93123456"), "ML": ("223", "65012345"),
}

DIGITS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",   # Arabic-Indic
    "pers": "۰۱۲۳۴۵۶۷۸۹",   # Extended Arabic-Indic (Persian, Urdu, Pashto)
    "beng": "০১২৩৪৫৬৭৮৯",
}
# Numeral systems a language's posts use, with weights.
LANG_DIGITS = {
    "ar": [("latn", 6), ("arab", 4)], "ckb": [("latn", 5), ("arab", 5)],
    "fa": [("latn", 5), ("pers", 5)], "ps": [("latn", 5), ("pers", 5)], "ur": [("latn", 6), ("pers", 4)],
    "bn": [("latn", 5), ("beng", 5)],
}


def to_digits(s: str, system: str) -> str:
    if system == "latn":
        return s
    table = DIGITS[system]
    return "".join(table[ord(c) - 48] if "0" <= c <= "9" else c for c in s)


def render_phone(rng: random.Random, cc: str, nsn: str, vary: bool, digits: str) -> tuple[str, str]:
    if vary:
        k = rng.choice([1, 2])
        tail = "".join(str(rng.randrange(10)) for _ in range(k))
        nsn = nsn[:-k] + tail
    e164 = "+" + cc + nsn
    national_prefix = "" if cc in ("39",) else "0"   # Italy keeps no trunk 0 on mobiles
    if cc == "7":
        national_prefix = "8"
    groups = _group(nsn)
    fmt = rng.choice(["intl_sp", "intl", "00", "nat_sp", "nat", "nat_dash", "intl_dash", "wa"])
    if fmt == "intl_sp":
        s = "+" + cc + " " + " ".join(groups)
    elif fmt == "intl":
        s = e164
    elif fmt == "00":
        s = "00" + cc + nsn
    elif fmt == "nat_sp":
        s = national_prefix + " ".join(groups)
    elif fmt == "nat":
        s = national_prefix + nsn
    elif fmt == "nat_dash":
        s = national_prefix + "-".join(groups)
    elif fmt == "intl_dash":
        s = "+" + cc + "-" + "-".join(groups)
    else:
        s = "wa.me/" + cc + nsn
    if fmt != "wa" and digits != "latn" and rng.random() < 0.8:
        s = to_digits(s, digits)
        if s.startswith("+") and rng.random() < 0.5:
            s = s[1:] + "+"   # the plus sign typed at the end in right-to-left posts
    return s, e164


def _group(nsn: str) -> list[str]:
    n = len(nsn)
    if n <= 7:
        return [nsn[:3], nsn[3:]] if n > 4 else [nsn]
    if n == 8:
        return [nsn[:2], nsn[2:5], nsn[5:]]
    if n == 9:
        return [nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]]
    if n == 10:
        return [nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]]
    return [nsn[:4], nsn[4:7], nsn[7:]]


# ---------------------------------------------------------------------------------------------
# Prices
CURRENCY_WORDS = {
    "EUR": {"ar": ["يورو", "€", "اورو"], "fa": ["یورو", "€"], "ps": ["یورو", "€"],
            "ckb": ["یۆرۆ", "€", "یورۆ"], "ku": ["euro", "€", "ewro"], "tr": ["euro", "€", "avro"],
            "ru": ["евро", "€", "евр"], "ur": ["یورو", "€"], "_": ["€", "euro", "EUR", "eur"]},
    "USD": {"uk": ["$", "доларів", "дол."], "ar": ["دولار", "$", "دولار امريكي"], "fa": ["دلار", "$"], "ps": ["ډالر", "$", "دالر"],
            "ckb": ["دۆلار", "$"], "ku": ["dolar", "$"], "tr": ["dolar", "$", "USD"],
            "ru": ["долларов", "$", "долл.", "баксов"], "ur": ["ڈالر", "$"], "bn": ["ডলার", "$"],
            "_": ["$", "USD", "dollars", "usd"]},
    "GBP": {"_": ["£", "GBP", "pounds"], "ar": ["باوند", "£", "جنيه استرليني"], "fa": ["پوند", "£"],
            "ckb": ["پاوەند", "£"], "ku": ["pound", "£"]},
    "TRY": {"_": ["TL", "₺", "lira"], "ar": ["ليرة تركي", "TL"], "fa": ["لیر", "TL"], "tr": ["TL", "₺", "lira"]},
    "LYD": {"_": ["LYD", "dinars"], "ar": ["دينار", "دينار ليبي"]},
    "TND": {"_": ["TND", "DT"], "ar": ["دينار", "مليون", "DT"], "fr": ["DT", "dinars"]},
    "EGP": {"_": ["EGP"], "ar": ["جنيه", "ج.م"]},
    "IQD": {"_": ["IQD"], "ar": ["دينار", "الف دينار"], "ckb": ["دینار"]},
    "PKR": {"_": ["PKR", "Rs"], "ur": ["روپے", "Rs"]},
    "IRR": {"_": ["IRR", "rial"], "fa": ["ریال"]},
    "AFN": {"_": ["AFN"], "fa": ["افغانی"], "ps": ["افغانۍ", "افغانی"]},
    "RUB": {"_": ["RUB"], "ru": ["руб.", "₽", "рублей"]},
    "UAH": {"_": ["UAH"], "uk": ["грн", "гривень"]},
    "BDT": {"_": ["BDT", "Tk"], "bn": ["টাকা", "Tk"]},
}
THOUSAND = {"ar": ["الف", "آلاف", "ألف"], "fa": ["هزار"], "ps": ["زره"],
            "ckb": ["هەزار"], "ku": ["hezar"], "tr": ["bin"], "ru": ["тыс.", "тыс", "тысяч"], "uk": ["тис.", "тисяч"],
            "ur": ["ہزار"], "bn": ["হাজার"], "en": ["k", "K", "k"], "fr": ["k", "mille"],
            "it": ["k", "mila"], "es": ["k", "mil"], "de": ["k", "Tsd."], "el": ["χιλ.", "k"], "so": ["kun"], "ti": ["ሽሕ"]}
AR_WORD_THOUSANDS = {1: "ألف", 2: "ألفين", 3: "تلات آلاف", 4: "اربع آلاف", 5: "خمس آلاف", 6: "ستة آلاف",
                     7: "سبع آلاف", 8: "تمن آلاف", 9: "تسع آلاف", 10: "عشرة آلاف"}


def jitter_amount(rng: random.Random, amount: int) -> int:
    if amount >= 1000:
        step = 500 if amount >= 2000 else 100
    elif amount >= 100:
        step = 50
    else:
        step = 5
    delta = rng.choice([-2, -1, -1, 1, 1, 2]) * step
    a = amount + delta
    return a if a > 0 else amount


def render_price(rng: random.Random, amount: int, cur: str, lang: str, digits: str) -> str:
    words = CURRENCY_WORDS.get(cur, {})
    cw = rng.choice(words.get(lang) or words.get("_") or [cur])
    style = rng.random()
    latin_lang = lang not in ("ar", "fa", "ps", "ckb", "ur")
    if amount >= 1000 and amount % 1000 == 0 and lang == "ar" and amount // 1000 in AR_WORD_THOUSANDS and style < 0.15:
        return AR_WORD_THOUSANDS[amount // 1000] + " " + (cw if cw not in "€$£" else "يورو")
    if amount >= 1000 and amount % 100 == 0 and style < 0.35:
        k = amount / 1000
        ks = ("%g" % k)
        if lang in ("ru", "uk", "fr", "de", "it", "tr", "el", "es") and "." in ks:
            ks = ks.replace(".", ",")
        tw = rng.choice(THOUSAND.get(lang, ["k"]))
        num = to_digits(ks, digits)
        if tw in ("k", "K"):
            return (cw + num + tw) if cw in "$£" and rng.random() < 0.5 else num + tw + (cw if cw in "€$£" else " " + cw)
        return num + " " + tw + " " + (cw if cw not in ("€", "$", "£") or rng.random() < 0.5 else cw)
    s = str(amount)
    if amount >= 1000:
        sep = rng.choice(["", "", ".", ",", " "]) if latin_lang else rng.choice(["", "", ",", "٬" if digits == "arab" else ","])
        s = s[:-3] + sep + s[-3:]
    s = to_digits(s, digits)
    if cw in ("€", "$", "£", "₺", "₽"):
        r = rng.random()
        if r < 0.45:
            return s + cw
        if r < 0.7:
            return cw + s
        return s + " " + cw
    return s + " " + cw


# ---------------------------------------------------------------------------------------------
# Handles
HANDLE_PARTS = ["abu", "ali", "sami", "karim", "nour", "safe", "trip", "travel", "road", "star", "vip",
                "omid", "jan", "dost", "yol", "euro", "way", "sea", "king", "best", "info", "help",
                "raha", "azadi", "kurd", "zana", "baran", "rasul", "tiger", "dream", "gold", "city",
                "news", "line", "bro", "hamid", "yusuf", "amin", "rami", "leo", "max", "nika"]


def render_handle(rng: random.Random) -> tuple[str, str]:
    name = "_".join(rng.sample(HANDLE_PARTS, rng.choice([1, 2, 2]))) + (str(rng.randrange(100)) if rng.random() < 0.6 else "")
    if rng.random() < 0.35:
        return "t.me/" + name, name
    return "@" + name, name


# ---------------------------------------------------------------------------------------------
# Spelling noise per script (category-neutral)
NON_JOINING = "اأإآدذرزوؤةءى"
AR_SWAPS = [("ة", "ه"), ("ى", "ي"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ي", "ى"), ("ئ", "ي"), ("ؤ", "و")]
FA_SWAPS = [("ی", "ي"), ("ک", "ك"), ("ۀ", "ه"), ("أ", "ا")]
LAT_ACCENTS = str.maketrans("éèêàâçôûîïëüöäşğıİÇŞĞÖÜáíóúñ", "eeeaacouiieuoasgiICSGOUaioun")
CYR_SWAPS = [("ё", "е"), ("й", "и"), ("ъ", "ь")]
EL_ACCENTS = str.maketrans("άέήίόύώΆΈΉΊΌΎΏ", "αεηιουωΑΕΗΙΟΥΩ")


def script_of(text: str) -> str:
    counts = {"arab": 0, "latn": 0, "cyrl": 0, "grek": 0, "ethi": 0, "beng": 0}
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
            counts["arab"] += 1
        elif "a" <= ch.lower() <= "z" or 0xC0 <= o <= 0x24F:
            counts["latn"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrl"] += 1
        elif 0x0370 <= o <= 0x03FF:
            counts["grek"] += 1
        elif 0x1200 <= o <= 0x137F:
            counts["ethi"] += 1
        elif 0x0980 <= o <= 0x09FF:
            counts["beng"] += 1
    return max(counts, key=counts.get)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.35:
        return word[:i] + word[i + 1:]                      # dropped letter
    if op < 0.6:
        return word[:i] + word[i] + word[i:]                # doubled letter
    if op < 0.85 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # swapped letters
    return word[:i] + word[i] * 3 + word[i + 1:]            # elongation "yaaa"


def spelling_noise(rng: random.Random, text: str, lang: str) -> str:
    sc = script_of(text)
    if sc == "arab":
        if lang == "ar" or lang == "ckb":
            for a, b in rng.sample(AR_SWAPS, 3):
                if rng.random() < 0.6:
                    text = text.replace(a, b)
        else:
            for a, b in FA_SWAPS:
                if rng.random() < 0.3:
                    text = text.replace(a, b)
        if rng.random() < 0.2:   # tatweel elongation of one word
            words = text.split(" ")
            idx = [k for k, w in enumerate(words) if len(w) > 3 and all("\u0621" <= c <= "\u064a" or c in "پچژکگی" for c in w)
                   and w[-2] not in NON_JOINING]
            if idx:
                k = rng.choice(idx)
                w = words[k]
                words[k] = w[:-1] + "ـــ" + w[-1]
                text = " ".join(words)
        text = re.sub("[\u064b-\u0652]", "", text) if rng.random() < 0.7 else text  # drop harakat
    elif sc == "latn":
        if rng.random() < 0.35:
            text = text.translate(LAT_ACCENTS)
    elif sc == "cyrl":
        for a, b in CYR_SWAPS:
            if rng.random() < 0.5:
                text = text.replace(a, b)
    elif sc == "grek":
        if rng.random() < 0.5:
            text = text.translate(EL_ACCENTS)
    # a couple of typos
    words = text.split(" ")
    cand = [k for k, w in enumerate(words) if len(w) >= 4 and not any(c.isdigit() for c in w)
            and not w.startswith(("@", "#", "http", "t.me", "wa.me", "[[", "+"))]
    for _ in range(rng.choice([0, 1, 1, 2])):
        if cand:
            k = rng.choice(cand)
            words[k] = _typo(rng, words[k])
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
NEUTRAL_EMOJI = ["‼️", "👇", "📌", "⚠️", "✅", "🔴", "📢", "🙏", "❗", "👉", "💬", "🔥", "❤️", "😢", "🤲", "⬇️", "📍", "☝️",
                 "👆", "🚫", "💶", "📞", "🌊", "💯", "🇪🇺", "🤔"]
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u203C\u2049\u20E3]+")
REPOST = {
    "ar": ["منقول", "🔁 منقول", "شير", "للنشر", "انشر"], "fa": ["بازنشر", "کپی", "نشر بدید"],
    "ps": ["شریک یې کړئ", "کاپي"], "ckb": ["بڵاوی بکەنەوە", "شێر"], "ku": ["parve bikin", "share"],
    "tr": ["paylaşın", "alıntı", "RT"], "ru": ["репост", "Переслано", "поделитесь"], "uk": ["репост", "поширте"],
    "ur": ["شیئر کریں", "کاپی"], "fr": ["à partager", "partagez", "repost"], "en": ["Share", "repost", "RT", "pls share"],
    "it": ["condividete"], "es": ["compartid", "difundir"], "de": ["teilen"], "el": ["κοινοποιήστε"], "so": ["la wadaag"], "ti": ["ኣካፍሉ"], "bn": ["শেয়ার করুন"],
}
HASHTAGS = {
    "ar": ["#هجرة", "#أوروبا", "#ليبيا", "#تركيا", "#اليونان", "#ايطاليا", "#لاجئين", "#المانيا", "#سوريا", "#العراق", "#تونس", "#الحرقة"],
    "en": ["#migration", "#refugees", "#Europe", "#Libya", "#Greece", "#Italy", "#UK", "#asylum", "#Mediterranean", "#travel"],
    "fr": ["#migrants", "#Europe", "#Italie", "#Lampedusa", "#Tunisie", "#Calais", "#asile", "#voyage"],
    "fa": ["#مهاجرت", "#اروپا", "#ترکیه", "#یونان", "#افغانستان", "#ایران", "#پناهندگی"],
    "ps": ["#مهاجرت", "#اروپا", "#افغانستان", "#ترکیه"], "ur": ["#یورپ", "#اٹلی", "#پاکستان", "#یونان"],
    "ckb": ["#کۆچ", "#ئەوروپا", "#کوردستان", "#بەریتانیا"], "ku": ["#koç", "#Ewropa", "#Almanya", "#Kurdistan"],
    "tr": ["#göç", "#Yunanistan", "#Avrupa", "#Ege", "#İzmir", "#mülteci"],
    "ru": ["#эмиграция", "#Европа", "#Германия", "#Польша", "#беженцы"], "uk": ["#кордон", "#Закарпаття", "#Європа"],
    "it": ["#migranti", "#Lampedusa", "#Italia"], "es": ["#Canarias", "#migración", "#Ceuta"], "de": ["#Migration", "#Flucht", "#Deutschland"],
    "el": ["#μετανάστες", "#Ελλάδα"], "bn": ["#ইতালি", "#প্রবাস"], "so": ["#tahriib", "#Yurub"], "ti": ["#ኤርትራ"],
}
MORE = {"ar": "… عرض المزيد", "fa": "… بیشتر", "en": "… See more", "fr": "… Voir plus", "tr": "… Devamını gör",
        "ru": "… Ещё", "es": "… Ver más", "_": "…"}
REPLY_NAMES = ["ahmad", "maryam", "user", "hassan", "zeynep", "sara", "khaled", "ivan", "amina", "dawit", "faisal", "reza"]


@dataclass
class Seed:
    file: str
    index: int
    category: str
    platform: str
    lang: str
    variety: str | None
    romanized: bool
    n: int
    text: str
    fam: str | None
    line: int
    meta: dict = field(default_factory=dict)


def parse_seed_file(path: str) -> list[Seed]:
    seeds: list[Seed] = []
    lang = None
    variety = None
    cur = None
    body: list[str] = []
    fname = os.path.basename(path)

    def flush():
        nonlocal cur, body
        if cur is not None:
            txt = "\n".join(body).strip("\n")
            txt = re.sub(r"[ \t]+$", "", txt, flags=re.M)
            if not txt.strip():
                raise SystemExit(f"{fname}:{cur.line}: empty seed")
            cur.text = txt
            seeds.append(cur)
        cur, body = None, []

    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("%%"):
                continue
            if line.startswith("#lang "):      # a directive, also between seeds
                flush()
                lang, variety = line.split()[1], None
                continue
            if line.startswith("#variety "):
                flush()
                variety = line.split()[1]
                continue
            if line.startswith("@@"):
                flush()
                parts = line[2:].split()
                if len(parts) < 2:
                    raise SystemExit(f"{fname}:{ln}: header needs category and platform")
                cat, plat = parts[0], parts[1]
                if cat not in CATEGORIES:
                    raise SystemExit(f"{fname}:{ln}: unknown category {cat}")
                if plat not in PLATFORMS:
                    raise SystemExit(f"{fname}:{ln}: unknown platform {plat}")
                kv = dict(p.split("=", 1) for p in parts[2:])
                cur = Seed(fname, len(seeds), cat, plat, kv.get("lang", lang), kv.get("variety", variety),
                           kv.get("rom") == "1", int(kv.get("n", "5")), "", kv.get("fam"), ln)
                if cur.lang is None:
                    raise SystemExit(f"{fname}:{ln}: no language")
                continue
            if cur is None:
                if line.strip():
                    raise SystemExit(f"{fname}:{ln}: text outside a seed block")
                continue
            body.append(line)
    flush()
    return seeds


SLOT_RE = re.compile(r"\[\[(phone|price|tg)(?::([^\]]*))?\]\]")
ALT_RE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def render(seed: Seed, rng: random.Random, k: int):
    """Render variant k of a seed (k == 0 is the seed itself: first alternatives, exact amounts)."""
    vary = k > 0
    weights = LANG_DIGITS.get(seed.lang, [("latn", 1)])
    if seed.romanized:
        weights = [("latn", 1)]
    digits = rng.choices([w[0] for w in weights], [w[1] for w in weights])[0]
    if not vary and seed.lang in LANG_DIGITS and not seed.romanized:
        digits = "latn"   # keep the author's own digits in the seed post; slots use latin there
    text = seed.text
    # alternatives
    text = ALT_RE.sub(lambda m: (m.group(1).split("|")[0] if not vary else rng.choice(m.group(1).split("|"))), text)
    phones: list[str] = []
    prices: list[dict] = []
    phone_cache: dict[str, tuple[str, str]] = {}
    vary_phone = vary and rng.random() < 0.6
    vary_price = vary and rng.random() < 0.6

    def slot(m):
        kind, arg = m.group(1), m.group(2) or ""
        if kind == "phone":
            country = arg.upper()
            if country not in PHONES:
                raise SystemExit(f"{seed.file}:{seed.line}: unknown phone country {country}")
            if country not in phone_cache:
                cc, nsn = PHONES[country]
                phone_cache[country] = render_phone(rng, cc, nsn, vary_phone, digits)
                phones.append(phone_cache[country][1])
            return phone_cache[country][0]
        if kind == "price":
            a, cur = arg.split(":")
            amount = int(a)
            if vary_price:
                amount = jitter_amount(rng, amount)
            prices.append({"amount": amount, "currency": cur})
            if not vary:
                # the seed keeps a plain style
                s = str(amount)
                cw = (CURRENCY_WORDS.get(cur, {}).get(seed.lang) or CURRENCY_WORDS.get(cur, {}).get("_") or [cur])[0]
                return s + (cw if cw in "€$£" else " " + cw)
            return render_price(rng, amount, cur, seed.lang, digits)
        if kind == "tg":
            return render_handle(rng)[0]
        raise AssertionError(kind)

    text = SLOT_RE.sub(slot, text)
    if vary:
        text = transform(rng, text, seed, digits)
    return text, phones, prices


def transform(rng: random.Random, text: str, seed: Seed, digits: str) -> str:
    lang = seed.lang
    lines = text.split("\n")
    # reorder lines (keep the first line most of the time)
    if len(lines) >= 4 and rng.random() < 0.3:
        head, rest = lines[:1], lines[1:]
        tail = []
        if rest and rest[-1].startswith("#") and rng.random() < 0.7:
            tail = [rest.pop()]
        rng.shuffle(rest)
        lines = head + rest + tail
    # drop a hashtag line
    if rng.random() < 0.3:
        lines = [l for l in lines if not (l.strip().startswith("#") and len(l.split()) >= 1 and all(w.startswith("#") for w in l.split()))] or lines
    text = "\n".join(lines)
    # emoji: remove all / add one or two neutral ones
    r = rng.random()
    if r < 0.2:
        text = EMOJI_RE.sub("", text)
        text = re.sub(r"[ \t]{2,}", " ", text)
        text = "\n".join(l.strip() for l in text.split("\n"))
    elif r < 0.45:
        e = rng.choice(NEUTRAL_EMOJI)
        if rng.random() < 0.5:
            text = e + " " + text
        else:
            text = text + " " + e * rng.choice([1, 1, 2, 3])
    # numeral system for all digits outside links and handles
    if digits != "latn" and rng.random() < 0.4:
        text = re.sub(r"(?<![\w./@+])\d[\d.,]*(?![\w/])", lambda m: to_digits(m.group(0), digits), text)
    # spelling noise
    if rng.random() < 0.6:
        text = spelling_noise(rng, text, lang)
    # line breaks: join into one line, or double them
    r = rng.random()
    if r < 0.2 and "\n" in text:
        text = rng.choice([" ", " - ", " . ", "  "]).join(l for l in text.split("\n") if l.strip())
    elif r < 0.3:
        text = re.sub(r"\n", "\n\n", text)
    # case
    if script_of(text) in ("latn", "cyrl", "grek") and rng.random() < 0.08:
        text = text.upper() if rng.random() < 0.5 else text.lower()
    # punctuation: many people type no question marks at all
    if rng.random() < 0.25:
        text = re.sub(r"\s*[?؟]+", "", text)
    # topical hashtags from a per-language pool, same rate for every category
    if rng.random() < 0.15 and lang in HASHTAGS:
        tags = rng.sample(HASHTAGS[lang], min(len(HASHTAGS[lang]), rng.choice([1, 2, 3])))
        text = text + ("\n" if rng.random() < 0.6 else " ") + " ".join(tags)
    # wrappers
    r = rng.random()
    if r < 0.1:
        rp = rng.choice(REPOST.get(lang, ["share"]))
        text = (rp + "\n" + text) if rng.random() < 0.5 else (text + "\n" + rp)
    elif r < 0.16:
        text = "@" + rng.choice(REPLY_NAMES) + str(rng.randrange(10, 999)) + " " + text
    elif r < 0.22 and len(text) > 220:
        cut = rng.randrange(150, min(len(text) - 20, 400))
        text = text[:cut].rstrip() + " " + MORE.get(lang, MORE["_"])
    text = unicodedata.normalize("NFC", text).strip()
    return text


def split_of(source: str) -> str:
    """The split of a source: SHA-256 of its id, first 8 hex digits as a number, mod 100:
    0-69 train, 70-84 dev, 85-99 test. Depends on the source id only, so a source never changes split
    when seeds are added or removed (a model trained on an older corpus never sees a newer test post)."""
    h = int(hashlib.sha256(source.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if h < 70 else ("dev" if h < 85 else "test")


def assign_splits(cells: dict[tuple[str, str], list[str]]) -> dict[str, str]:
    """Split BY SOURCE (see split_of); cells are (language, category) -> sources."""
    return {s: split_of(s) for sources in cells.values() for s in sources}


def has_other_digits(seed_text: str) -> bool:
    stripped = SLOT_RE.sub("", seed_text)
    return any(unicodedata.category(c) == "Nd" for c in stripped)


def build() -> dict[str, list[dict]]:
    files = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))
    by_lang: dict[str, list[dict]] = {}
    seen_ids: set[str] = set()
    for fn in files:
        seeds = parse_seed_file(os.path.join(SEEDS, fn))
        for s in seeds:
            if s.fam:   # a family shared across seed files and languages (translations of one advert)
                source = "x-" + hashlib.sha256(("fam#" + s.fam).encode("utf-8")).hexdigest()[:8]
            else:
                source = f"{s.lang}-" + hashlib.sha256(f"{fn}#{s.index}".encode("utf-8")).hexdigest()[:8]
            rng = random.Random(hashlib.sha256(f"{fn}#{s.index}".encode("utf-8")).hexdigest())
            texts: set[str] = set()
            k = 0
            attempts = 0
            while len(texts) < s.n and attempts < s.n * 4:
                text, phones, prices = render(s, rng, k)
                attempts += 1
                k += 1
                if text in texts:
                    continue
                texts.add(text)
                pid = f"{source}-{hashlib.sha256((fn + str(s.index)).encode()).hexdigest()[:4]}-{len(texts):02d}"
                if pid in seen_ids:
                    raise SystemExit(f"duplicate id {pid}")
                seen_ids.add(pid)
                rec = {"id": pid, "text": text, "lang": s.lang, "category": s.category, "source": source,
                       "platform": s.platform, "split": ""}
                if s.variety:
                    rec["variety"] = s.variety
                if s.romanized:
                    rec["romanized"] = True
                if (phones or prices) and not has_other_digits(s.text):
                    ind = {}
                    if phones:
                        ind["phones"] = phones
                    if prices:
                        ind["prices"] = prices
                    rec["indicators"] = ind
                by_lang.setdefault(s.lang, []).append(rec)
    cells: dict[tuple[str, str], list[str]] = {}
    for recs in by_lang.values():
        for r in recs:
            cells.setdefault((r["lang"], r["category"]), []).append(r["source"])
    splits = assign_splits(cells)
    for recs in by_lang.values():
        for r in recs:
            r["split"] = splits[r["source"]]
    return by_lang


def main() -> int:
    by_lang = build()
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith("posts.") and fn.endswith(".jsonl"):
            os.remove(os.path.join(OUT, fn))
    total = 0
    for lang, recs in sorted(by_lang.items()):
        with open(os.path.join(OUT, f"posts.{lang}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        total += len(recs)
    print(f"wrote {total} posts in {len(by_lang)} languages to {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
