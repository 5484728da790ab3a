using Vigil.Collect.Paging;
using Vigil.Ingest.Importers.YouTube;

namespace Vigil.Collect.YouTube;

/// <summary>
/// YouTube Data API v3: video searches (<c>search.list</c>), a channel's videos, and the comment threads
/// under a video (<c>commentThreads.list</c>), newest first, paging with <c>pageToken</c>. Needs an API
/// key, <c>VIGIL_YOUTUBE_API_KEY</c>, sent in a header; without one the watch fails at once with a
/// sentence saying so and nothing is fetched. Parsing is the importer's <see cref="YouTubePageParser"/>.
/// </summary>
/// <remarks>The daily quota (10,000 units by default, 100 per search page) is the real limit: see the README.</remarks>
public sealed class YouTubeConnector(ConnectorServices services) : IConnector
{
    /// <summary>The name of the secret, read from <c>VIGIL_YOUTUBE_API_KEY</c>.</summary>
    public const string KeySecret = "YOUTUBE_API_KEY";

    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "youtube",
        "search:<words>, comments:<video id> or channel:<UC… channel id>, e.g. youtube:comments:F1UP7wRCPH8 (needs VIGIL_YOUTUBE_API_KEY)",
        Validate,
        s => new YouTubeConnector(s),
        new Uri("https://www.googleapis.com/"),
        RequestsPerMinute: 20);

    public static TargetCheck Validate(string target) => YouTubeTarget.Parse(target, out var problem) is { } t
        ? TargetCheck.Ok(t.ToString())
        : TargetCheck.Fail($"'{target}' is not a YouTube watch: {problem}.");

    /// <inheritdoc />
    public IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, CancellationToken cancellationToken)
    {
        var what = $"youtube:{target}";
        var t = YouTubeTarget.Parse(target, out var problem) ?? throw new SourceFailedException($"{what}: {problem}.");
        var key = services.Settings.Secret(KeySecret) ?? throw new SourceFailedException(
            $"{what}: the YouTube connector needs an API key and this installation has none. Create a key for the YouTube Data API v3 in the Google Cloud console and set VIGIL_YOUTUBE_API_KEY; nothing was fetched.");
        var api = new ListingApi
        {
            What = what,
            Request = c => YouTubeRequests.List(services.BaseAddress, t, c.Next, c.Since),
            Authorize = r => r.Headers.Add(YouTubeRequests.KeyHeader, key),
            Classify = a => YouTubeErrors.Classify(a.Status, a.Body, t),
            Parse = (body, _, now) => YouTubePageParser.Parse(body, now),
            Order = YouTubeRequests.Order,
        };
        return ListingCollector.FetchAsync(api, services, cursor, cancellationToken);
    }
}
