using System.CommandLine;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Commands;

/// <summary>The <c>--store</c> option every store verb shares, and opening the store with a one-sentence error.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "The store: a SQLite file (default: the store under the Vigil home; see `vigil paths`), or a team's PostgreSQL database as postgresql://user@host:5432/database (password in ~/.pgpass or PGPASSWORD).",
        HelpName = "STORE",
    };

    public static StoreTarget Resolve(CliContext context, ParseResult parse, Option<string?> option) =>
        Resolve(context, parse.GetValue(option));

    public static StoreTarget Resolve(CliContext context, string? given)
    {
        if (given is { Length: > 0 } && StoreTarget.LooksLikePostgres(given))
        {
            var (target, error) = StoreTarget.ParsePostgres(given, context.Paths.Home);
            if (target is null)
            {
                return new StoreTarget("postgresql", "", null, error);
            }

            CreateSideFolder(target);
            return target;
        }

        return StoreTarget.Sqlite(given is { Length: > 0 } path ? path : context.Paths.DefaultStore);
    }

    /// <summary>
    /// The path that names the store's side files (security database, operation vaults, quarantine), for commands
    /// that use those without opening the store; writes the problem and returns null when the value names no store.
    /// </summary>
    public static string? SidePath(CliContext context, ParseResult parse, Option<string?> option)
    {
        var target = Resolve(context, parse, option);
        if (target.Problem is { } problem)
        {
            Errors.Write(context, problem);
            return null;
        }

        return target.Path;
    }

    /// <summary>Opens the store (SQLite or PostgreSQL), or writes why it cannot be opened to the error writer and returns null.</summary>
    public static async Task<IStore?> OpenAsync(CliContext context, StoreTarget target, bool readOnly, CancellationToken cancellationToken)
    {
        if (target.Problem is { } problem)
        {
            Errors.Write(context, problem);
            return null;
        }

        if (!target.IsPostgres)
        {
            return await OpenSqliteAsync(context, target, readOnly, cancellationToken);
        }

        try
        {
            return await PostgresPostStore.OpenAsync(target.Postgres!, new PostgresStoreOptions { Clock = context.Clock }, cancellationToken);
        }
        catch (StoreException e)
        {
            Errors.Write(context, e.Message);
            return null;
        }
    }

    private static async Task<SqlitePostStore?> OpenSqliteAsync(CliContext context, StoreTarget target, bool readOnly, CancellationToken cancellationToken)
    {
        var (store, error) = await SqlitePostStore.TryOpenAsync(target.Path, new SqliteStoreOptions { ReadOnly = readOnly, Clock = context.Clock }, cancellationToken);
        if (error is not null)
        {
            Errors.Write(context, error.Message);
        }

        return store;
    }

    /// <summary>The folder for a PostgreSQL store's local side files, readable by its owner only.</summary>
    private static void CreateSideFolder(StoreTarget target)
    {
        var folder = Path.GetDirectoryName(target.Path)!;
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
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
