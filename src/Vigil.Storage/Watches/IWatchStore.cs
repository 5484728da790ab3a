using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Storage.Watches;

/// <summary>
/// The watch list and the collection cursors, kept in the post store itself so that a cursor can move
/// in the same transaction as the posts it covers. Implemented by both stores.
/// </summary>
/// <remarks>
/// The exactly-once guarantee of collection rests on <see cref="WriteAsync(IReadOnlyList{StoredPost}, WatchCursor, CancellationToken)"/>:
/// posts and cursor commit together or not at all, so a kill at any moment leaves either the old cursor
/// and none of the page's posts, or the new cursor and all of them. Thread-safe.
/// </remarks>
public interface IWatchStore : IPostSink
{
    /// <summary>Adds a watch, or updates the interval and switch of the watch with the same id (keeping its cursor).</summary>
    /// <returns>True when the watch is new.</returns>
    Task<bool> AddWatchAsync(Watch watch, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes a watch and its cursor; the posts it collected stay.</summary>
    /// <returns>False when there was no such watch.</returns>
    Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every watch with its state, by id.</summary>
    Task<IReadOnlyList<WatchState>> ListWatchesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a batch of posts and moves the watch's cursor in one transaction (the batch may be empty:
    /// then only the cursor moves). Idempotent on post identity like <see cref="IPostSink.WriteAsync"/>.
    /// A cursor for a watch that was removed meanwhile is dropped; the posts are still stored.
    /// </summary>
    ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, WatchCursor cursor, CancellationToken cancellationToken);

    /// <summary>Records when a watch last ran and a one-line outcome (counts or the failure), for <c>vigil watch list</c>.</summary>
    Task RecordRunAsync(string id, DateTimeOffset at, string outcome, CancellationToken cancellationToken);
}
