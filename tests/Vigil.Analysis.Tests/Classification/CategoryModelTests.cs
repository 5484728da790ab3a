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
    public void Train_CostSweep_HoldsTheChosenCostWithTheReportedDevMetrics()
    {
        var result = TrainTiny();

        Assert.True(result.CostSweep.Count >= 2);
        Assert.Equal(1.0, result.CostSweep[0].Cost);
        var chosen = Assert.Single(result.CostSweep, s => s.Cost == result.Model.FalseFlagCost);
        Assert.Equal(result.Dev.MacroF1, chosen.Dev.MacroF1);
        Assert.Equal(result.Dev.FalseFlagRate, chosen.Dev.FalseFlagRate);
    }

    [Fact]
    public void ExportJoint_MultipliesNamedWeightsBackByTheirScale_AndPrunesAfterwards()
    {
        const int text = 4;
        float[][] fitted = [[0.5f, 0.0004f, 0f, 0f, 0.25f, 0.0006f], [0f, 0f, -0.3f, 0f, -1f, 0f]];

        var exported = CategoryTrainer.ExportJoint(fitted, text, namedScale: 2f, pruneBelow: 1e-3f);

        float At(int row, int c) => exported[(row * CategoryModel.Stride) + c];
        Assert.Equal(6 * CategoryModel.Stride, exported.Length);
        Assert.Equal(0.5f, At(0, 0));      // text rows keep their fitted weight
        Assert.Equal(0f, At(1, 0));        // and small ones are pruned
        Assert.Equal(-0.3f, At(2, 1));
        Assert.Equal(0.5f, At(4, 0));      // named rows: fitted on 2·x, so the weight on x is 2·w
        Assert.Equal(-2f, At(4, 1));
        Assert.Equal(0.0012f, At(5, 0), 6); // pruned after scaling: 0.0006·2 is kept
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
