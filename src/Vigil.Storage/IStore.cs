using Vigil.Storage.Labels;
using Vigil.Storage.Watches;

namespace Vigil.Storage;

/// <summary>
/// A whole Vigil store: its posts (<see cref="IPostStore"/>), its collection watches (<see cref="IWatchStore"/>)
/// and analysts' corrections (<see cref="ILabelStore"/>). Both the SQLite and the PostgreSQL store are one, so the
/// `vigil` commands and the dashboard open either without knowing which.
/// </summary>
public interface IStore : IPostStore, IWatchStore, ILabelStore;
