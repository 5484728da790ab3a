using System.Net.Sockets;
using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>Turns PostgreSQL and network failures into <see cref="StoreError"/>s with a sentence saying what to do.</summary>
internal static class PostgresErrors
{
    /// <summary>The server and database a connection string names, without user or password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>True for failures of the server, network, permissions or disk; false for bugs (constraint violations, SQL errors).</summary>
    public static bool IsEnvironmental(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is "28000" or "28P01" or "3D000" or "25006" or "42501" or "53100" or "53200" or "53300" or "57P01" or "57P03",
        NpgsqlException => true, // connection-level failure
        SocketException or TimeoutException => true,
        _ => false,
    };

    public static StoreException Map(Exception e, string store) => new(ToError(e, store), e);

    public static StoreError ToError(Exception e, string store) => e switch
    {
        PostgresException { SqlState: "28000" or "28P01" } => new(StoreErrorKind.Unavailable, store,
            $"The PostgreSQL server refused the login to {store}. Check the user name and password in the connection string."),
        PostgresException { SqlState: "3D000" } => new(StoreErrorKind.CannotOpen, store,
            $"The database of {store} does not exist. Create it first (e.g. 'createdb'), then run the command again."),
        PostgresException { SqlState: "25006" } => new(StoreErrorKind.ReadOnly, store,
            $"The PostgreSQL store {store} is read-only (a read-only transaction or a standby server). Connect to the primary server with a user who may write."),
        PostgresException { SqlState: "42501" } => new(StoreErrorKind.ReadOnly, store,
            $"The database user may not write to {store}. Grant it INSERT and CREATE rights, or use another user."),
        PostgresException { SqlState: "53100" } => new(StoreErrorKind.DiskFull, store,
            $"The PostgreSQL server of {store} is out of disk space. Free space on the server and run the command again; the batch being written was rolled back."),
        PostgresException { SqlState: "53300" } => new(StoreErrorKind.Busy, store,
            $"The PostgreSQL server of {store} has too many connections. Close other clients or raise max_connections, then try again."),
        PostgresException pg => new(StoreErrorKind.Unavailable, store,
            $"The PostgreSQL server of {store} failed ({pg.SqlState}). Check the server log, then try again."),
        _ => new(StoreErrorKind.Unavailable, store,
            $"Cannot reach the PostgreSQL server of {store}. Check that it runs and that the host and port in the connection string are right."),
    };
}
