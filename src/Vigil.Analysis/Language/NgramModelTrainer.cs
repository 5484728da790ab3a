namespace Vigil.Analysis.Language;

/// <summary>Settings of <see cref="NgramModelTrainer"/>.</summary>
/// <param name="Alpha">Additive smoothing per n-gram.</param>
/// <param name="OrderWeights">Weight of each order 1..5 in the score.</param>
/// <param name="Step">Quantisation step of stored log-probabilities, in nats.</param>
/// <param name="ScriptShare">A language counts as written in a script when this share of its training letters is in it.</param>
/// <param name="StripEvery">Every N-th Latin-script line with accents is also learnt without them (posts are often typed
/// without accents: "dien thoai", "cok guzel"); 0 turns this off.</param>
public sealed record NgramTrainingOptions(double Alpha, double[] OrderWeights, float Step, double ScriptShare, int StripEvery)
{
    public static NgramTrainingOptions Default { get; } = new(0.02, [1.0, 1.0, 1.0, 1.0, 1.0], 1f / 12, 0.05, 3);
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
        internal Counts(string[] codes, Dictionary<ulong, int>[] tables, long[,] totals, Dictionary<ulong, byte> orderOf, uint[] masks)
        {
            Codes = codes;
            Tables = tables;
            Totals = totals;
            OrderOf = orderOf;
            Masks = masks;
        }

        internal string[] Codes { get; }

        internal Dictionary<ulong, int>[] Tables { get; }

        internal long[,] Totals { get; }

        internal Dictionary<ulong, byte> OrderOf { get; }

        internal uint[] Masks { get; }
    }

    /// <summary>Counts the n-grams of every language of <paramref name="corpus"/>.</summary>
    public static Counts Count(IReadOnlyList<(string Code, IEnumerable<string> Lines)> corpus, double scriptShare, int stripEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count is 0 or > 250)
        {
            throw new ArgumentException("Training needs between 1 and 250 languages.", nameof(corpus));
        }

        var languages = corpus.Count;
        var counts = new Dictionary<ulong, int>[languages];
        var totals = new long[languages, TextFeatures.MaxOrder];
        var orderOf = new Dictionary<ulong, byte>();
        var masks = new uint[languages];
        var buffer = new char[TextFeatures.MaxChars + 2];
        Span<int> scripts = stackalloc int[WritingSystems.Count];
        for (var lang = 0; lang < languages; lang++)
        {
            var table = new Dictionary<ulong, int>();
            var letters = new long[WritingSystems.Count];
            var index = 0;
            foreach (var original in corpus[lang].Lines.SelectMany(l => Variants(l, stripEvery > 0 && index++ % stripEvery == 0)))
            {
                var line = original;
                scripts.Clear();
                var length = TextFeatures.Normalize(line.AsSpan(), buffer, scripts);
                for (var s = 0; s < scripts.Length; s++)
                {
                    letters[s] += scripts[s];
                }

                var visitor = new CountVisitor(table, orderOf, totals, lang);
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

    /// <summary>Turns counts into a scoring model with the given smoothing, weights and quantisation.</summary>
    public static NgramModel Build(Counts counted, NgramTrainingOptions options)
    {
        var languages = counted.Codes.Length;
        var counts = counted.Tables;
        var totals = counted.Totals;
        var orderOf = counted.OrderOf;
        var masks = counted.Masks;

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

        // Lay out the open-addressing table, then the postings in slot order.
        var capacity = 1;
        while (capacity < orderOf.Count * 10 / 7 + 1)
        {
            capacity <<= 1;
        }

        var fingerprints = new uint[capacity];
        var offsets = new uint[capacity];
        var keys = new ulong[capacity];
        foreach (var hash in orderOf.Keys.Order())
        {
            var slot = (int)hash & (capacity - 1);
            while (fingerprints[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            fingerprints[slot] = NgramModel.Fingerprint(hash);
            keys[slot] = hash;
        }

        var postings = new List<byte>(orderOf.Count * 4);
        var entry = new List<(byte Lang, byte Value)>(languages);
        for (var slot = 0; slot < capacity; slot++)
        {
            if (fingerprints[slot] == 0)
            {
                continue;
            }

            var hash = keys[slot];
            var o = orderOf[hash] - 1;
            entry.Clear();
            for (var lang = 0; lang < languages; lang++)
            {
                if (!counts[lang].TryGetValue(hash, out var c))
                {
                    continue;
                }

                var logp = options.OrderWeights[o] * Math.Log((c + options.Alpha) / denominators[lang, o]);
                var excess = (logp - unseen[(lang * TextFeatures.MaxOrder) + o]) / options.Step;
                entry.Add(((byte)lang, (byte)Math.Clamp(Math.Round(excess), 1, 255)));
            }

            offsets[slot] = (uint)postings.Count;
            postings.Add((byte)entry.Count);
            foreach (var (lang, value) in entry)
            {
                postings.Add(lang);
                postings.Add(value);
            }
        }

        return new NgramModel(counted.Codes, masks, unseen, options.Step, fingerprints, offsets, [.. postings]);
    }

    private static IEnumerable<string> Variants(string line, bool strip)
    {
        yield return line;
        if (strip && Accents.TryStrip(line, out var stripped))
        {
            yield return stripped;
        }
    }

    private readonly struct CountVisitor(Dictionary<ulong, int> table, Dictionary<ulong, byte> orderOf, long[,] totals, int lang) : IGramVisitor
    {
        public void Visit(ulong hash, int order)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, hash, out _)++;
            orderOf.TryAdd(hash, (byte)order);
            totals[lang, order - 1]++;
        }
    }
}
