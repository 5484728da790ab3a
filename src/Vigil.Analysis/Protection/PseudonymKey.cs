using System.Security.Cryptography;

namespace Vigil.Analysis.Protection;

/// <summary>
/// The per-installation secret behind every pseudonym: 32 random bytes. Whoever holds it can recompute
/// (not reverse) the pseudonym of a guessed identifier, so it is never logged, printed or serialised:
/// <see cref="ToString"/> is redacted and the bytes are not exposed outside this assembly.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>Key length in bytes (HMAC-SHA256 block-compatible, 256 bits of entropy).</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private PseudonymKey(byte[] bytes) => _bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A fresh key from the operating system's cryptographic random generator.</summary>
    public static PseudonymKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A key from exactly <see cref="Length"/> bytes (e.g. read from the key file); copies them.</summary>
    /// <exception cref="ArgumentException">When the length is wrong: a bug in the caller, who must check first.</exception>
    public static PseudonymKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A pseudonym key has exactly {Length} bytes.", nameof(bytes));
        }

        return new PseudonymKey(bytes.ToArray());
    }

    /// <summary>Writes the key's bytes to <paramref name="destination"/>; only the key file should call this.</summary>
    public void CopyTo(Span<byte> destination) => _bytes.CopyTo(destination);

    /// <summary>
    /// Names the key without revealing it: <c>kf_</c> + 16 hex digits of HMAC-SHA256(key, a label no identifier
    /// domain uses). Stores record it so that nobody writes into a store with another key. Knowing it does not
    /// help to recompute any pseudonym.
    /// </summary>
    public string Fingerprint()
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_bytes, "vigil pseudonym key fingerprint v1"u8, mac);
        return "kf_" + Convert.ToHexStringLower(mac[..8]);
    }

    /// <summary>Redacted: the key never appears in logs, errors or debugger displays.</summary>
    public override string ToString() => "PseudonymKey(redacted)";
}
