namespace Vigil.Ingest.Importers.Csv;

/// <summary>
/// Which CSV column holds which post field, by header name (compared ignoring case, spaces, underscores
/// and dashes). Only <see cref="Text"/> is required. Built-in presets cover CrowdTangle and 4CAT
/// exports; <see cref="Guess"/> maps any header by common column names; <see cref="Parse"/> reads a
/// user-supplied mapping such as <c>text=Message,author=User Name,created_at=Post Created</c>.
/// </summary>
public sealed record CsvMapping
{
    public required string Text { get; init; }
    public string? Id { get; init; }
    public string? Platform { get; init; }
    public string? Source { get; init; }
    public string? Author { get; init; }
    public string? AuthorName { get; init; }
    public string? AuthorUrl { get; init; }
    public string? CreatedAt { get; init; }
    public string? Url { get; init; }
    public string? Lang { get; init; }
    public string? Views { get; init; }
    public string? Likes { get; init; }
    public string? Shares { get; init; }
    public string? Replies { get; init; }
    public string? ReplyTo { get; init; }
    public string? ForwardedFrom { get; init; }

    /// <summary>Platform for every row when no column gives one.</summary>
    public string? FixedPlatform { get; init; }

    /// <summary>A name for messages ("CrowdTangle", "4CAT", "guessed", "custom").</summary>
    public string Name { get; init; } = "custom";

    /// <summary>CrowdTangle Facebook export columns (service closed 2024-08-14; old exports remain).</summary>
    public static CsvMapping CrowdTangle { get; } = new()
    {
        Name = "CrowdTangle",
        Text = "Message",
        Id = "URL",
        Source = "Page Name",
        Author = "User Name",
        AuthorName = "Page Name",
        CreatedAt = "Post Created",
        Url = "URL",
        Likes = "Likes",
        Shares = "Shares",
        Replies = "Comments",
        Views = "Post Views",
        FixedPlatform = "facebook",
    };

    /// <summary>4CAT export columns (<c>id, thread_id, author, body, timestamp, url</c>).</summary>
    public static CsvMapping FourCat { get; } = new()
    {
        Name = "4CAT",
        Text = "body",
        Id = "id",
        Author = "author",
        CreatedAt = "timestamp",
        Url = "url",
        ReplyTo = "thread_id",
        Source = "thread_id",
    };

    private static readonly (string Field, string[] Names)[] Synonyms =
    [
        ("text", ["text", "message", "body", "content", "post", "posttext", "tweet", "fulltext", "caption", "description", "selftext"]),
        ("id", ["id", "postid", "messageid", "tweetid", "statusid", "nativeid", "itemid"]),
        ("platform", ["platform", "network", "site"]),
        ("source", ["source", "channel", "channelname", "page", "pagename", "group", "groupname", "subreddit", "chat", "feed"]),
        ("author", ["author", "username", "user", "screenname", "handle", "authorhandle", "fromid", "account"]),
        ("author_name", ["authorname", "displayname", "name", "from", "fullname"]),
        ("author_url", ["authorurl", "profileurl", "userurl"]),
        ("created_at", ["createdat", "created", "postcreated", "date", "datetime", "timestamp", "time", "published", "publishedat", "postedat"]),
        ("url", ["url", "link", "permalink", "posturl"]),
        ("lang", ["lang", "language"]),
        ("views", ["views", "viewcount", "postviews", "impressions"]),
        ("likes", ["likes", "likecount", "favorites", "favourites", "reactions"]),
        ("shares", ["shares", "sharecount", "retweets", "reposts", "forwards"]),
        ("replies", ["replies", "replycount", "comments", "commentcount"]),
        ("reply_to", ["replyto", "inreplyto", "replytoid"]),
        ("forwarded_from", ["forwardedfrom", "forwardfrom"]),
    ];

    /// <summary>Normalises a header for comparison: lower case, letters and digits only.</summary>
    public static string Normalize(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Picks a preset when the header matches one, else guesses; null when no text column is found.</summary>
    public static CsvMapping? ForHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        if (names.IsSupersetOf(["pagename", "postcreated", "message", "url"]))
        {
            return CrowdTangle;
        }

        if (names.IsSupersetOf(["id", "threadid", "author", "body", "timestamp"]))
        {
            return FourCat;
        }

        return Guess(header);
    }

    /// <summary>Maps columns by common names; null when no column can be the text.</summary>
    public static CsvMapping? Guess(IReadOnlyList<string> header)
    {
        var byField = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, synonyms) in Synonyms)
        {
            foreach (var synonym in synonyms)
            {
                var column = header.FirstOrDefault(h => Normalize(h) == synonym && !used.Contains(h));
                if (column is not null)
                {
                    byField[field] = column;
                    used.Add(column);
                    break;
                }
            }
        }

        return FromFields(byField, "guessed");
    }

    /// <summary>
    /// Reads <c>field=Column,field=Column</c> (fields: text, id, platform, source, author, author_name,
    /// author_url, created_at, url, lang, views, likes, shares, replies, reply_to, forwarded_from).
    /// </summary>
    /// <returns>The mapping, or an error sentence.</returns>
    public static (CsvMapping? Mapping, string? Error) Parse(string spec)
    {
        var byField = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                return (null, $"'{pair}' is not field=Column.");
            }

            var field = pair[..eq].Trim().ToLowerInvariant();
            if (Synonyms.All(s => s.Field != field))
            {
                return (null, $"'{field}' is not a post field; use one of {string.Join(", ", Synonyms.Select(s => s.Field))}.");
            }

            byField[field] = pair[(eq + 1)..].Trim();
        }

        var mapping = FromFields(byField, "custom");
        return mapping is null ? (null, "The mapping names no text column (text=Column).") : (mapping, null);
    }

    private static CsvMapping? FromFields(Dictionary<string, string> f, string name) =>
        f.TryGetValue("text", out var text)
            ? new CsvMapping
            {
                Name = name,
                Text = text,
                Id = f.GetValueOrDefault("id"),
                Platform = f.GetValueOrDefault("platform"),
                Source = f.GetValueOrDefault("source"),
                Author = f.GetValueOrDefault("author"),
                AuthorName = f.GetValueOrDefault("author_name"),
                AuthorUrl = f.GetValueOrDefault("author_url"),
                CreatedAt = f.GetValueOrDefault("created_at"),
                Url = f.GetValueOrDefault("url"),
                Lang = f.GetValueOrDefault("lang"),
                Views = f.GetValueOrDefault("views"),
                Likes = f.GetValueOrDefault("likes"),
                Shares = f.GetValueOrDefault("shares"),
                Replies = f.GetValueOrDefault("replies"),
                ReplyTo = f.GetValueOrDefault("reply_to"),
                ForwardedFrom = f.GetValueOrDefault("forwarded_from"),
            }
            : null;
}
