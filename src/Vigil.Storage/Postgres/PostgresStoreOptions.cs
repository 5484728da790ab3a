namespace Vigil.Storage.Postgres;

/// <summary>How to open a PostgreSQL store.</summary>
public sealed record PostgresStoreOptions
{
    public static PostgresStoreOptions Default { get; } = new();

    /// <summary>Clock for the migration log.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
