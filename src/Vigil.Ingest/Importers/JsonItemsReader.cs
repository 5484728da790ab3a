using System.Runtime.CompilerServices;
using System.Text.Json;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers;

/// <summary>
/// Imports the records of one array in a JSON document (e.g. <c>data.children</c> of a Reddit listing),
/// one element at a time, through a per-record mapping function.
/// </summary>
internal static class JsonItemsReader
{
    /// <param name="path">Property names from the root to the array; empty for a root array.</param>
    /// <param name="map">Maps one element to one or more posts; gets the top-level scalar fields seen before the array.</param>
    /// <param name="skipNote">Counted note for records the mapping skips on purpose; null to skip silently.</param>
    public static async IAsyncEnumerable<ReadResult> ReadAsync(
        DecodedInput input,
        ImportContext context,
        IReadOnlyList<string> path,
        Func<JsonElement, IReadOnlyDictionary<string, string>, IEnumerable<Mapped>> map,
        string? skipNote,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new JsonArrayReader(path, context.Options.MaxRecordBytes);
        await foreach (var item in reader.ReadAsync(input.Stream, cancellationToken).ConfigureAwait(false))
        {
            using (item)
            {
                if (item.Document is null)
                {
                    yield return context.Reject(item.Line, item.Error!, item.Raw);
                    continue;
                }

                foreach (var mapped in map(item.Document.RootElement, reader.Header))
                {
                    if (mapped.Post is { } post)
                    {
                        yield return ReadResult.Ok(context.Options.Source is { } source ? post with { Source = source } : post);
                    }
                    else if (mapped.Error is { } error)
                    {
                        yield return context.Reject(item.Line, $"The record on line {item.Line} cannot be read: {error}.", item.Document.RootElement.GetRawText());
                    }
                    else if (skipNote is not null)
                    {
                        context.Notes.Count(skipNote);
                    }
                }
            }
        }

        if (reader.Problem is { } problem)
        {
            yield return context.Reject(0, $"{context.File}: {problem}", null);
        }
    }
}
