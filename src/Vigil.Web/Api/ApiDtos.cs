using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Web.Api;

/// <summary>A stored post as the API returns it (pseudonymised text and identifiers in strategic mode).</summary>
public sealed record PostDto(
    string Platform,
    string NativeId,
    string? Source,
    string? Author,
    string Text,
    string? Lang,
    string? Category,
    double? Confidence,
    Indicators? Indicators,
    IReadOnlyList<string> Explanation,
    DateTimeOffset? CreatedAt,
    DateTimeOffset CollectedAt)
{
    public static PostDto From(StoredPost p) => new(
        p.Key.Platform,
        p.Key.NativeId,
        p.Source,
        p.Author,
        p.Text,
        p.Analysis?.Language.Code ?? p.LangHint,
        p.Analysis?.Category.ToWire(),
        p.Analysis?.Confidence,
        p.Analysis?.Indicators,
        p.Analysis?.Explanation ?? [],
        p.CreatedAt,
        p.CollectedAt);
}

/// <summary>One page of results and the opaque cursor of the next page (null on the last page).</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An analyst's correction of a post's category sent by a machine client, with an optional reason.</summary>
public sealed record LabelRequest(string Platform, string NativeId, string Category, string? Reason = null);

/// <summary>A near-duplicate cluster: id, size (all members), span, and the posts of its earliest members.</summary>
public sealed record ClusterDto(string Id, int Size, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, IReadOnlyList<PostDto> Posts);
