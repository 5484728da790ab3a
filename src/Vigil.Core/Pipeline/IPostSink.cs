using Vigil.Core.Posts;

namespace Vigil.Core.Pipeline;

/// <summary>Counts of one write: posts new to the store, and posts whose identity was already stored.</summary>
public readonly record struct WriteCounts(int Stored, int Duplicates)
{
    public static WriteCounts operator +(WriteCounts a, WriteCounts b) => new(a.Stored + b.Stored, a.Duplicates + b.Duplicates);
}

/// <summary>Receives pseudonymised posts in batches; one batch is one transaction.</summary>
public interface IPostSink
{
    ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken);
}
