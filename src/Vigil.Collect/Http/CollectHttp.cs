using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Vigil.Collect.Http;

/// <summary>
/// The HTTP clients of collection, one named client per platform from <see cref="IHttpClientFactory"/>:
/// an honest User-Agent; Microsoft.Extensions.Http.Resilience for a total timeout, retries with
/// exponential back-off and jitter on 5xx, 408, 429 and network errors (honouring <c>Retry-After</c> up to
/// <see cref="CollectSettings.MaxRetryDelay"/>), a circuit breaker per host and a timeout per attempt;
/// then the platform's <see cref="RequestBudget"/>; then a <see cref="SocketsHttpHandler"/> whose connections
/// go through the <see cref="SsrfGuard"/> and never through a proxy (a proxy would hide the real address).
/// </summary>
/// <remarks>Thread-safe. Dispose it when collection stops.</remarks>
public sealed class CollectHttp : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;
    private readonly CollectSettings _settings;
    private readonly TimeProvider _clock;

    private CollectHttp(ServiceProvider services, CollectSettings settings, TimeProvider clock)
    {
        _services = services;
        _factory = services.GetRequiredService<IHttpClientFactory>();
        _settings = settings;
        _clock = clock;
    }

    /// <summary>Sets up one client per connector with the installation's settings.</summary>
    public static CollectHttp Create(CollectSettings settings, IEnumerable<ConnectorDescriptor> connectors, TimeProvider clock)
    {
        var services = new ServiceCollection();
        var guard = new SsrfGuard(settings.AllowedPrivateEndpoints);
        foreach (var connector in connectors)
        {
            var perMinute = settings.RequestsPerMinute.TryGetValue(connector.Platform, out var b) ? b : connector.RequestsPerMinute;
            var budget = new RequestBudget(perMinute, TimeSpan.FromMinutes(1), clock);
            services.AddHttpClient(ClientName(connector.Platform), client =>
                {
                    client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
                    client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", settings.UserAgent);
                })
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
                {
                    ConnectCallback = guard.ConnectAsync,
                    UseProxy = false,
                    AllowAutoRedirect = true,
                    MaxAutomaticRedirections = 5,
                    AutomaticDecompression = DecompressionMethods.All,
                    UseCookies = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                })
                .AddResilienceHandler("collect", builder => Configure(builder, settings, clock))
                .SelectPipelineByAuthority();
            services.AddHttpClient(ClientName(connector.Platform)).AddHttpMessageHandler(() => new RequestBudgetHandler(budget));
        }

        return new CollectHttp(services.BuildServiceProvider(), settings, clock);
    }

    /// <summary>The client of <paramref name="platform"/> (cheap; do not dispose the handler chain, the factory pools it).</summary>
    public HttpClient ClientFor(string platform) => _factory.CreateClient(ClientName(platform));

    /// <summary>What <paramref name="connector"/> gets for a run: its client, base address (the installation's override or the default), clock and settings.</summary>
    public ConnectorServices ServicesFor(ConnectorDescriptor connector)
    {
        // Connectors whose targets are whole URLs (feeds) have no base address; they get a placeholder they never use.
        var baseAddress = _settings.BaseAddresses.TryGetValue(connector.Platform, out var custom) ? custom : connector.DefaultBaseAddress ?? NoBaseAddress;
        if (!baseAddress.AbsoluteUri.EndsWith('/'))
        {
            baseAddress = new Uri(baseAddress.AbsoluteUri + "/");
        }

        return new ConnectorServices(ClientFor(connector.Platform), baseAddress, _clock, _settings);
    }

    /// <summary>The <see cref="ConnectorServices.BaseAddress"/> of connectors without one (their targets are URLs).</summary>
    public static Uri NoBaseAddress { get; } = new("https://no-base-address.invalid/");

    public void Dispose() => _services.Dispose();

    private static string ClientName(string platform) => "vigil-collect-" + platform;

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, CollectSettings settings, TimeProvider clock)
    {
        builder.AddTimeout(settings.TotalTimeout);
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(0, settings.MaxRetries) is 0 ? 1 : settings.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.RetryDelay,
            MaxDelay = settings.MaxRetryDelay,
            ShouldRetryAfterHeader = false, // handled below, so that a long Retry-After is obeyed by not retrying
            ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && ShouldRetry(args.Outcome, settings, clock)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
        });
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 6,
            SamplingDuration = TimeSpan.FromMinutes(2),
            BreakDuration = TimeSpan.FromMinutes(1),
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        builder.AddTimeout(settings.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CollectSettings settings, TimeProvider clock)
    {
        if (!IsTransient(outcome))
        {
            return false;
        }

        // A platform that asks for a longer pause than we are willing to wait gets it: no retry in this run.
        return RetryAfter(outcome.Result, clock) is not { } wait || wait <= settings.MaxRetryDelay;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not HttpRequestException { InnerException: SsrfRefusedException }
        && HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>The delay a 429 or 503 response asks for, from its <c>Retry-After</c> header (seconds or a date).</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        return header.Date is { } date ? (date - clock.GetUtcNow()) is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero : null;
    }
}
