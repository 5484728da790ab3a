using System.Runtime.CompilerServices;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers;

/// <summary>
/// An input file (or stdin) read as a stream of posts: opened, decompressed, decoded, its format
/// detected, then handed to the reader for that format. Problems with the whole file (cannot open,
/// unknown format) come out as one rejection with line 0; nothing is thrown for bad input.
/// </summary>
/// <remarks>Posts carry clear identifiers; rejections carry raw record text. Both stay in memory and go to the
/// pipeline, which pseudonymises posts and decides what the quarantine file may hold.</remarks>
public sealed class FileImportSource : IPostSource, IHasImportNotes
{
    public const string NulNote = "{0} NUL byte(s) were removed from the input.";

    private readonly Func<CancellationToken, Task<Stream>> _open;
    private readonly ImportOptions _options;

    internal FileImportSource(string name, Func<CancellationToken, Task<Stream>> open, ImportOptions options)
    {
        Name = name;
        _open = open;
        _options = options;
    }

    public string Name { get; }

    public ImportNotes Notes { get; } = new();

    /// <summary>The format used for the last read, once known.</summary>
    public InputFormat? Format { get; private set; }

    public async IAsyncEnumerable<ReadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = new ImportContext(Name, _options, Notes);
        var (input, failure) = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            yield return context.Reject(0, failure!, null);
            yield break;
        }

        await using (input.ConfigureAwait(false))
        {
            if (input.EncodingWasGuessed)
            {
                Notes.Add($"Read as {TextEncodings.NameOf(input.Encoding)} (guessed: the file has no byte-order mark and is not valid UTF-8); pass --encoding to choose another.");
            }

            Format = _options.Format ?? FormatDetector.Detect(input.Head, input.HeadIsAll, Name);
            if (Format is not { } format)
            {
                yield return context.Reject(0,
                    $"{Name}: the format is not recognised. Supported formats: {FormatDetector.Supported}. Pass --format to choose one.", null);
                yield break;
            }

            await foreach (var result in Readers.Read(format, input, context, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }

            if (input.NulBytesStripped > 0)
            {
                Notes.Count(NulNote, input.NulBytesStripped);
            }
        }
    }

    private async Task<(DecodedInput? Input, string? Failure)> OpenAsync(CancellationToken cancellationToken)
    {
        Stream? raw = null;
        try
        {
            raw = await _open(cancellationToken).ConfigureAwait(false);
            return (await DecodedInput.OpenAsync(raw, _options.Encoding, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
        {
            if (raw is not null)
            {
                await raw.DisposeAsync().ConfigureAwait(false);
            }

            var why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
                UnauthorizedAccessException => "permission denied",
                InvalidDataException => "it looks gzip-compressed but cannot be decompressed",
                ArgumentException => ex.Message,
                _ => ex.Message,
            };
            return (null, $"Cannot read {Name}: {why}.");
        }
    }
}
