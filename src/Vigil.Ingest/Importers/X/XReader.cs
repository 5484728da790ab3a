using System.Runtime.CompilerServices;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers.X;

/// <summary>
/// Imports X API v2 responses: a file holding one response page (read whole, up to the page limit, since
/// <c>includes</c> may follow <c>data</c>), or JSON Lines of pages as twarc2 writes them (one page per line).
/// </summary>
internal static class XReader
{
    public static async IAsyncEnumerable<ReadResult> ReadAsync(DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (IsJsonLines(input.Head))
        {
            var options = context.Options with { MaxRecordBytes = context.Options.MaxPageBytes };
            var lines = new ImportContext(context.File, options, context.Notes);
            await foreach (var (line, document, rejection) in Jsonl.JsonlReader.ReadDocumentsAsync(input, lines, cancellationToken).ConfigureAwait(false))
            {
                if (rejection is not null)
                {
                    yield return rejection;
                    continue;
                }

                using (document)
                {
                    var page = XSearchPageParser.Parse(document!.RootElement, context.Now());
                    foreach (var post in page.Posts)
                    {
                        yield return ReadResult.Ok(post);
                    }

                    foreach (var problem in page.Problems)
                    {
                        yield return context.Reject(line, $"Tweet {problem.Index + 1} of the page on line {line} cannot be read: {problem.Reason}.", null);
                    }
                }
            }

            yield break;
        }

        await foreach (var result in PageReader.ReadAsync(input, context, XSearchPageParser.Parse, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>
    /// True when pages are one per line: the first line is a whole object, or there is no line break in
    /// the head at all (a minified page, alone or the first of long lines, reads the same way line by
    /// line). False for a pretty-printed page, whose first line does not close its object.
    /// </summary>
    private static bool IsJsonLines(ReadOnlySpan<byte> head)
    {
        var body = head.TrimStart(" \t\r\n"u8);
        var nl = body.IndexOf((byte)'\n');
        if (nl < 0)
        {
            return true;
        }

        var first = body[..nl].Trim(" \t\r"u8);
        return first.Length > 1 && first[0] == (byte)'{' && first[^1] == (byte)'}';
    }
}
