using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Benchmarks;

/// <summary>
/// Deterministic ~300-character posts in Arabic, Persian, Russian, Turkish and English, shaped like the
/// pipeline's output: pseudonymised author and phone tokens, and an analysis with scores, indicators and
/// an explanation. Word frequencies follow a Zipf-like curve, so some words are common and most are rare.
/// </summary>
public static class SyntheticPosts
{
    private static readonly string[][] Vocabulary =
    [
        Words("رحلة آمنة من إزمير إلى اليونان بالقارب السعر يورو للشخص الدفع عند الوصول تواصل واتساب مضمونة كل أسبوع ليبيا إيطاليا مهرب طريق البحر الحدود جواز سفر تأشيرة عمل سائق شاحنة مطلوب الأمم المتحدة حقوق اللاجئين تحذير غرق خفر السواحل أخبار اليوم مساعدة عائلة أطفال نساء طقس هادئ موعد الانطلاق مكان التجمع زوارة صبراتة طرابلس بنغازي تركيا سوريا العراق لبنان مصر تونس الجزائر المغرب ألمانيا فرنسا"),
        Words("سفر امن از ترکیه به یونان با قایق قیمت یورو برای هر نفر پرداخت بعد از رسیدن تماس بگیرید قاچاقچی مرز ایران افغانستان پاکستان وان استانبول ازمیر پاسپورت ویزا کار راننده کامیون کمک خانواده کودکان هشدار غرق شدن پلیس خبر امروز هوا آرام زمان حرکت جای جمع شدن آلمان فرانسه انگلیس"),
        Words("переправа в грецию на лодке гарантия оплата по прибытии цена евро за человека звоните телеграм паспорт виза работа водитель грузовика требуется граница турция стамбул измир помощь семья дети предупреждение полиция новости сегодня погода спокойная время отправления место сбора германия франция италия ливия"),
        Words("yunanistan yolculuk güvenli tekne fiyat euro kişi başı ödeme varışta telefon pasaport vize iş şoför kamyon aranıyor sınır istanbul izmir edirne yardım aile çocuk uyarı polis haber bugün hava sakin hareket saati buluşma yeri almanya fransa italya libya"),
        Words("safe trip from libya to italy by big boat guaranteed price per person pay on arrival call whatsapp now places limited passport visa work driver truck needed border smuggler news today weather calm departure time meeting point germany france greece turkey rights warning drowning coast guard help family children unhcr report"),
    ];

    private static readonly string[] Langs = ["ar", "fa", "ru", "tr", "en"];
    private static readonly string[] Platforms = ["telegram", "facebook", "x", "vk", "tiktok"];

    /// <summary>The <paramref name="index"/>-th post of the sequence; the same index always gives the same post.</summary>
    public static StoredPost Make(int index, DateTimeOffset start)
    {
        var rng = new Random(index * 7919 + 17);
        var lang = rng.Next(Langs.Length);
        var words = Vocabulary[lang];
        var text = new System.Text.StringBuilder(340);
        while (text.Length < 280)
        {
            // Zipf-like: low ranks far more often than high ones.
            var rank = (int)(words.Length * Math.Pow(rng.NextDouble(), 2.2));
            text.Append(words[rank]).Append(' ');
        }

        text.Append("[phone:TR:ps_").Append(rng.NextInt64().ToString("x16")).Append("] ").Append(rng.Next(1000, 9000)).Append(" EUR");
        var platform = Platforms[index % Platforms.Length];
        var category = (Category)(rng.Next(7));
        return new StoredPost
        {
            Key = new PostKey(platform, index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Source = $"channel_{rng.Next(200)}",
            Author = "ps_" + rng.NextInt64().ToString("x16"),
            Text = text.ToString(),
            LangHint = Langs[lang],
            CreatedAt = start.AddMinutes(index * 0.5),
            CollectedAt = start.AddMinutes(index * 0.5 + 30),
            Url = $"https://example.org/{platform}/{index}",
            Engagement = new Engagement(Views: rng.Next(100000), Likes: rng.Next(1000)),
            MediaCount = rng.Next(3),
            Analysis = new PostAnalysis
            {
                Language = new LanguageGuess(Langs[lang], 0.9 + rng.NextDouble() / 10),
                Category = category,
                Confidence = 0.5 + rng.NextDouble() / 2,
                Scores = new Dictionary<Category, double> { [category] = 0.8, [Category.Unrelated] = 0.15, [Category.GuidanceInfo] = 0.05 },
                Indicators = new Indicators
                {
                    Phones = [new PhoneIndicator("[phone:TR:ps_1a2b3c4d]", "TR")],
                    Prices = [new PriceIndicator(rng.Next(1000, 9000), "EUR")],
                    Transport = ["boat"],
                },
                Explanation = ["price EUR", "route TR→GR"],
            },
        };
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
