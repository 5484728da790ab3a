using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// The statistical layer as shipped: two stacked linear models exported from the ML.NET maximum-entropy
/// trainer (weights stored at half precision). The <em>text model</em> scores hashed character and word
/// n-grams; the <em>evidence model</em> combines the text model's logits (through a 7×7 matrix) with the
/// language-independent named features (indicator signals, lexicon scores and concepts, fired combination
/// rules). The evidence model is trained on the text model's out-of-fold logits (folds by source), so it
/// learns how far n-grams can be trusted on wording families they were not trained on, and leans on the
/// indicators and lexicons where they cannot. Then the calibration fitted on the dev split: the weight
/// <see cref="RuleWeight"/> of the rules layer's logits and the softmax <see cref="Temperature"/>.
/// Immutable and thread-safe: scoring reads the weights only, so no PredictionEngine pool is needed.
/// </summary>
/// <remarks>The weights are statistics of hashed n-grams of the training corpus; no post, name or number can be read back from them.</remarks>
public sealed class CategoryModel
{
    /// <summary>Classes are the <see cref="Category"/> values; rows are padded to 8 weights.</summary>
    public const int Stride = 8;

    private const string Magic = "VIGILCM3";
    private static readonly int Classes = Categories.All.Count;

    private readonly ushort[] _weights; // the half-precision bits of each weight: 2 bytes a weight, 4.3 MB at 18 hash bits
    private readonly float[] _textBias;
    private readonly float[] _stack;
    private readonly float[] _bias;

    /// <param name="hashBits">Size of the hashed text region (2^bits).</param>
    /// <param name="weights">Row-major [feature × <see cref="Stride"/>] weights: rows of the text region belong to the text
    /// model, rows of the named region to the evidence model; rounded to half precision here.</param>
    /// <param name="textBias">One bias per class of the text model.</param>
    /// <param name="stack">Row-major [class × class] weights of the text model's logits in the evidence model.</param>
    /// <param name="bias">One bias per class of the evidence model.</param>
    /// <param name="ruleWeight">Weight of the rules layer's logits in the combination.</param>
    /// <param name="temperature">Softmax temperature (positive).</param>
    /// <param name="falseFlagCost">Cost of flagging a humanitarian/news post, in ordinary errors (at least 1).</param>
    public CategoryModel(int hashBits, float[] weights, float[] textBias, float[] stack, float[] bias, double ruleWeight, double temperature, double falseFlagCost = 1.0)
        : this(hashBits, new HalfWeights(RoundedToHalf(weights)), textBias, stack, bias, ruleWeight, temperature, falseFlagCost)
    {
    }

    /// <summary>Takes the weights as they are (half-precision bits, e.g. read from a model file), without a copy.</summary>
    private CategoryModel(int hashBits, HalfWeights halfWeights, float[] textBias, float[] stack, float[] bias, double ruleWeight, double temperature, double falseFlagCost)
    {
        var weights = halfWeights.Values;
        Featurizer = new CategoryFeaturizer(hashBits);
        if (weights.Length != Featurizer.Dimension * Stride || bias.Length != Classes || textBias.Length != Classes || stack.Length != Classes * Classes)
        {
            throw new ArgumentException($"Expected {Featurizer.Dimension * Stride} weights, {Classes} biases per model and {Classes * Classes} stacking weights.");
        }

        if (!(temperature > 0) || double.IsNaN(ruleWeight) || !(falseFlagCost >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), "Temperature must be positive, the rule weight a number and the false-flag cost at least 1.");
        }

        _weights = weights;
        _textBias = [.. textBias];
        _stack = [.. stack];
        _bias = [.. bias];
        RuleWeight = ruleWeight;
        Temperature = temperature;
        FalseFlagCost = falseFlagCost;
    }

    /// <summary>Weights as half-precision bits, owned by the model.</summary>
    private readonly record struct HalfWeights(ushort[] Values);

    private static ushort[] RoundedToHalf(float[] weights)
    {
        var rounded = new ushort[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            rounded[i] = BitConverter.HalfToUInt16Bits((Half)weights[i]);
        }

        return rounded;
    }

    public CategoryFeaturizer Featurizer { get; }

    /// <summary>How much the rules layer's logits add to the model's (fitted on dev).</summary>
    public double RuleWeight { get; }

    /// <summary>The softmax temperature that calibrates the combined logits (fitted on dev).</summary>
    public double Temperature { get; }

    /// <summary>
    /// How many ordinary errors flagging a humanitarian/news post costs (fitted on dev; 1 = plain argmax).
    /// See <see cref="Decide"/>.
    /// </summary>
    public double FalseFlagCost { get; }

    /// <summary>Returns the same model with new calibration parameters.</summary>
    public CategoryModel WithCalibration(double ruleWeight, double temperature, double falseFlagCost = 1.0) =>
        new(Featurizer.HashBits, new HalfWeights(_weights), _textBias, _stack, _bias, ruleWeight, temperature, falseFlagCost);

    /// <summary>
    /// The category with the least expected cost under <paramref name="probabilities"/> when flagging a
    /// humanitarian/news post costs <paramref name="falseFlagCost"/> ordinary errors: a flagged category k
    /// costs (1 − p_k) + (cost − 1)·p_humanitarian, any other category (1 − p_k). With cost 1 this is the argmax.
    /// </summary>
    public static Category Decide(IReadOnlyList<double> probabilities, double falseFlagCost)
    {
        var hum = probabilities[(int)Category.HumanitarianOrNews];
        var best = 0;
        var bestCost = double.PositiveInfinity;
        for (var k = 0; k < probabilities.Count; k++)
        {
            var cost = 1 - probabilities[k] + (((Category)k).IsFlagged() ? (falseFlagCost - 1) * hum : 0);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = k;
            }
        }

        return (Category)best;
    }

    /// <summary>The model's raw logits (before calibration) for a folded post and its rule evidence.</summary>
    public double[] Logits(string folded, RuleEvidence evidence) => Logits(folded, evidence, out _);

    /// <summary>The model's raw logits, and the text model's own logits in <paramref name="textLogits"/> (for explanations).</summary>
    public double[] Logits(string folded, RuleEvidence evidence, out double[] textLogits)
    {
        var text = new ScoreSink(_weights);
        Featurizer.FeaturizeText(folded, ref text);
        textLogits = new double[Classes];
        var textSums = text.Sums;
        for (var k = 0; k < Classes; k++)
        {
            textLogits[k] = textSums[k] + _textBias[k];
        }

        var named = new ScoreSink(_weights);
        Featurizer.FeaturizeNamed(folded, evidence, ref named);
        return Stack(textLogits, named.Sums);
    }

    /// <summary>The evidence model's logits from text-model logits and the summed named-feature weights.</summary>
    internal double[] Stack(double[] textLogits, double[] namedSums)
    {
        var z = new double[Classes];
        for (var c = 0; c < Classes; c++)
        {
            var sum = namedSums[c] + _bias[c];
            for (var k = 0; k < Classes; k++)
            {
                sum += _stack[(c * Classes) + k] * textLogits[k];
            }

            z[c] = sum;
        }

        return z;
    }

    /// <summary>Calibrated probabilities from model logits and rule logits: softmax((z_model + w·z_rules) / T).</summary>
    public double[] Combine(double[] modelLogits, double[] ruleLogits) =>
        Softmax(modelLogits, ruleLogits, RuleWeight, Temperature);

    /// <summary>softmax((a + w·b) / t).</summary>
    public static double[] Softmax(double[] a, double[]? b, double w, double t)
    {
        var z = new double[a.Length];
        var max = double.NegativeInfinity;
        for (var i = 0; i < a.Length; i++)
        {
            z[i] = (a[i] + (b is null ? 0 : w * b[i])) / t;
            max = Math.Max(max, z[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = Math.Exp(z[i] - max);
            sum += z[i];
        }

        for (var i = 0; i < z.Length; i++)
        {
            z[i] /= sum;
        }

        return z;
    }

    /// <summary>Writes the model (gzip; only feature rows with a non-zero weight).</summary>
    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic.ToCharArray());
        w.Write(Featurizer.HashBits);
        w.Write(Classes);
        w.Write(RuleWeight);
        w.Write(Temperature);
        w.Write(FalseFlagCost);
        foreach (var b in _textBias.Concat(_stack).Concat(_bias))
        {
            w.Write(b);
        }

        var rows = Enumerable.Range(0, Featurizer.Dimension).Where(r => HasWeight(r)).ToArray();
        w.Write(rows.Length);
        var previous = 0;
        foreach (var r in rows)
        {
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            for (var c = 0; c < Classes; c++)
            {
                w.Write(BitConverter.UInt16BitsToHalf(_weights[(r * Stride) + c]));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a malformed file is an <see cref="InvalidDataException"/>.</summary>
    public static CategoryModel Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        if (new string(r.ReadChars(Magic.Length)) != Magic)
        {
            throw new InvalidDataException("Not a Vigil category model (bad magic).");
        }

        var bits = r.ReadInt32();
        var classes = r.ReadInt32();
        if (classes != Classes || bits is < 10 or > 24)
        {
            throw new InvalidDataException($"Model has {classes} classes and {bits} hash bits; this build expects {Classes} classes.");
        }

        var ruleWeight = r.ReadDouble();
        var temperature = r.ReadDouble();
        var falseFlagCost = r.ReadDouble();
        float[] ReadFloats(int n)
        {
            var values = new float[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = r.ReadSingle();
            }

            return values;
        }

        var textBias = ReadFloats(classes);
        var stack = ReadFloats(classes * classes);
        var bias = ReadFloats(classes);

        var dimension = new CategoryFeaturizer(bits).Dimension;
        var weights = new ushort[dimension * Stride];
        var count = r.ReadInt32();
        var row = 0;
        for (var i = 0; i < count; i++)
        {
            row += r.Read7BitEncodedInt();
            if (row < 0 || row >= dimension)
            {
                throw new InvalidDataException($"Feature row {row} is outside the model's {dimension} features.");
            }

            for (var c = 0; c < classes; c++)
            {
                weights[(row * Stride) + c] = BitConverter.HalfToUInt16Bits(r.ReadHalf());
            }
        }

        // The values were read as half precision, so their bits are kept as they are: no second copy while loading.
        return new CategoryModel(bits, new HalfWeights(weights), textBias, stack, bias, ruleWeight, temperature, falseFlagCost);
    }

    /// <summary>Loads the model shipped inside Vigil.Analysis (copied from <c>data/models/category.model</c> at build time), or null if none is shipped.</summary>
    public static CategoryModel? LoadEmbedded()
    {
        using var stream = typeof(CategoryModel).Assembly.GetManifestResourceStream("Vigil.Models.category.model");
        return stream is null ? null : Load(stream);
    }

    /// <summary>Number of feature rows with at least one non-zero weight.</summary>
    public int NonZeroRows => Enumerable.Range(0, Featurizer.Dimension).Count(HasWeight);

    private bool HasWeight(int row)
    {
        for (var c = 0; c < Classes; c++)
        {
            if ((float)BitConverter.UInt16BitsToHalf(_weights[(row * Stride) + c]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sums weight rows times feature values, per class: each product rounded to float (the weight, widened
    /// exactly from half precision, times the value), then added in double, in the order the features come — the
    /// same arithmetic, lane by lane, as <c>sums[c] += (float)weights[row + c] * value</c>, so scores are
    /// bit-identical; eight classes at once.
    /// </summary>
    private struct ScoreSink(ushort[] weights) : IFeatureSink
    {
        private Vector256<double> _low;
        private Vector256<double> _high;

        public void Add(int index, float value)
        {
            if ((uint)index >= (uint)(weights.Length / Stride))
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Feature index outside the model.");
            }

            var row = HalfVector.ToSingle(Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(weights), (nuint)((uint)index * Stride)));
            var products = row * Vector256.Create(value);
            var (low, high) = Vector256.Widen(products);
            _low += low;
            _high += high;
        }

        public readonly double[] Sums
        {
            get
            {
                var sums = new double[Stride];
                _low.CopyTo(sums);
                _high.CopyTo(sums, Stride / 2);
                return sums;
            }
        }
    }
}
