using Vigil.Core.Analysis;

namespace Vigil.Core.Posts;

/// <summary>
/// A post as it may be stored: text and identifiers already pseudonymised (in strategic mode), with the
/// analysis computed on the clear text in memory. Nothing in here may be a clear personal identifier
/// unless <see cref="OperationId"/> names the authorised operation that holds it.
/// </summary>
public sealed record StoredPost
{
    public required PostKey Key { get; init; }
    public string? Source { get; init; }

    /// <summary>Pseudonym of the author (strategic) or clear handle (operational only).</summary>
    public string? Author { get; init; }

    /// <summary>Text with phones, handles and e-mails replaced by tokens such as <c>[phone:TR:ps_…]</c>.</summary>
    public required string Text { get; init; }

    public string? LangHint { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset CollectedAt { get; init; }

    /// <summary>Post URL with any author-identifying part removed (strategic), or clear (operational).</summary>
    public string? Url { get; init; }

    public Engagement Engagement { get; init; } = Engagement.None;
    public int MediaCount { get; init; }
    public string? ReplyTo { get; init; }

    /// <summary>Pseudonym of the account forwarded from.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>Analysis of the clear text; its phones and handles carry pseudonyms in strategic mode.</summary>
    public PostAnalysis? Analysis { get; init; }

    /// <summary>Null in strategic mode; the operation id when identifiers are kept in clear.</summary>
    public string? OperationId { get; init; }
}
