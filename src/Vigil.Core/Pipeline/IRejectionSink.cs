namespace Vigil.Core.Pipeline;

/// <summary>
/// Receives records that could not be read or stored (a quarantine file, typically), so that one bad
/// record is set aside with its reason and the run goes on.
/// </summary>
public interface IRejectionSink
{
    ValueTask WriteAsync(Rejection rejection, CancellationToken cancellationToken);
}
