using Vigil.Core.Protection;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// A phone number found in a text: where it is (offsets in the original text), its E.164 form and the
/// ISO 3166-1 country of its prefix. Personal data: it lives in memory only, for pseudonymisation or for an
/// authorised operation. <paramref name="Via"/> names the link it came from (e.g. "wa.me"), or null.
/// </summary>
public sealed record PhoneMatch(int Start, int Length, string E164, string? Country, string? Via = null);

/// <summary>
/// A handle, messaging link, e-mail or shortened URL found in a text. <paramref name="Value"/> is how it is
/// shown to an analyst ("@name", "chat.whatsapp.com/AbC", "bit.ly/x"); <paramref name="Key"/> is its
/// canonical lower-case form, so different spellings of one account share one pseudonym.
/// Personal data when clear.
/// </summary>
public sealed record HandleMatch(int Start, int Length, string Platform, string Value, string Key, IdentifierKind Kind);

/// <summary>The phones and handles of one text, each list ordered by start, no span overlapping another.</summary>
public sealed record ContactMatches(IReadOnlyList<PhoneMatch> Phones, IReadOnlyList<HandleMatch> Handles)
{
    public static ContactMatches Empty { get; } = new([], []);
}
