namespace Vigil.Collect.Http;

/// <summary>
/// A per-platform request budget: at most <c>limit</c> requests in any sliding <c>window</c>. A request
/// over budget waits (on the injected clock) until the oldest one leaves the window, so a busy run slows
/// down politely instead of hammering the platform. Shared by every client of the platform; thread-safe.
/// </summary>
public sealed class RequestBudget(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Requests allowed per window.</summary>
    public int Limit { get; } = Math.Max(1, limit);

    /// <summary>Waits until a request may be sent, then counts it.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < Limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                await Task.Delay(_sent.Peek() + window - now, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>Spends one unit of a platform's <see cref="RequestBudget"/> per HTTP attempt (retries included).</summary>
internal sealed class RequestBudgetHandler(RequestBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await budget.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
