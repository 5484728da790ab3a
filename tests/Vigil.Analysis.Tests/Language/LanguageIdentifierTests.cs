using Vigil.Analysis.Language;

namespace Vigil.Analysis.Tests.Language;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("😀🚤🇮🇹 🙏🙏")]
    [InlineData("+90 532 123 45 67 — 4500 €, 12/11/2024")]
    [InlineData("٠٠٢١٨٩١٢٣٤٥٦٧٨ ۲۵۰۰")]
    [InlineData("!!! ??? ... ###")]
    public void Identify_NoLetters_IsUndetermined(string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal("und", guess.Code);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void Identify_SingleLatinLetter_IsUndetermined()
    {
        Assert.Equal("und", Identifier.Identify("x 100").Code);
    }

    [Theory]
    [InlineData("زه غواړم چې جرمني ته لاړ شم")] // ړ ږ څ ...
    [InlineData("ټول ماشومان ښوونځي ته ځي")]
    public void Identify_PashtoLetters_IsPashto(string text)
    {
        Assert.Equal("ps", Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("ئەمڕۆ دەچمە بازاڕ لەگەڵ هاوڕێکەم")]
    [InlineData("ڕێگاکە زۆر سەختە")]
    public void Identify_SoraniLetters_IsCentralKurdish(string text)
    {
        Assert.Equal("ckb", Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("میں کل لاہور جاؤں گا اور وہاں سے کراچی")]
    [InlineData("ہمیں یورپ جانے کے لیے ایجنٹ چاہیے")]
    public void Identify_UrduLetters_IsUrdu(string text)
    {
        Assert.Equal("ur", Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("من فردا با خانواده‌ام به شیراز می‌روم", "fa")]
    [InlineData("پول را کجا بدهم", "fa")]
    [InlineData("سأسافر غداً مع عائلتي إلى القاهرة", "ar")]
    [InlineData("الرحلة مضمونة والدفع بعد الوصول", "ar")]
    public void Identify_PersianOrArabicLetters_TellsThemApart(string text, string expected)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Fact]
    public void Identify_PersianWithAfghanVocabulary_IsDari()
    {
        var guess = Identifier.Identify("داکتر گفت که تذکره و پاسپورت لازم است");

        Assert.Equal("prs", guess.Code);
        Assert.False(guess.Romanized);
    }

    [Theory]
    [InlineData("ana bdi ro7 3ala almanya bas ma 3andi wara2")]
    [InlineData("wallah ya 5ouya el ri7la kanet sa3be ktir")]
    [InlineData("shu a5bar el ba7er el yom, fi markab bokra?")]
    public void Identify_Arabizi_IsRomanizedArabic(string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal("ar", guess.Code);
        Assert.True(guess.Romanized);
    }

    [Theory]
    [InlineData("The boat leaves from the coast tomorrow night", "en")]
    [InlineData("Le bateau part de la côte demain soir", "fr")]
    public void Identify_OrdinaryLatinText_IsNotRomanized(string text, string expected)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(expected, guess.Code);
        Assert.False(guess.Romanized);
    }

    [Theory]
    [InlineData("Контакт в Telegram @travel_help, звоните в любое время", "ru")]
    [InlineData("Call me on واتساب now please, the price is good", "en")]
    [InlineData("السعر 4500 يورو للشخص، التواصل على WhatsApp فقط", "ar")]
    [InlineData("Ελάτε στην Αθήνα μέσω Istanbul", "el")]
    public void Identify_MixedScripts_FollowsTheMainScript(string text, string expected)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("ქალაქში ახალი ხიდი ააშენეს", "ka")]
    [InlineData("Երեկ մենք գնացինք ծով", "hy")]
    [InlineData("我们明天早上去火车站", "zh")]
    [InlineData("আমরা কাল সকালে বাজারে যাব", "bn")]
    [InlineData("ਅਸੀਂ ਕੱਲ੍ਹ ਸਵੇਰੇ ਬਾਜ਼ਾਰ ਜਾਵਾਂਗੇ", "pa")]
    [InlineData("हम कल सुबह बाज़ार जाएंगे", "hi")]
    [InlineData("אנחנו נוסעים מחר לים", "he")]
    public void Identify_UniqueScript_DecidesByLetters(string text, string expected)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(expected, guess.Code);
        Assert.True(guess.Confidence > 0.9);
    }

    [Fact]
    public void Identify_Hint_BreaksNearTiesOnly()
    {
        var sentence = "Wir fahren morgen früh mit dem Zug nach Berlin und bleiben dort eine Woche";

        Assert.Equal("de", Identifier.Identify(sentence, hint: "nl").Code);
    }

    [Fact]
    public void Identify_LongText_IsJudgedByItsBeginningWithoutFailing()
    {
        var text = string.Concat(Enumerable.Repeat("Das ist ein langer deutscher Text über das Wetter. ", 400));

        Assert.Equal("de", Identifier.Identify(text).Code);
    }
}
