namespace Vigil.Collect.Http;

/// <summary>Why an API answer carries no posts, as far as the collection run is concerned.</summary>
public enum ApiFailureKind
{
    /// <summary>The key or token is missing, wrong, expired or lacks access: a person must act.</summary>
    Credential,

    /// <summary>Too many requests or quota spent: try again at <see cref="ApiFailure.RetryAt"/> or on a later run.</summary>
    RateLimited,

    /// <summary>The watched account, channel, video or subreddit is gone, private or closed.</summary>
    SourceUnavailable,

    /// <summary>The platform rejected the request itself (a bad query, say): retrying will not help.</summary>
    Rejected,

    /// <summary>The platform failed (5xx) or answered something unreadable: a later run may succeed.</summary>
    Transient,
}

/// <summary>An API answer that is an error, with a sentence for the run summary that says what to do.
/// Messages never contain the key or token.</summary>
public sealed record ApiFailure(ApiFailureKind Kind, string Message, DateTimeOffset? RetryAt = null);
