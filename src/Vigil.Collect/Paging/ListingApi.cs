using System.Net.Http.Headers;
using Vigil.Collect.Http;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers;

namespace Vigil.Collect.Paging;

/// <summary>
/// What <see cref="ListingCollector"/> needs to know about one platform's newest-first listing API: how
/// to build the request for a cursor, how to authorise it, how to read errors, pages and rate headers,
/// and which number orders its posts. Every member is pure except <see cref="Authorize"/>, which only
/// adds a header.
/// </summary>
internal sealed record ListingApi
{
    /// <summary>The watch, <c>platform:target</c>, for messages.</summary>
    public required string What { get; init; }

    /// <summary>The request for the page <see cref="ListingCursor.Next"/> of the cursor's pass (the newest page when null).</summary>
    public required Func<ListingCursor, Uri> Request { get; init; }

    /// <summary>Adds credentials to a request (a header; never the URL when the API allows).</summary>
    public Action<HttpRequestMessage>? Authorize { get; init; }

    /// <summary>The failure an answer stands for, or null when it carries a page.</summary>
    public required Func<HttpAnswer, ApiFailure?> Classify { get; init; }

    /// <summary>Reads a page: its posts, problems and the token of the next (older) page.</summary>
    public required Func<string, ListingCursor, DateTimeOffset, PostPage> Parse { get; init; }

    /// <summary>The order key of a post (a growing id, or a Unix time); null when it has none.</summary>
    public required Func<Post, long?> Order { get; init; }

    /// <summary>The rate window the answer's headers describe, for APIs that send one.</summary>
    public Func<HttpResponseHeaders, DateTimeOffset, RateWindow>? Rate { get; init; }
}
