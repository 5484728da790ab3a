using Vigil.Collect.Http;
using Vigil.Collect.Paging;
using Vigil.Ingest.Importers.Reddit;

namespace Vigil.Collect.Reddit;

/// <summary>
/// Reddit subreddits and searches through the public JSON listings (<c>/r/&lt;sub&gt;/new.json</c>,
/// <c>/search.json?sort=new</c>), newest first, paging with <c>after</c>. No account or key: Reddit allows
/// about 10 requests a minute without OAuth from a client with a descriptive User-Agent (Vigil's names
/// the installation's contact, <c>VIGIL_COLLECT_CONTACT</c>), and says how much of its window is left in
/// <c>X-Ratelimit-*</c> headers, which end a run's paging early when used up. Parsing is the importer's
/// <see cref="RedditListingParser"/>.
/// </summary>
public sealed class RedditConnector(ConnectorServices services) : IConnector
{
    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "reddit",
        "r/<subreddit> for its newest posts, search:<words> for a site-wide search, or r/<subreddit>/search:<words>, e.g. reddit:r/europe",
        Validate,
        s => new RedditConnector(s),
        new Uri("https://www.reddit.com/"),
        RequestsPerMinute: 10);

    public static TargetCheck Validate(string target) => RedditTarget.Parse(target, out var problem) is { } t
        ? TargetCheck.Ok(t.ToString())
        : TargetCheck.Fail($"'{target}' is not a Reddit watch: {problem}.");

    /// <inheritdoc />
    public IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, CancellationToken cancellationToken)
    {
        var what = $"reddit:{target}";
        var t = RedditTarget.Parse(target, out var problem) ?? throw new SourceFailedException($"{what}: {problem}.");
        var api = new ListingApi
        {
            What = what,
            Request = c => RedditRequests.Listing(services.BaseAddress, t, c.Next),
            Classify = a => RedditErrors.Classify(a.Status, a.Body, a.Headers, t, services.Clock.GetUtcNow()),
            Parse = (body, _, now) => RedditListingParser.Parse(body, now),
            Order = RedditRequests.Order,
            Rate = RateWindow.FromReddit,
        };
        return ListingCollector.FetchAsync(api, services, cursor, cancellationToken);
    }
}
