using System.Text.Json;
using Vigil.Core.Analysis;
using Vigil.Storage.Serialization;

namespace Vigil.Storage.Tests.Serialization;

public sealed class AnalysisJsonTests
{
    [Fact]
    public void Scores_RoundTrip()
    {
        var scores = new Dictionary<Category, double> { [Category.SmugglingOffer] = 0.93, [Category.Unrelated] = 1e-7, [Category.MigrantRequest] = 0 };
        Assert.Equal(scores.OrderBy(kv => kv.Key), AnalysisJson.ParseScores(AnalysisJson.Scores(scores)).OrderBy(kv => kv.Key));
    }

    [Fact]
    public void ParseScores_SkipsUnknownCategoriesAndReadsNothingFromNullOrEmpty()
    {
        var scores = AnalysisJson.ParseScores("{\"retired_category\":0.5,\"smuggling_offer\":0.25}");
        Assert.Equal(0.25, Assert.Single(scores).Value);
        Assert.Empty(AnalysisJson.ParseScores(null));
        Assert.Empty(AnalysisJson.ParseScores(""));
        Assert.Empty(AnalysisJson.ParseScores("null"));
    }

    [Theory]
    [InlineData("{\"smuggling_offer\":")]
    [InlineData("{\"smuggling_offer\":\"high\"}")]
    [InlineData("[0.5]")]
    public void ParseScores_Malformed_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => AnalysisJson.ParseScores(json));

    [Fact]
    public void Explanation_RoundTripsEscapesAndEveryScript()
    {
        string[] lines = ["matched 'بلم' (rubber dinghy, ar)", "quote \" backslash \\ tab \t new\nline", "route TR→GR 🚤", "<script>", ""];
        Assert.Equal(lines, AnalysisJson.ParseExplanation(AnalysisJson.Explanation(lines)));
        Assert.Empty(AnalysisJson.ParseExplanation(null));
        Assert.Empty(AnalysisJson.ParseExplanation("null"));
        Assert.Empty(AnalysisJson.ParseExplanation("[]"));
    }

    [Theory]
    [InlineData("[\"a\",")]
    [InlineData("[\"a\",1]")]
    [InlineData("{\"a\":\"b\"}")]
    public void ParseExplanation_Malformed_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => AnalysisJson.ParseExplanation(json));
}
