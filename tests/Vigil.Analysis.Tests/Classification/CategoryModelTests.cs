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
    public void Logits_AreBitIdenticalToScalarSumsOfHalfWeightsTimesFeatureValues()
    {
        // The scoring loop is vectorised; the shipped model's calibration depends on its exact sums, so they must
        // equal the plain definition: per class, the float product of the (half-precision) weight and the feature
        // value, added in double in the order the featurizer emits them.
        const int bits = 12;
        var classes = Categories.All.Count;
        var dimension = new CategoryFeaturizer(bits).Dimension;
        var rng = new Random(7);
        var weights = new float[dimension * CategoryModel.Stride];
        for (var r = 0; r < dimension; r++)
        {
            for (var c = 0; c < classes; c++)
            {
                weights[(r * CategoryModel.Stride) + c] = (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-6, 2)));
            }
        }

        float[] Floats(int n) => Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
        var textBias = Floats(classes);
        var model = new CategoryModel(bits, weights, textBias, Floats(classes * classes), Floats(classes), 0.5, 1.2);

        foreach (var post in Evidence.TinyCorpus())
        {
            var folded = MatchText.Prepare(post.Text);
            var evidence = Evidence.ShippedRules.Evaluate(folded, Indicators.Empty);
            var features = new Record([]);
            model.Featurizer.FeaturizeText(folded, ref features);
            var expected = new double[classes];
            foreach (var (index, value) in features.Features)
            {
                for (var c = 0; c < classes; c++)
                {
                    expected[c] += (float)(Half)weights[(index * CategoryModel.Stride) + c] * value;
                }
            }

            model.Logits(folded, evidence, out var textLogits);
            Assert.Equal(expected.Select((e, c) => e + textBias[c]), textLogits);
        }
    }

    private readonly struct Record(List<(int Index, float Value)> features) : IFeatureSink
    {
        public List<(int Index, float Value)> Features => features;

        public void Add(int index, float value) => features.Add((index, value));
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
