using System.Text.Json;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification.Training;

/// <summary>
/// Reads the labelled corpus: JSON Lines with <c>id, text, lang, category, source, platform, split</c>.
/// A malformed line is reported with its file and line number and skipped; the rest is read.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads every <c>*.jsonl</c> file of <paramref name="directory"/> in name order.</summary>
    public static (IReadOnlyList<CorpusPost> Posts, IReadOnlyList<string> Errors) ReadDirectory(string directory)
    {
        var posts = new List<CorpusPost>();
        var errors = new List<string>();
        if (!Directory.Exists(directory))
        {
            errors.Add($"{directory}: the corpus directory does not exist.");
            return (posts, errors);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            Read(Path.GetFileName(file), File.ReadLines(file), posts, errors);
        }

        return (posts, errors);
    }

    /// <summary>Parses lines of one file; <paramref name="fileName"/> is used in error messages.</summary>
    public static void Read(string fileName, IEnumerable<string> lines, List<CorpusPost> posts, List<string> errors)
    {
        var lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, out var post, out var error))
            {
                posts.Add(post);
            }
            else
            {
                errors.Add($"{fileName}:{lineNo}: {error}");
            }
        }
    }

    private static bool TryParse(string line, out CorpusPost post, out string error)
    {
        post = null!;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return false;
            }

            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Get("id");
            var text = Get("text");
            var category = Get("category");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(text))
            {
                error = "missing 'id' or 'text'";
                return false;
            }

            if (!Categories.TryParse(category, out var parsed))
            {
                error = $"unknown category '{category}'";
                return false;
            }

            var split = (Get("split") ?? "train").Trim().ToLowerInvariant();
            if (split is not ("train" or "dev" or "test"))
            {
                error = $"unknown split '{split}' (use train, dev or test)";
                return false;
            }

            post = new CorpusPost(id, text, Get("lang") ?? "und", parsed, Get("source") ?? string.Empty, Get("platform") ?? string.Empty, split);
            error = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            error = "invalid JSON: " + ex.Message;
            return false;
        }
    }
}
