namespace Vigil.Analysis.Language;

/// <summary>Accuracy on held-out training text, per length class (for tuning without the benchmark).</summary>
public sealed record HoldoutResult(string Code, int Sentences, double SentenceAccuracy, int Pairs, double PairAccuracy, int Words, double WordAccuracy);

/// <summary>Measures an identifier on held-out corpus lines cut like the benchmark: lines, word pairs and single words.</summary>
public static class HoldoutEvaluation
{
    /// <summary>Evaluates <paramref name="identifier"/> on <paramref name="holdout"/>; labels are compared after mapping Arabizi/Finglish to ar/fa.</summary>
    public static IReadOnlyList<HoldoutResult> Run(LanguageIdentifier identifier, LanguageCorpus holdout)
    {
        var results = new List<HoldoutResult>();
        foreach (var (code, lines) in holdout.Languages)
        {
            var expected = code switch { "ar-Latn" => "ar", "fa-Latn" => "fa", "ur-Latn" => "ur", _ => code };
            int s = 0, sOk = 0, p = 0, pOk = 0, w = 0, wOk = 0;
            foreach (var line in lines)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 4)
                {
                    s++;
                    sOk += Ok(identifier.Identify(line).Code, expected);
                    for (var i = 0; i + 1 < words.Length; i += 5)
                    {
                        p++;
                        pOk += Ok(identifier.Identify(words[i] + " " + words[i + 1]).Code, expected);
                    }
                }

                for (var i = 0; i < words.Length; i += 3)
                {
                    if (words[i].Length > 2)
                    {
                        w++;
                        wOk += Ok(identifier.Identify(words[i]).Code, expected);
                    }
                }
            }

            results.Add(new HoldoutResult(code, s, Ratio(sOk, s), p, Ratio(pOk, p), w, Ratio(wOk, w)));
        }

        return results;
    }

    private static int Ok(string actual, string expected) => actual == expected || (expected == "fa" && actual == "prs") ? 1 : 0;

    private static double Ratio(int ok, int n) => n == 0 ? double.NaN : ok / (double)n;
}
