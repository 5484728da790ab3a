using Vigil.Core.Pipeline;

namespace Vigil.Ingest.Importers;

/// <summary>Entry point of the importers: a path in, a streaming <see cref="IPostSource"/> out.</summary>
public static class Importers
{
    /// <summary>The path that means standard input.</summary>
    public const string StdIn = "-";

    /// <summary>
    /// Opens <paramref name="path"/> (or stdin for <c>-</c>) as a post source. Nothing is read until the
    /// source is enumerated; a file that cannot be opened or recognised yields one rejection on line 0.
    /// </summary>
    public static FileImportSource Open(string path, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        if (path == StdIn)
        {
            return new FileImportSource("stdin", _ => Task.FromResult(Console.OpenStandardInput()), options);
        }

        return new FileImportSource(path, _ => Task.FromResult<Stream>(new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 64 * 1024,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        })), options);
    }

    /// <summary>Reads an already open stream (a connector's response body, a test buffer) as a post source.</summary>
    public static FileImportSource Open(string name, Stream stream, ImportOptions? options = null) =>
        new(name, _ => Task.FromResult(stream), options ?? new ImportOptions());
}
