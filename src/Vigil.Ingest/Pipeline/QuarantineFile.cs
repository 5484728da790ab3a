using System.Text;
using System.Text.Json;
using Vigil.Core.Pipeline;

namespace Vigil.Ingest.Pipeline;

/// <summary>
/// Writes rejected records to a JSON Lines file (<c>{"file","line","reason","raw"}</c> per line), created
/// on the first rejection only and with owner-only permissions: the raw record still holds whatever clear
/// identifiers it had, so the quarantine is personal data to be reviewed and deleted, never shared.
/// Pass <paramref name="redact"/> (e.g. the protector's) to pseudonymise identifiers in raw records and
/// reasons before they are written. Thread-safe.
/// </summary>
public sealed class QuarantineFile(string path, Func<string, string>? redact = null) : IRejectionSink, IAsyncDisposable
{
    private const int MaxRaw = 4096;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<string, string> _redact = redact ?? (static s => s);
    private StreamWriter? _writer;
    private long _count;

    /// <summary>Where rejections go; the file exists only once <see cref="Count"/> is above zero.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public long Count => Interlocked.Read(ref _count);

    public async ValueTask WriteAsync(Rejection rejection, CancellationToken cancellationToken)
    {
        var raw = rejection.Raw is { Length: > MaxRaw } long_ ? long_[..MaxRaw] : rejection.Raw;
        var line = JsonSerializer.Serialize(new Line(
            rejection.File,
            rejection.Line,
            _redact(rejection.Reason),
            raw is null ? null : _redact(raw)));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _writer ??= Open();
            await _writer.WriteLineAsync(line).ConfigureAwait(false);
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private StreamWriter Open()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new StreamWriter(new FileStream(Path, options), new UTF8Encoding(false));
    }

    private sealed record Line(
        [property: System.Text.Json.Serialization.JsonPropertyName("file")] string File,
        [property: System.Text.Json.Serialization.JsonPropertyName("line")] long LineNumber,
        [property: System.Text.Json.Serialization.JsonPropertyName("reason")] string Reason,
        [property: System.Text.Json.Serialization.JsonPropertyName("raw")] string? Raw);
}
