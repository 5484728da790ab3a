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

    /// <summary>Parses a manifest; null when it lacks the held-out (dev_*) figures.</summary>
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
        // The dev_* figures are held-out figures: of the dev split, or (since 2026-11-23) of a cross-validation's out-of-fold predictions.
        var heldOut = root.TryGetProperty("held_out", out var h) ? h.GetString() ?? "development split" : "development split";
        var count = root.TryGetProperty("held_out_posts", out var n) ? n.GetInt32()
            : root.TryGetProperty("posts", out var posts) && posts.TryGetProperty("dev", out var d) ? d.GetInt32() : 0;
        return new ModelQuality(created, trainer, count, accuracy.GetDouble(), f1.GetDouble(), falseFlags.GetDouble()) { HeldOut = heldOut };
    }
}
