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

    [Property]
    public bool Compute_EqualsTheWeightSumDefinition(string text) => SimHash.Compute(text ?? "") == Reference(text ?? "");

    [Theory]
    [InlineData("a")]
    [InlineData("ab cd")]
    [InlineData(Ad)]
    public void Compute_EqualsTheWeightSumDefinition_ShortAndLongTexts(string text)
    {
        Assert.Equal(Reference(text), SimHash.Compute(text));
        var tenThousand = string.Concat(Enumerable.Repeat(text + " ", 10_000 / (text.Length + 1) + 1));
        Assert.Equal(Reference(tenThousand), SimHash.Compute(tenThousand));
    }

    [Fact]
    public void Compute_StoredFingerprintsStayValid()
    {
        // Fingerprints are stored with the posts: the value for a given text must never change.
        Assert.Equal(0x0b88ca318407de33UL, SimHash.Compute(Ad));
    }

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

    // The textbook SimHash: +1/-1 per bit and shingle, a bit is set when its sum is positive.
    private static ulong Reference(string text)
    {
        var normalised = Normalise(text);
        if (normalised.Length == 0)
        {
            return 0;
        }

        var weights = new int[64];
        var shingles = Math.Max(1, normalised.Length - 3);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = normalised.AsSpan(i, Math.Min(4, normalised.Length - i));
            var hash = System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(shingle));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var fingerprint = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            fingerprint |= weights[bit] > 0 ? 1UL << bit : 0;
        }

        return fingerprint;
    }

    // Letters lower-cased, single spaces between words; harakat, tatweel and zero-width characters skipped.
    private static string Normalise(string text)
    {
        var builder = new System.Text.StringBuilder();
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (!(c is '\u0640' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u0670' || (c >= '\u064B' && c <= '\u065F')))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
