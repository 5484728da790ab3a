using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class CategoryModelTests
{
    private static readonly TrainingOptions Tiny = new() { HashBits = 14, MaxIterations = 30 };

    private static TrainingResult TrainTiny()
    {
        var corpus = Evidence.TinyCorpus();
        return new CategoryTrainer(Evidence.ShippedRules, Tiny).Train(
            corpus.Where(p => p.Split == "train").ToArray(),
            corpus.Where(p => p.Split == "dev").ToArray(),
            _ => Indicators.Empty);
    }

    [Fact]
    public void TrainSaveLoad_RoundTrip_GivesIdenticalLogitsAndCalibration()
    {
        var trained = TrainTiny().Model;
        using var stream = new MemoryStream();
        trained.Save(stream);
        stream.Position = 0;
        var loaded = CategoryModel.Load(stream);

        Assert.Equal(trained.RuleWeight, loaded.RuleWeight);
        Assert.Equal(trained.Temperature, loaded.Temperature);
        Assert.Equal(trained.NonZeroRows, loaded.NonZeroRows);
        foreach (var post in Evidence.TinyCorpus())
        {
            var folded = MatchText.Prepare(post.Text);
            var evidence = Evidence.ShippedRules.Evaluate(folded, Indicators.Empty);
            Assert.Equal(trained.Logits(folded, evidence), loaded.Logits(folded, evidence));
        }
    }

    [Fact]
    public void Train_TinyCorpus_LearnsItsTrainingPosts()
    {
        var result = TrainTiny();
        var classifier = new CategoryClassifier(Evidence.ShippedRules, result.Model);
        var train = Evidence.TinyCorpus().Where(p => p.Split == "train").ToArray();
        var correct = train.Count(p => classifier.Classify(p.Text, new LanguageGuess(p.Lang, 1), Indicators.Empty).Category == p.Category);

        Assert.True(correct >= train.Length * 0.9, $"{correct} of {train.Length} training posts right");
        Assert.True(result.Model.Temperature > 0);
        Assert.InRange(result.Model.RuleWeight, Calibrator.MinimumRuleWeight, 2.0);
        Assert.Equal(result.DevCount, result.Dev.Count);
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write("NOTAMODEL-----"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => CategoryModel.Load(stream));
    }
}
