namespace Vigil.Ingest.Importers;

/// <summary>
/// How to read an input file. Everything is optional: the format and encoding are detected from the
/// bytes, and the defaults cap memory per record.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>Clock for <c>Post.CollectedAt</c>; tests pass a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Force a format instead of detecting it.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>
    /// Force a text encoding by name or code page (e.g. <c>windows-1256</c>, <c>1251</c>, <c>utf-16</c>).
    /// When null, a byte-order mark decides, else UTF-8, else a heuristic choice between Windows-1256
    /// (Arabic) and Windows-1251 (Cyrillic).
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Platform for records that do not name one (JSONL, CSV); defaults per format.</summary>
    public string? Platform { get; init; }

    /// <summary>Source (channel, page, feed) for records that do not name one.</summary>
    public string? Source { get; init; }

    /// <summary>Column mapping for CSV; null means "use a preset or guess from the header".</summary>
    public Csv.CsvMapping? CsvMapping { get; init; }

    /// <summary>
    /// Largest single record (line, JSON element, CSV row) read into memory; larger ones are skipped
    /// without being buffered and rejected. Default 1 MiB.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 1 << 20;

    /// <summary>
    /// Largest document read whole because it is one unit by nature: a saved Telegram web page, one X API
    /// response page. Default 32 MiB.
    /// </summary>
    public int MaxPageBytes { get; init; } = 32 << 20;

    /// <summary>How much of a rejected record's raw text is kept for the quarantine file.</summary>
    public int MaxRawChars { get; init; } = 4096;
}
