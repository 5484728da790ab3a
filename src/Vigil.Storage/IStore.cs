using Vigil.Storage.Watches;

namespace Vigil.Storage;

/// <summary>
/// A whole Vigil store: its posts (<see cref="IPostStore"/>) and its collection watches
/// (<see cref="IWatchStore"/>). Both the SQLite and the PostgreSQL store are one, so the `vigil` commands open
/// either without knowing which.
/// </summary>
public interface IStore : IPostStore, IWatchStore;
