using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Storage.Summaries;

/// <summary>
/// A stored post in a flagged category (smuggling offer, documents, recruitment, guidance) as reposted-advert
/// clusters and account networks need it: identity, author pseudonym, language, when it was seen, category, text
/// (for its fingerprint) and the identifiers it published (<see cref="PostFacts.Links"/>). Never a post of
/// another category: people asking for help, NGOs and news are not read for networks at all.
/// </summary>
public sealed record DedupInput(PostKey Key, string? Author, string Lang, DateTimeOffset Seen, Category Category, string Text, IReadOnlyList<string> Links)
{
    /// <summary>
    /// Reads the row both stores select for it: platform, native id, author, language, (seen: read by the store,
    /// whose time type differs), category, text, and the links joined with U+001F.
    /// </summary>
    internal static DedupInput Read(System.Data.Common.DbDataReader reader, DateTimeOffset seen)
    {
        Categories.TryParse(reader.GetString(5), out var category);
        return new DedupInput(
            new PostKey(reader.GetString(0), reader.GetString(1)),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            seen,
            category,
            reader.GetString(6),
            reader.IsDBNull(7) ? [] : reader.GetString(7).Split('\u001f'));
    }
}
