using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Ingest.Importers.Input;

/// <summary>
/// Byte-order marks, UTF-8 validation and the legacy-code-page guess used when a file is not UTF-8.
/// Arabic-script and Cyrillic material often comes from Windows tools that save in Windows-1256 or
/// Windows-1251; both use the high half of the byte range, so the guess compares how plausible the
/// text is when read each way.
/// </summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Windows-1256 (Arabic).</summary>
    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    /// <summary>Windows-1251 (Cyrillic).</summary>
    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <summary>Windows-1252 (Western European), the fallback when neither script fits.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Resolves a name (<c>windows-1256</c>, <c>utf-16le</c>) or code page number (<c>1251</c>).</summary>
    /// <returns>The encoding, or null when the name is unknown.</returns>
    public static Encoding? Resolve(string name)
    {
        _ = Utf8; // make sure the code-page provider is registered
        try
        {
            return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The encoding announced by a byte-order mark and the mark's length, or null.</summary>
    public static (Encoding Encoding, int BomLength)? FromBom(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return null;
    }

    /// <summary>
    /// Detects UTF-16 without a byte-order mark from the pattern of zero bytes that ASCII-range text
    /// leaves in every other position.
    /// </summary>
    public static Encoding? GuessBomlessUtf16(ReadOnlySpan<byte> head)
    {
        var pairs = Math.Min(head.Length, 4096) / 2;
        if (pairs < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }

        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }

    /// <summary>
    /// True when the bytes are valid UTF-8, allowing a multi-byte sequence cut off at the end
    /// (the head of a longer file may stop mid-character).
    /// </summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool mayBeCut)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        if (!mayBeCut)
        {
            return false;
        }

        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Guesses the legacy code page of bytes that are not UTF-8: Windows-1256 when they read as Arabic
    /// letters, Windows-1251 when they read as lower-case Cyrillic (running text is mostly lower case),
    /// otherwise Windows-1252.
    /// </summary>
    public static Encoding GuessLegacy(ReadOnlySpan<byte> bytes)
    {
        int high = 0, arabic = 0, cyrillicLower = 0;
        var a = Windows1256;
        Span<char> one = stackalloc char[2];
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (b >= 0xE0)
            {
                cyrillicLower++;
            }

            if (a.GetChars([b], one) == 1 && one[0] is >= '\u0621' and <= '\u064A' or '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC')
            {
                arabic++;
            }
        }

        if (high == 0)
        {
            return Utf8;
        }

        if (arabic >= cyrillicLower && arabic > high / 2)
        {
            return Windows1256;
        }

        if (cyrillicLower > arabic && cyrillicLower > high / 2)
        {
            return Windows1251;
        }

        return Windows1252;
    }

    /// <summary>
    /// The encoding an XML declaration names (<c>&lt;?xml version="1.0" encoding="windows-1251"?&gt;</c>),
    /// unless it claims UTF-8 or UTF-16 (the bytes already said otherwise), or null.
    /// </summary>
    public static Encoding? FromXmlDeclaration(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = head.IndexOf("?>"u8);
        if (end < 0)
        {
            return null;
        }

        var declaration = Encoding.ASCII.GetString(head[..end]);
        var match = System.Text.RegularExpressions.Regex.Match(declaration, @"encoding\s*=\s*[""']([A-Za-z0-9._-]+)[""']");
        if (!match.Success)
        {
            return null;
        }

        var encoding = Resolve(match.Groups[1].Value);
        return encoding is null || encoding.CodePage is 65001 or 1200 or 1201 ? null : encoding;
    }

    /// <summary>A short name for messages, e.g. <c>windows-1256</c>.</summary>
    public static string NameOf(Encoding encoding) => encoding.WebName;
}
