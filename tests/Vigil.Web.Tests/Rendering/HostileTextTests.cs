using Vigil.Web.Rendering;

namespace Vigil.Web.Tests.Rendering;

public sealed class HostileTextTests
{
    private static string Render(string text, int limit = int.MaxValue) => HostileText.Render(text, limit).ToString()!;

    [Fact]
    public void Render_Markup_IsEncoded()
    {
        var html = Render("<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<a ", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Render_BidiAndZeroWidth_AreShownAsMarkers()
    {
        var html = Render("abc\u202Eexe.txt\u200Bend");
        // Ordinal checks: culture-aware comparison ignores zero-width characters.
        Assert.False(html.Contains('\u202E', StringComparison.Ordinal));
        Assert.False(html.Contains('\u200B', StringComparison.Ordinal));
        Assert.Contains("U+202E", html);
        Assert.Contains("U+200B", html);
    }

    [Fact]
    public void Render_PseudonymToken_IsHighlighted()
    {
        Assert.Contains("<span class=\"token\">[phone:TR:ps_00aa11bb22cc33dd]</span>", Render("call [phone:TR:ps_00aa11bb22cc33dd] now"));
    }

    [Fact]
    public void Render_HugeText_IsCutWithANote()
    {
        var html = Render(new string('x', 100_000), HostileText.ListLimit);
        Assert.True(html.Length < 2_000);
        Assert.Contains("100,000 characters", html);
    }
}
