using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Vigil.Analysis.Language;

/// <summary>
/// A compact character n-gram model: for every n-gram seen in training, the languages it was seen in
/// and a quantised log-probability (in steps of <see cref="Step"/> nats above that language's
/// unseen-n-gram penalty). Scoring adds, per language, the penalty for every n-gram and the stored
/// excess for the n-grams it knows: multinomial naive Bayes over orders 1–5 in one table lookup per n-gram.
/// Immutable after loading and safe to share between threads.
/// </summary>
public sealed class NgramModel
{
    private const uint Magic = 0x44494C56; // "VLID"
    private const ushort FormatVersion = 1;

    private readonly uint[] fingerprints;
    private readonly uint[] offsets;
    private readonly byte[] postings;
    private readonly float[] unseen; // [language * MaxOrder + order - 1]
    private readonly int mask;

    internal NgramModel(string[] codes, uint[] scriptMasks, float[] unseen, float step, uint[] fingerprints, uint[] offsets, byte[] postings)
    {
        Codes = codes;
        ScriptMasks = scriptMasks;
        this.unseen = unseen;
        Step = step;
        this.fingerprints = fingerprints;
        this.offsets = offsets;
        this.postings = postings;
        mask = fingerprints.Length - 1;
    }

    /// <summary>Language labels, in model order (e.g. "ar", "fa", "ar-Latn" for Arabizi).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Per language, a bit per <see cref="WritingSystem"/> it is written in (from its training text).</summary>
    public IReadOnlyList<uint> ScriptMasks { get; }

    /// <summary>Quantisation step of the stored log-probabilities, in nats.</summary>
    public float Step { get; }

    /// <summary>Number of distinct n-grams stored.</summary>
    public int GramCount => fingerprints.Count(f => f != 0);

    /// <summary>Approximate size of the tables in memory, in bytes.</summary>
    public long MemoryBytes => fingerprints.Length * 8L + postings.Length + unseen.Length * 4L;

    /// <summary>
    /// Adds the log-likelihood of the normalised text under each language into <paramref name="scores"/>
    /// (length = number of languages). Returns the number of n-grams scored.
    /// </summary>
    public int Score(ReadOnlySpan<char> normalized, Span<float> scores)
    {
        Span<int> perOrder = stackalloc int[TextFeatures.MaxOrder];
        var visitor = new ScoreVisitor(this, scores, perOrder);
        TextFeatures.ForEachGram(normalized, ref visitor);
        var total = 0;
        for (var order = 0; order < TextFeatures.MaxOrder; order++)
        {
            var count = visitor.Counts[order];
            total += count;
            if (count == 0)
            {
                continue;
            }

            for (var lang = 0; lang < scores.Length; lang++)
            {
                scores[lang] += count * unseen[(lang * TextFeatures.MaxOrder) + order];
            }
        }

        return total;
    }

    private ref struct ScoreVisitor(NgramModel model, Span<float> scores, Span<int> counts) : IGramVisitor
    {
        private readonly Span<float> scores = scores;
        public readonly Span<int> Counts = counts;

        public void Visit(ulong hash, int order)
        {
            Counts[order - 1]++;
            var offset = model.Find(hash);
            if (offset < 0)
            {
                return;
            }

            var p = model.postings;
            int count = p[offset];
            var step = model.Step;
            for (var k = 0; k < count; k++)
            {
                var at = offset + 1 + (2 * k);
                scores[p[at]] += p[at + 1] * step;
            }
        }
    }

    private int Find(ulong hash)
    {
        var fp = Fingerprint(hash);
        var slot = (int)hash & mask;
        while (true)
        {
            var f = fingerprints[slot];
            if (f == fp)
            {
                return (int)offsets[slot];
            }

            if (f == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    internal static uint Fingerprint(ulong hash)
    {
        var fp = (uint)(hash >> 32);
        return fp == 0 ? 1u : fp;
    }

    /// <summary>Writes the model (Brotli-compressed binary).</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
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
        w.Write(fingerprints.Length);
        w.Write(postings.Length);
        w.Write(MemoryMarshal.AsBytes(unseen.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(fingerprints.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(offsets.AsSpan()));
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
            if (capacity <= 0 || (capacity & (capacity - 1)) != 0 || postingBytes < 0)
            {
                throw new InvalidDataException("The language model's table sizes are invalid; it is damaged.");
            }

            var unseen = new float[languages * TextFeatures.MaxOrder];
            var fingerprints = new uint[capacity];
            var offsets = new uint[capacity];
            var postings = new byte[postingBytes];
            brotli.ReadExactly(MemoryMarshal.AsBytes(unseen.AsSpan()));
            brotli.ReadExactly(MemoryMarshal.AsBytes(fingerprints.AsSpan()));
            brotli.ReadExactly(MemoryMarshal.AsBytes(offsets.AsSpan()));
            brotli.ReadExactly(postings);
            return new NgramModel(codes, masks, unseen, step, fingerprints, offsets, postings);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The language model file is truncated.", e);
        }
    }
}
