using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class LexiconTermTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static Indicators Of(string text, string lang = "und") => Extractor.Extract(text, new LanguageGuess(lang, 1)).Indicators;

    [Theory]
    [InlineData("رحلة بالقارب المطاطي", "rubber_dinghy")]
    [InlineData("سفر با قایق به یونان", "boat")]
    [InlineData("Tırla Almanya'ya", "truck")]
    [InlineData("поездка на грузовике", "truck")]
    [InlineData("passage en zodiac depuis Calais", "rubber_dinghy")]
    [InlineData("VIP yacht trip", "yacht")]
    [InlineData("عبور پیاده از مرز", "on_foot")]
    public void Extract_TransportInAnyScript(string text, string expected)
    {
        Assert.Contains(expected, Of(text).Transport);
    }

    [Theory]
    [InlineData("الدفع عن طريق حوالة أو مكتب تأمين", "hawala")]
    [InlineData("پرداخت با تتر", "crypto")]
    [InlineData("оплата через Western Union", "money_transfer")]
    [InlineData("Payment in USDT TRC20", "crypto")]
    public void Extract_PaymentInAnyScript(string text, string expected)
    {
        Assert.Contains(expected, Of(text).Payment);
    }

    [Theory]
    [InlineData("رحلة آمنة ومضمونة 100%", new[] { "safe", "guaranteed", "100_percent" })]
    [InlineData("پرداخت بعد از رسیدن", new[] { "pay_on_arrival" })]
    [InlineData("Güvenli geçiş, vardıktan sonra ödeme", new[] { "safe", "pay_on_arrival" })]
    [InlineData("Гарантия, вторая попытка бесплатно", new[] { "guaranteed", "second_try_free" })]
    public void Extract_GuaranteesInAnyScript(string text, string[] expected)
    {
        var guarantees = Of(text).Guarantees;
        Assert.All(expected, e => Assert.Contains(e, guarantees));
    }

    [Theory]
    [InlineData("جوازات سفر وإقامات أوروبية", new[] { "passport", "residence_permit" })]
    [InlineData("ویزای شینگن و پاسپورت", new[] { "visa", "passport" })]
    [InlineData("Паспорт и вид на жительство", new[] { "passport", "residence_permit" })]
    [InlineData("mariage blanc possible, carte d'identité", new[] { "marriage", "id_card" })]
    public void Extract_DocumentsInAnyScript(string text, string[] expected)
    {
        var documents = Of(text).Documents;
        Assert.All(expected, e => Assert.Contains(e, documents));
    }

    [Fact]
    public void Extract_NewsText_NoIndicators()
    {
        var i = Of("The city council approved the new budget for public schools on Tuesday.", "en");
        Assert.Empty(i.Transport);
        Assert.Empty(i.Payment);
        Assert.Empty(i.Guarantees);
        Assert.Empty(i.Documents);
        Assert.Empty(i.Prices);
        Assert.Empty(i.Places);
    }

    [Fact]
    public void Extract_Explanation_NamesTermAndLanguage()
    {
        var extraction = Extractor.Extract("رحلة بالقارب", new LanguageGuess("ar", 1));
        Assert.Contains("transport boat ('بالقارب', ar)", extraction.Explanation);
    }
}
