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
/// The file holds the tables exactly as they lie in memory (format 3: uncompressed, little-endian), so the model embedded in Vigil.Analysis is scored in place, where the runtime
/// mapped the assembly: no copy on the managed heap, nothing to decompress at start-up, and only the
/// pages a process touches count in its memory (see <see cref="Load"/>).
/// </remarks>
public sealed unsafe class NgramModel
{
    /// <summary>Share of the table's slots in use.</summary>
    public const double LoadFactor = 0.75;

    private const uint Magic = 0x44494C56; // "VLID"
    private const ushort FormatVersion = 3;
    private const uint Inline = 0x8000_0000;

    private readonly ulong* slots;
    private readonly int capacity;
    private readonly byte* postings;
    private readonly int postingLength;
    private readonly float[] unseen; // [language * MaxOrder + order - 1]

    // Keeps the memory behind the pointers alive: the pinned arrays of a trained or copied model, or the
    // stream over the assembly's mapped resource (which lives as long as the assembly, i.e. the process).
    private readonly object owner;

    internal NgramModel(string[] codes, uint[] scriptMasks, float[] unseen, float step, ulong[] slots, byte[] postings)
        : this(codes, scriptMasks, unseen, step, Pin(slots, postings))
    {
    }

    private NgramModel(string[] codes, uint[] scriptMasks, float[] unseen, float step, Tables tables)
    {
        Codes = codes;
        ScriptMasks = scriptMasks;
        this.unseen = unseen;
        Step = step;
        owner = tables.Owner;
        slots = tables.Slots;
        capacity = tables.Capacity;
        postings = tables.Postings;
        postingLength = tables.PostingLength;
    }

    /// <summary>Language labels, in model order (e.g. "ar", "fa", "ar-Latn" for Arabizi).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Per language, a bit per <see cref="WritingSystem"/> it is written in (from its training text).</summary>
    public IReadOnlyList<uint> ScriptMasks { get; }

    /// <summary>Quantisation step of the stored log-probabilities, in nats.</summary>
    public float Step { get; }

    /// <summary>True when the tables are read in place from the stream's memory (the embedded resource) rather than copied.</summary>
    public bool InPlace => owner is UnmanagedMemoryStream;

    /// <summary>Number of distinct n-grams stored.</summary>
    public int GramCount
    {
        get
        {
            var n = 0;
            for (var i = 0; i < capacity; i++)
            {
                n += Unsafe.ReadUnaligned<ulong>(slots + i) != 0 ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>Approximate size of the tables, in bytes.</summary>
    public long MemoryBytes => (capacity * 8L) + postingLength + (unseen.Length * 4L);

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

            var offset = (int)payload - 1;
            var p = model.postings;
            int count = p[offset];
            if ((uint)(offset + (2 * count)) >= (uint)model.postingLength)
            {
                return; // a damaged table; the loader checked the sizes, not every pointer
            }

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
        var size = capacity;
        var fp = Fingerprint(hash);
        var slot = SlotOf(hash, size);
        for (var probes = 0; probes < size; probes++)
        {
            var s = Unsafe.ReadUnaligned<ulong>(table + slot); // a resource is only 4-byte aligned in the assembly
            if ((uint)(s >> 32) == fp)
            {
                var payload = (uint)s;
                return (payload & Inline) != 0 || payload <= (uint)postingLength ? payload : 0;
            }

            if (s == 0)
            {
                return 0;
            }

            if (++slot == size)
            {
                slot = 0;
            }
        }

        return 0;
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

    /// <summary>Writes the model: a header, then the tables as they lie in memory (uncompressed; the table starts 8-byte aligned in the file, though an embedded resource is only 4-byte aligned).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(Codes.Count);
            for (var i = 0; i < Codes.Count; i++)
            {
                w.Write(Codes[i]);
                w.Write(ScriptMasks[i]);
            }

            w.Write(Step);
            w.Write(capacity);
            w.Write(postingLength);
            w.Write(MemoryMarshal.AsBytes(unseen.AsSpan()));
            while (header.Length % 8 != 0)
            {
                w.Write((byte)0);
            }
        }

        stream.Write(header.GetBuffer().AsSpan(0, (int)header.Length));
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The language model format is little-endian.");
        }

        stream.Write(new ReadOnlySpan<byte>(slots, capacity * 8));
        stream.Write(new ReadOnlySpan<byte>(postings, postingLength));
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a foreign or
    /// damaged file. A stream over memory that stays valid for the life of the process (the
    /// <see cref="UnmanagedMemoryStream"/> of an embedded resource) is read in place; any other stream is copied.
    /// </summary>
    public static NgramModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
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
            var size = r.ReadInt32();
            var postingBytes = r.ReadInt32();
            if (size <= 0 || size > (1 << 28) || postingBytes < 0 || postingBytes > (1 << 30))
            {
                throw new InvalidDataException("The language model's table sizes are invalid; it is damaged.");
            }

            var unseen = new float[languages * TextFeatures.MaxOrder];
            stream.ReadExactly(MemoryMarshal.AsBytes(unseen.AsSpan()));
            while ((stream.Position - start) % 8 != 0)
            {
                r.ReadByte();
            }

            if (stream.Length - stream.Position < (size * 8L) + postingBytes)
            {
                throw new InvalidDataException("The language model file is truncated.");
            }

            if (PointerOf(stream) is { } at)
            {
                return new NgramModel(codes, masks, unseen, step, new Tables(stream, (ulong*)at, size, (byte*)at + (size * 8L), postingBytes));
            }

            var slotArray = GC.AllocateUninitializedArray<ulong>(size, pinned: true);
            stream.ReadExactly(MemoryMarshal.AsBytes(slotArray.AsSpan()));
            var postingArray = GC.AllocateUninitializedArray<byte>(postingBytes, pinned: true);
            stream.ReadExactly(postingArray);
            return new NgramModel(codes, masks, unseen, step, PinnedTables(slotArray, postingArray));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The language model file is truncated.", e);
        }
    }

    // The address of the stream's current position when it is a view of memory (an embedded resource); null otherwise.
    private static nint? PointerOf(Stream stream)
    {
        if (stream is not UnmanagedMemoryStream memory)
        {
            return null;
        }

        try
        {
            return (nint)memory.PositionPointer;
        }
        catch (NotSupportedException)
        {
            return null; // a stream over a SafeBuffer has no stable address
        }
    }

    private static Tables Pin(ulong[] slots, byte[] postings)
    {
        var s = GC.AllocateUninitializedArray<ulong>(slots.Length, pinned: true);
        slots.CopyTo(s, 0);
        var p = GC.AllocateUninitializedArray<byte>(postings.Length, pinned: true);
        postings.CopyTo(p, 0);
        return PinnedTables(s, p);
    }

    // The arrays are on the pinned object heap: their addresses never change.
    private static Tables PinnedTables(ulong[] slots, byte[] postings) => new(
        (slots, postings),
        (ulong*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(slots)),
        slots.Length,
        (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(postings)),
        postings.Length);

    private readonly struct Tables(object owner, ulong* slots, int capacity, byte* postings, int postingLength)
    {
        public object Owner { get; } = owner;

        public ulong* Slots { get; } = slots;

        public int Capacity { get; } = capacity;

        public byte* Postings { get; } = postings;

        public int PostingLength { get; } = postingLength;
    }
}
