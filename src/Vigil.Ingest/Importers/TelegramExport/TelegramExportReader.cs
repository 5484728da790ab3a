using System.Runtime.CompilerServices;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers.TelegramExport;

/// <summary>Streams the <c>messages</c> array of a Telegram Desktop export one message at a time.</summary>
internal static class TelegramExportReader
{
    public const string ServiceNote = "{0} Telegram service message(s) (joins, title changes, pins, calls) were skipped.";
    public const string UnsupportedNote = "{0} Telegram message(s) that Telegram Desktop could not export were skipped.";

    public static async IAsyncEnumerable<ReadResult> ReadAsync(DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new JsonArrayReader(["messages"], context.Options.MaxRecordBytes);
        await foreach (var item in reader.ReadAsync(input.Stream, cancellationToken).ConfigureAwait(false))
        {
            using (item)
            {
                if (item.Document is null)
                {
                    yield return context.Reject(item.Line, item.Error!, item.Raw);
                    continue;
                }

                var chatId = reader.Header.GetValueOrDefault("id") ?? "chat";
                var chatName = context.Options.Source ?? reader.Header.GetValueOrDefault("name");
                var mapped = TelegramExportMessage.Map(item.Document.RootElement, chatId, chatName, context.Now());
                if (mapped.Post is { } post)
                {
                    yield return ReadResult.Ok(post);
                }
                else if (mapped.Skipped is { } skipped)
                {
                    context.Notes.Count(skipped == "service message" ? ServiceNote : UnsupportedNote);
                }
                else
                {
                    yield return context.Reject(item.Line, $"The message on line {item.Line} cannot be read: {mapped.Error}.", item.Document.RootElement.GetRawText());
                }
            }
        }

        if (reader.Problem is { } problem)
        {
            yield return context.Reject(0, $"{context.File}: {problem}", null);
        }
    }
}
