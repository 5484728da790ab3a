using Vigil.Core.Posts;

namespace Vigil.Collect.Paging;

/// <summary>What to do after one page of a newest-first listing: the posts not collected before, the
/// cursor to store with them, whether to fetch <see cref="ListingCursor.Next"/> now, and whether a first
/// pass was ended by the page budget with older pages left unread (<see cref="BackfillCut"/>).</summary>
public sealed record ListingStep(IReadOnlyList<Post> Fresh, ListingCursor Cursor, bool FetchNext, bool BackfillCut = false);

/// <summary>
/// Incremental collection over listings that return the newest posts first and page towards older ones
/// (Reddit <c>new</c>, YouTube <c>order=date</c>/<c>order=time</c>, X recent search, VK <c>wall.get</c>).
/// Each post has an order key (an id that grows with time, or a Unix time); a pass walks back from the
/// newest page until it reaches the high-water mark of the previous pass, then moves the mark.
/// Pure: no I/O, no clock.
/// </summary>
public static class NewestFirstPaging
{
    /// <summary>
    /// Takes one fetched page. <paramref name="mayFetchMore"/> is false when the run's page budget (or the
    /// platform's rate limit) says stop: a first pass then ends there (the initial backfill is bounded and
    /// older posts are not collected), while a later pass keeps its place so the next run closes the gap.
    /// Posts without an order key are always taken as fresh (the store's idempotence absorbs repeats).
    /// The last post of a page decides whether the mark was reached, so a pinned old post at the top of a
    /// page (VK) does not end the pass early; a post tied with the mark ends it only if the last pass saw it.
    /// </summary>
    public static ListingStep Advance(
        ListingCursor cursor, IReadOnlyList<Post> posts, string? nextPage, Func<Post, long?> order, bool mayFetchMore)
    {
        var fresh = posts.Where(p => IsFresh(cursor, p, order)).ToList();
        var (top, topIds) = (cursor.Top, cursor.TopIds);
        foreach (var post in posts)
        {
            if (order(post) is { } key)
            {
                (top, topIds) = Raise(top, topIds, key, post.NativeId);
            }
        }

        var reachedMark = posts.Count > 0 && IsKnown(cursor, posts[^1], order);
        var more = nextPage is not null && !reachedMark;
        if (more && (mayFetchMore || cursor.Since is not null))
        {
            return new(fresh, cursor with { Top = top, TopIds = topIds, Next = nextPage }, mayFetchMore);
        }

        var (mark, markIds) = top is { } t ? Raise(cursor.Since, cursor.SinceIds, t, topIds) : (cursor.Since, cursor.SinceIds);
        return new(fresh, new ListingCursor(mark, markIds, null, [], null), false, BackfillCut: more);
    }

    /// <summary>Older than the mark, or a post at the mark that the last pass saw: what follows is known.
    /// A post tied with the mark but not seen is newer than the ones seen, so paging goes on past it.</summary>
    private static bool IsKnown(ListingCursor cursor, Post post, Func<Post, long?> order) =>
        cursor.Since is { } since && order(post) is { } key
        && (key < since || (key == since && cursor.SinceIds.Contains(post.NativeId, StringComparer.Ordinal)));

    private static bool IsFresh(ListingCursor cursor, Post post, Func<Post, long?> order) =>
        cursor.Since is not { } since || order(post) is not { } key || key > since
        || (key == since && !cursor.SinceIds.Contains(post.NativeId, StringComparer.Ordinal));

    private static (long?, IReadOnlyList<string>) Raise(long? mark, IReadOnlyList<string> ids, long key, string id) =>
        Raise(mark, ids, key, [id]);

    private static (long?, IReadOnlyList<string>) Raise(long? mark, IReadOnlyList<string> ids, long key, IReadOnlyList<string> keyIds) =>
        mark switch
        {
            null => (key, keyIds),
            { } m when key > m => (key, keyIds),
            { } m when key == m => (m, [.. ids.Union(keyIds, StringComparer.Ordinal)]),
            _ => (mark, ids),
        };
}
