namespace Vigil.Storage;

/// <summary>A count for one value of a dimension (a platform, a day, …), largest first within a dimension.</summary>
public sealed record CountBy(string Key, long Count);

/// <summary>
/// Counts over the whole store. Days are UTC dates (yyyy-MM-dd) of the post's creation time, or of its
/// collection when the platform gave none, in date order. Sources are the <see cref="TopSources"/> largest.
/// Languages are the analysed language, else the source's hint, else "und"; categories use wire names,
/// "unanalysed" when a post carries no analysis.
/// </summary>
public sealed record StoreStats(
    long Total,
    IReadOnlyList<CountBy> ByPlatform,
    IReadOnlyList<CountBy> BySource,
    IReadOnlyList<CountBy> ByLanguage,
    IReadOnlyList<CountBy> ByDay,
    IReadOnlyList<CountBy> ByCategory)
{
    /// <summary>How many sources <see cref="BySource"/> lists at most.</summary>
    public const int TopSources = 50;
}

/// <summary>Minimised posts of one day, platform, language and category: counted, never stored.</summary>
public sealed record MinimisedCount(string Day, string Platform, string Lang, string Category, long Posts);
