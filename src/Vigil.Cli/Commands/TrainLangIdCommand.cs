using System.CommandLine;
using System.Diagnostics;
using Vigil.Analysis.Language;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train-langid</c>: rebuilds the language-identification model from the training corpus
/// (data/langid/corpus, built from pinned npm packages by tools/langid/build_corpus.py), and with
/// <c>--holdout N</c> first reports accuracy on every N-th corpus line held out of training.
/// </summary>
public static class TrainLangIdCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder with one <label>.txt per language.", DefaultValueFactory = _ => Path.Combine("data", "langid", "corpus") };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine("data", "langid", "langid.model") };
        var holdout = new Option<int>("--holdout") { Description = "Hold out every N-th line and report accuracy on it before training on everything (0: skip).", DefaultValueFactory = _ => 0 };
        var scale = new Option<double?>("--word-scale") { Description = "Occurrences of the top word of a frequency list (rank r counts scale/r); default: the shipped setting." };
        var alpha = new Option<double?>("--alpha") { Description = "Additive smoothing per n-gram; default: the shipped setting." };
        var orderWeights = new Option<string?>("--order-weights") { Description = "Weights of orders 1..5, comma-separated (e.g. 1,1,1,1,1); default: the shipped setting." };
        var minCount = new Option<double?>("--min-count") { Description = "Keep an n-gram of order 3+ for a language only when counted this often; default: the shipped setting." };
        var sharedUnseen = new Option<bool?>("--shared-unseen") { Description = "An unseen n-gram costs the same in every language; default: the shipped setting." };
        var devPosts = new Option<string?>("--dev-posts") { Description = "With --holdout: also report accuracy on the labelled posts (posts.*.jsonl with text and lang) of this folder, e.g. data/corpus." };
        var evaluateOnly = new Option<bool>("--evaluate-only") { Description = "With --holdout: report and stop (no model written)." };
        var lingua = new Option<string>("--lingua") { Description = "Lingua's LanguageModels folder (n-gram statistics per language, from the restored NuGet package SearchPioneer.Lingua).", DefaultValueFactory = _ => DefaultLinguaFolder() };
        var linguaWeight = new Option<double?>("--lingua-weight") { Description = "Weight of the Lingua statistics against a language's own text (0: not used); default: the shipped setting." };
        var linguaMin = new Option<double?>("--lingua-min-count") { Description = "Store a Lingua n-gram only when its scaled count reaches this; default: the shipped setting." };
        var command = new Command("train-langid", "Rebuild the language-identification model from the training corpus.") { corpus, output, holdout, scale, alpha, orderWeights, minCount, sharedUnseen, lingua, linguaWeight, linguaMin, devPosts, evaluateOnly };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(corpus)!;
            if (!Directory.Exists(folder))
            {
                context.Error.WriteLine($"The corpus folder '{folder}' does not exist. Run from the repository root or pass --corpus; build it with tools/langid/build_corpus.py.");
                return 2;
            }

            var options = NgramTrainingOptions.Default;
            options = options with
            {
                WordListScale = parse.GetValue(scale) ?? options.WordListScale,
                Alpha = parse.GetValue(alpha) ?? options.Alpha,
                OrderWeights = parse.GetValue(orderWeights) is { } w ? ParseWeights(w) : options.OrderWeights,
                MinCount = parse.GetValue(minCount) ?? options.MinCount,
                SharedUnseen = parse.GetValue(sharedUnseen) ?? options.SharedUnseen,
                LinguaWeight = parse.GetValue(linguaWeight) ?? options.LinguaWeight,
                LinguaMinCount = parse.GetValue(linguaMin) ?? options.LinguaMinCount,
            };
            var linguaFolder = parse.GetValue(lingua)!;
            if (options.LinguaWeight > 0 && !Directory.Exists(linguaFolder))
            {
                context.Error.WriteLine($"Lingua's n-gram statistics are not at '{linguaFolder}'. Restore them with `dotnet restore bench/Vigil.LangIdBench` (NuGet package SearchPioneer.Lingua), pass --lingua FOLDER, or train without them with --lingua-weight 0.");
                return 2;
            }

            var text = LanguageCorpus.Read(folder) with { LinguaFolder = options.LinguaWeight > 0 ? linguaFolder : null };
            var every = parse.GetValue(holdout);
            if (every > 1)
            {
                var (train, held) = text.Split(every);
                var identifier = new LanguageIdentifier(train.Train(options));
                context.Out.WriteLine($"Model without the held-out lines: {identifier.Model.GramCount:N0} n-grams, {identifier.Model.MemoryBytes / 1e6:F1} MB in memory.");
                Report(context, "held-out corpus lines", HoldoutEvaluation.Run(identifier, held));
                var posts = parse.GetValue(devPosts);
                if (posts is not null)
                {
                    Report(context, $"posts of {posts} (never trained on)", HoldoutEvaluation.Run(identifier, DevPosts.Read(posts)));
                }

                if (parse.GetValue(evaluateOnly))
                {
                    return 0;
                }
            }

            var watch = Stopwatch.StartNew();
            var model = text.Train(options);
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            {
                model.Save(file);
            }

            context.Out.WriteLine($"Trained {model.Codes.Count} languages, {model.GramCount:N0} n-grams, {model.MemoryBytes / 1e6:F1} MB in memory, {new FileInfo(path).Length / 1e6:F1} MB on disk, in {watch.Elapsed.TotalSeconds:F1} s: {path}");
            return 0;
        });
        return command;
    }

    /// <summary>Where NuGet restores the Lingua package the language benchmark references (version pinned in Directory.Packages.props).</summary>
    internal static string DefaultLinguaFolder()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "searchpioneer.lingua", "2.0.0", "contentFiles", "any", "any", "Lingua", "LanguageModels");
    }

    private static double[] ParseWeights(string text)
    {
        var weights = text.Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return weights.Length == TextFeatures.MaxOrder && weights.All(x => x > 0)
            ? weights
            : throw new ArgumentException($"--order-weights needs {TextFeatures.MaxOrder} positive numbers, e.g. 1,1,1,1,1.");
    }

    private static void Report(CliContext context, string title, IReadOnlyList<HoldoutResult> results)
    {
        context.Out.WriteLine($"Accuracy on {title}:");
        context.Out.WriteLine("label\tlines\tlines%\tpairs\tpairs%\twords\twords%");
        foreach (var r in results)
        {
            context.Out.WriteLine($"{r.Code}\t{r.Sentences}\t{r.SentenceAccuracy:P1}\t{r.Pairs}\t{r.PairAccuracy:P1}\t{r.Words}\t{r.WordAccuracy:P1}");
        }

        // Weighted by items, so that a label with three held-out lines cannot swing the mean.
        static string Mean(IEnumerable<(int N, double Accuracy)> cells)
        {
            var valid = cells.Where(c => c.N > 0).ToArray();
            var n = valid.Sum(c => c.N);
            return n == 0 ? "-" : $"{valid.Sum(c => c.N * c.Accuracy) / n:P2}";
        }

        context.Out.WriteLine($"all items\t{results.Sum(r => r.Sentences)}\t{Mean(results.Select(r => (r.Sentences, r.SentenceAccuracy)))}\t{results.Sum(r => r.Pairs)}\t{Mean(results.Select(r => (r.Pairs, r.PairAccuracy)))}\t{results.Sum(r => r.Words)}\t{Mean(results.Select(r => (r.Words, r.WordAccuracy)))}");
    }
}
