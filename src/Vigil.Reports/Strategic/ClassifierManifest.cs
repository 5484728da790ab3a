using System.Globalization;
using System.Text.Json;

namespace Vigil.Reports.Strategic;

/// <summary>Reads the classifier's quality from its manifest (<c>data/models/category.manifest.json</c>, embedded at build).</summary>
public static class ClassifierManifest
{
    /// <summary>The embedded manifest's quality figures, or null when the build shipped no manifest.</summary>
    public static ModelQuality? LoadEmbedded()
    {
        using var stream = typeof(ClassifierManifest).Assembly.GetManifestResourceStream("Vigil.Reports.category.manifest.json");
        return stream is null ? null : Parse(stream);
    }

    /// <summary>Parses a manifest; null when it lacks the development-split figures.</summary>
    public static ModelQuality? Parse(Stream manifest)
    {
        using var doc = JsonDocument.Parse(manifest);
        var root = doc.RootElement;
        if (!root.TryGetProperty("dev_accuracy", out var accuracy) || !root.TryGetProperty("dev_macro_f1", out var f1) || !root.TryGetProperty("dev_false_flag_rate", out var falseFlags))
        {
            return null;
        }

        var created = root.TryGetProperty("created", out var c) && DateTimeOffset.TryParse(c.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "unknown";
        var trainer = root.TryGetProperty("trainer", out var t) ? t.GetString() ?? "" : "";
        var dev = root.TryGetProperty("posts", out var posts) && posts.TryGetProperty("dev", out var d) ? d.GetInt32() : 0;
        return new ModelQuality(created, trainer, dev, accuracy.GetDouble(), f1.GetDouble(), falseFlags.GetDouble());
    }
}
