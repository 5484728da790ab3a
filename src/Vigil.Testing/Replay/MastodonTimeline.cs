using System.Globalization;
using System.Text.Json.Nodes;

namespace Vigil.Testing.Replay;

/// <summary>
/// Mastodon API timeline pages built from the real recorded response
/// (<c>tests/fixtures/mastodon/api-v1-timelines-tag-rstats.body.json</c>, see SOURCES.md): its five
/// statuses are cycled with new ids 1…N and times, and answered the way the API pages — newest first,
/// <c>max_id</c> backwards and <c>min_id</c> forwards — so connectors can be tested on any timeline length.
/// </summary>
public static class MastodonTimeline
{
    private static readonly Lazy<JsonArray> Statuses = new(() =>
        (JsonArray)JsonNode.Parse(File.ReadAllText(TestPaths.Fixture("mastodon", "api-v1-timelines-tag-rstats.body.json")))!);

    /// <summary>
    /// Routes for a timeline at <paramref name="path"/> (e.g. <c>/api/v1/timelines/tag/rstats</c>) with
    /// statuses 1…<paramref name="newest"/>, <paramref name="perPage"/> per answer, for requests with
    /// <c>?limit=<paramref name="limit"/></c> and optionally <c>&amp;max_id=</c> or <c>&amp;min_id=</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Routes(string path, long newest, int perPage, int limit = 40)
    {
        var routes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{path}?limit={limit}"] = Page(Math.Max(1, newest - perPage + 1), newest),
        };
        for (var k = 0L; k <= newest; k++)
        {
            routes[$"{path}?limit={limit}&max_id={k}"] = Page(Math.Max(1, k - perPage), k - 1);
            routes[$"{path}?limit={limit}&min_id={k}"] = Page(k + 1, Math.Min(newest, k + perPage));
        }

        return routes;
    }

    /// <summary>A JSON array of statuses <paramref name="from"/>…<paramref name="to"/>, newest first (empty when from &gt; to).</summary>
    public static string Page(long from, long to)
    {
        var page = new JsonArray();
        for (var id = to; id >= from; id--)
        {
            var status = Statuses.Value[(int)(id % Statuses.Value.Count)]!.DeepClone();
            var text = id.ToString(CultureInfo.InvariantCulture);
            status["id"] = text;
            status["created_at"] = new DateTimeOffset(2025, 7, 17, 0, 0, 0, TimeSpan.Zero).AddMinutes(id).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            status["url"] = $"https://mastodon.example/@someone/{text}";
            status["uri"] = $"https://mastodon.example/users/someone/statuses/{text}";
            page.Add(status);
        }

        return page.ToJsonString();
    }
}
