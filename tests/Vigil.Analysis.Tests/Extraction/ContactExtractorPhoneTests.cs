using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Extraction;

namespace Vigil.Analysis.Tests.Extraction;

public sealed class ContactExtractorPhoneTests
{
    private static readonly ContactExtractor Extractor = ContactExtractor.Shared;

    private static IReadOnlyList<PhoneMatch> Phones(string text, params string[] regions) =>
        Extractor.Find(text, regions).Phones;

    [Theory]
    [InlineData("رحلة من ازمير الى اليونان، للتواصل واتساب ‎+90 532 123 45 67", "+905321234567", "TR")]
    [InlineData("للحجز اتصل ٠٠٩٠٥٣٢١٢٣٤٥٦٧ واتس", "+905321234567", "TR")]
    [InlineData("تماس: ۰۰۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹ فقط واتساپ", "+989123456789", "IR")]
    [InlineData("Звоните: +7 (912) 345-67-89, Вайбер тоже", "+79123456789", "RU")]
    [InlineData("İzmir'den Yunanistan'a garantili geçiş. Tel: +90.532.123.45.67", "+905321234567", "TR")]
    [InlineData("Call ＋２１８ ９１ ２３４ ５６７８ now", "+218912345678", "LY")]
    public void Find_InternationalNumberInAnyScript_ReturnsE164AndCountry(string text, string e164, string country)
    {
        var phone = Assert.Single(Phones(text));
        Assert.Equal(e164, phone.E164);
        Assert.Equal(country, phone.Country);
    }

    [Theory]
    [InlineData("Tel 0532 123 45 67 arayın", "TR", "+905321234567")]
    [InlineData("اتصل على ٠٩١٢٣٤٥٦٧٨ طرابلس", "LY", "+218912345678")]
    [InlineData("شماره: ۰۹۱۲-۳۴۵-۶۷۸۹", "IR", "+989123456789")]
    [InlineData("пишите 8 (912) 345 67 89", "RU", "+79123456789")]
    public void Find_NationalNumberWithRegionHint_UsesHintCountry(string text, string region, string e164)
    {
        var phone = Assert.Single(Phones(text, region));
        Assert.Equal(e164, phone.E164);
        Assert.Equal(region, phone.Country);
    }

    [Fact]
    public void Find_ShortWordBetweenDigitGroups_StillOneNumber()
    {
        var phone = Assert.Single(Phones("whatsapp +90 532 tel 123 45 67 only"));
        Assert.Equal("+905321234567", phone.E164);
    }

    [Fact]
    public void Find_TwoNumbersJoinedByWord_ReturnsBoth()
    {
        var phones = Phones("0532 123 45 67 veya 0533 765 43 21 arayın", "TR");
        Assert.Equal(["+905321234567", "+905337654321"], phones.Select(p => p.E164));
    }

    [Fact]
    public void Find_WaMeLink_CountsAsPhone()
    {
        const string text = "واتساب https://wa.me/905321234567 للحجز";
        var phone = Assert.Single(Phones(text));
        Assert.Equal("+905321234567", phone.E164);
        Assert.Equal("TR", phone.Country);
        Assert.Equal("https://wa.me/905321234567", text.Substring(phone.Start, phone.Length));
    }

    [Fact]
    public void Find_CountryCodeWithoutPlus_ReturnsE164()
    {
        var phone = Assert.Single(Phones("WhatsApp 905321234567"));
        Assert.Equal("+905321234567", phone.E164);
    }

    [Theory]
    [InlineData("Price 4500 EUR per person, departure 12.05.2026")]
    [InlineData("السعر ٥٠٠٠ دولار للشخص")]
    [InlineData("Order ID12345678901 shipped")]
    [InlineData("see https://example.org/news/2026/05/123456789")]
    [InlineData("1500 2000 2500 3000")]
    public void Find_NumbersThatAreNotPhones_ReturnsNone(string text)
    {
        Assert.Empty(Phones(text));
    }

    [Fact]
    public void Find_SpanCoversOriginalDigits()
    {
        const string text = "اتصل ‎+٩٠ ٥٣٢ ١٢٣ ٤٥ ٦٧ الآن";
        var phone = Assert.Single(Phones(text));
        Assert.Equal("+٩٠ ٥٣٢ ١٢٣ ٤٥ ٦٧", text.Substring(phone.Start, phone.Length));
    }

    [Fact]
    public void ToE164_SameNumberWrittenThreeWays_SameResult()
    {
        string[] tr = ["TR"];
        Assert.Equal("+905321234567", Extractor.ToE164("0532 123 45 67", tr));
        Assert.Equal("+905321234567", Extractor.ToE164("٠٠٩٠ ٥٣٢ ١٢٣ ٤٥ ٦٧", tr));
        Assert.Equal("+905321234567", Extractor.ToE164("(+90) 532-123-4567", tr));
    }

    private static readonly string[] ValidE164 =
    [
        "+905321234567", "+218912345678", "+963944567890", "+989123456789", "+93701234567",
        "+306912345678", "+393123456789", "+79123456789", "+923001234567", "+9647701234567",
    ];

    [Property(MaxTest = 300)]
    public Property ToE164_OfE164InAnyDigitsAndSpacing_IsStable()
    {
        var gen =
            from number in Gen.Elements(ValidE164)
            from script in Gen.Elements(0x30, 0x660, 0x6F0, 0xFF10)
            from separators in Gen.ArrayOf(Gen.Elements("", " ", "-", ".", " "), number.Length)
            select (number, Render(number, script, separators));
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var once = Extractor.ToE164(pair.Item2, []);
            return once == pair.number && Extractor.ToE164(once!, []) == once;
        });
    }

    private static string Render(string e164, int zero, string[] separators)
    {
        var chars = new System.Text.StringBuilder("+");
        for (var i = 1; i < e164.Length; i++)
        {
            chars.Append((char)(zero + (e164[i] - '0')));
            chars.Append(separators[i]);
        }

        return chars.ToString();
    }
}
