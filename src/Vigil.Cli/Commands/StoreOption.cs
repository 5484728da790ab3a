using System.CommandLine;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Commands;

/// <summary>The <c>--store PATH</c> option every store verb shares, and opening the store with a one-sentence error.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "The SQLite store file (default: the store under the Vigil home; see `vigil paths`).",
        HelpName = "PATH",
    };

    public static string Resolve(CliContext context, ParseResult parse, Option<string?> option) =>
        Path.GetFullPath(parse.GetValue(option) is { Length: > 0 } path ? path : context.Paths.DefaultStore);

    /// <summary>Opens the store, or writes why it cannot be opened to the error writer and returns null.</summary>
    public static async Task<SqlitePostStore?> OpenAsync(CliContext context, string path, bool readOnly, CancellationToken cancellationToken)
    {
        var (store, error) = await SqlitePostStore.TryOpenAsync(path, new SqliteStoreOptions { ReadOnly = readOnly, Clock = context.Clock }, cancellationToken);
        if (error is not null)
        {
            Errors.Write(context, error.Message);
        }

        return store;
    }
}

/// <summary>How commands report an expected failure: one sentence on stderr, no stack trace.</summary>
internal static class Errors
{
    public const int Failed = 1;
    public const int Interrupted = 130;

    public static int Write(CliContext context, string message)
    {
        context.Error.WriteLine($"error: {message}");
        return Failed;
    }
}
