namespace Vigil.Storage.Audit;

/// <summary>
/// The outcome of checking the access log's hash chain. <see cref="HeadHash"/> is the hash of the last
/// entry: record it outside Vigil (e.g. in a ticket) to detect later truncation of the tail as well.
/// </summary>
public sealed record AuditVerification(bool Intact, long Entries, string HeadHash, long? FirstBadSequence, string? Problem);
