using Vigil.Collect.Http;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Http;

public sealed class RequestBudgetTests
{
    [Fact]
    public async Task Acquire_OverBudget_WaitsUntilTheOldestRequestLeavesTheWindow()
    {
        var clock = Clocks.At();
        var budget = new RequestBudget(2, TimeSpan.FromMinutes(1), clock);
        await budget.AcquireAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        await budget.AcquireAsync(TestContext.Current.CancellationToken);

        var third = budget.AcquireAsync(TestContext.Current.CancellationToken).AsTask();
        clock.Advance(TimeSpan.FromSeconds(49));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var waitingAt49 = !third.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.True(waitingAt49);
        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Acquire_WithinBudget_DoesNotWait()
    {
        var clock = Clocks.At();
        var budget = new RequestBudget(3, TimeSpan.FromMinutes(1), clock);

        var all = Enumerable.Range(0, 3).Select(_ => budget.AcquireAsync(TestContext.Current.CancellationToken).AsTask()).ToArray();
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.All(all, t => Assert.True(t.IsCompletedSuccessfully));
    }
}
