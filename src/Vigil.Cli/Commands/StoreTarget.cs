using System.Globalization;
using Npgsql;

namespace Vigil.Cli.Commands;

/// <summary>
/// Where a store is: a SQLite file (the default), or a PostgreSQL database named by a
/// <c>postgresql://[user@]host[:port]/database</c> URI (a team's shared store).
/// </summary>
/// <param name="Name">How messages name the store: the file's full path, or the URI without any password.</param>
/// <param name="Path">
/// The SQLite file, or for PostgreSQL a path under the Vigil home that names this database: the store's side
/// files (access log and accounts in <c>&lt;path&gt;.security.db</c>, operation vaults, quarantine files) are
/// kept next to it, on the machine that runs the command.
/// </param>
/// <param name="Postgres">The Npgsql connection string, or null for SQLite.</param>
/// <param name="Problem">Why the value given cannot name a store (then nothing else is meaningful).</param>
public sealed record StoreTarget(string Name, string Path, string? Postgres, string? Problem = null)
{
    public bool IsPostgres => Postgres is not null;

    /// <summary>True when <paramref name="value"/> is meant as a PostgreSQL URI rather than a file path.</summary>
    public static bool LooksLikePostgres(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static StoreTarget Sqlite(string path) => new(System.IO.Path.GetFullPath(path), System.IO.Path.GetFullPath(path), null);

    /// <summary>
    /// Parses a PostgreSQL URI. The user may be left out (then PGUSER or the operating-system user), and so should
    /// the password: Npgsql reads it from PGPASSWORD or the password file (~/.pgpass, PGPASSFILE), which keeps it
    /// out of shell history and process lists. Returns the error in one sentence when the URI cannot be used.
    /// </summary>
    public static (StoreTarget? Target, string? Error) ParsePostgres(string uri, string home)
    {
        const string Shape = "Write a PostgreSQL store as postgresql://user@host:5432/database (the password in ~/.pgpass or PGPASSWORD).";
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            return (null, $"'{Redact(uri)}' is not a PostgreSQL URI. {Shape}");
        }

        var database = Uri.UnescapeDataString(parsed.AbsolutePath.Trim('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            return (null, $"'{Redact(uri)}' names no database. {Shape}");
        }

        if (parsed.Query.Length > 0 || parsed.Fragment.Length > 0)
        {
            return (null, $"'{Redact(uri)}' has options after the database; Vigil takes none there. {Shape}");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host,
            Port = parsed.IsDefaultPort || parsed.Port < 0 ? 5432 : parsed.Port,
            Database = database,
        };
        var user = "";
        if (parsed.UserInfo.Length > 0)
        {
            var colon = parsed.UserInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            builder.Username = user;
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
            }
        }

        var port = builder.Port.ToString(CultureInfo.InvariantCulture);
        var name = $"postgresql://{(user.Length > 0 ? Uri.EscapeDataString(user) + "@" : "")}{parsed.Host}:{port}/{Uri.EscapeDataString(database)}";
        var folder = System.IO.Path.Combine(home, "postgresql", Safe($"{parsed.Host}_{port}_{database}"));
        return (new StoreTarget(name, System.IO.Path.Combine(folder, "store"), builder.ConnectionString), null);
    }

    /// <summary>The URI with any password replaced, for messages.</summary>
    private static string Redact(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0)
        {
            return uri;
        }

        var colon = uri.IndexOf(':', scheme + 3);
        return colon >= 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
