using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Vigil.Ingest.Importers.Input;

/// <summary>One element of a streamed JSON array: a parsed document, or why it could not be read.</summary>
/// <param name="Line">1-based line where the element starts.</param>
internal sealed record JsonItem(long Line, JsonDocument? Document, string? Error, string? Raw) : IDisposable
{
    public void Dispose() => Document?.Dispose();
}

/// <summary>
/// Streams the elements of one array inside a JSON document (e.g. <c>messages</c> of a Telegram export,
/// or the root array of Mastodon statuses) without loading the document: a tokenizer walks to the
/// array, then a byte scanner cuts out one element at a time and parses only that element. An element
/// larger than the cap is skipped without being buffered; a malformed element is reported and the scan
/// goes on; a file cut off inside an element reports that element.
/// </summary>
internal sealed class JsonArrayReader
{
    private readonly IReadOnlyList<string> _path;
    private readonly int _maxElementBytes;

    /// <param name="path">Property names from the root to the array; empty for a root array.</param>
    public JsonArrayReader(IReadOnlyList<string> path, int maxElementBytes)
    {
        _path = path;
        _maxElementBytes = maxElementBytes;
    }

    /// <summary>Top-level string and number properties seen before the array (e.g. a chat's name and type).</summary>
    public Dictionary<string, string> Header { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the array was not found or the document ended early; a sentence for the person importing.</summary>
    public string? Problem { get; private set; }

    public async IAsyncEnumerable<JsonItem> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        int start = 0, end = 0;
        var eof = false;
        long line = 1;

        // Phase 1: walk the tokens to the array.
        var seek = new SeekState();
        var state = new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (true)
        {
            int consumed;
            bool found;
            try
            {
                (consumed, found) = Seek(buffer.AsSpan(start, end - start), eof, ref state, seek);
            }
            catch (JsonException ex)
            {
                Problem = $"The file is not valid JSON before the records ({Describe(ex)}).";
                yield break;
            }

            line += CountLines(buffer.AsSpan(start, consumed));
            start += consumed;
            if (found)
            {
                break;
            }

            if (eof)
            {
                Problem = _path.Count == 0
                    ? "The file does not contain a JSON array of records."
                    : $"The file has no '{string.Join(".", _path)}' array of records.";
                yield break;
            }

            if (start == 0 && end == buffer.Length)
            {
                if (buffer.Length >= _maxElementBytes * 2L)
                {
                    Problem = "A value before the records is larger than the record size limit.";
                    yield break;
                }

                (buffer, start, end) = Compact(buffer, start, end, grow: true, _maxElementBytes * 2L);
            }
            else
            {
                (buffer, start, end) = Compact(buffer, start, end, grow: false, _maxElementBytes * 2L);
            }

            var n = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            eof = n == 0;
            end += n;
        }

        // Phase 2: cut out elements with a byte scanner.
        var scan = new ElementScanner(_maxElementBytes);
        while (true)
        {
            if (start == end)
            {
                if (eof)
                {
                    break;
                }

                var n = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    eof = true;
                    break;
                }

                start = 0;
                end = n;
            }

            var used = scan.Feed(buffer.AsSpan(start, end - start), ref line, out var complete);
            start += used;
            if (complete is not null)
            {
                yield return complete;
            }

            if (scan.ArrayClosed)
            {
                yield break;
            }
        }

        if (scan.InElement)
        {
            yield return new JsonItem(scan.ElementLine, null,
                $"The file ends inside the record that starts on line {scan.ElementLine}: the file looks truncated.", scan.RawPreview());
        }
        else if (!scan.ArrayClosed)
        {
            Problem = "The file ends before the array of records is closed: it looks truncated after the last complete record.";
        }
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static (byte[] Buffer, int Start, int End) Compact(byte[] buffer, int start, int end, bool grow, long limit)
    {
        var length = end - start;
        var target = buffer;
        if (grow && buffer.Length < limit)
        {
            target = new byte[(int)Math.Min(limit, buffer.Length * 2L)];
        }

        if (start > 0 || !ReferenceEquals(target, buffer))
        {
            Buffer.BlockCopy(buffer, start, target, 0, length);
        }

        return (target, 0, length);
    }

    private static int CountLines(ReadOnlySpan<byte> span) => span.Count((byte)'\n');

    private sealed class SeekState
    {
        public List<string?> Stack { get; } = [];
        public string? Pending { get; set; }
    }

    private (int Consumed, bool Found) Seek(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, SeekState seek)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (true)
        {
            if (!reader.Read())
            {
                break;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    seek.Pending = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    seek.Stack.Add(seek.Pending);
                    seek.Pending = null;
                    if (reader.TokenType == JsonTokenType.StartArray && AtPath(seek.Stack))
                    {
                        state = reader.CurrentState;
                        return ((int)reader.BytesConsumed, true);
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    seek.Stack.RemoveAt(seek.Stack.Count - 1);
                    break;
                default:
                    if (seek.Stack.Count == 1 && seek.Pending is { } name)
                    {
                        Header[name] = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : Encoding.UTF8.GetString(reader.ValueSpan);
                    }

                    seek.Pending = null;
                    break;
            }
        }

        state = reader.CurrentState;
        return ((int)reader.BytesConsumed, false);
    }

    private bool AtPath(List<string?> stack)
    {
        if (stack.Count != _path.Count + 1)
        {
            return false;
        }

        for (var i = 0; i < _path.Count; i++)
        {
            if (!string.Equals(stack[i + 1], _path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds element boundaries by tracking strings, escapes and bracket depth.</summary>
    private sealed class ElementScanner(int maxElementBytes)
    {
        private readonly ArrayBufferWriter<byte> _element = new(1024);
        private int _depth;
        private bool _inString, _escape, _bare, _tooBig;
        private long _size;

        public bool InElement { get; private set; }
        public bool ArrayClosed { get; private set; }
        public long ElementLine { get; private set; }

        public string? RawPreview() => _element.WrittenCount == 0 ? null : Encoding.UTF8.GetString(_element.WrittenSpan[..Math.Min(_element.WrittenCount, 16 * 1024)]);

        /// <summary>Consumes bytes up to and including the end of one element (or all of them).</summary>
        public int Feed(ReadOnlySpan<byte> data, ref long line, out JsonItem? complete)
        {
            complete = null;
            var segment = 0;
            for (var i = 0; i < data.Length; i++)
            {
                var b = data[i];
                if (!InElement)
                {
                    switch (b)
                    {
                        case (byte)'\n':
                            line++;
                            continue;
                        case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)',':
                            continue;
                        case (byte)']':
                            ArrayClosed = true;
                            return i + 1;
                    }

                    InElement = true;
                    ElementLine = line;
                    segment = i;
                    _depth = 0;
                    _inString = _escape = _tooBig = false;
                    _bare = b is not ((byte)'{' or (byte)'[' or (byte)'"');
                    _size = 0;
                    _element.Clear();
                }

                var ends = false;
                var endsBefore = false;
                if (_inString)
                {
                    if (_escape)
                    {
                        _escape = false;
                    }
                    else if (b == (byte)'\\')
                    {
                        _escape = true;
                    }
                    else if (b == (byte)'"')
                    {
                        _inString = false;
                        ends = _depth == 0;
                    }
                    else if (b == (byte)'\n')
                    {
                        line++;
                    }
                }
                else if (_bare)
                {
                    if (b is (byte)',' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
                    {
                        ends = endsBefore = true;
                    }
                }
                else
                {
                    switch (b)
                    {
                        case (byte)'"':
                            _inString = true;
                            break;
                        case (byte)'{' or (byte)'[':
                            _depth++;
                            break;
                        case (byte)'}' or (byte)']':
                            _depth--;
                            ends = _depth == 0;
                            break;
                        case (byte)'\n':
                            line++;
                            break;
                    }
                }

                if (ends)
                {
                    var stop = endsBefore ? i : i + 1;
                    Append(data[segment..stop]);
                    complete = Complete();
                    return stop;
                }
            }

            if (InElement)
            {
                Append(data[segment..]);
            }

            return data.Length;
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            _size += bytes.Length;
            if (_tooBig)
            {
                return;
            }

            if (_size > maxElementBytes)
            {
                _tooBig = true;
                var room = Math.Max(0, 4096 - _element.WrittenCount);
                if (room > 0)
                {
                    _element.Write(bytes[..Math.Min(room, bytes.Length)]);
                }

                return;
            }

            _element.Write(bytes);
        }

        private JsonItem Complete()
        {
            InElement = false;
            if (_tooBig)
            {
                return new JsonItem(ElementLine, null,
                    $"The record on line {ElementLine} is {_size:N0} bytes, more than the limit of {maxElementBytes:N0} bytes; it was skipped.", RawPreview());
            }

            try
            {
                var document = JsonDocument.Parse(_element.WrittenMemory.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true });
                return new JsonItem(ElementLine, document, null, null);
            }
            catch (JsonException ex)
            {
                return new JsonItem(ElementLine, null, $"The record on line {ElementLine} is not valid JSON ({Describe(ex)}).", RawPreview());
            }
        }
    }
}
