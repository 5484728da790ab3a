using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Vigil.Analysis.Language;

/// <summary>
/// A compact character n-gram model: for every n-gram kept in training, the languages it was seen in
/// and a quantised log-probability (in steps of <see cref="Step"/> nats above that language's
/// unseen-n-gram penalty). Scoring adds, per language, the penalty for every n-gram and the stored
/// excess for the n-grams it knows: multinomial naive Bayes over orders 1–5 in one table lookup per n-gram.
/// Immutable after loading and safe to share between threads.
/// </summary>
/// <remarks>
/// Layout (why it is fast and small): one open-addressing table of 64-bit slots, each a 32-bit
/// fingerprint of the n-gram's hash and a 32-bit payload. An n-gram known in one language only (most
/// 4- and 5-grams) keeps that language and its value in the payload itself, so its lookup touches one
/// cache line; others point into a byte array of (language, value) pairs. The table size is not a power
/// of two (slot = hash × capacity ≫ 32), so the load factor stays near <see cref="LoadFactor"/>.
/// </remarks>
public sealed class NgramModel
{
    /// <summary>Share of the table's slots in use.</summary>
    public const double LoadFactor = 0.75;

    private const uint Magic = 0x44494C56; // "VLID"
    private const ushort FormatVersion = 2;
    private const uint Inline = 0x8000_0000;

    private readonly ulong[] slots;
    private readonly byte[] postings;
    private readonly float[] unseen; // [language * MaxOrder + order - 1]

    internal NgramModel(string[] codes, uint[] scriptMasks, float[] unseen, float step, ulong[] slots, byte[] postings)
    {
        Codes = codes;
        ScriptMasks = scriptMasks;
        this.unseen = unseen;
        Step = step;
        this.slots = slots;
        this.postings = postings;
    }

    /// <summary>Language labels, in model order (e.g. "ar", "fa", "ar-Latn" for Arabizi).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Per language, a bit per <see cref="WritingSystem"/> it is written in (from its training text).</summary>
    public IReadOnlyList<uint> ScriptMasks { get; }

    /// <summary>Quantisation step of the stored log-probabilities, in nats.</summary>
    public float Step { get; }

    /// <summary>Number of distinct n-grams stored.</summary>
    public int GramCount => slots.Count(s => s != 0);

    /// <summary>Approximate size of the tables in memory, in bytes.</summary>
    public long MemoryBytes => (slots.Length * 8L) + postings.Length + (unseen.Length * 4L);

    /// <summary>
    /// Adds the log-likelihood of the normalised text under each language into <paramref name="scores"/>
    /// (length = number of languages). Returns the number of n-grams scored.
    /// </summary>
    public int Score(ReadOnlySpan<char> normalized, Span<float> scores) => Score(normalized, scores, default, float.PositiveInfinity);

    /// <summary>
    /// Like <see cref="Score(ReadOnlySpan{char}, Span{float})"/>, but stops reading further words once the
    /// best of the <paramref name="allowed"/> languages leads the second by <paramref name="stopMargin"/>
    /// nats (the rest of a long text cannot change a decision that clear; it only costs time). An empty
    /// <paramref name="allowed"/> means all languages.
    /// </summary>
    public int Score(ReadOnlySpan<char> normalized, Span<float> scores, ReadOnlySpan<bool> allowed, float stopMargin)
    {
        Span<int> perOrder = stackalloc int[TextFeatures.MaxOrder];
        var visitor = new ScoreVisitor(this, scores, perOrder);
        var total = 0;
        var start = 0;
        const int CheckEvery = 48;
        var nextCheck = CheckEvery;
        Span<float> running = stackalloc float[scores.Length];
        while (start < normalized.Length - 1)
        {
            var end = normalized[(start + 1)..].IndexOf(' ') + start + 1;
            if (end <= start)
            {
                break;
            }

            total += TextFeatures.ForEachGramOfWord(normalized[start..(end + 1)], ref visitor);
            start = end;
            if (total >= nextCheck && start < normalized.Length - 1 && !float.IsPositiveInfinity(stopMargin))
            {
                nextCheck = total + CheckEvery;
                scores.CopyTo(running);
                AddUnseen(running, perOrder);
                if (Margin(running, allowed) >= stopMargin)
                {
                    break;
                }
            }
        }

        AddUnseen(scores, perOrder);
        return total;
    }

    private void AddUnseen(Span<float> scores, ReadOnlySpan<int> perOrder)
    {
        for (var order = 0; order < TextFeatures.MaxOrder; order++)
        {
            var count = perOrder[order];
            if (count == 0)
            {
                continue;
            }

            for (var lang = 0; lang < scores.Length; lang++)
            {
                scores[lang] += count * unseen[(lang * TextFeatures.MaxOrder) + order];
            }
        }
    }

    private static float Margin(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        float best = float.NegativeInfinity, second = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!allowed.IsEmpty && !allowed[l])
            {
                continue;
            }

            var s = scores[l];
            if (s > best)
            {
                second = best;
                best = s;
            }
            else if (s > second)
            {
                second = s;
            }
        }

        return best - second;
    }

    private ref struct ScoreVisitor(NgramModel model, Span<float> scores, Span<int> counts) : IGramVisitor
    {
        private readonly Span<float> scores = scores;
        private readonly Span<int> counts = counts;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Visit(ulong hash, int order)
        {
            counts[order - 1]++;
            var payload = model.Find(hash);
            if (payload == 0)
            {
                return;
            }

            var step = model.Step;
            if ((payload & Inline) != 0)
            {
                scores[(int)((payload >> 8) & 0xFF)] += (payload & 0xFF) * step;
                return;
            }

            var p = model.postings;
            var offset = (int)payload - 1;
            int count = p[offset];
            for (var k = 0; k < count; k++)
            {
                var at = offset + 1 + (2 * k);
                scores[p[at]] += p[at + 1] * step;
            }
        }
    }

    /// <summary>The payload of an n-gram (0 when unknown).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Find(ulong hash)
    {
        var table = slots;
        var fp = Fingerprint(hash);
        var slot = SlotOf(hash, table.Length);
        while (true)
        {
            var s = table[slot];
            if ((uint)(s >> 32) == fp)
            {
                return (uint)s;
            }

            if (s == 0)
            {
                return 0;
            }

            if (++slot == table.Length)
            {
                slot = 0;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SlotOf(ulong hash, int capacity) => (int)(((ulong)(uint)hash * (ulong)capacity) >> 32);

    internal static uint Fingerprint(ulong hash)
    {
        var fp = (uint)(hash >> 32);
        return fp == 0 ? 1u : fp;
    }

    /// <summary>A payload for an n-gram known in one language (kept in the slot itself).</summary>
    internal static uint InlinePayload(byte language, byte value) => Inline | ((uint)language << 8) | value;

    /// <summary>A payload pointing at postings offset <paramref name="offset"/>.</summary>
    internal static uint PostingPayload(int offset) => (uint)offset + 1;

    /// <summary>Writes the model (Brotli-compressed binary).</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Codes.Count);
        for (var i = 0; i < Codes.Count; i++)
        {
            w.Write(Codes[i]);
            w.Write(ScriptMasks[i]);
        }

        w.Write(Step);
        w.Write(slots.Length);
        w.Write(postings.Length);
        w.Write(MemoryMarshal.AsBytes(unseen.AsSpan()));

        // Fingerprints and payloads apart: each half compresses far better on its own.
        var half = new uint[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            half[i] = (uint)(slots[i] >> 32);
        }

        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        for (var i = 0; i < slots.Length; i++)
        {
            half[i] = (uint)slots[i];
        }

        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        w.Write(postings);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a foreign or damaged file.</summary>
    public static NgramModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic || r.ReadUInt16() != FormatVersion)
            {
                throw new InvalidDataException("This is not a Vigil language model (wrong magic number or format version).");
            }

            var languages = r.ReadInt32();
            if (languages is <= 0 or > 255)
            {
                throw new InvalidDataException($"The language model claims {languages} languages; it is damaged.");
            }

            var codes = new string[languages];
            var masks = new uint[languages];
            for (var i = 0; i < languages; i++)
            {
                codes[i] = r.ReadString();
                masks[i] = r.ReadUInt32();
            }

            var step = r.ReadSingle();
            var capacity = r.ReadInt32();
            var postingBytes = r.ReadInt32();
            if (capacity <= 0 || capacity > (1 << 28) || postingBytes < 0 || postingBytes > (1 << 30))
            {
                throw new InvalidDataException("The language model's table sizes are invalid; it is damaged.");
            }

            var unseen = new float[languages * TextFeatures.MaxOrder];
            brotli.ReadExactly(MemoryMarshal.AsBytes(unseen.AsSpan()));
            var slots = new ulong[capacity];
            var half = new uint[Math.Min(capacity, 1 << 16)];
            ReadHalf(brotli, slots, half, 32);
            ReadHalf(brotli, slots, half, 0);
            var postings = new byte[postingBytes];
            brotli.ReadExactly(postings);
            return new NgramModel(codes, masks, unseen, step, slots, postings);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The language model file is truncated.", e);
        }
    }

    // Reads one half of every slot in chunks, so loading never holds a second table-sized buffer.
    private static void ReadHalf(Stream from, ulong[] slots, uint[] chunk, int shift)
    {
        for (var at = 0; at < slots.Length; at += chunk.Length)
        {
            var n = Math.Min(chunk.Length, slots.Length - at);
            from.ReadExactly(MemoryMarshal.AsBytes(chunk.AsSpan(0, n)));
            for (var i = 0; i < n; i++)
            {
                slots[at + i] |= (ulong)chunk[i] << shift;
            }
        }
    }
}
