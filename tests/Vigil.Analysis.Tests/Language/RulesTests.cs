using Vigil.Analysis.Language;

namespace Vigil.Analysis.Tests.Language;

public sealed class RulesTests
{
    [Theory]
    [InlineData("3ala", 1)]
    [InlineData("ri7la sa3be ktir", 2)]
    [InlineData("wara2 w 5alas", 2)]
    [InlineData("mp3 a4 5g covid19 2024 b2b", 0)]
    [InlineData("hello world", 0)]
    public void ArabiziDigits_CountWords_FindsDigitLetters(string text, int expected)
    {
        Assert.Equal(expected, ArabiziDigits.CountWords(text));
    }

    [Theory]
    [InlineData("داکتر گفت بیا", true)]
    [InlineData("پولیس در سرحد بود", true)]
    [InlineData("دکتر گفت بیا", false)]
    [InlineData("پلیس در مرز بود", false)]
    public void DariMarkers_Any_FindsAfghanVocabulary(string text, bool expected)
    {
        Assert.Equal(expected, DariMarkers.Any(text));
    }

    [Fact]
    public void ArabicScriptLetters_Count_SeparatesTheFamilies()
    {
        var e = ArabicScriptLetters.Count("ټ ډ ړ ڵ ٹ ے پ گ ة ي إ");

        Assert.Equal(new ArabicScriptLetters.Evidence(Pashto: 3, Sorani: 1, Urdu: 2, PersianFamily: 2, ArabicOnly: 2, StrongArabic: 2), e);
    }

    [Theory]
    [InlineData('a', WritingSystem.Latin)]
    [InlineData('ệ', WritingSystem.Latin)]
    [InlineData('ж', WritingSystem.Cyrillic)]
    [InlineData('ع', WritingSystem.Arabic)]
    [InlineData('ሀ', WritingSystem.Ethiopic)]
    [InlineData('ক', WritingSystem.Bengali)]
    [InlineData('ਕ', WritingSystem.Gurmukhi)]
    [InlineData('ა', WritingSystem.Georgian)]
    [InlineData('中', WritingSystem.Han)]
    [InlineData('5', WritingSystem.None)]
    [InlineData('!', WritingSystem.None)]
    public void WritingSystems_Of_ClassifiesLetters(char c, WritingSystem expected)
    {
        Assert.Equal(expected, WritingSystems.Of(c));
    }
}
