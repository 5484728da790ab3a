#!/usr/bin/env python3
"""Writes data/corpus/indicators/indicators-dev.jsonl: the labelled development set for indicator extraction.

Written by the Vigil team. Each language has a few sentence frames and lists of slot values (routes with
their markers, prices in local habits, phone numbers in local writing, transport/payment/guarantee/document
words); the expected indicators come from the slot values, never from the extractor. A fixed seed makes the
file reproducible:  python3 tools/indicators-dev/make.py
Phone numbers are libphonenumber example-style numbers; handles are invented.
"""
import json, os, random

R = random.Random(20261123)
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

PH = {  # e164 -> national significant number
    "TR": [("+905321234567", "532 123 45 67"), ("+905337654321", "533 765 43 21"), ("+905051112233", "505 111 22 33")],
    "LY": [("+218912345678", "91 234 5678"), ("+218923456789", "92 345 6789")],
    "IR": [("+989123456789", "912 345 6789"), ("+989351234567", "935 123 4567")],
    "RU": [("+79123456789", "912 345-67-89"), ("+79261234567", "926 123-45-67")],
    "GR": [("+306912345678", "691 234 5678")],
    "AF": [("+93701234567", "70 123 4567")],
    "PK": [("+923001234567", "300 1234567")],
    "IQ": [("+9647701234567", "770 123 4567")],
    "FR": [("+33612345678", "6 12 34 56 78")],
}
CC = {"TR": "90", "LY": "218", "IR": "98", "RU": "7", "GR": "30", "AF": "93", "PK": "92", "IQ": "964", "FR": "33"}


def phone(region, style, digits=None):
    e164, nsn = R.choice(PH[region])
    cc = CC[region]
    if style == "plus":
        w = f"+{cc} {nsn}"
    elif style == "00":
        w = f"00{cc}{nsn.replace(' ', '')}"
    elif style == "national":
        w = ("8 " if region == "RU" else "0") + nsn
    elif style == "dots":
        w = f"+{cc}." + nsn.replace(" ", ".")
    else:  # wa.me
        w = f"wa.me/{cc}{nsn.replace(' ', '').replace('-', '')}"
    if digits == "ar":
        w = w.translate(AR_DIG)
    elif digits == "fa":
        w = w.translate(FA_DIG)
    return w, e164


def handle():
    name = R.choice(["safe_way", "euro_trip", "kaptan", "bahr_travel", "yol_rehberi", "put_domoy", "safar_ok"]) + str(R.randint(10, 99))
    return name


LANGS = {}

LANGS["ar"] = dict(
    routes=[("من ليبيا الى ايطاليا", [("Libya", "origin"), ("Italy", "destination")]),
            ("من زوارة إلى لامبيدوزا", [("Zuwara", "origin"), ("Lampedusa", "destination")]),
            ("من تركيا الى اليونان", [("Türkiye", "origin"), ("Greece", "destination")]),
            ("من ازمير الى ليسبوس", [("Izmir", "origin"), ("Lesbos", "destination")]),
            ("من طرابلس الى ايطاليا عبر مالطا", [("Tripoli", "origin"), ("Italy", "destination"), ("Malta", "transit")]),
            ("من الجزائر الى اسبانيا", [("Algeria", "origin"), ("Spain", "destination")])],
    prices=[("٣٥٠٠ دولار", 3500, "USD"), ("4000$", 4000, "USD"), ("ألفين يورو", 2000, "EUR"), ("٥٠٠٠ يورو", 5000, "EUR"), ("خمسة آلاف دولار", 5000, "USD")],
    transport=[("بالقارب", "boat"), ("بلم مطاطي", "rubber_dinghy"), ("باليخت", "yacht"), ("بالشاحنة", "truck")],
    guarantee=[("رحلة آمنة", "safe"), ("مضمونة", "guaranteed"), ("الدفع بعد الوصول", "pay_on_arrival")],
    payment=[("عن طريق حوالة", "hawala"), ("مكتب تأمين", "escrow"), ("ويسترن يونيون", "money_transfer")],
    documents=[("جواز سفر", "passport"), ("فيزا شنغن", "visa"), ("إقامة", "residence_permit")],
    phones=[("LY", "plus", "ar"), ("LY", "00", "ar"), ("TR", "plus", None), ("TR", "wa", None)],
    frames=["رحلة {route} {transport}، السعر {price}، {guarantee}، للتواصل واتساب {phone}",
            "{route} {transport} {price} للشخص، الدفع {payment}، تلغرام @{handle}",
            "متوفر {documents} بسعر {price} للتواصل {phone}"],
    news=["تحذير من عاصفة قوية في ليبيا الليلة", "غرق قارب قبالة سواحل ليبيا ومنظمات الإنقاذ تطالب بالتحرك"],
    news_places=[[("Libya", "mentioned")], [("Libya", "mentioned")]],
)
LANGS["fa"] = dict(
    routes=[("از ایران به ترکیه", [("Iran", "origin"), ("Türkiye", "destination")]),
            ("از ترکیه به یونان", [("Türkiye", "origin"), ("Greece", "destination")]),
            ("از افغانستان به ترکیه از طریق ایران", [("Afghanistan", "origin"), ("Türkiye", "destination"), ("Iran", "transit")]),
            ("از ازمیر به یونان", [("Izmir", "origin"), ("Greece", "destination")]),
            ("از تهران به آلمان", [("Tehran", "origin"), ("Germany", "destination")])],
    prices=[("۲۵۰۰ یورو", 2500, "EUR"), ("3000 دلار", 3000, "USD"), ("۵۰۰۰ دلار", 5000, "USD"), ("۴۰۰۰ یورو", 4000, "EUR")],
    transport=[("با قایق", "boat"), ("پیاده", "on_foot"), ("با کامیون", "truck"), ("با ماشین", "car")],
    guarantee=[("تضمینی", "guaranteed"), ("پرداخت بعد از رسیدن", "pay_on_arrival"), ("بدون خطر", "safe")],
    payment=[("حواله", "hawala"), ("تتر", "crypto")],
    documents=[("پاسپورت", "passport"), ("ویزای شینگن", "visa"), ("کارت اقامت", "residence_permit")],
    phones=[("IR", "national", "fa"), ("IR", "plus", "fa"), ("TR", "plus", None), ("AF", "00", None)],
    frames=["سفر {route} {transport}، قیمت {price}، {guarantee}، تماس {phone}",
            "{route} {transport} قیمت {price}، پرداخت با {payment}، تلگرام @{handle}",
            "{documents} موجود است، قیمت {price}، تماس {phone}"],
    news=["هشدار طوفان در یونان برای امشب", "گزارش سازمان ملل درباره مهاجران در ترکیه"],
    news_places=[[("Greece", "mentioned")], [("Türkiye", "mentioned")]],
)
LANGS["tr"] = dict(
    routes=[("İzmir'den Yunanistan'a", [("Izmir", "origin"), ("Greece", "destination")]),
            ("Bodrum'dan Kos'a", [("Bodrum", "origin"), ("Kos", "destination")]),
            ("Edirne'den Bulgaristan'a", [("Edirne", "origin"), ("Bulgaria", "destination")]),
            ("Türkiye'den İtalya'ya", [("Türkiye", "origin"), ("Italy", "destination")]),
            ("Ayvalık'tan Midilli'ye", [("Ayvalik", "origin"), ("Lesbos", "destination")])],
    prices=[("3000 euro", 3000, "EUR"), ("4 bin euro", 4000, "EUR"), ("2500€", 2500, "EUR"), ("5000 dolar", 5000, "USD")],
    transport=[("yatla", "yacht"), ("tekneyle", "boat"), ("tırla", "truck"), ("yürüyerek", "on_foot")],
    guarantee=[("garantili", "guaranteed"), ("güvenli", "safe"), ("vardıktan sonra ödeme", "pay_on_arrival")],
    payment=[("havale", "hawala"), ("kripto", "crypto"), ("western union", "money_transfer")],
    documents=[("pasaport", "passport"), ("vize", "visa"), ("oturma izni", "residence_permit")],
    phones=[("TR", "national", None), ("TR", "plus", None), ("TR", "dots", None), ("TR", "wa", None)],
    frames=["{route} {transport} {guarantee} geçiş, fiyat {price}, bilgi için {phone}",
            "{route} {transport} {price}, ödeme {payment}, telegram @{handle}",
            "{documents} hazır, fiyat {price}, iletişim {phone}"],
    news=["Ege Denizi'nde fırtına uyarısı: Midilli açıklarında dalgalar", "Sahil Güvenlik Ayvalık açıklarında bir tekneyi durdurdu"],
    news_places=[[("Lesbos", "mentioned")], [("Ayvalik", "mentioned")]],
)
LANGS["ru"] = dict(
    routes=[("Из Минска в Германию через Польшу", [("Minsk", "origin"), ("Germany", "destination"), ("Poland", "transit")]),
            ("из Турции в Грецию", [("Türkiye", "origin"), ("Greece", "destination")]),
            ("из Стамбула в Италию", [("Istanbul", "origin"), ("Italy", "destination")]),
            ("из Беларуси в Литву", [("Belarus", "origin"), ("Lithuania", "destination")])],
    prices=[("4 тыс. евро", 4000, "EUR"), ("3500 евро", 3500, "EUR"), ("5000 долларов", 5000, "USD"), ("2000$", 2000, "USD")],
    transport=[("на машине", "car"), ("на грузовике", "truck"), ("пешком", "on_foot"), ("на яхте", "yacht")],
    guarantee=[("гарантия", "guaranteed"), ("безопасно", "safe"), ("оплата по прибытии", "pay_on_arrival")],
    payment=[("криптой", "crypto"), ("usdt", "crypto"), ("наличными", "cash")],
    documents=[("паспорт", "passport"), ("шенгенская виза", "visa"), ("вид на жительство", "residence_permit")],
    phones=[("RU", "plus", None), ("RU", "national", None)],
    frames=["{route} {transport}, {price}, {guarantee}, звоните {phone}",
            "{route} {transport}, цена {price}, оплата {payment}, телеграм @{handle}",
            "{documents} под ключ, {price}, пишите {phone}"],
    news=["Шторм в Эгейском море: предупреждение для Лесбоса", "Пограничники Польши сообщили о задержаниях"],
    news_places=[[("Lesbos", "mentioned")], [("Poland", "mentioned")]],
)
LANGS["en"] = dict(
    routes=[("from Izmir to Greece", [("Izmir", "origin"), ("Greece", "destination")]),
            ("from Libya to Italy", [("Libya", "origin"), ("Italy", "destination")]),
            ("from Calais to England", [("Calais", "origin"), ("England", "destination")]),
            ("from Belgrade to Germany via Hungary", [("Belgrade", "origin"), ("Germany", "destination"), ("Hungary", "transit")]),
            ("from Turkey to Italy", [("Türkiye", "origin"), ("Italy", "destination")])],
    prices=[("4500 EUR", 4500, "EUR"), ("$5,000", 5000, "USD"), ("3000 euros", 3000, "EUR"), ("1500 pounds", 1500, "GBP")],
    transport=[("by boat", "boat"), ("by yacht", "yacht"), ("in a truck", "truck"), ("rubber dinghy", "rubber_dinghy")],
    guarantee=[("safe trip", "safe"), ("guaranteed", "guaranteed"), ("pay on arrival", "pay_on_arrival"), ("second try free", "second_try_free")],
    payment=[("hawala", "hawala"), ("USDT", "crypto"), ("Western Union", "money_transfer")],
    documents=[("passports", "passport"), ("Schengen visa", "visa"), ("residence permit", "residence_permit")],
    phones=[("TR", "plus", None), ("LY", "plus", None), ("GR", "00", None), ("TR", "wa", None)],
    frames=["Trip {route} {transport}, {price}, {guarantee}, call {phone}",
            "{route} {transport}, price {price}, payment by {payment}, telegram @{handle}",
            "Real {documents} available, {price}, WhatsApp {phone}"],
    news=["Storm warning for Lesbos tonight, ferries cancelled", "UNHCR report on arrivals in Italy this week"],
    news_places=[[("Lesbos", "mentioned")], [("Italy", "mentioned")]],
)
LANGS["fr"] = dict(
    routes=[("de Calais vers l'Angleterre", [("Calais", "origin"), ("England", "destination")]),
            ("de Tunisie vers l'Italie", [("Tunisia", "origin"), ("Italy", "destination")]),
            ("du Maroc vers l'Espagne", [("Morocco", "origin"), ("Spain", "destination")]),
            ("de Dunkerque vers l'Angleterre", [("Dunkirk", "origin"), ("England", "destination")])],
    prices=[("1500 £", 1500, "GBP"), ("3000 euros", 3000, "EUR"), ("2500€", 2500, "EUR"), ("€4.500", 4500, "EUR")],
    transport=[("en zodiac", "rubber_dinghy"), ("en bateau", "boat"), ("en camion", "truck")],
    guarantee=[("garanti", "guaranteed"), ("sans risque", "safe"), ("paiement à l'arrivée", "pay_on_arrival")],
    payment=[("western union", "money_transfer"), ("en espèces", "cash")],
    documents=[("passeport", "passport"), ("titre de séjour", "residence_permit"), ("carte d'identité", "id_card")],
    phones=[("FR", "national", None), ("FR", "plus", None)],
    frames=["Départ {route} {transport}, {price}, {guarantee}, appelez {phone}",
            "Passage {route} {transport}, prix {price}, paiement {payment}, telegram @{handle}",
            "Vrai {documents} disponible, {price}, contact {phone}"],
    news=["Alerte météo sur Calais ce soir", "Rapport de l'OIM sur les traversées vers l'Italie"],
    news_places=[[("Calais", "mentioned")], [("Italy", "destination")]],
)
LANGS["ps"] = dict(
    routes=[("له کابل څخه ترکیې ته", [("Kabul", "origin"), ("Türkiye", "destination")]),
            ("له افغانستان څخه ایران ته", [("Afghanistan", "origin"), ("Iran", "destination")])],
    prices=[("۳۰۰۰ ډالر", 3000, "USD"), ("2000 ډالر", 2000, "USD")],
    transport=[("د لاری په واسطه", "truck"), ("پلی", "on_foot")],
    guarantee=[("تضمین", "guaranteed")],
    payment=[("حواله", "hawala")],
    documents=[("پاسپورټ", "passport"), ("ویزه", "visa")],
    phones=[("AF", "plus", None), ("AF", "00", "fa")],
    frames=["سفر {route} {transport}، {price}، {guarantee}، اړیکه {phone}",
            "{route} {transport} {price} {payment} تلګرام @{handle}"],
    news=[], news_places=[],
)
LANGS["ur"] = dict(
    routes=[("کراچی سے یونان تک", [("Karachi", "origin"), ("Greece", "destination")]),
            ("لاہور سے اٹلی تک", [("Lahore", "origin"), ("Italy", "destination")])],
    prices=[("5000 ڈالر", 5000, "USD"), ("3000 یورو", 3000, "EUR")],
    transport=[("کشتی", "boat"), ("ٹرک", "truck")],
    guarantee=[("گارنٹی", "guaranteed")],
    payment=[("حوالہ", "hawala")],
    documents=[("پاسپورٹ", "passport"), ("ویزا", "visa")],
    phones=[("PK", "national", None), ("PK", "plus", None)],
    frames=["{route} {transport} سفر، قیمت {price}، {guarantee}، رابطہ {phone}",
            "{route} {transport} {price} ادائیگی {payment} ٹیلیگرام @{handle}"],
    news=[], news_places=[],
)
LANGS["el"] = dict(
    routes=[("από τη Σμύρνη στη Λέσβο", [("Izmir", "origin"), ("Lesbos", "destination")])],
    prices=[("3000 ευρώ", 3000, "EUR"), ("2500€", 2500, "EUR")],
    transport=[("με βάρκα", "boat"), ("με φορτηγό", "truck")],
    guarantee=[("εγγυημένο", "guaranteed")],
    payment=[], documents=[("διαβατήριο", "passport")],
    phones=[("GR", "plus", None)],
    frames=["Ταξίδι {route} {transport}, {price}, {guarantee}, τηλ {phone}"],
    news=["Προειδοποίηση για θύελλα στο Αιγαίο απόψε"], news_places=[[]],
)
LANGS["kmr"] = dict(
    routes=[("ji Hewlêrê bo Almanya", [("Erbil", "origin"), ("Germany", "destination")]),
            ("ji Tirkiyê bo Yewnanistanê", [("Türkiye", "origin"), ("Greece", "destination")])],
    prices=[("8000 dolar", 8000, "USD"), ("4000 euro", 4000, "EUR")],
    transport=[("bi qeyik", "boat")], guarantee=[("garantî", "guaranteed")], payment=[("hewale", "hawala")],
    documents=[("pasaport", "passport")],
    phones=[("IQ", "plus", None), ("TR", "plus", None)],
    frames=["Rêwîtî {route} {transport}, {price}, {guarantee}, têkilî {phone}"],
    news=[], news_places=[],
)


def make(lang, spec, n):
    posts = []
    for k in range(n):
        exp = {"phones": [], "handles": [], "prices": [], "places": [], "transport": [], "payment": [], "guarantees": [], "documents": []}
        frame = R.choice(spec["frames"])
        fill = {}
        if "{route}" in frame:
            text, places = R.choice(spec["routes"])
            fill["route"] = text
            exp["places"] = [{"name": n_, "role": r} for n_, r in places]
        if "{transport}" in frame and spec["transport"]:
            t, v = R.choice(spec["transport"]); fill["transport"] = t; exp["transport"] = [v]
        elif "{transport}" in frame:
            fill["transport"] = ""
        if "{price}" in frame:
            t, a, c = R.choice(spec["prices"]); fill["price"] = t; exp["prices"] = [{"amount": a, "currency": c}]
        if "{guarantee}" in frame:
            t, v = R.choice(spec["guarantee"]); fill["guarantee"] = t; exp["guarantees"] = [v]
        if "{payment}" in frame:
            if spec["payment"]:
                t, v = R.choice(spec["payment"]); fill["payment"] = t; exp["payment"] = [v]
            else:
                fill["payment"] = ""
        if "{documents}" in frame:
            t, v = R.choice(spec["documents"]); fill["documents"] = t; exp["documents"] = [v]
        if "{phone}" in frame:
            region, style, digits = R.choice(spec["phones"])
            w, e = phone(region, style, digits); fill["phone"] = w; exp["phones"] = [e]
        if "{handle}" in frame:
            h = handle(); fill["handle"] = h; exp["handles"] = ["@" + h]
        posts.append({"id": f"ind-{lang}-{k:03d}", "lang": lang, "text": frame.format(**fill), "expected": exp})
    for k, (text, places) in enumerate(zip(spec["news"], spec["news_places"])):
        exp = {"phones": [], "handles": [], "prices": [], "places": [{"name": n_, "role": r} for n_, r in places], "transport": [], "payment": [], "guarantees": [], "documents": []}
        posts.append({"id": f"ind-{lang}-news-{k}", "lang": lang, "text": text, "expected": exp})
    return posts


counts = {"ar": 45, "fa": 40, "tr": 40, "ru": 35, "en": 40, "fr": 30, "ps": 15, "ur": 15, "el": 10, "kmr": 10}
out = []
for lang, n in counts.items():
    out += make(lang, LANGS[lang], n)
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
path = os.path.join(root, "data", "corpus", "indicators", "indicators-dev.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out), "posts ->", path)
