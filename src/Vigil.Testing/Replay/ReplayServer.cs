using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Testing.Replay;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 with a free port, replaying canned responses — recorded
/// platform payloads from <c>tests/fixtures</c> — so connectors are tested over real sockets, real
/// HTTP and the real resilience pipeline, without the internet.
/// </summary>
/// <remarks>
/// Routes match the exact path and query (<c>/s/channel?before=10</c>). A route given several replies
/// plays them in order and then repeats the last (e.g. 500 then 200). Unknown routes answer 404. Every
/// request is recorded in <see cref="Requests"/>. Thread-safe. Dispose to stop the server.
/// </remarks>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Reply> _last = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly WebApplication _app;

    private ReplayServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>127.0.0.1:port</c>: what a test puts in <c>VIGIL_COLLECT_ALLOW_PRIVATE</c> to let the SSRF guard through.</summary>
    public string Endpoint => $"127.0.0.1:{BaseAddress.Port}";

    /// <summary>Requests received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>Starts a server on 127.0.0.1 and a free port.</summary>
    public static async Task<ReplayServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ReplayServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> with <paramref name="replies"/> in order, then the last one again and again.</summary>
    public ReplayServer On(string pathAndQuery, params Reply[] replies)
    {
        ArgumentOutOfRangeException.ThrowIfZero(replies.Length);
        _routes[pathAndQuery] = new ConcurrentQueue<Reply>(replies);
        _last.TryRemove(pathAndQuery, out _);
        return this;
    }

    /// <summary>How many requests asked for <paramref name="pathAndQuery"/>.</summary>
    public int CountOf(string pathAndQuery) => _requests.Count(r => r.PathAndQuery == pathAndQuery);

    private async Task HandleAsync(HttpContext context)
    {
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        _requests.Enqueue(new ReceivedRequest(key, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, TimeProvider.System.GetUtcNow())
        {
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        });
        var reply = Next(key);
        if (reply is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body.Length > 0)
        {
            context.Response.ContentType = reply.ContentType;
            context.Response.ContentLength = reply.Body.Length;
            await context.Response.Body.WriteAsync(reply.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private Reply? Next(string key)
    {
        if (!_routes.TryGetValue(key, out var queue))
        {
            return null;
        }

        if (queue.TryDequeue(out var reply))
        {
            _last[key] = reply;
            return reply;
        }

        return _last.TryGetValue(key, out var last) ? last : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
