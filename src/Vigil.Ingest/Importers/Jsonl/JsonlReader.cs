using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers.Jsonl;

/// <summary>
/// Reads JSON Lines: one record per line, each parsed on its own, so a broken line costs only itself.
/// A line in another encoding inside an otherwise UTF-8 file is read with the guessed code page.
/// </summary>
internal static class JsonlReader
{
    public const string LegacyLineNote = "{0} line(s) were not valid UTF-8 and were read with a legacy code page (windows-1256/1251/1252 by guess); pass --encoding to choose one.";

    /// <summary>Yields each non-blank line as a parsed JSON document, or the rejection of the line.</summary>
    public static async IAsyncEnumerable<(long Line, JsonDocument? Document, ReadResult? Rejection)> ReadDocumentsAsync(
        DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in LineReader.ReadAsync(input.Stream, context.Options.MaxRecordBytes, cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                yield return (line.Number, null, context.Reject(line.Number,
                    $"Line {line.Number} is {line.Length:N0} bytes long, more than the limit of {context.Options.MaxRecordBytes:N0} bytes; it was skipped.", null));
                continue;
            }

            if (line.Bytes.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            JsonDocument? document = null;
            string? error = null;
            try
            {
                if (input.Utf8ByDefault && !TextEncodings.IsValidUtf8(line.Bytes, mayBeCut: false))
                {
                    context.Notes.Count(LegacyLineNote);
                    document = JsonDocument.Parse(TextEncodings.GuessLegacy(line.Bytes).GetString(line.Bytes));
                }
                else
                {
                    document = JsonDocument.Parse(line.Bytes);
                }
            }
            catch (JsonException ex)
            {
                error = $"Line {line.Number} is not valid JSON ({ShortMessage(ex)}).";
            }

            yield return error is null
                ? (line.Number, document, null)
                : (line.Number, null, context.Reject(line.Number, error, Encoding.UTF8.GetString(line.Bytes.AsSpan(0, Math.Min(line.Bytes.Length, context.Options.MaxRawChars * 4)))));
        }
    }

    public static string ShortMessage(JsonException ex)
    {
        var m = ex.Message;
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        m = cut > 0 ? m[..cut] : m;
        return m.TrimEnd('.', ' ');
    }

    public static async IAsyncEnumerable<ReadResult> ReadAsync(DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var platform = context.Options.Platform ?? "unknown";
        await foreach (var (line, document, rejection) in ReadDocumentsAsync(input, context, cancellationToken).ConfigureAwait(false))
        {
            if (rejection is not null)
            {
                yield return rejection;
                continue;
            }

            using (document)
            {
                var mapped = VigilRecord.Map(document!.RootElement, platform, context.Options.Source, context.Now(), context.Notes);
                yield return mapped.Post is { } post
                    ? ReadResult.Ok(post)
                    : context.Reject(line, $"Line {line} cannot be read as a post: {mapped.Error}.", document.RootElement.GetRawText());
            }
        }
    }
}
