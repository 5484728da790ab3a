using System.Collections.Concurrent;

namespace Vigil.Ingest.Importers;

/// <summary>
/// Things worth telling the person importing that are not rejections: the encoding guessed, NUL bytes
/// stripped, service messages skipped. Notes never contain record content, so they are safe to print.
/// </summary>
public sealed class ImportNotes
{
    private readonly ConcurrentQueue<string> _notes = new();
    private readonly ConcurrentDictionary<string, long> _counts = new();

    /// <summary>Notes in the order they were added, with counted notes summed up at the end.</summary>
    public IReadOnlyList<string> All =>
        [.. _notes, .. _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, c.Key, c.Value))];

    public void Add(string note) => _notes.Enqueue(note);

    /// <summary>Counts an occurrence under a composite format with one placeholder for the count.</summary>
    public void Count(string format, long by = 1) => _counts.AddOrUpdate(format, by, (_, n) => n + by);

    /// <summary>The current count for a counted note, 0 if never counted.</summary>
    public long CountOf(string format) => _counts.GetValueOrDefault(format);
}

/// <summary>A source that collects <see cref="ImportNotes"/> while it is read.</summary>
public interface IHasImportNotes
{
    ImportNotes Notes { get; }
}
