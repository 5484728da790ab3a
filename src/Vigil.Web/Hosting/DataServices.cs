using Vigil.Storage;
using Vigil.Storage.Operations;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Operations;

namespace Vigil.Web.Hosting;

/// <summary>Registers the store (SQLite, or PostgreSQL when <see cref="VigilWebOptions.PostgresConnection"/> is set), the dashboard's queries over it and the triage decisions.</summary>
public static class DataServices
{
    public static async Task AddVigilDataAsync(this IServiceCollection services, VigilWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        IStore store = options.PostgresConnection is { } connection
            ? await PostgresPostStore.OpenAsync(connection, new PostgresStoreOptions { Clock = clock }, cancellationToken)
            : await SqlitePostStore.OpenAsync(options.StorePath, cancellationToken: cancellationToken);
        services.AddSingleton(store);
        services.AddSingleton<IPostStore>(store);
        services.AddSingleton(new DashboardQueries(store, clock, options.DedupWait));
        services.AddSingleton(await DecisionStore.OpenAsync(options.SecurityPath, clock, cancellationToken));
        services.AddSingleton<TriageRecorder>();
        services.AddSingleton(await OperationRegister.OpenAsync(options.SecurityPath, clock, cancellationToken));
        services.AddSingleton(sp => new OfficerView(
            sp.GetRequiredService<OperationRegister>(),
            options.OperationsKey is { } key ? new OperationVaults(OperationVaults.FolderFor(options.StorePath), key) : null,
            sp.GetRequiredService<Vigil.Storage.Audit.AccessLog>(),
            clock));
    }
}
