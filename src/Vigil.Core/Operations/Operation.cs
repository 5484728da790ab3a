namespace Vigil.Core.Operations;

/// <summary>
/// An authorised operation: the only frame in which Vigil keeps clear identifiers. It names its legal
/// basis, purpose, host (competent) authority, the period it may run in and the users authorised to
/// see its clear identifiers. Immutable: assigning a user or closing it yields a new record, and every
/// change is an event in the tamper-evident operation register.
/// </summary>
public sealed record Operation
{
    /// <summary>A random id, never reused: it names the operation's vault and derives its key.</summary>
    public required string Id { get; init; }

    /// <summary>A short unique name, e.g. <c>aegean-2026</c>.</summary>
    public required string Name { get; init; }

    public required string LegalBasis { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The host or competent authority responsible for the operation.</summary>
    public required string Authority { get; init; }

    /// <summary>Start of the period, inclusive.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the period, exclusive: from this instant no clear identifier is shown or kept.</summary>
    public required DateTimeOffset Until { get; init; }

    /// <summary>Operation officers allowed to reveal clear identifiers of the operation.</summary>
    public IReadOnlyList<string> AuthorisedUsers { get; init; } = [];

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosedBy { get; init; }

    /// <summary>True from <see cref="From"/> until <see cref="Until"/>, unless closed before.</summary>
    public bool IsActiveAt(DateTimeOffset now) => ClosedAt is null && now >= From && now < Until;

    /// <summary>True when <paramref name="user"/> is authorised and the operation is active at <paramref name="now"/>.</summary>
    public bool Authorises(string user, DateTimeOffset now) =>
        IsActiveAt(now) && AuthorisedUsers.Contains(user, StringComparer.Ordinal);

    /// <summary>When the operation stopped being active (closed, or its period ended), or null while it may still run.</summary>
    public DateTimeOffset? EndedAt(DateTimeOffset now)
    {
        var end = ClosedAt is { } closed && closed < Until ? closed : Until;
        return ClosedAt is not null || now >= end ? end : null;
    }
}
