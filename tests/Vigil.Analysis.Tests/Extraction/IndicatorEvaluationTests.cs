using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class IndicatorEvaluationTests
{
    [Fact]
    public void Compute_CountsTruePositivesFalsePositivesAndMissesPerTypeAndLanguage()
    {
        var expected = new Indicators { Phones = [new PhoneIndicator("+905321234567", null)], Transport = ["boat"] };
        var actual = new Indicators { Phones = [new PhoneIndicator("+905321234567", "TR")], Transport = ["truck"] };

        var report = IndicatorEvaluation.Compute([("tr", expected, actual)]);

        var phones = report.PerType.Single(t => t.Name == "phones");
        Assert.Equal((1, 0, 0), (phones.TruePositives, phones.FalsePositives, phones.FalseNegatives));
        var transport = report.PerType.Single(t => t.Name == "transport");
        Assert.Equal((0, 1, 1), (transport.TruePositives, transport.FalsePositives, transport.FalseNegatives));
        var tr = Assert.Single(report.PerLanguage);
        Assert.Equal(0.5, tr.Precision);
        Assert.Equal(0.5, tr.Recall);
    }

    [Fact]
    public void Compute_PlacesCompareNameAndRole()
    {
        var expected = new Indicators { Places = [new PlaceIndicator("Izmir", null, "origin")] };
        var actual = new Indicators { Places = [new PlaceIndicator("Izmir", "TR", "destination")] };

        var places = IndicatorEvaluation.Compute([("en", expected, actual)]).PerType.Single(t => t.Name == "places");

        Assert.Equal(0, places.TruePositives);
        Assert.Equal(1, places.FalseNegatives);
    }
}
