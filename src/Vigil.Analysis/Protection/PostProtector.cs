using Vigil.Core.Analysis;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Protection;

/// <summary>
/// Turns a clear <see cref="Post"/> and the analysis of its clear text into a <see cref="StoredPost"/>
/// that may be stored in strategic mode (the default). What happens to each field:
/// <list type="bullet">
/// <item>author (or, failing that, profile URL or display name) and forwarded-from → keyed pseudonyms;</item>
/// <item>display name, profile URL and media URLs → dropped (only the media count is kept);</item>
/// <item>text → phones, handles and e-mails the locator finds (plus phone-shaped digit runs it rejected,
/// see <see cref="FallbackIdentifierLocator"/>), and the post's own author handle, name and
/// profile URL wherever they recur, replaced by tokens such as <c>[phone:TR:ps_…]</c>;</item>
/// <item>post URL → scheme and host kept, the rest (which often names the author) a keyed token;</item>
/// <item>native id and reply-to → kept when plain opaque ids, pseudonymised when they carry a URL, an
/// address or the author (so re-imports stay idempotent either way);</item>
/// <item>source → kept (a public channel, group or feed), the author's pseudonym when it is the author's own handle, name or profile;</item>
/// <item>analysis → phones and handles become pseudonyms (country and platform kept); explanation
/// sentences are scrubbed the same way as the text.</item>
/// </list>
/// Pure and thread-safe; clear values exist only in the arguments.
/// </summary>
public sealed class PostProtector
{
    private const int MinKnownLength = 3;

    private readonly IPseudonymizer _pseudonymizer;
    private readonly IIdentifierLocator _locator;
    private readonly TextPseudonymizer _text;

    public PostProtector(IPseudonymizer pseudonymizer, IIdentifierLocator locator)
    {
        _pseudonymizer = pseudonymizer;
        _locator = new FallbackIdentifierLocator(locator);
        _text = new TextPseudonymizer(pseudonymizer);
    }

    /// <summary>The storable form of <paramref name="post"/>; see the class remarks for each field.</summary>
    public StoredPost Protect(Post post, PostAnalysis? analysis)
    {
        ArgumentNullException.ThrowIfNull(post);
        var known = KnownIdentifiers(post);
        var author = AuthorPseudonym(post);

        return new StoredPost
        {
            Key = new PostKey(post.Platform, ProtectId(post.NativeId, post)),
            Source = ProtectSource(post),
            Author = author?.Value,
            Text = Scrub(post.Text, known),
            LangHint = post.LangHint,
            CreatedAt = post.CreatedAt,
            CollectedAt = post.CollectedAt,
            Url = ProtectUrl(post.Url),
            Engagement = post.Engagement,
            MediaCount = post.Media.Count,
            ReplyTo = post.ReplyTo is null ? null : ProtectId(post.ReplyTo, post),
            ForwardedFrom = string.IsNullOrWhiteSpace(post.ForwardedFrom)
                ? null
                : _pseudonymizer.Pseudonymize(IdentifierKind.Author, AccountOf(post.Platform, post.ForwardedFrom)).Value,
            Analysis = analysis is null ? null : ProtectAnalysis(analysis, known),
        };
    }

    /// <summary>
    /// Any text (a rejected raw record, a message) with the identifiers the locator finds replaced by
    /// tokens, as in a stored post's text. Known author fields cannot be used here, so handles in JSON
    /// fields such as <c>"author":"x"</c> stay unless they look like <c>@mentions</c>.
    /// </summary>
    public string Redact(string text) => Scrub(text, []);

    /// <summary>The author's pseudonym: from the handle, else the profile URL, else the display name.</summary>
    public Pseudonym? AuthorPseudonym(Post post)
    {
        if (!string.IsNullOrWhiteSpace(post.Author))
        {
            return _pseudonymizer.Pseudonymize(IdentifierKind.Author, AccountOf(post.Platform, post.Author));
        }

        if (!string.IsNullOrWhiteSpace(post.AuthorUrl))
        {
            return _pseudonymizer.Pseudonymize(IdentifierKind.ProfileUrl, post.AuthorUrl);
        }

        return string.IsNullOrWhiteSpace(post.AuthorName)
            ? null
            : _pseudonymizer.Pseudonymize(IdentifierKind.AuthorName, post.AuthorName);
    }

    private PostAnalysis ProtectAnalysis(PostAnalysis analysis, List<IdentifierSpan> known)
    {
        var indicators = analysis.Indicators;
        var extra = new List<IdentifierSpan>(known);
        foreach (var phone in indicators.Phones)
        {
            extra.Add(new IdentifierSpan(0, 0, IdentifierKind.Phone, phone.E164, phone.Country));
        }

        foreach (var handle in indicators.Handles)
        {
            extra.Add(new IdentifierSpan(0, 0, IdentifierKind.Handle, handle.Value, handle.Platform));
        }

        return analysis with
        {
            Indicators = indicators with
            {
                Phones = indicators.Phones
                    .Select(p => p with { E164 = _pseudonymizer.Pseudonymize(IdentifierKind.Phone, p.E164).Value })
                    .ToArray(),
                Handles = indicators.Handles
                    .Select(h => h with { Value = _pseudonymizer.Pseudonymize(IdentifierKind.Handle, AccountOf(h.Platform, h.Value)).Value })
                    .ToArray(),
            },
            Explanation = analysis.Explanation.Select(line => Scrub(line, extra)).ToArray(),
        };
    }

    /// <summary>
    /// Replaces what the locator finds plus every occurrence of the known clear values (carried as
    /// zero-position spans whose <see cref="IdentifierSpan.Key"/> is the value to look for).
    /// </summary>
    private string Scrub(string text, List<IdentifierSpan> known) => _text.Replace(text, Spans(text, known));

    /// <summary>
    /// Operational mode only: the clear identifiers of <paramref name="post"/> for an authorised
    /// operation's vault — author fields, post URL, the clear text, and each token of the stored text
    /// with the clear value it replaced. The result is personal data: it may go to an operation's vault
    /// and nowhere else. <paramref name="stored"/> is what <see cref="Protect"/> returned for the post.
    /// </summary>
    public ClearRecord Reveal(Post post, StoredPost stored)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(stored);
        var identifiers = new List<ClearIdentifier>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string token, IdentifierKind kind, string value)
        {
            if (seen.Add(token + "\u001f" + value))
            {
                identifiers.Add(new ClearIdentifier(token, kind.ToString().ToLowerInvariant(), value));
            }
        }

        if (stored.Author is not null && AuthorPseudonym(post) is { } author)
        {
            Add(author.Value, IdentifierKind.Author, post.Author ?? post.AuthorUrl ?? post.AuthorName ?? "");
        }

        if (stored.Url is not null && post.Url is not null)
        {
            Add(stored.Url, IdentifierKind.PostUrl, post.Url);
        }

        foreach (var span in Spans(post.Text, KnownIdentifiers(post)).OrderBy(s => s.Start))
        {
            Add(_text.Token(span), span.Kind, post.Text.Substring(span.Start, Math.Min(span.Length, post.Text.Length - span.Start)));
        }

        return new ClearRecord
        {
            Key = stored.Key,
            Category = stored.Analysis?.Category ?? Category.Unrelated,
            CollectedAt = post.CollectedAt,
            Author = post.Author,
            AuthorName = post.AuthorName,
            AuthorUrl = post.AuthorUrl,
            Url = post.Url,
            Text = post.Text,
            Identifiers = identifiers,
        };
    }

    private List<IdentifierSpan> Spans(string text, List<IdentifierSpan> known)
    {
        var spans = new List<IdentifierSpan>(_locator.Locate(text));
        foreach (var k in known)
        {
            foreach (var needle in Needles(k))
            {
                var from = 0;
                while (from < text.Length)
                {
                    var at = text.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    if (IsBoundary(text, at - 1) && IsBoundary(text, at + needle.Length))
                    {
                        spans.Add(k with { Start = at, Length = needle.Length });
                    }

                    from = at + needle.Length;
                }
            }
        }

        return spans;
    }

    private static IEnumerable<string> Needles(IdentifierSpan known)
    {
        var value = known.Key.Trim();
        if (value.Length >= MinKnownLength)
        {
            yield return value;
        }

        var bare = value.TrimStart('@');
        if (bare.Length >= MinKnownLength && bare.Length != value.Length)
        {
            yield return bare;
        }
    }

    /// <summary>The clear account value exactly as <see cref="TextPseudonymizer"/> builds it for a handle token.</summary>
    private static string AccountOf(string? platform, string handle) =>
        KeyedPseudonymizer.Account(TextPseudonymizer.SafeHint(platform), handle);

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '_');

    /// <summary>The post's own identifiers as search spans; their tokens match the stored author pseudonym.</summary>
    private static List<IdentifierSpan> KnownIdentifiers(Post post)
    {
        var known = new List<IdentifierSpan>(4);
        if (!string.IsNullOrWhiteSpace(post.Author))
        {
            known.Add(new IdentifierSpan(0, 0, IdentifierKind.Handle, post.Author, post.Platform));
        }

        if (!string.IsNullOrWhiteSpace(post.AuthorName))
        {
            known.Add(new IdentifierSpan(0, 0, IdentifierKind.AuthorName, post.AuthorName, null));
        }

        if (!string.IsNullOrWhiteSpace(post.AuthorUrl))
        {
            known.Add(new IdentifierSpan(0, 0, IdentifierKind.ProfileUrl, post.AuthorUrl, null));
        }

        if (!string.IsNullOrWhiteSpace(post.ForwardedFrom))
        {
            known.Add(new IdentifierSpan(0, 0, IdentifierKind.Handle, post.ForwardedFrom, post.Platform));
        }

        return known;
    }

    /// <summary>
    /// A source is a public channel, group, page or feed and is kept, except when it is the author itself
    /// (an account posting under its own handle or display name, as X and TikTok exports name the source):
    /// then it is the author's pseudonym, so counts by source still group that account's posts.
    /// </summary>
    private string? ProtectSource(Post post)
    {
        if (post.Source is null)
        {
            return null;
        }

        var source = Bare(post.Source);
        var isAuthor = (post.Author is not null && source == Bare(post.Author))
            || (post.AuthorName is not null && source == Bare(post.AuthorName))
            || (post.AuthorUrl is not null && source == Bare(post.AuthorUrl));
        return isAuthor && source.Length > 0 ? AuthorPseudonym(post)!.Value.Value : post.Source;
    }

    private static string Bare(string value) => value.Trim().TrimStart('@').ToLowerInvariant();

    private string ProtectId(string id, Post post)
    {
        var plain = id.Length <= 64 && id.AsSpan().IndexOfAnyExcept(PlainIdChars) < 0;
        var namesAuthor = !string.IsNullOrWhiteSpace(post.Author)
            && post.Author.Trim().TrimStart('@') is { Length: >= MinKnownLength } handle
            && id.Contains(handle, StringComparison.OrdinalIgnoreCase);
        return plain && !namesAuthor ? id : _pseudonymizer.Pseudonymize(IdentifierKind.NativeId, id).Value;
    }

    private static readonly System.Buffers.SearchValues<char> PlainIdChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");

    private string? ProtectUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var token = TextPseudonymizer.Token(IdentifierKind.PostUrl, null, _pseudonymizer.Pseudonymize(IdentifierKind.PostUrl, url));
        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"{uri.Scheme}://{uri.IdnHost}/{token}"
            : token;
    }
}
