using System.Globalization;
using Vigil.Collect.Http;
using Vigil.Ingest.Importers.Feeds;

namespace Vigil.Collect.Feeds;

/// <summary>
/// RSS 2.0, RSS 1.0 and Atom feeds (news sites, blogs, YouTube channel feeds), parsed by the importer's
/// <see cref="FeedReader"/> (DTDs ignored, no external entities). A feed is one document without paging;
/// the cursor is the newest item time stored.
/// </summary>
/// <remarks>
/// The target is a URL the person supplies, so it is the one place where a watch names what Vigil fetches:
/// only absolute http(s) URLs without credentials are accepted, and the SSRF guard checks the resolved
/// address of every connection (redirects included), so neither a private address, a host name resolving
/// to one, nor a redirect to one is ever fetched.
/// Items dated up to <see cref="Overlap"/> before the cursor are offered again (feeds are sometimes
/// back-dated); the store's identity check turns them into duplicates, never into second copies.
/// </remarks>
public sealed class FeedConnector(ConnectorServices services) : IConnector
{
    /// <summary>How far before the cursor items are offered again.</summary>
    public static TimeSpan Overlap { get; } = TimeSpan.FromDays(1);

    /// <summary>The connector's registration. Feeds have no base address: the target is the feed's URL.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "rss",
        "the feed's http(s) URL, e.g. rss:https://example.org/feed.xml",
        Validate,
        s => new FeedConnector(s),
        DefaultBaseAddress: null,
        RequestsPerMinute: 30);

    /// <summary>Accepts an absolute http(s) URL without user name, password or fragment (addresses are checked at connect time).</summary>
    public static TargetCheck Validate(string target)
    {
        if (!Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return TargetCheck.Fail($"'{target}' is not a feed URL: write the full http(s) address, e.g. rss:https://example.org/feed.xml.");
        }

        if (uri.UserInfo.Length > 0)
        {
            return TargetCheck.Fail("A feed URL must not contain a user name or password: Vigil reads public feeds only.");
        }

        return TargetCheck.Ok(new UriBuilder(uri) { Fragment = "" }.Uri.AbsoluteUri);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var what = $"rss:{target}";
        var since = DateTimeOffset.TryParse(cursor, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var c) ? c : (DateTimeOffset?)null;
        var xml = await HttpFetch.GetStringAsync(services.Http, new Uri(target), what, cancellationToken).ConfigureAwait(false);
        var page = FeedReader.Parse(xml, services.Clock.GetUtcNow());
        if (page.Posts.Count == 0 && page.Problems.Any(p => p.Index < 0))
        {
            throw new SourceFailedException($"{what}: the answer is not a readable RSS or Atom feed ({page.Problems.First(p => p.Index < 0).Reason}). Check the address in a browser.");
        }

        var fresh = page.Posts.Where(p => since is null || p.CreatedAt is null || p.CreatedAt > since - Overlap).ToList();
        var newest = page.Posts.Select(p => p.CreatedAt).Where(t => t is not null).DefaultIfEmpty(null).Max();
        var next = newest is { } n && (since is null || n > since) ? n : since;
        if (fresh.Count > 0 || page.Problems.Count > 0)
        {
            yield return new CollectedPage(fresh, page.Problems, next?.ToString("O", CultureInfo.InvariantCulture) ?? cursor ?? "");
        }
    }
}
