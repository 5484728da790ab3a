namespace Vigil.Core.Analysis;

/// <summary>A phone number in E.164 with its ISO 3166-1 alpha-2 country (personal data when clear).</summary>
public sealed record PhoneIndicator(string E164, string? Country);

/// <summary>A messaging handle or link: platform (telegram, whatsapp, viber, signal, instagram, tiktok, facebook, url) and value.</summary>
public sealed record HandleIndicator(string Platform, string Value);

/// <summary>A price: amount (lower bound of a range), optional upper bound, ISO 4217 currency, per person or not.</summary>
public sealed record PriceIndicator(decimal Amount, string Currency, decimal? AmountMax = null, bool PerPerson = false);

/// <summary>A place with its role in the route: origin, transit, destination or mentioned.</summary>
public sealed record PlaceIndicator(string Name, string? Country, string Role, double? Lat = null, double? Lon = null);

/// <summary>Everything extracted from a post's text. Lists are empty, never null.</summary>
public sealed record Indicators
{
    public static Indicators Empty { get; } = new();

    public IReadOnlyList<PhoneIndicator> Phones { get; init; } = [];
    public IReadOnlyList<HandleIndicator> Handles { get; init; } = [];
    public IReadOnlyList<PriceIndicator> Prices { get; init; } = [];
    public IReadOnlyList<PlaceIndicator> Places { get; init; } = [];
    public IReadOnlyList<string> Transport { get; init; } = [];
    public IReadOnlyList<string> Payment { get; init; } = [];
    public IReadOnlyList<string> Guarantees { get; init; } = [];
    public IReadOnlyList<string> Documents { get; init; } = [];
}
