using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Testing;
using Vigil.Web.Rendering;

namespace Vigil.Web.Tests.Rendering;

public sealed class PostCardTests
{
    private const string Payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";

    private static StoredPost Post(string text, string platform = "telegram", string nativeId = "1", string? source = "channel", string lang = "ar", string[]? explanation = null) => new()
    {
        Key = new PostKey(platform, nativeId),
        Source = source,
        Text = text,
        CreatedAt = Some.Instant,
        CollectedAt = Some.Instant,
        Analysis = new PostAnalysis
        {
            Language = new LanguageGuess(lang, 0.9),
            Category = Category.SmugglingOffer,
            Confidence = 0.9,
            Explanation = explanation ?? ["one", "two", "three", "four", "five"],
        },
    };

    private static string Render(StoredPost post, bool full = false) => PostCard.Render(post, full).ToString()!;

    [Fact]
    public void Render_HostileValuesEverywhere_AreEncodedInTextAndAttributes()
    {
        var html = Render(Post(Payload, platform: Payload, nativeId: Payload, source: Payload, lang: Payload, explanation: [Payload]));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("\"'>", html);
        Assert.Contains("&lt;script&gt;", html);

        // The link escapes the key for the URL, then for the attribute.
        Assert.Contains("href=\"/post/%3Cscript%3E", html);
    }

    [Fact]
    public void Render_ListCard_ShowsMetaTokensAndFourExplanationLines()
    {
        var html = Render(Post("call [phone:TR:ps_00aa11bb22cc33dd] \u202Enow"));
        Assert.Contains("<span class=\"cat flagged\">smuggling_offer</span>", html);
        Assert.Contains("<span>confidence 0.90</span>", html);
        Assert.Contains("<span>lang ar</span>", html);
        Assert.Contains("<span>source channel</span>", html);
        Assert.Contains("<a href=\"/post/telegram/1\">open</a>", html);
        Assert.Contains("<div class=\"post-text\" dir=\"auto\" lang=\"ar\">", html);
        Assert.Contains("<span class=\"token\">[phone:TR:ps_00aa11bb22cc33dd]</span>", html);
        Assert.Contains("U+202E", html);
        Assert.Contains("<li>four</li>", html);
        Assert.DoesNotContain("<li>five</li>", html);
    }

    [Fact]
    public void Render_Full_HasNoOpenLinkAllExplanationAndTheWholeText()
    {
        var html = Render(Post(new string('x', 5_000)), full: true);
        Assert.DoesNotContain(">open</a>", html);
        Assert.Contains("<li>five</li>", html);
        Assert.Contains("post-text full", html);
        Assert.Contains(new string('x', 5_000), html);
        Assert.DoesNotContain("cut:", html);
    }

    [Fact]
    public void Render_Unanalysed_SaysSo()
    {
        var html = Render(Post("text") with { Analysis = null, Source = null });
        Assert.Contains("<span class=\"cat \">unanalysed</span>", html);
        Assert.Contains("lang=\"und\"", html);
        Assert.DoesNotContain("confidence", html);
        Assert.DoesNotContain("source", html);
    }
}
