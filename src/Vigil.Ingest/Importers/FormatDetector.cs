using System.Text;
using System.Text.Json;

namespace Vigil.Ingest.Importers;

/// <summary>
/// Recognises an input format from its first bytes (decoded to UTF-8): markup root elements for feeds
/// and Telegram pages, top-level keys for JSON, a delimited header row for CSV. The file extension only
/// breaks ties (a one-column CSV); it never overrides what the content says.
/// </summary>
public static class FormatDetector
{
    /// <summary>The formats, as listed in messages.</summary>
    public const string Supported =
        "JSONL (Vigil schema), CSV with a header row, Telegram Desktop export JSON, Telegram t.me/s web page, " +
        "Mastodon statuses JSON, Reddit listing JSON, X API v2 JSON, RSS/Atom, YouTube Data API JSON, VK API JSON";

    /// <param name="head">The first bytes of the content as UTF-8 (byte-order mark removed).</param>
    /// <param name="isWhole">True when <paramref name="head"/> is the whole content.</param>
    /// <param name="fileName">Used only to break ties; may be null (stdin).</param>
    /// <returns>The format, or null when the content matches none.</returns>
    public static InputFormat? Detect(ReadOnlySpan<byte> head, bool isWhole, string? fileName = null)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var body = head.TrimStart(" \t\r\n"u8);
        if (body.IsEmpty)
        {
            return null;
        }

        return body[0] switch
        {
            (byte)'<' => DetectMarkup(body),
            (byte)'{' => DetectObject(body, isWhole),
            (byte)'[' => DetectArray(body, isWhole),
            _ => LooksLikeCsv(body, fileName) ? InputFormat.Csv : null,
        };
    }

    private static InputFormat? DetectMarkup(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 16 * 1024)]);
        if (text.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        var more = Encoding.UTF8.GetString(body);
        return more.Contains("tgme_widget_message", StringComparison.Ordinal) || more.Contains("tgme_channel_info", StringComparison.Ordinal)
            ? InputFormat.TelegramWeb
            : null;
    }

    /// <summary>Top-level keys of the first object, with a few string values and the keys of the first <c>data</c> element.</summary>
    private sealed class Shape
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
        public HashSet<string> FirstDataKeys { get; } = new(StringComparer.Ordinal);
        public int End { get; set; } = -1;
    }

    private static Shape ReadShape(ReadOnlySpan<byte> json, bool isWhole)
    {
        var shape = new Shape();
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return shape;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    shape.End = (int)reader.BytesConsumed;
                    break;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                var name = reader.GetString()!;
                shape.Keys.Add(name);
                if (!reader.Read())
                {
                    break;
                }

                if (reader.TokenType == JsonTokenType.String)
                {
                    shape.Values[name] = reader.GetString() ?? "";
                }
                else if (name == "data" && reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadFirstElementKeys(ref reader, shape.FirstDataKeys);
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed head still tells us what keys came before the damage.
        }

        _ = isWhole;
        return shape;
    }

    private static void ReadFirstElementKeys(ref Utf8JsonReader reader, HashSet<string> keys)
    {
        var depth = reader.CurrentDepth;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 2)
            {
                keys.Add(reader.GetString()!);
            }
        }
    }

    private static InputFormat? DetectObject(ReadOnlySpan<byte> body, bool isWhole)
    {
        var shape = ReadShape(body, isWhole);
        var k = shape.Keys;
        var isXPage = k.Contains("data") && (k.Contains("meta") || k.Contains("includes") || shape.FirstDataKeys.Contains("edit_history_tweet_ids") || shape.FirstDataKeys.Contains("author_id"));

        // One object per line: Vigil JSONL, or JSONL of X response pages (twarc2 output).
        if (shape.End > 0 && body[shape.End..].TrimStart(" \t\r\n"u8) is { IsEmpty: false } rest && rest[0] is (byte)'{' or (byte)'[')
        {
            return isXPage ? InputFormat.X : InputFormat.Jsonl;
        }

        var kind = shape.Values.GetValueOrDefault("kind");
        if (k.Contains("messages") && (k.Contains("type") || k.Contains("name")))
        {
            return InputFormat.TelegramExport;
        }

        if (kind == "Listing")
        {
            return InputFormat.Reddit;
        }

        if (kind?.StartsWith("youtube#", StringComparison.Ordinal) == true)
        {
            return InputFormat.YouTube;
        }

        if (k.Contains("response") && k.Count <= 3)
        {
            return InputFormat.Vk;
        }

        if (isXPage || (k.Contains("data") && shape.FirstDataKeys.Contains("text")))
        {
            return InputFormat.X;
        }

        if (k.Contains("account") && k.Contains("content"))
        {
            return InputFormat.Mastodon;
        }

        return k.Contains("text") ? InputFormat.Jsonl : null;
    }

    private static InputFormat? DetectArray(ReadOnlySpan<byte> body, bool isWhole)
    {
        var inner = body[1..].TrimStart(" \t\r\n"u8);
        if (inner.IsEmpty || inner[0] != (byte)'{')
        {
            return null;
        }

        var shape = ReadShape(inner, isWhole);
        if (shape.Keys.Contains("account") && shape.Keys.Contains("content"))
        {
            return InputFormat.Mastodon;
        }

        return shape.Keys.Contains("text") ? InputFormat.Jsonl : null;
    }

    private static bool LooksLikeCsv(ReadOnlySpan<byte> body, string? fileName)
    {
        var nl = body.IndexOf((byte)'\n');
        var first = Encoding.UTF8.GetString(nl < 0 ? body : body[..nl]).TrimEnd('\r');
        if (first.Length == 0 || first.Any(c => char.IsControl(c) && c != '\t'))
        {
            return false;
        }

        foreach (var delimiter in new[] { ',', ';', '\t', '|' })
        {
            if (first.Split(delimiter).Length >= 2)
            {
                return true;
            }
        }

        var ext = Path.GetExtension(fileName ?? "");
        return ext.Equals(".csv", StringComparison.OrdinalIgnoreCase) || ext.Equals(".tsv", StringComparison.OrdinalIgnoreCase);
    }
}
