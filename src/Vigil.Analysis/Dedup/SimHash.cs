using System.Buffers;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Vigil.Analysis.Dedup;

/// <summary>
/// 64-bit SimHash over character 4-gram shingles of a normalised text (letters only, lower case,
/// digits and punctuation dropped), so an advert reposted with a new phone number, a new price, other
/// emoji or a reordered line keeps almost the same fingerprint. Pure and thread-safe.
/// </summary>
public static class SimHash
{
    private const int ShingleLength = 4;
    private const int StackLimit = 2048;

    /// <summary>Hamming distance between two fingerprints: 0 = same shingle profile, 64 = opposite.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>The fingerprint of <paramref name="text"/>; 0 for a text with no letters.</summary>
    public static ulong Compute(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var normalised = Normalise(text, buffer);
            return normalised.Length == 0 ? 0UL : Fingerprint(normalised);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Keeps letters (lower-cased) and single spaces between words; everything else separates words.</summary>
    internal static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (!IsJoiner(c))
            {
                pendingSpace = true;
            }
        }

        return destination[..length];
    }

    // Arabic harakat, tatweel and zero-width characters sit inside words: skipping them keeps the word whole.
    private static bool IsJoiner(char c) =>
        c is '\u0640' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
        || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';

    // Bit b of the fingerprint is set when more than half of the shingle hashes have bit b set (the
    // classic +1/-1 weight sum is positive). The 64 counts of ones are kept bit-sliced: plane k holds
    // bit k of every count, so adding a hash is a ripple-carry add of one word (two steps on average)
    // instead of 64 separate increments.
    private static ulong Fingerprint(ReadOnlySpan<char> normalised)
    {
        Span<ulong> planes = stackalloc ulong[32];
        var used = 0;
        var shingles = Math.Max(1, normalised.Length - ShingleLength + 1);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = normalised.Slice(i, Math.Min(ShingleLength, normalised.Length - i));
            var carry = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(shingle));
            for (var k = 0; carry != 0; k++)
            {
                var next = planes[k] & carry;
                planes[k] ^= carry;
                carry = next;
                used = Math.Max(used, k + 1);
            }
        }

        var fingerprint = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            var ones = 0L;
            for (var k = 0; k < used; k++)
            {
                ones |= (long)((planes[k] >> bit) & 1UL) << k;
            }

            if ((2 * ones) - shingles > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }
}
