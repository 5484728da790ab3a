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
        using var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write("not a model at all, just text"u8);
        }

        stream.Position = 0;
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
