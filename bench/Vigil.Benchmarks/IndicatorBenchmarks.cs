using BenchmarkDotNet.Attributes;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Language;
using Vigil.Core.Analysis;

namespace Vigil.Benchmarks;

/// <summary>
/// Language identification plus indicator extraction on ~300-character posts, one at a time on one thread:
/// a batch of six posts (Arabic advert with phone, Persian route, Turkish advert, Russian route with
/// handle, English news without indicators, French Channel crossing). Divide 6 by the mean for posts/s.
/// </summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private static readonly string[] Posts =
    [
        "رحلة من ليبيا (زوارة) الى ايطاليا بالقارب، السعر ٣٥٠٠ دولار للشخص، الدفع عن طريق مكتب تأمين، رحلة آمنة ومضمونة ١٠٠٪، الانطلاق كل أسبوع حسب الطقس، للتواصل واتساب ٠٠٢١٨٩١٢٣٤٥٦٧٨ أو تلغرام @safe_way_ly",
        "سفر از ایران به ترکیه و از ترکیه به یونان، پیاده و با قایق، قیمت ۲۵۰۰ یورو برای هر نفر، پرداخت بعد از رسیدن، حرکت هر هفته از وان، جای محدود، برای اطلاعات بیشتر تماس ۰۹۱۲۳۴۵۶۷۸۹ فقط واتساپ",
        "İzmir'den Midilli'ye yatla garantili geçiş, kişi başı 3000 euro, ödeme vardıktan sonra, her gün hareket, aileler için özel fiyat, bilgi için 0532 123 45 67 veya telegram @kaptan_izmir, yer sınırlı",
        "Из Минска в Германию через Польшу, на машине, 4 тыс. евро с человека, гарантия, оплата по прибытии, выезд каждую неделю, документы не нужны, пишите в телеграм @put_v_evropu или звоните +7 912 345-67-89",
        "The city council approved the new budget for public schools on Tuesday, with more funding for teachers, libraries and sports fields; the mayor said the plan would be reviewed again in spring after consultation.",
        "Départ de Calais vers l'Angleterre en zodiac, 1500 £ par personne, paiement à l'arrivée, passage garanti, départs chaque nuit quand la mer est calme, contact WhatsApp +33 6 12 34 56 78 ou telegram @passage_uk",
    ];

    private readonly IndicatorExtractor _extractor = new();
    private readonly ILanguageIdentifier _language = LanguageIdentifier.Default;

    [GlobalSetup]
    public void Setup()
    {
        foreach (var post in Posts)
        {
            _extractor.Extract(post, _language.Identify(post));
        }
    }

    [Benchmark(Description = "language + indicators, 6 posts")]
    public int LanguageAndIndicators()
    {
        var n = 0;
        foreach (var post in Posts)
        {
            n += _extractor.Extract(post, _language.Identify(post)).Indicators.Places.Count;
        }

        return n;
    }

    [Benchmark(Description = "indicators only, 6 posts")]
    public int IndicatorsOnly()
    {
        var n = 0;
        var guess = new LanguageGuess("und", 0);
        foreach (var post in Posts)
        {
            n += _extractor.Extract(post, guess).Indicators.Places.Count;
        }

        return n;
    }

    [Benchmark(Description = "identifier locator (pseudonymisation), 6 posts")]
    public int Locator()
    {
        var locator = new IdentifierLocator();
        var n = 0;
        foreach (var post in Posts)
        {
            n += locator.Locate(post).Count;
        }

        return n;
    }
}
