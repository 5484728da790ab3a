using System.Text.RegularExpressions;
using Vigil.Reports.Strategic;

namespace Vigil.Reports.Tests.Rendering;

public sealed partial class ReportHtmlTests(DemoReport demo) : IClassFixture<DemoReport>
{
    /// <summary>Every pseudonym, phone/handle/e-mail/URL token, identifier and URL the store holds.</summary>
    private IEnumerable<string> StoredIdentifiers()
    {
        foreach (var p in demo.Posts)
        {
            foreach (var value in new[] { p.Author, p.ForwardedFrom, p.Url, p.ReplyTo })
            {
                if (!string.IsNullOrEmpty(value))
                {
                    yield return value;
                }
            }

            if (p.Source?.StartsWith("ps_", StringComparison.Ordinal) == true)
            {
                yield return p.Source;
            }

            foreach (Match m in Token().Matches(p.Text))
            {
                yield return m.Value;
            }

            foreach (var phone in p.Analysis?.Indicators.Phones ?? [])
            {
                yield return phone.E164;
            }

            foreach (var handle in p.Analysis?.Indicators.Handles ?? [])
            {
                yield return handle.Value;
            }
        }
    }

    [Fact]
    public void Render_DemoReport_ContainsNoPseudonymTokenOrUrlFromTheStore()
    {
        var identifiers = StoredIdentifiers().Distinct(StringComparer.Ordinal).ToList();
        Assert.True(identifiers.Count > 1000, $"only {identifiers.Count} identifiers in the demo store: the scan would prove little");

        var leaked = identifiers.Where(id => demo.Html.Contains(id, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();

        Assert.Empty(leaked);
        Assert.DoesNotContain("ps_", demo.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("[phone:", demo.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch(UrlLike(), demo.Html);
    }

    [Fact]
    public void Render_DemoReport_ContainsNoPostText()
    {
        // Any 32 characters from the middle of a post would show that text had been copied in.
        var windows = demo.Posts.Select(p => p.Text.ReplaceLineEndings(" ")).Where(t => t.Length >= 48).Select(t => t.Substring((t.Length / 2) - 16, 32)).ToList();

        Assert.True(windows.Count > 1000);
        Assert.DoesNotContain(windows, w => demo.Html.Contains(w, StringComparison.Ordinal) || demo.Html.Contains(System.Net.WebUtility.HtmlEncode(w), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DemoReport_IsSelfContained()
    {
        Assert.StartsWith("<!DOCTYPE html>", demo.Html);
        foreach (var external in new[] { "<script", "<link", "<img", "<iframe", "src=", "@import", "url(" })
        {
            Assert.DoesNotContain(external, demo.Html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<svg", demo.Html);
        Assert.Contains("@media print", demo.Html);
    }

    [Fact]
    public void Render_DemoReport_HasEverySectionAndTheSuppressionMarks()
    {
        foreach (var heading in new[] { "1. Summary", "2. Weekly volumes", "3. Advertised prices per route", "4. Routes, destinations and departure points", "New routes this period", "5. Transport, guarantees and payment", "6. Methodology and limits" })
        {
            Assert.Contains(heading, demo.Html);
        }

        Assert.Contains("Synthetic data", demo.Html);
        Assert.Contains("&lt;10", demo.Html); // the demo has small cells, and they show as "<10"
        Assert.Contains("k = 10", demo.Html);
        Assert.Contains("analyst.one", demo.Html);
    }

    [Fact]
    public void Render_Methodology_QuotesTheShippedModelsAccuracy()
    {
        var model = Assert.IsType<ModelQuality>(demo.Report.Model);
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Vigil.Testing.TestPaths.Data("models", "category.manifest.json"))).RootElement;

        Assert.Equal(manifest.GetProperty("dev_accuracy").GetDouble(), model.Accuracy);
        Assert.Equal(manifest.GetProperty("held_out").GetString(), model.HeldOut);
        Assert.Equal(manifest.GetProperty("held_out_posts").GetInt32(), model.DevPosts);
        Assert.Contains($"accuracy {model.Accuracy * 100:0.#} %", demo.Html);
        Assert.Contains($"measured on the {model.HeldOut} of ", demo.Html);
    }

    [GeneratedRegex(@"\[[a-z]+(?::[A-Za-z]{2})?:ps_[0-9a-f]+\]")]
    private static partial Regex Token();

    [GeneratedRegex(@"https?://|www\.|t\.me/|wa\.me/", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLike();
}
