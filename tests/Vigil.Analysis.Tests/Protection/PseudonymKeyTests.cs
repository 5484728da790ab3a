using Vigil.Analysis.Protection;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Tests.Protection;

public sealed class PseudonymKeyTests
{
    [Fact]
    public void Fingerprint_SameKey_SameValue_OtherKey_OtherValue()
    {
        Assert.Equal(Keys.FromSeed(1).Fingerprint(), Keys.FromSeed(1).Fingerprint());
        Assert.NotEqual(Keys.FromSeed(1).Fingerprint(), Keys.FromSeed(2).Fingerprint());
        Assert.Matches("^kf_[0-9a-f]{16}$", Keys.FromSeed(1).Fingerprint());
    }

    [Fact]
    public void Fingerprint_RevealsNeitherTheKeyNorAnyPseudonym()
    {
        var key = Keys.FromSeed(7);
        Span<byte> bytes = stackalloc byte[PseudonymKey.Length];
        key.CopyTo(bytes);
        var fingerprint = key.Fingerprint();

        Assert.DoesNotContain(Convert.ToHexStringLower(bytes[..8]), fingerprint);
        var pseudonymizer = new KeyedPseudonymizer(key);
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            Assert.NotEqual(fingerprint[3..], pseudonymizer.Pseudonymize(kind, "vigil pseudonym key fingerprint v1").Value[3..]);
        }

        Assert.Equal("PseudonymKey(redacted)", key.ToString());
    }
}
