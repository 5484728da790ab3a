using System.Text;
using Vigil.Reports.Strategic;

namespace Vigil.Reports.Tests.Strategic;

public sealed class ClassifierManifestTests
{
    private static ModelQuality? Parse(string json) => ClassifierManifest.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Parse_CrossValidatedManifest_QuotesWhatTheFiguresWereMeasuredOn()
    {
        var quality = Parse("""{"created":"2026-11-23T20:00:00+00:00","trainer":"t","posts":{"dev":2840},"dev_accuracy":0.8,"dev_macro_f1":0.75,"dev_false_flag_rate":0.02,"held_out":"out-of-fold predictions of a 5-fold cross-validation by source","held_out_posts":17010}""");

        Assert.NotNull(quality);
        Assert.Equal("out-of-fold predictions of a 5-fold cross-validation by source", quality.HeldOut);
        Assert.Equal(17010, quality.DevPosts);
        Assert.Equal(0.75, quality.MacroF1);
    }

    [Fact]
    public void Parse_OlderManifestWithoutHeldOut_IsTheDevelopmentSplit()
    {
        var quality = Parse("""{"created":"2026-11-23T17:46:44+00:00","trainer":"t","posts":{"dev":2840,"train":14170},"dev_accuracy":0.77,"dev_macro_f1":0.768,"dev_false_flag_rate":0}""");

        Assert.NotNull(quality);
        Assert.Equal("development split", quality.HeldOut);
        Assert.Equal(2840, quality.DevPosts);
        Assert.Equal("2026-11-23", quality.Created);
    }

    [Fact]
    public void Parse_ManifestWithoutFigures_IsNull() => Assert.Null(Parse("""{"trainer":"t"}"""));
}
