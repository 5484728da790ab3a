using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Ingest.Importers.Input;

/// <summary>
/// Passes a UTF-8 stream through line by line for parsers that read text (CSV): a line longer than the
/// cap is never buffered whole; it is replaced by a marker line that the parser reports as a rejection.
/// The marker begins with a NUL, which the input cannot contain because NULs are stripped before.
/// Optionally re-reads a line that is not valid UTF-8 with a legacy code page.
/// </summary>
internal sealed class LineCappingStream(Stream inner, int maxLineBytes, bool repairLegacyLines) : Stream
{
    /// <summary>Prefix of the marker that stands for an overlong line: NUL, "LONG ", the length in bytes.</summary>
    public const string Marker = "\0LONG ";

    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly byte[] _chunk = new byte[64 * 1024];
    private byte[] _out = [];
    private int _outPos;
    private long _skipped = -1;
    private bool _eof;

    /// <summary>Lines that were not valid UTF-8 and were re-read with a legacy code page.</summary>
    public long LegacyLines { get; private set; }

    public static bool IsMarker(string field, out long length)
    {
        length = 0;
        return field.StartsWith(Marker, StringComparison.Ordinal)
            && long.TryParse(field.AsSpan(Marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out length);
    }

    public override int Read(Span<byte> buffer)
    {
        while (_outPos >= _out.Length && !_eof)
        {
            var n = inner.Read(_chunk);
            Process(_chunk.AsSpan(0, n));
        }

        return Drain(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outPos >= _out.Length && !_eof)
        {
            var n = await inner.ReadAsync(_chunk, cancellationToken).ConfigureAwait(false);
            Process(_chunk.AsSpan(0, n));
        }

        return Drain(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Drain(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _out.Length - _outPos);
        _out.AsSpan(_outPos, n).CopyTo(buffer);
        _outPos += n;
        return n;
    }

    private void Process(ReadOnlySpan<byte> data)
    {
        var output = new ArrayBufferWriter<byte>(data.Length + 64);
        if (data.IsEmpty)
        {
            _eof = true;
            if (_skipped >= 0 || _line.WrittenCount > 0)
            {
                EndLine(output, newline: false);
            }
        }

        while (!data.IsEmpty)
        {
            var nl = data.IndexOf((byte)'\n');
            var part = nl < 0 ? data : data[..nl];
            if (_skipped >= 0)
            {
                _skipped += part.Length;
            }
            else if (_line.WrittenCount + part.Length > maxLineBytes)
            {
                _skipped = _line.WrittenCount + part.Length;
                _line.Clear();
            }
            else
            {
                _line.Write(part);
            }

            if (nl < 0)
            {
                break;
            }

            EndLine(output, newline: true);
            data = data[(nl + 1)..];
        }

        _out = output.WrittenSpan.ToArray();
        _outPos = 0;
    }

    private void EndLine(ArrayBufferWriter<byte> output, bool newline)
    {
        if (_skipped >= 0)
        {
            output.Write(Encoding.UTF8.GetBytes(Marker + _skipped.ToString(CultureInfo.InvariantCulture)));
        }
        else if (repairLegacyLines && !TextEncodings.IsValidUtf8(_line.WrittenSpan, mayBeCut: false))
        {
            LegacyLines++;
            var text = TextEncodings.GuessLegacy(_line.WrittenSpan).GetString(_line.WrittenSpan);
            output.Write(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            output.Write(_line.WrittenSpan);
        }

        if (newline)
        {
            output.Write("\n"u8);
        }

        _line.Clear();
        _skipped = -1;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
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
