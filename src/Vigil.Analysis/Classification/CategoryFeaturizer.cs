using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>Receives the features of one post: an index below <see cref="CategoryFeaturizer.Dimension"/> and a value.</summary>
public interface IFeatureSink
{
    void Add(int index, float value);
}

/// <summary>
/// Turns a folded post and its rule evidence into hashed sparse features, the same way for training and
/// scoring: character 2–5-grams (script-independent: Arabic, Cyrillic and Latin alike), word uni- and
/// bigrams, and named features for indicator signals, lexicon scores and fired combinations. Digits become
/// <c>0</c> so that prices and phone numbers generalise instead of being memorised.
/// Thread-safe: scratch buffers are per thread.
/// </summary>
/// <remarks>Features are hashes; the text cannot be recovered from them and no identifier is kept.</remarks>
public sealed class CategoryFeaturizer
{
    /// <summary>Size of the region for named (non-text) features, after the hashed text region.</summary>
    public const int NamedSlots = 4096;

    private const int MinGram = 2;
    private const int MaxGram = 5;
    private const int StemLength = 5;
    private const uint Offset = 2166136261u; // FNV-1a offset basis

    [ThreadStatic] private static Scratch? t_scratch;

    public CategoryFeaturizer(int hashBits)
    {
        if (hashBits is < 10 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(hashBits), hashBits, "Hash bits must be between 10 and 24.");
        }

        HashBits = hashBits;
        HashMask = (1 << hashBits) - 1;
    }

    public int HashBits { get; }

    private int HashMask { get; }

    /// <summary>Total number of feature indices: the hashed text region plus <see cref="NamedSlots"/>.</summary>
    public int Dimension => (1 << HashBits) + NamedSlots;

    /// <summary>Emits every feature of a post into <paramref name="sink"/>. Indices may repeat (hash collisions); values then add up.</summary>
    public void Featurize<TSink>(string folded, RuleEvidence evidence, ref TSink sink)
        where TSink : IFeatureSink
    {
        FeaturizeText(folded, ref sink);
        FeaturizeNamed(folded, evidence, ref sink);
    }

    /// <summary>The text features (hashed character and word n-grams), indices below 2^<see cref="HashBits"/>.</summary>
    public void FeaturizeText<TSink>(string folded, ref TSink sink)
        where TSink : IFeatureSink
    {
        var scratch = t_scratch ??= new Scratch();
        var shape = scratch.Shape(folded);

        // Character n-grams over the padded shape string.
        scratch.BeginBlock();
        for (var i = 0; i < shape.Length; i++)
        {
            var h = 2166136261u;
            for (var n = 1; n <= MaxGram && i + n <= shape.Length; n++)
            {
                h = (h ^ shape[i + n - 1]) * 16777619u;
                if (n >= MinGram)
                {
                    scratch.AddDistinct(Mix(h + (uint)n) & (uint)HashMask);
                }
            }
        }

        EmitBlock(scratch.Block, ref sink);

        // Word unigrams and bigrams.
        scratch.BeginBlock();
        var prev = 0u;
        var start = -1;
        for (var i = 0; i <= shape.Length; i++)
        {
            var boundary = i == shape.Length || shape[i] == ' ';
            if (!boundary && start < 0)
            {
                start = i;
            }
            else if (boundary && start >= 0)
            {
                var h = 0x9E3779B9u;
                for (var k = start; k < i; k++)
                {
                    h = (h ^ shape[k]) * 16777619u;
                }

                scratch.AddDistinct(Mix(h ^ 0x5bd1e995u) & (uint)HashMask);

                // A crude stem (the first five letters) generalises over suffixes and case endings.
                if (i - start > StemLength)
                {
                    var stem = 0x7F4A7C15u;
                    for (var k = start; k < start + StemLength; k++)
                    {
                        stem = (stem ^ shape[k]) * 16777619u;
                    }

                    scratch.AddDistinct(Mix(stem ^ 0x165667b1u) & (uint)HashMask);
                }
                if (prev != 0)
                {
                    scratch.AddDistinct(Mix((prev * 31u) ^ h ^ 0x27d4eb2fu) & (uint)HashMask);
                }

                prev = h;
                start = -1;
            }
        }

        EmitBlock(scratch.Block, ref sink);
    }

    /// <summary>
    /// The named features (indicator signals, lexicon scores and concepts, fired combinations, punctuation,
    /// length), indices from 2^<see cref="HashBits"/> on: language-independent evidence.
    /// </summary>
    public void FeaturizeNamed<TSink>(string folded, RuleEvidence evidence, ref TSink sink)
        where TSink : IFeatureSink
    {
        // Named features: signals, lexicon scores, fired rules, punctuation. Each name is hashed part by part
        // (the same FNV-1a as hashing the concatenated string), so no name string is built per post.
        foreach (var signal in evidence.Signals)
        {
            sink.Add(Slot(Fnv(Fnv(Offset, "sig:"), signal)), 1f);
        }

        Span<char> digits = stackalloc char[11];
        for (var c = 0; c < evidence.Scores.Count; c++)
        {
            var score = evidence.Scores[c];
            if (score != 0)
            {
                c.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                sink.Add(Slot(Fnv(Fnv(Offset, "lex:"), digits[..written])), (float)(Math.Clamp(score, -6, 6) / 3));
            }
        }

        // Lexicon concepts: a term's English gloss and target, shared by the translations of that term in every
        // language file, so weight learnt from Arabic "الدفع عند الوصول" also serves Russian "оплата по прибытии".
        foreach (var term in evidence.Terms)
        {
            sink.Add(Slot(Fnv(Fnv(Fnv(Fnv(Offset, "concept:"), term.Note), ">"), term.Target?.ToWire() ?? "flagged")), 1f);
        }

        foreach (var rule in evidence.Combinations)
        {
            sink.Add(Slot(Fnv(Fnv(Fnv(Fnv(Offset, "rule:"), rule.Label), ">"), rule.Target.ToWire())), 1f);
        }

        if (folded.Contains('?') || folded.Contains('\u061F'))
        {
            sink.Add(Named("punct:question"), 1f);
        }

        Math.Min(folded.Length / 80, 6).TryFormat(digits, out var lengthDigits, default, CultureInfo.InvariantCulture);
        sink.Add(Slot(Fnv(Fnv(Offset, "len:"), digits[..lengthDigits])), 1f);
    }

    /// <summary>The index of a named feature (stable across runs: a fixed hash of the name).</summary>
    public int Named(string name) => Slot(Fnv(Offset, name));

    private static uint Fnv(uint h, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private int Slot(uint h) => (1 << HashBits) + (int)(Mix(h) % NamedSlots);

    private static void EmitBlock<TSink>(ReadOnlySpan<int> indices, ref TSink sink)
        where TSink : IFeatureSink
    {
        if (indices.Length == 0)
        {
            return;
        }

        var value = 1f / MathF.Sqrt(indices.Length);
        foreach (var i in indices)
        {
            sink.Add(i, value);
        }
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

    /// <summary>
    /// Per-thread buffers: the shape string, the distinct indices of the current block in first-seen order
    /// and a small open-addressing set over them. The set (a few KB, in L1) replaces a stamp array as large
    /// as the feature space, which cost a cache miss per n-gram. The indices are already well-mixed hashes,
    /// so their low bits pick the slot. A slot holds generation &lt;&lt; 32 | index; a slot of an older
    /// generation is empty, so starting a block clears nothing.
    /// </summary>
    private sealed class Scratch
    {
        private const int InitialSlots = 4096;

        private long[] _slots = new long[InitialSlots];
        private int[] _block = new int[InitialSlots / 2];
        private int _count;
        private long _generation;
        private char[] _shape = new char[512];

        /// <summary>The distinct indices added since <see cref="BeginBlock"/>, in the order first added.</summary>
        public ReadOnlySpan<int> Block => _block.AsSpan(0, _count);

        public void AddDistinct(uint index)
        {
            var slot = Probe(index);
            if (slot < 0)
            {
                return;
            }

            if (_count == _block.Length)
            {
                Grow();
                slot = Probe(index);
            }

            _slots[slot] = (_generation << 32) | index;
            _block[_count++] = (int)index;
        }

        // The slot holding index (as ~slot, negative), or the free slot where it goes.
        private int Probe(uint index)
        {
            var mask = _slots.Length - 1;
            var tag = _generation << 32;
            var slot = (int)index & mask;
            while (true)
            {
                var entry = _slots[slot];
                if ((entry & ~0xFFFFFFFFL) != tag)
                {
                    return slot;
                }

                if ((uint)entry == index)
                {
                    return ~slot;
                }

                slot = (slot + 1) & mask;
            }
        }

        /// <summary>Letters stay, digits become 0, currency and other symbols (emoji) stay, the rest is one space; padded with spaces.</summary>
        public ReadOnlySpan<char> Shape(string folded)
        {
            if (_shape.Length < folded.Length + 2)
            {
                _shape = new char[folded.Length * 2 + 2];
            }

            var n = 0;
            _shape[n++] = ' ';
            foreach (var c in folded)
            {
                char o;
                if (char.IsLetter(c))
                {
                    o = c;
                }
                else if (char.IsDigit(c))
                {
                    o = '0';
                }
                else if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol)
                {
                    o = c;
                }
                else
                {
                    o = ' ';
                }

                if (o == ' ' && _shape[n - 1] == ' ')
                {
                    continue;
                }

                _shape[n++] = o;
            }

            if (_shape[n - 1] != ' ')
            {
                _shape[n++] = ' ';
            }

            return _shape.AsSpan(0, n);
        }

        /// <summary>Starts a block of features: forgets the indices seen so far.</summary>
        public void BeginBlock()
        {
            _count = 0;
            _generation++;
            if (_generation == int.MaxValue)
            {
                Array.Clear(_slots);
                _generation = 1;
            }
        }

        // Keeps the set at most half full: twice the slots, the block's indices re-inserted.
        private void Grow()
        {
            Array.Resize(ref _block, _block.Length * 2);
            _slots = new long[_block.Length * 2];
            var tag = _generation << 32;
            var mask = _slots.Length - 1;
            for (var i = 0; i < _count; i++)
            {
                var slot = _block[i] & mask;
                while ((_slots[slot] & ~0xFFFFFFFFL) == tag)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = tag | (uint)_block[i];
            }
        }
    }
}
