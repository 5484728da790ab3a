using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class PriceExtractionTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<PriceIndicator> Prices(string text, string lang = "und") =>
        Extractor.Extract(text, new LanguageGuess(lang, 1)).Indicators.Prices;

    [Theory]
    [InlineData("Trip to Italy 5000$ only", 5000, "USD")]
    [InlineData("Price: $5,000 cash", 5000, "USD")]
    [InlineData("Preis €4.500 bis Deutschland", 4500, "EUR")]
    [InlineData("السعر ٥٠٠٠ دولار", 5000, "USD")]
    [InlineData("قیمت ۲۵۰۰ یورو تا آلمان", 2500, "EUR")]
    [InlineData("Цена 5 тыс. долларов", 5000, "USD")]
    [InlineData("السعر ألفين يورو فقط", 2000, "EUR")]
    [InlineData("Fiyat 4 bin euro", 4000, "EUR")]
    [InlineData("هزینه 2.5 million toman", 25000000, "IRR")]
    [InlineData("قیمت ۳ میلیون تومان", 30000000, "IRR")]
    [InlineData("خمسة آلاف دولار للوصول", 5000, "USD")]
    [InlineData("1500 £ to UK", 1500, "GBP")]
    [InlineData("Фиксированная цена 3500 евро", 3500, "EUR")]
    [InlineData("EUR 4500 all inclusive", 4500, "EUR")]
    [InlineData("4 500 € tout compris", 4500, "EUR")]
    [InlineData("ücret 7000 TL", 7000, "TRY")]
    public void Extract_PriceInAnyHabit_ReturnsIsoAmount(string text, double amount, string currency)
    {
        var price = Assert.Single(Prices(text));
        Assert.Equal((decimal)amount, price.Amount);
        Assert.Equal(currency, price.Currency);
    }

    [Theory]
    [InlineData("4000-5000 EUR per person", 4000, 5000, true)]
    [InlineData("من 3000 الى 4000 دولار للشخص", 3000, 4000, true)]
    [InlineData("3-4k € each", 3000, 4000, true)]
    [InlineData("از ۲۰۰۰ تا ۳۰۰۰ یورو", 2000, 3000, false)]
    public void Extract_Range_KeepsBothBoundsAndPerPerson(string text, double low, double high, bool perPerson)
    {
        var price = Assert.Single(Prices(text));
        Assert.Equal((decimal)low, price.Amount);
        Assert.Equal((decimal)high, price.AmountMax);
        Assert.Equal(perPerson, price.PerPerson);
    }

    [Fact]
    public void Extract_BareKiloAmount_TakesCurrencyOfThePost()
    {
        var prices = Prices("Italy 5k, Greece 3000 €");
        Assert.Equal([(5000m, "EUR"), (3000m, "EUR")], prices.Select(p => (p.Amount, p.Currency)));
    }

    [Theory]
    [InlineData("Departure 12.05.2026 at 5 am, 30 people")]
    [InlineData("call +90 532 123 45 67")]
    [InlineData("100% guaranteed")]
    [InlineData("In 2015, 5000 people crossed")]
    public void Extract_NoCurrency_NoPrice(string text)
    {
        Assert.Empty(Prices(text));
    }

    private static readonly string[] Currencies = ["USD", "EUR", "GBP", "TRY", "IRR", "AFN", "PKR", "LYD", "IQD", "RUB", "USDT"];

    [Property(MaxTest = 300)]
    public Property Render_ThenParse_GivesThePriceBack()
    {
        var amount = Gen.Choose(1, 2_000_000).Select(v => (decimal)v);
        var cents = Gen.Elements(0m, 0.5m, 0.25m);
        var gen =
            from low in amount
            from frac in cents
            from currency in Gen.Elements(Currencies)
            from width in Gen.Choose(0, 3)
            from perPerson in Gen.Elements(true, false)
            select new PriceIndicator(low + frac, currency, width == 0 ? null : low + frac + (width * 1000), perPerson);
        return Prop.ForAll(gen.ToArbitrary(), price =>
        {
            var rendered = PriceFormat.Render(price);
            var parsed = Assert.Single(Prices(rendered));
            Assert.Equal(price, parsed);
        });
    }
}
