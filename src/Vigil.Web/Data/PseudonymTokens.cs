using System.Text.RegularExpressions;

namespace Vigil.Web.Data;

/// <summary>
/// Pseudonym tokens in stored text (<c>[phone:TR:ps_…]</c>, <c>[telegram:ps_…]</c>). Stripped before
/// near-duplicate fingerprinting, so an advert reposted with a new number still matches.
/// </summary>
public static partial class PseudonymTokens
{
    public static string Strip(string text) => Token().Replace(text, " ");

    [GeneratedRegex(@"\[[a-z]+(?::[A-Za-z]{2})?:ps_[0-9a-f]+\]")]
    private static partial Regex Token();
}
