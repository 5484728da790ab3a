using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Collect.Http;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.Mastodon;

namespace Vigil.Collect.Mastodon;

/// <summary>
/// Mastodon and compatible fediverse servers through the public REST API: a hashtag timeline
/// (<c>mastodon:instance/tags/name</c>) or an account's public statuses (<c>mastodon:instance/@user</c>).
/// Parsing is the importer's <see cref="MastodonPageParser"/>. No token is needed on most servers; one in
/// <c>VIGIL_MASTODON_TOKEN</c> is sent as a Bearer token for servers that require sign-in for timelines.
/// </summary>
/// <remarks>
/// The cursor is the newest status id stored. Later runs page <b>forwards</b> from it with <c>min_id</c>, so
/// nothing published between runs is skipped even when there are more than <see cref="CollectSettings.MaxPages"/>
/// pages (the rest comes next run); the first run reads the newest pages backwards with <c>max_id</c> and
/// yields them oldest first.
/// </remarks>
public sealed partial class MastodonConnector(ConnectorServices services) : IConnector
{
    /// <summary>Statuses per request (the API's maximum for these timelines).</summary>
    public const int Limit = 40;

    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "mastodon",
        "instance/tags/hashtag or instance/@account, e.g. mastodon:mastodon.social/tags/migration",
        Validate,
        s => new MastodonConnector(s),
        DefaultBaseAddress: null,
        RequestsPerMinute: 60);

    /// <summary>Accepts <c>host/tags/name</c>, <c>host/@user</c> or <c>host/@user@other.host</c>; returns it lower-cased.</summary>
    public static TargetCheck Validate(string target)
    {
        var m = TargetForm().Match(target.Trim().TrimEnd('/'));
        if (!m.Success || System.Net.IPAddress.TryParse(m.Groups["host"].Value, out _))
        {
            return TargetCheck.Fail($"'{target}' is not a Mastodon source: write instance/tags/hashtag or instance/@account, e.g. mastodon:mastodon.social/tags/migration.");
        }

        return TargetCheck.Ok(target.Trim().TrimEnd('/').ToLowerInvariant());
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var m = TargetForm().Match(target);
        var what = $"mastodon:{target}";
        var root = services.BaseAddress == CollectHttp.NoBaseAddress ? new Uri($"https://{m.Groups["host"].Value}/") : services.BaseAddress;
        var timeline = m.Groups["tag"].Success
            ? $"api/v1/timelines/tag/{Uri.EscapeDataString(m.Groups["tag"].Value)}?limit={Limit}"
            : $"api/v1/accounts/{await AccountIdAsync(root, m.Groups["acct"].Value, what, cancellationToken).ConfigureAwait(false)}/statuses?limit={Limit}";
        var maxPages = Math.Max(1, services.Settings.MaxPages);

        if (cursor is { Length: > 0 })
        {
            // Forwards from the cursor: each page holds the statuses right after min_id (newest first).
            var minId = cursor;
            for (var i = 0; i < maxPages; i++)
            {
                var page = await PageAsync(root, $"{timeline}&min_id={minId}", what, cancellationToken).ConfigureAwait(false);
                var fresh = page.Posts.Where(p => Newer(p.NativeId, minId)).ToList();
                if (fresh.Count == 0)
                {
                    yield break;
                }

                minId = fresh.Select(p => p.NativeId).Aggregate((a, b) => Newer(a, b) ? a : b);
                yield return new CollectedPage(fresh, page.Problems, minId,
                    i == maxPages - 1 ? $"stopped after {maxPages} pages; the rest comes on the next run" : null);
            }

            yield break;
        }

        // First run: the newest pages, backwards with max_id, then oldest first.
        var newestFirst = new List<CollectedPage>();
        string? maxId = null;
        var complete = false;
        for (var i = 0; i < maxPages; i++)
        {
            var page = await PageAsync(root, maxId is null ? timeline : $"{timeline}&max_id={maxId}", what, cancellationToken).ConfigureAwait(false);
            if (page.Posts.Count == 0)
            {
                complete = true;
                break;
            }

            var newest = page.Posts.Select(p => p.NativeId).Aggregate((a, b) => Newer(a, b) ? a : b);
            newestFirst.Add(new CollectedPage(page.Posts, page.Problems, newest));
            maxId = page.NextCursor;
        }

        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            yield return i == newestFirst.Count - 1 && !complete
                ? newestFirst[i] with { Note = $"first run: the newest {maxPages} pages were collected, older history was not (raise VIGIL_COLLECT_MAX_PAGES for a deeper backfill)" }
                : newestFirst[i];
        }
    }

    private async Task<Ingest.Importers.PostPage> PageAsync(Uri root, string relative, string what, CancellationToken cancellationToken)
    {
        var json = await HttpFetch.GetStringAsync(services.Http, new Uri(root, relative), what, cancellationToken, Authorize).ConfigureAwait(false);
        var page = MastodonPageParser.Parse(json, services.Clock.GetUtcNow());
        if (page.Posts.Count == 0 && page.Problems.Any(p => p.Index < 0))
        {
            throw new SourceFailedException($"{what}: the server's answer cannot be read ({page.Problems.First(p => p.Index < 0).Reason}). Is it a Mastodon-compatible server?");
        }

        return page;
    }

    private async Task<string> AccountIdAsync(Uri root, string acct, string what, CancellationToken cancellationToken)
    {
        var json = await HttpFetch.GetStringAsync(services.Http, new Uri(root, $"api/v1/accounts/lookup?acct={Uri.EscapeDataString(acct)}"), what, cancellationToken, Authorize).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } value && value.All(char.IsAsciiDigit)
                ? value
                : throw new SourceFailedException($"{what}: the server did not return the account's id.");
        }
        catch (JsonException e)
        {
            throw new SourceFailedException($"{what}: the account lookup's answer is not JSON.", e);
        }
    }

    private void Authorize(HttpRequestMessage request)
    {
        if (services.Settings.Secret("MASTODON_TOKEN") is { } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Status ids are decimal numbers as strings (64-bit snowflakes): longer is newer, then ordinal.</summary>
    private static bool Newer(string a, string b) =>
        a.Length != b.Length ? a.Length > b.Length : string.CompareOrdinal(a, b) > 0;

    [GeneratedRegex(@"^(?<host>[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+)/(?:tags/(?<tag>[\p{L}\p{N}_]{1,100})|@(?<acct>[a-z0-9_]{1,30}(@[a-z0-9.-]{3,253})?))$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetForm();
}
