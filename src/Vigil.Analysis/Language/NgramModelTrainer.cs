using System.Runtime.InteropServices;

namespace Vigil.Analysis.Language;

/// <summary>Settings of <see cref="NgramModelTrainer"/>.</summary>
/// <param name="Alpha">Additive smoothing per n-gram.</param>
/// <param name="OrderWeights">Weight of each order 1..5 in the score.</param>
/// <param name="Step">Quantisation step of stored log-probabilities, in nats.</param>
/// <param name="ScriptShare">A language counts as written in a script when this share of its training letters is in it.</param>
/// <param name="StripEvery">Every N-th Latin-script line with accents is also learnt without them (posts are often typed
/// without accents: "dien thoai", "cok guzel"); 0 turns this off.</param>
/// <param name="WordListScale">A word of rank r in a frequency list counts as <c>WordListScale / r</c> occurrences
/// (Zipf's law); 0 ignores the lists.</param>
/// <param name="MinCount">An n-gram of order 3 or more is kept for a language only when it was counted at least this
/// often there (prunes one-off n-grams: smaller, faster model).</param>
/// <param name="SharedUnseen">An n-gram never seen costs the same in every language (the mean of the languages'
/// smoothed unseen log-probabilities), instead of more in the languages with more training text: otherwise
/// noise in a post (names, handles, typos) pushes it towards the languages with the least data.</param>
/// <param name="LinguaWeight">Weight of Lingua's n-gram statistics (<see cref="LanguageCorpus.LinguaFolder"/>) against a
/// language's own training text: they count as this many times the own text's letters; 0 ignores them.</param>
/// <param name="LinguaMinCount">A Lingua n-gram is stored only when its scaled count reaches this (prunes the rare ones: model size).</param>
public sealed record NgramTrainingOptions(double Alpha, double[] OrderWeights, float Step, double ScriptShare, int StripEvery, double WordListScale = 0, double MinCount = 0, bool SharedUnseen = false, double LinguaWeight = 0, double LinguaMinCount = 1)
{
    public static NgramTrainingOptions Default { get; } = new(0.001, [1.0, 1.0, 1.0, 1.0, 1.0], 1f / 12, 0.05, 3, WordListScale: 300, MinCount: 1, LinguaWeight: 2, LinguaMinCount: 1);
}

/// <summary>
/// Builds an <see cref="NgramModel"/> from plain text per language. Deterministic: the same text and
/// options give the same model bytes.
/// </summary>
public static class NgramModelTrainer
{
    /// <summary>Trains on <paramref name="corpus"/>: language label → lines of text in that language.</summary>
    public static NgramModel Train(IReadOnlyList<(string Code, IEnumerable<string> Lines)> corpus, NgramTrainingOptions options) =>
        Build(Count(corpus, options.ScriptShare, options.StripEvery), options);

    /// <summary>The n-gram counts of a corpus (the expensive half of training, reusable across options).</summary>
    public sealed class Counts
    {
        internal Counts(string[] codes, Dictionary<ulong, float>[] tables, double[,] totals, Dictionary<ulong, byte> orderOf, uint[] masks)
        {
            Codes = codes;
            Tables = tables;
            Totals = totals;
            OrderOf = orderOf;
            Masks = masks;
        }

        internal string[] Codes { get; }

        internal Dictionary<ulong, float>[] Tables { get; }

        internal double[,] Totals { get; }

        internal Dictionary<ulong, byte> OrderOf { get; }

        internal uint[] Masks { get; }
    }

    /// <summary>Counts the n-grams of every language of <paramref name="corpus"/> (lines count once each).</summary>
    public static Counts Count(IReadOnlyList<(string Code, IEnumerable<string> Lines)> corpus, double scriptShare, int stripEvery = 0) =>
        Count([.. corpus.Select(c => (c.Code, c.Lines.Select(l => (l, 1.0))))], scriptShare, stripEvery);

    /// <summary>Counts the n-grams of every language of <paramref name="corpus"/>, each text with its weight (occurrences).</summary>
    public static Counts Count(IReadOnlyList<(string Code, IEnumerable<(string Text, double Weight)> Texts)> corpus, double scriptShare, int stripEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count is 0 or > 250)
        {
            throw new ArgumentException("Training needs between 1 and 250 languages.", nameof(corpus));
        }

        var languages = corpus.Count;
        var counts = new Dictionary<ulong, float>[languages];
        var totals = new double[languages, TextFeatures.MaxOrder];
        var orderOf = new Dictionary<ulong, byte>();
        var masks = new uint[languages];
        var buffer = new char[TextFeatures.MaxChars + 2];
        Span<int> scripts = stackalloc int[WritingSystems.Count];
        for (var lang = 0; lang < languages; lang++)
        {
            var table = new Dictionary<ulong, float>();
            var letters = new double[WritingSystems.Count];
            var index = 0;
            foreach (var (original, weight) in corpus[lang].Texts.SelectMany(t => Variants(t.Text, t.Weight, stripEvery > 0 && index++ % stripEvery == 0)))
            {
                scripts.Clear();
                var length = TextFeatures.Normalize(original.AsSpan(), buffer, scripts);
                for (var s = 0; s < scripts.Length; s++)
                {
                    letters[s] += scripts[s] * weight;
                }

                var visitor = new CountVisitor(table, orderOf, totals, lang, (float)weight);
                TextFeatures.ForEachGram(buffer.AsSpan(0, length), ref visitor);
            }

            counts[lang] = table;
            var all = letters.Sum();
            for (var s = 1; s < letters.Length; s++)
            {
                if (all > 0 && letters[s] >= scriptShare * all)
                {
                    masks[lang] |= 1u << s;
                }
            }
        }

        return new Counts([.. corpus.Select(c => c.Code)], counts, totals, orderOf, masks);
    }

    /// <summary>
    /// Adds external n-gram statistics of language <paramref name="code"/> to <paramref name="counted"/>:
    /// each feature (normalised letters, ' ' for a word boundary; see <see cref="LinguaStatistics.Features"/>)
    /// with its occurrences per letter of text, scaled to <paramref name="weight"/> times the letters of the
    /// language's own training text (so weight 1 counts the external statistics as much as the own text).
    /// A scaled count below <paramref name="minCount"/> is not stored (it still counts in the order's total, so
    /// it falls back to the unseen probability). Features with a letter outside the language's writing
    /// systems, or that <see cref="TextFeatures.Normalize"/> would not keep as letters, are skipped.
    /// Returns the number of features stored.
    /// </summary>
    public static int AddStatistics(Counts counted, string code, IEnumerable<(string Gram, double PerLetter)> features, double weight, double minCount)
    {
        ArgumentNullException.ThrowIfNull(counted);
        ArgumentNullException.ThrowIfNull(features);
        var lang = Array.IndexOf(counted.Codes, code);
        if (lang < 0)
        {
            throw new ArgumentException($"The counts have no language '{code}'.", nameof(code));
        }

        var mass = weight * counted.Totals[lang, 0];
        var mask = counted.Masks[lang];
        var table = counted.Tables[lang];
        var stored = 0;
        Span<char> gram = stackalloc char[TextFeatures.MaxOrder];
        foreach (var (text, perLetter) in features)
        {
            if (text.Length is 0 or > TextFeatures.MaxOrder || !Fold(text, gram, mask))
            {
                continue;
            }

            var order = text.Length;
            var value = mass * perLetter;
            counted.Totals[lang, order - 1] += value;
            if (value < minCount)
            {
                continue;
            }

            var hash = TextFeatures.HashOf(gram[..order]);
            CollectionsMarshal.GetValueRefOrAddDefault(table, hash, out _) += (float)value;
            counted.OrderOf.TryAdd(hash, (byte)order);
            stored++;
        }

        return stored;
    }

    private static bool Fold(string text, Span<char> gram, uint mask)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                gram[i] = c;
                continue;
            }

            if (!TextFeatures.IsWordLetter(c, out var system) || (mask & (1u << (int)system)) == 0)
            {
                return false;
            }

            gram[i] = TextFeatures.FoldLetter(c);
        }

        return true;
    }

    /// <summary>Turns counts into a scoring model with the given smoothing, weights, pruning and quantisation.</summary>
    public static NgramModel Build(Counts counted, NgramTrainingOptions options)
    {
        var languages = counted.Codes.Length;
        var counts = counted.Tables;
        var totals = counted.Totals;
        var orderOf = counted.OrderOf;

        var vocabulary = new long[TextFeatures.MaxOrder];
        foreach (var order in orderOf.Values)
        {
            vocabulary[order - 1]++;
        }

        var unseen = new float[languages * TextFeatures.MaxOrder];
        var denominators = new double[languages, TextFeatures.MaxOrder];
        for (var lang = 0; lang < languages; lang++)
        {
            for (var o = 0; o < TextFeatures.MaxOrder; o++)
            {
                denominators[lang, o] = totals[lang, o] + (options.Alpha * vocabulary[o]);
                unseen[(lang * TextFeatures.MaxOrder) + o] = (float)(options.OrderWeights[o] * Math.Log(options.Alpha / denominators[lang, o]));
            }
        }

        if (options.SharedUnseen)
        {
            for (var o = 0; o < TextFeatures.MaxOrder; o++)
            {
                double sum = 0;
                for (var lang = 0; lang < languages; lang++)
                {
                    sum += unseen[(lang * TextFeatures.MaxOrder) + o];
                }

                for (var lang = 0; lang < languages; lang++)
                {
                    unseen[(lang * TextFeatures.MaxOrder) + o] = (float)(sum / languages);
                }
            }
        }

        // The (language, value) pairs of every n-gram kept, in hash order (deterministic).
        var kept = new List<(ulong Hash, int Start, int Count)>(orderOf.Count);
        var pairs = new List<(byte Lang, byte Value)>(orderOf.Count * 2);
        foreach (var hash in orderOf.Keys.Order())
        {
            var o = orderOf[hash] - 1;
            var start = pairs.Count;
            for (var lang = 0; lang < languages; lang++)
            {
                if (!counts[lang].TryGetValue(hash, out var c) || (o >= 2 && c < options.MinCount))
                {
                    continue;
                }

                var logp = options.OrderWeights[o] * Math.Log((c + options.Alpha) / denominators[lang, o]);
                var excess = (logp - unseen[(lang * TextFeatures.MaxOrder) + o]) / options.Step;
                pairs.Add(((byte)lang, (byte)Math.Clamp(Math.Round(excess), 1, 255)));
            }

            if (pairs.Count > start)
            {
                kept.Add((hash, start, pairs.Count - start));
            }
        }

        var capacity = (int)Math.Ceiling(kept.Count / NgramModel.LoadFactor) + 1;
        var slots = new ulong[capacity];
        var postings = new List<byte>();
        foreach (var (hash, start, count) in kept)
        {
            uint payload;
            if (count == 1)
            {
                payload = NgramModel.InlinePayload(pairs[start].Lang, pairs[start].Value);
            }
            else
            {
                payload = NgramModel.PostingPayload(postings.Count);
                postings.Add((byte)count);
                for (var k = start; k < start + count; k++)
                {
                    postings.Add(pairs[k].Lang);
                    postings.Add(pairs[k].Value);
                }
            }

            var slot = NgramModel.SlotOf(hash, capacity);
            while (slots[slot] != 0)
            {
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }

            slots[slot] = ((ulong)NgramModel.Fingerprint(hash) << 32) | payload;
        }

        return new NgramModel(counted.Codes, counted.Masks, unseen, options.Step, slots, [.. postings]);
    }

    private static IEnumerable<(string Text, double Weight)> Variants(string line, double weight, bool strip)
    {
        yield return (line, weight);
        if (strip && Accents.TryStrip(line, out var stripped))
        {
            yield return (stripped, weight);
        }
    }

    private readonly struct CountVisitor(Dictionary<ulong, float> table, Dictionary<ulong, byte> orderOf, double[,] totals, int lang, float weight) : IGramVisitor
    {
        public void Visit(ulong hash, int order)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(table, hash, out _) += weight;
            orderOf.TryAdd(hash, (byte)order);
            totals[lang, order - 1] += weight;
        }
    }
}
