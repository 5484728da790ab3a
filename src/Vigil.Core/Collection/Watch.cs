namespace Vigil.Core.Collection;

/// <summary>
/// A public source Vigil collects from on a schedule: a platform and a target the platform's connector
/// understands (a Telegram channel name, a Mastodon hashtag, a feed URL), how often to look, and whether
/// it is switched on. Its identity is <see cref="Id"/>, <c>platform:target</c>.
/// </summary>
/// <remarks>
/// A watch never carries credentials: keys and tokens come from configuration or the environment, so
/// the watch list can be shown, exported and audited without leaking them.
/// </remarks>
public sealed record Watch(string Platform, string Target, TimeSpan Interval, bool Enabled = true)
{
    /// <summary>The default interval between two runs of a watch.</summary>
    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The shortest interval allowed: more often is impolite to the platform and rarely useful.</summary>
    public static TimeSpan MinimumInterval { get; } = TimeSpan.FromMinutes(1);

    /// <summary><c>platform:target</c>, e.g. <c>telegram:some_channel</c>.</summary>
    public string Id => $"{Platform}:{Target}";

    /// <summary>Splits <c>platform:target</c> at the first colon (targets such as feed URLs contain colons too).</summary>
    /// <returns>The platform in lower case and the target, or null when either part is empty.</returns>
    public static (string Platform, string Target)? SplitId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1)
        {
            return null;
        }

        return (id[..colon].Trim().ToLowerInvariant(), id[(colon + 1)..].Trim());
    }
}

/// <summary>
/// A watch with its collection state: the cursor (what the connector has already collected, opaque to
/// everyone but the connector), when the cursor last moved, and the last run's time and outcome.
/// </summary>
public sealed record WatchState(Watch Watch, string? Cursor, DateTimeOffset? CursorAt, DateTimeOffset? LastRunAt, string? LastOutcome);

/// <summary>The cursor of one watch after a page of its posts is stored: written in the same transaction as the posts.</summary>
public readonly record struct WatchCursor(string WatchId, string Value, DateTimeOffset At);
