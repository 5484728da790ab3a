using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// Where `vigil train` and `vigil eval` find the repository's data (corpus, lexicons, models): the nearest
/// folder above the working directory (or above the binary) that holds <c>global.json</c> and <c>data/</c>.
/// </summary>
internal static class ClassificationData
{
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "global.json")) && Directory.Exists(Path.Combine(dir.FullName, "data")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string Default(string? given, params string[] relative)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Path.GetFullPath(given);
        }

        var root = FindRepositoryRoot() ?? Directory.GetCurrentDirectory();
        return Path.Combine([root, "data", .. relative]);
    }

    /// <summary>
    /// The indicators a post is classified with, from the same extractor `analyze` uses, so training,
    /// evaluation and analysis see the same features.
    /// </summary>
    public static Func<string, string, Indicators> Indicators() => IndicatorSource.Extract;

    /// <summary>Reads the corpus, writing each malformed line (file:line: why) to <paramref name="error"/>.</summary>
    public static IReadOnlyList<CorpusPost> ReadCorpus(string directory, TextWriter error)
    {
        var (posts, errors) = CorpusReader.ReadDirectory(directory);
        foreach (var e in errors)
        {
            error.WriteLine($"warning: {e} (line skipped)");
        }

        return posts;
    }

    /// <summary>Loads the rules layer from data files, writing each bad line to <paramref name="error"/>; null if a file has errors.</summary>
    public static RuleLayer? LoadRules(string lexiconsDir, TextWriter error)
    {
        var (layer, errors) = RuleLayer.LoadDirectory(lexiconsDir);
        foreach (var e in errors)
        {
            error.WriteLine($"error: {e}");
        }

        return errors.Count == 0 ? layer : null;
    }
}
