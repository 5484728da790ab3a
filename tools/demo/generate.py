#!/usr/bin/env python3
"""Generates Vigil's bundled demo corpus (data/demo/) from a fixed seed.

    python3 tools/demo/generate.py            # writes data/demo/
    python3 tools/demo/generate.py --check    # regenerates in memory, fails if data/demo/ differs

Everything is synthetic, written by the Vigil team: channel names, handles and people are invented;
phone numbers are libphonenumber-js example mobile numbers (tools/demo/libphonenumber-js/) with their
last digits varied. The output is reproducible byte for byte (same seed, same Python 3.9+).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import banks as B  # noqa: E402

SEED = 20261120
END = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
START = END - dt.timedelta(weeks=12)  # 2026-08-28
WEEKS = 12
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "demo")
# The manifest sits next to the folder, not in it: `vigil demo` imports every data file inside data/demo/.
MANIFEST = "../demo.manifest.json"

EXAMPLES = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "libphonenumber-js", "examples.mobile.json")))
CALLING = {"LY": "218", "IT": "39", "TR": "90", "GR": "30", "BY": "375", "PL": "48", "FR": "33", "GB": "44",
           "RS": "381", "HU": "36", "IR": "98", "AF": "93", "PK": "92", "IQ": "964", "DZ": "213", "DE": "49", "RU": "7"}
# Grouping of the national number when written with spaces, per country.
GROUPS = {"LY": [2, 3, 4], "IT": [3, 3, 4], "TR": [3, 3, 2, 2], "GR": [3, 3, 4], "BY": [2, 3, 2, 2], "PL": [3, 3, 3],
          "FR": [1, 2, 2, 2, 2], "GB": [4, 6], "RS": [2, 3, 4], "HU": [2, 3, 4], "IR": [3, 3, 4], "AF": [2, 3, 4],
          "PK": [3, 7], "IQ": [3, 3, 4], "DZ": [3, 2, 2, 2], "DE": [3, 8], "RU": [3, 3, 2, 2]}
TRUNK = {"IT": "", "BY": "8 0", "RU": "8 "}  # others: "0"

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DIGITS_OF = {"ar": ARABIC_INDIC, "ckb": ARABIC_INDIC, "fa": PERSIAN, "prs": PERSIAN, "ps": PERSIAN, "ur": PERSIAN}
# Language tag written into files and counted in the README.
TAG = {"arz": "ar-Latn", "prs": "prs", "kmr": "kmr"}


def tag(lang: str) -> str:
    return TAG.get(lang, lang)


# ------------------------------------------------------------------------------------------------
# Phones
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Phone:
    country: str
    national: str

    @property
    def e164(self) -> str:
        return "+" + CALLING[self.country] + self.national


_used_suffixes: dict[str, set[str]] = {}


def phone(country: str, suffix: int) -> Phone:
    """Example mobile number of the country with its last two digits replaced by `suffix`."""
    base = EXAMPLES[country]
    s = f"{suffix:02d}"
    used = _used_suffixes.setdefault(country, set())
    assert s not in used, f"phone {country} ..{s} allocated twice"
    used.add(s)
    return Phone(country, base[:-2] + s)


def group(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(digits):
            break
        out.append(digits[i:i + n])
        i += n
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def fmt_phone(p: Phone, lang: str, rng: random.Random, style: str | None = None) -> str:
    cc = CALLING[p.country]
    parts = group(p.national, GROUPS[p.country])
    style = style or rng.choice(["intl_spaced", "intl_spaced", "intl_compact", "zerozero", "dashed", "national", "wa"])
    if style == "intl_spaced":
        s = f"+{cc} " + " ".join(parts)
    elif style == "intl_compact":
        s = f"+{cc}{p.national}"
    elif style == "zerozero":
        s = f"00{cc}{p.national}" if rng.random() < 0.5 else f"00{cc} " + " ".join(parts)
    elif style == "dashed":
        s = f"+{cc}-" + "-".join(parts)
    elif style == "national":
        s = TRUNK.get(p.country, "0") + " ".join(parts)
    else:  # wa.me link: always ASCII digits, never localised
        return f"wa.me/{cc}{p.national}"
    table = DIGITS_OF.get(lang)
    if table is not None and rng.random() < 0.55:
        s = s.translate(table)
    return s


# ------------------------------------------------------------------------------------------------
# Prices
# ------------------------------------------------------------------------------------------------
def _dot(a: int) -> str:
    return f"{a:,}".replace(",", ".")


def _k(a: int) -> str:
    k = a / 1000
    return str(int(k)) if k == int(k) else f"{k:.1f}"


def fmt_price(amount: int, cur: str, lang: str, rng: random.Random) -> str:
    a = amount
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}[cur]
    ar_word = {"USD": "دولار", "EUR": "يورو", "GBP": "جنيه استرليني"}[cur]
    fa_word = {"USD": "دلار", "EUR": "یورو", "GBP": "پوند"}[cur]
    ru_word = {"USD": "долларов", "EUR": "евро", "GBP": "фунтов"}[cur]
    options = {
        "en": [f"{sym}{a:,}", f"{a}{sym}", f"{a} {cur}", f"{_k(a)}k", f"{_k(a)}k{sym}", f"{a:,} {'dollars' if cur == 'USD' else 'euros' if cur == 'EUR' else 'pounds'}"],
        "ar": [f"{a}{sym}", f"{str(a).translate(ARABIC_INDIC)} {ar_word}", f"{a} {ar_word}", f"{sym}{a}"],
        "arz": [f"{a}{sym}", f"{_k(a)}k {'dollar' if cur == 'USD' else 'euro'}", f"{a} {'dollar' if cur == 'USD' else 'euro'}"],
        "fa": [f"{str(a).translate(PERSIAN)} {fa_word}", f"{a}{sym}", f"{_k(a).translate(PERSIAN)} هزار {fa_word}"],
        "prs": [f"{str(a).translate(PERSIAN)} {fa_word}", f"{a}{sym}"],
        "ps": [f"{str(a).translate(PERSIAN)} {'ډالر' if cur == 'USD' else 'یورو'}", f"{a}{sym}"],
        "ckb": [f"{str(a).translate(ARABIC_INDIC)} {'دۆلار' if cur == 'USD' else 'یۆرۆ' if cur == 'EUR' else 'پاوەند'}", f"{a}{sym}"],
        "kmr": [f"{a} {'dolar' if cur == 'USD' else 'euro' if cur == 'EUR' else 'sterlîn'}", f"{a}{sym}"],
        "tr": [f"{_dot(a)} {sym}", f"{sym}{_dot(a)}", f"{a} {'dolar' if cur == 'USD' else 'euro' if cur == 'EUR' else 'sterlin'}", f"{_dot(a)} Euro" if cur == "EUR" else f"{_dot(a)} $"],
        "ru": [f"{_k(a).replace('.', ',')} тыс. {ru_word}", f"{a:,} {ru_word}".replace(",", " "), f"{sym}{a}", f"{a}{sym}"],
        "fr": [f"{a:,}\u202f{sym}".replace(",", "\u202f"), f"{a} {'dollars' if cur == 'USD' else 'euros' if cur == 'EUR' else 'livres'}", f"{a:,} {sym}".replace(",", " ")],
        "ur": [f"{a} {'ڈالر' if cur == 'USD' else 'یورو' if cur == 'EUR' else 'پاؤنڈ'}", f"{str(a).translate(PERSIAN)} {'ڈالر' if cur == 'USD' else 'یورو' if cur == 'EUR' else 'پاؤنڈ'}"],
        "it": [f"{_dot(a)} euro", f"{_dot(a)} {sym}", f"{sym}{_dot(a)}"],
        "el": [f"{_dot(a)} ευρώ", f"{_dot(a)}{sym}"],
    }
    return rng.choice(options[lang])


# Route price curves: currency and amount per week (week 0..11). The trend is what an analyst should see.
ROUTE_PRICE = {
    "LY-IT": ("USD", lambda w: 3500 + 125 * w),          # 3,500 → ~4,900: autumn, fewer departures
    "LY-GR": ("USD", lambda w: 5500 + 150 * max(0, w - 8)),  # new line from week 8
    "TR-GR": ("EUR", lambda w: 2500 - 60 * w),           # 2,500 → ~1,850: "winter discount"
    "BY-PL": ("USD", lambda w: 4000 + 135 * w),          # 4,000 → ~5,500
    "FR-UK": ("EUR", lambda w: 1300 + 60 * w),           # 1,300 → ~2,000 per place
    "RS-HU": ("EUR", lambda w: 3000 - 50 * w),           # 3,000 → ~2,450 per "game"
    "IR-TR": ("USD", lambda w: 600 + 25 * w),            # 600 → ~875 on foot
}


def local_currency(amount: int, cur: str, route: str | None, lang: str) -> tuple[int, str]:
    """English posts about the Channel quote pounds, as the UK side does."""
    if route == "FR-UK" and lang == "en" and cur == "EUR":
        return int(round(amount * 0.86 / 50) * 50), "GBP"
    return amount, cur


def route_price(route: str, week: int, rng: random.Random, noise: bool = True) -> tuple[int, str]:
    cur, f = ROUTE_PRICE[route]
    a = f(week)
    if noise:
        a += rng.choice([-200, -100, 0, 0, 0, 100, 200]) if a > 1500 else rng.choice([-50, 0, 0, 50])
    step = 100 if a >= 1000 else 50
    return int(round(a / step) * step), cur


# ------------------------------------------------------------------------------------------------
# Accounts and networks
# ------------------------------------------------------------------------------------------------
@dataclass
class Account:
    key: str
    file: str                # output file key
    platform: str
    handle: str
    name: str
    kind: str
    langs: dict[str, float]
    n: int
    routes: list[str] = field(default_factory=list)
    network: str | None = None
    phones: list[Phone] = field(default_factory=list)    # contact phones (first is primary)
    tg: str | None = None                                 # contact handle advertised in posts
    utc_hours: tuple[int, int] = (14, 22)
    numeric_id: int = 0


def _acc(*args, **kw) -> Account:
    return Account(*args, **kw)


def build_accounts() -> tuple[list[Account], dict]:
    P = phone
    nets = {
        "N1": {"name": "Zuwara line (Libya → Italy, later Tobruk → Crete)",
               "phones": [P("LY", 10), P("LY", 11), P("IT", 20)], "handles": ["@tariq_alamal_eu", "@bahr_mutawasit_rihlat"]},
        "N2": {"name": "Aegean crossings (Turkey → Greek islands)",
               "phones": [P("TR", 30), P("TR", 31), P("GR", 40)], "handles": ["@ege_yolculuk_vip"]},
        "N3": {"name": "Forest road (Belarus → Poland → Germany), with driver recruitment",
               "phones": [P("BY", 50), P("BY", 51), P("PL", 60)], "handles": ["@lesnaya_doroga_eu"]},
        "N4": {"name": "Channel small boats (France → UK)",
               "phones": [P("FR", 70), P("FR", 71), P("GB", 80)], "handles": ["@gashti_britania"]},
        "N5": {"name": "Balkan 'game' (Serbia → Hungary)",
               "phones": [P("RS", 85), P("RS", 86), P("AF", 87)], "handles": ["@balkan_game_srv"]},
        "N6": {"name": "Van crossing (Iran → Turkey)",
               "phones": [P("IR", 90), P("IR", 91), P("AF", 93)], "handles": ["@safar_turkiye_bv"]},
        "N7": {"name": "EU documents vendor (bridged to N2 through a shared Turkish number)",
               "phones": [P("GB", 82)], "handles": ["@docs_eu_24"]},
    }
    n1, n2, n3, n4, n5, n6, n7 = (nets[k] for k in ("N1", "N2", "N3", "N4", "N5", "N6", "N7"))
    # The bridge: the documents vendor also gives out the Aegean network's second Turkish number.
    n7["phones"].append(n2["phones"][1])
    acc = [
        # ---- Telegram channels collected to JSONL
        _acc("tg_bahr", "telegram", "telegram", "bahr_mutawasit_rihlat", "رحلات البحر المتوسط 🇮🇹", "smuggler", {"ar": .7, "arz": .3}, 95,
             ["LY-IT"], "N1", [n1["phones"][0], n1["phones"][2]], "@tariq_alamal_eu"),
        _acc("tg_ege", "telegram", "telegram", "ege_yolculuk_vip", "Ege VIP Yolculuk", "smuggler", {"tr": .5, "ar": .3, "fa": .2}, 90,
             ["TR-GR"], "N2", [n2["phones"][0], n2["phones"][2]], "@ege_yolculuk_vip"),
        _acc("tg_yunan", "telegram", "telegram", "safar_yunan_amn", "سفر یونان | Safar Yunan", "smuggler", {"fa": .6, "prs": .2, "ps": .2}, 70,
             ["TR-GR"], "N2", [n2["phones"][1], n2["phones"][0]], "@ege_yolculuk_vip"),
        _acc("tg_belarus", "telegram", "telegram", "belarus_road_iq", "طريق بيلاروسيا | Belarus Road", "smuggler", {"ar": .6, "ckb": .4}, 70,
             ["BY-PL"], "N3", [n3["phones"][0], n3["phones"][2]], "@lesnaya_doroga_eu"),
        _acc("tg_britania", "telegram", "telegram", "gashti_britania", "گەشتی بەریتانیا", "smuggler", {"ckb": .6, "kmr": .2, "fa": .2}, 75,
             ["FR-UK"], "N4", [n4["phones"][0], n4["phones"][2]], "@gashti_britania"),
        _acc("tg_balkan", "telegram", "telegram", "balkan_game_srv", "Balkan Game Service", "smuggler", {"ps": .4, "ur": .4, "ar": .2}, 60,
             ["RS-HU"], "N5", [n5["phones"][0], n5["phones"][2]], "@balkan_game_srv"),
        _acc("tg_turkiye", "telegram", "telegram", "safar_turkiye_bv", "سفر ترکیه بدون ویزا", "smuggler", {"prs": .5, "fa": .3, "ps": .2}, 60,
             ["IR-TR"], "N6", [n6["phones"][0], n6["phones"][2]], "@safar_turkiye_bv"),
        _acc("tg_docs", "telegram", "telegram", "docs_eu_24", "Documents EU 24", "docs_vendor", {"en": .3, "ar": .3, "ru": .2, "fr": .1, "fa": .1}, 50,
             [], "N7", [n7["phones"][0], n7["phones"][1]], "@docs_eu_24"),
        _acc("tg_rabota", "telegram", "telegram", "rabota_voditel_eu", "Работа водителем ЕС 💶", "recruiter", {"ru": .8, "en": .2}, 40,
             ["BY-PL"], "N3", [n3["phones"][1]], "@lesnaya_doroga_eu"),
        _acc("tg_express", "telegram", "telegram", "safar_europa_exp", "Safar Europa Express", "smuggler", {"ar": .5, "en": .3, "fr": .2}, 40,
             ["LY-IT", "FR-UK"], None, [P("FR", 75), P("LY", 20)], "@safar_europa_exp"),
        _acc("tg_info", "telegram", "telegram", "traveller_info_247", "Traveller Info 24/7", "guide", {"en": .3, "ar": .3, "fa": .2, "ru": .2}, 85,
             ["LY-IT", "BY-PL", "TR-GR"], "N1", [], "@bahr_mutawasit_rihlat"),
        _acc("tg_rights", "telegram", "telegram", "rights_on_the_move", "Rights on the Move", "ngo", {"en": .25, "ar": .25, "fa": .2, "ps": .15, "ckb": .15}, 110,
             ["LY-IT", "TR-GR", "BY-PL", "FR-UK"], None, [P("GR", 50)], None, (7, 17)),
        _acc("tg_akhbar", "telegram", "telegram", "akhbar_almuhajirin", "أخبار المهاجرين اليوم", "news", {"ar": 1.0}, 130,
             ["LY-IT", "TR-GR", "BY-PL", "LY-GR"], None, [], None, (5, 19)),
        _acc("tg_mohajer", "telegram", "telegram", "mohajer_news_fa", "خبرگزاری مهاجر", "news", {"fa": .7, "prs": .3}, 110,
             ["IR-TR", "TR-GR", "BY-PL"], None, [], None, (5, 19)),
        _acc("tg_suriyun", "telegram", "telegram", "suriyun_istanbul_qa", "السوريون في إسطنبول – أسئلة وأجوبة", "community", {"ar": .8, "arz": .2}, 170,
             ["TR-GR", "LY-IT", "RS-HU"], None, [], None, (9, 23)),
        _acc("tg_afghan", "telegram", "telegram", "afghanha_turkiye", "افغان‌های مقیم ترکیه", "community", {"prs": .5, "fa": .3, "ps": .2}, 140,
             ["IR-TR", "TR-GR", "RS-HU"], None, [], None, (9, 23)),
        _acc("tg_ce", "telegram", "telegram", "ce_praca_legalna", "Kierowcy CE – praca legalna", "jobs", {"ru": .6, "en": .2, "ur": .2}, 60,
             [], None, [P("PL", 70)], None, (6, 16)),
        _acc("tg_kurden", "telegram", "telegram", "kurden_ewropaye", "Kurdên Ewropayê", "community", {"kmr": .5, "ckb": .5}, 100,
             ["FR-UK", "BY-PL"], None, [], None, (9, 23)),
        # ---- Telegram Desktop exports (one file per channel)
        _acc("ex_amal", "tg_export_amal", "telegram", "tariq_alamal_eu", "طريق الأمل | Tariq al Amal", "smuggler", {"ar": .8, "arz": .2}, 110,
             ["LY-IT", "LY-GR"], "N1", [n1["phones"][1], n1["phones"][2]], "@bahr_mutawasit_rihlat"),
        _acc("ex_les", "tg_export_les", "telegram", "lesnaya_doroga_eu", "Лесная дорога в Европу", "smuggler", {"ru": .7, "ar": .2, "ckb": .1}, 95,
             ["BY-PL"], "N3", [n3["phones"][0], n3["phones"][1]], "@lesnaya_doroga_eu"),
        _acc("ex_ege", "tg_export_yardim", "telegram", "ege_yardim_hatti", "Ege Yardım Hattı | خط المساعدة", "ngo", {"tr": .4, "ar": .3, "fa": .3}, 120,
             ["TR-GR", "IR-TR"], None, [P("TR", 90)], None, (7, 18)),
        # ---- CrowdTangle-like CSV (Facebook pages, Instagram accounts)
        _acc("fb_safar", "crowdtangle", "facebook", "safar.europa.page", "Safar Europa - سفر أوروبا", "smuggler", {"ar": .8, "arz": .2}, 50,
             ["LY-IT"], "N1", [n1["phones"][0]], "@tariq_alamal_eu"),
        _acc("fb_yunan", "crowdtangle", "facebook", "yunanistan.yolu", "Yunanistan Yolu", "smuggler", {"tr": .6, "ar": .4}, 45,
             ["TR-GR"], "N2", [n2["phones"][0]], "@ege_yolculuk_vip"),
        _acc("fb_calais", "crowdtangle", "facebook", "calais.uk.help", "Calais to UK help", "smuggler", {"en": .4, "ckb": .3, "fa": .3}, 40,
             ["FR-UK"], "N4", [n4["phones"][1], n4["phones"][2]], "@gashti_britania"),
        _acc("fb_larah", "crowdtangle", "facebook", "da.europa.larah", "د اروپا لاره", "smuggler", {"ps": .6, "ur": .4}, 35,
             ["RS-HU"], "N5", [n5["phones"][1]], "@balkan_game_srv"),
        _acc("fb_blue", "crowdtangle", "facebook", "blueharbourrescue", "Blue Harbour Rescue", "rescue_ngo", {"en": .4, "it": .4, "ar": .2}, 95,
             ["LY-IT", "LY-GR"], None, [P("IT", 50)], None, (6, 20)),
        _acc("fb_opale", "crowdtangle", "facebook", "info.refugies.opale", "Info Réfugiés Côte d'Opale", "ngo", {"fr": .5, "ar": .2, "ckb": .15, "fa": .15}, 85,
             ["FR-UK"], None, [P("FR", 90)], None, (7, 19)),
        _acc("fb_anka", "crowdtangle", "facebook", "ankaturizmseyahat", "Anka Turizm Seyahat", "agency", {"tr": .6, "ar": .4}, 55,
             [], None, [P("TR", 91)], None, (6, 17)),
        _acc("fb_atlas", "crowdtangle", "facebook", "atlasvoyagesoran", "Atlas Voyages Oran", "agency", {"fr": .7, "ar": .3}, 45,
             [], None, [P("DZ", 60)], None, (7, 17)),
        _acc("fb_transeuro", "crowdtangle", "facebook", "transeurocareers", "TransEuro Logistics Careers", "jobs", {"en": .5, "ru": .3, "tr": .2}, 50,
             [], None, [P("PL", 71)], None, (6, 15)),
        _acc("fb_iraqi", "crowdtangle", "facebook", "iraqiyin.almania", "العراقيين في ألمانيا", "community", {"ar": .7, "ckb": .3}, 85,
             ["BY-PL", "FR-UK"], None, [], None, (10, 23)),
        _acc("fb_pak", "crowdtangle", "facebook", "pakistani.in.greece", "Pakistani in Greece 🇵🇰🇬🇷", "community", {"ur": .8, "en": .2}, 55,
             ["RS-HU", "TR-GR"], None, [], None, (10, 23)),
        # ---- X posts (JSONL)
        _acc("x_gecis", "x", "x", "yunan_gecis", "Yunan Geçiş ⛵", "smuggler", {"tr": .6, "ar": .4}, 30,
             ["TR-GR"], "N2", [n2["phones"][1]], "@ege_yolculuk_vip"),
        _acc("x_ukfast", "x", "x", "uk_crossing_fast", "UK crossing fast", "smuggler", {"en": .6, "ckb": .4}, 30,
             ["FR-UK"], "N4", [n4["phones"][2]], "@gashti_britania"),
        _acc("x_passport", "x", "x", "passport_fast_eu", "Fast EU Papers", "docs_vendor", {"en": .5, "ar": .3, "fr": .2}, 30,
             [], "N7", [n7["phones"][1]], "@docs_eu_24"),
        _acc("x_meddesk", "x", "x", "mediterranean_desk", "Mediterranean Desk", "news", {"en": 1.0}, 100,
             ["LY-IT", "TR-GR", "LY-GR", "FR-UK"], None, [], None, (5, 18)),
        _acc("x_calais", "x", "x", "calais_reporter", "Calais Reporter", "news", {"fr": .7, "en": .3}, 75,
             ["FR-UK"], None, [], None, (6, 20)),
        _acc("x_blue", "x", "x", "blueharbour_sar", "Blue Harbour Rescue", "rescue_ngo", {"en": .6, "it": .4}, 70,
             ["LY-IT"], None, [], None, (5, 20)),
        _acc("x_student", "x", "x", "istanbul_student_life", "Istanbul student life", "chatter", {"tr": .7, "en": .3}, 60,
             [], None, [], None, (9, 23)),
        _acc("x_aigaio", "x", "x", "aigaio_eidiseis", "Αιγαίο Ειδήσεις", "news", {"el": .8, "en": .2}, 65,
             ["TR-GR", "LY-GR"], None, [], None, (5, 19)),
        # ---- TikTok captions (JSONL)
        _acc("tt_abusalem", "tiktok", "tiktok", "abu.salem.travel90", "Abu Salem Travel", "smuggler", {"ar": .6, "arz": .4}, 30,
             ["LY-IT"], "N1", [n1["phones"][0]], "@tariq_alamal_eu"),
        _acc("tt_izmir", "tiktok", "tiktok", "izmir.sahil.turu", "İzmir sahil turu", "smuggler", {"tr": .5, "fa": .5}, 28,
             ["TR-GR"], "N2", [n2["phones"][0]], "@ege_yolculuk_vip"),
        _acc("tt_dunkirk", "tiktok", "tiktok", "dunkirk.boys.uk", "dunkirk boys", "smuggler", {"ckb": .5, "kmr": .2, "en": .3}, 28,
             ["FR-UK"], "N4", [n4["phones"][0]], "@gashti_britania"),
        _acc("tt_van", "tiktok", "tiktok", "van.mosafer", "مسافر وان", "smuggler", {"prs": .5, "fa": .3, "ps": .2}, 28,
             ["IR-TR"], "N6", [n6["phones"][0], n6["phones"][1]], "@safar_turkiye_bv"),
        _acc("tt_vlogs", "tiktok", "tiktok", "afghan.vlogs.eu", "Afghan vlogs Europe", "chatter", {"prs": .5, "ps": .3, "fa": .2}, 70,
             ["IR-TR", "RS-HU"], None, [], None, (10, 23)),
        _acc("tt_yolda", "tiktok", "tiktok", "yolda.bir.hayat", "Yolda bir hayat", "community", {"tr": .5, "ar": .5}, 60,
             ["TR-GR"], None, [], None, (10, 23)),
        # ---- VK (JSONL)
        _acc("vk_minsk", "vk", "vk", "club70000101", "Работа и визы Минск", "smuggler", {"ru": 1.0}, 30,
             ["BY-PL"], "N3", [n3["phones"][2]], "@lesnaya_doroga_eu"),
        _acc("vk_news", "vk", "vk", "club70000202", "Пограничье — новости", "news", {"ru": 1.0}, 55,
             ["BY-PL"], None, [], None, (5, 18)),
        # ---- Web forum (JSONL)
        _acc("fo_crossroads", "forum", "forum", "crossroads", "Crossroads forum › Journeys", "forum", {"en": .3, "ar": .2, "fa": .2, "fr": .1, "ur": .1, "ckb": .1}, 110,
             ["LY-IT", "TR-GR", "BY-PL", "FR-UK", "RS-HU"], None, [], None, (8, 23)),
        # ---- Mastodon
        _acc("ma_research", "mastodon", "mastodon", "borderresearch@social.example", "Border research notes", "news", {"en": 1.0}, 40,
             ["LY-IT", "TR-GR", "BY-PL"], None, [], None, (7, 18)),
        _acc("ma_mare", "mastodon", "mastodon", "mare_aperto_watch@mastodon.example", "Mare Aperto Watch", "rescue_ngo", {"it": .6, "en": .4}, 40,
             ["LY-IT"], None, [P("IT", 52)], None, (6, 20)),
        _acc("ma_aigaio", "mastodon", "mastodon", "aigaio_solidarity@kafeneio.example", "Αλληλεγγύη Αιγαίου", "ngo", {"el": .6, "en": .4}, 35,
             ["TR-GR"], None, [P("GR", 51)], None, (7, 19)),
        _acc("ma_calais", "mastodon", "mastodon", "calais_legal@mastodon.example", "Permanence juridique Calais", "ngo", {"fr": .8, "en": .2}, 30,
             ["FR-UK"], None, [P("FR", 91)], None, (7, 18)),
        _acc("ma_travel", "mastodon", "mastodon", "travel_help_eu@mastodon.example", "travel help eu", "smuggler", {"en": .6, "ar": .4}, 12,
             ["LY-IT", "TR-GR"], None, [P("IT", 30)], "@travel_help_eu"),
        # ---- RSS feeds
        _acc("rss_gazette", "rss_gazette", "rss", "aegean-coast-gazette", "Aegean Coast Gazette", "news", {"en": .6, "el": .4}, 55,
             ["TR-GR", "LY-GR"], None, [], None, (5, 18)),
        _acc("rss_notizie", "rss_notizie", "rss", "notizie-mediterraneo", "Notizie dal Mediterraneo", "news", {"it": 1.0}, 55,
             ["LY-IT"], None, [], None, (5, 18)),
        _acc("rss_hijra", "rss_hijra", "rss", "alhijra-alyawm", "الهجرة اليوم", "news", {"ar": 1.0}, 50,
             ["LY-IT", "TR-GR", "BY-PL"], None, [], None, (5, 18)),
    ]
    by = {a.key: a for a in acc}
    by["x_blue"].phones = by["fb_blue"].phones  # one NGO, two platforms, one hotline: an innocent "network"
    return acc, nets


# ------------------------------------------------------------------------------------------------
# Categories per account kind (the "intended" category; the demo carries no labels)
# ------------------------------------------------------------------------------------------------
KIND_MIX = {
    "smuggler": {"offer": .84, "testimonial": .16},
    "docs_vendor": {"docs": .9, "offer": .1},
    "recruiter": {"recruit": .75, "offer": .15, "testimonial": .1},
    "guide": {"guidance": 1.0},
    "ngo": {"warning": .35, "rights": .35, "rescue": .1, "news": .2},
    "rescue_ngo": {"rescue": .55, "warning": .15, "rights": .1, "news": .2},
    "news": {"news": .75, "rescue": .2, "warning": .05},
    "agency": {"travel": .55, "chatter": .3, "news": .15},
    "jobs": {"legit_job": .55, "chatter": .25, "news": .2},
    "community": {"request": .45, "chatter": .4, "news": .1, "rights": .05},
    "chatter": {"chatter": .8, "request": .2},
    "forum": {"request": .35, "chatter": .2, "news": .15, "rights": .1, "guidance": .15, "warning": .05},
}
# Volume multipliers per account kind: they set the smuggling share of the corpus (about 30 %).
VOLUME = {"smuggler": 0.8, "community": 1.2, "chatter": 1.2}
SELLERS = ("smuggler", "docs_vendor", "recruiter", "guide")
SMUGGLING_KINDS = {"offer", "testimonial", "guidance", "docs", "recruit"}
CATEGORY_OF = {"offer": "smuggling_offer", "testimonial": "smuggling_offer", "docs": "document_fraud",
               "recruit": "facilitator_recruitment", "guidance": "guidance_info", "request": "migrant_request",
               "warning": "humanitarian_or_news", "rights": "humanitarian_or_news", "rescue": "humanitarian_or_news",
               "news": "humanitarian_or_news", "travel": "unrelated", "legit_job": "unrelated", "chatter": "unrelated"}

WEEKDAY = {  # Monday..Sunday
    "smuggler": [.8, .8, 1.0, 1.3, 1.4, 1.3, 1.0], "docs_vendor": [1, 1, 1, 1, 1, .8, .6], "recruiter": [1.2, 1.2, 1, 1, 1, .6, .5],
    "guide": [.9, .9, 1, 1.2, 1.3, 1.1, .9], "ngo": [1.2, 1.2, 1.2, 1.2, 1.1, .5, .4], "rescue_ngo": [1, 1, 1, 1, 1, 1, 1],
    "news": [1.2, 1.3, 1.3, 1.3, 1.2, .5, .4], "agency": [1.2, 1.1, 1.1, 1.1, 1, 1, .3], "jobs": [1.4, 1.2, 1.1, 1, .9, .3, .2],
    "community": [.9, .9, .9, 1, 1.2, 1.4, 1.3], "chatter": [.9, .9, .9, 1, 1.3, 1.3, 1.1], "forum": [1, 1, 1, 1, 1, 1.2, 1.2],
}


def week_weight(a: Account, w: int) -> float:
    """Seasonal shape per account: the trends an analyst should see in the dashboard."""
    f = 1.0
    r = a.routes[0] if a.routes else None
    if a.kind in ("smuggler", "recruiter", "guide", "docs_vendor"):
        if r == "LY-IT":
            f = 1.2 if w < 6 else 0.75          # Central Mediterranean slows in late autumn
        elif r == "BY-PL":
            f = 0.6 + 0.08 * w                   # Belarus route ramps up
        elif r == "FR-UK":
            f = 0.35 if w in (6, 10) else 1.0    # storm weeks: few crossings advertised
        elif r == "TR-GR":
            f = 1.1 - 0.03 * w
    if a.kind in ("news", "rescue_ngo", "ngo") and w == 7:
        f = 2.2                                  # the week of the Crete shipwreck (2026-10-16..22)
    return f


# ------------------------------------------------------------------------------------------------
# Composition
# ------------------------------------------------------------------------------------------------
@dataclass
class Post:
    account: Account
    when: dt.datetime
    lang: str
    kind: str
    text: str
    family: str | None = None
    route: str | None = None
    price: tuple[int, str] | None = None
    phones: list[Phone] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    hostile: str | None = None
    native_id: str = ""
    url: str = ""
    forwarded_from: Account | None = None


def pick_lang(a: Account, rng: random.Random) -> str:
    langs = sorted(a.langs)
    return rng.choices(langs, weights=[a.langs[l] for l in langs])[0]


def lines_from(bank: list[str], rng: random.Random) -> list[str]:
    out = []
    for line in bank:
        if line.startswith("?"):
            if rng.random() < 0.5:
                out.append(line[1:])
        else:
            out.append(line)
    return out


class Composer:
    def __init__(self, rng: random.Random, nets: dict, accounts: list):
        self.rng = rng
        self.nets = nets
        self.accounts = accounts
        self.generic_phones = {c: iter(range(0, 10)) for c in ("TR", "GR", "FR", "RU", "IT", "DE", "IQ", "PK", "AF", "IR")}
        self.chatter_phones: list[Phone] = []
        for c in ("TR", "GR", "FR", "RU", "IT", "DE", "IQ", "PK"):
            for s in (1, 2, 3):
                self.chatter_phones.append(phone(c, s))

    def fill(self, template: str, ctx: dict) -> str:
        def rep(m: re.Match) -> str:
            k = m.group(1)
            v = ctx.get(k)
            if v is None:
                raise KeyError(f"slot {k} missing for: {template}")
            return v() if callable(v) else str(v)
        return re.sub(r"\{(\w+)\}", rep, template)

    def contact_ctx(self, post: Post, lang: str, phones: list[Phone], handle: str | None) -> dict:
        rng = self.rng

        def ph() -> str:
            p = phones[0] if rng.random() < 0.7 or len(phones) == 1 else rng.choice(phones[1:])
            post.phones.append(p)
            return fmt_phone(p, lang, rng)

        def tg() -> str:
            h = handle or "@" + post.account.handle
            if rng.random() < 0.2:
                h = "t.me/" + h.lstrip("@")
            post.handles.append("@" + h.split("/")[-1].lstrip("@"))
            return h
        return {"phone": ph, "tg": tg}

    def compose(self, a: Account, kind: str, lang: str, week: int) -> Post:
        rng = self.rng
        post = Post(a, END, lang, kind, "")
        route = rng.choice(a.routes) if a.routes else rng.choice(sorted(B.ROUTES))
        if route == "LY-GR" and week < 8:
            route = "LY-IT"
        post.route = route
        ctx = {"route": B.ROUTES[route][lang] if lang in B.ROUTES[route] else "",
               "n": str(rng.randint(12, 140)), "n2": str(rng.randint(2, 9)), "pct": str(rng.randint(8, 41)),
               "city": rng.choice(B.CITIES.get(lang, B.CITIES["en"])),
               "sea": rng.choice(B.SEA.get(lang, B.SEA["en"])) if lang in B.SEA else ""}
        amount, cur = local_currency(*route_price(route, week, rng), route, lang)
        plang = lang

        def price() -> str:
            post.price = (amount, cur)
            return fmt_price(amount, cur, plang, rng)
        ctx["price"] = price
        ctx.update(self.contact_ctx(post, lang, a.phones or [rng.choice(self.chatter_phones)], a.tg))
        hot = a.phones[0] if a.phones else None
        ctx["hotline"] = (lambda: fmt_phone(hot, lang, rng, rng.choice(["intl_spaced", "national"]))) if hot else "112"

        if kind == "offer":
            bank = self.group_bank(a, lang)
            ctx["transport"] = B.TRANSPORT[rng.choice(B.ROUTE_TRANSPORT[route])][lang]
            lines = [rng.choice(bank["open"])] + rng.sample(bank["detail"], min(len(bank["detail"]), rng.randint(2, 4))) + [rng.choice(bank["price"]), rng.choice(bank["contact"])]
            if rng.random() < 0.35:
                lines.append(" ".join(rng.sample(B.HASHTAGS[lang], min(2, len(B.HASHTAGS[lang])))))
            text = "\n".join(lines)
        elif kind == "testimonial":
            text = rng.choice(self.partition(B.TESTIMONIAL.get(lang) or B.TESTIMONIAL["en" if lang in ("fr", "kmr", "arz") else "ar"], a, lang))
            if lang not in B.TESTIMONIAL:
                post.lang = lang = "en" if lang in ("fr", "kmr", "arz") else "ar"
                ctx["route"] = B.ROUTES[route][lang]
        elif kind == "docs":
            lang = lang if lang in B.DOCS else "en"
            post.lang = plang = lang
            ctx.update(self.contact_ctx(post, lang, a.phones or [rng.choice(self.chatter_phones)], a.tg))
            amount, cur = rng.choice([2500, 3000, 3500, 4000, 6000, 8000]), "EUR"
            text = "\n".join(lines_from(B.DOCS[lang], rng))
        elif kind == "recruit":
            lang = "ckb" if a.network == "N4" else lang if lang in B.RECRUIT else rng.choice(["ru", "en"])
            post.lang = plang = lang
            ctx.update(self.contact_ctx(post, lang, a.phones or [rng.choice(self.chatter_phones)], a.tg))
            amount, cur = rng.choice([800, 1000, 1200, 1500, 2000]), "EUR"
            text = "\n".join(lines_from(B.RECRUIT[lang], rng))
        elif kind == "guidance":
            lang = lang if lang in B.GUIDANCE else "en"
            post.lang = lang
            pool = self.partition(B.GUIDANCE[lang], a, lang) if a.kind in SELLERS else B.GUIDANCE[lang]
            lines = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
            if a.tg and a.kind == "guide" and rng.random() < 0.4:
                lines.append({"ar": "للرحلات تواصلوا مع {tg}", "fa": "برای سفر با {tg} تماس بگیرید", "ru": "По поездкам пишите {tg}"}.get(lang, "For trips contact {tg}"))
            text = "\n".join(lines)
        else:
            bank = {"warning": B.NGO_WARNING, "rights": B.RIGHTS, "rescue": B.RESCUE, "news": B.NEWS, "travel": B.TRAVEL_AGENCY,
                    "legit_job": B.LEGIT_JOB, "request": B.REQUEST_T, "chatter": B.CHATTER_T}[kind]
            if lang not in bank:
                fallback = {"arz": "ar", "prs": "fa", "kmr": "ckb", "ckb": "ar", "ps": "fa", "ur": "en", "it": "en", "el": "en", "fr": "en", "ru": "en", "tr": "en"}
                lang = fallback.get(lang, "en")
                if lang not in bank:
                    lang = "ar" if "ar" in bank else "en"
                post.lang = plang = lang
                ctx["route"] = B.ROUTES[route][lang]
                ctx["city"] = rng.choice(B.CITIES.get(lang, B.CITIES["en"]))
                ctx.update(self.contact_ctx(post, lang, a.phones or [rng.choice(self.chatter_phones)], a.tg))
            if kind == "rescue":
                ctx["sea"] = rng.choice(B.SEA.get(lang, B.SEA["en"]))
            if kind in ("travel",):
                amount, cur = rng.choice([180, 220, 250, 320, 450, 600, 890]), rng.choice(["EUR", "USD"])
            elif kind == "legit_job":
                amount, cur = rng.choice([2200, 2500, 2800, 3000, 3200]), "EUR"
            elif kind == "chatter":
                amount, cur = rng.choice([40, 60, 120, 250, 300, 450]), rng.choice(["EUR", "USD"])
                # chatter sellers use their own numbers, not an organisation's
                ctx.update(self.contact_ctx(post, lang, [rng.choice(self.chatter_phones)], None))
            elif kind in ("news", "rescue", "warning", "request") and rng.random() < 0.5:
                lo, cur = route_price(route, week, rng, noise=False)
                amount = lo + rng.choice([0, 500, 1000]) if lo > 1500 else lo
            if kind == "chatter" and a.kind == "smuggler":
                templates = [t for t in bank[lang] if "{" in t] or bank[lang]
                text = rng.choice(templates) + rng.choice(["", "", " 🌹", " 👍", " 😂"])
            elif kind in ("news", "rescue") and week == 7 and rng.random() < 0.6:
                elang = lang if lang in B.EVENT else "en"
                text = rng.choice(B.EVENT[elang])
                amount, cur = route_price("LY-GR", week, rng, noise=False)
                post.route = "LY-GR"
                if elang != lang:
                    post.lang = lang = plang = elang
            elif kind in ("travel", "legit_job"):
                lines = bank[lang]
                text = "\n".join([lines[0]] + [l for l in lines[1:-1] if rng.random() < 0.7] + [lines[-1]])
                ctx["dest"] = rng.choice(B.TRAVEL_DEST.get(lang, ["Paris"]))
                ctx["jobroute"] = rng.choice(B.JOB_ROUTE.get(lang, ["EU"]))
            elif kind == "news" and lang in B.NEWS_G and rng.random() < 0.8:
                g = B.NEWS_G[lang]
                text = g["order"].format(actor=rng.choice(g["actor"]), clause=rng.choice(g["clause"]), place=rng.choice(g["place"]),
                                         tail=rng.choice(g["tail"]))
                text = text.strip().replace("  ", " ")
                ctx["gplace"] = rng.choice(g.get("gplace", [""]))
            elif kind == "news" and rng.random() < 0.35:
                text = " ".join(rng.sample(bank[lang], min(2, len(bank[lang]))))
            else:
                text = rng.choice(bank[lang])
            if kind == "request" and rng.random() < 0.3:
                text += rng.choice([" 🙏", " 💔", "?", " 🙏🙏"])
        if kind in ("warning", "rights", "rescue", "news") and rng.random() < 0.75:
            pre, suf = B.DECOR.get(lang, B.DECOR["en"])
            if rng.random() < 0.5 and ":" not in text[:25]:
                text = rng.choice(pre) + text
            if rng.random() < 0.6:
                text = text + rng.choice(suf)
        if kind == "testimonial" and rng.random() < 0.6:
            text = text + " " + rng.choice(["🎉", "🙏", "✅✅", "💪"]) * rng.randint(1, 3)
        ctx.update(self.lang_slots(lang))
        post.text = self.fill(text, ctx)
        post.kind = kind
        post.lang = lang
        return post

    def partition(self, pool: list[str], a: Account, lang: str) -> list[str]:
        """Each network repeats its own lines of a shared bank (tips, testimonials), like its own adverts."""
        group = (lambda x: x.key if x.kind == "guide" else x.network or x.key)  # noqa: E731
        groups = sorted({group(x) for x in self.accounts if x.kind in SELLERS and lang in x.langs} | {group(a)})
        k = min(len(groups), len(pool))
        idx = groups.index(group(a))
        return [l for j, l in enumerate(pool) if j % k == idx % k] if k > 1 else pool

    def group_bank(self, a: Account, lang: str) -> dict:
        """The share of the language's advert lines this account's network uses: each network keeps its own
        template, as real ones do, so that generic adverts of two networks are not near-duplicates."""
        groups = sorted({x.network or x.key for x in self.accounts if x.kind in SELLERS and lang in x.langs})
        g = a.network or a.key
        idx = groups.index(g) if g in groups else 0
        out = {}
        for part, lines in B.OFFER[lang].items():
            k = min(len(groups), len(lines))
            out[part] = [l for j, l in enumerate(lines) if j % k == idx % k] if k > 1 else list(lines)
        return out

    def lang_slots(self, lang: str) -> dict:
        rng = self.rng
        pick = lambda table: (lambda: rng.choice(table.get(lang) or table["en"]))  # noqa: E731
        return {"greet": pick(B.GREET), "thanks": pick(B.THANKS), "rel": pick(B.REL), "place": pick(B.PLACE),
                "item": pick(B.ITEM), "team": pick(B.TEAM), "name": pick(B.NAMES),
                "days": lambda: str(rng.randint(2, 12)), "score": lambda: f"{rng.randint(0, 4)}-{rng.randint(0, 3)}"}


# ------------------------------------------------------------------------------------------------
# Planted near-duplicate families (reposted adverts)
# ------------------------------------------------------------------------------------------------
FAMILIES = [
    # id, network, lang, route, kind, reposts, first week, accounts
    ("F01", "N1", "ar", "LY-IT", "offer", 22, 0, ["tg_bahr", "ex_amal", "fb_safar", "tt_abusalem"]),
    ("F02", "N1", "arz", "LY-IT", "offer", 12, 0, ["tg_bahr", "tt_abusalem", "ex_amal"]),
    ("F03", "N1", "ar", "LY-GR", "offer", 14, 8, ["ex_amal", "tg_bahr", "fb_safar"]),
    ("F04", "N2", "tr", "TR-GR", "offer", 16, 0, ["tg_ege", "fb_yunan", "x_gecis", "tt_izmir"]),
    ("F05", "N2", "fa", "TR-GR", "offer", 16, 0, ["tg_yunan", "tg_ege", "tt_izmir"]),
    ("F06", "N2", "ar", "TR-GR", "offer", 14, 0, ["tg_ege", "fb_yunan", "x_gecis"]),
    ("F07", "N3", "ru", "BY-PL", "offer", 18, 1, ["ex_les", "vk_minsk", "tg_rabota"]),
    ("F08", "N3", "ar", "BY-PL", "offer", 14, 2, ["tg_belarus", "ex_les"]),
    ("F09", "N3", "ru", "BY-PL", "recruit", 10, 3, ["tg_rabota", "vk_minsk", "ex_les"]),
    ("F10", "N4", "ckb", "FR-UK", "offer", 18, 0, ["tg_britania", "fb_calais", "tt_dunkirk"]),
    ("F11", "N4", "en", "FR-UK", "offer", 12, 0, ["x_ukfast", "fb_calais", "tt_dunkirk"]),
    ("F12", "N5", "ps", "RS-HU", "offer", 12, 0, ["tg_balkan", "fb_larah"]),
    ("F13", "N5", "ur", "RS-HU", "offer", 10, 1, ["tg_balkan", "fb_larah"]),
    ("F14", "N6", "prs", "IR-TR", "offer", 14, 0, ["tg_turkiye", "tt_van"]),
    ("F15", "N7", "en", None, "docs", 12, 0, ["tg_docs", "x_passport"]),
    ("F16", "N7", "ar", None, "docs", 10, 0, ["tg_docs", "x_passport"]),
]
EMOJI = ["🔥", "✅", "⛵", "🚤", "💯", "📢", "🇪🇺", "🙏", "⭐", "‼️"]


class FamilyMaker:
    def __init__(self, rng: random.Random, composer: Composer, by_key: dict):
        self.rng = rng
        self.c = composer
        self.by_key = by_key

    def base(self, fam) -> dict:
        fid, net, lang, route, kind, _, _, _ = fam
        rng = self.rng
        if kind == "offer":
            bank = self.c.group_bank(self.by_key[fam[7][0]], lang)
            return {"open": rng.choice(bank["open"]), "details": rng.sample(bank["detail"], min(4, len(bank["detail"]))), "price": rng.choice(bank["price"]),
                    "contact": rng.choice(bank["contact"]), "tags": " ".join(B.HASHTAGS[lang][:2]),
                    "transport": B.TRANSPORT[B.ROUTE_TRANSPORT[route][0]][lang]}
        bank = B.DOCS[lang] if kind == "docs" else B.RECRUIT[lang]
        lines = [l.lstrip("?") for l in bank]
        return {"lines": lines}

    def variant(self, fam, base: dict, a: Account, week: int, nets: dict, i: int) -> Post:
        fid, net, lang, route, kind, _, _, _ = fam
        rng = self.rng
        post = Post(a, END, lang, kind, "", family=fid, route=route)
        phones = nets[net]["phones"]
        handle = nets[net]["handles"][0]
        ctx = self.c.contact_ctx(post, lang, [phones[0]] + [p for p in phones[1:] if p in a.phones or rng.random() < 0.3], handle)
        if kind == "recruit":
            amount, cur = 1000 + 50 * week + rng.choice([0, 0, 100, 200]), "EUR"   # a driver's pay per trip rises too
        elif route:
            amount, cur = local_currency(*route_price(route, week, rng), route, lang)
        else:
            amount, cur = rng.choice([3000, 3500, 4000]), "EUR"

        def price() -> str:
            post.price = (amount, cur)
            return fmt_price(amount, cur, lang, rng)
        ctx["price"] = price
        if kind == "offer":
            ctx["route"] = B.ROUTES[route][lang]
            ctx["transport"] = base["transport"]
            details = list(base["details"])
            # small edits: reorder, drop or add one line, emoji, spacing, hashtags
            if rng.random() < 0.45:
                rng.shuffle(details)
            if rng.random() < 0.25:
                details.pop(rng.randrange(len(details)))
            elif rng.random() < 0.25:
                extra = [d for d in B.OFFER[lang]["detail"] if d not in details]
                details.insert(rng.randrange(len(details) + 1), rng.choice(extra))
            lines = [base["open"]] + details + [base["price"], base["contact"]]
            if rng.random() < 0.5:
                lines.append(base["tags"])
        else:
            lines = list(base["lines"])
            if rng.random() < 0.4:
                mid = lines[1:-2]
                rng.shuffle(mid)
                lines = lines[:1] + mid + lines[-2:]
        text = "\n".join(lines)
        text = self.c.fill(text, ctx)
        out = text.split("\n")
        if rng.random() < 0.5:
            e = rng.choice(EMOJI)
            out[0] = f"{e}{e} {out[0]}" if rng.random() < 0.5 else f"{out[0]} {e}"
        if rng.random() < 0.25:
            out = [x for y in out for x in (y, "")][:-1]
        post.text = "\n".join(out)
        post.kind = kind
        return post


# ------------------------------------------------------------------------------------------------
# Hostile posts (must import and display as plain text)
# ------------------------------------------------------------------------------------------------
def hostile_posts(accounts: dict[str, Account], rng: random.Random, nets: dict) -> list[Post]:
    w = lambda days, hour: START + dt.timedelta(days=days, hours=hour, minutes=rng.randint(0, 59))  # noqa: E731
    out = [
        Post(accounts["tg_express"], w(20, 19), "ar", "offer",
             "<script>alert('vigil-xss')</script>\n🔥 رحلة من زوارة إلى إيطاليا، السعر 4000$، واتساب +218 91 234 5620", hostile="script",
             route="LY-IT", price=(4000, "USD"), phones=[accounts["tg_express"].phones[1]]),
        Post(accounts["x_ukfast"], w(33, 21), "en", "offer",
             '<img src=x onerror="alert(document.cookie)"> Safe trip from France to the UK, £1,900, WhatsApp +44 7400 123480',
             hostile="img-onerror", route="FR-UK", price=(1900, "GBP"), phones=[nets["N4"]["phones"][2]]),
        Post(accounts["tg_express"], w(41, 18), "en", "offer",
             "Contact for the boat: \u202Eppastahw no su etirw\u202C\nPrice list attached: prices\u202Efdp.exe",
             hostile="bidi-override", route="FR-UK"),
        Post(accounts["tg_ege"], w(47, 20), "tr", "offer",
             "🔥 İz\u200bmir'den Yunan ada\u200clarına güvenli geç\u200diş\nFiyat 2.100 €\nWhats\u2060App +90\u200b501\u200c234\u200d5630",
             hostile="zero-width", route="TR-GR", price=(2100, "EUR"), phones=[nets["N2"]["phones"][0]]),
        Post(accounts["fo_crossroads"], w(52, 22), "en", "chatter",
             '<svg onload="alert(1)"><a href="javascript:alert(2)">click for the full price list</a><style>body{display:none}</style> thanks all',
             hostile="svg-javascript-style"),
        Post(accounts["fb_calais"], w(60, 17), "en", "offer",
             '=HYPERLINK("http://evil.example/prices","Click here for UK crossing prices")', hostile="csv-formula", route="FR-UK"),
        Post(accounts["fb_iraqi"], w(62, 12), "ar", "chatter",
             '+cmd|\' /C calc\'!A0 @SUM(1+1) -2+3 شو هاد؟', hostile="csv-formula-2"),
    ]
    # One very long post (~100 KB): a pasted "complete guide" that repeats itself, as real spam does.
    paras = []
    for lang in ("en", "ar", "fa", "ru", "fr", "tr"):
        paras.extend(B.GUIDANCE.get(lang, []))
        paras.extend(B.RIGHTS.get(lang, [])[:1])
    body = []
    size = 0
    i = 0
    while size < 100_000:
        p = paras[i % len(paras)]
        p = p.replace("{city}", "Athens").replace("{hotline}", "112")
        chunk = f"[{i + 1}] {p}"
        body.append(chunk)
        size += len(chunk.encode("utf-8")) + 2
        i += 1
    out.append(Post(accounts["fo_crossroads"], w(55, 23), "en", "guidance",
                    "THE COMPLETE GUIDE (copy and share)\n\n" + "\n\n".join(body), hostile="100kb-post"))
    return out


# ------------------------------------------------------------------------------------------------
# Scheduling
# ------------------------------------------------------------------------------------------------
def schedule(a: Account, n: int, rng: random.Random, weeks: range | None = None) -> list[dt.datetime]:
    weeks = weeks or range(WEEKS)
    days = []
    weights = []
    for w in weeks:
        for d in range(7):
            day = START + dt.timedelta(days=7 * w + d)
            days.append((w, day))
            weights.append(week_weight(a, w) * WEEKDAY[a.kind][day.weekday()])
    out = []
    for _ in range(n):
        w, day = rng.choices(days, weights=weights)[0]
        lo, hi = a.utc_hours
        out.append(day + dt.timedelta(hours=rng.randint(lo, hi - 1), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)))
    return out


def week_of(t: dt.datetime) -> int:
    return min(WEEKS - 1, max(0, (t - START).days // 7))


def generate(rng: random.Random):
    accounts, nets = build_accounts()
    by_key = {a.key: a for a in accounts}
    for i, a in enumerate(accounts):
        a.numeric_id = 1_700_000_000 + 7919 * (i + 1)
    composer = Composer(rng, nets, accounts)
    fm = FamilyMaker(rng, composer, by_key)
    posts: list[Post] = []
    used = {a.key: 0 for a in accounts}
    families = {}
    for fam in FAMILIES:
        fid, net, lang, route, kind, n, first, accs = fam
        base = fm.base(fam)
        families[fid] = []
        for i in range(n):
            a = by_key[accs[i % len(accs)] if i < len(accs) else rng.choice(accs)]
            t = schedule(a, 1, rng, range(first, WEEKS))[0]
            p = fm.variant(fam, base, a, week_of(t), nets, i)
            p.when = t
            posts.append(p)
            families[fid].append(p)
            used[a.key] += 1
    for a in accounts:
        n = max(0, round(a.n * VOLUME.get(a.kind, 1.0)) - used[a.key])
        mix = KIND_MIX[a.kind]
        kinds = sorted(mix)
        if a.network == "N4":  # the Channel network also recruits boat drivers
            mix = dict(mix, recruit=.05)
            kinds = sorted(mix)
        for t in schedule(a, n, rng):
            kind = rng.choices(kinds, weights=[mix[k] for k in kinds])[0]
            lang = pick_lang(a, rng)
            if kind == "offer" and lang not in B.OFFER:
                lang = "en"
            p = composer.compose(a, kind, lang, week_of(t))
            p.when = t
            posts.append(p)
    # Forwards: network channels on Telegram forward each other's adverts, a link analysts follow.
    for fid in sorted(families):
        for p in families[fid]:
            if p.account.platform != "telegram" or rng.random() >= 0.25:
                continue
            others = [a for a in accounts if a.network == p.account.network and a.platform == "telegram" and a is not p.account]
            if others:
                p.forwarded_from = rng.choice(others)
    hostile = hostile_posts(by_key, rng, nets)
    posts.extend(hostile)
    # Forwards: some network channels forward each other's adverts (Telegram), the link analysts follow.
    posts.sort(key=lambda p: (p.when, p.account.key, p.text))
    return accounts, nets, posts, families, hostile


# ------------------------------------------------------------------------------------------------
# Writers
# ------------------------------------------------------------------------------------------------
def iso(t: dt.datetime, frac: bool = False) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if frac else "Z")


def snowflake(t: dt.datetime, seq: int, epoch_ms: int = 1288834974657) -> str:
    ms = int(t.timestamp() * 1000)
    return str(((ms - epoch_ms) << 22) | (seq & 0x3FFFFF))


def assign_ids(posts: list[Post], rng: random.Random) -> None:
    counters: dict[str, int] = {}
    for i, p in enumerate(posts):
        a = p.account
        c = counters[a.key] = counters.get(a.key, rng.randint(120, 4000)) + rng.randint(1, 3)
        if a.platform == "telegram":
            p.native_id = f"{a.handle}/{c}"
            p.url = f"https://t.me/{a.handle}/{c}"
        elif a.platform == "x":
            p.native_id = snowflake(p.when, i)
            p.url = f"https://x.com/{a.handle}/status/{p.native_id}"
        elif a.platform == "tiktok":
            p.native_id = snowflake(p.when, i, epoch_ms=0)[:19]
            p.url = f"https://www.tiktok.com/@{a.handle}/video/{p.native_id}"
        elif a.platform == "vk":
            gid = a.handle.replace("club", "")
            p.native_id = f"-{gid}_{c}"
            p.url = f"https://vk.com/wall-{gid}_{c}"
        elif a.platform == "forum":
            p.native_id = f"t{c // 7}-p{c}"
            p.url = f"https://crossroads-forum.example/t/{c // 7}#p{c}"
        elif a.platform == "facebook":
            p.native_id = f"{a.numeric_id}_{10_000_000_000 + c * 7331}"
            p.url = f"https://www.facebook.com/{a.numeric_id}/posts/{10_000_000_000 + c * 7331}"
        elif a.platform == "instagram":
            code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
            p.native_id = code
            p.url = f"https://www.instagram.com/p/{code}/"
        elif a.platform == "mastodon":
            p.native_id = str(113_000_000_000_000_000 + int(p.when.timestamp()) * 65536 % 10**15 + i)
            user, host = a.handle.split("@")
            p.url = f"https://{host}/@{user}/{p.native_id}"
        elif a.platform == "rss":
            p.native_id = f"https://{a.handle}.example/{p.when:%Y/%m/%d}/item-{c}"
            p.url = p.native_id


def engagement(p: Post, rng: random.Random) -> dict:
    base = {"smuggler": 900, "news": 2500, "ngo": 600, "rescue_ngo": 1500, "community": 400}.get(p.account.kind, 300)
    return {"views": int(base * rng.uniform(0.3, 3.0)), "shares": rng.randint(0, 40), "replies": rng.randint(0, 25)}


def write_jsonl(posts: list[Post], rng: random.Random, with_lang: bool) -> str:
    lines = []
    for p in posts:
        a = p.account
        rec = {"id": p.native_id, "platform": a.platform, "source": a.name if a.platform != "forum" else a.name,
               "author": a.handle, "author_name": a.name, "text": p.text}
        if with_lang and rng.random() < 0.9:
            rec["lang"] = {"ar-Latn": "und", "prs": "fa", "kmr": "ku"}.get(tag(p.lang), tag(p.lang))
        rec["created_at"] = iso(p.when, frac=a.platform == "x")
        rec["url"] = p.url
        if a.platform in ("telegram", "x", "tiktok", "vk"):
            rec["engagement"] = engagement(p, rng)
        if p.forwarded_from:
            rec["forwarded_from"] = p.forwarded_from.handle
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def write_forum(posts: list[Post], rng: random.Random) -> str:
    lines = []
    for p in posts:
        user = rng.choice(["newcomer_88", "abu_yusuf", "sara.k", "hamid_from_herat", "ali.b", "marwa_90", "kurdboy", "fatima_z", "jean.m", "zaman"])
        rec = {"id": p.native_id, "platform": "forum", "source": p.account.name, "author": user, "author_name": user,
               "text": p.text, "created_at": iso(p.when), "url": p.url}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def tg_entities(text: str) -> list:
    """Telegram Desktop's `text` array: plain strings and entity objects (phones, mentions, links, hashtags)."""
    pat = re.compile(r"(\+\d[\d \-]{7,16}\d)|(@[A-Za-z][\w.]{3,})|(https?://\S+|t\.me/\S+|wa\.me/\d+)|(#\w+)")
    parts, last = [], 0
    for m in pat.finditer(text):
        if m.start() > last:
            parts.append(text[last:m.start()])
        kind = "phone" if m.group(1) else "mention" if m.group(2) else "link" if m.group(3) else "hashtag"
        parts.append({"type": kind, "text": m.group(0)})
        last = m.end()
    if last < len(text):
        parts.append(text[last:])
    return parts


def write_tg_export(a: Account, posts: list[Post], rng: random.Random, chat_id: int) -> str:
    messages = []
    first = START - dt.timedelta(days=40)
    messages.append({"id": 1, "type": "service", "date": first.strftime("%Y-%m-%dT%H:%M:%S"),
                     "date_unixtime": str(int(first.timestamp())), "actor": a.name, "actor_id": f"channel{chat_id}",
                     "action": "create_channel", "title": a.name, "text": "", "text_entities": []})
    for p in posts:
        mid = int(p.native_id.split("/")[-1])
        local = p.when + dt.timedelta(hours=2)  # Desktop writes local time without an offset
        parts = tg_entities(p.text)
        text = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
        ents = [{"type": "plain", "text": x} if isinstance(x, str) else x for x in parts]
        m = {"id": mid, "type": "message", "date": local.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(p.when.timestamp())), "from": a.name, "from_id": f"channel{chat_id}"}
        if p.forwarded_from:
            m["forwarded_from"] = p.forwarded_from.name  # Desktop writes the display name
        if rng.random() < 0.3:
            m["photo"] = "(File not included. Change data exporting settings to download.)"
            m["width"], m["height"] = 1280, 960
        if rng.random() < 0.05:
            m["edited"] = (local + dt.timedelta(minutes=7)).strftime("%Y-%m-%dT%H:%M:%S")
            m["edited_unixtime"] = str(int((p.when + dt.timedelta(minutes=7)).timestamp()))
        m["text"] = text
        m["text_entities"] = ents
        if rng.random() < 0.4:
            m["reactions"] = [{"type": "emoji", "count": rng.randint(1, 60), "emoji": rng.choice(["👍", "🔥", "❤", "🙏"])}]
        messages.append(m)
    doc = {"name": a.name, "type": "public_channel", "id": chat_id, "messages": messages}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


CT_COLUMNS = ["Page Name", "User Name", "Facebook Id", "Page Category", "Page Admin Top Country", "Page Description",
              "Page Created", "Likes at Posting", "Followers at Posting", "Post Created", "Post Created Date",
              "Post Created Time", "Type", "Total Interactions", "Likes", "Comments", "Shares", "Love", "Angry",
              "Video Share Status", "Is Video Owner?", "Post Views", "URL", "Message", "Link", "Final Link",
              "Image Text", "Link Text", "Description", "Sponsor Id", "Sponsor Name", "Overperforming Score"]
PAGE_CATEGORY = {"smuggler": "TRAVEL_COMPANY", "rescue_ngo": "NONPROFIT", "ngo": "COMMUNITY_ORGANIZATION", "agency": "TRAVEL_COMPANY",
                 "jobs": "EMPLOYMENT_AGENCY", "community": "COMMUNITY"}
ADMIN_COUNTRY = {"fb_safar": "LY", "fb_yunan": "TR", "fb_calais": "FR", "fb_larah": "RS", "fb_blue": "IT", "fb_opale": "FR",
                 "fb_anka": "TR", "fb_atlas": "DZ", "fb_transeuro": "PL", "fb_iraqi": "DE", "fb_pak": "GR"}


def write_crowdtangle(posts: list[Post], rng: random.Random) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CT_COLUMNS)
    for p in posts:
        a = p.account
        likes, comments, shares = rng.randint(0, 300), rng.randint(0, 80), rng.randint(0, 60)
        followers = 1000 + a.numeric_id % 50000
        winter = p.when >= dt.datetime(2026, 10, 25, 1, tzinfo=dt.timezone.utc)  # EU summer time ends
        berlin = p.when + dt.timedelta(hours=1 if winter else 2)
        tz = "CET" if winter else "CEST"
        w.writerow([a.name, a.handle, a.numeric_id, PAGE_CATEGORY.get(a.kind, "COMMUNITY"), ADMIN_COUNTRY.get(a.key, ""), "",
                    "2019-03-14 10:21:40", followers - 40, followers,
                    berlin.strftime("%Y-%m-%d %H:%M:%S") + " " + tz, berlin.strftime("%Y-%m-%d"), berlin.strftime("%H:%M:%S"),
                    "Photo" if rng.random() < 0.6 else "Status", likes + comments + shares, likes, comments, shares,
                    rng.randint(0, 20), rng.randint(0, 5), "", "-", 0, p.url, p.text, p.url if rng.random() < 0.2 else "",
                    "", "", "", "", "", "", f"{rng.uniform(-3, 4):.2f}"])
    return "\ufeff" + buf.getvalue()  # CrowdTangle exports open in spreadsheets: UTF-8 with BOM


def write_mastodon(posts: list[Post], rng: random.Random) -> str:
    statuses = []
    for p in sorted(posts, key=lambda p: p.when, reverse=True):  # timelines are newest first
        a = p.account
        user, host = a.handle.split("@")
        html = "".join(f"<p>{xml_escape(par).replace(chr(10), '<br>')}</p>" for par in p.text.split("\n\n"))
        tags = [t for t in ("migration", "refugees", "searchandrescue") if rng.random() < 0.3]
        if tags:
            html += "<p>" + " ".join(f'<a href="https://{host}/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>' for t in tags) + "</p>"
        statuses.append({
            "id": p.native_id, "created_at": iso(p.when, frac=True), "in_reply_to_id": None, "in_reply_to_account_id": None,
            "sensitive": False, "spoiler_text": "", "visibility": "public",
            "language": {"ar-Latn": None, "prs": "fa", "kmr": "ku"}.get(tag(p.lang), tag(p.lang)),
            "uri": f"https://{host}/users/{user}/statuses/{p.native_id}", "url": p.url,
            "replies_count": rng.randint(0, 12), "reblogs_count": rng.randint(0, 40), "favourites_count": rng.randint(0, 90),
            "edited_at": None, "content": html, "reblog": None,
            "account": {"id": str(a.numeric_id), "username": user, "acct": a.handle, "display_name": a.name, "locked": False,
                        "bot": False, "url": f"https://{host}/@{user}", "followers_count": 200 + a.numeric_id % 3000,
                        "following_count": 150, "statuses_count": 1200},
            "media_attachments": [], "mentions": [], "tags": [{"name": t, "url": f"https://{host}/tags/{t}"} for t in tags],
            "emojis": [], "card": None, "poll": None,
        })
    return json.dumps(statuses, ensure_ascii=False, indent=1) + "\n"


def write_rss(a: Account, posts: list[Post], lang: str) -> str:
    items = []
    for p in sorted(posts, key=lambda p: p.when, reverse=True):
        first, _, rest = p.text.partition(". ")
        title = first if len(first) < 140 else first[:137] + "…"
        items.append(
            "    <item>\n"
            f"      <title>{xml_escape(title)}</title>\n"
            f"      <link>{xml_escape(p.url)}</link>\n"
            f"      <guid isPermaLink=\"true\">{xml_escape(p.native_id)}</guid>\n"
            f"      <pubDate>{p.when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>\n"
            f"      <dc:language>{tag(p.lang)}</dc:language>\n"
            f"      <description>{xml_escape(p.text)}</description>\n"
            "    </item>")
    host = f"https://{a.handle}.example/"
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            "  <channel>\n"
            f"    <title>{xml_escape(a.name)}</title>\n"
            f"    <link>{host}</link>\n"
            f"    <atom:link href=\"{host}feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description>{xml_escape(a.name)} — synthetic demo feed (Vigil)</description>\n"
            f"    <language>{lang}</language>\n"
            f"    <lastBuildDate>{END.strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>\n"
            + "\n".join(items) + "\n  </channel>\n</rss>\n")


FILES = {  # file key -> (relative path, format name)
    "telegram": ("jsonl/telegram-channels.jsonl", "jsonl"),
    "x": ("jsonl/x-posts.jsonl.gz", "jsonl (gzip)"),
    "tiktok": ("jsonl/tiktok-captions.jsonl", "jsonl"),
    "vk": ("jsonl/vk-walls.jsonl", "jsonl"),
    "forum": ("jsonl/crossroads-forum.jsonl", "jsonl"),
    "crowdtangle": ("csv/crowdtangle-facebook-pages.csv", "csv (CrowdTangle)"),
    "tg_export_amal": ("telegram-export/tariq-alamal/result.json", "telegram desktop export"),
    "tg_export_les": ("telegram-export/lesnaya-doroga/result.json", "telegram desktop export"),
    "tg_export_yardim": ("telegram-export/ege-yardim-hatti/result.json", "telegram desktop export"),
    "mastodon": ("mastodon/tag-timeline-migration.json", "mastodon statuses json"),
    "rss_gazette": ("rss/aegean-coast-gazette.xml", "rss 2.0"),
    "rss_notizie": ("rss/notizie-dal-mediterraneo.xml", "rss 2.0"),
    "rss_hijra": ("rss/alhijra-alyawm.xml", "rss 2.0"),
}


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(data)
    return buf.getvalue()


def build() -> tuple[dict[str, bytes], dict]:
    rng = random.Random(SEED)
    _used_suffixes.clear()
    accounts, nets, posts, families, hostile = generate(rng)
    assign_ids(posts, rng)
    by_file: dict[str, list[Post]] = {k: [] for k in FILES}
    for p in posts:
        by_file[p.account.file].append(p)
    out: dict[str, bytes] = {}
    chat_ids = {"tg_export_amal": 1_900_000_101, "tg_export_les": 1_900_000_202, "tg_export_yardim": 1_900_000_303}
    acc_of_file = {a.file: a for a in accounts}
    for key, (path, _) in FILES.items():
        ps = by_file[key]
        if key == "telegram":
            data = write_jsonl(ps, rng, with_lang=False)
        elif key in ("x", "tiktok", "vk"):
            data = write_jsonl(ps, rng, with_lang=key == "x")
        elif key == "forum":
            data = write_forum(ps, rng)
        elif key == "crowdtangle":
            data = write_crowdtangle(ps, rng)
        elif key.startswith("tg_export"):
            data = write_tg_export(acc_of_file[key], ps, rng, chat_ids[key])
        elif key == "mastodon":
            data = write_mastodon(ps, rng)
        else:
            a = acc_of_file[key]
            data = write_rss(a, ps, {"rss_gazette": "en", "rss_notizie": "it", "rss_hijra": "ar"}[key])
        raw = data.encode("utf-8")
        out[path] = gz(raw) if path.endswith(".gz") else raw
    manifest = make_manifest(accounts, nets, posts, families, hostile, by_file)
    out[MANIFEST] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    out["README.md"] = make_readme(manifest).encode("utf-8")
    return out, manifest


def key_of(p: Post) -> str:
    """The post identity Vigil's importers produce: platform and native id (Telegram exports prefix the chat id)."""
    if p.account.file.startswith("tg_export"):
        chat = {"tg_export_amal": 1_900_000_101, "tg_export_les": 1_900_000_202, "tg_export_yardim": 1_900_000_303}[p.account.file]
        return f"telegram:{chat}/{p.native_id.split('/')[-1]}"
    if p.account.platform == "facebook":
        return f"facebook:{p.url}"  # CrowdTangle exports carry no post id column: the URL is the identity
    return f"{p.account.platform}:{p.native_id}"


def make_manifest(accounts, nets, posts, families, hostile, by_file) -> dict:
    from collections import Counter
    files = []
    for key, (path, fmt) in FILES.items():
        ps = by_file[key]
        files.append({"path": path, "format": fmt, "posts": len(ps),
                      "platforms": dict(sorted(Counter(p.account.platform for p in ps).items())),
                      "languages": dict(sorted(Counter(tag(p.lang) for p in ps).items()))})
    nets_out = []
    for nid, n in nets.items():
        members = [a for a in accounts if a.network == nid]
        nets_out.append({"id": nid, "name": n["name"],
                         "accounts": [{"platform": a.platform, "handle": a.handle, "name": a.name} for a in members],
                         "shared_phones": [p.e164 for p in n["phones"]], "shared_handles": n["handles"],
                     "forwards": [key_of(p) for p in posts if p.forwarded_from and p.account.network == nid]})
    fams = []
    for fam in FAMILIES:
        fid, net, lang, route, kind, *_ = fam
        ps = sorted(families[fid], key=lambda p: p.when)
        prices = [p.price for p in ps if p.price]
        fams.append({"id": fid, "network": net, "lang": tag(lang), "route": route, "category": CATEGORY_OF[kind],
                     "posts": [key_of(p) for p in ps],
                     "first": iso(ps[0].when), "last": iso(ps[-1].when),
                     "price_first": f"{prices[0][0]} {prices[0][1]}" if prices else None,
                     "price_last": f"{prices[-1][0]} {prices[-1][1]}" if prices else None})
    return {
        "generator": "tools/demo/generate.py", "seed": SEED, "window": {"from": iso(START), "to": iso(END)},
        "total_posts": len(posts),
        "files": files,
        "by_platform": dict(sorted(Counter(p.account.platform for p in posts).items())),
        "by_language": dict(sorted(Counter(tag(p.lang) for p in posts).items())),
        "by_intended_category": dict(sorted(Counter(CATEGORY_OF[p.kind] for p in posts).items())),
        "by_week": [sum(1 for p in posts if week_of(p.when) == w) for w in range(WEEKS)],
        "route_prices_per_week": {r: [f"{route_price(r, w, random.Random(0), noise=False)[0]} {ROUTE_PRICE[r][0]}" for w in range(WEEKS)] for r in sorted(ROUTE_PRICE)},
        "networks": nets_out,
        "clusters": fams,
        "hostile": [{"kind": p.hostile, "post": key_of(p)} for p in hostile],
    }


LANG_NAMES = {"ar": "Arabic (Levantine, Libyan, Egyptian, Iraqi)", "ar-Latn": "Arabizi (Arabic in Latin letters)", "fa": "Persian",
              "prs": "Dari", "ps": "Pashto", "ckb": "Kurdish, Sorani", "kmr": "Kurdish, Kurmanji", "tr": "Turkish", "ru": "Russian",
              "fr": "French", "en": "English", "ur": "Urdu", "it": "Italian", "el": "Greek"}
WEEK_NOTES = {6: "storm week on the Channel", 7: "Crete shipwreck: news spike", 8: "new Tobruk → Crete line advertised", 10: "storm week on the Channel"}


def make_readme(m: dict) -> str:
    L = []
    a = L.append
    a("# Vigil demo corpus")
    a("")
    a("A synthetic, bundled corpus that `./vigil demo` imports into a fresh store so that a newcomer sees every")
    a("part of Vigil working on realistic-looking data: several platforms and file formats, many languages and")
    a("scripts, smuggling adverts reposted with small changes across channels, accounts linked by shared phone")
    a("numbers and handles, prices that move week by week, and far more innocent posts that use the same words.")
    a("")
    a("**Everything here is invented** by the Vigil team (see `SOURCES.md`): no real person, channel or post.")
    a("Phone numbers are libphonenumber example numbers with varied last digits. This is demo data, not training")
    a("data: it is not labelled and shares no text with `data/corpus/`.")
    a("")
    a(f"Generated by `python3 tools/demo/generate.py` (seed {m['seed']}); `--check` verifies that the files here are")
    a("exactly what the script produces. Do not edit the files by hand; edit the script or its text banks.")
    a(f"`../demo.manifest.json` lists every planted cluster and network by post identity (`platform:native_id`), for tests.")
    a("")
    a(f"Window: the 12 weeks before 2026-11-20 ({m['window']['from'][:10]} to {m['window']['to'][:10]}, exclusive). "
      f"Total: **{m['total_posts']:,} posts**.")
    a("")
    a("## Files")
    a("")
    a("| file | format | platform | posts | languages |")
    a("|---|---|---|---:|---|")
    for f in m["files"]:
        langs = ", ".join(f"{k} {v}" for k, v in sorted(f["languages"].items(), key=lambda kv: -kv[1]))
        a(f"| `{f['path']}` | {f['format']} | {', '.join(f['platforms'])} | {f['posts']:,} | {langs} |")
    a("")
    a("The Telegram Desktop exports also hold one service message each (`create_channel`), which importers skip, not reject.")
    a("")
    a("## Counts")
    a("")
    a("| platform | posts |")
    a("|---|---:|")
    for k, v in sorted(m["by_platform"].items(), key=lambda kv: -kv[1]):
        a(f"| {k} | {v:,} |")
    a("")
    a("| language | tag | posts |")
    a("|---|---|---:|")
    for k, v in sorted(m["by_language"].items(), key=lambda kv: -kv[1]):
        a(f"| {LANG_NAMES[k]} | `{k}` | {v:,} |")
    a("")
    a("What each post was written to be (the generator's intent, **not** a label; Vigil's classifier decides):")
    a("")
    a("| intended category | posts | share |")
    a("|---|---:|---:|")
    for k, v in sorted(m["by_intended_category"].items(), key=lambda kv: -kv[1]):
        a(f"| `{k}` | {v:,} | {100 * v / m['total_posts']:.0f} % |")
    smug = sum(v for k, v in m["by_intended_category"].items() if k in ("smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info"))
    a("")
    a(f"Smuggling categories together: {smug:,} posts ({100 * smug / m['total_posts']:.0f} %); the rest are NGO warnings, rights")
    a("information, rescue updates, news quoting prices and routes, legal travel agencies, legitimate lorry-driver jobs,")
    a("people asking for help or for a smuggler (`migrant_request`), and everyday chatter with phone numbers and prices.")
    a("")
    a("Posts per week (weeks start on Friday):")
    a("")
    a("| week | from | posts | note |")
    a("|---:|---|---:|---|")
    for w, n in enumerate(m["by_week"]):
        a(f"| {w} | {(START + dt.timedelta(weeks=w)):%Y-%m-%d} | {n} | {WEEK_NOTES.get(w, '')} |")
    a("")
    a("## Planted account networks")
    a("")
    a("Accounts in one network advertise the same phone numbers and Telegram handles, in different numeral systems")
    a("and spellings (`+90 501 234 56 30`, `00905012345630`, `٠٥٠١ ٢٣٤ ٥٦ ٣٠`, `wa.me/905012345630`, `t.me/…`).")
    a("After pseudonymisation the clear values are gone, but equal identifiers get equal pseudonyms, so the links remain.")
    a("")
    a("| network | what | accounts | shared phones | shared handles |")
    a("|---|---|---|---|---|")
    for n in m["networks"]:
        accs = "<br>".join(f"{x['platform']}: `{x['handle']}`" for x in n["accounts"])
        a(f"| {n['id']} | {n['name']} | {accs} | {'<br>'.join(n['shared_phones'])} | {'<br>'.join(n['shared_handles'])} |")
    a("")
    a("Things an analyst should find:")
    a("- **N2 and N7 are one network**: the documents vendor (N7) also gives out the Aegean network's second Turkish number.")
    a("- **N1's guide channel**: `traveller_info_247` posts 'guidance' and points readers to `@bahr_mutawasit_rihlat` (N1).")
    a("- **An innocent network**: Blue Harbour Rescue's Facebook page and X account share one hotline number. Networks are")
    a("  leads, not verdicts: an NGO or a news outlet can link up too.")
    a("- **Forwards**: Telegram channels of one network forward each other's adverts (`forwarded_from`), "
      f"{sum(len(n['forwards']) for n in m['networks'])} times in all.")
    a("- Single, unlinked smuggling accounts (`safar_europa_exp`, `travel_help_eu` on Mastodon) with their own numbers.")
    a("")
    a("## Planted near-duplicate clusters (reposted adverts)")
    a("")
    a("Each cluster is one advert reposted across the network's accounts and days with small changes: new phone or")
    a("phone format, the price of that week in another notation, emoji, reordered, dropped or added lines, blank lines,")
    a("hashtags. Each network also writes its other adverts from its own share of the phrase bank, so a")
    a("near-duplicate detector will put some of them in the same cluster as the planted reposts (F01 and F03 share")
    a("network N1's template); no cluster should ever span two planted networks.")
    a("")
    a("| cluster | network | language | route | category | posts | first | last | price first → last |")
    a("|---|---|---|---|---|---:|---|---|---|")
    for c in m["clusters"]:
        price = f"{c['price_first']} → {c['price_last']}" if c["price_first"] else ""
        a(f"| {c['id']} | {c['network']} | {c['lang']} | {c['route'] or '—'} | `{c['category']}` | {len(c['posts'])} | {c['first'][:10]} | {c['last'][:10]} | {price} |")
    a("")
    a("## Prices per route (the trend behind the adverts)")
    a("")
    a("Adverts quote the week's price ± a seller's margin, written in every local habit: `5000$`, `€4.500`, `٤٥٠٠ يورو`,")
    a("`۲۵۰۰ یورو`, `5,4 тыс. долларов`, `4.5k`, `2 500 €` (narrow no-break space), `£1,900`. News posts quote the same ranges.")
    a("")
    a("| route | currency | week 0 | week 4 | week 8 | week 11 |")
    a("|---|---|---:|---:|---:|---:|")
    for r, ws in m["route_prices_per_week"].items():
        cur = ws[0].split()[1]
        a(f"| {r} | {cur} | {ws[0].split()[0]} | {ws[4].split()[0]} | {ws[8].split()[0]} | {ws[11].split()[0]} |")
    a("")
    a("Stories in the data: Libya → Italy gets dearer and quieter into November; Turkey → Greece gets a 'winter discount';")
    a("Belarus → Poland ramps up in volume and price; the Channel goes quiet in two storm weeks; a new line Tobruk → Crete")
    a("appears from week 8, the week after a shipwreck south of Crete fills the news in every language.")
    a("")
    a("## Hostile posts (must import and display as plain text)")
    a("")
    a("| kind | post |")
    a("|---|---|")
    for h in m["hostile"]:
        a(f"| {h['kind']} | `{h['post']}` |")
    a("")
    a("They hold `<script>`, `<img onerror>`, `<svg onload>`, a `javascript:` link and a `<style>` block, a right-to-left")
    a("override (U+202E), zero-width characters inside a phone number and words, spreadsheet formulas (`=HYPERLINK(…)`,")
    a("`+cmd|…`, `@SUM(…)`) in CSV cells, and one post of about 100 KB. No file is malformed: every record imports.")
    a("")
    a("## What to try")
    a("")
    a("```bash")
    a("./vigil demo                       # imports every file here into a fresh store and prints a summary")
    a("./vigil stats                      # counts by platform, source, language hint, day")
    a("./vigil search \"زوارة\"             # Arabic: Libya → Italy adverts, news and questions")
    a("./vigil search \"ازمیر\"             # Persian: Aegean adverts and warnings")
    a("./vigil search \"قارب\"              # Arabic 'boat': adverts, rescue updates and warnings side by side")
    a("./vigil search \"Польшу\"            # Russian: the forest road, driver jobs (legal and not)")
    a("./vigil search \"лодка\"             # Russian 'boat': news and rescue posts")
    a("./vigil search \"Tobruk\"            # the new route and the shipwreck reporting")
    a("./vigil clusters                   # reposted adverts (F01–F16 above)")
    a("./vigil networks                   # linked accounts (N1–N7 above)")
    a("./vigil serve                      # the dashboard: trends, price per route, clusters, networks")
    a("```")
    a("")
    a("Import a single file with `./vigil import data/demo/csv/crowdtangle-facebook-pages.csv`; re-importing changes nothing.")
    return "\n".join(L) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="fail if data/demo differs from a fresh generation")
    args = ap.parse_args()
    out, manifest = build()
    if args.check:
        bad = [p for p, b in out.items() if not os.path.exists(os.path.join(OUT, p)) or open(os.path.join(OUT, p), "rb").read() != b]
        if bad:
            print("differs: " + ", ".join(bad), file=sys.stderr)
            return 1
        print(f"data/demo is up to date ({manifest['total_posts']} posts)")
        return 0
    for path, data in out.items():
        full = os.path.join(OUT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    print(f"wrote {len(out)} files, {manifest['total_posts']} posts")
    print(json.dumps({k: manifest[k] for k in ("by_platform", "by_language", "by_intended_category", "by_week")}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
