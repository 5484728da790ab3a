using FsCheck.Xunit;
using Vigil.Analysis.Dedup;

namespace Vigil.Analysis.Tests.Dedup;

public sealed class SimHashTests
{
    private const string Ad = "🚤 رحلات مضمونة من إزمير إلى اليونان كل أسبوع، السعر 4500 يورو للشخص، الدفع عند الوصول. للتواصل واتساب +90 532 123 45 67";

    [Property]
    public bool Distance_IsSymmetric(ulong a, ulong b) => SimHash.Distance(a, b) == SimHash.Distance(b, a);

    [Property]
    public bool Distance_ToSelfIsZero(string text) => SimHash.Distance(SimHash.Compute(text ?? ""), SimHash.Compute(text ?? "")) == 0;

    [Fact]
    public void Compute_NewPhoneAndPrice_SameFingerprint()
    {
        var repost = Ad.Replace("4500", "٤٢٠٠").Replace("+90 532 123 45 67", "+90 533 765 43 21");
        Assert.Equal(SimHash.Compute(Ad), SimHash.Compute(repost));
    }

    [Fact]
    public void Compute_OtherEmojiAndHarakat_SameFingerprint()
    {
        var repost = "✅✅ " + Ad.Replace("🚤", "⛵").Replace("رحلات", "رِحْلات");
        Assert.Equal(SimHash.Compute(Ad), SimHash.Compute(repost));
    }

    [Fact]
    public void Compute_NoLetters_IsZero()
    {
        Assert.Equal(0UL, SimHash.Compute("📞 +90 532 123 45 67 !!! 🚤"));
        Assert.Equal(0UL, SimHash.Compute(""));
    }

    [Fact]
    public void Compute_DifferentAdverts_AreFarApart()
    {
        var other = "Переправка в Германию через Беларусь и Польшу, машина до Берлина, цена 5 тыс. долларов, оплата после прибытия";
        Assert.True(SimHash.Distance(SimHash.Compute(Ad), SimHash.Compute(other)) > ClusterBuilder.DefaultMaxDistance);
    }

    [Fact]
    public void Compute_LongText_DoesNotOverflowStack()
    {
        var text = string.Concat(Enumerable.Repeat("boat trip to Italy safe ", 20_000));
        Assert.NotEqual(0UL, SimHash.Compute(text));
    }
}
