using Vigil.Core.Collection;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers;

namespace Vigil.Collect;

/// <summary>
/// A connector: fetches what a public source published since a cursor. One method; everything else
/// (analysis, pseudonymisation, storing, the cursor's transaction, retries, the SSRF guard, reporting)
/// is done around it by <see cref="Collector"/> and the HTTP client it is given.
/// </summary>
/// <remarks>
/// <para>The contract, which is what makes collection exactly-once:</para>
/// <list type="number">
/// <item>Yield pages in the order they must be committed: <b>oldest first</b>. Each page's
/// <see cref="CollectedPage.Cursor"/> must be true once that page and every page yielded before it are
/// stored (typically the newest id in the page). A connector that reads newest first (most APIs) buffers
/// the pages back to the cursor and yields them reversed.</item>
/// <item>Yield only posts newer than the cursor where the platform allows telling (the store
/// is idempotent on post identity anyway, so an overlap costs a duplicate count, never a duplicate row).</item>
/// <item>Fetch only URLs the connector builds itself from its base address and the validated target.</item>
/// <item>An expected failure of the source (gone, private, rate limited, malformed beyond use) is a
/// <see cref="SourceFailedException"/> with a sentence saying what happened and what to do; a record that
/// cannot be read is a <see cref="PageProblem"/> in its page, and the run goes on.</item>
/// <item>Never put credentials in URLs that end up in messages; read them from <see cref="ConnectorServices.Settings"/>.</item>
/// </list>
/// Implementations are created per run and need not be thread-safe.
/// </remarks>
public interface IConnector
{
    /// <param name="target">The watch's target, already validated by the connector's <see cref="ConnectorDescriptor.Validate"/>.</param>
    /// <param name="cursor">What the last committed page said, or null on the first run.</param>
    /// <param name="cancellationToken">Stops fetching; what was committed stays committed.</param>
    IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, CancellationToken cancellationToken);
}

/// <summary>
/// One page a connector fetched: the posts (clear, in memory only until the pipeline protects them), the
/// records that could not be read, and the cursor to store with them. <see cref="Note"/> is an optional
/// sentence for the run's summary (e.g. "backlog larger than 10 pages: older posts were not fetched").
/// </summary>
public sealed record CollectedPage(IReadOnlyList<Post> Posts, IReadOnlyList<PageProblem> Problems, string Cursor, string? Note = null);

/// <summary>
/// An expected failure of one source: it is gone, private, rate limited, or answered with something that
/// cannot be read. The message is a sentence for the person running Vigil; it must not contain secrets.
/// The collector reports it for that watch and goes on with the others.
/// </summary>
public sealed class SourceFailedException(string message, Exception? inner = null) : Exception(message, inner);
