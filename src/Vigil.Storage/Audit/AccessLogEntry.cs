namespace Vigil.Storage.Audit;

/// <summary>
/// One line of the access log: who did what to which target, when, and why. Written for every view of
/// a post, search, export and change (Law Enforcement Directive Art. 25). <see cref="Hash"/> chains the
/// entry to the one before, so an edited or deleted entry is detected by <see cref="AccessLog.VerifyAsync"/>.
/// </summary>
public sealed record AccessLogEntry(
    long Sequence,
    DateTimeOffset At,
    string User,
    string Action,
    string Target,
    string? Reason,
    string PreviousHash,
    string Hash);
