using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers;

/// <summary>Dispatches a detected format to its streaming reader.</summary>
internal static class Readers
{
    public static IAsyncEnumerable<ReadResult> Read(InputFormat format, DecodedInput input, ImportContext context, CancellationToken cancellationToken) => format switch
    {
        InputFormat.Jsonl => Jsonl.JsonlReader.ReadAsync(input, context, cancellationToken),
        InputFormat.Csv => Csv.CsvPostReader.ReadAsync(input, context, cancellationToken),
        InputFormat.TelegramExport => TelegramExport.TelegramExportReader.ReadAsync(input, context, cancellationToken),
        _ => NotYet(format, context),
    };

    private static async IAsyncEnumerable<ReadResult> NotYet(InputFormat format, ImportContext context)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return context.Reject(0, $"{context.File}: the {format} format is recognised but this build cannot import it yet.", null);
    }
}
