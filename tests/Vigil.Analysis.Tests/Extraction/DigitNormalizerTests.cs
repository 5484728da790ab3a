using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Extraction;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class DigitNormalizerTests
{
    [Theory]
    [InlineData("٠٥٣٢ ١٢٣ ٤٥ ٦٧", "0532 123 45 67")]
    [InlineData("۰۹۱۲ ۳۴۵ ۶۷۸۹", "0912 345 6789")]
    [InlineData("＋９０５３２", "+90532")]
    [InlineData("सं ९१", "सं 91")]
    [InlineData("٤٫٥ ألف", "4.5 ألف")]
    [InlineData("plain 123 text", "plain 123 text")]
    public void Normalize_DigitsOfAnyScript_BecomeAscii(string input, string expected)
    {
        Assert.Equal(expected, DigitNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_NothingToChange_ReturnsSameInstance()
    {
        var text = "Boat from Izmir, 4500 EUR";
        Assert.Same(text, DigitNormalizer.Normalize(text));
    }

    [Property(MaxTest = 500)]
    public void Normalize_IsIdempotent(string? text)
    {
        text ??= string.Empty;
        var once = DigitNormalizer.Normalize(text);
        Assert.Equal(once, DigitNormalizer.Normalize(once));
    }

    [Property(MaxTest = 500)]
    public Property Normalize_PreservesLength_AndMixedDigitsBecomeAscii()
    {
        var digit = Gen.Elements("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９".ToCharArray());
        var gen = Gen.ArrayOf(digit).Select(a => new string(a));
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var n = DigitNormalizer.Normalize(s);
            return n.Length == s.Length && n.All(char.IsAsciiDigit);
        });
    }
}
