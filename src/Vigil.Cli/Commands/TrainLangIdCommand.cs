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
        var command = new Command("train-langid", "Rebuild the language-identification model from the training corpus.") { corpus, output, holdout };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(corpus)!;
            if (!Directory.Exists(folder))
            {
                context.Error.WriteLine($"The corpus folder '{folder}' does not exist. Run from the repository root or pass --corpus; build it with tools/langid/build_corpus.py.");
                return 2;
            }

            var text = LanguageCorpus.Read(folder);
            var options = NgramTrainingOptions.Default;
            var every = parse.GetValue(holdout);
            if (every > 1)
            {
                var (train, held) = text.Split(every);
                var identifier = new LanguageIdentifier(train.Train(options));
                context.Out.WriteLine("label\tlines\tlines%\tpairs\tpairs%\twords\twords%");
                foreach (var r in HoldoutEvaluation.Run(identifier, held))
                {
                    context.Out.WriteLine($"{r.Code}\t{r.Sentences}\t{r.SentenceAccuracy:P1}\t{r.Pairs}\t{r.PairAccuracy:P1}\t{r.Words}\t{r.WordAccuracy:P1}");
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
}
