using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Protection;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Protection;

public sealed class TextPseudonymizerTests
{
    private readonly TextPseudonymizer _text = new(Keys.Pseudonymizer());

    [Fact]
    public void Replace_PhoneWithCountry_TokenKeepsCountryOnly()
    {
        const string text = "call +90 532 123 45 67 now";
        var span = new IdentifierSpan(5, 17, IdentifierKind.Phone, "+905321234567", "TR");

        var result = _text.Replace(text, [span]);

        var ps = Keys.Pseudonymizer().Pseudonymize(IdentifierKind.Phone, "+905321234567");
        Assert.Equal($"call [phone:TR:{ps}] now", result);
    }

    [Fact]
    public void Replace_HandleAndEmail_PlatformAndKindTokens()
    {
        const string text = "write @boat_trips or x@y.com";
        var spans = new[]
        {
            new IdentifierSpan(6, 11, IdentifierKind.Handle, "boat_trips", "telegram"),
            new IdentifierSpan(21, 7, IdentifierKind.Email, "x@y.com", null),
        };

        var result = _text.Replace(text, spans);

        Assert.Matches(@"^write \[telegram:ps_[0-9a-f]{16}\] or \[email:ps_[0-9a-f]{16}\]$", result);
    }

    [Fact]
    public void Replace_OverlappingAndUnsortedSpans_OneTokenNoClearFragment()
    {
        const string text = "Ahmed Travel +905321234567 end";
        var spans = new[]
        {
            new IdentifierSpan(6, 20, IdentifierKind.Phone, "+905321234567", "TR"),
            new IdentifierSpan(0, 12, IdentifierKind.AuthorName, "Ahmed Travel", null),
        };

        var result = _text.Replace(text, spans);

        Assert.DoesNotContain("Ahmed", result);
        Assert.DoesNotContain("Travel", result);
        Assert.DoesNotContain("5321234567", result);
        Assert.EndsWith(" end", result);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result, "ps_"));
    }

    [Fact]
    public void Replace_SpanBeyondText_ClampedNotThrown()
    {
        var result = _text.Replace("abc 12345", [new IdentifierSpan(4, 50, IdentifierKind.Phone, "12345", null)]);
        Assert.StartsWith("abc [phone:ps_", result);
    }

    [Theory]
    [InlineData("905321234567")]
    [InlineData("TR 90532")]
    [InlineData("Tele gram")]
    public void Token_HintThatCouldHoldClearData_Dropped(string hint)
    {
        var token = _text.Token(new IdentifierSpan(0, 1, IdentifierKind.Phone, "+905321234567", hint));
        Assert.Matches(@"^\[phone:ps_[0-9a-f]{16}\]$", token);
    }

    [Property]
    public Property Replace_RandomPhonesInRandomText_NoClearPhoneLeft()
    {
        var digits = Gen.Elements("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹");
        var gen =
            from words in Gen.Elements("boat", "قارب", "قایق", "лодка", "safe", "EUR", "٤٥٠٠").ListOf()
            from numbers in Gen.Choose(100_000_000, 999_999_999).ListOf()
            from system in digits
            select (words, numbers.Select(n => "+90" + Localise(n.ToString(), system)).ToList());
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var text = string.Join(' ', input.words.Concat(input.Item2).OrderBy(s => s.GetHashCode(StringComparison.Ordinal)));
            var result = _text.Replace(text, new FallbackIdentifierLocator(new IdentifierLocator()).Locate(text));
            return input.Item2.All(phone => !result.Contains(phone.Substring(3), StringComparison.Ordinal));
        });
    }

    private static string Localise(string ascii, string system) =>
        string.Concat(ascii.Select(c => system[c - '0']));
}
