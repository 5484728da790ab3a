using System.Runtime.CompilerServices;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers;

/// <summary>Imports a file that is one page (a saved web page, one API response) through a page parser.</summary>
internal static class PageReader
{
    public static async IAsyncEnumerable<ReadResult> ReadAsync(
        DecodedInput input, ImportContext context, Func<string, DateTimeOffset, PostPage> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var text = await WholeText.ReadAsync(input.Stream, context.Options.MaxPageBytes, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            yield return context.Reject(0, $"{context.File} is larger than the page limit of {context.Options.MaxPageBytes:N0} bytes for this format; it was not read.", null);
            yield break;
        }

        var page = parse(text, context.Now());
        foreach (var post in page.Posts)
        {
            yield return ReadResult.Ok(context.Options.Source is { } source ? post with { Source = source } : post);
        }

        foreach (var problem in page.Problems)
        {
            yield return context.Reject(0, problem.Index < 0
                ? $"{context.File}: {problem.Reason}"
                : $"Record {problem.Index + 1} of the page cannot be read: {problem.Reason}.", null);
        }
    }
}
