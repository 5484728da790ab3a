using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Vigil.Analysis.Dedup;

/// <summary>Short ids derived from a group's first member, so a group keeps its id while it grows.</summary>
internal static class StableId
{
    /// <summary>The prefix and the top 48 bits of the member's XxHash3, as 12 hex digits.</summary>
    public static string From(string prefix, string firstMember) =>
        Format(prefix, XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(firstMember)) >> 16);

    /// <summary>The id for 48 bits of hash.</summary>
    public static string Format(string prefix, ulong bits48) => prefix + bits48.ToString("x12", CultureInfo.InvariantCulture);

    /// <summary>The 48 bits of an id made by <see cref="From"/>.</summary>
    public static ulong Parse(string prefix, string id) => ulong.Parse(id.AsSpan(prefix.Length), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
