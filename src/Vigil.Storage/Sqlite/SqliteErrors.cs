using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>Turns SQLite result codes into <see cref="StoreError"/>s with a sentence saying what to do.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26;

    /// <summary>
    /// True for failures caused by the file, disk or other processes; false for bugs such as a violated
    /// constraint, which stay exceptions of the driver.
    /// </summary>
    public static bool IsEnvironmental(SqliteException ex) =>
        (ex.SqliteErrorCode & 0xFF) is NotADb or ReadOnly or CantOpen or Corrupt or Full or Busy or Locked or IoErr;

    public static StoreException Map(SqliteException ex, string path) => new(ToError(ex, path), ex);

    public static StoreError ToError(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        NotADb => new(StoreErrorKind.NotADatabase, path,
            $"'{path}' is not an SQLite database, so it cannot be a Vigil store. Check the path, or pass --store with a new file name to create a fresh store."),
        ReadOnly => new(StoreErrorKind.ReadOnly, path,
            $"The store '{path}' is read-only. Make the file and its folder writable (Vigil also writes '{path}-wal' and '{path}-shm' next to it), or copy the store somewhere writable."),
        CantOpen => new(StoreErrorKind.CannotOpen, path,
            $"Cannot open or create the store '{path}'. Check that the path is a file (not a folder) in a folder you may write to."),
        Corrupt => new(StoreErrorKind.Corrupt, path,
            $"The store '{path}' is damaged. Restore it from a backup, or import your files again into a new store."),
        Full => new(StoreErrorKind.DiskFull, path,
            $"The disk holding '{path}' is full. Free some space and run the command again; the batch being written was rolled back and nothing already stored was lost."),
        Busy or Locked => new(StoreErrorKind.Busy, path,
            $"The store '{path}' is locked by another program for too long. Close other Vigil commands using it and try again."),
        IoErr => new(StoreErrorKind.CannotOpen, path,
            $"Reading or writing the store '{path}' failed at the disk level. Check the disk and that the folder is writable, then try again."),
        _ => new(StoreErrorKind.CannotOpen, path,
            $"The store '{path}' could not be used (SQLite error {ex.SqliteErrorCode}). Check the file, or use a new store with --store."),
    };
}
