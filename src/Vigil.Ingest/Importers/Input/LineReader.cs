using System.Buffers;
using System.Runtime.CompilerServices;

namespace Vigil.Ingest.Importers.Input;

/// <summary>One line of a line-oriented file, without its line break.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Bytes">The line's bytes; empty when <see cref="TooLong"/>.</param>
/// <param name="Length">The line's full length in bytes, also when it was too long to keep.</param>
/// <param name="TooLong">True when the line exceeded the cap and was skipped without being buffered.</param>
internal readonly record struct Line(long Number, byte[] Bytes, long Length, bool TooLong);

/// <summary>
/// Splits a byte stream into lines with a cap on line length: a line longer than the cap is counted
/// and skipped while reading, so a 10 MB line costs no more memory than a short one.
/// </summary>
internal static class LineReader
{
    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(256);
        long number = 1, length = 0;
        var tooLong = false;
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                var pos = 0;
                while (pos < n)
                {
                    var chunk = buffer.AsSpan(pos, n - pos);
                    var nl = chunk.IndexOf((byte)'\n');
                    var part = nl < 0 ? chunk : chunk[..nl];
                    length += part.Length;
                    if (!tooLong)
                    {
                        if (line.WrittenCount + part.Length > maxLineBytes)
                        {
                            tooLong = true;
                            line.Clear();
                        }
                        else
                        {
                            line.Write(part);
                        }
                    }

                    if (nl < 0)
                    {
                        break;
                    }

                    yield return Finish(number++, line, length, tooLong);
                    line.Clear();
                    length = 0;
                    tooLong = false;
                    pos += nl + 1;
                }
            }

            if (length > 0 || tooLong)
            {
                yield return Finish(number, line, length, tooLong);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Line Finish(long number, ArrayBufferWriter<byte> line, long length, bool tooLong)
    {
        if (tooLong)
        {
            return new Line(number, [], length, true);
        }

        var span = line.WrittenSpan;
        if (span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }

        return new Line(number, span.ToArray(), length, false);
    }
}
