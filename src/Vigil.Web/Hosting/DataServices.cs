using Vigil.Storage;
using Vigil.Storage.Sqlite;
using Vigil.Web.Data;
using Vigil.Web.Decisions;

namespace Vigil.Web.Hosting;

/// <summary>Registers the store, the dashboard's queries over it and the triage decisions.</summary>
public static class DataServices
{
    public static async Task AddVigilDataAsync(this IServiceCollection services, VigilWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = await SqlitePostStore.OpenAsync(options.StorePath, cancellationToken: cancellationToken);
        services.AddSingleton(store);
        services.AddSingleton<IPostStore>(store);
        services.AddSingleton(new DashboardQueries(store));
        services.AddSingleton(await DecisionStore.OpenAsync(options.SecurityPath, clock, cancellationToken));
        services.AddSingleton<TriageRecorder>();
    }
}
