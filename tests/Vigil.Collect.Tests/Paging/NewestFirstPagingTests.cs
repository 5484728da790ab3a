using Vigil.Collect.Paging;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Paging;

public sealed class NewestFirstPagingTests
{
    private static long? Id(Post p) => long.Parse(p.NativeId, System.Globalization.CultureInfo.InvariantCulture);

    private static Post[] Page(params long[] ids) => [.. ids.Select(i => Some.Post(platform: "x", nativeId: i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public void Advance_FirstPassWithMorePages_KeepsMarkUnsetAndAsksForNext()
    {
        var step = NewestFirstPaging.Advance(ListingCursor.Start, Page(30, 20), "p2", Id, mayFetchMore: true);

        Assert.Equal(2, step.Fresh.Count);
        Assert.True(step.FetchNext);
        Assert.Null(step.Cursor.Since);
        Assert.Equal(30, step.Cursor.Top);
        Assert.Equal("p2", step.Cursor.Next);
    }

    [Fact]
    public void Advance_LastPage_MovesMarkToNewestOfThePass()
    {
        var midPass = new ListingCursor(10, ["10"], 30, ["30"], "p2");

        var step = NewestFirstPaging.Advance(midPass, Page(15, 12), null, Id, mayFetchMore: true);

        Assert.False(step.FetchNext);
        Assert.Equal(30, step.Cursor.Since);
        Assert.Null(step.Cursor.Next);
        Assert.Null(step.Cursor.Top);
    }

    [Fact]
    public void Advance_PageReachingTheMark_DropsKnownPostsAndStops()
    {
        var cursor = new ListingCursor(20, ["20"], null, [], null);

        var step = NewestFirstPaging.Advance(cursor, Page(40, 30, 20, 10), "older", Id, mayFetchMore: true);

        Assert.Equal(["40", "30"], step.Fresh.Select(p => p.NativeId));
        Assert.False(step.FetchNext);
        Assert.Equal(40, step.Cursor.Since);
        Assert.Null(step.Cursor.Next);
    }

    [Fact]
    public void Advance_PinnedOldPostFirst_DoesNotEndThePass()
    {
        var cursor = new ListingCursor(20, ["20"], null, [], null);

        var step = NewestFirstPaging.Advance(cursor, Page(5, 40, 30), "older", Id, mayFetchMore: true);

        Assert.Equal(["40", "30"], step.Fresh.Select(p => p.NativeId));
        Assert.True(step.FetchNext);
    }

    [Fact]
    public void Advance_BudgetSpentOnFirstPass_EndsTheBackfillThere()
    {
        var step = NewestFirstPaging.Advance(ListingCursor.Start, Page(30, 20), "p2", Id, mayFetchMore: false);

        Assert.False(step.FetchNext);
        Assert.Equal(30, step.Cursor.Since);
        Assert.False(step.Cursor.InPass);
        Assert.True(step.BackfillCut);
    }

    [Fact]
    public void Advance_BudgetSpentOnLaterPass_KeepsItsPlaceForTheNextRun()
    {
        var cursor = new ListingCursor(5, ["5"], null, [], null);

        var step = NewestFirstPaging.Advance(cursor, Page(30, 20), "p2", Id, mayFetchMore: false);

        Assert.False(step.FetchNext);
        Assert.Equal(5, step.Cursor.Since);
        Assert.Equal("p2", step.Cursor.Next);
        Assert.Equal(30, step.Cursor.Top);
        Assert.False(step.BackfillCut);
    }

    [Fact]
    public void Advance_TimeKeysTie_PostAtTheMarkNotSeenBeforeIsFresh()
    {
        var cursor = new ListingCursor(100, ["a"], null, [], null);
        Post[] page = [Some.Post(platform: "youtube", nativeId: "b"), Some.Post(platform: "youtube", nativeId: "a")];

        var step = NewestFirstPaging.Advance(cursor, page, null, _ => 100, mayFetchMore: true);

        Assert.Equal("b", Assert.Single(step.Fresh).NativeId);
        Assert.Equal(100, step.Cursor.Since);
        Assert.Equal(["a", "b"], step.Cursor.SinceIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Advance_PostsWithoutKey_AreFreshAndDoNotMoveTheMark()
    {
        var cursor = new ListingCursor(20, ["20"], null, [], null);

        var step = NewestFirstPaging.Advance(cursor, Page(1, 2), null, _ => null, mayFetchMore: true);

        Assert.Equal(2, step.Fresh.Count);
        Assert.Equal(20, step.Cursor.Since);
    }

    [Fact]
    public void Advance_EmptyPageWithToken_GoesOn()
    {
        var cursor = new ListingCursor(20, ["20"], null, [], null);

        var step = NewestFirstPaging.Advance(cursor, [], "next", Id, mayFetchMore: true);

        Assert.True(step.FetchNext);
        Assert.Empty(step.Fresh);
    }
}
