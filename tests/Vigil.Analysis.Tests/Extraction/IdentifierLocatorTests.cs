using Vigil.Analysis.Extraction;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class IdentifierLocatorTests
{
    private readonly IdentifierLocator _locator = new();

    [Fact]
    public void Locate_PostWithPhoneHandleAndEmail_ReturnsOrderedSpansWithKeys()
    {
        const string text = "Boat Izmir→Chios, call +90 532 123 45 67, telegram @Kaptan_Izmir, mail kaptan@example.com";
        var spans = _locator.Locate(text);

        Assert.Equal([IdentifierKind.Phone, IdentifierKind.Handle, IdentifierKind.Email], spans.Select(s => s.Kind));
        Assert.Equal("+905321234567", spans[0].Key);
        Assert.Equal("TR", spans[0].Hint);
        Assert.Equal("@kaptan_izmir", spans[1].Key);
        Assert.Equal("telegram", spans[1].Hint);
        Assert.Equal("@Kaptan_Izmir", text.Substring(spans[1].Start, spans[1].Length));
        Assert.Equal("kaptan@example.com", spans[2].Key);
    }

    [Fact]
    public void Locate_PersianTextNationalNumber_InfersIranFromScript()
    {
        var span = Assert.Single(_locator.Locate("برای رزرو با شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ تماس بگیرید"));
        Assert.Equal("+989123456789", span.Key);
        Assert.Equal("IR", span.Hint);
    }

    [Fact]
    public void Locate_SpansNeverOverlap()
    {
        const string text = "wa.me/905321234567 +90 532 123 45 67 t.me/+905321234567 @name_here x@y.com";
        var spans = _locator.Locate(text);
        Assert.Equal(5, spans.Count);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Start + spans[i - 1].Length <= spans[i].Start, $"span {i - 1} overlaps span {i}");
        }

        Assert.All(spans.Where(s => s.Kind == IdentifierKind.Phone), s => Assert.Equal("+905321234567", s.Key));
    }

    [Fact]
    public void Locate_NoIdentifiers_ReturnsEmpty()
    {
        Assert.Empty(_locator.Locate("Weather warning for the Aegean tonight: strong winds, 7 Beaufort."));
    }
}
