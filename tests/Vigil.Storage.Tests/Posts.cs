using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>Stored posts for store tests: already pseudonymised, as the pipeline hands them over.</summary>
internal static class Posts
{
    public static StoredPost Stored(
        string text,
        string nativeId,
        string platform = "telegram",
        string? source = "demo_channel",
        string lang = "ar",
        Category category = Category.SmugglingOffer,
        DateTimeOffset? createdAt = null,
        bool analysed = true) => new()
        {
            Key = new PostKey(platform, nativeId),
            Source = source,
            Author = "ps_3f9a1c2b7d4e5a60",
            Text = text,
            LangHint = lang,
            CreatedAt = createdAt ?? Some.Instant,
            CollectedAt = Some.Instant.AddHours(1),
            Url = $"https://t.me/{source}/{nativeId}",
            Engagement = new Engagement(Views: 1200, Likes: 4),
            MediaCount = 1,
            Analysis = analysed
                ? new PostAnalysis
                {
                    Language = new LanguageGuess(lang, 0.97),
                    Category = category,
                    Confidence = 0.9,
                    Scores = new Dictionary<Category, double> { [category] = 0.9, [Category.Unrelated] = 0.1 },
                    Indicators = new Indicators
                    {
                        Phones = [new PhoneIndicator("[phone:TR:ps_1a2b]", "TR")],
                        Prices = [new PriceIndicator(4500, "EUR", 5000, PerPerson: true)],
                        Places = [new PlaceIndicator("Izmir", "TR", "origin", 38.42, 27.14)],
                        Transport = ["boat"],
                    },
                    Explanation = ["price 4500 EUR", "route TR→GR"],
                }
                : null,
        };

    /// <summary>Posts in several languages and scripts, with the word each should be found by.</summary>
    public static IReadOnlyList<StoredPost> Multilingual() =>
    [
        Stored("رحلة آمنة من إزمير إلى اليونان بالقارب، السعر ٤٥٠٠ يورو", "ar1", lang: "ar"),
        Stored("قاچاق به یونان با قایق، قیمت ۴۵۰۰ یورو، تماس بگیرید", "fa1", lang: "fa"),
        Stored("Переправа в Грецию на лодке, гарантия, оплата по прибытии", "ru1", lang: "ru", platform: "vk", source: "vk_group"),
        Stored("Voyage sûr vers la Grèce, départ d'Izmir, prix négociable", "fr1", lang: "fr", platform: "facebook", source: "page_x"),
        Stored("UNHCR: know your rights at the border, do not trust smugglers", "en1", lang: "en", category: Category.HumanitarianOrNews, platform: "x", source: null),
    ];
}
