using Vigil.Core.Protection;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// <see cref="IIdentifierLocator"/> over <see cref="ContactExtractor"/>: the spans of phone numbers (key E.164,
/// hint the country), handles and messaging links (key the lower-case handle or the link, hint the platform)
/// and e-mails (key the lower-case address, hint "email") in a text, for pseudonymisation at ingest.
/// Without a language identifier at hand, numbers without a country prefix take their region from the
/// script of the text (<see cref="RegionHints.LanguageFromScript"/>), else from the route fallback.
/// The spans point at personal data; the locator itself keeps and logs nothing. Thread-safe.
/// </summary>
public sealed class IdentifierLocator(ContactExtractor extractor) : IIdentifierLocator
{
    public IdentifierLocator()
        : this(ContactExtractor.Shared)
    {
    }

    public IReadOnlyList<IdentifierSpan> Locate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = RegionHints.ForLanguage(RegionHints.LanguageFromScript(text));
        return ToSpans(extractor.Find(text, regions));
    }

    /// <summary>The spans of already extracted contacts, ordered by start.</summary>
    public static IReadOnlyList<IdentifierSpan> ToSpans(ContactMatches contacts)
    {
        if (contacts.Phones.Count == 0 && contacts.Handles.Count == 0)
        {
            return [];
        }

        var spans = new List<IdentifierSpan>(contacts.Phones.Count + contacts.Handles.Count);
        foreach (var p in contacts.Phones)
        {
            spans.Add(new IdentifierSpan(p.Start, p.Length, IdentifierKind.Phone, p.E164, p.Country));
        }

        foreach (var h in contacts.Handles)
        {
            spans.Add(new IdentifierSpan(h.Start, h.Length, h.Kind, h.Key, h.Platform));
        }

        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
