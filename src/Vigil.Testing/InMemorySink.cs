using System.Collections.Concurrent;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Testing;

/// <summary>A sink that keeps posts (and counts minimised ones) in memory, idempotent on post identity like the real stores.</summary>
public sealed class InMemorySink : IPostSink, IMinimisedCounter
{
    private readonly ConcurrentDictionary<PostKey, StoredPost> _posts = new();
    private readonly ConcurrentDictionary<PostKey, MinimisedPost> _minimised = new();

    public IReadOnlyCollection<StoredPost> Posts => _posts.Values.ToArray();

    public IReadOnlyCollection<MinimisedPost> Minimised => _minimised.Values.ToArray();

    public ValueTask<int> CountMinimisedAsync(IReadOnlyList<MinimisedPost> posts, CancellationToken cancellationToken) =>
        ValueTask.FromResult(posts.Count(p => _minimised.TryAdd(p.Key, p)));

    public ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken)
    {
        var counts = new WriteCounts();
        foreach (var post in batch)
        {
            counts += _posts.TryAdd(post.Key, post) ? new WriteCounts(1, 0) : new WriteCounts(0, 1);
        }

        return ValueTask.FromResult(counts);
    }
}
