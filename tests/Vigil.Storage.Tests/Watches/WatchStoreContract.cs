using Vigil.Core.Collection;
using Vigil.Storage.Watches;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Watches;

/// <summary>
/// The watch list and the cursor-with-posts transaction, run against each real database. Watch ids are
/// unique per test, because the PostgreSQL database is shared by a test class.
/// </summary>
public abstract class WatchStoreContract : IAsyncLifetime
{
    private IPostStore? _store;

    protected IPostStore PostStore => _store ?? throw new InvalidOperationException("store not opened");

    protected IWatchStore Store => (IWatchStore)PostStore;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _channel = "chan_" + Guid.NewGuid().ToString("N")[..8];

    protected abstract Task<IPostStore> OpenFreshAsync();

    protected abstract ValueTask DestroyAsync(IPostStore store);

    public async ValueTask InitializeAsync() => _store = await OpenFreshAsync();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DestroyAsync(_store);
        }

        GC.SuppressFinalize(this);
    }

    private Watch Watch => new("telegram", _channel, TimeSpan.FromMinutes(15));

    private async Task<WatchState?> StateAsync() => (await Store.ListWatchesAsync(Ct)).SingleOrDefault(w => w.Watch.Id == Watch.Id);

    [Fact]
    public async Task AddWatch_New_IsListedWithoutCursor()
    {
        Assert.True(await Store.AddWatchAsync(Watch, Some.Instant, Ct));

        var state = await StateAsync();
        Assert.NotNull(state);
        Assert.Equal(Watch, state.Watch);
        Assert.Null(state.Cursor);
        Assert.Null(state.LastRunAt);
    }

    [Fact]
    public async Task AddWatch_Again_UpdatesIntervalAndKeepsTheCursor()
    {
        await Store.AddWatchAsync(Watch, Some.Instant, Ct);
        await Store.WriteAsync([], new WatchCursor(Watch.Id, "42", Some.Instant), Ct);

        var isNew = await Store.AddWatchAsync(Watch with { Interval = TimeSpan.FromHours(1), Enabled = false }, Some.Instant.AddDays(1), Ct);

        Assert.False(isNew);
        var state = await StateAsync();
        Assert.Equal(TimeSpan.FromHours(1), state!.Watch.Interval);
        Assert.False(state.Watch.Enabled);
        Assert.Equal("42", state.Cursor);
    }

    [Fact]
    public async Task WriteWithCursor_StoresPostsAndMovesTheCursorTogether()
    {
        await Store.AddWatchAsync(Watch, Some.Instant, Ct);

        var counts = await Store.WriteAsync([Posts.Stored("first", $"{_channel}/1"), Posts.Stored("second", $"{_channel}/2")], new WatchCursor(Watch.Id, "2", Some.Instant.AddMinutes(5)), Ct);

        Assert.Equal(2, counts.Stored);
        var state = await StateAsync();
        Assert.Equal("2", state!.Cursor);
        Assert.Equal(Some.Instant.AddMinutes(5), state.CursorAt);
        Assert.Equal(2, await PostStore.CountAsync(Ct));
    }

    [Fact]
    public async Task WriteWithCursor_BatchFails_NeitherPostsNorCursorChange()
    {
        await Store.AddWatchAsync(Watch, Some.Instant, Ct);
        await Store.WriteAsync([Posts.Stored("first", $"{_channel}/1")], new WatchCursor(Watch.Id, "1", Some.Instant), Ct);
        var broken = Posts.Stored("second", $"{_channel}/2") with { Text = null! }; // violates NOT NULL inside the transaction

        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await Store.WriteAsync([Posts.Stored("third", $"{_channel}/3"), broken], new WatchCursor(Watch.Id, "3", Some.Instant), Ct));

        Assert.Equal("1", (await StateAsync())!.Cursor);
        Assert.Equal(1, await PostStore.CountAsync(Ct));
    }

    [Fact]
    public async Task WriteWithCursor_RemovedWatch_StoresThePostsAndDropsTheCursor()
    {
        var counts = await Store.WriteAsync([Posts.Stored("orphan", $"{_channel}/9")], new WatchCursor(Watch.Id, "9", Some.Instant), Ct);

        Assert.Equal(1, counts.Stored);
        Assert.Null(await StateAsync());
    }

    [Fact]
    public async Task RecordRun_ThenRemove()
    {
        await Store.AddWatchAsync(Watch, Some.Instant, Ct);

        await Store.RecordRunAsync(Watch.Id, Some.Instant.AddHours(2), "3 new, 0 duplicate, 0 rejected", Ct);
        var state = await StateAsync();
        var removed = await Store.RemoveWatchAsync(Watch.Id, Ct);
        var removedAgain = await Store.RemoveWatchAsync(Watch.Id, Ct);

        Assert.Equal(Some.Instant.AddHours(2), state!.LastRunAt);
        Assert.Equal("3 new, 0 duplicate, 0 rejected", state.LastOutcome);
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Null(await StateAsync());
    }
}
