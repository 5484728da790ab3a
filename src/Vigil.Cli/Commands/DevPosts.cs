using System.Text.Json;
using Vigil.Analysis.Language;

namespace Vigil.Cli.Commands;

/// <summary>
/// Labelled posts (<c>posts.*.jsonl</c> with <c>text</c> and <c>lang</c>) as a development set for the
/// language model: social-media text the model is never trained on. <c>ku</c> (Kurdish without the
/// variety) is left out, since the model tells Sorani from Kurmanji.
/// </summary>
internal static class DevPosts
{
    public static LanguageCorpus Read(string folder)
    {
        var byLanguage = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "posts.*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.TryGetProperty("text", out var text) && root.TryGetProperty("lang", out var lang) && lang.GetString() is { } code && code != "ku")
                {
                    if (!byLanguage.TryGetValue(code, out var list))
                    {
                        byLanguage[code] = list = [];
                    }

                    list.Add(text.GetString()!.Replace('\n', ' '));
                }
            }
        }

        return new LanguageCorpus([.. byLanguage.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value))]);
    }
}
