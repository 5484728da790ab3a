using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Core.Protection;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Protection;

public sealed class PostProtectorTests
{
    private static readonly KeyedPseudonymizer Pseudonymizer = Keys.Pseudonymizer();
    private readonly PostProtector _protector = new(Pseudonymizer, new IdentifierLocator());

    [Fact]
    public void Protect_Author_BecomesAccountPseudonym()
    {
        var stored = _protector.Protect(Some.Post(author: "@boat_trips"), null);

        Assert.Equal(Pseudonymizer.Pseudonymize(IdentifierKind.Author, "telegram:boat_trips").Value, stored.Author);
    }

    [Fact]
    public void Protect_AuthorHandleInOtherPostsText_SamePseudonymAsAuthor()
    {
        var byAuthor = _protector.Protect(Some.Post(author: "@boat_trips"), null);
        var mentioning = _protector.Protect(Some.Post(text: "trips with @Boat_Trips every week", author: "@someone_else"), null);

        Assert.Contains($"[telegram:{byAuthor.Author}]", mentioning.Text);
    }

    [Fact]
    public void Protect_AuthorNameProfileUrlAndForward_NoneKeptInClear()
    {
        var post = Some.Post(text: "Ahmed Travel says: safe trip, see https://t.me/ahmed_travel_x", author: "ahmed_travel_x") with
        {
            AuthorName = "Ahmed Travel",
            AuthorUrl = "https://t.me/ahmed_travel_x",
            ForwardedFrom = "Karim Transport",
            Url = "https://x.com/ahmed_travel_x/status/1234567890",
            Media = [new MediaRef("photo", "https://cdn.example/ahmed_travel_x/1.jpg")],
        };

        var stored = _protector.Protect(post, null);

        var everything = string.Join('\n', stored.Text, stored.Author, stored.Url, stored.ForwardedFrom, stored.Source, stored.Key.NativeId);
        Assert.DoesNotContain("ahmed", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("karim", everything, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("safe trip", stored.Text);
        Assert.Equal(1, stored.MediaCount);
    }

    [Fact]
    public void Protect_Url_KeepsSchemeAndHostOnly()
    {
        var stored = _protector.Protect(Some.Post() with { Url = "https://x.com/smuggler/status/1" }, null);

        Assert.Matches(@"^https://x\.com/\[url:ps_[0-9a-f]{16}\]$", stored.Url);
    }

    [Fact]
    public void Protect_SameUrlTwice_SameStoredUrl()
    {
        var a = _protector.Protect(Some.Post() with { Url = "https://x.com/smuggler/status/1" }, null);
        var b = _protector.Protect(Some.Post(text: "other") with { Url = "https://x.com/smuggler/status/1" }, null);

        Assert.Equal(a.Url, b.Url);
    }

    [Theory]
    [InlineData("1234567890", true)]
    [InlineData("h_0123abcd", true)]
    [InlineData("https://blog.example/smuggler/post/1", false)]
    [InlineData("some_author_42", false)]
    public void Protect_NativeId_KeptOnlyWhenPlainAndNotNamingAuthor(string nativeId, bool kept)
    {
        var stored = _protector.Protect(Some.Post(nativeId: nativeId, author: "@some_author"), null);

        Assert.Equal(kept, stored.Key.NativeId == nativeId);
        Assert.Equal(stored.Key, _protector.Protect(Some.Post(nativeId: nativeId, author: "@some_author"), null).Key);
    }

    [Fact]
    public void Protect_AnalysisPhonesAndHandles_PseudonymsWithCountryAndPlatformKept()
    {
        var analysis = new PostAnalysis
        {
            Language = new LanguageGuess("ar", 0.9),
            Category = Category.SmugglingOffer,
            Indicators = new Indicators
            {
                Phones = [new PhoneIndicator("+905321234567", "TR")],
                Handles = [new HandleIndicator("telegram", "@boat_trips")],
                Prices = [new PriceIndicator(4500, "EUR")],
            },
            Explanation = ["phone +905321234567 (TR)", "handle @boat_trips", "price 4500 EUR"],
        };

        var stored = _protector.Protect(Some.Post(text: "call +90 532 123 45 67 or @boat_trips, 4500 EUR"), analysis);

        var phone = Assert.Single(stored.Analysis!.Indicators.Phones);
        Assert.Equal("TR", phone.Country);
        Assert.Equal(Pseudonymizer.Pseudonymize(IdentifierKind.Phone, "+905321234567").Value, phone.E164);
        Assert.Contains($"[phone:TR:{phone.E164}]", stored.Text);
        var handle = Assert.Single(stored.Analysis.Indicators.Handles);
        Assert.Equal("telegram", handle.Platform);
        Assert.Contains($"[telegram:{handle.Value}]", stored.Text);
        Assert.Equal(4500, Assert.Single(stored.Analysis.Indicators.Prices).Amount);
        var explanation = string.Join('\n', stored.Analysis.Explanation);
        Assert.DoesNotContain("5321234567", explanation);
        Assert.DoesNotContain("boat_trips", explanation);
        Assert.Contains("price 4500 EUR", explanation);
    }

    [Fact]
    public void Protect_SourceIsTheAuthorsOwnHandle_SourcePseudonymised()
    {
        var stored = _protector.Protect(Some.Post(source: "boat_trips", author: "@boat_trips"), null);

        Assert.Equal(stored.Author, stored.Source);
    }

    [Fact]
    public void Protect_SourceIsTheAuthorsDisplayName_SourceIsAuthorPseudonym()
    {
        var post = Some.Post(source: "Fast EU Papers", author: "passport_fast_eu", platform: "x") with { AuthorName = "Fast EU Papers" };

        var stored = _protector.Protect(post, null);

        Assert.Equal(stored.Author, stored.Source);
    }

    [Fact]
    public void Protect_PublicChannelSource_Kept()
    {
        Assert.Equal("demo_channel", _protector.Protect(Some.Post(source: "demo_channel"), null).Source);
    }

    [Property]
    public Property Protect_RandomAuthorsAndPhones_NoClearValueInStoredPost()
    {
        var systems = Gen.Elements("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹");
        var handles = Gen.Elements("a", "b", "x", "q", "z").ListOf().Where(l => l.Count >= 3)
            .Select(l => "u" + string.Concat(l) + "_7");
        var gen =
            from author in handles
            from mention in handles
            from number in Gen.Choose(100_000_000, 999_999_999)
            from system in systems
            select (author, mention, phone: string.Concat(number.ToString().Select(c => system[c - '0'])));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var post = Some.Post(text: $"رحلة آمنة {x.author} اتصل +٩٠{x.phone} أو @{x.mention}", author: "@" + x.author, source: "chan") with
            {
                AuthorName = x.author.ToUpperInvariant(),
                Url = $"https://t.me/{x.author}/12",
            };
            var stored = _protector.Protect(post, null);
            var all = string.Join('\n', stored.Text, stored.Author, stored.Url, stored.Source, stored.Key.NativeId);
            return !all.Contains(x.author, StringComparison.OrdinalIgnoreCase)
                && !all.Contains(x.mention, StringComparison.OrdinalIgnoreCase)
                && !all.Contains(x.phone, StringComparison.Ordinal)
                && all.Contains("رحلة آمنة", StringComparison.Ordinal);
        });
    }
}
