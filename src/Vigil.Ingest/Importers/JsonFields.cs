using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingest.Importers;

/// <summary>Tolerant accessors for platform JSON: missing keys and unexpected kinds read as null.</summary>
internal static class JsonFields
{
    public static JsonElement? Get(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? v : null;

    public static JsonElement? Get(this JsonElement? e, string name) => e is { } x ? x.Get(name) : null;

    /// <summary>A string, or the text of a number or boolean.</summary>
    public static string? Str(this JsonElement e, string name) => e.Get(name) is { } v ? AsString(v) : null;

    public static string? Str(this JsonElement? e, string name) => e is { } x ? x.Str(name) : null;

    public static string? AsString(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => null,
    };

    public static long? Long(this JsonElement e, string name) => e.Get(name) is { } v ? AsLong(v) : null;

    public static long? Long(this JsonElement? e, string name) => e is { } x ? x.Long(name) : null;

    public static long? AsLong(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt64(out var n) => n,
        JsonValueKind.Number when v.TryGetDouble(out var d) => (long)d,
        JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>An ISO 8601 string or a Unix time (seconds, or milliseconds when larger than 10^11).</summary>
    public static DateTimeOffset? Time(this JsonElement e, string name) => e.Get(name) is { } v ? AsTime(v) : null;

    public static DateTimeOffset? Time(this JsonElement? e, string name) => e is { } x ? x.Time(name) : null;

    public static DateTimeOffset? AsTime(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetDouble(out var d) => FromUnix(d),
        JsonValueKind.String => ParseTime(v.GetString()),
        _ => null,
    };

    public static DateTimeOffset? ParseTime(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return FromUnix(d);
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }

    public static DateTimeOffset? FromUnix(double value)
    {
        var seconds = value > 1e11 ? value / 1000 : value;
        return seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) => e.Get(name).Items();
}
