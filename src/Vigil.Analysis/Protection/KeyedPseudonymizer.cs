using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Protection;

/// <summary>
/// Pseudonymises identifiers with HMAC-SHA256 under the installation's <see cref="PseudonymKey"/>:
/// <c>ps_</c> + the first 16 hex digits (64 bits) of HMAC(key, domain ‖ 0x1F ‖ canonical value).
/// Deterministic per key, so one account or number links up across posts; without the key a pseudonym
/// can neither be reversed nor recomputed from a guessed number (unlike a plain hash, which a
/// dictionary of all phone numbers would break in minutes).
/// </summary>
/// <remarks>
/// The clear value is canonicalised first (Unicode digits → ASCII for phones, lower case, leading
/// <c>@</c> dropped for accounts) so different spellings of one identifier share one pseudonym.
/// <see cref="IdentifierKind.Author"/> and <see cref="IdentifierKind.Handle"/> share the "account"
/// domain: callers pass <c>platform:handle</c> for both (see <see cref="Account"/>), so a channel that
/// posts and the same channel advertised in another post's text get the same pseudonym.
/// Thread-safe and allocation-light; the clear value never leaves <see cref="Pseudonymize"/>.
/// </remarks>
public sealed class KeyedPseudonymizer(PseudonymKey key) : IPseudonymizer
{
    /// <summary>Prefix of every pseudonym, so a reader (and a test) can tell them from clear values.</summary>
    public const string Prefix = "ps_";

    private const int HexDigits = 16;

    /// <inheritdoc />
    public Pseudonym Pseudonymize(IdentifierKind kind, string clearValue)
    {
        ArgumentNullException.ThrowIfNull(clearValue);
        var input = Domain(kind) + "\u001f" + Canonical(kind, clearValue);
        var max = Encoding.UTF8.GetMaxByteCount(input.Length);
        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var count = Encoding.UTF8.GetBytes(input, rented);
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(key.Bytes, rented.AsSpan(0, count), mac);
            return new Pseudonym(Prefix + Convert.ToHexStringLower(mac[..(HexDigits / 2)]));
        }
        finally
        {
            // The buffer held the clear value: wipe it before it goes back to the shared pool.
            Array.Clear(rented, 0, max);
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The clear value for an account: <c>platform:handle</c>, both lower-cased, <c>@</c> dropped.</summary>
    public static string Account(string? platform, string handle) =>
        string.IsNullOrWhiteSpace(platform) ? handle : $"{platform.Trim()}:{handle}";

    /// <summary>True when <paramref name="value"/> has the shape of a pseudonym this class produces.</summary>
    public static bool LooksLikePseudonym(string value) =>
        value.Length == Prefix.Length + HexDigits && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).IndexOfAnyExcept("0123456789abcdef") < 0;

    private static string Domain(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Author or IdentifierKind.Handle => "account",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string Canonical(IdentifierKind kind, string value)
    {
        var s = value.Normalize(NormalizationForm.FormKC).Trim();
        return kind switch
        {
            IdentifierKind.Phone => CanonicalPhone(s),
            IdentifierKind.Author or IdentifierKind.Handle => CanonicalAccount(s),
            IdentifierKind.AuthorName => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(),
            _ => s.ToLowerInvariant(),
        };
    }

    private static string CanonicalPhone(string s)
    {
        // Any numeral system (Arabic-Indic ٠-٩, Persian ۰-۹, …) → ASCII digits; keep a leading '+'.
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value == '+' && sb.Length == 0)
            {
                sb.Append('+');
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                sb.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
        }

        return sb.ToString();
    }

    private static string CanonicalAccount(string s)
    {
        s = s.ToLowerInvariant();
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        var platform = colon > 0 && !s.Contains("://", StringComparison.Ordinal) ? s[..(colon + 1)] : "";
        var handle = s[platform.Length..].Trim().TrimStart('@');
        return platform + handle;
    }
}
