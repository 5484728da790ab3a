namespace Vigil.Analysis.Extraction;

/// <summary>A place of the gazetteer: English name, ISO country (null for regions such as Europe), kind, route and coordinates.</summary>
public sealed record GazetteerPlace(string Name, string? Country, string Kind, string? Route, double Lat, double Lon)
{
    public bool IsCountry => Kind == "country";
}

/// <summary>An indicator term: type (transport, payment, guarantees, documents), normalised value and language of the term.</summary>
internal sealed record TermEntry(string Type, string Value, string Lang);

/// <summary>Where a route marker stands relative to the place it qualifies.</summary>
internal enum MarkerPosition : byte
{
    Before,
    After,
    Suffix,
}

/// <summary>A word giving a place a role: origin, transit or destination.</summary>
internal sealed record MarkerEntry(string Role, MarkerPosition Position, string Lang);

internal enum PriceWordKind : byte
{
    Currency,
    Magnitude,
    Number,
    PerPerson,
}

/// <summary>A word of price grammar: currency (ISO code, factor: toman = 10 IRR), magnitude (×1000), number word, "per person".</summary>
internal sealed record PriceWord(PriceWordKind Kind, string? Currency, decimal Value);

/// <summary>Everything a folded phrase can mean. Most phrases mean one thing; a few (e.g. "tl") several.</summary>
internal sealed class PhraseInfo
{
    public List<GazetteerPlace>? Places { get; set; }

    public List<TermEntry>? Terms { get; set; }

    public List<MarkerEntry>? Markers { get; set; }

    public List<PriceWord>? PriceWords { get; set; }

    public PriceWord? Price(PriceWordKind kind) => PriceWords?.Find(p => p.Kind == kind);
}
