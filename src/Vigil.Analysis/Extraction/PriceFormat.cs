using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Extraction;

/// <summary>Renders a price the way it is shown in explanations ("price 4000-5000 EUR per person") and parsed back.</summary>
public static class PriceFormat
{
    /// <summary>"4500 EUR", "4000-5000 EUR", "4500 EUR per person"; invariant digits, no grouping.</summary>
    public static string Render(PriceIndicator price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var amount = Amount(price.Amount);
        var range = price.AmountMax is { } max && max != price.Amount ? amount + "-" + Amount(max) : amount;
        return price.PerPerson ? $"{range} {price.Currency} per person" : $"{range} {price.Currency}";
    }

    private static string Amount(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
