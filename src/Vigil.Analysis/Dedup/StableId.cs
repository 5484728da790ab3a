using System.IO.Hashing;
using System.Text;

namespace Vigil.Analysis.Dedup;

/// <summary>Short ids derived from a group's first member, so a group keeps its id while it grows.</summary>
internal static class StableId
{
    public static string From(string prefix, string firstMember) =>
        prefix + XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(firstMember)).ToString("x16")[..12];
}
