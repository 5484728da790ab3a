using System.Text;

namespace Vigil.Ingest.Importers.Text;

/// <summary>
/// Repairs text that was UTF-8, read as Windows-1252/Latin-1 and saved again as UTF-8 ("fÃ¼hrende" for
/// "führende"), a common fault of old feed generators. The repair is applied only when the whole string
/// maps back to bytes that are valid UTF-8, so correct text is never changed.
/// </summary>
public static class Mojibake
{
    private static readonly Dictionary<char, byte> Cp1252High = BuildCp1252();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when the text shows the typical pairs of double-encoded UTF-8.</summary>
    public static bool IsLikely(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u00C2' and <= '\u00F4' && IsContinuation(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The repaired text, or the text unchanged when it is not double-encoded.</summary>
    public static string Repair(string text)
    {
        if (!IsLikely(text))
        {
            return text;
        }

        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= '\u00FF')
            {
                bytes[i] = (byte)c;
            }
            else if (Cp1252High.TryGetValue(c, out var b))
            {
                bytes[i] = b;
            }
            else
            {
                return text;
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00BF' || Cp1252High.TryGetValue(c, out var b) && b is >= 0x80 and <= 0xBF;

    private static Dictionary<char, byte> BuildCp1252()
    {
        var encoding = Input.TextEncodings.Windows1252;
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var s = encoding.GetString([(byte)b]);
            if (s.Length == 1 && s[0] > '\u00FF')
            {
                map[s[0]] = (byte)b;
            }
        }

        return map;
    }
}
