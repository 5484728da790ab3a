using System.Globalization;
using Vigil.Storage.Retention;

namespace Vigil.Web.Retention;

/// <summary>
/// How often <c>vigil serve</c> purges by itself, and under which policy. Set with <c>--purge-every</c>
/// (or <c>VIGIL_PURGE_EVERY</c>): a number and a unit, <c>30m</c>, <c>6h</c>, <c>1d</c>; <c>off</c> turns the
/// scheduled purge off (then run <c>vigil purge</c> from cron). Default: every day.
/// </summary>
public sealed record RetentionSchedule(TimeSpan Every, RetentionPolicy Policy)
{
    /// <summary>The default interval: one day.</summary>
    public static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    /// <summary>The shortest interval accepted: a purge VACUUMs the store, which should not run back to back.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads an interval (<c>30m</c>, <c>6h</c>, <c>1d</c>, <c>off</c>; null or empty means daily).
    /// Returns the interval (null for off), or an error sentence.
    /// </summary>
    public static (bool Off, TimeSpan Every, string? Error) ParseEvery(string? text)
    {
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return (false, Daily, null);
        }

        if (value is "off" or "never" or "0")
        {
            return (true, TimeSpan.Zero, null);
        }

        TimeSpan? every = value.Length > 1 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? value[^1] switch
            {
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => null,
            }
            : null;
        return every switch
        {
            null => (false, TimeSpan.Zero, $"'{text}' is not a purge interval: write a number and a unit (30m, 6h, 1d), or off."),
            { } e when e < Shortest => (false, TimeSpan.Zero, $"A purge interval of {text} is too short: purge at most every {Shortest.TotalMinutes:0} minutes."),
            { } e => (false, e, null),
        };
    }
}
