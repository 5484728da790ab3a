using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class PlaceExtractionTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<(string Name, string? Country, string Role)> Places(string text, string lang = "und") =>
        Extractor.Extract(text, new LanguageGuess(lang, 1)).Indicators.Places.Select(p => (p.Name, p.Country, p.Role)).ToList();

    [Theory]
    [InlineData("رحلة من ازمير الى اليونان", "ar")]
    [InlineData("İzmir'den Yunanistan'a garantili geçiş", "tr")]
    [InlineData("حرکت از ازمیر به یونان", "fa")]
    [InlineData("Выезд из Измира в Грецию", "ru")]
    [InlineData("Boat from Izmir to Greece", "en")]
    [InlineData("Izmir → Greece tonight", "und")]
    public void Extract_FromToInEachLanguage_GivesOriginAndDestination(string text, string lang)
    {
        var places = Places(text, lang);
        Assert.Contains(("Izmir", "TR", "origin"), places);
        Assert.Contains(places, p => p.Country == "GR" && p.Role == "destination");
    }

    [Theory]
    [InlineData("من ليبيا إلى إيطاليا عبر مالطا", "ar")]
    [InlineData("از افغانستان به ترکیه از طریق ایران", "fa")]
    [InlineData("Из Минска в Германию через Польшу", "ru")]
    public void Extract_ViaMarker_GivesTransit(string text, string lang)
    {
        var places = Places(text, lang);
        Assert.Equal(3, places.Count);
        Assert.Equal(["origin", "destination", "transit"], places.Select(p => p.Role));
    }

    [Fact]
    public void Extract_ArabicCliticTo_GivesDestination()
    {
        var places = Places("طلعات يومية لليونان وايطاليا", "ar");
        Assert.Contains(("Greece", "GR", "destination"), places);
        Assert.Contains(("Italy", "IT", "destination"), places);
    }

    [Fact]
    public void Extract_ListAfterMarker_SharesTheRole()
    {
        var places = Places("Departures from Bodrum, Cesme or Ayvalik to Greek islands", "en");
        Assert.All(places.Where(p => p.Country == "TR"), p => Assert.Equal("origin", p.Role));
        Assert.Equal(3, places.Count(p => p.Country == "TR"));
    }

    [Fact]
    public void Extract_PlaceWithoutMarker_IsMentioned()
    {
        var place = Assert.Single(Places("Storm warning for Lesbos tonight", "en"));
        Assert.Equal(("Lesbos", "GR", "mentioned"), place);
    }

    [Fact]
    public void Extract_Explanation_SaysTheRoute()
    {
        var extraction = Extractor.Extract("Boat from Izmir to Greece, 4500 EUR, call +90 532 123 45 67", new LanguageGuess("en", 1));
        Assert.Contains("route TR→GR", extraction.Explanation);
        Assert.Contains("price 4500 EUR", extraction.Explanation);
        Assert.Contains("phone +90… (TR)", extraction.Explanation);
        Assert.DoesNotContain(extraction.Explanation, line => line.Contains("5321234567", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Place_CarriesCoordinates()
    {
        var extraction = Extractor.Extract("Zuwara departures", new LanguageGuess("en", 1));
        var place = Assert.Single(extraction.Indicators.Places);
        Assert.Equal("LY", place.Country);
        Assert.InRange(place.Lat!.Value, 32.0, 33.5);
        Assert.InRange(place.Lon!.Value, 11.5, 13.0);
    }
}
