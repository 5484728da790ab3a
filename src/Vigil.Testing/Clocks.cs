using Microsoft.Extensions.Time.Testing;

namespace Vigil.Testing;

/// <summary>Fake clocks for time logic (retention, report windows, cursors).</summary>
public static class Clocks
{
    /// <summary>A fake clock set to <see cref="Some.Instant"/>; advance it with <c>Advance</c>.</summary>
    public static FakeTimeProvider At(DateTimeOffset? now = null) => new(now ?? Some.Instant);
}
