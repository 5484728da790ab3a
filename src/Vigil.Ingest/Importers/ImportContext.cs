using Vigil.Core.Pipeline;

namespace Vigil.Ingest.Importers;

/// <summary>What a format reader needs besides the bytes: the file's display name, the options, the notes.</summary>
internal sealed class ImportContext(string file, ImportOptions options, ImportNotes notes)
{
    public string File { get; } = file;
    public ImportOptions Options { get; } = options;
    public ImportNotes Notes { get; } = notes;

    public DateTimeOffset Now() => Options.Clock.GetUtcNow();

    /// <summary>A rejection of one record. <paramref name="reason"/> must not quote record content.</summary>
    public ReadResult Reject(long line, string reason, string? raw) =>
        ReadResult.Rejected(new Rejection(File, line, reason, Truncate(raw, Options.MaxRawChars)));

    public static string? Truncate(string? raw, int max) =>
        raw is null || raw.Length <= max ? raw : raw[..max] + "…";
}
