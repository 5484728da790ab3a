using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// Names the kinds of evidence present in a post, for combination rules and model features:
/// <c>price</c>, <c>contact</c> (phone or handle), <c>phone</c>, <c>handle</c>, <c>route</c> (a place with a
/// route role, or two places), <c>place</c>, <c>transport</c>, <c>guarantee</c>, <c>payment</c>,
/// <c>document</c>, and <c>lex:category</c> when the lexicon found at least <see cref="LexiconThreshold"/>
/// of evidence for a category. Signals are kinds only: no phone number or handle value is kept.
/// </summary>
public static class EvidenceSignals
{
    /// <summary>The lexicon score from which a category counts as a <c>lex:</c> signal.</summary>
    public const double LexiconThreshold = 1.0;

    private static readonly string[] IndicatorSignals =
        ["price", "contact", "phone", "handle", "route", "place", "transport", "guarantee", "payment", "document"];

    public static IReadOnlyList<string> Known { get; } =
        [.. IndicatorSignals, .. Categories.All.Select(c => "lex:" + c.ToWire())];

    public static bool IsKnown(string signal) => Known.Contains(signal, StringComparer.Ordinal);

    /// <summary>The indicator signals of <paramref name="indicators"/>.</summary>
    public static HashSet<string> FromIndicators(Indicators indicators)
    {
        var s = new HashSet<string>(StringComparer.Ordinal);
        if (indicators.Prices.Count > 0)
        {
            s.Add("price");
        }

        if (indicators.Phones.Count > 0)
        {
            s.Add("phone");
            s.Add("contact");
        }

        if (indicators.Handles.Count > 0)
        {
            s.Add("handle");
            s.Add("contact");
        }

        if (indicators.Places.Count > 0)
        {
            s.Add("place");
        }

        if (indicators.Places.Count >= 2 || indicators.Places.Any(p => p.Role is "origin" or "transit" or "destination"))
        {
            s.Add("route");
        }

        if (indicators.Transport.Count > 0)
        {
            s.Add("transport");
        }

        if (indicators.Guarantees.Count > 0)
        {
            s.Add("guarantee");
        }

        if (indicators.Payment.Count > 0)
        {
            s.Add("payment");
        }

        if (indicators.Documents.Count > 0)
        {
            s.Add("document");
        }

        return s;
    }
}
