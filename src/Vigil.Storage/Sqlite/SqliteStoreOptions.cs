namespace Vigil.Storage.Sqlite;

/// <summary>How to open an SQLite store.</summary>
public sealed record SqliteStoreOptions
{
    public static SqliteStoreOptions Default { get; } = new();

    /// <summary>Open for reading only (dashboards, reports): no migration, and writes fail with <see cref="StoreErrorKind.ReadOnly"/>.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>How long to wait for another writer before failing with <see cref="StoreErrorKind.Busy"/>.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock for the migration log and the minimised-post digests' times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
