"""Text banks for the Vigil demo corpus.

Written by the Vigil team for the demo only (synthetic; not training data, not copied from
data/corpus). Every text is a fragment that generate.py composes with slots:
{route} route phrase, {price} formatted price, {phone} formatted phone, {tg} Telegram handle,
{transport} transport word, {n}/{n2} counts, {hotline} NGO hotline, {city} city, {pct} percent.
Lines starting with "?" are optional.
"""

# --------------------------------------------------------------------------------------------
# Routes: phrase per language ("from X to Y"), with the places an analyst should see.
# --------------------------------------------------------------------------------------------
ROUTES = {
    "LY-IT": {
        "ar": "من زوارة إلى إيطاليا", "arz": "mn Zwara l Italia", "fa": "از لیبی به ایتالیا",
        "prs": "از لیبیا به ایتالیا", "ps": "له لیبیا نه ایټالیا ته", "ckb": "لە لیبیاوە بۆ ئیتاڵیا",
        "kmr": "ji Lîbyayê ber bi Îtalyayê", "tr": "Libya'dan İtalya'ya", "ru": "из Ливии в Италию",
        "fr": "de la Libye vers l'Italie", "en": "from Libya to Italy", "ur": "لیبیا سے اٹلی",
        "it": "dalla Libia all'Italia", "el": "από τη Λιβύη στην Ιταλία",
    },
    "LY-GR": {
        "ar": "من طبرق إلى كريت", "arz": "mn Tobruk l Crete", "fa": "از طبرق به کرت",
        "prs": "از طبرق به کرت", "ps": "له طبرق نه کریټ ته", "ckb": "لە تەبروکەوە بۆ کریت",
        "kmr": "ji Tobrukê ber bi Girîtê", "tr": "Tobruk'tan Girit'e", "ru": "из Тобрука на Крит",
        "fr": "de Tobrouk vers la Crète", "en": "from Tobruk to Crete", "ur": "طبرق سے کریٹ",
        "it": "da Tobruch a Creta", "el": "από το Τομπρούκ στην Κρήτη",
    },
    "TR-GR": {
        "ar": "من ازمير إلى الجزر اليونانية", "arz": "mn Izmir l Yunan", "fa": "از ازمیر به یونان",
        "prs": "از ترکیه به یونان", "ps": "له ترکیې نه یونان ته", "ckb": "لە تورکیاوە بۆ یۆنان",
        "kmr": "ji Tirkiyeyê ber bi Yewnanistanê", "tr": "İzmir'den Yunan adalarına", "ru": "из Турции в Грецию",
        "fr": "de la Turquie vers la Grèce", "en": "from Turkey to Greece", "ur": "ترکی سے یونان",
        "it": "dalla Turchia alla Grecia", "el": "από την Τουρκία στα ελληνικά νησιά",
    },
    "BY-PL": {
        "ar": "من بيلاروسيا إلى بولندا وألمانيا", "arz": "mn Belarus l Almania", "fa": "از بلاروس به لهستان",
        "prs": "از بلاروس به پولند", "ps": "له بېلاروس نه پولنډ ته", "ckb": "لە بیلاڕووسیاوە بۆ پۆڵەندا",
        "kmr": "ji Belarûsê ber bi Polonyayê", "tr": "Belarus'tan Polonya'ya", "ru": "из Беларуси в Польшу",
        "fr": "de la Biélorussie vers la Pologne", "en": "from Belarus to Poland", "ur": "بیلاروس سے پولینڈ",
        "it": "dalla Bielorussia alla Polonia", "el": "από τη Λευκορωσία στην Πολωνία",
    },
    "FR-UK": {
        "ar": "من فرنسا إلى بريطانيا", "arz": "mn Fransa l Britania", "fa": "از فرانسه به انگلیس",
        "prs": "از فرانسه به انگلستان", "ps": "له فرانسې نه انګلستان ته", "ckb": "لە فەرەنساوە بۆ بەریتانیا",
        "kmr": "ji Fransayê ber bi Îngilîstanê", "tr": "Fransa'dan İngiltere'ye", "ru": "из Франции в Англию",
        "fr": "de Calais vers l'Angleterre", "en": "from France to the UK", "ur": "فرانس سے برطانیہ",
        "it": "dalla Francia al Regno Unito", "el": "από τη Γαλλία στη Βρετανία",
    },
    "RS-HU": {
        "ar": "من صربيا إلى هنغاريا", "arz": "mn Serbia l Hungary", "fa": "از صربستان به مجارستان",
        "prs": "از صربیا به هنگری", "ps": "له سربیا نه هنګري ته", "ckb": "لە سربیاوە بۆ هەنگاریا",
        "kmr": "ji Sirbistanê ber bi Macaristanê", "tr": "Sırbistan'dan Macaristan'a", "ru": "из Сербии в Венгрию",
        "fr": "de la Serbie vers la Hongrie", "en": "from Serbia to Hungary", "ur": "سربیا سے ہنگری",
        "it": "dalla Serbia all'Ungheria", "el": "από τη Σερβία στην Ουγγαρία",
    },
    "IR-TR": {
        "ar": "من إيران إلى تركيا", "arz": "mn Iran l Turkia", "fa": "از ایران به ترکیه",
        "prs": "از ایران به ترکیه", "ps": "له ایران نه ترکیې ته", "ckb": "لە ئێرانەوە بۆ تورکیا",
        "kmr": "ji Îranê ber bi Tirkiyeyê", "tr": "İran'dan Türkiye'ye", "ru": "из Ирана в Турцию",
        "fr": "de l'Iran vers la Turquie", "en": "from Iran to Turkey", "ur": "ایران سے ترکی",
        "it": "dall'Iran alla Turchia", "el": "από το Ιράν στην Τουρκία",
    },
}

# Transport words per mode and language (used as "Transport: {transport}" lines).
TRANSPORT = {
    "boat": {"ar": "مركب صيد كبير", "arz": "markab kbir", "fa": "قایق", "prs": "کشتی", "ps": "بېړۍ", "ckb": "بەلەم",
             "kmr": "belem", "tr": "tekne", "ru": "лодка", "fr": "bateau", "en": "boat", "ur": "کشتی"},
    "dinghy": {"ar": "بلم مطاطي", "arz": "balam", "fa": "قایق بادی", "prs": "قایق بادی", "ps": "د بادو بېړۍ",
               "ckb": "بەلەمی بایی", "kmr": "belemê bayê", "tr": "lastik bot", "ru": "резиновая лодка",
               "fr": "zodiac", "en": "rubber boat", "ur": "ربڑ کی کشتی"},
    "yacht": {"ar": "يخت سياحي", "arz": "yacht", "fa": "قایق تفریحی (یات)", "prs": "یات", "ps": "یاټ", "ckb": "یەخت",
              "kmr": "yat", "tr": "yat", "ru": "яхта", "fr": "yacht", "en": "yacht", "ur": "یاٹ"},
    "car": {"ar": "سيارة خاصة", "arz": "sayyara", "fa": "ماشین سواری", "prs": "موتر", "ps": "موټر", "ckb": "ئۆتۆمبێل",
            "kmr": "erebe", "tr": "özel araç", "ru": "легковая машина", "fr": "voiture", "en": "private car", "ur": "گاڑی"},
    "truck": {"ar": "تريلا", "arz": "trilla", "fa": "کامیون", "prs": "لاری", "ps": "لارۍ", "ckb": "تریلە",
              "kmr": "kamyon", "tr": "TIR", "ru": "фура", "fr": "camion", "en": "lorry", "ur": "ٹرک"},
    "foot": {"ar": "مشي مع دليل", "arz": "mashi ma3 dalil", "fa": "پیاده با راهنما", "prs": "پیاده همراه رهنما",
             "ps": "پلی د لارښود سره", "ckb": "بە پێ لەگەڵ ڕێبەر", "kmr": "bi peyatî bi rêber re",
             "tr": "rehberle yürüyerek", "ru": "пешком с проводником", "fr": "à pied avec un guide",
             "en": "on foot with a guide", "ur": "پیدل گائیڈ کے ساتھ"},
}

ROUTE_TRANSPORT = {
    "LY-IT": ["boat", "boat", "dinghy"], "LY-GR": ["boat"], "TR-GR": ["dinghy", "dinghy", "yacht"],
    "BY-PL": ["car", "foot", "car"], "FR-UK": ["dinghy", "truck"], "RS-HU": ["foot", "car"],
    "IR-TR": ["foot", "car", "truck"],
}

# --------------------------------------------------------------------------------------------
# Smuggling offers: opener, details (2–4 drawn), price line, contact line.
# --------------------------------------------------------------------------------------------
OFFER = {
    "ar": {
        "open": ["🔥🔥 رحلات جديدة {route} 🔥🔥", "📢 تم فتح الخط {route} من جديد", "✅ سفر آمن {route}",
                 "يا جماعة الخير، عنا طلعة {route} الأسبوع الجاي", "توا فيه رحلة {route}، الجو باهي",
                 "عايز تسافر {route}؟ الفرصة دي مش هتتكرر", "شباب اللي يريد يطلع {route} يراسلني، الطريق مضمون"],
        "detail": ["🚤 وسيلة النقل: {transport}", "👨‍👩‍👧 العائلات والأطفال أولوية", "✔️ الدفع بعد الوصول عن طريق مكتب",
                   "✔️ المبلغ يوضع أمانة عند مكتب حوالة", "⏰ الانطلاق خلال أيام، العدد محدود", "🛟 سترات نجاة للجميع",
                   "🏠 سكن وأكل حتى يوم الطلعة", "نسبة النجاح ١٠٠٪ والحمد لله", "ما في تفتيش، الطريق نظيف",
                   "💯 وصلت المجموعة الماضية بالسلامة", "الرحلة مضمونة، جربوا واحكموا"],
        "price": ["💰 السعر {price} للشخص", "السعر: {price} فقط", "💵 {price} والدفع على مراحل", "السعر {price} شامل كل شي"],
        "contact": ["📞 للتواصل واتساب {phone}", "📲 واتس {phone} أو تلغرام {tg}", "للحجز راسلونا خاص {tg}",
                    "☎️ {phone}", "التواصل على الرقم {phone} (واتساب وفايبر)"],
    },
    "arz": {
        "open": ["🔥 rihla jdida {route} 🔥", "ya shabab fi tal3a {route} hal esbou3", "ele bado yetla3 {route} yeb3atli",
                 "safar {route} mada2moun 100%"],
        "detail": ["el markab kbir w fi sotrat naja", "el daf3 ba3d el wusul 3an tari2 maktab", "3adad ma7doud, e7joz bakkir",
                   "el 3ayle w el wlad awalan", "wasalet el majmou3a el madye bsalame 🙏", "ma fi bolis, el tari2 ndif"],
        "price": ["el se3r {price}", "{price} bas lal shakhs", "se3r {price} w el daf3 ba3d el wusul"],
        "contact": ["whatsapp {phone}", "tawasol 3al {tg}", "ib3atli msg 3al {phone}"],
    },
    "fa": {
        "open": ["🔴 سفر مطمئن {route}", "📢 اعزام جدید {route} این هفته", "دوستانی که قصد سفر {route} دارند پیام بدن",
                 "✅ مسیر {route} دوباره باز شد"],
        "detail": ["🚤 وسیله: {transport}", "✔️ پرداخت بعد از رسیدن، پول نزد صراف امانت", "👨‍👩‍👧 خانواده‌ها در اولویت هستند",
                   "⏳ ظرفیت محدود، زود رزرو کنید", "🛟 جلیقه نجات برای همه", "بدون خطر، بدون پلیس",
                   "گروه قبلی سالم رسیدند الحمدالله", "جا و غذا تا روز حرکت با ماست"],
        "price": ["💶 قیمت {price} برای هر نفر", "هزینه: {price}", "قیمت {price} همه چیز حساب شده"],
        "contact": ["📞 واتساپ {phone}", "آیدی تلگرام {tg}", "برای هماهنگی پیام بدید {tg} یا {phone}"],
    },
    "prs": {
        "open": ["بیادرا، سفر {route} روان است", "اعزام {route} کاملاً مطمئن", "هر کس قصد رفتن {route} را دارد به تماس شود"],
        "detail": ["🚗 وسیله: {transport}", "پول نزد صراف امانت می‌ماند تا رسیدن", "رهنما همراه گروه است",
                   "خانواده‌ها هم قبول است", "دیروز یک گروه سالم رسید", "هیچ خطر پولیس نیست"],
        "price": ["قیمت {price} فی نفر", "کرایه {price}"],
        "contact": ["شماره واتساپ {phone}", "به آیدی {tg} پیام بتین"],
    },
    "ps": {
        "open": ["🔥 {route} د تګ لپاره نوې لاره پرانیستل شوه", "ورونو، {route} سفر روان دی",
                 "څوک چې غواړي {route} ولاړ شي اړیکه دې ونیسي"],
        "detail": ["🚗 وسیله: {transport}", "پیسې صراف سره امانت دي تر رسیدو پورې", "لارښود له ډلې سره وي",
                   "کورنۍ هم منل کیږي", "پرون یوه ډله په خیریت ورسېده", "پولیس نشته، لاره پاکه ده"],
        "price": ["بیه {price} یو نفر", "کرایه: {price}"],
        "contact": ["واټساپ {phone}", "ټیلیګرام {tg}", "اړیکه: {phone}"],
    },
    "ckb": {
        "open": ["🔥 گەشتی نوێ {route}", "📢 هێڵی {route} دووبارە کرایەوە", "ئەو کەسانەی دەیانەوێت بڕۆن {route} پەیوەندی بکەن"],
        "detail": ["🚤 هۆکاری گواستنەوە: {transport}", "✔️ پارە لای سەڕاف دادەنرێت تا گەیشتن", "👨‍👩‍👧 خێزان لە پێشینەدایە",
                   "⏰ ژمارە سنووردارە", "گرووپی پێشوو بە سەلامەتی گەیشتن", "🛟 جلی ڕزگاربوون بۆ هەمووان"],
        "price": ["💰 نرخ {price} بۆ هەر کەسێک", "نرخ: {price}"],
        "contact": ["📞 واتسئاپ {phone}", "تێلێگرام {tg}", "پەیوەندی: {phone}"],
    },
    "kmr": {
        "open": ["🔥 Rêwîtiya nû {route}", "Kesên ku dixwazin herin {route} bila peyamê bişînin", "✅ Rêya {route} dîsa vebû"],
        "detail": ["🚤 Bi {transport}", "✔️ Pere li cem sarrafê dimîne heta gihîştinê", "Malbat pêşî ne",
                   "Cih sînordar in", "Koma berê bi silametî gihîştin"],
        "price": ["💰 Biha: {price}", "Ji bo her kesî {price}"],
        "contact": ["📞 WhatsApp {phone}", "Telegram {tg}"],
    },
    "tr": {
        "open": ["🔥 {route} güvenli geçiş", "📢 {route} yeni sefer bu hafta", "{route} gitmek isteyenler DM atsın",
                 "✅ {route} hattı tekrar açıldı"],
        "detail": ["🚤 Araç: {transport}", "✔️ Ödeme varınca, para sarrafta emanet", "👨‍👩‍👧 Aileler öncelikli",
                   "⏰ Yer sınırlı, erken rezervasyon", "🛟 Herkese can yeleği", "Polis yok, yol temiz",
                   "Geçen grup sorunsuz ulaştı Allah'a şükür", "Kalacak yer ve yemek bizden"],
        "price": ["💶 Fiyat {price} kişi başı", "Ücret: {price}", "Kişi başı {price}, çocuklar yarı fiyat"],
        "contact": ["📞 WhatsApp {phone}", "Telegram: {tg}", "İletişim {phone} / {tg}"],
    },
    "ru": {
        "open": ["🔥 Новый маршрут {route}", "📢 Отправка {route} на этой неделе", "Кто хочет попасть {route} — пишите в личку",
                 "✅ Дорога {route} снова открыта"],
        "detail": ["🚗 Транспорт: {transport}", "✔️ Оплата после прибытия, деньги у посредника", "👨‍👩‍👧 Семьи в приоритете",
                   "⏰ Мест мало, бронируйте заранее", "Проводник идёт с группой", "Прошлая группа дошла без проблем",
                   "Жильё и еда до отправки за наш счёт", "Гарантия 100%"],
        "price": ["💵 Цена {price} с человека", "Стоимость: {price}", "{price}, детям скидка"],
        "contact": ["📞 WhatsApp {phone}", "Телеграм {tg}", "Связь: {phone}"],
    },
    "fr": {
        "open": ["🔥 Passage {route}", "📢 Nouveau départ {route} cette semaine", "Ceux qui veulent aller {route} écrivez en privé",
                 "✅ La route {route} est rouverte"],
        "detail": ["🚤 Transport : {transport}", "✔️ Paiement à l'arrivée, argent déposé chez un intermédiaire",
                   "👨‍👩‍👧 Familles prioritaires", "⏰ Places limitées", "Gilets de sauvetage pour tous",
                   "Le dernier groupe est bien arrivé", "Hébergement et repas jusqu'au départ", "Garanti 100%"],
        "price": ["💶 Prix {price} par personne", "Tarif : {price}", "{price} seulement, enfants demi-tarif"],
        "contact": ["📞 WhatsApp {phone}", "Telegram {tg}", "Contact : {phone}"],
    },
    "en": {
        "open": ["🔥 Safe trip {route}", "📢 New departure {route} this week", "Anyone who wants to go {route} DM me",
                 "✅ Line open again: {route}"],
        "detail": ["🚤 Transport: {transport}", "✔️ Pay on arrival, money held by a trusted office", "👨‍👩‍👧 Families first",
                   "⏰ Limited places, book early", "🛟 Life jackets for everyone", "No police, clean road",
                   "Last group arrived safely thank God", "Accommodation and food until departure", "100% guaranteed"],
        "price": ["💵 Price {price} per person", "Cost: {price} only", "{price}, kids half price"],
        "contact": ["📞 WhatsApp {phone}", "Telegram {tg}", "Contact {phone} / {tg}"],
    },
    "ur": {
        "open": ["🔥 {route} محفوظ سفر", "📢 {route} نیا گروپ اس ہفتے روانہ", "جو بھائی {route} جانا چاہتے ہیں رابطہ کریں",
                 "✅ {route} راستہ دوبارہ کھل گیا"],
        "detail": ["🚗 سواری: {transport}", "✔️ ادائیگی پہنچنے کے بعد، پیسے امانت میں", "فیملی کو ترجیح",
                   "⏰ سیٹیں محدود ہیں", "پچھلا گروپ خیریت سے پہنچ گیا", "پولیس کا کوئی خطرہ نہیں", "گارنٹی کے ساتھ"],
        "price": ["💰 قیمت {price} فی بندہ", "خرچہ: {price}"],
        "contact": ["📞 واٹس ایپ {phone}", "ٹیلیگرام {tg}", "رابطہ: {phone}"],
    },
}

HASHTAGS = {
    "ar": ["#هجرة", "#أوروبا", "#ايطاليا", "#اليونان", "#لجوء", "#سفر"], "arz": ["#hijra", "#europa"],
    "fa": ["#مهاجرت", "#اروپا", "#یونان"], "prs": ["#مهاجرت", "#اروپا"], "ps": ["#اروپا", "#کډوال"],
    "ckb": ["#کۆچ", "#ئەوروپا", "#بەریتانیا"], "kmr": ["#koç", "#Ewropa"], "tr": ["#Yunanistan", "#Avrupa", "#göç"],
    "ru": ["#Европа", "#Германия", "#работа"], "fr": ["#Europe", "#UK"], "en": ["#Europe", "#travel", "#UK"],
    "ur": ["#یورپ", "#ڈنکی"],
}

# --------------------------------------------------------------------------------------------
# Document fraud and recruitment of facilitators.
# --------------------------------------------------------------------------------------------
DOCS = {
    "en": ["🛂 Original EU passports, ID cards, residence permits", "Schengen visa in 10 days, no appointment, no interview",
           "Driving licences, birth certificates, diplomas — registered in the system", "?Fake marriage papers for family reunion also possible",
           "Price from {price}", "Delivery to any country, discreet", "Contact {tg} / WhatsApp {phone}"],
    "ar": ["🛂 جوازات سفر أوروبية أصلية وإقامات", "فيزا شنغن خلال ١٠ أيام بدون مقابلة", "هويات وشهادات ورخص قيادة مسجلة بالسيستم",
           "?زواج على الورق للحصول على إقامة أوروبية", "السعر يبدأ من {price}", "توصيل لأي دولة", "للتواصل {tg} واتساب {phone}"],
    "ru": ["🛂 Паспорта ЕС, ВНЖ, шенгенские визы без записи", "Документы проходят любую проверку", "?Фиктивный брак для ВНЖ",
           "Цена от {price}", "Доставка в любую страну", "Пишите {tg}, WhatsApp {phone}"],
    "fr": ["🛂 Passeports européens, titres de séjour, visas Schengen", "Documents enregistrés, passent tous les contrôles",
           "?Mariage blanc possible pour le titre de séjour", "À partir de {price}", "Livraison discrète", "Contact {tg} WhatsApp {phone}"],
    "fa": ["🛂 پاسپورت اروپایی اصل، اقامت و ویزای شینگن", "بدون وقت سفارت و مصاحبه", "?ازدواج صوری برای اقامت",
           "قیمت از {price}", "ارسال به همه کشورها", "تماس {tg} واتساپ {phone}"],
    "tr": ["🛂 Orijinal AB pasaportu, oturum kartı, Schengen vizesi", "Randevusuz, mülakatsız", "?Kağıt üstünde evlilik ile oturum",
           "Fiyatlar {price} ve üzeri", "Her ülkeye teslimat", "İletişim {tg} WhatsApp {phone}"],
}

RECRUIT = {
    "ru": ["🚛 Требуются водители с категорией B/C, рейсы Беларусь–Германия", "Оплата {price} за рейс, наличными",
           "Без вопросов, документы пассажиров не нужны", "?Забирать людей у границы ночью", "Пишите {tg}"],
    "ar": ["مطلوب سواقين معهم رخصة أوروبية، {price} على كل نقلة", "?مطلوب شخص يعرف يسوق مركب (ريّس)، السفر مجاني + مبلغ",
           "الشغل سهل والمصاري كاش", "تواصل {phone}"],
    "tr": ["Ehliyetli şoför aranıyor, sefer başı {price} nakit", "?Tekne kullanabilen kaptan aranıyor, ücretsiz geçiş",
           "Soru sorulmaz", "İletişim {phone}"],
    "en": ["Drivers needed with EU licence, {price} per trip cash", "?Looking for someone who can drive a boat, free crossing + money",
           "Easy money, no questions", "DM {tg}"],
    "ckb": ["شۆفێر پێویستە، {price} بۆ هەر گەشتێک", "?کەسێک کە بتوانێت بەلەم لێبخوڕێت، گەشت بەخۆڕایی", "پەیوەندی {phone}"],
    "fr": ["Cherche chauffeurs avec permis B, {price} par voyage, payé cash", "Pas de questions", "Contact {tg}"],
}

# Guidance (routes, checkpoints, weather windows): written with their places inline.
GUIDANCE = {
    "ar": ["⚠️ معلومات مهمة للي ناويين يطلعوا: الدوريات خفّت هالأسبوع قرب صبراتة",
           "البحر هادي من الخميس للسبت حسب الأرصاد، استغلوا الفرصة",
           "طريق الغابة صار أسهل، خذوا معكم أكل ومي ليومين وشاحن ولبس شتوي",
           "الحدود بالليل بعد الساعة ٢ ما فيها دوريات، انتبهوا للكلاب",
           "السياج الجديد خلص قرب كوزنيتسا، استخدموا النهر بدال",
           "إذا مسكتكم الشرطة لا توقعوا على أي ورقة واطلبوا مترجم"],
    "fa": ["⚠️ اطلاعیه برای دوستان: این هفته گشت‌های مرزی نزدیک وان کمتر شده",
           "هوا از پنجشنبه تا شنبه آرام است، دریا مناسب است",
           "مسیر جنگل الان آسان‌تر است، آب و غذا برای دو روز و پاوربانک بردارید",
           "از رودخانه اوروس شب‌ها رد شوید، روزها پلیس زیاد است"],
    "ps": ["⚠️ ورونو پام کوئ، دا اونۍ د ایران پوله کې ګزمې زیاتې دي", "د شپې له دوو بجو وروسته لاره خلاصه وي",
           "د ځنګل لاره اوس اسانه ده، اوبه او ډوډۍ د دوو ورځو لپاره واخلئ"],
    "ckb": ["⚠️ ئاگاداری: ئەم هەفتەیە پۆلیس لە کەناری دانکێرک زۆرە", "کەشوهەوا لە پێنجشەممە تا شەممە ئارامە",
            "ڕێگای دارستان ئێستا ئاسانترە، ئاو و خواردن بۆ دوو ڕۆژ ببەن"],
    "en": ["Update for those on the move: patrols reduced near Sabratha this week",
           "Weather window Thursday to Saturday, sea calm, wind under 10 knots",
           "Forest route is easier now, take food and water for two days and a power bank",
           "New fence section finished near Kuźnica, people are using the river crossing instead",
           "If stopped, ask for asylum immediately and don't sign anything you cannot read"],
    "ru": ["Информация для тех, кто в пути: патрулей у Кузницы стало меньше", "Через лес сейчас проще, берите еду и воду на два дня",
           "Ночью после двух часов граница почти без охраны"],
    "tr": ["Bilgi: bu hafta Ayvalık tarafında sahil güvenlik devriyesi azaldı", "Perşembe–cumartesi hava sakin, rüzgar düşük",
           "Meriç nehri geceleri geçiliyor, gündüz jandarma çok"],
    "ur": ["اطلاع: اس ہفتے سربیا ہنگری بارڈر پر پولیس کم ہے", "جنگل والا راستہ اب آسان ہے، دو دن کا پانی اور کھانا ساتھ رکھیں"],
    "kmr": ["Agahdarî: vê hefteyê li ser sînorê Belarûsê polîs kêm in", "Hewa ji pêncşemê heta şemiyê aram e"],
}

# --------------------------------------------------------------------------------------------
# Innocent posts that share the vocabulary.
# --------------------------------------------------------------------------------------------
NGO_WARNING = {
    "ar": ["⚠️ تحذير: أي شخص يعدك برحلة «مضمونة ١٠٠٪» {route} يكذب عليك. البحر لا يعرف الضمانات.",
           "المهربون يطلبون {price} ثم يتركونك في البحر أو في الغابة. قبل أن تقرر، اتصل بنا للاستشارة المجانية: {hotline}",
           "خلال الشهر الماضي فُقد أكثر من {n} شخص في البحر المتوسط. لا تخاطر بحياتك وحياة أطفالك.",
           "لا تسلّم جواز سفرك لأي «وسيط». إذا تعرضت للابتزاز أو الاحتجاز اتصل بخط المساعدة {hotline}"],
    "fa": ["⚠️ هشدار: کسی که سفر «صد در صد مطمئن» {route} وعده می‌دهد دروغ می‌گوید.",
           "قاچاقچیان {price} می‌گیرند و شما را در جنگل یا دریا رها می‌کنند. برای مشاوره رایگان تماس بگیرید: {hotline}",
           "ماه گذشته بیش از {n} نفر در مرز جان خود را از دست دادند. جان خود و فرزندانتان را به خطر نیندازید."],
    "ps": ["⚠️ خبرتیا: څوک چې {route} د «خوندي» سفر ژمنه کوي درواغ وايي.",
           "قاچاقبر {price} اخلي او بیا مو په ځنګل کې پرېږدي. د وړیا مشورې لپاره اړیکه ونیسئ: {hotline}"],
    "ckb": ["⚠️ ئاگاداری: هەر کەسێک بەڵێنی گەشتی «سەلامەت» {route} بدات درۆ دەکات. دەریای مانش بەڵێن نازانێت.",
            "قاچاخچییەکان {price} وەردەگرن و لە بەلەمی پڕدا بەجێتان دەهێڵن. بۆ ڕاوێژی بێبەرامبەر: {hotline}"],
    "en": ["⚠️ Warning: anyone promising a “100% safe” trip {route} is lying to you. The sea gives no guarantees.",
           "Smugglers take {price} and then abandon people at sea or in the forest. Before you decide, call our free helpline: {hotline}",
           "More than {n} people went missing in the Mediterranean last month. Don't risk your life or your children's.",
           "Never hand your passport to a “broker”. If you are held or blackmailed, call {hotline} any time."],
    "fr": ["⚠️ Attention : quiconque vous promet un passage « garanti à 100 % » {route} vous ment.",
           "Les passeurs demandent {price} puis abandonnent les gens en mer. Avant de décider, appelez notre ligne gratuite : {hotline}",
           "Plus de {n} personnes ont disparu en Manche et en Méditerranée le mois dernier."],
    "tr": ["⚠️ Uyarı: {route} “%100 güvenli” geçiş vaat eden herkes size yalan söylüyor.",
           "Kaçakçılar {price} alıp insanları denizde bırakıyor. Ücretsiz danışma hattı: {hotline}"],
    "ru": ["⚠️ Осторожно: тот, кто обещает «гарантированную» дорогу {route}, обманывает. Лес зимой убивает.",
           "Перевозчики берут {price} и бросают людей у границы. Бесплатная горячая линия: {hotline}"],
    "ur": ["⚠️ خبردار: جو ایجنٹ {route} محفوظ سفر کا وعدہ کرتا ہے وہ جھوٹ بولتا ہے۔",
           "ایجنٹ {price} لے کر لوگوں کو جنگل میں چھوڑ دیتے ہیں۔ مفت مشورے کے لیے رابطہ کریں: {hotline}"],
    "it": ["⚠️ Attenzione: chi promette una traversata «sicura al 100%» {route} mente. Il mare non dà garanzie.",
           "I trafficanti chiedono {price} e poi abbandonano le persone in mare. Numero di aiuto gratuito: {hotline}"],
    "el": ["⚠️ Προσοχή: όποιος υπόσχεται «100% ασφαλές» ταξίδι {route} λέει ψέματα."],
    "kmr": ["⚠️ Hişyarî: kesê ku rêwîtiya «100% ewle» {route} soz dide derewan dike."],
}

RIGHTS = {
    "en": ["Know your rights: in the EU you can ask for asylum at the border or inside the country. Interpretation is free. You do not need an agent to apply.",
           "Free legal help in {city}: Tuesdays and Thursdays 10:00–14:00, interpreters for Arabic, Farsi, Pashto and Kurdish. Hotline {hotline}",
           "Unaccompanied children have the right to a guardian and to school. Tell the authorities your real age."],
    "ar": ["اعرف حقوقك: يمكنك طلب اللجوء عند الحدود أو داخل البلد، والترجمة مجانية، ولا تحتاج أي وسيط أو مهرب لتقديم الطلب.",
           "مساعدة قانونية مجانية في {city}: كل ثلاثاء وخميس من ١٠ إلى ٢، مترجمون عربي وفارسي وكردي. الخط الساخن {hotline}"],
    "fa": ["حقوق خود را بدانید: در اتحادیه اروپا می‌توانید در مرز درخواست پناهندگی بدهید. مترجم رایگان است و به قاچاقبر نیازی نیست.",
           "مشاوره حقوقی رایگان در {city}: سه‌شنبه و پنجشنبه ۱۰ تا ۱۴. شماره تماس {hotline}"],
    "ps": ["خپل حقونه وپېژنئ: تاسو کولی شئ په پوله کې د پناه غوښتنه وکړئ. ژباړن وړیا دی.",
           "په {city} کې وړیا حقوقي مرسته، سه شنبه او پنجشنبه. اړیکه {hotline}"],
    "ckb": ["مافەکانت بزانە: دەتوانیت لە سنوور داوای پەنابەری بکەیت. وەرگێڕ بەخۆڕاییە.",
            "یارمەتی یاسایی بەخۆڕایی لە {city}، سێشەممە و پێنجشەممە. ژمارە {hotline}"],
    "fr": ["Connaître ses droits : vous pouvez demander l'asile à la frontière ou sur le territoire. L'interprète est gratuit.",
           "Permanence juridique gratuite à {city} le mardi et le jeudi, 10h–14h, avec interprètes. Tél. {hotline}"],
    "tr": ["Haklarınızı bilin: sınırda veya ülke içinde uluslararası koruma başvurusu yapabilirsiniz. Tercüman ücretsizdir.",
           "{city} ücretsiz hukuki danışma: salı ve perşembe 10:00–14:00. Telefon {hotline}"],
    "ur": ["اپنے حقوق جانیں: آپ سرحد پر پناہ کی درخواست دے سکتے ہیں، مترجم مفت ہے، کسی ایجنٹ کی ضرورت نہیں۔"],
    "it": ["Conosci i tuoi diritti: puoi chiedere protezione internazionale alla frontiera o in questura. L'interprete è gratuito.",
           "Sportello legale gratuito a {city} martedì e giovedì 10–14, con mediatori arabo, farsi e pashto. Tel. {hotline}"],
    "el": ["Γνωρίστε τα δικαιώματά σας: μπορείτε να υποβάλετε αίτηση ασύλου στα σύνορα. Ο διερμηνέας είναι δωρεάν.",
           "Δωρεάν νομική βοήθεια στην {city} κάθε Τρίτη και Πέμπτη. Τηλ. {hotline}"],
    "ru": ["Знайте свои права: в ЕС можно попросить убежище прямо на границе. Переводчик бесплатный, посредники не нужны."],
}

RESCUE = {
    "en": ["🛟 Our ship rescued {n} people from an overcrowded rubber boat {sea} this morning, including {n2} children. All are safe on board.",
           "Mayday relay: a boat in distress with about {n} people {sea}. Authorities informed, we are heading there.",
           "After {n2} days at sea our crew disembarked {n} survivors in Pozzallo. Thank you to everyone who supported us.",
           "The survivors told us they paid {price} each for the crossing. Several people are missing."],
    "it": ["🛟 La nostra nave ha soccorso {n} persone da un gommone sovraffollato {sea}, tra cui {n2} minori.",
           "Sbarcati a Pozzallo {n} naufraghi dopo {n2} giorni in mare. Grazie a chi ci sostiene.",
           "I sopravvissuti raccontano di aver pagato {price} a testa per la traversata."],
    "el": ["Το Λιμενικό διέσωσε {n} μετανάστες ανοιχτά της Λέσβου τα ξημερώματα, ανάμεσά τους {n2} παιδιά.",
           "Επιχείρηση έρευνας και διάσωσης νότια της Κρήτης: {n} άνθρωποι σε αλιευτικό σκάφος."],
    "ar": ["🛟 أنقذت سفينتنا صباح اليوم {n} شخصاً من قارب مطاطي مكتظ {sea}، بينهم {n2} أطفال. الجميع بأمان على متن السفينة.",
           "نداء استغاثة: قارب فيه حوالي {n} شخصاً في خطر {sea}. تم إبلاغ السلطات."],
    "fr": ["🛟 {n} personnes secourues ce matin au large de Gravelines, dont {n2} enfants. Tous sont pris en charge à Boulogne.",
           "Naufrage en Manche : {n2} morts et plusieurs disparus. Les survivants disent avoir payé {price} chacun."],
    "tr": ["Ayvalık açıklarında lastik botta bulunan {n} düzensiz göçmen Sahil Güvenlik ekiplerince kurtarıldı.",
           "Bodrum açıklarında sürüklenen bottaki {n} kişi kurtarıldı, aralarında {n2} çocuk var."],
    "fa": ["🛟 امروز {n} نفر از یک قایق بادی {sea} نجات پیدا کردند، از جمله {n2} کودک."],
    "ru": ["Береговая охрана Греции спасла {n} человек с перегруженной резиновой лодки у острова Лесбос, среди них {n2} детей.",
           "У берегов Ливии перевернулась лодка с мигрантами: спасены {n} человек, несколько пропали без вести."],
}

SEA = {
    "en": ["40 nautical miles off Libya", "south of Lampedusa", "off Lesbos", "in the Channel off Gravelines", "south of Crete"],
    "it": ["a 40 miglia dalla Libia", "a sud di Lampedusa", "al largo di Creta"],
    "ar": ["قبالة السواحل الليبية", "جنوب لامبيدوزا", "قرب جزيرة ليسبوس"],
    "fa": ["نزدیک جزیره لسبوس", "در دریای مانش"],
}

NEWS = {
    "en": ["Police in {city} arrested {n2} suspected smugglers who charged migrants up to {price} for the crossing {route}, prosecutors said.",
           "Arrivals in Italy fell by {pct}% compared with the same week last year, the interior ministry reported.",
           "Investigation: how smuggling networks advertise on social media — prices {route} now reach {price}.",
           "{n} people crossed the Channel in small boats on Saturday, the highest daily figure this autumn.",
           "Court in {city} sentences boat driver to {n2} years; migrants had paid {price} each, the judge heard.",
           "Frontex: detections on the Eastern Mediterranean route down {pct}% so far this year."],
    "fr": ["La préfecture annonce l'interception de {n} personnes sur la plage de Wimereux. Les passeurs réclament jusqu'à {price} par place.",
           "Démantèlement d'un réseau de passeurs à {city} : {n2} interpellations, des traversées facturées {price}.",
           "Les arrivées à Lampedusa ont baissé de {pct} % par rapport à l'an dernier, selon le ministère italien."],
    "it": ["Sbarchi a Lampedusa: {n} persone arrivate nelle ultime 24 ore. I trafficanti chiedono fino a {price} per la traversata.",
           "Arrestati a {city} {n2} presunti scafisti: avrebbero incassato {price} a persona.",
           "Calano gli arrivi dalla Libia, -{pct}% rispetto all'anno scorso secondo il Viminale."],
    "el": ["Σύλληψη διακινητή στην Κω: ζητούσε {price} ανά άτομο για τη μεταφορά από το Μπόντρουμ.",
           "Αυξημένες οι αφίξεις στην Κρήτη από τη Λιβύη: {n} άτομα μέσα σε μία εβδομάδα.",
           "{n} μετανάστες εντοπίστηκαν στον Έβρο, ανακοίνωσε η ΕΛ.ΑΣ."],
    "ar": ["قالت السلطات إنها أوقفت شبكة تهريب كانت تتقاضى {price} من كل مهاجر مقابل الرحلة {route}.",
           "وصول {n} مهاجراً إلى لامبيدوزا خلال يومين وسط تحسن الأحوال الجوية.",
           "تقرير: أسعار التهريب {route} ارتفعت إلى {price} مع اقتراب الشتاء.",
           "محكمة في {city} تحكم على {n2} متهمين بتهريب البشر."],
    "fa": ["پلیس ترکیه اعلام کرد {n} مهاجر افغان را در وان بازداشت کرده است. قاچاقچیان از هر نفر {price} گرفته بودند.",
           "گزارش: هزینه قاچاق {route} به {price} رسیده است.",
           "{n} مهاجر در مرز بلاروس و لهستان در سرما گرفتار شده‌اند."],
    "tr": ["Van'da düzensiz göçmen operasyonu: {n} kişi yakalandı, organizatörlerin kişi başı {price} aldığı belirlendi.",
           "İzmir'de göçmen kaçakçılığı şüphelisi {n2} kişi tutuklandı.",
           "Rapor: {route} geçiş ücretleri {price} seviyesine çıktı."],
    "ru": ["В Польше задержали {n2} водителей, которые везли мигрантов от белорусской границы. По данным следствия, люди платили до {price}.",
           "Пограничники сообщили о {n} попытках пересечь границу за неделю.",
           "Расследование: как «перевозчики» рекламируют дорогу {route} в мессенджерах, цена — {price}.",
           "Лодка с {n} мигрантами задержана у берегов Греции; по словам пассажиров, перевозчики брали по {price}."],
    "ps": ["د ایران پولیسو ویلي چې {n} افغان کډوال یې نیولي دي.", "راپور: {route} د قاچاق بیه {price} ته رسېدلې ده."],
    "ur": ["ایف آئی اے نے انسانی اسمگلنگ کا ایک گروہ پکڑ لیا جو یورپ بھجوانے کے نام پر {price} لیتا تھا۔",
           "یونان کشتی حادثے میں جاں بحق ہونے والوں میں {n2} پاکستانی بھی شامل ہیں۔"],
    "ckb": ["پۆلیسی فەرەنسا ڕایگەیاند {n} کەس لە کەناری کالێ ڕزگارکران.", "ڕاپۆرت: نرخی قاچاخ {route} گەیشتە {price}."],
}

CITIES = {
    "en": ["Calais", "Athens", "Catania", "Białystok", "Dover", "Lesbos"], "fr": ["Calais", "Dunkerque", "Lille"],
    "it": ["Catania", "Agrigento", "Trieste"], "el": ["Αθήνα", "Μυτιλήνη"], "ar": ["أثينا", "كاتانيا", "إسطنبول"],
    "fa": ["آتن", "استانبول"], "ps": ["آتن", "استانبول"], "ckb": ["ئەسینا", "کالێ"], "tr": ["İzmir", "Van", "İstanbul"],
    "ru": ["Белосток", "Варшава"], "ur": ["ایتھنز"],
}

TRAVEL_AGENCY = {
    "tr": ["✈️ İstanbul–Paris uçak bileti, gidiş-dönüş {price}", "Vize dosyası hazırlama (resmi randevu ve evrak kontrolü)",
           "TÜRSAB belgeli acente", "Bilgi: {phone}"],
    "ar": ["✈️ عروض طيران إسطنبول – برلين بسعر {price} ذهاباً وإياباً", "مساعدة في تعبئة طلبات الفيزا وحجز المواعيد الرسمية فقط",
           "مكتب سياحة مرخص", "للاستفسار {phone}"],
    "en": ["✈️ Europe tour: Istanbul–Rome–Paris, 10 days from {price}", "Visa documentation support (official appointments only, we do not sell visas)",
           "Licensed agency", "Call {phone}"],
    "fa": ["✈️ تور استانبول ۷ شب از {price}", "خدمات ویزای توریستی با وقت رسمی سفارت", "آژانس دارای مجوز", "تماس {phone}"],
    "ru": ["✈️ Туры в Турцию и Египет от {price}", "Помощь с оформлением шенгенской визы через официальный визовый центр",
           "Лицензированное агентство", "Тел. {phone}"],
    "fr": ["✈️ Billets Alger–Marseille à partir de {price}", "Assistance dossiers de visa (rendez-vous officiels uniquement)",
           "Agence agréée", "Tél. {phone}"],
    "ur": ["✈️ عمرہ اور ترکی ٹور پیکج {price} سے", "وزٹ ویزا کی فائل کی تیاری، صرف سرکاری اپائنٹمنٹ", "لائسنس یافتہ ایجنسی", "رابطہ {phone}"],
}

LEGIT_JOB = {
    "en": ["🚛 Transport company in Poznań hiring CE drivers for international routes Poland–Germany–Netherlands",
           "Salary {price} net per month, legal contract, accommodation during training",
           "Requirements: CE licence, code 95, tachograph card, work permit", "Call {phone}"],
    "ru": ["🚛 Требуются водители категории CE на международные рейсы Польша–Германия",
           "Зарплата от {price} в месяц, официальный договор, помощь с рабочей визой", "Звоните {phone}"],
    "tr": ["🚛 Uluslararası TIR şoförü aranıyor: SRC, psikoteknik, pasaport şart", "Maaş {price} + harcırah, SGK'lı",
           "Başvuru {phone}"],
    "ar": ["شركة نقل في تركيا تطلب سائقين شاحنات دولية، رخصة E وخبرة سنتين", "راتب {price} شهرياً مع تأمين وعقد رسمي",
           "للتقديم {phone}"],
    "ur": ["پولینڈ میں ٹرک ڈرائیوروں کی ضرورت، قانونی ورک پرمٹ کمپنی دے گی", "تنخواہ {price} ماہانہ", "رابطہ {phone}"],
    "fr": ["Entreprise de transport recrute chauffeurs poids lourds CE, lignes France–Espagne", "Salaire {price} brut, CDI", "Tél. {phone}"],
}

REQUEST = {
    "ar": ["السلام عليكم شباب، حدا بيعرف مهرب موثوق {route}؟ بدي سافر مع مرتي وبنتي",
           "كم سعر الطلعة {route} هالأيام؟ سمعت صار {price}",
           "أخي طلع من زوارة من ٣ أيام وما وصلنا أي خبر، حدا عنده معلومة؟ 💔",
           "محتاج رفقة للطريق من صربيا، حدا طالع هالأسبوع؟", "شو الأوراق اللي بحتاجها لطلب لم الشمل؟"],
    "arz": ["shabab 7ada bya3ref mhareb mni7 {route}? adesh el se3r halla2?", "akhi tele3 mn 4 ayam w ma fi akhbar, 7ada 3endo ma3loume?"],
    "fa": ["سلام دوستان، کسی قاچاقبر مطمئن برای سفر {route} سراغ داره؟", "قیمت رفتن {route} الان چقدره؟ میگن {price}",
           "برادرم یک هفته است از مرز رفته و خبری نیست، کمک کنید 🙏", "کسی می‌دونه برای مصاحبه پناهندگی چه مدارکی لازمه؟"],
    "prs": ["بیادرا کسی یک قاچاقبر باورمند {route} می‌شناسه؟", "بچه کاکایم ده روز است که ده مرز گم است، کمک کنید"],
    "ps": ["ورونو څوک پوهیږي چې اوس {route} تګ څومره کیږي؟", "زما ورور له پنځو ورځو راهیسې ورک دی، مرسته وکړئ"],
    "ckb": ["هاوڕێیان کەس قاچاخچییەکی باوەڕپێکراو دەناسێت {route}؟", "براکەم لە کالێ ونبووە، هەر زانیارییەک هەیە؟"],
    "kmr": ["Heval, kesek qaçaxçiyekî ewle dizane {route}? Niha biha çiqas e?"],
    "en": ["Hi all, does anyone know a reliable agent {route}? How much is it now?",
           "My cousin left from Zuwara 4 days ago, no news. Any information please 🙏", "Is it true the price {route} is {price} now?"],
    "tr": ["Arkadaşlar {route} geçmek için güvenilir birini bilen var mı?", "Kardeşimden 3 gündür haber yok, Ayvalık'tan çıkmıştı, bilgisi olan?"],
    "ru": ["Подскажите, кто знает надёжного человека {route}? Сколько сейчас стоит?", "Брат пропал у границы неделю назад, помогите найти"],
    "ur": ["بھائیو کوئی قابل اعتماد ایجنٹ بتائے {route} جانے کے لیے، آجکل کتنا خرچہ ہے؟", "میرا کزن ایک ہفتے سے لاپتہ ہے، کوئی خبر ہو تو بتائیں"],
    "fr": ["Salut à tous, quelqu'un connaît un passeur sérieux {route} ? C'est combien maintenant ?", "Mon frère est parti de Gravelines il y a 3 jours, aucune nouvelle"],
}

CHATTER = {
    "ar": ["مبروك للفريق الفوز امبارح ⚽🔥", "مين بيعرف محل بيصلح شاشات موبايل بسعر منيح بالفاتح؟",
           "للبيع آيفون ١٣ نظيف، السعر {price}، واتساب {phone}", "الجو اليوم برد كتير، دير بالكم على الولاد",
           "وصفة المقلوبة على طريقة أمي 😋 مين بدو ياها؟", "جمعة مباركة للجميع 🌹"],
    "arz": ["mabrouk lal fari2 el fawz 🔥⚽", "7ada bya3ref ma6a3m sourie 6ayyeb bi Berlin?"],
    "fa": ["کسی می‌دونه کلاس زبان رایگان تو آتن کجاست؟", "برای فروش: لپ‌تاپ سالم، قیمت {price}، تماس {phone}",
           "هوا امروز خیلی سرده، مواظب خودتون باشید", "تولدت مبارک داداش 🎂", "بازی امشب رو کی دید؟ عالی بود"],
    "prs": ["بیادرا امروز بازی کرکت افغانستان است، کجا ببینیم؟", "قابلی پلو امشب 😋"],
    "ps": ["نن د افغانستان او پاکستان کرکټ لوبه ده 🏏", "اختر مو مبارک شه"],
    "ckb": ["یاری ئەمشەو زۆر خۆش بوو ⚽", "کێ دەزانێت لە بێرلین چێشتخانەیەکی کوردی باش لە کوێیە؟"],
    "kmr": ["Roja we pîroz be hevalno 🌹", "Maça îro pir xweş bû"],
    "en": ["Anyone watching the match tonight? ⚽", "Selling a used bike, good condition, {price}, call {phone}",
           "Cold morning in Calais today, stay warm everyone", "Happy birthday brother 🎂", "Best place for cheap phone repairs in Athens?"],
    "tr": ["Bu akşam maç var mı? ⚽", "Satılık bisiklet, temiz, {price}, tel {phone}", "Hayırlı cumalar 🌹", "İzmir'de kiralık daire arıyorum, bilen var mı?"],
    "ru": ["Кто смотрел вчерашний матч? ⚽", "Продам велосипед, {price}, звонить {phone}", "Сегодня в Минске первый снег ❄️"],
    "fr": ["Quelqu'un regarde le match ce soir ? ⚽", "Vends vélo bon état {price}, tél {phone}", "Bonne fête à toutes les mamans 🌷"],
    "ur": ["آج پاکستان کا میچ ہے، کون دیکھ رہا ہے؟ 🏏", "جمعہ مبارک 🌹", "ایتھنز میں سستا موبائل کہاں ملے گا؟"],
    "it": ["Qualcuno sa se domani c'è sciopero dei treni a Catania?", "Stasera partita, chi viene al bar? ⚽", "Vendo bici usata, {price}, tel {phone}"],
    "el": ["Καλημέρα σε όλους, τι καιρό θα κάνει το Σαββατοκύριακο;", "Πωλείται ποδήλατο σε καλή κατάσταση, {price}, τηλ {phone}"],
}

TESTIMONIAL = {
    "ar": ["الحمد لله وصلت المجموعة {route} بالسلامة ✅ شكراً لثقتكم، الرحلة الجاية قريباً {tg}"],
    "fa": ["الحمدالله گروه دیشب {route} سالم رسیدند ✅ سفر بعدی به زودی، {tg}"],
    "tr": ["Dün geceki grup {route} sorunsuz ulaştı ✅ sıradaki sefer için {tg}"],
    "ckb": ["گرووپی دوێنێ شەو {route} بە سەلامەتی گەیشتن ✅ {tg}"],
    "en": ["Last night's group {route} arrived safe ✅ next departure soon, {tg}"],
    "ru": ["Группа {route} дошла благополучно ✅ следующая отправка скоро, {tg}"],
    "ps": ["پرونۍ ډله {route} په خیریت ورسېده ✅ {tg}"],
    "ur": ["کل رات والا گروپ {route} خیریت سے پہنچ گیا ✅ {tg}"],
    "prs": ["گروپ دیشب {route} سالم رسید ✅ {tg}"],
}

# --------------------------------------------------------------------------------------------
# Variety: slot lists, greetings and decorations so that innocent posts are not verbatim repeats.
# --------------------------------------------------------------------------------------------
GREET = {
    "ar": ["السلام عليكم", "مرحبا شباب", "يا جماعة", "لو سمحتوا", "مساء الخير"], "arz": ["salam", "marhaba shabab", "ya jama3a"],
    "fa": ["سلام", "سلام دوستان", "ببخشید", "سلام وقتتون بخیر"], "prs": ["سلام بیادرا", "سلام علیکم", "سلام دوستان"],
    "ps": ["السلام علیکم", "ورونو", "سلام"], "ckb": ["سڵاو", "سڵاو هاوڕێیان", "ئێوارەتان باش"], "kmr": ["Silav", "Silav heval", "Êvarbaş"],
    "en": ["Hi", "Hello everyone", "Salam all", "Hey guys"], "tr": ["Selam", "Merhaba arkadaşlar", "İyi akşamlar"],
    "ru": ["Привет", "Здравствуйте", "Всем привет"], "ur": ["السلام علیکم", "بھائیو", "دوستو"], "fr": ["Salut", "Bonjour à tous", "Salam"],
    "it": ["Ciao a tutti", "Buongiorno", "Salve"], "el": ["Καλησπέρα", "Γεια σας", "Καλημέρα"],
}
THANKS = {
    "ar": ["شكراً", "الله يجزيكم الخير", "🙏", "ضروري", "جزاكم الله خير"], "arz": ["shukran", "🙏", "daroori"],
    "fa": ["ممنون", "🙏", "مرسی از همه", "خیلی ضروریه"], "prs": ["تشکر", "🙏", "زنده باشید"], "ps": ["مننه", "🙏", "الله دې خیر درکړي"],
    "ckb": ["سوپاس", "🙏", "زۆر گرنگە"], "kmr": ["Spas", "🙏"], "en": ["thanks", "🙏", "thank you all", "urgent please"],
    "tr": ["teşekkürler", "🙏", "acil"], "ru": ["спасибо", "🙏", "срочно"], "ur": ["شکریہ", "🙏", "جزاک اللہ"], "fr": ["merci", "🙏", "urgent svp"],
    "it": ["grazie", "🙏"], "el": ["ευχαριστώ", "🙏"],
}
REL = {
    "ar": ["أخي", "ابن عمي", "صديقي", "زوجي", "ابني", "ابن خالتي"], "arz": ["akhi", "ibn 3ammi", "sa7bi"],
    "fa": ["برادرم", "پسرعمویم", "دوستم", "شوهرم", "پسرم"], "prs": ["بیادرم", "بچه کاکایم", "رفیقم", "پسرم"],
    "ps": ["زما ورور", "زما د تره زوی", "زما ملګری", "زما زوی"], "ckb": ["براکەم", "ئامۆزاکەم", "هاوڕێکەم", "کوڕەکەم"],
    "kmr": ["birayê min", "pismamê min", "hevalê min"], "en": ["my brother", "my cousin", "my friend", "my husband", "my son"],
    "tr": ["kardeşim", "kuzenim", "arkadaşım", "oğlum"], "ru": ["мой брат", "мой двоюродный брат", "мой друг", "мой сын"],
    "ur": ["میرا بھائی", "میرا کزن", "میرا دوست", "میرا بیٹا"], "fr": ["mon frère", "mon cousin", "mon ami", "mon fils"],
}
PLACE = {
    "ar": ["زوارة", "صبراتة", "ازمير", "بودروم", "مينسك", "كاليه", "سوبوتيتسا", "وان"], "arz": ["Zwara", "Izmir", "Minsk", "Calais"],
    "fa": ["ازمیر", "وان", "مینسک", "کاله", "سوبوتیسا"], "prs": ["وان", "ازمیر", "هرات", "سوبوتیسا"], "ps": ["وان", "ازمیر", "سربیا"],
    "ckb": ["کالێ", "دانکێرک", "مینسک", "ئەزمیر"], "kmr": ["Calais", "Mînsk", "Îzmîr"], "en": ["Zuwara", "Izmir", "Minsk", "Calais", "Subotica", "Van"],
    "tr": ["Ayvalık", "Van", "Bodrum", "Edirne"], "ru": ["Минск", "Брест", "Гродно"], "ur": ["سربیا", "ایران", "ترکی", "یونان"],
    "fr": ["Calais", "Dunkerque", "Grande-Synthe"],
}

REQUEST_T = {
    "ar": ["{greet}، حدا بيعرف مهرب موثوق {route}؟ بدي سافر مع عيلتي", "{greet}، كم سعر الطلعة {route} هالأيام؟ سمعت صار {price}",
           "{rel} طلع من {place} من {days} أيام وما وصلنا أي خبر، حدا عنده معلومة؟ 💔", "{greet}، محتاج رفقة للطريق من {place}، حدا طالع هالأسبوع؟",
           "{greet}، شو الأوراق اللي بحتاجها لطلب لم الشمل؟ {thanks}", "{greet}، في حدا جرب الطريق {route}؟ شو الوضع هلق؟ {thanks}"],
    "arz": ["{greet} 7ada bya3ref mhareb mni7 {route}? adesh el se3r halla2?", "{rel} tele3 mn {place} mn {days} ayam w ma fi akhbar, 7ada 3endo ma3loume? {thanks}"],
    "fa": ["{greet}، کسی قاچاقبر مطمئن برای سفر {route} سراغ داره؟", "{greet}، قیمت رفتن {route} الان چقدره؟ میگن {price}",
           "{rel} {days} روز است از {place} رفته و خبری نیست، کمک کنید {thanks}", "{greet}، کسی می‌دونه برای مصاحبه پناهندگی چه مدارکی لازمه؟ {thanks}",
           "{greet}، همسفر می‌خوام برای مسیر {route}، کسی هست؟"],
    "prs": ["{greet}، کسی یک قاچاقبر باورمند {route} می‌شناسه؟", "{rel} {days} روز است که ده {place} گم است، کمک کنید {thanks}",
            "{greet}، کرایه {route} حالی چند است؟"],
    "ps": ["{greet}، څوک پوهیږي چې اوس {route} تګ څومره کیږي؟", "{rel} له {days} ورځو راهیسې په {place} کې ورک دی، مرسته وکړئ {thanks}",
           "{greet}، څوک د {place} لاره پېژني؟"],
    "ckb": ["{greet}، کەس قاچاخچییەکی باوەڕپێکراو دەناسێت {route}؟", "{rel} {days} ڕۆژە لە {place} ونبووە، هەر زانیارییەک هەیە؟ {thanks}",
            "{greet}، نرخی ڕێگا {route} ئێستا چەندە؟"],
    "kmr": ["{greet}, kesek qaçaxçiyekî ewle dizane {route}? Niha biha çiqas e?", "{rel} {days} roj in li {place} winda ye, kesek agahdar e? {thanks}"],
    "en": ["{greet}, does anyone know a reliable agent {route}? How much is it now?", "{rel} left from {place} {days} days ago, no news. Any information please {thanks}",
           "{greet}, is it true the price {route} is {price} now?", "{greet}, looking for people to travel with {route}, anyone going this week?",
           "{greet}, what documents do I need for family reunification? {thanks}"],
    "tr": ["{greet}, {route} geçmek için güvenilir birini bilen var mı?", "{rel} {days} gündür haber yok, {place}'dan çıkmıştı, bilgisi olan? {thanks}",
           "{greet}, {route} şu an fiyat ne kadar?"],
    "ru": ["{greet}, кто знает надёжного человека {route}? Сколько сейчас стоит?", "{rel} пропал у границы {days} дней назад, помогите найти {thanks}",
           "{greet}, правда что {route} теперь {price}?"],
    "ur": ["{greet}، کوئی قابل اعتماد ایجنٹ بتائے {route} جانے کے لیے، آجکل کتنا خرچہ ہے؟", "{rel} {days} دن سے {place} میں لاپتہ ہے، کوئی خبر ہو تو بتائیں {thanks}",
           "{greet}، {route} کا کوئی ساتھی ہے؟"],
    "fr": ["{greet}, quelqu'un connaît un passeur sérieux {route} ? C'est combien maintenant ?", "{rel} est parti de {place} il y a {days} jours, aucune nouvelle {thanks}",
           "{greet}, c'est vrai que c'est {price} maintenant {route} ?"],
}

ITEM = {
    "ar": ["آيفون ١٢", "لابتوب ديل", "كنباية", "بسكليت", "غسالة"], "arz": ["iphone 11", "laptop", "bisklet"],
    "fa": ["لپ‌تاپ", "گوشی سامسونگ", "دوچرخه", "یخچال"], "prs": ["موبایل", "بایسکل", "لپ‌تاپ"], "ps": ["موبایل", "بایسکل"],
    "ckb": ["مۆبایل", "پاسکیل", "لاپتۆپ"], "kmr": ["telefon", "bisîklet"], "en": ["bike", "laptop", "sofa", "phone", "winter jacket"],
    "tr": ["bisiklet", "laptop", "koltuk takımı", "telefon"], "ru": ["велосипед", "ноутбук", "диван", "телефон"],
    "ur": ["موبائل", "لیپ ٹاپ", "سائیکل"], "fr": ["vélo", "ordinateur portable", "canapé", "téléphone"],
    "it": ["bici", "portatile", "divano"], "el": ["ποδήλατο", "λάπτοπ", "καναπές"],
}
TEAM = {
    "ar": ["الأهلي", "الزمالك", "برشلونة", "ريال مدريد", "المنتخب"], "arz": ["Barca", "Real", "el Ahly"], "fa": ["پرسپولیس", "استقلال", "تیم ملی"],
    "prs": ["تیم کرکت افغانستان", "تیم ملی"], "ps": ["افغانستان", "پاکستان", "ملي ټیم"], "ckb": ["هەولێر", "دهۆک", "هەڵبژاردەی عێراق"],
    "kmr": ["Amedspor", "Duhok"], "en": ["Arsenal", "Liverpool", "the national team"], "tr": ["Galatasaray", "Fenerbahçe", "Beşiktaş", "Milli takım"],
    "ru": ["Спартак", "Зенит", "сборная"], "ur": ["پاکستان", "لاہور قلندرز"], "fr": ["l'OM", "le PSG", "le LOSC"],
    "it": ["il Catania", "la Juve", "il Napoli"], "el": ["ο Ολυμπιακός", "ο ΠΑΟΚ", "ο Παναθηναϊκός"],
}
CHATTER_T = {
    "ar": ["للبيع {item} نظيف، السعر {price}، واتساب {phone}", "مبروك ل{team} الفوز {score} ⚽🔥", "{greet}، مين بيعرف محل بيصلح شاشات موبايل بسعر منيح؟",
           "الجو اليوم برد كتير، دير بالكم على الولاد ❄️", "جمعة مباركة للجميع 🌹", "{greet}، بدي غرفة للإيجار بسعر {price} بالشهر، حدا بيعرف؟",
           "مين حضر مباراة {team} امبارح؟ {score} 😱", "عيد ميلاد سعيد يا {name} 🎂"],
    "arz": ["mabrouk la {team} {score} 🔥⚽", "{greet} 7ada bya3ref ma6a3m sourie 6ayyeb?", "lal bay3 {item}, {price}, whatsapp {phone}"],
    "fa": ["برای فروش: {item} سالم، قیمت {price}، تماس {phone}", "{greet}، کسی می‌دونه کلاس زبان رایگان کجاست؟", "بازی {team} امشب {score} تموم شد، عالی بود",
           "هوا امروز خیلی سرده، مواظب خودتون باشید ❄️", "تولدت مبارک {name} جان 🎂", "{greet}، اتاق اجاره‌ای با قیمت {price} سراغ دارید؟"],
    "prs": ["{greet}، امروز بازی {team} است، کجا ببینیم؟", "قابلی پلو امشب 😋 {name} جان مهمان ما", "برای فروش {item}، {price}، شماره {phone}"],
    "ps": ["نن د {team} لوبه ده 🏏", "اختر مو مبارک شه {name} جانه", "{item} د خرڅلاو لپاره، {price}، {phone}"],
    "ckb": ["یاری {team} ئەمشەو {score} بوو ⚽", "{greet}، کێ دەزانێت چێشتخانەیەکی کوردی باش لە کوێیە؟", "{item} بۆ فرۆشتن، {price}، {phone}", "ڕۆژی لەدایکبوونت پیرۆز {name} 🎂"],
    "kmr": ["Roja we pîroz be hevalno 🌹", "Maça {team} îro {score} bû", "{item} tê firotin, {price}, {phone}"],
    "en": ["Anyone watching {team} tonight? ⚽", "Selling a {item}, good condition, {price}, call {phone}", "Cold morning today, stay warm everyone ❄️",
           "Happy birthday {name} 🎂", "{greet}, best place for cheap phone repairs around here?", "{team} {score}, what a game"],
    "tr": ["Bu akşam {team} maçı var mı? ⚽", "Satılık {item}, temiz, {price}, tel {phone}", "Hayırlı cumalar 🌹", "{greet}, kiralık daire arıyorum, {price} bütçe, bilen var mı?",
           "{team} {score} kazandı 🔥", "İyi ki doğdun {name} 🎂"],
    "ru": ["Кто смотрел вчерашний матч {team}? {score} ⚽", "Продам {item}, {price}, звонить {phone}", "Сегодня первый снег ❄️", "С днём рождения, {name} 🎂"],
    "fr": ["Quelqu'un regarde {team} ce soir ? ⚽", "Vends {item} bon état {price}, tél {phone}", "Bonne fête à toutes les mamans 🌷", "{team} {score}, quel match !"],
    "ur": ["آج {team} کا میچ ہے، کون دیکھ رہا ہے؟ 🏏", "جمعہ مبارک 🌹", "{item} برائے فروخت، {price}، رابطہ {phone}", "سالگرہ مبارک {name} 🎂"],
    "it": ["Qualcuno sa se domani c'è sciopero dei treni?", "Stasera {team}, chi viene al bar? ⚽", "Vendo {item} usato, {price}, tel {phone}", "Auguri {name} 🎂"],
    "el": ["Καλημέρα σε όλους, τι καιρό θα κάνει το Σαββατοκύριακο;", "Πωλείται {item} σε καλή κατάσταση, {price}, τηλ {phone}", "{team} {score}, τι ματς!"],
}
NAMES = {
    "ar": ["أبو علي", "سامر", "ليلى", "محمود", "رنا"], "arz": ["Samer", "Lulu", "Abu Ali"], "fa": ["مریم", "رضا", "سارا", "علی"],
    "prs": ["احمد", "مرسل", "زهرا"], "ps": ["احمد", "ګل", "ملالی"], "ckb": ["ئاری", "شیلان", "ڕێبین"], "kmr": ["Rêber", "Rojîn"],
    "en": ["Sam", "Ali", "Maya", "Omar"], "tr": ["Ayşe", "Mehmet", "Zeynep"], "ru": ["Саша", "Лена", "Дима"], "fr": ["Karim", "Sophie", "Nadia"],
    "ur": ["بلال", "عائشہ", "عمران"], "it": ["Giulia", "Marco"], "el": ["Νίκο", "Μαρία"],
}
DECOR = {  # (prefixes, suffixes) for organisation and news posts
    "ar": (["📌 ", "⚠️ ", "عاجل: ", "تذكير: ", "🔴 "], [" #لاجئين", " شاركوا المنشور", " #حقوق_اللاجئين", " (تحديث)", " 🔗 التفاصيل على موقعنا"]),
    "fa": (["📌 ", "⚠️ ", "فوری: ", "یادآوری: "], [" #پناهندگی", " لطفا به اشتراک بگذارید", " (به‌روزرسانی)"]),
    "prs": (["📌 ", "خبر: "], [" #مهاجرین", " لطفاً شریک سازید"]), "ps": (["📌 ", "خبر: "], [" #کډوال", " مهرباني وکړئ شریک یې کړئ"]),
    "ckb": (["📌 ", "⚠️ ", "بەپەلە: "], [" #پەنابەر", " تکایە بڵاوی بکەنەوە"]), "kmr": (["📌 ", "⚠️ "], [" #penaber", " ji kerema xwe parve bikin"]),
    "en": (["📌 ", "⚠️ ", "BREAKING: ", "Update: ", "Reminder: "], [" #refugees", " Please share.", " More on our website.", " (updated)", " #migration"]),
    "fr": (["📌 ", "⚠️ ", "URGENT : ", "Rappel : "], [" #réfugiés", " Merci de partager.", " (mise à jour)"]),
    "it": (["📌 ", "ULTIM'ORA: ", "Aggiornamento: "], [" #migranti", " Condividete.", " (aggiornato)"]),
    "el": (["📌 ", "ΕΚΤΑΚΤΟ: ", "Ενημέρωση: "], [" #πρόσφυγες", " (ενημέρωση)"]),
    "tr": (["📌 ", "⚠️ ", "SON DAKİKA: ", "Hatırlatma: "], [" #göç", " Lütfen paylaşın.", " (güncellendi)"]),
    "ru": (["📌 ", "⚠️ ", "Срочно: ", "Напоминание: "], [" #мигранты", " Поделитесь, пожалуйста.", " (обновлено)"]),
    "ur": (["📌 ", "⚠️ ", "بریکنگ: "], [" #مہاجرین", " براہ کرم شیئر کریں"]),
    "arz": (["📌 "], [" share please"]),
}

# The week-7 event (2026-10-16..22): a shipwreck south of Crete, reported in every language.
EVENT = {
    "en": ["Shipwreck south of Crete: at least {n} people missing after a fishing boat from Tobruk capsized, the coastguard says.",
           "Survivors of the Crete shipwreck say they paid {price} each to board in Tobruk."],
    "ar": ["غرق مركب جنوب كريت: فقدان {n} شخصاً على الأقل بعد انطلاقه من طبرق.", "ناجون من غرق كريت: دفعنا {price} للشخص في طبرق."],
    "el": ["Ναυάγιο νότια της Κρήτης: τουλάχιστον {n} αγνοούμενοι, το σκάφος είχε ξεκινήσει από το Τομπρούκ."],
    "it": ["Naufragio a sud di Creta: almeno {n} dispersi, il peschereccio era partito da Tobruch.",
           "I superstiti del naufragio di Creta: «Abbiamo pagato {price} a testa»."],
    "fr": ["Naufrage au sud de la Crète : au moins {n} disparus, le bateau était parti de Tobrouk."],
    "fa": ["غرق قایق در جنوب کرت: دست‌کم {n} نفر ناپدید شده‌اند.", "بازماندگان غرق کرت می‌گویند هر نفر {price} پرداخت کرده بود."],
    "prs": ["غرق کشتی در جنوب کرت: دست‌کم {n} تن ناپدید اند."],
    "tr": ["Girit'in güneyinde tekne faciası: en az {n} kişi kayıp."],
    "ru": ["Крушение лодки у берегов Крита: не менее {n} человек пропали без вести."],
    "ur": ["کریٹ کے قریب کشتی ڈوب گئی، کم از کم {n} افراد لاپتہ"],
    "ps": ["د کریټ سویل ته بېړۍ ډوبه شوه، لږ تر لږه {n} کسان ورک دي"],
    "ckb": ["نوقمبوونی بەلەم لە باشووری کریت: لانیکەم {n} کەس ونن"],
}
