namespace Vigil.Storage;

/// <summary>What went wrong with a store, in terms a person can act on.</summary>
public enum StoreErrorKind
{
    /// <summary>The file exists but is not an SQLite database (or not a Vigil store).</summary>
    NotADatabase,

    /// <summary>The store or its folder cannot be written.</summary>
    ReadOnly,

    /// <summary>The store or its folder cannot be opened or created.</summary>
    CannotOpen,

    /// <summary>The store was written by a newer Vigil whose schema this version does not know.</summary>
    NewerSchema,

    /// <summary>The file is damaged.</summary>
    Corrupt,

    /// <summary>The disk or quota is full.</summary>
    DiskFull,

    /// <summary>Another process holds a lock on the store for too long.</summary>
    Busy,

    /// <summary>The database server refused or could not be reached.</summary>
    Unavailable,
}

/// <summary>
/// A store failure: which store, what kind, and a sentence that says what to do. Messages name the store
/// path or server, never post content or identifiers.
/// </summary>
public sealed record StoreError(StoreErrorKind Kind, string Store, string Message)
{
    public override string ToString() => Message;
}

/// <summary>
/// Thrown when a store cannot be opened, migrated or written. <see cref="Exception.Message"/> is the
/// <see cref="StoreError.Message"/> sentence; the driver's exception is kept as the inner exception for logs.
/// A failed batch has been rolled back: nothing of it is stored and earlier batches are intact.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(StoreError error, Exception? inner = null)
        : base(error.Message, inner)
    {
        Error = error;
    }

    public StoreError Error { get; }
}
