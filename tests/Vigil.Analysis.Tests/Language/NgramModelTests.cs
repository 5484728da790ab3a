using Vigil.Analysis.Language;

namespace Vigil.Analysis.Tests.Language;

public sealed class NgramModelTests
{
    private static NgramModel TinyModel() => NgramModelTrainer.Train(
        [
            ("en", ["the cat sat on the mat", "where is the station please", "we will travel tomorrow"]),
            ("de", ["die katze sitzt auf der matte", "wo ist der bahnhof bitte", "wir reisen morgen"]),
        ],
        NgramTrainingOptions.Default);

    [Theory]
    [InlineData("where is the cat", "en")]
    [InlineData("wo ist die katze", "de")]
    public void Train_TwoLanguages_SeparatesThem(string text, string expected)
    {
        var guess = new LanguageIdentifier(TinyModel()).Identify(text);

        Assert.Equal(expected, guess.Code);
    }

    [Fact]
    public void SaveLoad_RoundTrip_ScoresIdentically()
    {
        var model = TinyModel();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NgramModel.Load(stream);

        Assert.Equal(model.Codes, loaded.Codes);
        Assert.Equal(model.ScriptMasks, loaded.ScriptMasks);
        Assert.Equal(Score(model, "the station bitte"), Score(loaded, "the station bitte"));
    }

    [Fact]
    public unsafe void Load_StreamOverMemory_ScoresInPlaceLikeACopy()
    {
        var bytes = Bytes(TinyModel());
        var memory = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)bytes.Length);
        try
        {
            bytes.CopyTo(new Span<byte>(memory, bytes.Length));
            using var view = new UnmanagedMemoryStream(memory, bytes.Length);
            var inPlace = NgramModel.Load(view);
            var copy = NgramModel.Load(new MemoryStream(bytes));

            Assert.True(inPlace.InPlace);
            Assert.False(copy.InPlace);
            Assert.Equal(copy.GramCount, inPlace.GramCount);
            Assert.Equal(Score(copy, "wo ist the station"), Score(inPlace, "wo ist the station"));
            Assert.Equal(bytes, Bytes(inPlace));
        }
        finally
        {
            System.Runtime.InteropServices.NativeMemory.Free(memory);
        }
    }

    [Fact]
    public void Default_ShippedModel_IsReadInPlaceFromTheAssembly()
    {
        Assert.True(LanguageIdentifier.Default.Model.InPlace);
    }

    [Fact]
    public void Train_SameCorpusTwice_GivesSameBytes()
    {
        Assert.Equal(Bytes(TinyModel()), Bytes(TinyModel()));
    }

    [Fact]
    public void Load_TruncatedFile_ThrowsInvalidData()
    {
        var bytes = Bytes(TinyModel());

        Assert.Throws<InvalidDataException>(() => NgramModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void Load_ForeignFile_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("not a model at all, just text"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => NgramModel.Load(stream));
    }

    [Fact]
    public void Default_ShippedModel_CoversTheRouteLanguages()
    {
        var codes = LanguageIdentifier.Default.Model.Codes;

        foreach (var code in new[] { "ar", "fa", "ps", "ur", "ckb", "kmr", "tr", "ru", "uk", "en", "fr", "de", "it", "es", "sq", "so", "ti", "am", "vi", "sr", "hr", "bs", "bg", "ro", "pl", "nl", "pt", "ar-Latn", "fa-Latn" })
        {
            Assert.Contains(code, codes);
        }
    }

    [Fact]
    public void Train_WordListOnly_LanguageIsLearntFromRankedWords()
    {
        var corpus = new LanguageCorpus([("en", ["the cat sat on the mat", "where is the station please"]), ("nl", ["#"])])
        {
            WordLists = new Dictionary<string, IReadOnlyList<string>> { ["nl"] = ["het", "een", "niet", "kat", "station", "waar", "alsjeblieft"] },
        };

        var withoutList = new LanguageIdentifier(corpus.Train(NgramTrainingOptions.Default with { WordListScale = 0 }));
        var withList = new LanguageIdentifier(corpus.Train(NgramTrainingOptions.Default with { WordListScale = 100 }));

        Assert.NotEqual("nl", withoutList.Identify("waar is het station").Code);
        Assert.Equal("nl", withList.Identify("waar is het station").Code);
    }

    [Fact]
    public void Train_WordList_TopRankWeighsMoreThanTail()
    {
        var corpus = new LanguageCorpus([("xx", ["#"])])
        {
            WordLists = new Dictionary<string, IReadOnlyList<string>> { ["xx"] = ["qqq", "a", "b", "c", "d", "e", "f", "g", "h", "zzz"] },
        };
        var model = corpus.Train(NgramTrainingOptions.Default with { WordListScale = 10 });

        Assert.True(Score(model, "qqq")[0] > Score(model, "zzz")[0]);
    }

    [Fact]
    public void Train_MinCount_DropsOneOffGramsOnly()
    {
        var lines = new[] { "alpha beta gamma", "alpha beta delta", "alpha omega" };
        var all = NgramModelTrainer.Train([("xx", lines)], NgramTrainingOptions.Default);
        var pruned = NgramModelTrainer.Train([("xx", lines)], NgramTrainingOptions.Default with { MinCount = 2 });

        Assert.True(pruned.GramCount < all.GramCount);
        Assert.True(pruned.MemoryBytes < all.MemoryBytes);
        Assert.True(Score(pruned, "alpha")[0] > Score(pruned, "omega")[0]); // "alpha" kept, "omega" seen once
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void AddStatistics_UnseenWords_AreDecidedByTheStatistics(string code)
    {
        var corpus = new[] { ("en", (IEnumerable<string>)["the cat sat on the mat"]), ("de", (IEnumerable<string>)["die katze sitzt auf der matte"]) };
        var counts = NgramModelTrainer.Count([.. corpus.Select(c => (c.Item1, c.Item2.Select(l => (l, 1.0))))], 0.05);
        var statistics = LinguaStatistics.Parse(
            ["{\"language\":\"X\",\"ngrams\":{\"1/2\":\"q x\"}}", "{\"language\":\"X\",\"ngrams\":{\"1/2\":\"qx xq\"}}"],
            "test");

        var stored = NgramModelTrainer.AddStatistics(counts, code, statistics.Features(), weight: 1, minCount: 0.01);
        var identifier = new LanguageIdentifier(NgramModelTrainer.Build(counts, NgramTrainingOptions.Default));

        Assert.True(stored >= 4, $"{stored} features stored"); // q, x, qx, xq and boundary grams
        Assert.Equal(code, identifier.Identify("qxqx xqxq").Code);
    }

    [Fact]
    public void AddStatistics_LettersOfAnotherScript_AreSkipped()
    {
        var counts = NgramModelTrainer.Count([("en", ["the cat sat on the mat"])], 0.05);
        var cyrillic = LinguaStatistics.Parse(["{\"language\":\"RUSSIAN\",\"ngrams\":{\"1/2\":\"д а\"}}"], "test");
        var before = NgramModelTrainer.Build(counts, NgramTrainingOptions.Default).GramCount;

        var stored = NgramModelTrainer.AddStatistics(counts, "en", cyrillic.Features(), weight: 10, minCount: 0);

        Assert.Equal(0, stored);
        Assert.Equal(before, NgramModelTrainer.Build(counts, NgramTrainingOptions.Default).GramCount);
    }

    [Fact]
    public void Score_StopMargin_StopsEarlyWithTheSameLeader()
    {
        var model = TinyModel();
        var text = string.Join(' ', Enumerable.Repeat("where is the station please we will travel tomorrow", 20));
        var buffer = new char[TextFeatures.MaxChars + 2];
        var length = TextFeatures.Normalize(text, buffer, new int[WritingSystems.Count]);
        var full = new float[2];
        var early = new float[2];

        var fullGrams = model.Score(buffer.AsSpan(0, length), full);
        var earlyGrams = model.Score(buffer.AsSpan(0, length), early, [true, true], 30f);

        Assert.True(earlyGrams < fullGrams / 4, $"{earlyGrams} of {fullGrams} n-grams read");
        Assert.True(early[0] - early[1] >= 30f);
        Assert.True(full[0] > full[1]);
    }

    private static float[] Score(NgramModel model, string text)
    {
        var buffer = new char[TextFeatures.MaxChars + 2];
        var scripts = new int[WritingSystems.Count];
        var length = TextFeatures.Normalize(text, buffer, scripts);
        var scores = new float[model.Codes.Count];
        model.Score(buffer.AsSpan(0, length), scores);
        return scores;
    }

    private static byte[] Bytes(NgramModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
