using System.IO.Hashing;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification.Training;

/// <summary>The outcome of a training run: the model (with calibration) and its quality on the dev split.</summary>
public sealed record TrainingResult(CategoryModel Model, int TrainCount, int DevCount, double DevNegLogLikelihood, ClassificationReport Dev)
{
    /// <summary>The dev report at each candidate false-flag cost (the trade-off the chosen cost sits on).</summary>
    public IReadOnlyList<(double Cost, ClassificationReport Dev)> CostSweep { get; init; } = [];

    /// <summary>What the held-out report measures: the dev split, or the out-of-fold predictions of a cross-validation.</summary>
    public string HeldOut { get; init; } = "development split";
}

/// <summary>
/// Trains the statistical layer with ML.NET L-BFGS maximum entropy (multinomial logistic regression), in two
/// stacked stages over <see cref="CategoryFeaturizer"/> features (the same code that scores at run time):
/// (1) the text model over hashed n-grams, once per fold of the train split (folds by source) to get
/// out-of-fold logits, and once on the whole train split to ship; (2) the evidence model over those
/// out-of-fold logits and the named features (indicators, lexicons, combinations). Stage 2 thus sees
/// n-gram evidence as unreliable as it is on unseen wording families, not as confident as on the posts the
/// n-grams were fitted to. Finally the calibration (rule weight, temperature, false-flag cost) is fitted on
/// the dev split.
/// </summary>
/// <remarks>Training reads labelled posts in memory only; the model keeps hashed n-gram weights, not text.</remarks>
public sealed partial class CategoryTrainer(RuleLayer rules, TrainingOptions options)
{
    private static readonly int Classes = Categories.All.Count;
    private static readonly double[] FalseFlagCosts = [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20];

    /// <summary>Trains on <paramref name="train"/> and calibrates on <paramref name="dev"/>.</summary>
    /// <param name="train">Posts to learn from (corpus train split plus analysts' corrections).</param>
    /// <param name="dev">Held-out posts for calibration and the dev metrics.</param>
    /// <param name="indicators">Indicators of a post's text (the extractor used at run time, so features match).</param>
    public TrainingResult Train(IReadOnlyList<CorpusPost> train, IReadOnlyList<CorpusPost> dev, Func<CorpusPost, Indicators> indicators)
    {
        if (train.Count == 0)
        {
            throw new ArgumentException("There are no training posts.", nameof(train));
        }

        if (!(options.NamedScale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.NamedScale, "The named-feature scale must be positive.");
        }

        var featurizer = new CategoryFeaturizer(options.HashBits);
        var textDimension = 1 << options.HashBits;
        var rows = train.Select(p => Featurized.Of(featurizer, rules, p, indicators(p))).ToArray();
        var labels = train.Select(p => (uint)p.Category).ToArray();
        var ml = new MLContext(seed: options.Seed);

        if (options.Folds == 0)
        {
            // Out-of-fold logits of the train split (folds by source) add unseen-family evidence for the false-flag cost.
            var costFolds = train.Select(p => Fold(p.Source, options.CostFolds)).ToArray();
            var outOfFoldLogits = new List<(double[] Model, double[] Rules, Category Gold, string Lang)>();
            for (var f = 0; f < options.CostFolds && options.CostFolds > 1; f++)
            {
                var inFold = Enumerable.Range(0, train.Count).Where(i => costFolds[i] != f).ToArray();
                if (inFold.Length == train.Count || inFold.Length == 0)
                {
                    continue;
                }

                var foldModel = JointModel(ml, featurizer, [.. inFold.Select(i => rows[i])], [.. inFold.Select(i => labels[i])]);
                for (var i = 0; i < train.Count; i++)
                {
                    if (costFolds[i] == f)
                    {
                        var folded = MatchText.Prepare(train[i].Text);
                        var evidence = rules.Evaluate(folded, indicators(train[i]));
                        outOfFoldLogits.Add((foldModel.Logits(folded, evidence), evidence.Logits(), train[i].Category, train[i].Lang));
                    }
                }
            }

            return Calibrate(JointModel(ml, featurizer, rows, labels), train.Count, dev, indicators, outOfFoldLogits);
        }

        // Stage 1: out-of-fold text logits, then the text model on all of train.
        var folds = train.Select(p => Fold(p.Source, options.Folds)).ToArray();
        var outOfFold = new double[train.Count][];
        for (var f = 0; f < options.Folds; f++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(i => folds[i] != f).ToArray();
            if (inFold.Length == train.Count || inFold.Length == 0)
            {
                continue;
            }

            var (w, b) = Fit(ml, inFold.Select(i => (rows[i].Text, labels[i])), textDimension, options.L2);
            for (var i = 0; i < train.Count; i++)
            {
                if (folds[i] == f)
                {
                    outOfFold[i] = Score(w, b, rows[i].Text);
                }
            }
        }

        var (textWeights, textBias) = Fit(ml, rows.Select((r, i) => (r.Text, labels[i])), textDimension, options.L2);
        for (var i = 0; i < train.Count; i++)
        {
            outOfFold[i] ??= Score(textWeights, textBias, rows[i].Text); // only when every post fell in one fold
        }

        // Stage 2: the evidence model over [out-of-fold text logits, named features].
        var metaDimension = Classes + CategoryFeaturizer.NamedSlots;
        var metaRows = rows.Select((r, i) => (MetaFeatures(outOfFold[i], r.Named, textDimension), labels[i]));
        var (metaWeights, metaBias) = Fit(ml, metaRows, metaDimension, options.EvidenceL2);

        var weights = new float[featurizer.Dimension * CategoryModel.Stride];
        var stack = new float[Classes * Classes];
        for (var c = 0; c < Classes; c++)
        {
            for (var j = 0; j < textDimension; j++)
            {
                weights[(j * CategoryModel.Stride) + c] = Prune(textWeights[c][j]);
            }

            for (var k = 0; k < Classes; k++)
            {
                stack[(c * Classes) + k] = metaWeights[c][k];
            }

            for (var j = 0; j < CategoryFeaturizer.NamedSlots; j++)
            {
                weights[((textDimension + j) * CategoryModel.Stride) + c] = Prune(metaWeights[c][Classes + j]);
            }
        }

        var stacked = new CategoryModel(options.HashBits, weights, textBias, stack, metaBias, Calibrator.MinimumRuleWeight, 1.0);
        return Calibrate(stacked, train.Count, dev, indicators);

        float Prune(float v) => Math.Abs(v) >= options.PruneBelow ? v : 0f;
    }

    /// <summary>One model over text and named features together (no stacking): the stack is the identity.</summary>
    private CategoryModel JointModel(MLContext ml, CategoryFeaturizer featurizer, Featurized[] rows, uint[] labels)
    {
        // Named features are fitted at NamedScale times their value (a weaker penalty on them than on n-grams) and
        // their weights multiplied back by it, so the exported model scores the unscaled features identically.
        // Text features are likewise fitted at TextSupport(j) times their value and multiplied back (see TrainingOptions.MinSources).
        var scale = options.NamedScale;
        var textDimension = 1 << options.HashBits;
        var support = TextSupport(rows, textDimension);
        var (w, b) = Fit(ml, rows.Select((r, i) => (Sparse.Concat(support is null ? r.Text : r.Text.Scaled(support), r.Named.Scaled(scale)), labels[i])), featurizer.Dimension, options.L2);
        if (support is not null)
        {
            foreach (var row in w)
            {
                for (var j = 0; j < textDimension; j++)
                {
                    row[j] *= support[j];
                }
            }
        }

        var stack = new float[Classes * Classes];
        for (var c = 0; c < Classes; c++)
        {
            stack[(c * Classes) + c] = 1;
        }

        return new CategoryModel(options.HashBits, ExportJoint(w, textDimension, scale, options.PruneBelow), new float[Classes], stack, b, Calibrator.MinimumRuleWeight, 1.0);
    }

    /// <summary>
    /// Per text feature, min(1, (sources whose posts have it) / <see cref="TrainingOptions.MinSources"/>): an n-gram seen in
    /// one wording family only is fitted at a fraction of its value (a stronger penalty), so the model cannot lean on
    /// family-specific wording as much as on wording shared by several families. Null when MinSources is at most 1.
    /// </summary>
    private float[]? TextSupport(Featurized[] rows, int textDimension)
    {
        if (options.MinSources <= 1)
        {
            return null;
        }

        var count = new int[textDimension];
        var last = new int[textDimension];
        Array.Fill(last, -1);
        var id = 0;
        foreach (var source in rows.GroupBy(r => r.Source, StringComparer.Ordinal))
        {
            foreach (var j in source.SelectMany(r => r.Text.Indices))
            {
                if (last[j] != id)
                {
                    last[j] = id;
                    count[j]++;
                }
            }

            id++;
        }

        return [.. count.Select(c => (float)Math.Min(1.0, c / options.MinSources))];
    }

    /// <summary>
    /// The row-major [feature × <see cref="CategoryModel.Stride"/>] weights of a joint model fitted with the named
    /// features (indices from <paramref name="textDimension"/> on) multiplied by <paramref name="namedScale"/>: their
    /// weights are multiplied back, so the model scores unscaled features as the fit did; then weights smaller than
    /// <paramref name="pruneBelow"/> are dropped.
    /// </summary>
    /// <param name="weights">Per class, the fitted weight of every feature.</param>
    /// <param name="textDimension">The first named feature's index (2^hash bits).</param>
    /// <param name="namedScale">The factor the named features were multiplied by for the fit.</param>
    /// <param name="pruneBelow">Smallest weight magnitude kept.</param>
    public static float[] ExportJoint(float[][] weights, int textDimension, float namedScale, float pruneBelow)
    {
        var dimension = weights[0].Length;
        var exported = new float[dimension * CategoryModel.Stride];
        for (var c = 0; c < weights.Length; c++)
        {
            for (var j = 0; j < dimension; j++)
            {
                var v = j >= textDimension ? weights[c][j] * namedScale : weights[c][j];
                exported[(j * CategoryModel.Stride) + c] = Math.Abs(v) >= pruneBelow ? v : 0f;
            }
        }

        return exported;
    }

    /// <summary>Fits the rule weight and temperature on dev, then the false-flag cost.</summary>
    private TrainingResult Calibrate(
        CategoryModel uncalibrated,
        int trainCount,
        IReadOnlyList<CorpusPost> dev,
        Func<CorpusPost, Indicators> indicators,
        IReadOnlyList<(double[] Model, double[] Rules, Category Gold, string Lang)>? outOfFold = null)
    {
        var devLogits = dev.Select(p =>
        {
            var folded = MatchText.Prepare(p.Text);
            var evidence = rules.Evaluate(folded, indicators(p));
            return (uncalibrated.Logits(folded, evidence), evidence.Logits(), (int)p.Category);
        }).ToArray();
        var (rw, t, nll) = Calibrator.Fit(devLogits);
        var model = uncalibrated.WithCalibration(rw, t);

        // The false-flag cost: the smallest whose false-flag rate is at or under 2 % with 95 % confidence (Wilson upper
        // bound) on dev plus the train split's out-of-fold predictions: dev alone holds few humanitarian/news sources,
        // and a cost that only just meets the goal on them does not meet it on unseen posts.
        EvaluatedPrediction[] Predict(CategoryModel m) => devLogits.Zip(dev, (d, p) =>
        {
            var probs = m.Combine(d.Item1, d.Item2);
            var decided = CategoryModel.Decide(probs, m.FalseFlagCost);
            return new EvaluatedPrediction(p.Category, decided, p.Lang, probs[(int)decided]);
        }).ToArray();
        var devPredictions = Predict(model);
        foreach (var cost in FalseFlagCosts)
        {
            var candidate = uncalibrated.WithCalibration(rw, t, cost);
            var predictions = Predict(candidate);
            model = candidate;
            devPredictions = predictions;
            var heldOut = predictions.Concat((outOfFold ?? []).Select(o =>
            {
                var probs = candidate.Combine(o.Model, o.Rules);
                var decided = CategoryModel.Decide(probs, cost);
                return new EvaluatedPrediction(o.Gold, decided, o.Lang, probs[(int)decided]);
            })).ToArray();
            if (ClassificationReport.Compute(heldOut).FalseFlagUpperBound <= ClassificationReport.FalseFlagGoal + 1e-9)
            {
                break;
            }
        }

        var sweep = FalseFlagCosts
            .Select(c => (c, ClassificationReport.Compute(Predict(uncalibrated.WithCalibration(rw, t, c)))))
            .ToArray();
        return new TrainingResult(model, trainCount, dev.Count, nll, ClassificationReport.Compute(devPredictions)) { CostSweep = sweep };
    }

    /// <summary>The fold of a source: a fixed hash, so a source and all its near-copies share a fold.</summary>
    private static int Fold(string source, int folds) =>
        folds <= 1 ? 0 : (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(source)) % (uint)folds);

    private static Sparse MetaFeatures(double[] textLogits, Sparse named, int textDimension)
    {
        var indices = new int[Classes + named.Indices.Length];
        var values = new float[indices.Length];
        for (var k = 0; k < Classes; k++)
        {
            indices[k] = k;
            values[k] = (float)textLogits[k];
        }

        for (var i = 0; i < named.Indices.Length; i++)
        {
            indices[Classes + i] = Classes + (named.Indices[i] - textDimension);
            values[Classes + i] = named.Values[i];
        }

        return new Sparse(indices, values);
    }

    private static double[] Score(float[][] weights, float[] bias, Sparse x)
    {
        var z = new double[Classes];
        for (var c = 0; c < Classes; c++)
        {
            double sum = bias[c];
            for (var i = 0; i < x.Indices.Length; i++)
            {
                sum += weights[c][x.Indices[i]] * x.Values[i];
            }

            z[c] = sum;
        }

        return z;
    }

    /// <summary>Fits a multinomial logistic regression with ML.NET; returns dense weights per class and the biases.</summary>
    private (float[][] Weights, float[] Bias) Fit(MLContext ml, IEnumerable<(Sparse X, uint Label)> data, int dimension, float l2)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), Classes);
        var view = ml.Data.LoadFromEnumerable(
            data.Select(d => new Row { Label = d.Label, Features = new VBuffer<float>(dimension, d.X.Indices.Length, d.X.Values, d.X.Indices) }).ToArray(),
            schema);

        // Key labels: ML.NET takes the 0-based class index here and stores it as key (index + 1).
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L2Regularization = l2,
            L1Regularization = options.L1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = options.MaxIterations,
            NumberOfThreads = 1,
        });
        var parameters = trainer.Fit(view).Model;
        VBuffer<float>[] weightRows = [];
        parameters.GetWeights(ref weightRows, out var numClasses);
        if (numClasses != Classes)
        {
            throw new InvalidOperationException($"ML.NET returned {numClasses} classes; expected {Classes}.");
        }

        var dense = new float[Classes][];
        for (var c = 0; c < Classes; c++)
        {
            dense[c] = new float[dimension];
            foreach (var (index, value) in weightRows[c].Items())
            {
                dense[c][index] = value;
            }
        }

        return (dense, parameters.GetBiases().ToArray());
    }

    /// <summary>Sorted sparse feature vector.</summary>
    private sealed record Sparse(int[] Indices, float[] Values)
    {
        /// <summary>Two vectors over disjoint index ranges, <paramref name="a"/>'s indices all below <paramref name="b"/>'s.</summary>
        public static Sparse Concat(Sparse a, Sparse b) => new([.. a.Indices, .. b.Indices], [.. a.Values, .. b.Values]);

        /// <summary>The same vector with the value at each index multiplied by <paramref name="factors"/>[index].</summary>
        public Sparse Scaled(float[] factors) => new(Indices, [.. Indices.Select((j, k) => Values[k] * factors[j])]);

        /// <summary>The same vector with every value multiplied by <paramref name="factor"/>.</summary>
        public Sparse Scaled(float factor) => factor == 1f ? this : new(Indices, [.. Values.Select(v => v * factor)]);

        public static Sparse From(Dictionary<int, float> values)
        {
            var sorted = values.OrderBy(kv => kv.Key).ToArray();
            return new Sparse(sorted.Select(kv => kv.Key).ToArray(), sorted.Select(kv => kv.Value).ToArray());
        }
    }

    /// <summary>A training post's text features and named features.</summary>
    private sealed record Featurized(Sparse Text, Sparse Named, string Source)
    {
        public static Featurized Of(CategoryFeaturizer featurizer, RuleLayer rules, CorpusPost post, Indicators indicators)
        {
            var folded = MatchText.Prepare(post.Text);
            var evidence = rules.Evaluate(folded, indicators);
            var text = new CollectSink(new Dictionary<int, float>());
            featurizer.FeaturizeText(folded, ref text);
            var named = new CollectSink(new Dictionary<int, float>());
            featurizer.FeaturizeNamed(folded, evidence, ref named);
            return new Featurized(Sparse.From(text.Values), Sparse.From(named.Values), post.Source);
        }
    }

    private readonly struct CollectSink(Dictionary<int, float> values) : IFeatureSink
    {
        public Dictionary<int, float> Values => values;

        public void Add(int index, float value) =>
            values[index] = values.TryGetValue(index, out var v) ? v + value : value;
    }

    private sealed class Row
    {
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
