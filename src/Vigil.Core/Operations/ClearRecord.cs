using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Core.Operations;

/// <summary>One identifier of a post in clear, with the token that stands for it in the stored (pseudonymised) post.</summary>
public sealed record ClearIdentifier(string Token, string Kind, string Value);

/// <summary>
/// The clear identifiers of one post kept for an operation: personal data of a suspected smuggler.
/// It exists in memory between the protector and the operation's vault, and encrypted in the vault;
/// it never goes to the main store, a log or a message. <see cref="Key"/> is the post's identity as
/// stored (pseudonymised when the native id named the author), so the dashboard can find it.
/// </summary>
public sealed record ClearRecord
{
    public required PostKey Key { get; init; }

    public required Category Category { get; init; }

    public required DateTimeOffset CollectedAt { get; init; }

    public string? Author { get; init; }

    public string? AuthorName { get; init; }

    public string? AuthorUrl { get; init; }

    public string? Url { get; init; }

    /// <summary>The post's text as published.</summary>
    public required string Text { get; init; }

    /// <summary>Each token of the stored text and its clear value.</summary>
    public IReadOnlyList<ClearIdentifier> Identifiers { get; init; } = [];

    /// <summary>Redacted: a clear record never appears in logs or messages.</summary>
    public override string ToString() => $"ClearRecord({Key}, redacted)";
}

/// <summary>Receives clear records of an operation (its vault); one call is one transaction.</summary>
public interface IClearRecordSink
{
    ValueTask WriteAsync(IReadOnlyList<ClearRecord> batch, CancellationToken cancellationToken);
}
