using System.Runtime.CompilerServices;
using Vigil.Collect.Http;

namespace Vigil.Collect.Paging;

/// <summary>
/// Runs one watch over a newest-first listing API (Reddit, YouTube, X, VK): fetches from the newest page
/// (or where the last run's pass stopped) back to what the last pass collected, at most
/// <see cref="CollectSettings.MaxPages"/> pages, and yields each page with the <see cref="ListingCursor"/>
/// that is true once it is stored. Pages come newest first: the cursor keeps the pass's place and only
/// moves its high-water mark when the pass is finished, so committing page by page is exactly-once.
/// </summary>
internal static class ListingCollector
{
    public static async IAsyncEnumerable<CollectedPage> FetchAsync(
        ListingApi api, ConnectorServices services, string? storedCursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = ListingCursor.Parse(storedCursor);
        string? note = null;
        if (cursor is null)
        {
            cursor = ListingCursor.Start;
            note = "the stored cursor could not be read, so this watch started again from the newest posts (those already stored count as duplicates)";
        }

        var maxPages = Math.Max(1, services.Settings.MaxPages);
        for (var pages = 1; ; pages++)
        {
            var answer = await HttpFetch.SendAsync(services.Http, api.Request(cursor), api.What, cancellationToken, api.Authorize).ConfigureAwait(false);
            if (api.Classify(answer) is { } failure)
            {
                throw new SourceFailedException($"{api.What}: {failure.Message}");
            }

            var page = api.Parse(answer.Body, cursor, services.Clock.GetUtcNow());
            if (page.Posts.Count == 0 && page.Problems.FirstOrDefault(p => p.Index < 0) is { } unreadable)
            {
                throw new SourceFailedException($"{api.What}: the answer could not be read ({unreadable.Reason}); nothing of it was stored and the watch is tried again on the next run.");
            }

            var rate = api.Rate?.Invoke(answer.Headers, services.Clock.GetUtcNow());
            var step = NewestFirstPaging.Advance(cursor, page.Posts, page.NextCursor, api.Order, pages < maxPages && rate is not { Exhausted: true });
            note ??= Note(step, rate, maxPages);
            yield return new CollectedPage(step.Fresh, page.Problems, step.Cursor.Format(), note);
            note = null;
            if (!step.FetchNext)
            {
                yield break;
            }

            cursor = step.Cursor;
        }
    }

    /// <summary>A sentence for the summary when a run stops before it has read everything new.</summary>
    private static string? Note(ListingStep step, RateWindow? rate, int maxPages)
    {
        var why = rate is { Exhausted: true } r
            ? $"the platform's rate window is used up{(r.ResetAt is { } at ? $" until {at:u}" : "")}"
            : $"the run's limit of {maxPages} pages (VIGIL_COLLECT_MAX_PAGES) is reached";
        if (step.BackfillCut)
        {
            return $"first run: {why}, so older posts were not collected (raise VIGIL_COLLECT_MAX_PAGES for a deeper backfill)";
        }

        return !step.FetchNext && step.Cursor.InPass ? $"{why}; the rest of the new posts is collected on the next run, nothing is skipped" : null;
    }
}
