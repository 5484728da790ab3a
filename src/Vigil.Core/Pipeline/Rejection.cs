namespace Vigil.Core.Pipeline;

/// <summary>
/// A record that could not be read: which file, which line (1-based; 0 when the whole file failed),
/// why in a sentence a person can act on, and the raw record (truncated) for the quarantine file.
/// </summary>
public sealed record Rejection(string File, long Line, string Reason, string? Raw = null);
