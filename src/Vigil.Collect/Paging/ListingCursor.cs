using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Collect.Paging;

/// <summary>
/// Where an incremental collection over a newest-first listing stands, stored as the watch's cursor.
/// <see cref="Since"/> is the high-water mark: every post with a larger order key than it was collected
/// by a finished pass (with <see cref="SinceIds"/> the ids seen at exactly that key, since time keys tie).
/// While a pass is walking back through older pages, <see cref="Next"/> holds the page to resume from and
/// <see cref="Top"/> the newest key that pass has seen; the mark only moves when the pass is finished, so a
/// run that stops or crashes between pages loses nothing.
/// </summary>
public sealed record ListingCursor(
    long? Since,
    IReadOnlyList<string> SinceIds,
    long? Top,
    IReadOnlyList<string> TopIds,
    string? Next)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Nothing collected yet.</summary>
    public static ListingCursor Start { get; } = new(null, [], null, [], null);

    /// <summary>True when a pass is under way (the last run stopped before reaching known posts).</summary>
    public bool InPass => Next is not null;

    /// <summary>Reads a stored cursor; null or empty is <see cref="Start"/>, anything unreadable is null.</summary>
    public static ListingCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Start;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(text, Json);
            return stored is null ? null : new(stored.Since, stored.SinceIds ?? [], stored.Top, stored.TopIds ?? [], stored.Next);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The compact JSON text stored with the posts this cursor covers.</summary>
    public string Format() => JsonSerializer.Serialize(
        new Stored(Since, SinceIds.Count == 0 ? null : SinceIds, Top, TopIds.Count == 0 ? null : TopIds, Next), Json);

    private sealed record Stored(
        [property: JsonPropertyName("since")] long? Since,
        [property: JsonPropertyName("since_ids")] IReadOnlyList<string>? SinceIds,
        [property: JsonPropertyName("top")] long? Top,
        [property: JsonPropertyName("top_ids")] IReadOnlyList<string>? TopIds,
        [property: JsonPropertyName("next")] string? Next);
}
