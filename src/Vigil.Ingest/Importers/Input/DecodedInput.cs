using System.IO.Compression;
using System.Text;

namespace Vigil.Ingest.Importers.Input;

/// <summary>
/// An input file opened for reading as UTF-8: gzip peeled off (by magic bytes), the byte-order mark
/// consumed, other encodings transcoded, NUL bytes dropped. <see cref="Head"/> holds the first bytes
/// for format detection; <see cref="Stream"/> still delivers them.
/// </summary>
internal sealed class DecodedInput : IAsyncDisposable
{
    public const int HeadSize = 64 * 1024;

    private readonly NulStrippingStream _nul;

    private DecodedInput(Stream utf8, byte[] head, NulStrippingStream nul, Encoding encoding, bool isGzip, bool encodingWasGuessed, bool utf8ByDefault)
    {
        Stream = utf8;
        Head = head;
        _nul = nul;
        Encoding = encoding;
        IsGzip = isGzip;
        EncodingWasGuessed = encodingWasGuessed;
        Utf8ByDefault = utf8ByDefault;
    }

    /// <summary>The content as UTF-8, from its first byte.</summary>
    public Stream Stream { get; }

    /// <summary>Up to <see cref="HeadSize"/> first bytes of <see cref="Stream"/> (UTF-8).</summary>
    public byte[] Head { get; }

    /// <summary>True when <see cref="Head"/> is the whole content.</summary>
    public bool HeadIsAll => Head.Length < HeadSize;

    public Encoding Encoding { get; }
    public bool IsGzip { get; }
    public bool EncodingWasGuessed { get; }

    /// <summary>
    /// True when nothing declared the encoding and the head was valid UTF-8: a line further on that is
    /// not UTF-8 may then be read with a legacy code page instead of being rejected.
    /// </summary>
    public bool Utf8ByDefault { get; }

    public long NulBytesStripped => _nul.Stripped;

    public static async Task<DecodedInput> OpenAsync(Stream raw, string? encodingName, CancellationToken cancellationToken)
    {
        var (magic, stream) = await ReplayStream.PeekAsync(raw, 2, cancellationToken).ConfigureAwait(false);
        var isGzip = magic is [0x1F, 0x8B];
        if (isGzip)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var (head, replay) = await ReplayStream.PeekAsync(stream, HeadSize, cancellationToken).ConfigureAwait(false);
        stream = replay;

        Encoding encoding;
        var guessed = false;
        var utf8ByDefault = false;
        var bom = TextEncodings.FromBom(head);
        if (encodingName is not null)
        {
            encoding = TextEncodings.Resolve(encodingName)
                ?? throw new ArgumentException($"Unknown encoding '{encodingName}'. Use a name such as utf-8, utf-16, windows-1256 or windows-1251, or a code page number.", nameof(encodingName));
            if (bom is { } b && b.Encoding.CodePage == encoding.CodePage)
            {
                stream = Skip(head, b.BomLength, stream);
            }
        }
        else if (bom is { } b)
        {
            encoding = b.Encoding;
            stream = Skip(head, b.BomLength, stream);
        }
        else if (TextEncodings.GuessBomlessUtf16(head) is { } utf16)
        {
            encoding = utf16;
            guessed = true;
        }
        else if (TextEncodings.IsValidUtf8(head, mayBeCut: head.Length == HeadSize))
        {
            encoding = TextEncodings.Utf8;
            utf8ByDefault = true;
        }
        else if (TextEncodings.FromXmlDeclaration(head) is { } declared)
        {
            encoding = declared;
        }
        else
        {
            encoding = TextEncodings.GuessLegacy(head);
            guessed = true;
        }

        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            stream = Encoding.CreateTranscodingStream(stream, encoding, TextEncodings.Utf8, leaveOpen: false);
        }

        var nul = new NulStrippingStream(stream);
        var (utf8Head, utf8) = await ReplayStream.PeekAsync(nul, HeadSize, cancellationToken).ConfigureAwait(false);
        return new DecodedInput(utf8, utf8Head, nul, encoding, isGzip, guessed, utf8ByDefault);
    }

    private static Stream Skip(byte[] head, int count, Stream replay)
    {
        // The replay stream starts with the head; drop the byte-order mark from it.
        Span<byte> bom = stackalloc byte[4];
        var read = 0;
        while (read < count)
        {
            var n = replay.Read(bom[read..count]);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        _ = head;
        return replay;
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
