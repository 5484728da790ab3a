using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Core.Analysis;
using Vigil.Storage.Labels;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train</c>: retrains the category model from the labelled corpus plus analysts' corrections and writes
/// the model and its manifest. By default (<c>--cross-validate 5</c>) it trains on the train and dev splits together
/// and fits the calibration and false-flag cost on 5-fold out-of-fold predictions by source; with
/// <c>--cross-validate 0</c> it trains on train and calibrates on dev
/// (<c>data/models/category.model</c>, <c>category.manifest.json</c>). Rebuild to ship the new model inside Vigil.Analysis.
/// </summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder of labelled *.jsonl (default: data/corpus).", HelpName = "DIR" };
        var lexicons = new Option<string?>("--lexicons") { Description = "Folder of the lexicons (default: data/lexicons).", HelpName = "DIR" };
        var output = new Option<string?>("--output") { Description = "Model file to write (default: data/models/category.model); the manifest goes next to it.", HelpName = "FILE" };
        var bits = new Option<int>("--hash-bits") { Description = "Hashed feature space: 2^bits buckets.", DefaultValueFactory = _ => new TrainingOptions().HashBits };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the trainer.", DefaultValueFactory = _ => new TrainingOptions().L2 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation of the trainer.", DefaultValueFactory = _ => new TrainingOptions().L1 };
        var namedScale = new Option<float>("--named-scale") { Description = "Fit the named (indicator, lexicon, concept, rule) features at this multiple of their value: a weaker penalty than on n-grams.", DefaultValueFactory = _ => new TrainingOptions().NamedScale };
        var iterations = new Option<int>("--max-iterations") { Description = "Maximum iterations of the L-BFGS solver.", DefaultValueFactory = _ => new TrainingOptions().MaxIterations };
        var folds = new Option<int>("--folds") { Description = "Folds (by source) for the stacked evidence model; 0 trains one joint model instead.", DefaultValueFactory = _ => new TrainingOptions().Folds };
        var costFolds = new Option<int>("--cost-folds") { Description = "Also choose the false-flag cost on out-of-fold predictions of this many train folds (by source), not on dev alone.", DefaultValueFactory = _ => new TrainingOptions().CostFolds };
        var crossValidate = new Option<int>("--cross-validate") { Description = "Train on train and dev together; choose the calibration and false-flag cost on the out-of-fold predictions of this many folds by source (0: calibrate on dev).", DefaultValueFactory = _ => new TrainingOptions().CrossValidationFolds, HelpName = "K" };
        var minSources = new Option<double>("--min-sources") { Description = "Fit a text n-gram found in fewer than this many sources at (sources / N) of its value: a stronger penalty on one family's wording (1: off).", DefaultValueFactory = _ => new TrainingOptions().MinSources, HelpName = "N" };
        var cvOnly = new Option<bool>("--cv-only") { Description = "With --cross-validate: print the cross-validation report only; train and write no model." };
        var dumpOutOfFold = new Option<string?>("--out-of-fold") { Description = "With --cv-only: also write each post's out-of-fold logits (JSON lines: id, lang, gold, model, rules) to FILE.", HelpName = "FILE" };
        var store = new Option<string?>("--store") { Description = "Store whose analysts' corrections are added to the training posts (default: the default store, if it exists).", HelpName = "PATH" };
        var command = new Command("train", "Retrain the category model from the corpus and analysts' corrections, calibrate it on dev, write model and manifest.")
        {
            corpus, lexicons, output, bits, l2, l1, namedScale, iterations, folds, costFolds, crossValidate, minSources, cvOnly, dumpOutOfFold, store,
        };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(
            context,
            parse.GetValue(store) is { Length: > 0 } s ? Path.GetFullPath(s) : context.Paths.DefaultStore,
            parse.GetValue(store) is { Length: > 0 },
            ClassificationData.Default(parse.GetValue(corpus), "corpus"),
            ClassificationData.Default(parse.GetValue(lexicons), "lexicons"),
            ClassificationData.Default(parse.GetValue(output), "models", "category.model"),
            new TrainingOptions
            {
                HashBits = parse.GetValue(bits), L2 = parse.GetValue(l2), L1 = parse.GetValue(l1), NamedScale = parse.GetValue(namedScale),
                MaxIterations = parse.GetValue(iterations), Folds = Math.Max(0, parse.GetValue(folds)), CostFolds = Math.Max(0, parse.GetValue(costFolds)),
                CrossValidationFolds = Math.Max(0, parse.GetValue(crossValidate)), MinSources = Math.Max(1, parse.GetValue(minSources)),
            },
            parse.GetValue(cvOnly),
            parse.GetValue(dumpOutOfFold),
            cancellationToken));
        return command;
    }

    private static void PrintSweep(CliContext context, string what, IReadOnlyList<(double Cost, ClassificationReport Report)> sweep)
    {
        foreach (var (cost, report) in sweep)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {what} at false-flag cost {cost,4:0.#}: macro-F1 {report.MacroF1:0.000}, false flags {report.FalseFlagRate:P2} (95 % upper bound {report.FalseFlagUpperBound:P2})"));
        }
    }

    /// <summary>The newest correction of each corrected post in the store, as training posts; null (after an error message) if a named store cannot be opened.</summary>
    private static async Task<List<CorpusPost>?> ReadCorrectionsAsync(CliContext context, string storePath, bool storeGiven, CancellationToken cancellationToken)
    {
        var target = StoreOption.Resolve(context, storePath);
        if (!storeGiven && !target.IsPostgres && !File.Exists(target.Path))
        {
            return [];
        }

        await using var store = await StoreOption.OpenAsync(context, target, readOnly: false, cancellationToken);
        if (store is null)
        {
            return null;
        }

        return [.. await CorrectionsAsync(store, cancellationToken)];
    }

    /// <summary>
    /// The training posts made from analysts' corrections in a store — from `vigil label`, the dashboard's
    /// triage queue or <c>POST /api/v1/labels</c> alike: the newest correction of each post, on its stored text.
    /// </summary>
    public static async Task<IReadOnlyList<CorpusPost>> CorrectionsAsync(ILabelStore store, CancellationToken cancellationToken)
    {
        var labelled = await store.LatestLabelsAsync(cancellationToken);
        return labelled
            .Select(l => new CorpusPost(l.Label.Post.ToString(), l.Text, l.Lang ?? "und", l.Label.Category, "correction:" + l.Label.Post, l.Label.Post.Platform, "train"))
            .ToList();
    }

    private static async Task<int> RunAsync(CliContext context, string storePath, bool storeGiven, string corpusDir, string lexiconsDir, string modelPath, TrainingOptions options, bool cvOnly, string? outOfFoldPath, CancellationToken cancellationToken)
    {
        if (cvOnly && options.CrossValidationFolds < 2)
        {
            context.Error.WriteLine("error: --cv-only needs --cross-validate K with K of at least 2.");
            return 1;
        }

        if (options.Folds > 0 && options.CrossValidationFolds >= 2)
        {
            context.Error.WriteLine("error: the stacked model (--folds) is trained on train and calibrated on dev only; add --cross-validate 0.");
            return 1;
        }

        var rules = ClassificationData.LoadRules(lexiconsDir, context.Error);
        if (rules is null)
        {
            context.Error.WriteLine("error: fix the lexicon lines above, then train again.");
            return 1;
        }

        var posts = ClassificationData.ReadCorpus(corpusDir, context.Error);
        var train = posts.Where(p => p.Split == "train").ToList();
        var dev = posts.Where(p => p.Split == "dev").ToArray();
        if (train.Count == 0 || dev.Length == 0)
        {
            context.Error.WriteLine($"error: {corpusDir} has {train.Count} train and {dev.Length} dev posts; both splits are needed.");
            return 1;
        }

        var corrections = await ReadCorrectionsAsync(context, storePath, storeGiven, cancellationToken);
        if (corrections is null)
        {
            return 1;
        }

        // A corrected post is a training example; corrected posts that are also corpus posts replace them.
        var correctedIds = corrections.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        train.RemoveAll(p => correctedIds.Contains(p.Id));
        train.AddRange(corrections);
        var devUncorrected = dev.Where(p => !correctedIds.Contains(p.Id)).ToArray();

        if (!IndicatorSource.Available)
        {
            context.Out.WriteLine("note: no indicator extractor is wired yet; training on text and lexicons only.");
        }

        var indicators = ClassificationData.Indicators();
        var trainer = new CategoryTrainer(rules, options);
        if (cvOnly)
        {
            var cv = trainer.CrossValidate([.. train, .. devUncorrected], p => indicators(p.Text, p.Lang));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cv.Folds}-fold cross-validation by source over {cv.Predictions.Count} train+dev posts: rule weight {cv.RuleWeight:0.00}, temperature {cv.Temperature:0.000}, false-flag cost {cv.FalseFlagCost:0.#}"));
            PrintSweep(context, "out-of-fold", cv.CostSweep);
            EvalCommand.Print(context.Out, cv.Report, "out-of-fold (train+dev)");
            if (outOfFoldPath is not null)
            {
                File.WriteAllLines(outOfFoldPath, cv.Predictions.Select(o => JsonSerializer.Serialize(new { id = o.Id, lang = o.Lang, gold = o.Gold.ToWire(), model = o.Model, rules = o.Rules })));
            }

            return 0;
        }

        var result = options.CrossValidationFolds >= 2
            ? trainer.TrainCrossValidated([.. train, .. devUncorrected], p => indicators(p.Text, p.Lang))
            : trainer.Train(train, dev, p => indicators(p.Text, p.Lang));

        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        using (var file = File.Create(modelPath))
        {
            result.Model.Save(file);
        }

        var manifest = ModelManifest.Create(
            context.Clock.GetUtcNow(),
            modelPath,
            corpusDir,
            lexiconsDir,
            posts,
            corrections.Count,
            options,
            result,
            IndicatorSource.Available);
        var manifestPath = Path.ChangeExtension(modelPath, ".manifest.json");
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, ModelManifest.JsonOptions) + "\n");

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {result.TrainCount} posts ({corrections.Count} analysts' corrections), calibrated on {result.DevCount} posts ({result.HeldOut}): rule weight {result.Model.RuleWeight:0.00}, temperature {result.Model.Temperature:0.000}, false-flag cost {result.Model.FalseFlagCost:0.#}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held out ({result.HeldOut}): accuracy {result.Dev.Accuracy:0.000}, macro-F1 {result.Dev.MacroF1:0.000}, humanitarian false-flag {result.Dev.FalseFlagRate:P1}, ECE {result.Dev.Reliability.ExpectedCalibrationError:0.000}"));
        PrintSweep(context, "held out", result.CostSweep);

        context.Out.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) and {manifestPath}");
        context.Out.WriteLine("rebuild (./vigil builds on first use) to ship the new model inside Vigil.Analysis.");
        return 0;
    }
}

/// <summary>The provenance of a trained model: data hash, date, settings, calibration and dev metrics.</summary>
public sealed record ModelManifest(
    string Model,
    string ModelSha256,
    long ModelBytes,
    DateTimeOffset Created,
    string Trainer,
    string MlNetVersion,
    string Features,
    int HashBits,
    bool IndicatorsUsed,
    string TrainingDataSha256,
    string LexiconsSha256,
    IReadOnlyDictionary<string, int> Posts,
    int Corrections,
    double RuleWeight,
    double Temperature,
    double FalseFlagCost,
    double DevNegLogLikelihood,
    double DevAccuracy,
    double DevMacroF1,
    double DevFalseFlagRate,
    double DevExpectedCalibrationError,
    IReadOnlyList<ReliabilityBin> DevReliability,
    string HeldOut,
    int HeldOutPosts)
{
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ModelManifest Create(
        DateTimeOffset now,
        string modelPath,
        string corpusDir,
        string lexiconsDir,
        IReadOnlyList<CorpusPost> posts,
        int corrections,
        TrainingOptions options,
        TrainingResult result,
        bool indicatorsUsed) => new(
            Path.GetFileName(modelPath),
            Sha256(File.ReadAllBytes(modelPath)),
            new FileInfo(modelPath).Length,
            now,
            "ML.NET LbfgsMaximumEntropy (multinomial logistic regression), weights exported to a hashed linear model",
            System.Diagnostics.FileVersionInfo.GetVersionInfo(typeof(Microsoft.ML.MLContext).Assembly.Location).ProductVersion ?? "unknown",
            "character 2-5-grams and word 1-2-grams of folded text (hashed), indicator signals, lexicon scores, fired combination rules",
            options.HashBits,
            indicatorsUsed,
            HashFiles(Directory.EnumerateFiles(corpusDir, "*.jsonl")),
            HashFiles(Directory.EnumerateFiles(lexiconsDir, "*.tsv", SearchOption.AllDirectories)),
            posts.GroupBy(p => p.Split).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            corrections,
            Math.Round(result.Model.RuleWeight, 4),
            Math.Round(result.Model.Temperature, 4),
            result.Model.FalseFlagCost,
            Math.Round(result.DevNegLogLikelihood, 4),
            Math.Round(result.Dev.Accuracy, 4),
            Math.Round(result.Dev.MacroF1, 4),
            Math.Round(result.Dev.FalseFlagRate, 4),
            Math.Round(result.Dev.Reliability.ExpectedCalibrationError, 4),
            result.Dev.Reliability.Bins.Select(b => b with { MeanConfidence = Math.Round(b.MeanConfidence, 4), Accuracy = Math.Round(b.Accuracy, 4) }).ToArray(),
            result.HeldOut,
            result.DevCount);

    /// <summary>SHA-256 over the files in name order (name, then content), so renames and edits both change it.</summary>
    private static string HashFiles(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(f) + "\n"));
            sha.AppendData(File.ReadAllBytes(f));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
