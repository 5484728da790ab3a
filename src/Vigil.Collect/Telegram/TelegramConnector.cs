using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Collect.Http;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.TelegramWeb;

namespace Vigil.Collect.Telegram;

/// <summary>
/// Telegram public channels through their web preview, <c>https://t.me/s/&lt;channel&gt;</c>: no account,
/// no API key, only what Telegram shows anyone without logging in. Pages go backwards with
/// <c>?before=&lt;id&gt;</c>; the cursor is the newest message id stored. Parsing is the importer's
/// <see cref="TelegramWebPageParser"/>, the same code that reads saved pages.
/// </summary>
/// <remarks>
/// The preview shows the newest messages first, so a run reads pages backwards until it reaches the cursor
/// (or <see cref="CollectSettings.MaxPages"/>), then yields them oldest first, each with the newest id it
/// holds as its cursor. Private channels and groups have no preview and are out of scope.
/// </remarks>
public sealed partial class TelegramConnector(ConnectorServices services) : IConnector
{
    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "telegram",
        "a public channel's user name, e.g. telegram:some_channel (the part after t.me/)",
        Validate,
        s => new TelegramConnector(s),
        new Uri("https://t.me/"),
        RequestsPerMinute: 20);

    /// <summary>Accepts <c>name</c>, <c>@name</c>, <c>t.me/name</c> or <c>https://t.me/s/name</c>; returns the lower-case name.</summary>
    public static TargetCheck Validate(string target)
    {
        var name = ChannelUrl().Replace(target.Trim(), "").TrimStart('@').TrimEnd('/');
        return ChannelName().IsMatch(name)
            ? TargetCheck.Ok(name.ToLowerInvariant())
            : TargetCheck.Fail($"'{target}' is not a Telegram channel name: use the public user name (5–32 letters, digits or underscores), e.g. telegram:some_channel.");
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : (long?)null;
        var what = $"telegram:{target}";
        var newestFirst = new List<CollectedPage>();
        string? before = null;
        var complete = false;
        for (var i = 0; i < Math.Max(1, services.Settings.MaxPages); i++)
        {
            var url = new Uri(services.BaseAddress, before is null ? $"s/{target}" : $"s/{target}?before={before}");
            var html = await HttpFetch.GetStringAsync(services.Http, url, what, cancellationToken).ConfigureAwait(false);
            var page = TelegramWebPageParser.Parse(html, services.Clock.GetUtcNow());
            if (page.Posts.Count == 0 && page.Problems.Any(p => p.Index < 0))
            {
                throw new SourceFailedException(
                    $"{what}: the answer is not a public channel preview. The channel may not exist, be private (out of scope), or Telegram changed its page; check https://t.me/s/{target} in a browser.");
            }

            var fresh = page.Posts.Where(p => since is null || MessageId(p) > since).ToList();
            if (fresh.Count > 0)
            {
                var newest = fresh.Max(MessageId);
                newestFirst.Add(new CollectedPage(fresh, page.Problems, newest.ToString(CultureInfo.InvariantCulture)));
            }

            var older = long.TryParse(page.NextCursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : (long?)null;
            var reachedCursor = since is not null && (page.Posts.Any(p => MessageId(p) <= since) || older <= since + 1);
            var stuck = before is not null && older >= long.Parse(before, CultureInfo.InvariantCulture);
            if (reachedCursor || older is null || page.Posts.Count == 0 || stuck)
            {
                complete = true;
                break;
            }

            before = older.Value.ToString(CultureInfo.InvariantCulture);
        }

        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var page = newestFirst[i];
            yield return i == newestFirst.Count - 1 && !complete
                ? page with
                {
                    Note = since is null
                        ? $"first run: the newest {services.Settings.MaxPages} pages were collected, older history was not (raise VIGIL_COLLECT_MAX_PAGES for a deeper backfill)"
                        : $"more than {services.Settings.MaxPages} pages were published since the last run: posts older than message {MessageId(page.Posts[0])} and newer than {since} were not collected (run more often or raise VIGIL_COLLECT_MAX_PAGES)",
                }
                : page;
        }
    }

    /// <summary>The message number of a post whose native id is <c>channel/123</c>.</summary>
    private static long MessageId(Post post)
    {
        var slash = post.NativeId.LastIndexOf('/');
        return long.TryParse(post.NativeId.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?", RegexOptions.IgnoreCase)]
    private static partial Regex ChannelUrl();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{3,31}$")]
    private static partial Regex ChannelName();
}
