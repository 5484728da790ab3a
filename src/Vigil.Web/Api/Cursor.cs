using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Vigil.Web.Api;

/// <summary>Opaque paging cursors: the position of the next item, encoded so clients do not build them.</summary>
public static class Cursor
{
    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset in a cursor; 0 for none; null for a cursor that was not made by this API.</summary>
    public static int? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
