using FsCheck;
using FsCheck.Fluent;
using Vigil.Analysis.Language;

namespace Vigil.Analysis.Tests.Language;

public sealed class TextFeaturesTests
{
    private static string Normalize(string text, out int[] scripts)
    {
        var buffer = new char[TextFeatures.MaxChars + 2];
        scripts = new int[WritingSystems.Count];
        var length = TextFeatures.Normalize(text, buffer, scripts);
        return new string(buffer, 0, length);
    }

    [Theory]
    [InlineData("Hello, WORLD!", " hello world ")]
    [InlineData("Price: 4500 EUR", " price eur ")]
    [InlineData("ana 3ala el ba7r", " ana 3ala el ba7r ")]
    [InlineData("سعر ٤٥٠٠ دولار", " سعر دولار ")]
    [InlineData("مِنْ هُنَا", " من هنا ")]
    [InlineData("می‌روم", " می\u200Cروم ")]
    [InlineData("l'uomo don't", " l'uomo don't ")]
    [InlineData("🚤🚤 2024", " ")]
    public void Normalize_Text_KeepsLettersAndWordDigitsOnly(string text, string expected)
    {
        Assert.Equal(expected, Normalize(text, out _));
    }

    [Fact]
    public void Normalize_MixedScripts_CountsLettersPerScript()
    {
        Normalize("Привет hello مرحبا", out var scripts);

        Assert.Equal(6, scripts[(int)WritingSystem.Cyrillic]);
        Assert.Equal(5, scripts[(int)WritingSystem.Latin]);
        Assert.Equal(5, scripts[(int)WritingSystem.Arabic]);
    }

    [Fact]
    public void Normalize_IsIdempotent()
    {
        Prop.ForAll<string>(s =>
        {
            var once = Normalize(s ?? string.Empty, out _);
            var twice = Normalize(once, out _);
            return once.Length > TextFeatures.MaxChars - 8 || once == twice;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ForEachGram_Word_VisitsEveryOrderUpToFive()
    {
        var counter = new Counter();
        TextFeatures.ForEachGram(" abcdef ", ref counter);

        // " abcdef " has 8 chars: order 1 without lone spaces 6, order 2..5: 7, 6, 5, 4.
        Assert.Equal([6, 7, 6, 5, 4], counter.PerOrder);
    }

    [Fact]
    public void HashOf_EveryGramOfAWord_MatchesWhatForEachGramVisits()
    {
        const string Word = " şehir ";
        var expected = new List<ulong>();
        for (var s = 0; s < Word.Length; s++)
        {
            for (var order = 1; order <= TextFeatures.MaxOrder && s + order <= Word.Length; order++)
            {
                if (order > 1 || Word[s] != ' ')
                {
                    expected.Add(TextFeatures.HashOf(Word.AsSpan(s, order)));
                }
            }
        }

        var recorder = new Recorder();
        TextFeatures.ForEachGram(Word, ref recorder);

        Assert.Equal(expected, recorder.Hashes);
        Assert.Throws<ArgumentOutOfRangeException>(() => TextFeatures.HashOf("abcdef"));
    }

    private struct Recorder : IGramVisitor
    {
        public Recorder()
        {
        }

        public List<ulong> Hashes { get; } = [];

        public readonly void Visit(ulong hash, int order) => Hashes.Add(hash);
    }

    private struct Counter : IGramVisitor
    {
        public Counter()
        {
        }

        public int[] PerOrder { get; } = new int[TextFeatures.MaxOrder];

        public readonly void Visit(ulong hash, int order) => PerOrder[order - 1]++;
    }
}
