using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers.Csv;

/// <summary>
/// Reads a CSV export with a header row through CsvHelper's parser, row by row. Cells are data: a cell
/// such as <c>=cmd|' /C calc'!A0</c> or HTML is imported verbatim as text (Vigil never writes it back
/// into a spreadsheet). Rows with a stray quote, or longer than the record limit, are rejected alone.
/// </summary>
internal static class CsvPostReader
{
    public const string LegacyLineNote = Jsonl.JsonlReader.LegacyLineNote;

    public static async IAsyncEnumerable<ReadResult> ReadAsync(DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var capped = new LineCappingStream(input.Stream, context.Options.MaxRecordBytes, input.Utf8ByDefault);
        var malformed = new Queue<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            MaxRecordSize = context.Options.MaxRecordBytes,
            IncludeValuesInExceptions = false,
            Encoding = TextEncodings.Utf8,
        };
        await using var reader = CsvReader.Create(capped, options, leaveOpen: false);

        var (header, headerError) = await HeaderAsync(reader, cancellationToken).ConfigureAwait(false);
        if (header is null || header.Length == 0)
        {
            yield return context.Reject(1, headerError ?? "The CSV file is empty: it has no header row.", null);
            yield break;
        }

        if (header.Any(h => LineCappingStream.IsMarker(h, out _)))
        {
            yield return context.Reject(1, $"The CSV header line is longer than the limit of {context.Options.MaxRecordBytes:N0} bytes.", null);
            yield break;
        }

        var mapping = context.Options.CsvMapping ?? CsvMapping.ForHeader(header);
        if (mapping is null)
        {
            yield return context.Reject(1,
                "The CSV header has no column for the post text (looked for Message, body, text, content, …); pass a column mapping such as text=YourColumn.",
                string.Join(",", header));
            yield break;
        }

        var columns = ColumnIndex.Resolve(mapping, header, out var missing);
        if (missing is not null)
        {
            yield return context.Reject(1, $"The column mapping ({mapping.Name}) names a column '{missing}' that is not in the CSV header.", string.Join(",", header));
            yield break;
        }

        context.Notes.Add($"CSV columns mapped with the {mapping.Name} mapping.");
        while (true)
        {
            var (record, line, error) = await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            while (malformed.TryDequeue(out var bad))
            {
                yield return context.Reject(bad.LineNumber,
                    $"The row on line {bad.LineNumber} is malformed CSV ({Describe(bad.Reason)}); it was skipped.", bad.RawRecord);
            }

            if (record is null)
            {
                if (error is not null)
                {
                    yield return context.Reject(line, $"{error}; reading stopped there.", null);
                }

                break;
            }

            var raw = string.Join(",", record);
            if (record.Any(cell => LineCappingStream.IsMarker(cell, out _)))
            {
                var length = record.Select(c => LineCappingStream.IsMarker(c, out var n) ? n : 0).Max();
                yield return context.Reject(line, $"Line {line} is {length:N0} bytes long, more than the limit of {context.Options.MaxRecordBytes:N0} bytes; it was skipped.", null);
                continue;
            }

            if (columns.Text >= record.Length)
            {
                yield return context.Reject(line, $"The row on line {line} has {record.Length} cell(s) but the text is in column {columns.Text + 1}.", raw);
                continue;
            }

            yield return ReadResult.Ok(columns.ToPost(record, mapping, context));
        }

        if (capped.LegacyLines > 0)
        {
            context.Notes.Count(LegacyLineNote, capped.LegacyLines);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted cell",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a cell",
        CsvMalformedReason.UnterminatedQuote => "a quoted cell that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "a different number of cells than the header",
        _ => reason.ToString(),
    };

    private static async Task<(string[]? Header, string? Error)> HeaderAsync(CsvReader reader, CancellationToken cancellationToken)
    {
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            return ([.. reader.Headers], null);
        }
        catch (CsvFormatException ex)
        {
            return (null, $"The CSV header cannot be read ({ex.Message.TrimEnd('.')}).");
        }
    }

    private static async Task<(string[]? Record, long Line, string? Error)> NextAsync(CsvReader reader, CancellationToken cancellationToken)
    {
        try
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return (null, 0, null);
            }

            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = reader.GetString(i);
            }

            return (record, reader.LineNumber, null);
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber;
            return (null, line, $"Line {line}: the CSV cannot be read further ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>Column positions of a mapping within one header.</summary>
    private sealed record ColumnIndex(int Text)
    {
        public int Id { get; init; } = -1;
        public int Platform { get; init; } = -1;
        public int Source { get; init; } = -1;
        public int Author { get; init; } = -1;
        public int AuthorName { get; init; } = -1;
        public int AuthorUrl { get; init; } = -1;
        public int CreatedAt { get; init; } = -1;
        public int Url { get; init; } = -1;
        public int Lang { get; init; } = -1;
        public int Views { get; init; } = -1;
        public int Likes { get; init; } = -1;
        public int Shares { get; init; } = -1;
        public int Replies { get; init; } = -1;
        public int ReplyTo { get; init; } = -1;
        public int ForwardedFrom { get; init; } = -1;

        public static ColumnIndex Resolve(CsvMapping m, string[] header, out string? missing)
        {
            var normalized = header.Select(CsvMapping.Normalize).ToArray();
            string? firstMissing = null;
            int Find(string? column)
            {
                if (column is null)
                {
                    return -1;
                }

                var i = Array.IndexOf(normalized, CsvMapping.Normalize(column));
                if (i < 0 && m.Name == "custom")
                {
                    firstMissing ??= column;
                }

                return i;
            }

            var text = Find(m.Text);
            var index = new ColumnIndex(text)
            {
                Id = Find(m.Id),
                Platform = Find(m.Platform),
                Source = Find(m.Source),
                Author = Find(m.Author),
                AuthorName = Find(m.AuthorName),
                AuthorUrl = Find(m.AuthorUrl),
                CreatedAt = Find(m.CreatedAt),
                Url = Find(m.Url),
                Lang = Find(m.Lang),
                Views = Find(m.Views),
                Likes = Find(m.Likes),
                Shares = Find(m.Shares),
                Replies = Find(m.Replies),
                ReplyTo = Find(m.ReplyTo),
                ForwardedFrom = Find(m.ForwardedFrom),
            };
            missing = text < 0 ? m.Text : firstMissing;
            return index;
        }

        public Post ToPost(string[] r, CsvMapping m, ImportContext context)
        {
            string? Cell(int i) => i >= 0 && i < r.Length && r[i].Length > 0 ? r[i] : null;
            long? Number(int i) => Cell(i) is { } s && long.TryParse(s.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

            var text = r[Text];
            var platform = (Cell(Platform) ?? m.FixedPlatform ?? context.Options.Platform ?? "unknown").Trim().ToLowerInvariant();
            var source = Cell(Source) ?? context.Options.Source;
            var id = Cell(Id);
            var replyTo = Cell(ReplyTo);
            var views = Number(Views);
            var likes = Number(Likes);
            var shares = Number(Shares);
            var replies = Number(Replies);
            return new Post
            {
                Platform = platform,
                NativeId = id ?? Post.ContentId(platform, source, text),
                Text = text,
                Source = source,
                Author = Cell(Author),
                AuthorName = Cell(AuthorName),
                AuthorUrl = Cell(AuthorUrl),
                LangHint = Cell(Lang),
                CreatedAt = CsvTimes.Parse(Cell(CreatedAt)),
                CollectedAt = context.Now(),
                Url = Cell(Url),
                Engagement = (views ?? likes ?? shares ?? replies) is null ? Engagement.None : new Engagement(views, likes, shares, replies),
                ReplyTo = replyTo == id ? null : replyTo,
                ForwardedFrom = Cell(ForwardedFrom),
            };
        }
    }
}

/// <summary>Dates as social-listening tools write them, including CrowdTangle's "2021-03-01 12:34:56 EST".</summary>
internal static class CsvTimes
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00",
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var s = value.Trim();
        var space = s.LastIndexOf(' ');
        if (space > 0 && Zones.TryGetValue(s[(space + 1)..], out var offset))
        {
            s = s[..space] + " " + offset;
        }

        return JsonFields.ParseTime(s);
    }
}
