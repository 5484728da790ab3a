using Vigil.Storage;
using Vigil.Storage.Audit;
using Vigil.Web.Data;
using Vigil.Storage.Operations;
using Vigil.Web.Retention;

namespace Vigil.Web.Hosting;

/// <summary>Registers the scheduled retention purge when <see cref="VigilWebOptions.Retention"/> is set.</summary>
public static class RetentionServices
{
    public static IServiceCollection AddScheduledPurge(this IServiceCollection services, VigilWebOptions options)
    {
        if (options.Retention is not { } schedule)
        {
            return services;
        }

        services.AddSingleton(sp => new RetentionPurge(
            options.StorePath,
            sp.GetRequiredService<IPostStore>(),
            options.OperationsKey is { } key ? new OperationVaults(OperationVaults.FolderFor(options.StorePath), key) : null,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RetentionService(
            sp.GetRequiredService<RetentionPurge>(), schedule, sp.GetRequiredService<DashboardQueries>(),
            sp.GetRequiredService<AccessLog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RetentionService>>()));
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
