using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Protection;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Tests.Protection;

public sealed class KeyedPseudonymizerTests
{
    [Property]
    public bool Pseudonymize_SameKeyAndValue_SamePseudonym(int seed, NonNull<string> value, IdentifierKind kind)
    {
        var a = Keys.Pseudonymizer(seed).Pseudonymize(kind, value.Get);
        var b = Keys.Pseudonymizer(seed).Pseudonymize(kind, value.Get);
        return a == b;
    }

    [Property]
    public Property Pseudonymize_DifferentKeys_DifferentPseudonyms(int seedA, int seedB, NonNull<string> value, IdentifierKind kind)
    {
        var a = Keys.Pseudonymizer(seedA).Pseudonymize(kind, value.Get);
        var b = Keys.Pseudonymizer(seedB).Pseudonymize(kind, value.Get);
        return (a != b).When(seedA != seedB);
    }

    [Property]
    public Property Pseudonymize_DifferentPhones_DifferentPseudonyms(PositiveInt a, PositiveInt b)
    {
        var p = Keys.Pseudonymizer();
        return (p.Pseudonymize(IdentifierKind.Phone, $"+90{a.Get}") != p.Pseudonymize(IdentifierKind.Phone, $"+90{b.Get}")).When(a.Get != b.Get);
    }

    [Property]
    public bool Pseudonymize_AnyValue_HasPrefixAnd16HexDigitsAndNoClearValue(NonNull<string> value, IdentifierKind kind)
    {
        var pseudonym = Keys.Pseudonymizer().Pseudonymize(kind, value.Get).Value;
        return KeyedPseudonymizer.LooksLikePseudonym(pseudonym)
            && (value.Get.Trim().Length < 4 || !pseudonym.Contains(value.Get.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("+905321234567", "+٩٠٥٣٢١٢٣٤٥٦٧")] // Arabic-Indic digits
    [InlineData("+905321234567", "+۹۰۵۳۲۱۲۳۴۵۶۷")] // Persian digits
    [InlineData("+905321234567", "+90 532 123 45 67")]
    public void Pseudonymize_PhoneInOtherNumeralSystem_SamePseudonym(string ascii, string other)
    {
        var p = Keys.Pseudonymizer();
        Assert.Equal(p.Pseudonymize(IdentifierKind.Phone, ascii), p.Pseudonymize(IdentifierKind.Phone, other));
    }

    [Fact]
    public void Pseudonymize_HandleSpelledDifferently_SamePseudonym()
    {
        var p = Keys.Pseudonymizer();
        Assert.Equal(
            p.Pseudonymize(IdentifierKind.Author, "telegram:@Boat_Trips"),
            p.Pseudonymize(IdentifierKind.Handle, KeyedPseudonymizer.Account("telegram", "boat_trips")));
    }

    [Fact]
    public void Pseudonymize_SameHandleOnOtherPlatform_DifferentPseudonym()
    {
        var p = Keys.Pseudonymizer();
        Assert.NotEqual(
            p.Pseudonymize(IdentifierKind.Author, KeyedPseudonymizer.Account("telegram", "boat_trips")),
            p.Pseudonymize(IdentifierKind.Author, KeyedPseudonymizer.Account("instagram", "boat_trips")));
    }

    [Fact]
    public void Pseudonymize_SameValueDifferentKind_DifferentPseudonym()
    {
        var p = Keys.Pseudonymizer();
        Assert.NotEqual(p.Pseudonymize(IdentifierKind.Phone, "+905321234567"), p.Pseudonymize(IdentifierKind.Email, "+905321234567"));
    }

    [Fact]
    public void ToString_Key_IsRedacted()
    {
        var key = Keys.FromSeed(7);
        var bytes = new byte[PseudonymKey.Length];
        key.CopyTo(bytes);
        Assert.DoesNotContain(Convert.ToHexString(bytes)[..8], key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("PseudonymKey(redacted)", key.ToString());
    }

    [Fact]
    public void FromBytes_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => PseudonymKey.FromBytes(new byte[16]));
    }
}
