using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers.Feeds;

/// <summary>
/// Streams an RSS 2.0, RSS 1.0 (RDF) or Atom feed with <see cref="XmlReader"/>: only one item is held in
/// memory at a time. DTDs are ignored and no external entity is ever resolved. Broken XML stops reading
/// at the reported line; items before it are kept.
/// </summary>
public static class FeedReader
{
    /// <summary>Parses a whole feed held in a string (a connector's response body); feeds have no cursor.</summary>
    public static PostPage Parse(string xml, DateTimeOffset collectedAt)
    {
        using var text = new StringReader(xml);
        var cursor = new FeedCursor(text);
        var results = new List<Mapped>();
        while (true)
        {
            // A StringReader never blocks, so the async steps complete synchronously.
            var (item, done, error) = cursor.NextAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            if (error is not null)
            {
                var page = PostPage.From(results, null);
                return page with { Problems = [.. page.Problems, new PageProblem(-1, error)] };
            }

            if (done)
            {
                return PostPage.From(results, null);
            }

            results.Add(FeedItem.Map(item!, cursor.Info, collectedAt));
        }
    }

    internal static async IAsyncEnumerable<ReadResult> ReadAsync(DecodedInput input, ImportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A TextReader over the already decoded UTF-8, so that the XML declaration's encoding is not applied twice.
        using var text = new StreamReader(input.Stream, TextEncodings.Utf8, detectEncodingFromByteOrderMarks: false);
        var cursor = new FeedCursor(text);
        while (true)
        {
            var (item, done, error) = await cursor.NextAsync(cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                yield return context.Reject(cursor.Line, $"{context.File}: {error}; reading stopped there.", null);
                yield break;
            }

            if (done)
            {
                yield break;
            }

            var info = context.Options.Source is { } s ? cursor.Info with { Title = s } : cursor.Info;
            var mapped = FeedItem.Map(item!, info, context.Now(), context.Notes);
            yield return mapped.Post is { } post
                ? ReadResult.Ok(post)
                : context.Reject(cursor.ItemLine, $"The feed item on line {cursor.ItemLine} cannot be read: {mapped.Error}.", item!.ToString());
        }
    }

    /// <summary>Walks the feed: remembers feed title and language, hands out items one at a time.</summary>
    private sealed class FeedCursor(TextReader text)
    {
        private readonly XmlReader _reader = XmlReader.Create(text, new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
        });

        private bool _positioned;

        public FeedInfo Info { get; private set; } = new(null, null);
        public long Line => Math.Max(1, ((IXmlLineInfo)_reader).LineNumber);
        public long ItemLine { get; private set; }

        public async ValueTask<(XElement? Item, bool Done, string? Error)> NextAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!_positioned && !await _reader.ReadAsync().ConfigureAwait(false))
                    {
                        return (null, true, null);
                    }

                    _positioned = false;
                    if (_reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    var name = _reader.LocalName;
                    if (name is "item" or "entry")
                    {
                        ItemLine = Line;
                        var item = (XElement)await XNode.ReadFromAsync(_reader, cancellationToken).ConfigureAwait(false);
                        _positioned = true;
                        return (item, false, null);
                    }

                    if (name is "feed" or "channel" or "RDF" && _reader.XmlLang is { Length: > 0 } lang && Info.Language is null)
                    {
                        Info = Info with { Language = lang };
                    }
                    else if (name is "title" && Info.Title is null && _reader.Depth <= 2)
                    {
                        Info = Info with { Title = (await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false)).Trim() };
                        _positioned = true;
                    }
                    else if (name is "language" && Info.Language is null && _reader.Depth <= 2)
                    {
                        Info = Info with { Language = (await _reader.ReadElementContentAsStringAsync().ConfigureAwait(false)).Trim() };
                        _positioned = true;
                    }
                }
            }
            catch (XmlException ex)
            {
                var message = ex.Message;
                var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
                return (null, false, $"the feed is not well-formed XML at line {ex.LineNumber} ({(cut > 0 ? message[..cut] : message).TrimEnd('.', ',')})");
            }
        }
    }
}
