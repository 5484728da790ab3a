using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Web.Hosting;

namespace Vigil.Web.Tests;

/// <summary>
/// A <see cref="WebApplicationFactory{TEntryPoint}"/> over the same composition `vigil serve` uses
/// (<see cref="VigilWebServices.AddVigilWebAsync"/> and <see cref="VigilWebApp.UseVigilWeb"/>): in memory
/// (TestServer) for API and page tests, or on Kestrel with <c>UseKestrel(0)</c> for the browser.
/// The app is hosted by a plain generic host because Vigil's entry point is the `vigil` CLI, not a web Program.
/// </summary>
public sealed class VigilAppFactory(VigilWebOptions options, TimeProvider clock) : WebApplicationFactory<VigilAppFactory>
{
    // The pages are compiled into Vigil.Web; the content root only has to exist. The factory reads it
    // from this setting before it looks for a solution folder named after the test assembly.
    static VigilAppFactory() => Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VIGIL_WEB_TESTS", AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .ConfigureWebHost(web => web
                .ConfigureServices(services => services.AddVigilWebAsync(options, clock, CancellationToken.None).GetAwaiter().GetResult())
                .Configure(app => app.UseVigilWeb()));

    /// <summary>Starts the app on Kestrel at a free loopback port (for a real browser) and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
