using System.Collections.Concurrent;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Testing;

/// <summary>A sink that keeps posts in memory, idempotent on post identity like the real stores.</summary>
public sealed class InMemorySink : IPostSink
{
    private readonly ConcurrentDictionary<PostKey, StoredPost> _posts = new();

    public IReadOnlyCollection<StoredPost> Posts => _posts.Values.ToArray();

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
