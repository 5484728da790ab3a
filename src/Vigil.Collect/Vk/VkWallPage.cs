using System.Globalization;
using System.Text.Json;
using Vigil.Collect.Paging;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Vk;

namespace Vigil.Collect.Vk;

/// <summary>
/// One <c>wall.get</c> answer as a page: the importer's <see cref="VkPageParser"/> reads the posts, and
/// the next page's offset is this page's offset plus the items it returned, until <c>response.count</c>.
/// </summary>
public static class VkWallPage
{
    /// <summary>The offset a cursor's pass stands at: 0 for the newest page.</summary>
    public static int Offset(ListingCursor cursor) =>
        int.TryParse(cursor.Next, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : 0;

    public static PostPage Parse(string json, int offset, DateTimeOffset collectedAt)
    {
        var page = VkPageParser.Parse(json, collectedAt);
        if (page.Problems.Any(p => p.Index < 0))
        {
            return page;
        }

        var (items, total) = Count(json);
        return page with { NextCursor = VkRequests.NextOffset(offset, items, total) };
    }

    private static (int Items, long? Total) Count(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("response", out var response) || response.ValueKind != JsonValueKind.Object)
        {
            return (0, null);
        }

        var items = response.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array ? i.GetArrayLength() : 0;
        long? total = response.TryGetProperty("count", out var c) && c.TryGetInt64(out var n) ? n : null;
        return (items, total);
    }
}
