using System.Globalization;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Storage.Summaries;

/// <summary>One advertised price of a post: ISO 4217 currency and amount (the lower bound of a range).</summary>
public readonly record struct PriceFact(string Currency, decimal Amount);

/// <summary>
/// What the dashboard's summaries need of one stored post, derived once when the post is written (or by the
/// backfill of an older store): its week, category, language, platform, route and prices, which only
/// aggregates are built from; and the identifiers it published (<see cref="Links"/>), which account networks
/// are built from: the phone and handle identifiers in its indicators as network links (<c>phone:+90…</c>,
/// <c>telegram:…</c>), pseudonyms in strategic mode exactly as the stored indicators hold them.
/// </summary>
public sealed record PostFacts(string Week, string Category, string Lang, string Platform, string? Route, IReadOnlyList<PriceFact> Prices, IReadOnlyList<string> Links)
{
    /// <summary>The category name of a post without analysis.</summary>
    public const string Unanalysed = "unanalysed";

    /// <summary>The facts of <paramref name="post"/>; prices are kept only when the post has a route (the only prices shown).</summary>
    public static PostFacts Of(StoredPost post)
    {
        var route = post.Analysis is { } a ? RouteOf(a.Indicators) : null;
        return new PostFacts(
            FormatWeek(WeekOf(TimeOf(post))),
            post.Analysis?.Category.ToWire() ?? Unanalysed,
            post.Analysis?.Language.Code ?? post.LangHint ?? "und",
            post.Key.Platform,
            route,
            route is null ? [] : post.Analysis!.Indicators.Prices.Select(p => new PriceFact(p.Currency, p.Amount)).ToList(),
            post.Analysis is { } analysed ? LinksOf(analysed.Indicators) : []);
    }

    /// <summary>The identifiers an account shares through this post: phones as <c>phone:E164</c>, handles as <c>platform:value</c>.</summary>
    public static IReadOnlyList<string> LinksOf(Indicators indicators) =>
        [.. indicators.Phones.Select(p => "phone:" + p.E164), .. indicators.Handles.Select(h => h.Platform + ":" + h.Value)];

    /// <summary>When a post counts: its creation time, or its collection time when the platform gave none.</summary>
    public static DateTimeOffset TimeOf(StoredPost post) => post.CreatedAt ?? post.CollectedAt;

    /// <summary>The Monday (UTC) of the week of <paramref name="at"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var offset = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-offset);
    }

    /// <summary>Origin country → destination country of an advert, or null when either is unknown.</summary>
    public static string? RouteOf(Indicators indicators)
    {
        var origin = indicators.Places.FirstOrDefault(p => p.Role == "origin" && p.Country is not null)?.Country;
        var destination = indicators.Places.FirstOrDefault(p => p.Role == "destination" && p.Country is not null)?.Country;
        return origin is null || destination is null || origin == destination ? null : $"{origin}→{destination}";
    }

    public static string FormatWeek(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseWeek(string week) => DateOnly.ParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Categories whose posts count as adverts on routes (the flagged ones), by wire name.</summary>
    public static bool IsFlagged(string category) => Categories.TryParse(category, out var c) && c.IsFlagged();
}
