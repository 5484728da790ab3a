namespace Vigil.Core.Protection;

/// <summary>
/// Where an identifier sits in a text, and what it is. <paramref name="Key"/> is the canonical clear value
/// that is hashed (E.164 for phones, lower-case handle for handles) so that different spellings of the
/// same number or handle get the same pseudonym. <paramref name="Hint"/> is what may be kept in clear
/// (e.g. a phone's country code "TR", a handle's platform "telegram").
/// </summary>
public sealed record IdentifierSpan(int Start, int Length, IdentifierKind Kind, string Key, string? Hint);
