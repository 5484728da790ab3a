using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Tests.Protection;

public sealed class FallbackIdentifierLocatorTests
{
    private readonly FallbackIdentifierLocator _locator = new(new IdentifierLocator());

    [Theory]
    [InlineData("call +90 455 00 34 today", "+904550034")]
    [InlineData("رقم ٠٩١٢٣٤٥٦٧٨٩ الان", "09123456789")]
    [InlineData("شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹", "09123456789")]
    public void Locate_InvalidButPhoneShapedNumber_Found(string text, string key)
    {
        var span = Assert.Single(_locator.Locate(text), s => s.Kind == IdentifierKind.Phone);
        Assert.Equal(key, span.Key);
    }

    [Fact]
    public void Locate_NumberThePhoneParserReadsOnlyInPart_WholeRunCovered()
    {
        const string text = "call +90 455 003 446 today";
        var spans = _locator.Locate(text);

        var digitPositions = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i]));
        Assert.All(digitPositions, i => Assert.Contains(spans, s => s.Start <= i && i < s.Start + s.Length));
    }

    [Theory]
    [InlineData("price 4500 EUR, 3 days, 12.11.2026")]
    [InlineData("boat for 25 people, 1200-1500 $")]
    public void Locate_PricesAndDates_NotFound(string text)
    {
        Assert.Empty(_locator.Locate(text));
    }

    [Fact]
    public void Locate_ValidPhone_OnlyTheInnerLocatorsSpan()
    {
        var span = Assert.Single(_locator.Locate("call +90 532 123 45 67"));
        Assert.Equal("TR", span.Hint);
    }

    [Theory]
    [InlineData("contact @uxqxzxxbazqaqzazzbqqxzzbbqzzzzzaa_7 now", "uxqxzxxbazqaqzazzbqqxzzbbqzzzzzaa_7")]
    [InlineData("راسلني @مهرب_البحر.", "مهرب_البحر")]
    public void Locate_MentionTheHandleParserRejects_FoundAsHandle(string text, string key)
    {
        var span = Assert.Single(_locator.Locate(text), s => s.Kind == IdentifierKind.Handle);
        Assert.Equal(key, span.Key, ignoreCase: true);
    }

    [Fact]
    public void Locate_EmailAddress_NotAMention()
    {
        Assert.DoesNotContain(_locator.Locate("write to info@example.org"), s => s.Kind == IdentifierKind.Handle && s.Hint is null);
    }
}
