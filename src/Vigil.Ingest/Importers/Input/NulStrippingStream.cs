namespace Vigil.Ingest.Importers.Input;

/// <summary>
/// Drops NUL bytes from a UTF-8 stream and counts them. In UTF-8 a 0x00 byte can only be U+0000,
/// which no post legitimately contains and which breaks SQLite text and terminals.
/// </summary>
internal sealed class NulStrippingStream(Stream inner) : Stream
{
    public long Stripped { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            var n = inner.Read(buffer);
            if (n == 0)
            {
                return 0;
            }

            var kept = Compact(buffer[..n]);
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return 0;
            }

            var kept = Compact(buffer.Span[..n]);
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    private int Compact(Span<byte> span)
    {
        if (span.IndexOf((byte)0) < 0)
        {
            return span.Length;
        }

        var w = 0;
        foreach (var b in span)
        {
            if (b == 0)
            {
                Stripped++;
            }
            else
            {
                span[w++] = b;
            }
        }

        return w;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
