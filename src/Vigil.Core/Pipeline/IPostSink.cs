using Vigil.Core.Posts;

namespace Vigil.Core.Pipeline;

/// <summary>
/// Counts of one write: posts new to the store, posts whose identity was already stored (or already
/// counted), and posts minimised — counted by day, platform and language but not stored (see
/// <see cref="MinimisingSink"/>).
/// </summary>
public readonly record struct WriteCounts(int Stored, int Duplicates, int Minimised = 0)
{
    public static WriteCounts operator +(WriteCounts a, WriteCounts b) =>
        new(a.Stored + b.Stored, a.Duplicates + b.Duplicates, a.Minimised + b.Minimised);
}

/// <summary>Receives pseudonymised posts in batches; one batch is one transaction.</summary>
public interface IPostSink
{
    ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken);
}
