namespace Vigil.Core.Pipeline;

/// <summary>A stream of posts from a file or connector. Streams: never loads a whole file.</summary>
public interface IPostSource
{
    /// <summary>A name for messages and summaries, e.g. the file path or "telegram:channel".</summary>
    string Name { get; }

    IAsyncEnumerable<ReadResult> ReadAsync(CancellationToken cancellationToken);
}
