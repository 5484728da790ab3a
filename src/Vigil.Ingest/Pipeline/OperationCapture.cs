using Vigil.Analysis.Protection;
using Vigil.Core.Operations;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Pipeline;

/// <summary>The operation a run collects in is no longer active (its period ended, or it was closed): the run stops; what it stored stays.</summary>
public sealed class OperationEndedException(string message) : Exception(message);

/// <summary>
/// Operational mode for one run: posts whose category <see cref="OperationalPolicy.KeepsClear"/> have
/// their clear identifiers written to the operation's vault. Every other post — <c>migrant_request</c>
/// above all — yields nothing here. The main store's posts are the same as in strategic mode.
/// </summary>
/// <remarks>Thread-safe: <see cref="Capture"/> is pure; <see cref="Kept"/> is counted atomically.</remarks>
public sealed class OperationCapture(Operation operation, PostProtector protector, IClearRecordSink vault)
{
    private long _kept;

    public Operation Operation => operation;

    /// <summary>Clear records written to the vault so far.</summary>
    public long Kept => Interlocked.Read(ref _kept);

    /// <summary>The clear record of <paramref name="post"/> when the operation keeps it, else null.</summary>
    public ClearRecord? Capture(Post post, StoredPost stored) =>
        stored.Analysis is { } analysis && OperationalPolicy.KeepsClear(analysis.Category) ? protector.Reveal(post, stored) : null;

    internal async ValueTask WriteAsync(IReadOnlyList<ClearRecord> batch, CancellationToken cancellationToken)
    {
        await vault.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _kept, batch.Count);
    }
}
