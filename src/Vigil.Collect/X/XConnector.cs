using Vigil.Collect.Http;
using Vigil.Collect.Paging;
using Vigil.Ingest.Importers.X;

namespace Vigil.Collect.X;

/// <summary>
/// X API v2 recent search (the last 7 days), newest first, paging with <c>next_token</c>, later passes
/// with <c>since_id</c>. Needs an app's bearer token, <c>VIGIL_X_BEARER_TOKEN</c>; without one the watch
/// fails at once with a sentence saying so and nothing is fetched. The <c>x-rate-limit-*</c> headers end a
/// run's paging early when the 15-minute window is used up. Parsing is the importer's <see cref="XSearchPageParser"/>.
/// </summary>
public sealed class XConnector(ConnectorServices services) : IConnector
{
    /// <summary>The name of the secret, read from <c>VIGIL_X_BEARER_TOKEN</c>.</summary>
    public const string TokenSecret = "X_BEARER_TOKEN";

    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "x",
        "a recent-search query in X's syntax, e.g. x:\"safe trip\" lang:ar -is:retweet (needs VIGIL_X_BEARER_TOKEN)",
        Validate,
        s => new XConnector(s),
        new Uri("https://api.x.com/"),
        RequestsPerMinute: 4);

    public static TargetCheck Validate(string target) => XTarget.Parse(target, out var problem) is { } t
        ? TargetCheck.Ok(t.ToString())
        : TargetCheck.Fail($"'{target}' is not an X watch: {problem}.");

    /// <inheritdoc />
    public IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, CancellationToken cancellationToken)
    {
        var what = $"x:{target}";
        var t = XTarget.Parse(target, out var problem) ?? throw new SourceFailedException($"{what}: {problem}.");
        var token = services.Settings.Secret(TokenSecret) ?? throw new SourceFailedException(
            $"{what}: the X connector needs a bearer token and this installation has none. Create an app in the X developer portal (a plan that includes recent search) and set VIGIL_X_BEARER_TOKEN; nothing was fetched.");
        var api = new ListingApi
        {
            What = what,
            Request = c => XRequests.Search(services.BaseAddress, t, c.Next, XRequests.UsableSinceId(c.Since, services.Clock.GetUtcNow())),
            Authorize = r => r.Headers.Authorization = new("Bearer", token),
            Classify = a => XErrors.Classify(a.Status, a.Body, a.Headers, services.Clock.GetUtcNow()),
            Parse = (body, _, now) => XSearchPageParser.Parse(body, now),
            Order = XRequests.Order,
            Rate = (headers, _) => RateWindow.FromX(headers),
        };
        return ListingCollector.FetchAsync(api, services, cursor, cancellationToken);
    }
}
